// Calendar pieces the date patterns share: named holidays (fixed, n-th weekday, or counted
// from Easter), the n-th weekday of a month, and dates written as a duration from another
// date ("three days after Easter", "two weeks before March 3").
#include <cctype>
#include <cmath>
#include <optional>
#include <cstdlib>
#include <string>
#include <vector>

#include "core/durations.h"
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
    {"luther", HolidayRule::kNthWeekday, 1, 0, 3},  // before "king s day": Martin Luther King's Day
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

// A holiday of the Hebrew or the Islamic calendar: the words that name it, its month and
// day there. Hebrew months count from Nisan (1); Adar (12) is Adar II (13) in a leap year.
// `shift` moves Yom HaShoah and Yom HaAtzmaut off the days Israeli law moves them from.
struct LunarHoliday {
  const char* key;  // a word of the lower-cased, de-punctuated name
  bool hebrew;
  int month, day;
  enum Shift { kNone, kShoah, kAtzmaut, kZikaron } shift;
};

constexpr LunarHoliday kLunarHolidays[] = {
    {"rosh hash", true, 7, 1, LunarHoliday::kNone},
    {"kippur", true, 7, 10, LunarHoliday::kNone},
    {"shemini", true, 7, 22, LunarHoliday::kNone},
    {"torah", true, 7, 23, LunarHoliday::kNone},  // Simchat Torah, outside Israel
    {"sukkot", true, 7, 15, LunarHoliday::kNone},
    {"succot", true, 7, 15, LunarHoliday::kNone},
    {"hanuk", true, 9, 25, LunarHoliday::kNone},
    {"chanuk", true, 9, 25, LunarHoliday::kNone},
    {"shvat", true, 11, 15, LunarHoliday::kNone},
    {"shushan", true, 12, 15, LunarHoliday::kNone},
    {"purim", true, 12, 14, LunarHoliday::kNone},
    {"passover", true, 1, 15, LunarHoliday::kNone},
    {"pesach", true, 1, 15, LunarHoliday::kNone},
    {"shoah", true, 1, 27, LunarHoliday::kShoah},
    {"holocaust", true, 1, 27, LunarHoliday::kShoah},
    {"zikaron", true, 2, 4, LunarHoliday::kZikaron},
    {"atzmaut", true, 2, 5, LunarHoliday::kAtzmaut},
    {"omer", true, 2, 18, LunarHoliday::kNone},
    {"yerushalayim", true, 2, 28, LunarHoliday::kNone},
    {"shavuot", true, 3, 6, LunarHoliday::kNone},
    {"tisha", true, 5, 9, LunarHoliday::kNone},  // Tisha B'Av
    {"fitr", false, 10, 1, LunarHoliday::kNone},
    {"adha", false, 12, 10, LunarHoliday::kNone},
    {"azha", false, 12, 10, LunarHoliday::kNone},
    {"bakr", false, 12, 10, LunarHoliday::kNone},
    {"sacrifice", false, 12, 10, LunarHoliday::kNone},
    {"kurban", false, 12, 10, LunarHoliday::kNone},
    {"arafa", false, 12, 9, LunarHoliday::kNone},
    {"islamic new year", false, 1, 1, LunarHoliday::kNone},
    {"hijri new year", false, 1, 1, LunarHoliday::kNone},
    {"jadid", false, 1, 1, LunarHoliday::kNone},
    {"ashura", false, 1, 10, LunarHoliday::kNone},
    {"mawlid", false, 3, 12, LunarHoliday::kNone},
    {"milad", false, 3, 12, LunarHoliday::kNone},
    {"prophet s birthday", false, 3, 12, LunarHoliday::kNone},
    {"mi raj", false, 7, 27, LunarHoliday::kNone},
    {"miraj", false, 7, 27, LunarHoliday::kNone},
    {"prophet s ascension", false, 7, 27, LunarHoliday::kNone},
    {"bara", false, 8, 15, LunarHoliday::kNone},
    {"qadr", false, 9, 27, LunarHoliday::kNone},
    {"wida", false, 9, 30, LunarHoliday::kNone},  // the last Friday of Ramadan (below)
    {"vida", false, 9, 30, LunarHoliday::kNone},
};

