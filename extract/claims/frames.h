// Quantity frames: for every figure a sentence states, what it measures, whose it is, the
// day it refers to and the direction of change it states.
//
//   std::vector<core::Value> values = finder.Find(text, context);
//   extract::AssignFrames(text, sentence, &values);
//   // "Police said 18 people had been injured" -> frame "injured"
//   // "a magnitude 5.9 quake"                   -> frame "magnitude"
//   // "an eight-year, $200 million offer"       -> frame "offer"
//   // "revenue rose 5% to $4.2 billion"         -> 5%: frame "revenue", direction "up"
//
// The frame is a normalised word: event verbs fold to one form ("killing", "dead", "died",
// "lives" -> "killed"; "wounded", "hurt" -> "injured"; "detained" -> "arrested"); otherwise
// it is the content noun that the figure quantifies: the word after it ("offer"), or the
// nearest one before it, skipping verbs of change and reporting ("turnout reached 93
// percent" -> "turnout"). Values with no content word near them get an empty frame.
// Deterministic and linear in the sentence; never fails.
#ifndef NEWSRECON_EXTRACT_CLAIMS_FRAMES_H_
#define NEWSRECON_EXTRACT_CLAIMS_FRAMES_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/model.h"

namespace newsrecon::extract {

// Fills frame, subject, when and direction of each value in `values` whose span lies in
// `sentence` (byte offsets into `text`). Values outside it are left as they are. `when`
// is the ISO date of the sentence's first day-precise date value, when it has one.
void AssignFrames(std::string_view text, core::Span sentence, std::vector<core::Value>* values);

// The folded form of an event word ("killing" -> "killed"), or the word itself.
std::string FoldFrameWord(const std::string& word);

}  // namespace newsrecon::extract

#endif  // NEWSRECON_EXTRACT_CLAIMS_FRAMES_H_
