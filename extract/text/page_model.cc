// BuildPageModel: one iterative walk over the Gumbo tree.
#include "extract/text/page_model.h"

#include <algorithm>
#include <cstring>
#include <string_view>
#include <utility>

#include "extract/text/gumbo_tree.h"
#include "extract/text/hints.h"

namespace newsrecon::extract {
namespace {

// Subtrees that never hold readable text.
bool IsSkippedTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_IFRAME: case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED: case GUMBO_TAG_APPLET: case GUMBO_TAG_CANVAS: case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO: case GUMBO_TAG_SELECT: case GUMBO_TAG_BUTTON: case GUMBO_TAG_INPUT:
    case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_HEAD: case GUMBO_TAG_MAP: case GUMBO_TAG_LABEL:
    case GUMBO_TAG_DATALIST: case GUMBO_TAG_TITLE:
      return true;
    default:
      return false;
  }
}

bool IsBlockTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BODY: case GUMBO_TAG_CENTER: case GUMBO_TAG_DD: case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIR: case GUMBO_TAG_DIV: case GUMBO_TAG_DL: case GUMBO_TAG_DT:
    case GUMBO_TAG_FIELDSET: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FOOTER: case GUMBO_TAG_FORM: case GUMBO_TAG_H1: case GUMBO_TAG_H2:
    case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_HGROUP: case GUMBO_TAG_HR: case GUMBO_TAG_HTML:
    case GUMBO_TAG_LI: case GUMBO_TAG_MAIN: case GUMBO_TAG_MENU: case GUMBO_TAG_NAV:
    case GUMBO_TAG_OL: case GUMBO_TAG_P: case GUMBO_TAG_PRE: case GUMBO_TAG_SECTION:
    case GUMBO_TAG_SUMMARY: case GUMBO_TAG_TABLE: case GUMBO_TAG_TBODY: case GUMBO_TAG_TD:
    case GUMBO_TAG_TFOOT: case GUMBO_TAG_TH: case GUMBO_TAG_THEAD: case GUMBO_TAG_TR:
    case GUMBO_TAG_UL: case GUMBO_TAG_CAPTION: case GUMBO_TAG_LEGEND: case GUMBO_TAG_OPTION:
      return true;
    default:
      return false;
  }
}

// Hints a tag carries by itself: navigation and asides are never the article; page
// headers, footers and forms usually are not.
uint8_t TagHints(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_NAV: case GUMBO_TAG_ASIDE: case GUMBO_TAG_MENU:
      return kHintBoilerplate | kHintStrongBoilerplate;
    case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_FORM:
      return kHintBoilerplate;
    case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN:
      return kHintContent;
    default:
      return kHintNone;
  }
}

uint8_t ElementHints(const GumboElement& e, PageElement* out) {
  ElementAttributes a;
  for (unsigned i = 0; i < e.attributes.length; ++i) {
    const auto* attr = static_cast<const GumboAttribute*>(e.attributes.data[i]);
    std::string_view name = attr->name;
    std::string_view value = attr->value;
    if (name == "class") a.class_name = value;
    else if (name == "id") a.id = value;
    else if (name == "role") a.role = value;
    else if (name == "itemprop" || name == "property") a.itemprop = value;
    else if (name == "style") a.style = value;
    else if (name == "aria-hidden") a.aria_hidden = value;
    else if (name == "hidden") a.hidden = true;
  }
  out->class_name = a.class_name;
  out->id = a.id;
  return static_cast<uint8_t>(HintsFor(a) | TagHints(e.tag));
}

BlockKind KindOf(GumboTag tag, uint8_t* level) {
  switch (tag) {
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
      *level = static_cast<uint8_t>(tag - GUMBO_TAG_H1 + 1);
      return BlockKind::kHeading;
    case GUMBO_TAG_LI: case GUMBO_TAG_DD: case GUMBO_TAG_DT:
      return BlockKind::kListItem;
    case GUMBO_TAG_TD: case GUMBO_TAG_TH:
      return BlockKind::kCell;
    case GUMBO_TAG_PRE:
      return BlockKind::kPre;
    case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_CAPTION:
      return BlockKind::kCaption;
    default:
      return BlockKind::kText;
  }
}

uint8_t PlaceOf(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_DL: return kInList;
    case GUMBO_TAG_TABLE: return kInTable;
    case GUMBO_TAG_BLOCKQUOTE: return kInQuote;
    case GUMBO_TAG_FIGURE: return kInFigure;
    default: return 0;
  }
}

