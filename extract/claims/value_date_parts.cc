// Calendar pieces the date patterns share: named holidays (fixed, n-th weekday, or counted
// from Easter), the n-th weekday of a month, and dates written as a duration from another
// date ("three days after Easter", "two weeks before March 3").
#include <cmath>
#include <string>

#include "extract/claims/values_internal.h"

namespace newsrecon::extract {
namespace {

// Easter Sunday (the Gregorian computus).
core::CivilDate Easter(int y) {
  int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25;
  int g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4;
  int l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
  int month = (h + l - 7 * m + 114) / 31;
  return {y, month, (h + l - 7 * m + 114) % 31 + 1};
}

// How a holiday falls: on a fixed day, on the n-th weekday of its month (n -1: the last),
// or a number of days from Easter Sunday. A fixed day with `nth` 1 moves off a weekend to
// the nearest weekday (Boss's Day); with `nth` 2 a Sunday moves to the Saturday (King's Day).
struct HolidayRule {
  const char* key;  // a word of the lower-cased name; the first rule whose key it holds wins
  enum Kind { kFixed, kNthWeekday, kFromEaster } kind;
  int month, day_or_weekday, nth;
};

constexpr HolidayRule kHolidays[] = {
    {"new year", HolidayRule::kFixed, 1, 1, 0},
    {"christmas", HolidayRule::kFixed, 12, 25, 0},
    {"xmas", HolidayRule::kFixed, 12, 25, 0},
    {"boxing", HolidayRule::kFixed, 12, 26, 0},
    {"valentine", HolidayRule::kFixed, 2, 14, 0},
    {"halloween", HolidayRule::kFixed, 10, 31, 0},
    {"patrick", HolidayRule::kFixed, 3, 17, 0},
    {"paddy", HolidayRule::kFixed, 3, 17, 0},
    {"independence", HolidayRule::kFixed, 7, 4, 0},
    {"juneteenth", HolidayRule::kFixed, 6, 19, 0},
    {"bastille", HolidayRule::kFixed, 7, 14, 0},
    {"armistice", HolidayRule::kFixed, 11, 11, 0},
    {"remembrance", HolidayRule::kFixed, 11, 11, 0},
    {"veteran", HolidayRule::kFixed, 11, 11, 0},
    {"epiphany", HolidayRule::kFixed, 1, 6, 0},
    {"groundhog", HolidayRule::kFixed, 2, 2, 0},
    {"fools", HolidayRule::kFixed, 4, 1, 0},
    {"earth day", HolidayRule::kFixed, 4, 22, 0},
    {"anzac", HolidayRule::kFixed, 4, 25, 0},
    {"may day", HolidayRule::kFixed, 5, 1, 0},
    {"canada", HolidayRule::kFixed, 7, 1, 0},
    {"australia", HolidayRule::kFixed, 1, 26, 0},
    {"all saints", HolidayRule::kFixed, 11, 1, 0},
    {"all souls", HolidayRule::kFixed, 11, 2, 0},
    {"guy fawkes", HolidayRule::kFixed, 11, 5, 0},
    {"bonfire", HolidayRule::kFixed, 11, 5, 0},
    {"boss", HolidayRule::kFixed, 10, 16, 1},
    {"king s day", HolidayRule::kFixed, 4, 27, 2},
    {"kings day", HolidayRule::kFixed, 4, 27, 2},
    {"koningsdag", HolidayRule::kFixed, 4, 27, 2},
    {"thanksgiving", HolidayRule::kNthWeekday, 11, 3, 4},
    {"labo", HolidayRule::kNthWeekday, 9, 0, 1},
    {"memorial", HolidayRule::kNthWeekday, 5, 0, -1},
    {"columbus", HolidayRule::kNthWeekday, 10, 0, 2},
    {"king", HolidayRule::kNthWeekday, 1, 0, 3},
    {"mlk", HolidayRule::kNthWeekday, 1, 0, 3},
    {"civil rights", HolidayRule::kNthWeekday, 1, 0, 3},
    {"president", HolidayRule::kNthWeekday, 2, 0, 3},
    {"mother", HolidayRule::kNthWeekday, 5, 6, 2},
    {"father", HolidayRule::kNthWeekday, 6, 6, 3},
    {"shrove", HolidayRule::kFromEaster, 0, -47, 0},
    {"pancake", HolidayRule::kFromEaster, 0, -47, 0},
    {"mardi gras", HolidayRule::kFromEaster, 0, -47, 0},
    {"ash wednesday", HolidayRule::kFromEaster, 0, -46, 0},
    {"palm sunday", HolidayRule::kFromEaster, 0, -7, 0},
    {"thursday", HolidayRule::kFromEaster, 0, -3, 0},  // Maundy or Holy Thursday
    {"good friday", HolidayRule::kFromEaster, 0, -2, 0},
    {"holy saturday", HolidayRule::kFromEaster, 0, -1, 0},
    {"easter monday", HolidayRule::kFromEaster, 0, 1, 0},
    {"easter", HolidayRule::kFromEaster, 0, 0, 0},
    {"ascension", HolidayRule::kFromEaster, 0, 39, 0},
    {"monday", HolidayRule::kFromEaster, 0, 50, 0},  // Whit Monday, Monday of the Holy Spirit
    {"pentecost", HolidayRule::kFromEaster, 0, 49, 0},
    {"whit", HolidayRule::kFromEaster, 0, 49, 0},
    {"corpus christi", HolidayRule::kFromEaster, 0, 60, 0},
};

// A month count a duration holds ("3 months" 3, "two years" 24, "a quarter" 3); 0 for days.
int MonthsOf(const core::Value& d) {
  double per = d.unit == "year" ? 365 : d.unit == "quarter" ? 91 : d.unit == "month" ? 30 : 0;
  return per == 0 ? 0 : static_cast<int>(std::lround(d.amount / per)) * (d.unit == "year" ? 12 : d.unit == "quarter" ? 3 : 1);
}

}  // namespace

core::CivilDate NthWeekday(int year, int month, int weekday, int n) {
  if (n < 0) {
    core::CivilDate last{year, month, core::DaysInMonth(year, month)};
    int back = (core::Weekday(last) - weekday + 7) % 7;
    return {year, month, last.day - back};
  }
  int first = core::Weekday({year, month, 1});
  return {year, month, 1 + (weekday - first + 7) % 7 + 7 * (n - 1)};
}

core::CivilDate Holiday(std::string name, int year) {
  for (char& c : name) {
    if (c == '\'' || c == '.' || c == '-') c = ' ';
  }
  auto has = [&](const char* w) { return name.find(w) != std::string::npos; };
  if (has("eve")) return has("new year") ? core::CivilDate{year, 12, 31} : core::CivilDate{year, 12, 24};
  for (const HolidayRule& r : kHolidays) {
    if (!has(r.key)) continue;
    if (r.kind == HolidayRule::kFixed) {
      core::CivilDate d{year, r.month, r.day_or_weekday};
      int wd = core::Weekday(d);
      int shift = r.nth == 1 ? (wd == 5 ? -1 : wd == 6 ? 1 : 0) : r.nth == 2 && wd == 6 ? -1 : 0;
      return core::CivilFromDays(core::DaysFromCivil(d) + shift);
    }
    if (r.kind == HolidayRule::kNthWeekday) return NthWeekday(year, r.month, r.day_or_weekday, r.nth);
    return core::CivilFromDays(core::DaysFromCivil(Easter(year)) + r.day_or_weekday);
  }
  return {year, 0, 0};
}

core::CivilDate AddMonths(const core::CivilDate& d, int months) {
  int index = d.year * 12 + d.month - 1 + months;
  int y = index / 12, m = index % 12 + 1;
  return {y, m, std::min(d.day, core::DaysInMonth(y, m))};
}

// The day `k` units from `pub` (back when negative): days, weeks, calendar months and
// years, or with `weekday` (0 = Monday) the k-th such weekday ("2 thursdays ago": the
// Thursday before last).
int64_t AgoDay(const core::CivilDate& pub, int k, const std::string& unit, int weekday) {
  int64_t day = core::DaysFromCivil(pub);
  if (unit == "month" || unit == "year") return core::DaysFromCivil(AddMonths(pub, unit == "year" ? 12 * k : k));
  if (weekday >= 0) {
    int back = (core::Weekday(pub) - weekday + 7) % 7;  // the latest such day, today included
    int ahead = (weekday - core::Weekday(pub) + 7) % 7;
    return k < 0 ? day - (back == 0 ? 7 : back) + 7 * (k + 1) : day + (ahead == 0 ? 7 : ahead) + 7 * (k - 1);
  }
  return day + (unit == "week" ? 7 * k : k);
}

// Whether a duration and the date after it make one date ("three days after Easter"): the
// direction the words between them give (1 after/from, -1 before), or 0.
int ShiftBetween(std::string_view text, const core::Value& d, const core::Value& anchor) {
  if (d.type != core::ValueType::kDuration || d.bound == core::Bound::kRange ||
      anchor.type != core::ValueType::kDate || anchor.precision != "day" || anchor.date.empty()) {
    return 0;
  }
  std::string gap = Lower(text.substr(d.span.end, anchor.span.start - d.span.end));
  return gap == " after " || gap == " from " ? 1 : gap == " before " ? -1 : 0;
}

void ShiftDatesByDurations(std::string_view text, std::vector<core::Value>* values) {
  std::vector<core::Value>& v = *values;
  size_t out = 0;  // values are compacted in place: linear however many join
  for (size_t i = 0; i < v.size(); ++i) {
    int sign = i + 1 < v.size() ? ShiftBetween(text, v[i], v[i + 1]) : 0;
    if (sign != 0) {
      const core::Value& d = v[i];
      core::Value& anchor = v[i + 1];
      auto day = static_cast<int64_t>(anchor.amount);
      if (int months = MonthsOf(d); months != 0) {
        day = core::DaysFromCivil(AddMonths(core::CivilFromDays(day), sign * months));
      } else {
        day += sign * static_cast<int64_t>(std::lround(d.amount));
      }
      anchor.span.start = d.span.start;
      anchor.text = std::string(text.substr(anchor.span.start, anchor.span.size()));
      anchor.date = core::FormatIsoDate(core::CivilFromDays(day));
      anchor.amount = anchor.high = static_cast<double>(day);
      continue;  // the duration is dropped; the date after it is kept next round
    }
    if (out != i) v[out] = std::move(v[i]);
    ++out;
  }
  v.resize(out);
}

}  // namespace newsrecon::extract
