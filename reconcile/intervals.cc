// Value intervals, tranche totals and descriptions.
#include "reconcile/intervals.h"

#include <cmath>
#include <cstdio>
#include <limits>
#include <string>

#include "core/durations.h"

namespace newsrecon::reconcile {

Interval IntervalOf(const core::Value& v) {
  constexpr double kInf = std::numeric_limits<double>::infinity();
  double slack = std::abs(v.amount) * 0.02;
  if (v.type == core::ValueType::kPercent || v.type == core::ValueType::kPercentPoints) {
    slack = std::max(slack, 0.5);
  }
  switch (v.bound) {
    case core::Bound::kExact:
      return {v.amount - slack, v.amount + slack};
    case core::Bound::kAbout:
      return {v.amount * 0.9 - slack, v.amount * 1.1 + slack};
    case core::Bound::kUpTo:
      return {0, v.amount + slack};
    case core::Bound::kLessThan:
      return {0, v.amount};
    case core::Bound::kAtLeast:
      return {v.amount - slack, kInf};
    case core::Bound::kMoreThan:
      return {v.amount, kInf};
    case core::Bound::kRange:
      return {v.amount - slack, v.high + slack};
  }
  return {v.amount, v.amount};
}

bool EffectiveValue(const core::Claim& claim, core::ValueType type, core::Value* out) {
  const core::Value* first = nullptr;
  double tranches = 0;
  int tranche_count = 0;
  for (const core::Value& v : claim.values) {
    if (v.type != type) continue;
    if (first == nullptr) first = &v;
    if (v.role == core::ValueRole::kInitial || v.role == core::ValueRole::kAdditional) {
      tranches += v.amount;
      ++tranche_count;
    }
  }
  if (first == nullptr) return false;
  *out = *first;
  if (tranche_count >= 2) {
    out->amount = out->high = tranches;
    out->bound = core::Bound::kExact;
    out->role = core::ValueRole::kTotal;
    out->text = "total of tranches";
  }
  return true;
}

namespace {

// A length of `days` in the unit it was written in (`unit`: "day", "month", ...), else in
// the largest unit that counts it whole ("9 days", "2 years"); hours under a day.
std::string DurationText(double days, const std::string& unit) {
  // The unit said, else the longest that holds the length a whole number of times.
  const core::DurationUnit* pick = core::FindDurationUnit(unit);
  if (pick != nullptr && !pick->written_back) pick = nullptr;  // "a decade" reads as 10 years
  for (const core::DurationUnit& u : core::DurationUnits()) {
    double n = days / u.days;
    if (pick == nullptr && u.written_back && n >= 1 && std::abs(n - std::round(n)) < 1e-6) pick = &u;
  }
  if (pick == nullptr) pick = core::FindDurationUnit(days < 1 ? "hour" : "day");
  double n = days / pick->days;
  char text[32];
  std::snprintf(text, sizeof text, "%g ", n);
  return text + std::string(n == 1 ? pick->name : pick->plural);
}

}  // namespace

std::string Describe(const core::Value& v) {
  char number[64];
  double a = v.amount;
  const char* scale = "";
  if (v.type == core::ValueType::kMoney) {
    if (std::abs(a) >= 1e9) {
      a /= 1e9;
      scale = " billion";
    } else if (std::abs(a) >= 1e6) {
      a /= 1e6;
      scale = " million";
    }
  }
  std::snprintf(number, sizeof number, "%g%s", a, scale);
  std::string out;
  switch (v.bound) {
    case core::Bound::kUpTo: out = "up to "; break;
    case core::Bound::kAbout: out = "about "; break;
    case core::Bound::kAtLeast: out = "at least "; break;
    case core::Bound::kMoreThan: out = "more than "; break;
    case core::Bound::kLessThan: out = "less than "; break;
    default: break;
  }
  switch (v.type) {
    case core::ValueType::kMoney: return out + number + " " + v.currency;
    case core::ValueType::kPercent: return out + number + " percent";
    case core::ValueType::kPercentPoints: return out + number + " percentage points";
    case core::ValueType::kDuration: return out + DurationText(v.amount, v.unit);
    case core::ValueType::kDate: return out + v.date;
    case core::ValueType::kYear: return out + v.date;
    case core::ValueType::kCount: return out + number + " " + v.unit;
    case core::ValueType::kNumber:
    case core::ValueType::kOrdinal: return out + number;
    case core::ValueType::kAge: return out + number + " years old";
    case core::ValueType::kDistance: return out + number + " m";
    case core::ValueType::kTemperature: return out + number + " C";
    case core::ValueType::kTimeOfDay: return out + v.date + (v.unit.empty() ? "" : " " + v.unit);
  }
  return out + number;
}

}  // namespace newsrecon::reconcile