bool IsListTag(GumboTag tag) {
  return tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL || tag == GUMBO_TAG_DL ||
         tag == GUMBO_TAG_LI || tag == GUMBO_TAG_DD || tag == GUMBO_TAG_DT;
}

// The id of an element, "" when it has none.
std::string_view IdOf(const GumboNode* node) {
  const GumboAttribute* id = gumbo_get_attribute(&node->v.element.attributes, "id");
  return id == nullptr ? std::string_view() : std::string_view(id->value);
}

// A server-rendered React page streams parts of its content late, each in a hidden
// <div id="S:n"> at the end of <body>, for a script to move to its placeholder
// <template id="B:n"> (a suspended part) or <template id="P:n"> (a part of a part). Segments finds them so that the page model reads each part where
// its placeholder stands, in reading order.
class Segments {
 public:
  explicit Segments(const GumboNode* root) {
    const GumboNode* body = Child(root, GUMBO_TAG_BODY);
    if (body == nullptr) return;
    const GumboVector& children = body->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
      const auto* c = static_cast<const GumboNode*>(children.data[i]);
      if (c->type != GUMBO_NODE_ELEMENT || gumbo_get_attribute(&c->v.element.attributes, "hidden") == nullptr) continue;
      std::string_view id = IdOf(c);
      if (id.starts_with("S:")) segments_.emplace_back(id.substr(2), c);
    }
  }
  // The segment that replaces `node` when it is a placeholder; nullptr otherwise. Each
  // segment is given once (a segment that names itself cannot loop).
  const GumboNode* For(const GumboNode* node) {
    if (segments_.empty() || node->v.element.tag != GUMBO_TAG_TEMPLATE) return nullptr;
    std::string_view id = IdOf(node);
    if (!id.starts_with("B:") && !id.starts_with("P:")) return nullptr;
    for (auto& [key, segment] : segments_) {
      if (segment != nullptr && key == id.substr(2)) return std::exchange(segment, nullptr);
    }
    return nullptr;
  }

 private:
  static const GumboNode* Child(const GumboNode* node, GumboTag tag) {
    const GumboVector& children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
      const auto* c = static_cast<const GumboNode*>(children.data[i]);
      if (c->type == GUMBO_NODE_ELEMENT && c->v.element.tag == tag) return c;
    }
    return nullptr;
  }
  std::vector<std::pair<std::string_view, const GumboNode*>> segments_;
};

class Builder {
 public:
  explicit Builder(const GumboNode* root) : segments_(root) {}

