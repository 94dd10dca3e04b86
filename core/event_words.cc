// The event-word table: each word and the kind of fact it reports.
#include "core/event_words.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <type_traits>

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

using WordMap = std::map<std::string_view, std::string_view, std::less<>>;
using WordSet = std::set<std::string_view, std::less<>>;

const WordMap& Groups() {
  static const WordMap kGroups = {
      {"fighters", "fighters"}, {"militants", "fighters"}, {"jihadists", "fighters"},
      {"jihadis", "fighters"}, {"terrorists", "fighters"}, {"insurgents", "fighters"},
      {"extremists", "fighters"}, {"gunmen", "fighters"}, {"rebels", "fighters"},
      {"soldiers", "troops"}, {"troops", "troops"}, {"servicemen", "troops"},
      {"police", "police"}, {"policemen", "police"}, {"officers", "police"},
      {"civilians", "civilians"}, {"residents", "civilians"}, {"villagers", "civilians"},
      {"children", "children"}, {"kids", "children"}, {"minors", "children"}};
  return kGroups;
}

// Words before a noun that put its people on the state's side.
const WordSet& StateSide() {
  static const WordSet kStateSide = {"army", "regime", "government", "pro-government", "security", "loyalist"};
  return kStateSide;
}

template <typename Table>
std::string Alternation(const Table& table) {
  std::string out;
  for (const auto& entry : table) {
    if (!out.empty()) out += "|";
    if constexpr (std::is_same_v<Table, WordMap>) {
      out += entry.first;
    } else {
      out += entry;
    }
  }
  return out;
}

}  // namespace

std::string GroupOfPeople(std::string_view noun, std::string_view before) {
  auto it = Groups().find(noun);
  if (it == Groups().end()) return std::string(noun);
  size_t from = 0;
  while (from < before.size()) {
    size_t end = std::min(before.find(' ', from), before.size());
    if (StateSide().count(before.substr(from, end - from)) > 0 && it->second == "fighters") return "troops";
    from = end + 1;
  }
  return std::string(it->second);
}

const std::string& GroupNounPattern() {
  static const std::string kPattern = Alternation(Groups());
  return kPattern;
}

const std::string& SideWordPattern() {
  static const std::string kPattern = Alternation(StateSide());
  return kPattern;
}

}  // namespace newsrecon::core
