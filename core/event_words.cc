// The event-word table: each word and the kind of fact it reports.
#include "core/event_words.h"

#include <algorithm>
#include <map>
#include <set>

namespace newsrecon::core {

std::string_view EventOfWord(std::string_view word) {
  static const std::map<std::string_view, std::string_view, std::less<>> kEvents = {
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
  auto it = kEvents.find(word);
  return it == kEvents.end() ? std::string_view() : it->second;
}

std::string GroupOfPeople(std::string_view noun, std::string_view before) {
  static const std::map<std::string_view, std::string_view, std::less<>> kGroups = {
      {"fighters", "fighters"}, {"militants", "fighters"}, {"jihadists", "fighters"},
      {"jihadis", "fighters"}, {"terrorists", "fighters"}, {"insurgents", "fighters"},
      {"extremists", "fighters"}, {"gunmen", "fighters"}, {"rebels", "fighters"},
      {"soldiers", "troops"}, {"troops", "troops"}, {"servicemen", "troops"},
      {"policemen", "police"}, {"officers", "police"}, {"residents", "civilians"},
      {"villagers", "civilians"}, {"kids", "children"}, {"minors", "children"}};
  // Words before a noun that put its people on the state's side.
  static const std::set<std::string_view, std::less<>> kStateSide = {
      "army", "regime", "government", "pro-government", "security", "loyalist"};
  auto it = kGroups.find(noun);
  if (it == kGroups.end()) return std::string(noun);
  size_t from = 0;
  while (from < before.size()) {
    size_t end = std::min(before.find(' ', from), before.size());
    if (kStateSide.count(before.substr(from, end - from)) > 0 && it->second == "fighters") return "troops";
    from = end + 1;
  }
  return std::string(it->second);
}

}  // namespace newsrecon::core
