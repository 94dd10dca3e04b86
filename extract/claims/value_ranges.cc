// Ranges written as two values ("£2.4 billion to £2.6 billion", "between 10 and 20
// dollars", "3-5 km") joined into one range value, and ordinal words' values.
#include <re2/re2.h>

#include <algorithm>
#include <optional>
#include <string>

#include "extract/claims/match_loop.h"
#include "extract/claims/values_internal.h"

namespace newsrecon::extract {
namespace {

bool Ranged(core::ValueType t) {
  using T = core::ValueType;
  return t == T::kMoney || t == T::kPercent || t == T::kPercentPoints || t == T::kDistance ||
         t == T::kTemperature || t == T::kDuration || t == T::kCount || t == T::kNumber;
}

// Whether `low` and `high` can be the two ends of one range.
bool Compatible(const core::Value& low, const core::Value& high) {
  if (low.bound == core::Bound::kRange || high.bound == core::Bound::kRange) return false;
  if (!Ranged(low.type) || !Ranged(high.type)) return false;
  if (low.type == core::ValueType::kNumber) return true;
  return low.type == high.type && low.currency == high.currency &&
         (low.type != core::ValueType::kCount || low.unit == high.unit);
}

// The number `v` is written with, to carry its scale and unit over to a bare low end.
double LeadingNumber(const core::Value& v) {
  static const RE2 kLead(std::string("(?i)(") + kNum + "|" + kWordNum + ")");
  double lead = 0;
  ForEachMatch(kLead, v.text, [&](const std::vector<Group>& g) {
    if (lead == 0) lead = ParseNumber(g[1].text).value_or(0);
  });
  return lead;
}

std::string Trimmed(std::string_view s) {
  size_t a = s.find_first_not_of(" \t");
  if (a == std::string_view::npos) return {};
  size_t b = s.find_last_not_of(" \t");
  return Lower(s.substr(a, b - a + 1));
}

// Whether text[..at] ends with `word` and a space; sets *start to the word's start.
bool WordBefore(std::string_view text, size_t at, std::string_view word, size_t* start) {
  std::string before = Lower(text.substr(at >= word.size() + 1 ? at - word.size() - 1 : 0,
                                         std::min(at, word.size() + 1)));
  if (before.size() != word.size() + 1 || before.compare(0, word.size(), word) != 0 || before.back() != ' ') {
    return false;
  }
  if (at > word.size() + 1 && std::isalnum(static_cast<unsigned char>(text[at - word.size() - 2]))) return false;
  *start = at - word.size() - 1;
  return true;
}

// Whether two values are near enough to be one ("5-10", "5 to 10", "$1m, and $2m"): the
// cheap test before any word of the gap is read.
bool Near(const core::Value& a, const core::Value& b) {
  return b.span.start >= a.span.end && b.span.start - a.span.end <= 9;
}

std::optional<core::Value> Join(std::string_view text, const core::Value& low, const core::Value& high) {
  if (!Near(low, high) || !Compatible(low, high)) return std::nullopt;
  std::string gap = Trimmed(text.substr(low.span.end, high.span.start - low.span.end));
  size_t start = low.span.start;
  bool between = WordBefore(text, low.span.start, "between", &start);
  bool from = !between && WordBefore(text, low.span.start, "from", &start);
  bool dash = gap == "-" || gap == "–" || gap == "—";
  if (!(dash || gap == "to" || gap == "through" || (gap == "and" && between))) return std::nullopt;
  // "10 to 20 dollars" is a range; "fell 3 to $45" is a change and a level: a bare low end
  // joins by "to" only within a tenth of the high one's magnitude.
  if (gap == "to" && !from && low.type == core::ValueType::kNumber &&
      (high.type == core::ValueType::kNumber || low.amount * 10 < LeadingNumber(high))) {
    return std::nullopt;
  }
  core::Value v = high;
  v.span = {start, high.span.end};
  v.text = std::string(text.substr(start, v.span.size()));
  v.high = high.amount;
  v.amount = low.amount;
  if (low.type == core::ValueType::kNumber && high.type != core::ValueType::kNumber) {
    if (high.type == core::ValueType::kTemperature && high.unit == "F") {
      v.amount = (low.amount - 32) * 5 / 9;
    } else {
      double lead = LeadingNumber(high);
      if (lead != 0) v.amount = low.amount * high.amount / lead;
    }
  } else if (low.type == core::ValueType::kMoney && low.amount == LeadingNumber(low)) {
    // "between $140 and $150 million": the scale written once, on the high end, is both's.
    double lead = LeadingNumber(high);
    if (lead != 0 && high.amount / lead > 1 && low.amount <= lead) v.amount = low.amount * high.amount / lead;
  }
  if (v.amount > v.high) return std::nullopt;
  v.bound = core::Bound::kRange;
  return v;
}

// "2 years, 3 months", "1 hour and 30 seconds": durations from the larger unit down, one
// after the other, are one duration.
std::optional<core::Value> Compose(std::string_view text, const core::Value& a, const core::Value& b) {
  if (a.type != core::ValueType::kDuration || b.type != core::ValueType::kDuration || !Near(a, b)) return std::nullopt;
  if (a.bound == core::Bound::kRange || b.bound != core::Bound::kExact || b.span.start < a.span.end) {
    return std::nullopt;
  }
  std::string gap = Trimmed(text.substr(a.span.end, b.span.start - a.span.end));
  if (!(gap.empty() || gap == "," || gap == "and" || gap == ", and")) return std::nullopt;
  // The unit of each part: a duration's days per one of its unit.
  double unit_a = a.amount / std::max(LeadingNumber(a), 1e-9), unit_b = b.amount / std::max(LeadingNumber(b), 1e-9);
  if (!(unit_b < unit_a)) return std::nullopt;
  core::Value v = a;
  v.span = {a.span.start, b.span.end};
  v.text = std::string(text.substr(v.span.start, v.span.size()));
  v.amount = v.high = a.amount + b.amount;
  // Years and quarters before months count in months (Duckling's reading: "2 years and
  // 3 months" is 27 months of 30 days), as a calendar does, not in 365-day years.
  static const std::pair<const char*, int> kMonthsPer[] = {{"year", 12}, {"quarter", 3}, {"decade", 120}};
  for (const auto& [unit, months] : kMonthsPer) {
    if (b.unit == "month" && a.unit == unit && LeadingNumber(a) > 0 && LeadingNumber(b) > 0) {
      v.amount = v.high = (LeadingNumber(a) * months + LeadingNumber(b)) * (b.amount / LeadingNumber(b));
    }
  }
  v.unit = b.unit;
  return v;
}

}  // namespace

std::vector<core::Value> JoinRanges(std::string_view text, std::vector<core::Value> values) {
  std::vector<core::Value> out;
  out.reserve(values.size());
  for (core::Value& v : values) {
    if (!out.empty()) {
      if (auto joined = Join(text, out.back(), v)) {
        out.back() = std::move(*joined);
        continue;
      }
      if (auto composed = Compose(text, out.back(), v)) {
        out.back() = std::move(*composed);
        continue;
      }
    }
    out.push_back(std::move(v));
  }
  return out;
}

double OrdinalWordValue(std::string_view word) {
  static const std::pair<const char*, int> kWords[] = {
      {"first", 1}, {"second", 2}, {"third", 3}, {"fourth", 4}, {"fifth", 5}, {"sixth", 6},
      {"seventh", 7}, {"eighth", 8}, {"ninth", 9}, {"tenth", 10}, {"eleventh", 11},
      {"twelfth", 12}, {"thirteenth", 13}, {"fourteenth", 14}, {"fifteenth", 15},
      {"sixteenth", 16}, {"seventeenth", 17}, {"eighteenth", 18}, {"nineteenth", 19},
      {"twentieth", 20}, {"thirtieth", 30}, {"fortieth", 40}, {"fiftieth", 50},
      {"sixtieth", 60}, {"seventieth", 70}, {"eightieth", 80}, {"ninetieth", 90},
      {"hundredth", 100}, {"thousandth", 1000}};
  std::string w = Lower(word);
  static const char* kTens[] = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
  double tens = 0;
  for (int i = 0; i < 8; ++i) {
    std::string_view t = kTens[i];
    if (w.size() > t.size() && w.compare(0, t.size(), t) == 0 && w.find("ieth") == std::string::npos) {
      tens = (i + 2) * 10;
      w = w.substr(t.size());
      size_t skip = w.find_first_not_of(" -\xE2\x80\x94");
      w = skip == std::string::npos ? "" : w.substr(skip);
      break;
    }
  }
  for (const auto& [name, n] : kWords) {
    if (w == name && (tens == 0 || n < 10)) return tens + n;
  }
  return 0;
}

}  // namespace newsrecon::extract
