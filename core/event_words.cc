// The event-word table: each word and the kind of fact it reports.
#include "core/event_words.h"

#include <algorithm>
#include <iterator>
#include <string>
#include <utility>

#include "core/word_set.h"

namespace newsrecon::core {

std::string_view EventOfWord(std::string_view word) {
  static const WordTable<std::string_view> kEvents = {
      {"killed", "killed"}, {"kill", "killed"}, {"kills", "killed"}, {"killing", "killed"},
      {"dead", "killed"}, {"died", "killed"}, {"die", "killed"}, {"dies", "killed"},
      {"death", "killed"}, {"deaths", "killed"}, {"lives", "killed"}, {"fatalities", "killed"},
      {"toll", "killed"}, {"martyred", "killed"}, {"slain", "killed"},
      {"injured", "injured"}, {"injuring", "injured"}, {"injures", "injured"},
      {"injuries", "injured"}, {"wounded", "injured"}, {"wounding", "injured"},
      {"hurt", "injured"}, {"arrested", "arrested"}, {"arrests", "arrested"},
      {"arresting", "arrested"}, {"detained", "arrested"}, {"captured", "arrested"},
      {"nabbed", "arrested"}, {"missing", "missing"}, {"evacuated", "evacuated"},
      {"displaced", "displaced"}, {"rescued", "rescued"}, {"sentenced", "sentenced"}};
  const std::string_view* event = kEvents.Find(word);
  return event == nullptr ? std::string_view() : *event;
}

namespace {

// Each noun of a group of people and the group it counts.
constexpr std::pair<std::string_view, std::string_view> kGroups[] = {
    {"fighters", "fighters"}, {"militants", "fighters"}, {"jihadists", "fighters"},
    {"jihadis", "fighters"}, {"terrorists", "fighters"}, {"insurgents", "fighters"},
    {"extremists", "fighters"}, {"gunmen", "fighters"}, {"rebels", "fighters"},
    {"soldiers", "troops"}, {"troops", "troops"}, {"servicemen", "troops"},
    {"police", "police"}, {"policemen", "police"}, {"officers", "police"},
    {"civilians", "civilians"}, {"residents", "civilians"}, {"villagers", "civilians"},
    {"children", "children"}, {"kids", "children"}, {"minors", "children"}};

// Words before a noun that put its people on the state's side.
constexpr std::string_view kStateSide[] = {"army", "regime", "government", "pro-government", "security", "loyalist"};

// The words of `rows` (each row's word as `word` reads it) as an RE2 alternation.
template <typename Rows, typename Word>
std::string Alternation(const Rows& rows, Word word) {
  std::string out;
  for (const auto& row : rows) {
    if (!out.empty()) out += "|";
    out += word(row);
  }
  return out;
}

}  // namespace

std::string GroupOfPeople(std::string_view noun, std::string_view before) {
  const auto* group = std::find_if(std::begin(kGroups), std::end(kGroups),
                                   [&](const auto& row) { return row.first == noun; });
  if (group == std::end(kGroups)) return std::string(noun);
  size_t from = 0;
  while (from < before.size()) {
    size_t end = std::min(before.find(' ', from), before.size());
    std::string_view word = before.substr(from, end - from);
    bool state_side = std::find(std::begin(kStateSide), std::end(kStateSide), word) != std::end(kStateSide);
    if (state_side && group->second == "fighters") return "troops";
    from = end + 1;
  }
  return std::string(group->second);
}

const std::string& GroupNounPattern() {
  static const std::string kPattern = Alternation(kGroups, [](const auto& row) { return row.first; });
  return kPattern;
}

const std::string& SideWordPattern() {
  static const std::string kPattern = Alternation(kStateSide, [](std::string_view w) { return w; });
  return kPattern;
}

}  // namespace newsrecon::core
