// Units of time a duration is written in, with their length in days: the one table the
// extractor (what "3 weeks" amounts to), the date resolver (months a duration holds) and
// the reconciler (how a length is written back) share.
//
//   core::FindDurationUnit("hr")->name == "hour"
//   core::FindDurationUnit("quarter")->days == 91, ->months == 3
//   core::FindDurationUnit("fortnight") == nullptr
//
// Lengths in days are the conventional ones news figures mean (a month 30 days, a year
// 365). Never fails; thread-safe.
#ifndef NEWSRECON_CORE_DURATIONS_H_
#define NEWSRECON_CORE_DURATIONS_H_

#include <span>
#include <string_view>

namespace newsrecon::core {

struct DurationUnit {
  std::string_view name;    // singular, as stored in a value's unit: "hour"
  std::string_view plural;  // "hours"
  double days;              // its length in days
  int months;               // whole months it holds (12 for a year); 0 below a month
  bool written_back;        // lengths are written back in these (a decade as 10 years)
};

// Every unit, longest first.
std::span<const DurationUnit> DurationUnits();

// The unit a lower-case name or abbreviation stands for ("hr", "h", "min", "sec" too), or
// nullptr.
const DurationUnit* FindDurationUnit(std::string_view name);

}  // namespace newsrecon::core

#endif  // NEWSRECON_CORE_DURATIONS_H_