  PageModel Build(const GumboNode* root) {
    Enter(root);
    while (!stack_.empty()) {
      Frame& f = stack_.back();
      const GumboVector& children = f.node->v.element.children;
      if (f.next >= children.length) {
        Exit();
        continue;
      }
      const auto* child = static_cast<const GumboNode*>(children.data[f.next++]);
      if (child->type == GUMBO_NODE_ELEMENT || child->type == GUMBO_NODE_TEMPLATE) {
        Enter(child);
      } else if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE ||
                 child->type == GUMBO_NODE_CDATA) {
        Text(child->v.text.text);
      }
    }
    return std::move(model_);
  }

 private:
  struct Frame {
    const GumboNode* node;
    unsigned next;
    uint32_t element;
    uint32_t container;  // the innermost block-level element, this one included
    uint8_t place;
    bool in_link;
    bool in_boilerplate;  // inside an inline element hinted as boilerplate
    // Where the current run stood when this element began, to take back a cluster of
    // links (a hover card, a row of tags) that an inline element turns out to be.
    size_t run_start = 0, links_start = 0, anchors_start = 0, flushes_start = 0;
  };

  // `segment`: a streamed segment read at its placeholder, shown although marked hidden.
  void Enter(const GumboNode* node, bool segment = false) {
    GumboTag tag = node->v.element.tag;
    if (const GumboNode* moved = segments_.For(node)) return Enter(moved, true);
    if (IsSkippedTag(tag)) return;
    PageElement e;
    uint8_t hints = ElementHints(node->v.element, &e);
    if (tag == GUMBO_TAG_HEADER && (hints & kHintStrongBoilerplate) == 0 && IsSectionHeader(node)) {
      hints &= static_cast<uint8_t>(~kHintBoilerplate);
    }
    bool block = IsBlockTag(tag);
    if (segment) hints &= static_cast<uint8_t>(~kHintHidden);
    if ((hints & kHintHidden) != 0) return;
    if (!block && (hints & kHintStrongBoilerplate) != 0) return;
    if (tag == GUMBO_TAG_BR) {
      ++pending_breaks_;
      return;
    }
    if (block) Flush();
    auto index = static_cast<uint32_t>(model_.elements.size());
    e.tag = tag;
    e.parent = stack_.empty() ? -1 : static_cast<int32_t>(stack_.back().element);
    e.first_block = static_cast<uint32_t>(model_.blocks.size());
    e.hints = hints;
    e.block_level = block;
    model_.elements.push_back(e);
    Frame f{node, 0, index, block ? index : Top().container, Top().place, Top().in_link,
            !block && Top().in_boilerplate, run_.size(), run_links_, anchors_, flushes_};
    if (tag == GUMBO_TAG_A) ++anchors_;
    f.place |= PlaceOf(tag);
    f.in_link = f.in_link || tag == GUMBO_TAG_A;
    // A caption or byline in a <span> is judged by how much of its block it makes up.
    if (!block && (hints & kHintBoilerplate) != 0 && (hints & kHintContent) == 0) {
      f.in_boilerplate = true;
    }
    stack_.push_back(f);
  }

  // Whether a <header> heads a section of the text rather than the page or the article: it
  // lies in an <article>, <main> or <section> and holds a subheading (<h2> to <h6>) but no
  // <h1>, the headline.
  bool IsSectionHeader(const GumboNode* node) const {
    bool inside = std::any_of(stack_.begin(), stack_.end(), [](const Frame& f) {
      GumboTag t = f.node->v.element.tag;
      return t == GUMBO_TAG_ARTICLE || t == GUMBO_TAG_MAIN || t == GUMBO_TAG_SECTION;
    });
    if (!inside) return false;
    bool subheading = false;
    std::vector<const GumboNode*> todo{node};
    while (!todo.empty()) {
      const GumboNode* n = todo.back();
      todo.pop_back();
      const GumboVector& children = n->v.element.children;
      for (unsigned i = 0; i < children.length; ++i) {
        const auto* c = static_cast<const GumboNode*>(children.data[i]);
        if (c->type != GUMBO_NODE_ELEMENT) continue;
        GumboTag t = c->v.element.tag;
        if (t == GUMBO_TAG_H1) return false;
        subheading = subheading || (t >= GUMBO_TAG_H2 && t <= GUMBO_TAG_H6);
        todo.push_back(c);
      }
    }
    return subheading;
  }

  void Exit() {
    Frame f = stack_.back();
    if (model_.elements[f.element].block_level) {
      Flush();
    } else {
      DropLinkCluster(f);
    }
    stack_.pop_back();
    PageElement& e = model_.elements[f.element];
    e.end = static_cast<uint32_t>(model_.elements.size());
    e.end_block = static_cast<uint32_t>(model_.blocks.size());
  }

  // Inside a sentence, an inline element holding three or more links and nothing else is
  // not part of it: a hover card, a row of tags or share links.
  void DropLinkCluster(const Frame& f) {
    if (flushes_ != f.flushes_start || anchors_ - f.anchors_start < 3) return;
    size_t chars = run_.size() - f.run_start;
    size_t links = run_links_ - f.links_start;
    if (chars == 0 || links * 10 < chars * 9) return;
    run_.resize(f.run_start);
    run_links_ = f.links_start;
    anchors_ = f.anchors_start;  // the links taken back do not count for enclosing elements
    run_boilerplate_ = std::min(run_boilerplate_, run_.size());
  }

  void Text(const char* text) {
    if (stack_.empty()) return;
    if (pending_breaks_ > 0) {
      bool text_follows = false;
      for (const char* c = text; *c != '\0' && !text_follows; ++c) {
        text_follows = !(*c == ' ' || *c == '\n' || *c == '\t' || *c == '\r');
      }
      if (!text_follows) return;
      // Two line breaks in a row separate paragraphs on pages that have no <p>.
      if (pending_breaks_ >= 2) Flush();
      if (!run_.empty()) run_.push_back(' ');
      pending_breaks_ = 0;
    }
    const Frame& f = stack_.back();
    if (run_.empty()) {
      run_container_ = f.container;
      run_place_ = f.place;
      run_all_link_ = true;
    }
    size_t before = run_.size();
    AppendCollapsed(text, &run_);
    if (f.in_boilerplate) run_boilerplate_ += run_.size() - before;
    if (f.in_link) {
      run_links_ += run_.size() - before;
    } else if (run_.size() > before && !(run_.size() == before + 1 && run_.back() == ' ')) {
      run_all_link_ = false;
    }
  }

  void Flush() {
    ++flushes_;
    pending_breaks_ = 0;
    size_t lead = run_.starts_with(' ') ? 1 : 0;
    size_t size = run_.size() - lead - (run_.size() > lead && run_.back() == ' ' ? 1 : 0);
    if (size > 0) {
      TextBlock b;
      b.element = run_container_;
      b.text = run_.substr(lead, size);
      b.link_chars = static_cast<uint32_t>(std::min(run_links_, b.text.size()));
      b.boilerplate_chars = static_cast<uint32_t>(std::min(run_boilerplate_, b.text.size()));
      b.kind = KindOf(model_.elements[run_container_].tag, &b.level);
      b.place = static_cast<uint8_t>(run_place_ | (run_all_link_ && run_links_ > 0 ? kInLink : 0));
      model_.blocks.push_back(std::move(b));
    }
    run_.clear();
    run_links_ = 0;
    run_boilerplate_ = 0;
  }

  const Frame& Top() const { return stack_.empty() ? kRootFrame : stack_.back(); }

  static constexpr Frame kRootFrame{nullptr, 0, 0, 0, 0, false, false, 0, 0, 0, 0};
  Segments segments_;
  PageModel model_;
  std::vector<Frame> stack_;
  std::string run_;
  size_t run_links_ = 0;
  size_t run_boilerplate_ = 0;
  size_t anchors_ = 0;  // <a> elements entered so far
  size_t flushes_ = 0;  // runs ended so far
  uint32_t run_container_ = 0;
  uint8_t run_place_ = 0;
  bool run_all_link_ = true;
  int pending_breaks_ = 0;
};

}  // namespace

