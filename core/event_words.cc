// The event-word table: each word and the kind of fact it reports.
#include "core/event_words.h"

#include <map>

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

}  // namespace newsrecon::core
