// Main-content extraction by block scoring: prose blocks vote for the elements above them,
// the best container wins, and its blocks minus boilerplate are the article.
#include "extract/text/content.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <vector>

#include "extract/text/block_text.h"
#include "extract/text/copies.h"
#include "extract/text/hints.h"
#include "extract/text/link_lines.h"

namespace newsrecon::extract {
namespace {

size_t Commas(const std::string& s) {
  return static_cast<size_t>(std::count(s.begin(), s.end(), ','));
}

bool IsHeadingTag(GumboTag tag) { return tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6; }

// Whether hints remove the element: strong ones always, weak ones unless a content hint
// stands beside them (and only when `weak_hints` are trusted). A weak word on a heading
// names the heading ("header-anchor", "section-header"), not a part of the page to drop.
bool IsBoilerplateElement(const PageElement& e, bool weak_hints) {
  if ((e.hints & kHintStrongBoilerplate) != 0) return true;
  return weak_hints && !IsHeadingTag(e.tag) && (e.hints & kHintBoilerplate) != 0 &&
         (e.hints & (kHintContent | kHintArticleBody)) == 0;
}

// A block's weight as article prose: long, with commas, few links.
double ProseScore(const TextBlock& b) {
  if (b.kind == BlockKind::kHeading || b.kind == BlockKind::kCaption || b.text.size() < 25) return 0;
  double score = 1.0 + static_cast<double>(Commas(b.text)) +
                 std::min(static_cast<double>(b.text.size()) / 100.0, 3.0);
  return score * (1.0 - LinkDensity(b));
}

class Extractor {
 public:
  Extractor(const PageModel& page, const ContentHints& hints)
      : page_(page), title_(Folded(hints.title)) {}

  std::string Explain() {
    std::string out;
    if (page_.elements.empty() || page_.blocks.empty()) return out;
    trace_ = &out;
    int top = -1;
    uint32_t chosen = Choose(&top);
    trace_ = nullptr;
    out += "top: " + (top < 0 ? std::string("none") : DescribeElement(page_, static_cast<uint32_t>(top))) + "\n";
    out += "chosen: " + DescribeElement(page_, chosen) + "\n";
    out += Candidates();
    const PageElement& c = page_.elements[chosen];
    for (uint32_t i = 0; i < page_.blocks.size(); ++i) {
      const TextBlock& b = page_.blocks[i];
      bool inside = top >= 0 && i >= c.first_block && i < c.end_block;
      char mark = BlockRemoved(b) ? 'R' : inside ? (Keep(b) ? '+' : '-') : ' ';
      char line[64];
      std::snprintf(line, sizeof line, "%c%c %5.1f ld=%.2f ", mark, top >= 0 && IsArticleMarkup(b) ? 'm' : ' ',
                    ProseScore(b), LinkDensity(b));
      std::string path = DescribeElement(page_, b.element);
      if (path.size() > 150) path = "..." + path.substr(path.size() - 150);
      out += line + path + " | " + b.text.substr(0, 100) + "\n";
    }
    return out;
  }

  // The five best-scoring containers with their scores, best first.
  std::string Candidates() const {
    std::vector<std::pair<double, uint32_t>> ranked;
    for (uint32_t i = 0; i < score_.size(); ++i) {
      if (score_[i] > 0 && !removed_[i]) ranked.emplace_back(-CandidateScore(i), i);
    }
    std::sort(ranked.begin(), ranked.end());
    std::string out;
    for (size_t i = 0; i < ranked.size() && i < 5; ++i) {
      std::string path = DescribeElement(page_, ranked[i].second);
      if (path.size() > 150) path = "..." + path.substr(path.size() - 150);
      out += "candidate " + std::to_string(-ranked[i].first) + " " + path + "\n";
    }
    return out;
  }

  // The article's text. When the first choice is short, the choice is made again with
  // only the surest boilerplate hints, and the longer text is kept if it is much longer: a
  // class name that usually marks boilerplate may wrap a page's whole article.
  std::string Run() {
    if (page_.elements.empty() || page_.blocks.empty()) return {};
    std::string text = RunOnce();
    if (text.size() >= kShortArticle) return text;
    weak_hints_ = false;
    std::string retry = RunOnce();
    return retry.size() >= 2 * text.size() + 100 ? retry : text;
  }

