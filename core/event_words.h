// Event words: the verbs and nouns by which news reports a toll or a count, folded to one
// form per kind of fact. Shared by the frame extractor (what a figure reports) and the
// reconciler (a count whose own noun is the event counts anyone: "44 killed").
//
//   core::EventOfWord("wounded") == "injured"
//   core::EventOfWord("lives")   == "killed"
//   core::EventOfWord("offer")   == ""        (not an event word)
//
// Words are matched in lower case, whole. Never fails; thread-safe.
#ifndef NEWSRECON_CORE_EVENT_WORDS_H_
#define NEWSRECON_CORE_EVENT_WORDS_H_

#include <string>
#include <string_view>

namespace newsrecon::core {

// The folded event of a lower-case word, or "" when it is not an event word.
std::string_view EventOfWord(std::string_view word);

// Whom a count of people counts, folded to one name per side as outlets name it in their
// own words: a lower-case noun ("jihadists", "terrorists", "rebels" are "fighters";
// "soldiers", "troops" are "troops") and the words before it, which may name the side
// ("regime fighters", "army fighters" are "troops"). Any other noun is its own group.
//
//   core::GroupOfPeople("terrorists", "")      == "fighters"
//   core::GroupOfPeople("fighters", "regime")  == "troops"
//   core::GroupOfPeople("homers", "")          == "homers"
std::string GroupOfPeople(std::string_view noun, std::string_view before);

// The nouns GroupOfPeople folds and the words before them that may name a side, as RE2
// alternations ("fighters|militants|...", "army|regime|..."): a count reads side words
// only before these nouns ("31 Islamic State militants", "20 army troops").
const std::string& GroupNounPattern();
const std::string& SideWordPattern();

}  // namespace newsrecon::core

#endif  // NEWSRECON_CORE_EVENT_WORDS_H_
