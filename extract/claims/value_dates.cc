// Dates: absolute ("April 27, 2026", "28 APRIL 2026"), partial ("27 April", "in February",
// "autumn 2025", "the first quarter") and relative ("on Monday", "yesterday", "this week",
// "last quarter"), resolved against the publication date to the precision they carry.
#include <re2/re2.h>

#include <algorithm>
#include <optional>
#include <cstdio>
#include <utility>
#include <string>

#include "extract/claims/match_loop.h"
#include "extract/claims/value_dates_internal.h"

namespace newsrecon::extract {
// Capitalised or upper-case month names; "May" only where a day or year follows.
extern const char kMonthPattern[] =
    "\\b((?:January|February|March|April|May|June|July|August|September|October|November|December|"
    "JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)\\b|"
    "(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\b\\.?)";  // whole words: no "Mar" in "Market";
                                                                 // a full stop only after a short name

// A weekday named before a date ("Mon, February 18", "Tuesday the 19th of March"): part of
// the date's mention; the date alone says which day it is.
extern const char kWeekdayBeforePattern[] =
    "(?:\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thur|"
    "Thurs|Fri|Sat|Sun)\\.?,?\\s+(?:the\\s+)?)?";

int MonthNumber(std::string_view name) {
  static const char* kNames[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                 "jul", "aug", "sep", "oct", "nov", "dec"};
  std::string lower = Lower(name.substr(0, 3));
  for (int i = 0; i < 12; ++i) {
    if (lower == kNames[i]) return i + 1;
  }
  return 0;
}

int WeekdayNumber(std::string_view name) {
  static const char* kNames[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
  std::string lower = Lower(name.substr(0, 3));
  for (int i = 0; i < 7; ++i) {
    if (lower == kNames[i]) return i;
  }
  return -1;
}

namespace {

// The precision a unit word of the patterns below names ("day", "week", "month", "quarter",
// "year": the only units they match).
core::DatePrecision UnitPrecision(const std::string& unit) {
  core::DatePrecision precision = core::DatePrecision::kNone;
  core::ParseDatePrecision(unit, &precision);
  return precision;
}

// The weekday a unit of the "ago" pattern names ("thursday"), or -1 ("day", "month").
int UnitWeekday(std::string_view unit) {
  return unit.size() >= 6 && unit.substr(unit.size() - 3) == "day" ? WeekdayNumber(unit) : -1;
}

std::string IsoWeek(const core::CivilDate& d) {
  // ISO 8601 week: the week with the year's first Thursday is week 1.
  int64_t days = core::DaysFromCivil(d);
  int64_t thursday = days - core::Weekday(d) + 3;
  core::CivilDate t = core::CivilFromDays(thursday);
  int64_t jan1 = core::DaysFromCivil({t.year, 1, 1});
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-W%02d", t.year, static_cast<int>((thursday - jan1) / 7 + 1));
  return buf;
}

std::string Interval(int year, int first_month, int last_month) {
  char buf[32];
  int last_year = last_month > 12 ? year + 1 : year;
  std::snprintf(buf, sizeof buf, "%04d-%02d/%04d-%02d", year, first_month, last_year,
                (last_month - 1) % 12 + 1);
  return buf;
}

}  // namespace

core::Value DateValue(const Group& whole) { return ValueAt(core::ValueType::kDate, whole); }

void SetMonth(core::Value* v, int year, int month) {
  v->precision = core::DatePrecision::kMonth;
  v->date = core::FormatIsoDate({year, month, 0});
  v->amount = static_cast<double>(core::DaysFromCivil({year, month, 1}));
  v->high = v->amount + core::DaysInMonth(year, month) - 1;
}

// Sets a date value to the day `day` (days since 1970) at the precision it has.
void ShiftTo(core::Value* v, int64_t day) {
  core::CivilDate d = core::CivilFromDays(day);
  if (v->precision == core::DatePrecision::kWeek) {
    v->date = IsoWeek(d);
  } else if (v->precision == core::DatePrecision::kMonth) {
    v->date = core::FormatIsoDate({d.year, d.month, 0});
  } else if (v->precision == core::DatePrecision::kYear) {
    v->date = core::FormatIsoDate({d.year, 0, 0});
  } else {
    v->date = core::FormatIsoDate(d);
  }
  v->amount = v->high = static_cast<double>(day);
}

// The year of a month and day written without one: by the tense of the words around
// them (`cue`, see TenseAround), else the publication's year.
int YearFor(int month, int day, const DateContext& ctx, int cue) {
  if (!ctx.published) return 0;
  return YearOfOccurrence(month, day, *ctx.published, cue);
}

// A two-digit year: this century up to ten years ahead of publication, else the last.
int FullYear(std::string_view digits, const DateContext& ctx) {
  int y = static_cast<int>(ParseNumber(digits).value_or(0));
  if (digits.size() != 2) return y;
  int pivot = (ctx.published ? ctx.published->year % 100 : 26) + 10;
  return y <= pivot ? 2000 + y : 1900 + y;
}

namespace {

// After a holiday's name, the year it is in said as a distance from publication: "in
// three years", "two years ago", "a year hence" (groups: count and unit after "in", or
// count, unit and direction).
const std::string kHolidayYearsAway = std::string(R"(|\s+(?:in\s+()") + kNum + "|" + kSmallWordNum +
                                      R"(|an?)\s+(month|year)s?|()" + kNum + "|" + kSmallWordNum +
                                      R"(|an?)\s+(month|year)s?\s+(ago|hence|from now))\b)?)";

struct DatePatterns {
  RE2 month_day{std::string(kWeekdayBeforePattern) + kMonthPattern +
                             R"(\s*(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?:of\s+)?(\d{4})\b)?)"};
  RE2 day_month{std::string(kWeekdayBeforePattern) + R"(\b(\d{1,2})(?:(?:st|nd|rd|th)(?:\s+day)?)?\s+(?:of\s+)?)" + kMonthPattern +
                             R"((?:,?\s+(?:of\s+)?(\d{4})\b)?)"};
  RE2 iso{R"(\b(\d{4})-(\d{1,2})-(\d{1,2})\b)"};
  // 2/29/2024, 10-31-74, 10.31.1974: month first (day first when the first is over 12).
  RE2 numeric{R"(\b(\d{1,2})([/.-])(\d{1,2})[/.-](\d{4}|\d{2})\b)"};
  // 11-Mar-2019, 31/Oct/74; 2019/Mar/11, 2019-03-11 with slashes; 20190311.
  RE2 day_mon_year{std::string(R"(\b(\d{1,2})[-/])") + kMonthPattern + R"([-/](\d{4}|\d{2})\b)"};
  RE2 year_mon_day{std::string(R"(\b(\d{4})[-/.])") + kMonthPattern + R"([-/.](\d{1,2})\b)"};
  RE2 year_slash{R"(\b(\d{4})([/.])(\d{1,2})[/.](\d{1,2})\b)"};  // 2019/3/11, 2019.03.11
  // "2014-10", "2014/10": a year and a month (not "2010-11", a year's span).
  RE2 year_month{R"(\b((?:1[89]|20)\d\d)[-/](0?[1-9]|1[0-2])\b)"};
  RE2 compact{R"(\b((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\b)"};
  // "Boxing Day", "Easter 2019", "next Christmas", "MLK day of last year", "Yom Kippur 2018",
  // "Eid al-Fitr in 2019".
  RE2 holiday{R"((?i)\b(?:(next|last|this)\s+)?()" + HolidayNamePattern() +
              R"()\b(?:,?\s+(?:in\s+|of\s+)?(\d{4})\b|\s+of\s+(last|next|this)\s+year\b)" + kHolidayYearsAway};
  RE2 ago{std::string("(?i)\\b(") + kNum + "|" + kSmallWordNum + R"(|an?|a couple of)\s+(day|week|fortnight|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\s+(ago|back|earlier|hence|from now|from today)\b)"};
  // Said from the story's own time: "the following day", "the week before"; from
  // publication, two units away: "the week after next", "the month before last".
  RE2 anaphoric{R"((?i)\bthe\s+(?:(following|next|previous|preceding)\s+(day|week|month|year)|(day|week|month|year)\s+(before|after|earlier|later)(?:\s+(next|last))?)\b)"};
  // The preposition may open the sentence ("In February, ..."); the month keeps its capital.
  RE2 month{std::string(R"((?:\b(?i:in|since|until|by|from|through|during|early|late|mid-?|last|this|next)\s+)?)") +
                         kMonthPattern + R"((?:\s+(?:of\s+)?(\d{4})\b)?)"};
  RE2 season{R"((?i)\b(?:(last|this|next)\s+)?(spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(\d{4}))?\b)"};
  RE2 quarter{R"((?i)\b(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th|last|this|next|previous|current|coming)\s+(?:quarter|qtr)(?:\s+(?:of\s+)?(\d{4}))?\b|\bQ([1-4])(?:(?:\s+of)?\s?(\d{4})|\s?['’](\d{2}))?\b|\b(\d{4}\s?|\d{2})Q([1-4])\b|\b([1-4])Q\s?['’]?(\d{4}|\d{2})\b)"};
  RE2 weekday{R"(\b(?:(?:on|last|this|next|this past|this coming|the following|the previous)\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"};
  RE2 day_word{R"((?i)\b(?:the\s+day\s+(after|before)\s+)?(yesterday|today|tomorrow)\b)"};
  // "next week", "this year"; "upcoming two weeks", "2 upcoming months": the unit that many ahead.
  RE2 period{std::string(R"((?i)\b(?:(earlier|later)\s+)?(this|last|next|past|current|coming|previous|upcoming|following)\s+(?:()") +
             kNum + "|" + kSmallWordNum + R"()\s+)?(day|week|month|quarter|year|yr)(s?)\b)"};
  RE2 upcoming{std::string("(?i)(") + kNum + "|" + kSmallWordNum + R"()\s+upcoming\s+(day|week|month|quarter|year)s?\b)"};
};

const DatePatterns& Patterns() {
  static const DatePatterns kPatterns;
  return kPatterns;
}


// The year a holiday named without one falls in: said by "of last/next/this year", by
// "next"/"last" (the first after, the last before publication), or else the year a month
// and day without one would take. 0 without a publication date.
int HolidayYear(const std::string& name, const std::string& which, const std::string& of_year,
                const DateContext& ctx, int cue) {
  if (!ctx.published) return 0;
  int year = ctx.published->year;
  if (!of_year.empty() || which == "this") {
    return year + (of_year == "last" ? -1 : of_year == "next" ? 1 : 0);
  }
  int64_t pub = core::DaysFromCivil(*ctx.published);
  if (which == "next") {
    return core::DaysFromCivil(Holiday(name, year)) > pub ? year : year + 1;
  }
  if (which == "last") {
    return core::DaysFromCivil(Holiday(name, year)) < pub ? year : year - 1;
  }
  core::CivilDate probe = Holiday(name, year);
  return YearFor(probe.month, probe.day, ctx, cue);
}

// The year of the day a holiday's "in three years" or "two months ago" (groups 5-9 of the
// holiday pattern) names from publication; 0 without a publication date.
int YearAway(const std::vector<Group>& g, const DateContext& ctx) {
  bool in = g[5].matched();
  std::string word = Lower(in ? g[5].text : g[7].text);
  auto count = word == "a" || word == "an" ? std::optional<double>(1) : ParseNumber(word);
  if (!ctx.published || !count) return 0;
  int sign = !in && Lower(g[9].text) == "ago" ? -1 : 1;
  return core::CivilFromDays(AgoDay(*ctx.published, static_cast<int>(*count) * sign, Lower(in ? g[6].text : g[8].text), -1)).year;
}

void Absolute(const DateContext& ctx, std::string_view text, std::vector<core::Value>* out,
              PatternScan* scan) {
  const DatePatterns& p = Patterns();
  auto add = [=](const Group& whole, int year, int month, int day) {
    core::Value v = DateValue(whole);
    if (year == 0) year = YearFor(month, day, ctx, TenseAround(text, whole.start, whole.end()));
    core::CivilDate d{year, month, day};
    if (year != 0 && !core::IsValidDate(d)) return;
    v.precision = core::DatePrecision::kDay;
    if (year != 0) {
      v.date = core::FormatIsoDate(d);
      v.amount = v.high = static_cast<double>(core::DaysFromCivil(d));
    }
    out->push_back(std::move(v));
  };
  scan->Add(&p.month_day, [=](const std::vector<Group>& g) {
    int year = g[3].matched() ? static_cast<int>(ParseNumber(g[3].text).value_or(0)) : 0;
    add(g[0], year, MonthNumber(g[1].text), static_cast<int>(ParseNumber(g[2].text).value_or(0)));
  });
  scan->Add(&p.day_month, [=](const std::vector<Group>& g) {
    int year = g[3].matched() ? static_cast<int>(ParseNumber(g[3].text).value_or(0)) : 0;
    add(g[0], year, MonthNumber(g[2].text), static_cast<int>(ParseNumber(g[1].text).value_or(0)));
  });
  scan->Add(&p.iso, [=](const std::vector<Group>& g) {
    add(g[0], static_cast<int>(ParseNumber(g[1].text).value_or(0)),
        static_cast<int>(ParseNumber(g[2].text).value_or(0)),
        static_cast<int>(ParseNumber(g[3].text).value_or(0)));
  });
  auto n = [](const Group& g) { return static_cast<int>(ParseNumber(g.text).value_or(0)); };
  scan->Add(&p.numeric, [=](const std::vector<Group>& g) {
    int first = n(g[1]), second = n(g[3]);
    if (g[2].text == "." && g[4].text.size() == 2) return;  // "1.5.10" is no date
    if (first > 12) std::swap(first, second);               // 31/10/1974
    add(g[0], FullYear(g[4].text, ctx), first, second);
  });
  scan->Add(&p.day_mon_year, [=](const std::vector<Group>& g) {
    add(g[0], FullYear(g[3].text, ctx), MonthNumber(g[2].text), n(g[1]));
  });
  scan->Add(&p.year_mon_day, [=](const std::vector<Group>& g) {
    add(g[0], n(g[1]), MonthNumber(g[2].text), n(g[3]));
  });
  scan->Add(&p.year_slash, [=](const std::vector<Group>& g) { add(g[0], n(g[1]), n(g[3]), n(g[4])); });
  scan->Add(&p.compact, [=](const std::vector<Group>& g) { add(g[0], n(g[1]), n(g[2]), n(g[3])); });
  scan->Add(&p.year_month, [=](const std::vector<Group>& g) {
    int year = n(g[1]), month = n(g[2]);
    if ((year + 1) % 100 == month) return;  // "2010-11": the span of a season or fiscal year
    core::Value v = DateValue(g[0]);
    SetMonth(&v, year, month);
    out->push_back(std::move(v));
  });
  scan->Add(&p.holiday, [=](const std::vector<Group>& g) {
    std::string name(g[2].text);
    int year = g[3].matched() ? n(g[3])
               : g[5].matched() || g[7].matched() ? YearAway(g, ctx)
                                                  : HolidayYear(name, Lower(g[1].text), Lower(g[4].text), ctx,
                                                                TenseAround(text, g[0].start, g[0].end()));
    core::CivilDate d = Holiday(name, year == 0 ? 2000 : year);
    if (d.month == 0) return;
    if (year == 0) {  // no year and no publication date: typed, unresolved
      out->push_back(DateValue(g[0]));
      out->back().precision = core::DatePrecision::kDay;
      return;
    }
    add(g[0], d.year, d.month, d.day);
  });
}

void Partial(const DateContext& ctx, std::string_view text, std::vector<core::Value>* out,
             PatternScan* scan) {
  const DatePatterns& p = Patterns();
  // "in February", "February 2026", "early March"; a bare month needs a preposition.
  scan->Add(&p.month, [=](const std::vector<Group>& g) {
    bool has_prep = g[0].start < g[1].start;
    if (!has_prep && !g[2].matched()) return;  // "March" alone may be a verb or a name
    core::Value v = DateValue(g[0]);
    int m = MonthNumber(g[1].text);
    int year = g[2].matched() ? static_cast<int>(ParseNumber(g[2].text).value_or(0))
                              : YearFor(m, 0, ctx, TenseAround(text, g[0].start, g[0].end()));
    std::string prep = Lower(g[0].text.substr(0, g[1].start - g[0].start));
    if (!g[2].matched() && ctx.published && (prep.rfind("next", 0) == 0 || prep.rfind("last", 0) == 0)) {
      // "next March": the first after publication's month; "last March" the last before it.
      int y = ctx.published->year, now = ctx.published->month;
      year = prep[0] == 'n' ? (m > now ? y : y + 1) : (m < now ? y : y - 1);
    } else if (!g[2].matched() && ctx.published && prep.rfind("this", 0) == 0) {
      year = ctx.published->year;
    }
    v.precision = core::DatePrecision::kMonth;
    if (year != 0) SetMonth(&v, year, m);
    out->push_back(std::move(v));
  });
  scan->Add(&p.season, [=](const std::vector<Group>& g) {
    if (!g[1].matched() && !g[3].matched()) return;  // "summer" alone: no time to pin
    core::Value v = DateValue(g[0]);
    std::string s = Lower(g[2].text);
    int first = s == "spring" ? 3 : s == "summer" ? 6 : (s == "autumn" || s == "fall") ? 9 : 12;
    int year = g[3].matched() ? static_cast<int>(ParseNumber(g[3].text).value_or(0))
                              : (ctx.published ? ctx.published->year : 0);
    if (g[1].matched() && Lower(g[1].text) == "last" && year != 0) --year;
    if (g[1].matched() && Lower(g[1].text) == "next" && year != 0) ++year;
    v.precision = core::DatePrecision::kSeason;
    if (year != 0) v.date = Interval(year, first, first + 2);
    out->push_back(std::move(v));
  });
  scan->Add(&p.quarter, [=](const std::vector<Group>& g) {
    core::Value v = DateValue(g[0]);
    // "the first quarter of 2019", "Q1 2019", "Q1 '19", "2019Q1", "19Q1", "1Q19", "1Q 2019".
    std::string which = Lower(g[1].matched() ? g[1].text : g[3].matched() ? g[3].text : g[7].matched() ? g[7].text : g[8].text);
    std::string_view year_text;
    for (int i : {2, 4, 5, 6, 9}) {
      if (g[i].matched()) year_text = g[i].text.substr(0, g[i].text.find(' '));
    }
    int q = 0;
    int year = year_text.empty() ? 0 : FullYear(year_text, ctx);
    if (which == "first" || which == "1st" || which == "1") q = 1;
    if (which == "second" || which == "2nd" || which == "2") q = 2;
    if (which == "third" || which == "3rd" || which == "3") q = 3;
    if (which == "fourth" || which == "4th" || which == "4" || (which == "last" && year != 0)) q = 4;
    if (q == 0 && ctx.published) {  // relative: last, this, next, previous, current
      int current = (ctx.published->month - 1) / 3 + 1;
      int shift = (which == "last" || which == "previous") ? -1 : (which == "next" || which == "coming") ? 1 : 0;
      int index = ctx.published->year * 4 + current - 1 + shift;
      year = index / 4;
      q = index % 4 + 1;
    } else if (q != 0 && year == 0 && ctx.published) {
      year = ctx.published->year;
    }
    v.precision = core::DatePrecision::kQuarter;
    if (q != 0 && year != 0) v.date = Interval(year, q * 3 - 2, q * 3);
    out->push_back(std::move(v));
  });
}

// The `unit` (day, week, month, quarter, year) `shift` units from publication, at that
// unit's precision ("next week", "upcoming two months": Duckling's reading).
core::Value UnitAhead(const Group& whole, const std::string& unit, int shift, const DateContext& ctx) {
  core::Value v = DateValue(whole);
  v.precision = UnitPrecision(unit);
  if (!ctx.published) return v;
  const core::CivilDate& pub = *ctx.published;
  if (unit == "day" || unit == "week") {
    int64_t day = core::DaysFromCivil(pub) + (unit == "week" ? 7 : 1) * shift;
    v.date = unit == "week" ? IsoWeek(core::CivilFromDays(day)) : core::FormatIsoDate(core::CivilFromDays(day));
  } else if (unit == "month" || unit == "quarter") {
    int per = unit == "month" ? 1 : 3;
    int index = pub.year * 12 + (pub.month - 1) / per * per + per * shift;
    v.date = per == 1 ? core::FormatIsoDate({index / 12, index % 12 + 1, 0}) : Interval(index / 12, index % 12 + 1, index % 12 + 3);
  } else {
    v.date = core::FormatIsoDate({pub.year + shift, 0, 0});
  }
  return v;
}

void Relative(const DateContext& ctx, std::string_view text, std::vector<core::Value>* out,
              PatternScan* scan) {
  const DatePatterns& p = Patterns();
  scan->Add(&p.weekday, [=](const std::vector<Group>& g) {
    core::Value v = DateValue(g[0]);
    v.precision = core::DatePrecision::kDay;
    if (ctx.published) {
      std::string lead = Lower(g[0].text.substr(0, g[0].text.size() - g[1].text.size()));
      int64_t day = WeekdayDay(lead, WeekdayNumber(g[1].text), *ctx.published,
                               TenseAround(text, g[0].start, g[0].end()));
      core::CivilDate d = core::CivilFromDays(day);
      v.date = core::FormatIsoDate(d);
      v.amount = v.high = static_cast<double>(day);
    }
    out->push_back(std::move(v));
  });
  scan->Add(&p.day_word, [=](const std::vector<Group>& g) {
    core::Value v = DateValue(g[0]);
    v.precision = core::DatePrecision::kDay;
    if (ctx.published) {
      std::string w = Lower(g[2].text);
      int64_t day = core::DaysFromCivil(*ctx.published) + (w == "yesterday" ? -1 : w == "tomorrow" ? 1 : 0);
      if (g[1].matched()) day += Lower(g[1].text) == "after" ? 1 : -1;  // "the day after tomorrow"
      v.date = core::FormatIsoDate(core::CivilFromDays(day));
      v.amount = v.high = static_cast<double>(day);
    }
    out->push_back(std::move(v));
  });
  scan->Add(&p.ago, [=](const std::vector<Group>& g) {
    core::Value v = DateValue(g[0]);
    std::string unit = Lower(g[2].text);
    std::string word = Lower(g[1].text);
    auto count = word == "a couple of" ? std::optional<double>(2) : ParseNumber(word);
    if (!count) return;
    if (unit == "fortnight") {  // two weeks
      unit = "week";
      *count *= 2;
    }
    std::string way = Lower(g[3].text);
    bool past = way == "ago" || way == "earlier" || way == "back";
    v.qualifier = past ? "ago" : "hence";
    // The value is the day that far away ("three weeks ago": that Tuesday; years: that
    // month), as Duckling resolves it; `precision` keeps the unit the count was said in, so
    // the figure is known only that closely.
    v.precision = UnitWeekday(unit) >= 0 ? core::DatePrecision::kDay : UnitPrecision(unit);
    if (ctx.published) {
      int64_t day = AgoDay(*ctx.published, static_cast<int>(*count) * (past ? -1 : 1), unit, UnitWeekday(unit));
      core::CivilDate d = core::CivilFromDays(day);
      if (unit == "year" && way != "from today") d.day = 0;
      v.date = core::FormatIsoDate(d);
      v.amount = v.high = static_cast<double>(day);
    }
    out->push_back(std::move(v));
  });
  scan->Add(&p.anaphoric, [=](const std::vector<Group>& g) {
    std::string unit = Lower(g[2].matched() ? g[2].text : g[3].text);
    std::string which = Lower(g[1].matched() ? g[1].text : g[4].text);
    bool before = which == "previous" || which == "preceding" || which == "before" || which == "earlier";
    Group whole = g[0];
    if (g[5].matched()) {
      // "the week after next": two units from publication; "the day after last week's
      // vote" is "the day after" and a date of its own.
      if (!WordAfter(text, g[5].end()).empty()) {
        whole = Group{text.substr(g[0].start, g[4].end() - g[0].start), g[0].start};
      } else if ((Lower(g[5].text) == "next") != before) {
        out->push_back(UnitAhead(g[0], unit, before ? -2 : 2, ctx));
        return;
      }
    }
    core::Value v = DateValue(whole);
    double step = unit == "week" ? 7 : unit == "month" ? 30 : unit == "year" ? 365 : 1;
    v.precision = UnitPrecision(unit);
    v.qualifier = before ? "before" : "after";
    v.amount = before ? -step : step;  // the offset until resolved
    // Without an earlier day in the text, a week, month or year said this way is counted
    // from publication ("the following week": next week), as Duckling does; a day is not
    // (it would be a precise day only a guess gives).
    v.high = 0;
    if (ctx.published && unit != "day") {
      v.high = static_cast<double>(AgoDay(*ctx.published, before ? -1 : 1, unit, -1));
    }
    out->push_back(std::move(v));
  });
  scan->Add(&p.period, [=](const std::vector<Group>& g) {
    std::string which = Lower(g[2].text);
    std::string unit = Lower(g[4].text);
    if (unit == "yr") unit = "year";
    // A count only after "upcoming" ("the next two weeks" is a span); without one, one unit
    // ("next week"; "next day" and "this quarter" have patterns of their own).
    if (g[3].matched() && which != "upcoming") return;
    if (!g[3].matched() && (unit == "day" || unit == "quarter" || !g[5].text.empty())) return;
    int shift = which == "last" || which == "past" || which == "previous" ? -1
                : which == "next" || which == "coming" || which == "upcoming" || which == "following" ? 1 : 0;
    if (g[3].matched()) shift = static_cast<int>(ParseNumber(g[3].text).value_or(0));
    core::Value v = UnitAhead(g[0], unit, shift, ctx);
    if (g[1].matched() && shift == 0) KeepSideOfPublication(&v, Lower(g[1].text) == "earlier", ctx);
    out->push_back(std::move(v));
  });
  scan->Add(&p.upcoming, [=](const std::vector<Group>& g) {
    out->push_back(UnitAhead(g[0], Lower(g[2].text), static_cast<int>(ParseNumber(g[1].text).value_or(0)), ctx));
  });
}

}  // namespace

void AddDatePatterns(std::string_view text, const DateContext& context,
                     std::vector<core::Value>* out, PatternScan* scan) {
  Absolute(context, text, out, scan);
  Partial(context, text, out, scan);
  Relative(context, text, out, scan);
  AddMonthDayPatterns(text, context, out, scan);
}

std::vector<const RE2*> DatePatternList() {
  const DatePatterns& p = Patterns();
  std::vector<const RE2*> list{&p.month_day, &p.day_month, &p.iso, &p.numeric, &p.day_mon_year, &p.year_mon_day,
          &p.year_slash, &p.year_month, &p.compact, &p.holiday, &p.month, &p.season, &p.quarter,
          &p.weekday, &p.day_word, &p.ago, &p.anaphoric, &p.period, &p.upcoming};
  for (const RE2* re : MonthDayPatternList()) list.push_back(re);
  return list;
}

void ResolveAnaphoricDates(std::vector<core::Value>* values) {
  const core::Value* anchor = nullptr;
  for (core::Value& v : *values) {
    if (v.type != core::ValueType::kDate) continue;
    if ((v.qualifier == "before" || v.qualifier == "after") && v.date.empty()) {
      if (anchor != nullptr) {
        ShiftTo(&v, static_cast<int64_t>(anchor->amount) + static_cast<int64_t>(v.amount));
      } else if (v.high != 0) {
        ShiftTo(&v, static_cast<int64_t>(v.high));
      } else {
        v.amount = v.high = 0;  // nothing to count from: typed, unresolved
      }
      continue;
    }
    if (v.precision == core::DatePrecision::kDay && !v.date.empty()) anchor = &v;
  }
}

}  // namespace newsrecon::extract
