// Owning wrapper for a Gumbo parse and small helpers for walking its tree, private to extract/.
#ifndef NEWSRECON_EXTRACT_TEXT_GUMBO_TREE_H_
#define NEWSRECON_EXTRACT_TEXT_GUMBO_TREE_H_

#include <gumbo.h>

#include <string>
#include <string_view>

namespace newsrecon::extract {

// Owns both the input buffer and the tree that points into it; frees the tree on every path.
class GumboTree {
 public:
  explicit GumboTree(std::string html);
  ~GumboTree();
  GumboTree(const GumboTree&) = delete;
  GumboTree& operator=(const GumboTree&) = delete;

  const GumboNode* root() const { return output_ != nullptr ? output_->root : nullptr; }

 private:
  std::string html_;
  GumboOutput* output_ = nullptr;
};

// The attribute's value, or "" when the element lacks it.
std::string_view Attr(const GumboNode* node, const char* name);
bool IsElement(const GumboNode* node, GumboTag tag);
// All text below `node`, with white space collapsed to single spaces and trimmed.
std::string TextOf(const GumboNode* node);
// The byte length of the Unicode space (U+00A0, U+2000..U+200A, U+202F, U+3000) at s[i],
// or 0 when there is none.
size_t UnicodeSpaceWidth(std::string_view s, size_t i);
// True when s[i] starts a zero-width character (U+200B..U+200D, U+2060, U+FEFF).
bool IsZeroWidth(std::string_view s, size_t i);

// Appends `piece` to `out`, collapsing runs of white space (no-break and thin spaces
// included) into one space and dropping zero-width characters.
void AppendCollapsed(std::string_view piece, std::string* out);

}  // namespace newsrecon::extract

#endif  // NEWSRECON_EXTRACT_TEXT_GUMBO_TREE_H_
