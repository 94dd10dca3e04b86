// CopyCheck: hashes of the container's prose blocks, looked up for each block an ancestor adds.
#include "extract/text/copies.h"

#include <algorithm>
#include <functional>
#include <string>

namespace newsrecon::extract {
namespace {

constexpr double kCopied = 0.5;  // of the added prose's bytes

size_t Hash(const std::string& text) { return std::hash<std::string>{}(text); }

}  // namespace

CopyCheck::CopyCheck(const PageModel& page, const std::vector<double>& prose, uint32_t container)
    : page_(page), prose_(prose) {
  const PageElement& c = page.elements[container];
  lo_ = c.first_block;
  hi_ = c.end_block;
  for (uint32_t i = lo_; i < hi_; ++i) {
    if (IsProse(i)) own_.insert(Hash(page.blocks[i].text));
  }
}

bool CopyCheck::Repeats(uint32_t ancestor) {
  const PageElement& a = page_.elements[ancestor];
  for (uint32_t i = a.first_block; i < lo_; ++i) Count(i);
  for (uint32_t i = hi_; i < a.end_block; ++i) Count(i);
  lo_ = std::min(lo_, a.first_block);
  hi_ = std::max(hi_, a.end_block);
  return added_ > 0 && repeated_ >= kCopied * added_;
}

void CopyCheck::Count(uint32_t block) {
  if (!IsProse(block)) return;
  const std::string& text = page_.blocks[block].text;
  added_ += static_cast<double>(text.size());
  if (own_.contains(Hash(text))) repeated_ += static_cast<double>(text.size());
}

}  // namespace newsrecon::extract
