// Page metadata from <head>, JSON-LD, <time> elements, the URL and visible datelines.
#ifndef NEWSRECON_EXTRACT_TEXT_METADATA_H_
#define NEWSRECON_EXTRACT_TEXT_METADATA_H_

#include <gumbo.h>

#include <string>
#include <string_view>

#include "core/model.h"

namespace newsrecon::extract {

// What metadata a page offers beyond the fields of ArticleText.
struct PageExtras {
  std::string json_ld_body;  // articleBody from JSON-LD, when present
  std::string h1;
};

// Fills title, published (+ published_from), modified, authors, site_name, canonical_url
// and language of `out` from the tree. Dates are tried in a fixed order: JSON-LD,
// meta tags, <time datetime>, the URL's /YYYY/MM/DD/ path, a visible dateline.
void ReadMetadata(const GumboNode* root, std::string_view url, core::ArticleText* out,
                  PageExtras* extras);

}  // namespace newsrecon::extract

#endif  // NEWSRECON_EXTRACT_TEXT_METADATA_H_
