// What a page's JSON-LD (schema.org) says about its article.
#ifndef NEWSRECON_EXTRACT_TEXT_JSON_LD_H_
#define NEWSRECON_EXTRACT_TEXT_JSON_LD_H_

#include <string>
#include <string_view>
#include <vector>

namespace newsrecon::extract {

// Facts from the first article-typed object (NewsArticle, BlogPosting, ...) that gives each;
// dates of other pages' types (WebPage) are kept apart, as a weaker source.
struct JsonLdFacts {
  std::string headline, published, modified, body, publisher, language;
  std::string page_published, page_modified;  // from WebPage and other non-article types
  std::vector<std::string> authors;
  int accessible_for_free = -1;  // 1 or 0 as the article says; -1 when it does not
};

// Reads one <script type="application/ld+json"> body into `facts`, filling only what is
// still empty. Raw line breaks and tabs inside strings (common, and invalid JSON) are
// read as spaces; text that is not JSON at all is ignored.
void ReadJsonLd(std::string_view script, JsonLdFacts* facts);

}  // namespace newsrecon::extract

#endif  // NEWSRECON_EXTRACT_TEXT_JSON_LD_H_
