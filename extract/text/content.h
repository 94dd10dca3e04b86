// Main-content extraction: which text blocks of a page are the article.
#ifndef NEWSRECON_EXTRACT_TEXT_CONTENT_H_
#define NEWSRECON_EXTRACT_TEXT_CONTENT_H_

#include <string>
#include <string_view>

#include "extract/text/page_model.h"

namespace newsrecon::extract {

// Returns the article's text blocks in reading order, separated by blank lines; "" when the
// page has no block that looks like article prose. `structured_body` is the page's own
// statement of its body (JSON-LD articleBody), "" when it has none; it guides the choice
// of blocks, the text always comes from the page.
std::string MainContent(const PageModel& page, std::string_view structured_body);

// For people tuning the extractor: one line per block saying whether it was taken, its
// element path and the start of its text.
std::string ExplainContent(const PageModel& page, std::string_view structured_body);

}  // namespace newsrecon::extract

#endif  // NEWSRECON_EXTRACT_TEXT_CONTENT_H_