uint64_t BlockSignature(const PageModel& page, const TextBlock& b) {
  uint64_t h = 1469598103934665603ull;
  auto mix = [&h](std::string_view s) {
    for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    h = (h ^ 0xff) * 1099511628211ull;
  };
  // Class names with digits are left out: builders number each element
  // ("elementor-element-36b9482"), so they tell apart paragraphs of one article.
  auto mix_classes = [&mix](std::string_view classes) {
    size_t i = 0;
    while (i < classes.size()) {
      size_t end = std::min(classes.find_first_of(" \t\n", i), classes.size());
      std::string_view name = classes.substr(i, end - i);
      if (!name.empty() && name.find_first_of("0123456789") == std::string_view::npos) mix(name);
      i = end + 1;
    }
  };
  const PageElement& e = page.elements[b.element];
  mix(IsListTag(e.tag) ? "p" : gumbo_normalized_tagname(e.tag));
  mix_classes(e.class_name);
  int32_t up = e.parent;
  while (up >= 0 && IsListTag(page.elements[static_cast<size_t>(up)].tag)) {
    up = page.elements[static_cast<size_t>(up)].parent;
  }
  if (up >= 0) {
    // The container's first class only: the ones after it mark a variant ("content lead").
    const PageElement& p = page.elements[static_cast<size_t>(up)];
    mix(gumbo_normalized_tagname(p.tag));
    mix_classes(p.class_name.substr(0, std::min(p.class_name.find_first_of(" \t\n"), p.class_name.size())));
  }
  return h;
}

std::string DescribeElement(const PageModel& page, uint32_t element) {
  std::string out;
  for (int32_t e = static_cast<int32_t>(element); e >= 0;
       e = page.elements[static_cast<size_t>(e)].parent) {
    const PageElement& el = page.elements[static_cast<size_t>(e)];
    std::string part = gumbo_normalized_tagname(el.tag);
    // Appended piece by piece: GCC 12 warns (-Wrestrict) on "." + std::string.
    if (!el.class_name.empty()) part.append(1, '.').append(el.class_name.substr(0, 30));
    if (!el.id.empty()) part.append(1, '#').append(el.id.substr(0, 30));
    out = out.empty() ? part : part + " > " + out;
  }
  return out;
}

PageModel BuildPageModel(const GumboNode* root) {
  if (root == nullptr || root->type != GUMBO_NODE_ELEMENT) return {};
  return Builder(root).Build(root);
}

}  // namespace newsrecon::extract
