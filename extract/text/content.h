// Main-content extraction: which blocks of a page are the article.
#ifndef NEWSRECON_EXTRACT_TEXT_CONTENT_H_
#define NEWSRECON_EXTRACT_TEXT_CONTENT_H_

#include <gumbo.h>

#include <string>

namespace newsrecon::extract {

// Returns the article's text blocks in reading order, separated by blank lines; "" when the
// page has no block that looks like article prose.
std::string MainContent(const GumboNode* root);

}  // namespace newsrecon::extract

#endif  // NEWSRECON_EXTRACT_TEXT_CONTENT_H_