// Days since 1970 of a Hebrew holiday in Hebrew year `am`, moved as Israeli law moves it.
int64_t HebrewHolidayDay(const LunarHoliday& h, int64_t am) {
  int month = h.month == 12 && core::IsHebrewLeapYear(am) ? 13 : h.month;
  int64_t day = core::DaysFromHebrew(am, month, h.day);
  int wd = core::Weekday(core::CivilFromDays(day));  // 0 Monday .. 6 Sunday
  if (h.shift == LunarHoliday::kShoah) return day + (wd == 4 ? -1 : wd == 6 ? 1 : 0);
  if (h.shift == LunarHoliday::kAtzmaut || h.shift == LunarHoliday::kZikaron) {
    // Independence Day (5 Iyar) moves off Friday and Saturday to Thursday, and off Monday
    // to Tuesday; Memorial Day is always the day before it.
    int64_t atzmaut = h.shift == LunarHoliday::kAtzmaut ? day : day + 1;
    int w = core::Weekday(core::CivilFromDays(atzmaut));
    atzmaut += w == 4 ? -1 : w == 5 ? -2 : w == 0 ? 1 : 0;
    return h.shift == LunarHoliday::kAtzmaut ? atzmaut : atzmaut - 1;
  }
  return day;
}

// Days since 1970 of an Islamic holiday in Hijri year `ah`; the "wida" rule is the last
// Friday of Ramadan.
int64_t HijriHolidayDay(const LunarHoliday& h, int64_t ah) {
  if (h.month == 9 && h.day == 30) {
    int64_t end = core::DaysFromHijri(ah, 10, 1) - 1;
    return end - (core::Weekday(core::CivilFromDays(end)) - 4 + 7) % 7;
  }
  return core::DaysFromHijri(ah, h.month, h.day);
}

// The day of a Hebrew or Islamic holiday that falls in Gregorian `year`, the first if
// two do; month 0 when `name` is none. Hebrew holidays are given as the day on whose
// evening they begin (the Hebrew day runs from sunset), as Duckling resolves them.
core::CivilDate LunarHolidayIn(const std::string& name, int year) {
  for (const LunarHoliday& h : kLunarHolidays) {
    if (name.find(h.key) == std::string::npos) continue;
    if (h.hebrew) {
      for (int64_t am = year + 3760; am <= year + 3761; ++am) {
        core::CivilDate d = core::CivilFromDays(HebrewHolidayDay(h, am) - 1);
        if (d.year == year) return d;
      }
    } else {
      int64_t guess = (static_cast<int64_t>(year) - 622) * 33 / 32;
      for (int64_t ah = guess - 1; ah <= guess + 2; ++ah) {
        core::CivilDate d = core::CivilFromDays(HijriHolidayDay(h, ah));
        if (d.year == year) return d;
      }
    }
  }
  return {year, 0, 0};
}