 private:
  static constexpr size_t kShortArticle = 500;  // bytes
  static constexpr size_t kLongProse = 100;  // bytes
  static constexpr double kWidenProse = 0.6;        // of the added bytes
  static constexpr double kOtherProseLinks = 0.1;   // of the added bytes
  static constexpr double kSiblingLinks = 0.5;      // of a sibling part's bytes
  static constexpr double kMinShare = 0.3;  // of the page's prose score, in the chosen container
  static constexpr double kMass = 0.7;      // of the page's prose score, in the one widened to
  static constexpr double kMassLinks = 0.3;  // of its bytes
  static constexpr double kFewProse = 15;    // prose score: two or three paragraphs

  std::string RunOnce() {
    int top = -1;
    uint32_t chosen = Choose(&top);
    return top < 0 ? std::string() : Collect(chosen, static_cast<uint32_t>(top));
  }

  // The container whose blocks are the article; `*top` is the best-scoring one it was
  // widened from (-1 when no block looks like prose, and the result is 0).
  uint32_t Choose(int* top) {
    dropped_.clear();
    for (int round = 0; round < 2; ++round) {
      *top = Prepare();
      if (*top < 0) return 0;
      uint32_t chosen = ToMass(Widen(static_cast<uint32_t>(*top)));
      if (round == 1 || !DropEmbedded(chosen)) return chosen;
      if (trace_ != nullptr) *trace_ += "choose again without the embedded parts\n";
    }
    return 0;
  }

  // A gallery or slideshow spared because it holds most of the page's prose (see
  // MarkRemoved) is what its hint says when the chosen container holds it beside prose of
  // its own: media whose captions outweigh the article around them. Such parts are
  // removed for the next choice; true when there is one.
  bool DropEmbedded(uint32_t chosen) {
    const PageElement& c = page_.elements[chosen];
    for (uint32_t s : spared_) {
      if (s > chosen && s < c.end && ProseIn(chosen) - ProseIn(s) >= kFewProse) dropped_.push_back(s);
    }
    return !dropped_.empty();
  }

  // Removes boilerplate, scores the containers and returns the best one (-1 for none),
  // with the sums Widen() and Keep() need for it.
  int Prepare() {
    MarkRemoved();
    SumKept();
    ScoreElements();
    int top = PickTop();
    if (top >= 0) Sum(static_cast<uint32_t>(top));
    return top;
  }

  // Boilerplate-hinted elements are removed with everything inside, unless they hold most
  // of the page's prose (a layout wrapper named "main-with-sidebar" is still the page).
  void MarkRemoved() {
    const auto& els = page_.elements;
    std::vector<double> prefix(page_.blocks.size() + 1, 0);
    for (size_t i = 0; i < page_.blocks.size(); ++i) {
      prefix[i + 1] = prefix[i] + ProseScore(page_.blocks[i]);
    }
    double total = prefix.back();
    removed_.assign(els.size(), 0);
    spared_.clear();
    for (size_t i = 0; i < els.size(); ++i) {
      const PageElement& e = els[i];
      if (e.parent >= 0 && removed_[static_cast<size_t>(e.parent)]) {
        removed_[i] = 1;
        continue;
      }
      if (!IsBoilerplateElement(e, weak_hints_) || e.tag == GUMBO_TAG_BODY ||
          e.tag == GUMBO_TAG_HTML) {
        continue;
      }
      double inside = prefix[e.end_block] - prefix[e.first_block];
      bool dropped = std::find(dropped_.begin(), dropped_.end(), i) != dropped_.end();
      removed_[i] = inside > total * 0.5 && !dropped ? 0 : 1;
      if (removed_[i] == 0 && (e.hints & kHintMedia) != 0) spared_.push_back(static_cast<uint32_t>(i));
    }
  }

  bool BlockRemoved(const TextBlock& b) const { return removed_[b.element] != 0; }

  void ScoreElements() {
    score_.assign(page_.elements.size(), 0);
    for (const TextBlock& b : page_.blocks) {
      if (BlockRemoved(b)) continue;
      double s = ProseScore(b);
      if (s <= 0) continue;
      int32_t e = page_.elements[b.element].parent;
      for (int level = 0; e >= 0 && level < 5; ++level) {
        double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        score_[static_cast<size_t>(e)] += s / divider;
        e = page_.elements[static_cast<size_t>(e)].parent;
      }
    }
  }

  // Sums of the text and link bytes of blocks that were not removed, for link densities.
  void SumKept() {
    kept_.assign(page_.blocks.size() + 1, {0, 0});
    prose_.assign(page_.blocks.size() + 1, 0);
    for (size_t i = 0; i < page_.blocks.size(); ++i) {
      const TextBlock& b = page_.blocks[i];
      kept_[i + 1] = kept_[i];
      prose_[i + 1] = prose_[i];
      if (BlockRemoved(b)) continue;
      prose_[i + 1] += ProseScore(b);
      kept_[i + 1].first += static_cast<double>(b.text.size());
      kept_[i + 1].second += static_cast<double>(b.link_chars);
    }
  }

