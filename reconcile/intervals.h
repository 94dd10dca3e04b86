// Values as intervals, so bounds, hedges and rounding compare by overlap.
#ifndef NEWSRECON_RECONCILE_INTERVALS_H_
#define NEWSRECON_RECONCILE_INTERVALS_H_

#include <string>
#include <vector>

#include "core/model.h"

namespace newsrecon::reconcile {

struct Interval {
  double low = 0;
  double high = 0;
  bool Overlaps(const Interval& o) const { return low <= o.high && o.low <= high; }
};

// The interval a value allows: exact values within rounding (2%, and half a point for
// percentages), "about" within 10%, "up to" from zero, "more than" to infinity.
Interval IntervalOf(const core::Value& value);

// A claim's value of `type` as one figure: tranches ("$1.5 billion initial" plus "an
// additional $500 million") add up to their total. Returns false when the claim has none.
bool EffectiveValue(const core::Claim& claim, core::ValueType type, core::Value* out);

// How a value reads in a report: "2 billion USD", "up to 2 billion USD", "27 percent".
std::string Describe(const core::Value& value);

}  // namespace newsrecon::reconcile

#endif  // NEWSRECON_RECONCILE_INTERVALS_H_
