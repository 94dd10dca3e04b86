// Copies of an article's text elsewhere on its page: a page built for several screen sizes
// holds the article two or three times, all but one hidden by style sheets the extractor
// does not read.
#ifndef NEWSRECON_EXTRACT_TEXT_COPIES_H_
#define NEWSRECON_EXTRACT_TEXT_COPIES_H_

#include <cstdint>
#include <unordered_set>
#include <vector>

#include "extract/text/page_model.h"

namespace newsrecon::extract {

// Tells, for the ancestors of a container taken in turn from the nearest up, whether the
// prose an ancestor adds to the container mostly repeats the container's own prose blocks
// word for word. `prose` holds running sums of the page's block prose scores (size
// blocks + 1; a block is prose when its score is above 0); both must outlive the object.
class CopyCheck {
 public:
  CopyCheck(const PageModel& page, const std::vector<double>& prose, uint32_t container);

  // `ancestor` is an ancestor of the container, at or above the one of the previous call.
  bool Repeats(uint32_t ancestor);

 private:
  bool IsProse(uint32_t block) const { return prose_[block + 1] > prose_[block]; }
  void Count(uint32_t block);

  const PageModel& page_;
  const std::vector<double>& prose_;
  std::unordered_set<size_t> own_;  // hashes of the container's prose blocks
  uint32_t lo_ = 0, hi_ = 0;        // the blocks counted so far
  double added_ = 0, repeated_ = 0;  // bytes of added prose, and of it repeated
};

}  // namespace newsrecon::extract

#endif  // NEWSRECON_EXTRACT_TEXT_COPIES_H_