  double ElementLinkDensity(uint32_t e) const {
    const PageElement& el = page_.elements[e];
    double text = kept_[el.end_block].first - kept_[el.first_block].first;
    double links = kept_[el.end_block].second - kept_[el.first_block].second;
    return text <= 0 ? 0 : links / text;
  }

  double CandidateScore(uint32_t e) const { return score_[e] * (1.0 - ElementLinkDensity(e)); }

  int PickTop() const {
    int best = -1;
    double best_score = 0;
    for (size_t i = 0; i < score_.size(); ++i) {
      if (score_[i] <= 0 || removed_[i]) continue;
      double s = CandidateScore(static_cast<uint32_t>(i));
      if (s > best_score) {
        best_score = s;
        best = static_cast<int>(i);
      }
    }
    return best < 0 ? best : static_cast<int>(OutsideQuotes(static_cast<uint32_t>(best)));
  }

  // A quotation is part of the text that quotes it: when the best container is or lies in
  // a <blockquote>, the container of the outermost one.
  uint32_t OutsideQuotes(uint32_t e) const {
    uint32_t out = e;
    for (int32_t a = static_cast<int32_t>(e); a >= 0; a = page_.elements[static_cast<size_t>(a)].parent) {
      const PageElement& el = page_.elements[static_cast<size_t>(a)];
      if (el.tag == GUMBO_TAG_BLOCKQUOTE && el.parent >= 0) out = static_cast<uint32_t>(el.parent);
    }
    return out;
  }

  // Running sums over the blocks, so that any element's totals are one subtraction.
  struct Totals {
    double chars = 0, links = 0, prose_chars = 0;
    double other_prose_chars = 0;  // long prose with few links, marked up otherwise
  };

  // Sums for Widen(): prose counts only where its markup matches the prose of `top`.
  void Sum(uint32_t top) {
    std::vector<uint64_t>& signatures = signatures_;
    signatures.clear();
    const PageElement& t = page_.elements[top];
    for (uint32_t i = t.first_block; i < t.end_block; ++i) {
      const TextBlock& b = page_.blocks[i];
      if (!BlockRemoved(b) && ProseScore(b) > 0) signatures.push_back(BlockSignature(page_, b));
    }
    std::sort(signatures.begin(), signatures.end());
    sums_.assign(page_.blocks.size() + 1, Totals{});
    for (size_t i = 0; i < page_.blocks.size(); ++i) {
      const TextBlock& b = page_.blocks[i];
      Totals sum = sums_[i];
      // Removed blocks count as text that is not prose: widening over a region of
      // teaser cards must see their removed headlines and bylines. Captions count for
      // nothing: an article's figures sit between its paragraphs.
      if (IsCaption(b)) {
        sums_[i + 1] = sum;
        continue;
      }
      sum.chars += static_cast<double>(b.text.size());
      sum.links += static_cast<double>(b.link_chars);
      if (IsArticleProse(b)) {
        sum.prose_chars += static_cast<double>(b.text.size());
      } else if (IsOtherLongProse(b)) {
        sum.other_prose_chars += static_cast<double>(b.text.size());
      }
      sums_[i + 1] = sum;
    }
  }
  static bool IsCaption(const TextBlock& b) {
    return b.kind == BlockKind::kCaption || ((b.place & kInFigure) != 0 && (b.place & kInTable) == 0);
  }
  // Prose marked up like the best container's.
  bool IsArticleProse(const TextBlock& b) const {
    return !BlockRemoved(b) && ProseScore(b) > 0 && IsArticleMarkup(b);
  }
  // Long prose with almost no links, marked up otherwise: an article's sections in blocks
  // of their own, product reviews in cards — or another story's summary.
  bool IsOtherLongProse(const TextBlock& b) const {
    return !BlockRemoved(b) && ProseScore(b) > 0 && b.text.size() >= kLongProse &&
           LinkDensity(b) < 0.1;
  }

  // True when the block is marked up like the article's prose.
  bool IsArticleMarkup(const TextBlock& b) const {
    return std::binary_search(signatures_.begin(), signatures_.end(), BlockSignature(page_, b));
  }

  Totals Of(uint32_t e) const {
    const Totals& a = sums_[page_.elements[e].first_block];
    const Totals& b = sums_[page_.elements[e].end_block];
    return {b.chars - a.chars, b.links - a.links, b.prose_chars - a.prose_chars,
            b.other_prose_chars - a.other_prose_chars};
  }

