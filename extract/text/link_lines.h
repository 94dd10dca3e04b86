// Lines of the article's chosen container that are nothing but a link: where they end the
// article and where they stand in it.
#ifndef NEWSRECON_EXTRACT_TEXT_LINK_LINES_H_
#define NEWSRECON_EXTRACT_TEXT_LINK_LINES_H_

#include <vector>

#include "extract/text/page_model.h"

namespace newsrecon::extract {

// The share of the block's bytes inside links (0 for an empty block) ...
double LinkDensity(const TextBlock& b);
// ... from which the block is nothing but a link.
constexpr double kAllLink = 0.9;

// Trims the blocks kept for the article (in reading order): the tail after its last
// paragraph — a heading over nothing, a call to subscribe, follow or send tips, a run of
// links (other stories) and the line ending in a colon that introduced such a run — and,
// inside it, every paragraph that is one link beside another such paragraph: a link
// standing alone between paragraphs is part of the text ("Get the pattern here."), two or
// more in a row are a list of other pages.
void TrimLinkLines(std::vector<const TextBlock*>* kept);

}  // namespace newsrecon::extract

#endif  // NEWSRECON_EXTRACT_TEXT_LINK_LINES_H_
