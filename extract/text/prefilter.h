// A pass over raw HTML before Gumbo parses it: drops what can never be article text or
// metadata, and bounds how deep the page can nest.
#ifndef NEWSRECON_EXTRACT_TEXT_PREFILTER_H_
#define NEWSRECON_EXTRACT_TEXT_PREFILTER_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace newsrecon::extract {

// Elements nested deeper than this (as counted by the prefilter) lose their tags, keeping
// their text. Real pages nest a few dozen levels; Gumbo's tree building slows down with the
// square of the depth and frees its tree recursively.
inline constexpr size_t kMaxNestingDepth = 1000;

// How many tags the prefilter keeps: kElementBudgetBase, plus one per kBytesPerElement bytes
// of the page; past that, tags are dropped and their text kept. Each element costs Gumbo
// about 200 bytes, so a page of nothing but tags (`<b>` nested, `<p><p><p>`) would need 30
// to 65 times its size; real pages spend 40 bytes or more per element and never reach the
// budget. It bounds the tree at about 20 MB plus 8 times the page's size (issue 16).
inline constexpr size_t kElementBudgetBase = 100000;
inline constexpr size_t kBytesPerElement = 24;

struct PrefilterStats {
  size_t dropped_tags = 0;  // start tags dropped for nesting past kMaxNestingDepth
  size_t over_budget = 0;   // tags dropped past the element budget (kElementBudgetBase)
  size_t max_depth = 0;     // the deepest nesting seen
};

// Returns `html` with comments, processing instructions and the bodies of <script>
// (except JSON-LD), <style> and <svg> removed, tags deeper than kMaxNestingDepth dropped,
// tags past the element budget dropped, and everything else unchanged. Tags are read as the HTML tokenizer reads them: quoted
// attribute values may hold '<' and '>', and the text of <title>, <textarea>, <xmp>,
// <iframe>, <noembed> and <noframes> is copied as it stands.
std::string PrefilterHtml(std::string_view html, PrefilterStats* stats);

}  // namespace newsrecon::extract

#endif  // NEWSRECON_EXTRACT_TEXT_PREFILTER_H_