  // Whether the text an ancestor adds to the best container's is the article's too: mostly
  // prose marked up like it, with few links; or mostly long prose of any markup with
  // almost no links (stricter, as another story's summary is long prose too).
  static bool AddsArticle(const Totals& base, const Totals& up) {
    double added = up.chars - base.chars;
    double prose = up.prose_chars - base.prose_chars;
    double other = up.other_prose_chars - base.other_prose_chars;
    double links = up.links - base.links;
    if (added <= 0) return true;
    if (prose >= kWidenProse * added && links <= 0.25 * added) return true;
    return prose + other >= kWidenProse * added && links <= kOtherProseLinks * added;
  }

  // The article often spans several sibling containers (split by ads or layout columns):
  // widen to the highest ancestor that adds only the article's text, and never to one
  // that holds a second copy of it.
  uint32_t Widen(uint32_t top) const {
    Totals base = Of(top);
    uint32_t best = top;
    CopyCheck copies(page_, prose_, top);
    for (int32_t a = page_.elements[top].parent; a >= 0; a = page_.elements[static_cast<size_t>(a)].parent) {
      auto up = static_cast<uint32_t>(a);
      if (removed_[up] || page_.elements[up].tag == GUMBO_TAG_HTML) break;
      if (copies.Repeats(up)) {
        if (trace_ != nullptr) *trace_ += "not to (a copy of the article) " + DescribeElement(page_, up) + "\n";
        break;
      }
      bool widens = AddsArticle(base, Of(up));
      if (trace_ != nullptr) *trace_ += (widens ? "widen to " : "not to ") + DescribeElement(page_, up) + "\n";
      if (widens) best = up;
    }
    return best;
  }

  double ProseIn(uint32_t e) const {
    const PageElement& el = page_.elements[e];
    return prose_[el.end_block] - prose_[el.first_block];
  }

  // A guard for pages whose prose is spread in small pieces (a landing page, a how-to of
  // many short steps): when the chosen container holds only a paragraph or two and little
  // of the page's prose, the lowest ancestor that holds most of it is the article, unless
  // that is the whole page or mostly links.
  uint32_t ToMass(uint32_t chosen) const {
    double total = prose_.back();
    if (ProseIn(chosen) >= std::min(kMinShare * total, kFewProse)) return chosen;
    for (int32_t a = page_.elements[chosen].parent; a >= 0; a = page_.elements[static_cast<size_t>(a)].parent) {
      auto up = static_cast<uint32_t>(a);
      const PageElement& e = page_.elements[up];
      if (removed_[up] || e.tag == GUMBO_TAG_BODY || e.tag == GUMBO_TAG_HTML) break;
      if (ProseIn(up) >= kMass * total) return ElementLinkDensity(up) < kMassLinks ? up : chosen;
    }
    return chosen;
  }

  // Whether a block of the chosen container is article text.
  // `after_prose`: whether the article's prose has begun above the block.
  bool Keep(const TextBlock& b, bool after_prose = false) const {
    if (BlockRemoved(b) || b.kind == BlockKind::kCaption) return false;
    // Text in a figure is its caption or credit; tables in figures are content.
    if ((b.place & kInFigure) != 0 && (b.place & kInTable) == 0) return false;
    if (IsBoilerplateLabel(b.text) || IsPointer(b.text, LinkDensity(b))) return false;
    if (b.kind != BlockKind::kCell && IsDateLine(b.text)) return false;
    if (b.boilerplate_chars * 10 >= b.text.size() * 9) return false;
    // The headline is metadata, not body; an <h1> below the article's prose is a
    // subheading of a page that uses <h1> for them.
    if (b.kind == BlockKind::kHeading && ((b.level == 1 && !after_prose) || Folded(b.text) == title_)) {
      return false;
    }
    // A paragraph marked up like the article's own is the article's even when it is mostly
    // links ("[Source]", a sentence with two linked names), or nothing but a link once the
    // article's prose has begun, unless it shouts or calls to action (TrimLinkLines keeps it
    // only where it stands alone); one above its prose is a pointer to another story.
    // An item of a list in the body is the body's even when it is one link (a list of
    // products, of sources); so is a subheading (a linked name over a section). Other
    // link-heavy blocks are navigation.
    if (IsArticleMarkup(b)) {
      return LinkDensity(b) < kAllLink || b.kind == BlockKind::kListItem ||
             b.kind == BlockKind::kCell ||
             (after_prose && !IsShouted(b.text) && !IsCallToAction(b.text));
    }
    if (b.kind == BlockKind::kHeading) return true;
    return LinkDensity(b) <= 0.5;
  }

