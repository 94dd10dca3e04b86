// Figures compared with their rounding, hedges, units and currencies.
#include "reconcile/decide.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <limits>
#include <set>

#include "core/dates.h"

namespace newsrecon::reconcile {
namespace {

// Half a unit of the last digit of the first number written in `text`, in the figure's
// own scale (`amount` / the number as written); 0 when no digits are written.
double HalfLastDigit(const core::Value& v) {
  const std::string& t = v.text;
  size_t i = 0;
  while (i < t.size() && !std::isdigit(static_cast<unsigned char>(t[i]))) ++i;
  if (i == t.size()) return 0;
  double written = 0;
  int decimals = -1;
  for (; i < t.size(); ++i) {
    char c = t[i];
    if (std::isdigit(static_cast<unsigned char>(c))) {
      written = written * 10 + (c - '0');
      if (decimals >= 0) ++decimals;
    } else if (c == '.' && decimals < 0 && i + 1 < t.size() &&
               std::isdigit(static_cast<unsigned char>(t[i + 1]))) {
      decimals = 0;
    } else if (c != ',') {
      break;
    }
  }
  if (decimals > 0) written /= std::pow(10.0, decimals);
  if (written == 0) return 0;
  double scale = std::abs(v.amount / written);
  return 0.5 * std::pow(10.0, -std::max(decimals, 0)) * scale;
}

// Minutes east of UTC for a zone as written; false when the zone is local or unknown.
bool ZoneOffset(const std::string& zone, int* minutes) {
  static const std::map<std::string, int> kZones = {
      {"UTC", 0},    {"GMT", 0},     {"Z", 0},      {"BST", 60},   {"CET", 60},  {"CEST", 120},
      {"EET", 120},  {"EEST", 180},  {"MSK", 180},  {"IST", 330},  {"JST", 540}, {"AEST", 600},
      {"EST", -300}, {"EDT", -240},  {"CST", -360}, {"CDT", -300}, {"MST", -420},
      {"MDT", -360}, {"PST", -480},  {"PDT", -420}};
  std::string upper;
  for (char c : zone) upper.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
  auto it = kZones.find(upper);
  if (it == kZones.end()) return false;
  *minutes = it->second;
  return true;
}

// Times of day compare when both zones are stated (as UTC), or both are the same zone.
Verdict CompareTimes(const core::Value& a, const core::Value& b) {
  int za = 0, zb = 0;
  double x = a.amount, y = b.amount;
  if (ZoneOffset(a.unit, &za) && ZoneOffset(b.unit, &zb)) {
    x -= za;
    y -= zb;
  } else if (a.unit != b.unit) {
    return Verdict::kIncomparable;
  }
  double d = std::fmod(std::abs(x - y), 1440.0);
  return std::min(d, 1440.0 - d) <= 1.0 ? Verdict::kAgree : Verdict::kConflict;
}

// A day written without digits ("today", "Monday", "yesterday") is resolved against the
// outlet's own publication date, in its own time zone: it is known to a day either way.
bool WithinADayOfPublication(const core::Value& a, const core::Value& b) {
  auto deictic = [](const core::Value& v) {
    return std::none_of(v.text.begin(), v.text.end(),
                        [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
  };
  if (a.precision != core::DatePrecision::kDay || b.precision != core::DatePrecision::kDay ||
      (!deictic(a) && !deictic(b))) {
    return false;
  }
  auto x = core::ParseIsoDate(a.date), y = core::ParseIsoDate(b.date);
  if (!x || !y) return false;
  int64_t apart = core::DaysFromCivil(*x) - core::DaysFromCivil(*y);
  return apart >= -1 && apart <= 1;
}

}  // namespace

Interval TolerantInterval(const core::Value& v) {
  constexpr double kInf = std::numeric_limits<double>::infinity();
  // Half a unit of the last digit written, and never less than half a percent. People and
  // things are counted in whole units: "19" killed is 19, not 18.5 to 19.5, so it falls
  // short of "at least 20"; a count in a scale ("1.2 million") keeps its rounding.
  double digit = HalfLastDigit(v);
  if (CountLike(v.type) && digit == 0.5) digit = 0;
  double h = std::max(digit, std::abs(v.amount) * 0.005);
  // A distance or temperature given in two units is rounded in the second ("60 kilometres
  // (35 miles)"): 5% either way.
  if (v.type == core::ValueType::kDistance || v.type == core::ValueType::kTemperature) {
    h = std::max(h, std::abs(v.amount) * 0.05);
  }
  switch (v.bound) {
    case core::Bound::kExact: return {v.amount - h, v.amount + h};
    case core::Bound::kAbout: return {v.amount * 0.9 - h, v.amount * 1.1 + h};
    case core::Bound::kUpTo: return {0, v.amount + h};
    case core::Bound::kLessThan: return {0, v.amount};
    case core::Bound::kAtLeast: return {v.amount - h, kInf};
    case core::Bound::kMoreThan: return {v.amount, kInf};
    case core::Bound::kRange: return {v.amount - h, v.high + h};
  }
  return {v.amount, v.amount};
}

Verdict Compare(const core::Value& a, const core::Value& b, Mode mode) {
  if (mode == Mode::kSameWording) {
    if (a.text == b.text && a.direction == b.direction) return Verdict::kAgree;
    if (a.bound == core::Bound::kRange && b.bound == core::Bound::kRange) {
      // Both ends of a range are written figures.
      core::Value x = a, y = b;
      x.bound = y.bound = core::Bound::kExact;
      Verdict low = Compare(x, y, Mode::kLogical);
      x.amount = x.high;
      y.amount = y.high;
      x.text = y.text = "";
      return low == Verdict::kAgree ? Compare(x, y, Mode::kLogical) : low;
    }
    if (a.bound == b.bound && a.bound != core::Bound::kExact && a.bound != core::Bound::kAbout) {
      core::Value x = a, y = b;
      x.bound = y.bound = core::Bound::kExact;
      return Compare(x, y, Mode::kLogical);
    }
  }
  if (a.direction != core::Direction::kNone && b.direction != core::Direction::kNone &&
      a.direction != b.direction) {
    return a.type == b.type ? Verdict::kConflict : Verdict::kIncomparable;
  }
  if (a.type != b.type && !(CountLike(a.type) && CountLike(b.type))) return Verdict::kIncomparable;
  if (a.type == core::ValueType::kMoney && a.currency != b.currency) return Verdict::kIncomparable;
  if (a.type == core::ValueType::kTimeOfDay) return CompareTimes(a, b);
  if (a.type == core::ValueType::kDate) {
    if (a.date.empty() || b.date.empty()) return Verdict::kIncomparable;
    if (WithinADayOfPublication(a, b)) return Verdict::kAgree;
    const std::string& shorter = a.date.size() <= b.date.size() ? a.date : b.date;
    const std::string& longer = a.date.size() <= b.date.size() ? b.date : a.date;
    return longer.compare(0, shorter.size(), shorter) == 0 ? Verdict::kAgree : Verdict::kConflict;
  }
  return TolerantInterval(a).Overlaps(TolerantInterval(b)) ? Verdict::kAgree : Verdict::kConflict;
}

bool CountLike(core::ValueType t) {
  return t == core::ValueType::kCount || t == core::ValueType::kNumber;
}

bool DevelopingFrame(const std::string& frame) {
  static const std::set<std::string> kTolls = {"killed",  "injured",   "arrested", "missing",
                                               "evacuated", "displaced", "rescued"};
  return kTolls.count(frame) > 0;
}

}  // namespace newsrecon::reconcile
