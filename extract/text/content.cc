// Main-content extraction by block scoring: text blocks vote for their ancestors with
// their length, punctuation and link density; the best-scored container wins, and its
// blocks (minus boilerplate) are the article.
#include "extract/text/content.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <string_view>
#include <vector>

#include "extract/text/gumbo_tree.h"

namespace newsrecon::extract {
namespace {

struct Block {
  const GumboNode* node;
  std::string text;
  size_t link_chars = 0;
  bool heading = false;
};

// Tags whose subtrees are never article text.
bool IsSkippedTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_NAV:
    case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FORM: case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_HEAD: case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_MENU:
    case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_HEADER:
      return true;
    default:
      return false;
  }
}

bool IsBlockTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
    case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE:
    case GUMBO_TAG_TD: case GUMBO_TAG_DD: case GUMBO_TAG_DT:
      return true;
    default:
      return false;
  }
}

// Splits a class or id value into lower-case words ("share-bar_top" → share, bar, top).
std::vector<std::string> Words(std::string_view value) {
  std::vector<std::string> words;
  std::string word;
  for (char c : value) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      word.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

// True when the element's class, id or role marks it as boilerplate.
bool IsBoilerplate(const GumboNode* node) {
  static const char* kNegative[] = {
      "comment", "comments", "related", "share", "sharing", "social", "cookie", "cookies",
      "consent", "banner", "ad", "ads", "advert", "advertisement", "sponsor", "sponsored",
      "promo", "newsletter", "subscribe", "sidebar", "footer", "nav", "navbar", "menu",
      "breadcrumb", "breadcrumbs", "outbrain", "taboola", "popup", "modal", "recommended",
      "trending", "masthead", "toolbar", "widget", "byline", "author", "tags", "disqus",
      "signup", "paywall", "skip", "hidden", "caption", "credit", "more", "readmore"};
  for (const char* attr : {"class", "id", "role"}) {
    for (const std::string& w : Words(Attr(node, attr))) {
      for (const char* neg : kNegative) {
        if (w == neg) return true;
      }
      if (w == "navigation" || w == "complementary" || w == "contentinfo") return true;
    }
  }
  std::string_view style = Attr(node, "style");
  if (style.find("display:none") != std::string_view::npos ||
      style.find("display: none") != std::string_view::npos) {
    return true;
  }
  return !Attr(node, "hidden").empty() || Attr(node, "aria-hidden") == "true";
}

size_t CountChar(const std::string& s, char c) {
  return static_cast<size_t>(std::count(s.begin(), s.end(), c));
}

// Text of links below `node`, counted in bytes.
size_t LinkChars(const GumboNode* node) {
  size_t total = 0;
  std::vector<const GumboNode*> stack = {node};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (n->type != GUMBO_NODE_ELEMENT) continue;
    if (n->v.element.tag == GUMBO_TAG_A) {
      total += TextOf(n).size();
      continue;
    }
    const GumboVector& ch = n->v.element.children;
    for (unsigned i = 0; i < ch.length; ++i) stack.push_back(static_cast<const GumboNode*>(ch.data[i]));
  }
  return total;
}

// Collects text blocks outside boilerplate, in document order.
std::vector<Block> CollectBlocks(const GumboNode* root) {
  std::vector<Block> blocks;
  std::vector<const GumboNode*> stack = {root};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (n->type != GUMBO_NODE_ELEMENT) continue;
    GumboTag tag = n->v.element.tag;
    if (IsSkippedTag(tag) || IsBoilerplate(n)) continue;
    if (IsBlockTag(tag)) {
      std::string text = TextOf(n);
      if (!text.empty()) {
        bool heading = tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6;
        blocks.push_back({n, std::move(text), LinkChars(n), heading});
      }
      if (tag != GUMBO_TAG_LI && tag != GUMBO_TAG_TD && tag != GUMBO_TAG_BLOCKQUOTE) continue;
      // Lists and quotes may hold paragraphs of their own; the outer text is kept above.
      continue;
    }
    const GumboVector& ch = n->v.element.children;
    for (unsigned i = ch.length; i > 0; --i) stack.push_back(static_cast<const GumboNode*>(ch.data[i - 1]));
  }
  return blocks;
}

double BlockScore(const Block& b) {
  if (b.heading || b.text.size() < 25) return 0;
  double density = static_cast<double>(b.link_chars) / static_cast<double>(b.text.size());
  double score = 1.0 + static_cast<double>(CountChar(b.text, ',')) +
                 std::min(static_cast<double>(b.text.size()) / 100.0, 3.0);
  return score * (1.0 - density);
}

bool IsAncestor(const GumboNode* ancestor, const GumboNode* node) {
  for (const GumboNode* n = node; n != nullptr; n = n->parent) {
    if (n == ancestor) return true;
  }
  return false;
}

}  // namespace

std::string MainContent(const GumboNode* root) {
  if (root == nullptr) return {};
  std::vector<Block> blocks = CollectBlocks(root);
  // Each block votes for its parent (full score) and grandparent (half).
  std::map<const GumboNode*, double> votes;
  for (const Block& b : blocks) {
    double s = BlockScore(b);
    if (s <= 0) continue;
    const GumboNode* parent = b.node->parent;
    if (parent == nullptr) continue;
    votes[parent] += s;
    if (parent->parent != nullptr) votes[parent->parent] += s / 2;
  }
  const GumboNode* best = nullptr;
  double best_score = 0;
  for (const auto& [node, score] : votes) {
    if (score > best_score) {
      best = node;
      best_score = score;
    }
  }
  if (best == nullptr) return {};
  // Widen to the ancestor that holds the article when the winner is one of its sections.
  for (const GumboNode* up = best->parent; up != nullptr && up->type == GUMBO_NODE_ELEMENT;
       up = up->parent) {
    auto it = votes.find(up);
    if (it != votes.end() && it->second >= best_score * 0.75) best = up;
    if (IsElement(up, GUMBO_TAG_ARTICLE) || IsElement(up, GUMBO_TAG_MAIN)) break;
  }
  std::string out;
  for (const Block& b : blocks) {
    if (!IsAncestor(best, b.node)) continue;
    double density = static_cast<double>(b.link_chars) / static_cast<double>(b.text.size());
    if (density > 0.5 && !b.heading) continue;
    if (!out.empty()) out += "\n\n";
    out += b.text;
  }
  return out;
}

}  // namespace newsrecon::extract