  // The chosen container and its siblings of the same tag and class: an article that a
  // box of other matter (a call to action, a form, an ad) splits into two bodies of the
  // same markup. A sibling counts when it holds prose and few links.
  std::vector<uint32_t> Parts(uint32_t chosen) const {
    const PageElement& c = page_.elements[chosen];
    if (c.parent < 0 || c.class_name.empty()) return {chosen};
    const PageElement& parent = page_.elements[static_cast<size_t>(c.parent)];
    std::vector<uint32_t> parts;
    for (uint32_t i = static_cast<uint32_t>(c.parent) + 1; i < parent.end; i = page_.elements[i].end) {
      const PageElement& e = page_.elements[i];
      if (i == chosen || (e.tag == c.tag && e.class_name == c.class_name && !removed_[i] &&
                          HoldsProse(e) && ElementLinkDensity(i) < kSiblingLinks)) {
        parts.push_back(i);
      }
    }
    return parts;
  }

  bool HoldsProse(const PageElement& e) const {
    for (uint32_t i = e.first_block; i < e.end_block; ++i) {
      if (IsArticleProse(page_.blocks[i])) return true;
    }
    return false;
  }

  // Whether element `e` is another story's <article> inside the chosen container: one that
  // does not hold the best-scoring container `top` and whose heading is a link to elsewhere
  // (a teaser card beside the article).
  bool IsOtherStory(uint32_t e, uint32_t top) const {
    const PageElement& el = page_.elements[e];
    if (el.tag != GUMBO_TAG_ARTICLE || (top >= e && top < el.end)) return false;
    for (uint32_t i = el.first_block; i < el.end_block; ++i) {
      const TextBlock& b = page_.blocks[i];
      if (b.kind == BlockKind::kHeading && LinkDensity(b) >= kAllLink) return true;
    }
    return false;
  }

  // Per block of `part`, 1 where it belongs to another story's <article> (IsOtherStory);
  // all 0 when those hold most of the part's prose: a list of stories is not an article
  // with teasers beside it.
  std::vector<uint8_t> OtherStories(uint32_t part, uint32_t top) const {
    const PageElement& el = page_.elements[part];
    std::vector<uint8_t> skip(el.end_block - el.first_block, 0);
    double others = 0;
    for (uint32_t e = part + 1; e < el.end; ++e) {
      if (!IsOtherStory(e, top)) continue;
      const PageElement& other = page_.elements[e];
      for (uint32_t i = other.first_block; i < other.end_block; ++i) skip[i - el.first_block] = 1;
      others += ProseIn(e);
      e = other.end - 1;
    }
    if (others * 2 > ProseIn(part)) std::fill(skip.begin(), skip.end(), 0);
    return skip;
  }

  std::string Collect(uint32_t chosen, uint32_t top) const {
    std::vector<const TextBlock*> kept;
    bool after_prose = false;
    for (uint32_t part : Parts(chosen)) {
      const PageElement& el = page_.elements[part];
      std::vector<uint8_t> skip = OtherStories(part, top);
      for (uint32_t i = el.first_block; i < el.end_block; ++i) {
        if (skip[i - el.first_block] != 0) continue;
        const TextBlock& b = page_.blocks[i];
        if (Keep(b, after_prose)) {
          kept.push_back(&b);
          after_prose = after_prose || ProseScore(b) > 0;
        }
      }
    }
    TrimLinkLines(&kept);
    std::string out;
    for (const TextBlock* b : kept) {
      if (!out.empty()) out += "\n\n";
      out += b->text;
    }
    return out;
  }

  const PageModel& page_;
  std::string title_;  // folded
  bool weak_hints_ = true;
  std::string* trace_ = nullptr;  // Explain()'s output while it runs
  std::vector<uint8_t> removed_;
  std::vector<uint32_t> spared_;   // media parts kept for holding most of the prose
  std::vector<uint32_t> dropped_;  // those removed after all (DropEmbedded)
  std::vector<std::pair<double, double>> kept_;  // running text and link bytes
  std::vector<double> prose_;                    // running prose score of kept blocks
  std::vector<uint64_t> signatures_;             // of the best container's prose, sorted
  std::vector<double> score_;
  std::vector<Totals> sums_;
};

}  // namespace

std::string MainContent(const PageModel& page, const ContentHints& hints) {
  return Extractor(page, hints).Run();
}

std::string ExplainContent(const PageModel& page, const ContentHints& hints) {
  return Extractor(page, hints).Explain();
}

}  // namespace newsrecon::extract
