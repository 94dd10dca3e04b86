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

#include <string_view>

namespace newsrecon::core {

// The folded event of a lower-case word, or "" when it is not an event word.
std::string_view EventOfWord(std::string_view word);

}  // namespace newsrecon::core

#endif  // NEWSRECON_CORE_EVENT_WORDS_H_
