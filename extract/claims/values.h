// Value mentions: money, percentages, percentage points, years, dates, durations, counts,
// numbers, ordinals, distances, temperatures, times of day and ages, each with its span,
// bound and normalised form.
//
//   extract::ValueFinder finder;
//   for (const core::Value& v : finder.Find("up to $50 billion", {})) ...  // money, up_to, 5e10 USD
#ifndef NEWSRECON_EXTRACT_CLAIMS_VALUES_H_
#define NEWSRECON_EXTRACT_CLAIMS_VALUES_H_

#include <optional>
#include <string_view>
#include <vector>

#include "core/dates.h"
#include "core/model.h"
#include "extract/claims/match_loop.h"

namespace newsrecon::extract {

struct DateContext {
  // The publication date relative dates ("on Monday", "yesterday", "this week") resolve
  // against; without it they are reported unresolved (empty `date`).
  std::optional<core::CivilDate> published;
};

// Finds every value mention in `text`. Spans do not overlap; where two readings compete
// the longer mention wins ("April 27, 2026" is one date, not a date and a year). The
// finder is stateless after construction and safe to share between threads.
class ValueFinder {
 public:
  ValueFinder();
  ~ValueFinder();
  ValueFinder(const ValueFinder&) = delete;
  ValueFinder& operator=(const ValueFinder&) = delete;

  std::vector<core::Value> Find(std::string_view text, const DateContext& context) const;

  // The same in pieces, for a scan that runs other patterns in the same pass: the
  // patterns to put in the PatternUnion, the handlers that collect mentions into `found`
  // when the scan runs, and the overlap resolution that makes the final list.
  const std::vector<const RE2*>& patterns() const;
  void AddTo(PatternScan* scan, std::string_view text, const DateContext& context,
             std::vector<core::Value>* found) const;
  // `text` is the text the mentions were found in (ranges written as two values join).
  static std::vector<core::Value> Resolve(std::string_view text, std::vector<core::Value> found);

 private:
  struct Patterns;
  Patterns* patterns_;
};

// Parses a written number: digits with thousands separators and decimals ("1,200.5"),
// or English number words ("seven", "twenty-one", "one hundred and twenty", "two point
// two million", "twelve lakh"), "a"/"an" (1), "a dozen" (12). Nothing for anything else.
std::optional<double> ParseNumber(std::string_view text);

}  // namespace newsrecon::extract

#endif  // NEWSRECON_EXTRACT_CLAIMS_VALUES_H_
