// What an element's class, id, role and itemprop say about it: boilerplate or content.
#ifndef NEWSRECON_EXTRACT_TEXT_HINTS_H_
#define NEWSRECON_EXTRACT_TEXT_HINTS_H_

#include <cstdint>
#include <string_view>

namespace newsrecon::extract {

enum HintFlags : uint8_t {
  kHintNone = 0,
  kHintBoilerplate = 1,  // a word that names boilerplate: share, comments, related, ad ...
  kHintStrongBoilerplate = 2,  // one that names it beyond doubt, whatever else is said
  kHintContent = 4,            // article, content, story, post, entry, body, main ...
  kHintArticleBody = 8,        // itemprop/property articleBody, or role main
  kHintHidden = 16,            // hidden, aria-hidden, display:none, screen-reader only
  kHintMedia = 32,  // gallery, slideshow, carousel: media with captions (boilerplate too)
};

struct ElementAttributes {
  std::string_view class_name, id, role, itemprop, style, aria_hidden;
  bool hidden = false;
};

// The hint flags for an element with these attributes.
uint8_t HintsFor(const ElementAttributes& attributes);

}  // namespace newsrecon::extract

#endif  // NEWSRECON_EXTRACT_TEXT_HINTS_H_
