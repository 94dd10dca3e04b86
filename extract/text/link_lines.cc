// Where lines that are nothing but a link belong: see link_lines.h.
#include "extract/text/link_lines.h"

#include <cstddef>

#include "extract/text/block_text.h"

namespace newsrecon::extract {
namespace {

constexpr size_t kIntroducer = 160;  // bytes: a line that introduces a list

bool IsLinkLine(const TextBlock& b) {
  return b.kind == BlockKind::kText && LinkDensity(b) >= kAllLink;
}

// Whether a block that ends the article is only its tail (a heading over nothing, a call to
// action, a link: after the article's last paragraph, links are other stories). A line that
// introduces a list (it ends in a colon) is tail once the list below it was (`below_dropped`); one
// that introduces a photo, a video or a post is not.
bool IsTail(const TextBlock& b, bool below_dropped) {
  return b.kind == BlockKind::kHeading || IsCallToAction(b.text) || LinkDensity(b) >= kAllLink ||
         (below_dropped && b.text.size() <= kIntroducer && b.text.ends_with(':'));
}

}  // namespace

double LinkDensity(const TextBlock& b) {
  return b.text.empty() ? 0
                        : static_cast<double>(b.link_chars) / static_cast<double>(b.text.size());
}

void TrimLinkLines(std::vector<const TextBlock*>* kept) {
  std::vector<const TextBlock*>& k = *kept;
  for (bool dropped = false; !k.empty() && IsTail(*k.back(), dropped); dropped = true) k.pop_back();
  auto line = [&k](size_t i) { return i < k.size() && IsLinkLine(*k[i]); };
  std::vector<const TextBlock*> out;
  out.reserve(k.size());
  for (size_t i = 0; i < k.size(); ++i) {
    if (!line(i) || !((i > 0 && line(i - 1)) || line(i + 1))) out.push_back(k[i]);
  }
  k.swap(out);
}

}  // namespace newsrecon::extract
