// Sentence splitting for English news text, with byte offsets into the text.
#ifndef NEWSRECON_EXTRACT_TEXT_SENTENCES_H_
#define NEWSRECON_EXTRACT_TEXT_SENTENCES_H_

#include <string_view>
#include <vector>

#include "core/model.h"

namespace newsrecon::extract {

// Splits `text` into sentences. A sentence ends at '.', '!' or '?' (with closing quotes and
// brackets) followed by space and an upper-case letter, digit or opening quote, or at a
// line break (article text keeps line breaks only between paragraphs and headings). A
// period does not end a sentence after a title ("Mr.", "Dr.", "Gen."), after "No."/"Vol."
// before a number, inside a decimal ("7.5", "$1.5"), or after another abbreviation
// ("U.S.", "Inc.", "Jan.", "a.m.") or an initial ("J. R. Smith") unless the next word is
// one that usually starts a sentence ("... in the U.S. The firm"). Spans are byte offsets
// into `text`, without the surrounding white space; empty sentences are not returned. A
// run of text longer than kMaxSentenceBytes without an end (a list, a table, junk) is cut
// at a space before that length, so every later stage works on bounded pieces.
inline constexpr size_t kMaxSentenceBytes = 1200;
std::vector<core::Span> SplitSentences(std::string_view text);

}  // namespace newsrecon::extract

#endif  // NEWSRECON_EXTRACT_TEXT_SENTENCES_H_
