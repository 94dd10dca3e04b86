// Pages that are not articles: paywall teasers, consent walls, bot checks, error pages.
#ifndef NEWSRECON_EXTRACT_TEXT_NOT_ARTICLE_H_
#define NEWSRECON_EXTRACT_TEXT_NOT_ARTICLE_H_

#include <string>
#include <string_view>

namespace newsrecon::extract {

// What the check looks at.
struct PageSignals {
  std::string_view title;      // the page's <title>, as written
  std::string_view headline;   // its first <h1>
  std::string_view body;       // the extracted article text
  std::string_view page_text;  // all the page's visible text, boilerplate included
  int accessible_for_free = -1;  // JSON-LD isAccessibleForFree: 1, 0, or -1 when absent
};

// Returns why the page is not an article, as a short reason beginning with its kind
// ("paywall: ...", "consent wall: ...", "bot check: ...", "error page: ..."), or "" when it
// may be one. A page is judged by what it says of itself (its title, a paywall flag in
// its structured data, the phrases such pages use) together with how little article
// text it has: a long article that mentions cookies or captchas is still an article.
std::string NotArticleReason(const PageSignals& page);

}  // namespace newsrecon::extract

#endif  // NEWSRECON_EXTRACT_TEXT_NOT_ARTICLE_H_
