// Judgements on a text block's words alone: labels that sites put on boilerplate, and
// comparisons that ignore case, spacing and punctuation.
#ifndef NEWSRECON_EXTRACT_TEXT_BLOCK_TEXT_H_
#define NEWSRECON_EXTRACT_TEXT_BLOCK_TEXT_H_

#include <string>
#include <string_view>

namespace newsrecon::extract {

// True when the whole of `text` is a label that marks boilerplate rather than says
// anything ("Advertisement", "Share this:", "Related stories", "Comments", "Anzeige").
bool IsBoilerplateLabel(std::string_view text);

// True when `text` points elsewhere with a label before a link's words ("Related: ...",
// "Read more: ...", "SEE ALSO: ..."); `link_share` is the share of its bytes in links.
bool IsPointer(std::string_view text, double link_share);

// True when `text` asks the reader to do something other than read on: subscribe, sign
// up, follow on social media, download an app, send a tip.
bool IsCallToAction(std::string_view text);

// True when `text` is written in capitals ("CLICK HERE FOR THE APP"): a shouted headline
// or button, not a sentence of an article.
bool IsShouted(std::string_view text);

// True when `text` is only a date or time with the words that introduce it ("Updated at
// 1:23 p.m.", "Published: Tuesday, March 3, 2026 10:04 EST"): page metadata, not body.
bool IsDateLine(std::string_view text);

// `text` with letters and digits kept (ASCII lower-cased), everything else dropped:
// "U.S. Open — Day 1" → "usopenday1". Non-ASCII bytes are kept as they are.
std::string Folded(std::string_view text);

}  // namespace newsrecon::extract

#endif  // NEWSRECON_EXTRACT_TEXT_BLOCK_TEXT_H_
