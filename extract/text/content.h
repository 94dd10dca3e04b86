// Main-content extraction: which text blocks of a page are the article.
#ifndef NEWSRECON_EXTRACT_TEXT_CONTENT_H_
#define NEWSRECON_EXTRACT_TEXT_CONTENT_H_

#include <string>
#include <string_view>

#include "extract/text/page_model.h"

namespace newsrecon::extract {

// What the page's metadata says that helps find its body.
struct ContentHints {
  std::string_view title;            // the headline, left out of the body
  std::string_view structured_body;  // JSON-LD articleBody; "" when the page has none
};

// Returns the article's text blocks in reading order, separated by blank lines; "" when the
// page has no block that looks like article prose. The text always comes from the page's
// blocks; `hints` only guide which blocks.
std::string MainContent(const PageModel& page, const ContentHints& hints);

// For people tuning the extractor: one line per block saying whether it was taken, its
// element path and the start of its text.
std::string ExplainContent(const PageModel& page, const ContentHints& hints);

}  // namespace newsrecon::extract

#endif  // NEWSRECON_EXTRACT_TEXT_CONTENT_H_