// A month count a duration holds ("3 months" 3, "two years" 24, "a quarter" 3); 0 for days.
int MonthsOf(const core::Value& d) {
  const core::DurationUnit* unit = core::FindDurationUnit(d.unit);
  if (unit == nullptr || unit->months == 0) return 0;
  return static_cast<int>(std::lround(d.amount / unit->days)) * unit->months;
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

int OrdinalRank(std::string_view word) {
  if (!word.empty() && std::isdigit(static_cast<unsigned char>(word[0]))) return word[0] - '0';
  return static_cast<int>(OrdinalWordValue(word));
}

core::CivilDate NthLastOf(const core::CivilDate& end, int n, bool week) {
  int64_t last = core::DaysFromCivil(end);
  if (!week) return core::CivilFromDays(last - (n - 1));
  int64_t sunday = last - (core::Weekday(end) + 1) % 7;  // weeks run Monday to Sunday
  return core::CivilFromDays(sunday - 6 - 7 * (n - 1));
}

core::CivilDate Holiday(std::string name, int year) {
  for (char& c : name) {
    if (c == '\'' || c == '.' || c == '-') c = ' ';
  }
  auto has = [&](const char* w) { return name.find(w) != std::string::npos; };
  if (core::CivilDate lunar = LunarHolidayIn(name, year); lunar.month != 0) return lunar;
  if (core::CivilDate festival = IndianFestival(name, year); festival.month != 0) return festival;
  // Chinese (lunar) New Year: the new moon on or after 21 January in China Standard Time
  // (it falls from 21 January to 20 February).
  if (has("chinese") || has("lunar")) {
    return core::CivilFromDays(core::NewMoonOnOrAfter(core::DaysFromCivil({year, 1, 21}), 8));
  }
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

namespace {

// Whether words[i] ("" for a capitalised word) marks the future or the past.
int WordTense(const std::vector<std::string_view>& words, size_t i) {
  static constexpr std::string_view kFuture[] = {"will", "shall", "upcoming", "forthcoming", "next", "coming", "tomorrow", "ll"};
  static constexpr std::string_view kPast[] = {"was", "were", "had", "did", "ago", "last", "yesterday", "earlier",
                                               "previously", "said", "told", "met", "began", "held", "took", "came",
                                               "went", "won", "lost", "fell", "rose", "paid", "made", "gave", "left",
                                               "sold", "bought"};
  // "is due to", "are expected on", "is scheduled for", "plans to": a future arrangement.
  static constexpr std::string_view kArranged[] = {"due", "expected", "scheduled", "set", "slated", "planned", "plans", "plan"};
  std::string_view w = words[i];
  std::string_view before = i > 0 ? words[i - 1] : w;
  std::string_view after = i + 1 < words.size() ? words[i + 1] : w;
  for (std::string_view f : kFuture) {
    if (w == f) return 1;
  }
  for (std::string_view a : kArranged) {
    if (w != a) continue;
    if (before == "was" || before == "were" || before == "had") return -1;
    if (after == "to" || after == "for" || after == "on" || before == "is" || before == "are") return 1;
  }
  // A participle after "be" carries no tense ("will be held", "is launched").
  if (before == "be" || before == "been" || before == "being" || before == "is" || before == "are") return 0;
  for (std::string_view p : kPast) {
    if (w == p) return -1;
  }
  // A regular past tense; not "-eed" ("need", "exceed") nor "hundred".
  bool ed = w.size() >= 5 && w.substr(w.size() - 2) == "ed" && w[w.size() - 3] != 'e' && w != "hundred";
  return ed ? -1 : 0;
}

}  // namespace

int TenseAround(std::string_view text, size_t start, size_t end) {
  auto stop = [&](size_t i) {  // a sentence ends at ". ", "! ", "? " or a line break
    char c = text[i];
    return c == '\n' || ((c == '.' || c == '!' || c == '?') && i + 1 < text.size() && text[i + 1] == ' ');
  };
  size_t from = start, to = end;
  while (from > 0 && start - from < 300 && !stop(from - 1)) --from;
  while (to < text.size() && to - end < 300 && !stop(to)) ++to;
  // The sentence's words but the date's own; "" for a capitalised word (a name, not a verb).
  std::vector<std::string_view> words;
  words.reserve(64);
  size_t date_at = 0;  // how many words come before the date
  auto alpha = [&](size_t i) { return std::isalpha(static_cast<unsigned char>(text[i])) != 0 && (i < start || i >= end); };
  for (size_t i = from; i < to;) {
    if (!alpha(i)) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < to && alpha(j)) ++j;
    bool name = std::isupper(static_cast<unsigned char>(text[i])) != 0;
    words.push_back(name ? std::string_view() : text.substr(i, j - i));
    if (i < start) date_at = words.size();
    i = j;
  }
  // The cue nearest before the date wins (the verb that governs it: "announced on May 5, it
  // will close": past), else the nearest after it ("On May 5 it will": future).
  int before = 0, after = 0;
  for (size_t i = 0; i < words.size(); ++i) {
    int t = words[i].empty() ? 0 : WordTense(words, i);
    if (t != 0 && i < date_at) before = t;
    if (t != 0 && i >= date_at && after == 0) after = t;
  }
  return before != 0 ? before : after;
}

int YearOfOccurrence(int month, int day, const core::CivilDate& published, int cue) {
  int64_t pub = core::DaysFromCivil(published);
  int best = 0;
  int64_t best_distance = 0;
  for (int year = published.year - 8; year <= published.year + 8; ++year) {
    if (day != 0 && !core::IsValidDate({year, month, day})) continue;  // a leap day
    int64_t first = core::DaysFromCivil({year, month, day == 0 ? 1 : day});
    int64_t last = day == 0 ? first + core::DaysInMonth(year, month) - 1 : first;
    if ((cue > 0 && last < pub) || (cue < 0 && first > pub)) continue;
    int64_t distance = first > pub ? first - pub : last < pub ? pub - last : 0;
    if (best == 0 || distance < best_distance) {
      best = year;
      best_distance = distance;
    }
  }
  return best;
}

// The `day` of the month nearest `published` (the earlier on a tie, at most 62 days
// after it) that falls on `weekday`; nothing within a year either way.
std::optional<core::CivilDate> DayOnWeekday(int day, int weekday, const core::CivilDate& published) {
  int64_t pub = core::DaysFromCivil(published);
  for (int k = 0; k <= 12; ++k) {
    for (int shift : {-k, k}) {
      core::CivilDate d = AddMonths({published.year, published.month, 1}, shift);
      d.day = day;
      if (!core::IsValidDate(d) || core::Weekday(d) != weekday) continue;
      if (core::DaysFromCivil(d) - pub <= 62) return d;
    }
  }
  return std::nullopt;
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
      anchor.type != core::ValueType::kDate || anchor.precision != core::DatePrecision::kDay || anchor.date.empty()) {
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
