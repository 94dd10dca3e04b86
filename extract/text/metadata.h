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
  std::string title_tag;
  int accessible_for_free = -1;  // JSON-LD isAccessibleForFree: 1, 0, or -1 when absent
};

// Fills url, title, published (+ published_from), modified (+ modified_from), authors,
// site_name, canonical_url and language of `out` from the tree. Dates are tried in a fixed
// order: JSON-LD, meta tags, microdata, <time datetime>, the URL's path, a visible
// dateline; a date introduced as an update is a modification date, never a publication
// date. Dates are ISO 8601 (see NormaliseDateTime()).
void ReadMetadata(const GumboNode* root, std::string_view url, core::ArticleText* out,
                  PageExtras* extras);

}  // namespace newsrecon::extract

#endif  // NEWSRECON_EXTRACT_TEXT_METADATA_H_
