// Dates: absolute ("April 27, 2026", "28 APRIL 2026"), partial ("27 April", "in February",
// "autumn 2025", "the first quarter") and relative ("on Monday", "yesterday", "this week",
// "last quarter"), resolved against the publication date to the precision they carry.
#include <re2/re2.h>

#include <cstdio>
#include <string>

#include "extract/claims/match_loop.h"
#include "extract/claims/values_internal.h"

namespace newsrecon::extract {
namespace {

// Capitalised or upper-case month names; "May" only where a day or year follows.
constexpr char kMonth[] =
    "(January|February|March|April|May|June|July|August|September|October|November|December|"
    "JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?";

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

core::Value DateValue(const Group& whole) {
  core::Value v;
  v.type = core::ValueType::kDate;
  v.text = std::string(whole.text);
  v.span = {whole.start, whole.end()};
  return v;
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

// Sets a date value to the day `day` (days since 1970) at the precision it has.
void ShiftTo(core::Value* v, int64_t day) {
  core::CivilDate d = core::CivilFromDays(day);
  if (v->precision == "week") {
    v->date = IsoWeek(d);
  } else if (v->precision == "month") {
    v->date = core::FormatIsoDate({d.year, d.month, 0});
  } else if (v->precision == "year") {
    v->date = core::FormatIsoDate({d.year, 0, 0});
  } else {
    v->date = core::FormatIsoDate(d);
  }
  v->amount = v->high = static_cast<double>(day);
}

// A month and day without a year belong to the publication year, unless that puts them
// well after publication (then the year before: news reports the past).
int YearFor(int month, int day, const DateContext& ctx) {
  if (!ctx.published) return 0;
  int year = ctx.published->year;
  core::CivilDate guess{year, month, day == 0 ? 1 : day};
  if (core::DaysFromCivil(guess) - core::DaysFromCivil(*ctx.published) > 62) --year;
  return year;
}

struct DatePatterns {
  RE2 month_day{std::string(kMonth) +
                             R"(\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4})\b)?)"};
  RE2 day_month{std::string(R"(\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?)") + kMonth +
                             R"((?:,?\s+(\d{4})\b)?)"};
  RE2 iso{R"(\b(\d{4})-(\d{2})-(\d{2})\b)"};
  RE2 month{std::string(R"((?:\b(?:in|since|until|by|from|through|during|early|late|mid-?|last|this|next)\s+)?)") +
                         kMonth + R"((?:\s+(\d{4})\b)?)"};
  RE2 season{R"((?i)\b(?:(last|this|next)\s+)?(spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(\d{4}))?\b)"};
  RE2 quarter{R"((?i)\b(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th|last|this|next|previous|current)\s+quarter(?:\s+of\s+(\d{4}))?\b|\bQ([1-4])\s?(\d{4})?\b)"};
  RE2 weekday{R"(\b(?:(?:on|last|this|next|this past|this coming)\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"};
  RE2 day_word{R"((?i)\b(yesterday|today|tomorrow)\b)"};
  RE2 period{R"((?i)\b(?:(earlier|later)\s+)?(this|last|next|past)\s+(week|month|year)\b)"};
};

const DatePatterns& Patterns() {
  static const DatePatterns kPatterns;
  return kPatterns;
}

void Absolute(const DateContext& ctx, std::vector<core::Value>* out,
              PatternScan* scan) {
  const DatePatterns& p = Patterns();
  auto add = [=](const Group& whole, int year, int month, int day) {
    core::Value v = DateValue(whole);
    if (year == 0) year = YearFor(month, day, ctx);
    core::CivilDate d{year, month, day};
    if (year != 0 && !core::IsValidDate(d)) return;
    v.precision = "day";
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
}

void Partial(const DateContext& ctx, std::vector<core::Value>* out,
             PatternScan* scan) {
  const DatePatterns& p = Patterns();
  // "in February", "February 2026", "early March"; a bare month needs a preposition.
  scan->Add(&p.month, [=](const std::vector<Group>& g) {
    bool has_prep = g[0].start < g[1].start;
    if (!has_prep && !g[2].matched()) return;  // "March" alone may be a verb or a name
    core::Value v = DateValue(g[0]);
    int m = MonthNumber(g[1].text);
    int year = g[2].matched() ? static_cast<int>(ParseNumber(g[2].text).value_or(0)) : YearFor(m, 0, ctx);
    v.precision = "month";
    if (year != 0) {
      v.date = core::FormatIsoDate({year, m, 0});
      v.amount = static_cast<double>(core::DaysFromCivil({year, m, 1}));
      v.high = v.amount + core::DaysInMonth(year, m) - 1;
    }
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
    v.precision = "season";
    if (year != 0) v.date = Interval(year, first, first + 2);
    out->push_back(std::move(v));
  });
  scan->Add(&p.quarter, [=](const std::vector<Group>& g) {
    core::Value v = DateValue(g[0]);
    std::string which = g[1].matched() ? Lower(g[1].text) : Lower(g[3].text);
    std::string year_text = g[2].matched() ? std::string(g[2].text) : std::string(g[4].text);
    int q = 0;
    int year = year_text.empty() ? 0 : static_cast<int>(ParseNumber(year_text).value_or(0));
    if (which == "first" || which == "1st" || which == "1") q = 1;
    if (which == "second" || which == "2nd" || which == "2") q = 2;
    if (which == "third" || which == "3rd" || which == "3") q = 3;
    if (which == "fourth" || which == "4th" || which == "4") q = 4;
    if (q == 0 && ctx.published) {  // relative: last, this, next, previous, current
      int current = (ctx.published->month - 1) / 3 + 1;
      int shift = (which == "last" || which == "previous") ? -1 : which == "next" ? 1 : 0;
      int index = ctx.published->year * 4 + current - 1 + shift;
      year = index / 4;
      q = index % 4 + 1;
    } else if (q != 0 && year == 0 && ctx.published) {
      year = ctx.published->year;
    }
    v.precision = "quarter";
    if (q != 0 && year != 0) v.date = Interval(year, q * 3 - 2, q * 3);
    out->push_back(std::move(v));
  });
}

void Relative(const DateContext& ctx, std::vector<core::Value>* out,
              PatternScan* scan) {
  const DatePatterns& p = Patterns();
  scan->Add(&p.weekday, [=](const std::vector<Group>& g) {
    core::Value v = DateValue(g[0]);
    v.precision = "day";
    if (ctx.published) {
      std::string lead = Lower(g[0].text.substr(0, g[0].text.size() - g[1].text.size()));
      int64_t pub = core::DaysFromCivil(*ctx.published);
      int back = (core::Weekday(*ctx.published) - WeekdayNumber(g[1].text) + 7) % 7;
      int64_t day = pub - back;  // the most recent such day, publication day included
      if (lead.find("next") != std::string::npos || lead.find("coming") != std::string::npos) {
        day = pub + (back == 0 ? 7 : 7 - back);
      } else if (lead.rfind("last", 0) == 0 && back == 0) {
        day -= 7;
      }
      core::CivilDate d = core::CivilFromDays(day);
      v.date = core::FormatIsoDate(d);
      v.amount = v.high = static_cast<double>(day);
    }
    out->push_back(std::move(v));
  });
  scan->Add(&p.day_word, [=](const std::vector<Group>& g) {
    core::Value v = DateValue(g[0]);
    v.precision = "day";
    if (ctx.published) {
      std::string w = Lower(g[1].text);
      int64_t day = core::DaysFromCivil(*ctx.published) + (w == "yesterday" ? -1 : w == "tomorrow" ? 1 : 0);
      v.date = core::FormatIsoDate(core::CivilFromDays(day));
      v.amount = v.high = static_cast<double>(day);
    }
    out->push_back(std::move(v));
  });
  scan->Add(&p.period, [=](const std::vector<Group>& g) {
    core::Value v = DateValue(g[0]);
    std::string which = Lower(g[2].text);
    std::string unit = Lower(g[3].text);
    v.precision = unit;
    if (ctx.published) {
      int shift = which == "last" || which == "past" ? -1 : which == "next" ? 1 : 0;
      const core::CivilDate& pub = *ctx.published;
      if (unit == "week") {
        v.date = IsoWeek(core::CivilFromDays(core::DaysFromCivil(pub) + 7 * shift));
      } else if (unit == "month") {
        int index = pub.year * 12 + pub.month - 1 + shift;
        v.date = core::FormatIsoDate({index / 12, index % 12 + 1, 0});
      } else {
        v.date = core::FormatIsoDate({pub.year + shift, 0, 0});
      }
    }
    out->push_back(std::move(v));
  });
}

}  // namespace

void AddDatePatterns(const DateContext& context,
                     std::vector<core::Value>* out, PatternScan* scan) {
  Absolute(context, out, scan);
  Partial(context, out, scan);
  Relative(context, out, scan);
}

std::vector<const RE2*> DatePatternList() {
  const DatePatterns& p = Patterns();
  return {&p.month_day, &p.day_month, &p.iso, &p.month, &p.season, &p.quarter,
          &p.weekday, &p.day_word, &p.period};
}

void ResolveAnaphoricDates(std::vector<core::Value>* values) {
  const core::Value* anchor = nullptr;
  for (core::Value& v : *values) {
    if (v.type != core::ValueType::kDate) continue;
    if (v.qualifier == "before" || v.qualifier == "after") {
      if (v.date.empty() && anchor != nullptr) {
        int64_t day = static_cast<int64_t>(anchor->amount) + static_cast<int64_t>(v.high);
        ShiftTo(&v, day);
      }
      continue;
    }
    if (v.precision == "day" && !v.date.empty()) anchor = &v;
  }
}

}  // namespace newsrecon::extract
