// GumboTree and tree helpers. Walks are iterative: pages nest deeper than any stack.
#include "extract/text/gumbo_tree.h"

#include <vector>

namespace newsrecon::extract {

size_t UnicodeSpaceWidth(std::string_view s, size_t i) {
  auto at = [&](size_t k) { return k < s.size() ? static_cast<unsigned char>(s[k]) : 0; };
  if (at(i) == 0xC2 && at(i + 1) == 0xA0) return 2;  // U+00A0 no-break space
  if (at(i) == 0xE2 && at(i + 1) == 0x80 && at(i + 2) >= 0x80 && at(i + 2) <= 0x8A) return 3;
  if (at(i) == 0xE2 && at(i + 1) == 0x80 && at(i + 2) == 0xAF) return 3;  // U+202F
  if (at(i) == 0xE3 && at(i + 1) == 0x80 && at(i + 2) == 0x80) return 3;  // U+3000
  return 0;
}

bool IsZeroWidth(std::string_view s, size_t i) {
  auto at = [&](size_t k) { return k < s.size() ? static_cast<unsigned char>(s[k]) : 0; };
  // U+200B..U+200D, U+2060, U+FEFF
  if (at(i) == 0xE2 && at(i + 1) == 0x80 && at(i + 2) >= 0x8B && at(i + 2) <= 0x8D) return true;
  if (at(i) == 0xE2 && at(i + 1) == 0x81 && at(i + 2) == 0xA0) return true;
  return at(i) == 0xEF && at(i + 1) == 0xBB && at(i + 2) == 0xBF;
}

GumboTree::GumboTree(std::string html) : html_(std::move(html)) {
  // Parse errors are never read; recording them costs a copy of the open-element stack
  // each, which on a deeply nested page is quadratic in memory.
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;
  output_ = gumbo_parse_with_options(&options, html_.data(), html_.size());
}

GumboTree::~GumboTree() {
  if (output_ != nullptr) gumbo_destroy_output(&kGumboDefaultOptions, output_);
}

std::string_view Attr(const GumboNode* node, const char* name) {
  if (node == nullptr || node->type != GUMBO_NODE_ELEMENT) return {};
  const GumboAttribute* attr = gumbo_get_attribute(&node->v.element.attributes, name);
  return attr != nullptr ? std::string_view(attr->value) : std::string_view();
}

bool IsElement(const GumboNode* node, GumboTag tag) {
  return node != nullptr && node->type == GUMBO_NODE_ELEMENT && node->v.element.tag == tag;
}

void AppendCollapsed(std::string_view piece, std::string* out) {
  for (size_t i = 0; i < piece.size(); ++i) {
    char c = piece[i];
    if (IsZeroWidth(piece, i)) {
      i += 2;
      continue;
    }
    size_t width = UnicodeSpaceWidth(piece, i);
    bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || width > 0;
    if (width > 0) i += width - 1;
    if (space) {
      if (!out->empty() && out->back() != ' ') out->push_back(' ');
    } else {
      out->push_back(c);
    }
  }
}

std::string TextOf(const GumboNode* node) {
  std::string out;
  std::vector<const GumboNode*> stack = {node};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE ||
        n->type == GUMBO_NODE_CDATA) {
      AppendCollapsed(n->v.text.text, &out);
    } else if (n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE) {
      GumboTag tag = n->v.element.tag;
      if (tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_NOSCRIPT) continue;
      if (tag == GUMBO_TAG_BR) out.push_back(' ');
      const GumboVector& children = n->v.element.children;
      for (unsigned i = children.length; i > 0; --i) {
        stack.push_back(static_cast<const GumboNode*>(children.data[i - 1]));
      }
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  size_t lead = 0;
  while (lead < out.size() && out[lead] == ' ') ++lead;
  return out.substr(lead);
}

}  // namespace newsrecon::extract
