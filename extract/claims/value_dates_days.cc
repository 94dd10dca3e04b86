// Dates written as a day within a month: by its place ("the 20th of next month", "the first
// Monday of March", "the second last week of 2018"), by its weekday ("Tuesday the 19th"),
// an ordinal word ("the first of March", "March third"), a day alone after a preposition
// ("on the 15th") or month and day in figures without a year ("2/15").
#include <re2/re2.h>

#include <cctype>
#include <optional>
#include <string>
#include <vector>

#include "extract/claims/value_dates_internal.h"

namespace newsrecon::extract {
namespace {

// An ordinal day of a month in words, "first" to "thirty-first" (no group).
#define NEWSRECON_ORDINAL_DAY                                                                         \
  "(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|" \
  "fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|"            \
  "twenty[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirty[- ]first)"

struct MonthDayPatterns {
  // "the 20th of next month", "the 5th day of this month", "the first day of next month".
  RE2 day_of_period{R"((?i)\b(?:the\s+)?(\d{1,2}|)" NEWSRECON_ORDINAL_DAY R"()(?:st|nd|rd|th)?(?:\s+day)?\s+of\s+(?:the\s+)?(this|next|last|previous|current|coming)\s+month\b)"};
  // "the first Monday of March 2014", "the last Friday of the month", "the second Tuesday in this month".
  RE2 nth_weekday{std::string(R"(\b(?:the\s+)?((?i:first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th))\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+(?:of|in)\s+(?:(?i:the|this)\s+month\b|((?i:next|last|previous))\s+month\b|)") +
                  kMonthPattern + R"((?:,?\s+(\d{4})\b)?))"};
  // "the third last week of 2018", "the last day of October 2018", "the 2nd last week of March",
  // "the last day of the month", "the last week of next month".
  RE2 nth_last{std::string(R"((?i:\b(?:the\s+)?(?:(second|third|fourth|fifth|2nd|3rd|4th|5th)\s+)?last\s+(day|week)\s+(?:of|in)\s+)(?:)") +
               kMonthPattern + R"((?:,?\s+(\d{4}))?|(\d{4})|((?i:the|this|next|last|previous))\s+(?i:month))\b)"};
  // "Tuesday the 19th", "Thu 15th": the day of a month near publication that falls on that weekday.
  RE2 weekday_day{R"(\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,?\s+(the\s+)?(\d{1,2})(st|nd|rd|th)?\b)"};
  // "the first of March", "Tuesday, the twenty-first of March 2017".
  RE2 ordinal_of_month{std::string(kWeekdayBeforePattern) + R"(\b(?:(?i:the)\s+)?()" NEWSRECON_ORDINAL_DAY
                       R"()\s+(?:(?i:day)\s+)?(?i:of)\s+)" + kMonthPattern + R"((?:,?\s+(?:of\s+)?(\d{4})\b)?)"};
  // "March first", "March the third, 2015".
  RE2 month_ordinal{std::string(kWeekdayBeforePattern) + kMonthPattern + R"(\s+(?:the\s+)?()" NEWSRECON_ORDINAL_DAY
                    R"()\b(?:,?\s+(\d{4})\b)?)"};
  // "Feb13", "Wed, Feb13": a short month name run into its day.
  RE2 month_glued{std::string(kWeekdayBeforePattern) +
                  R"(\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)(\d{1,2})(?:st|nd|rd|th)?\b)"};
  // "on the 15th", "by the first": a day of the month alone, after a preposition.
  RE2 day_alone{R"((?i)\b(?:on|by|until|till|since|from|before|after|through)\s+(the\s+(\d{1,2}(?:st|nd|rd|th)|)" NEWSRECON_ORDINAL_DAY R"())\b)"};
  // "2/15", "on 12/5": month and day in figures without a year.
  RE2 month_slash_day{R"(\b(\d{1,2})/(\d{1,2})\b)"};
  // "10/2014": a month and its year in figures.
  RE2 month_slash_year{R"(\b(0?[1-9]|1[0-2])/((?:19|20)\d\d)\b)"};
  // "14th April 15", "3rd of March '19": an ordinal day, its month and a two-digit year.
  RE2 day_month_short_year{std::string(R"(\b(\d{1,2})(?:st|nd|rd|th)\s+(?:of\s+)?)") + kMonthPattern +
                           R"(,?\s+['’]?(\d{2})\b)"};
  // "Wednesday of next week", "Sunday from last week", "Monday this week"; "last week's Sunday".
  RE2 weekday_of_week{R"(\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+(?:(?i:of|from)\s+)?((?i:this|next|last|the following|the previous|the coming))\s+(?i:week)\b)"};
  // "Wednesday after next", "Friday before last": the second such day ahead or back.
  RE2 weekday_after_next{R"(\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+((?i:after next|before last))\b)"};
  RE2 week_s_weekday{R"(\b((?i:this|next|last))\s+(?i:week)['’]s\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"};
  // "the ides of March": the 15th of March, May, July and October, the 13th of the others.
  RE2 ides{std::string(R"(\b(?i:the\s+)?(?i:ides)\s+of\s+)") + kMonthPattern + R"((?:,?\s+(\d{4})\b)?)"};
  // "the first week of October 2014": that many weeks on from the week of the month's first day.
  RE2 nth_week{std::string(R"(\b(?:(?i:the)\s+)?()" NEWSRECON_ORDINAL_DAY R"(|[1-5](?:st|nd|rd|th))\s+(?i:week)\s+(?i:of|in)\s+)") +
               kMonthPattern + R"((?:,?\s+(\d{4})\b)?)"};
};

#undef NEWSRECON_ORDINAL_DAY

const MonthDayPatterns& Patterns() {
  static const MonthDayPatterns kPatterns;
  return kPatterns;
}

// The day an ordinal gives, in figures ("15th") or words ("twenty-first"); 0 for neither.
int DayRank(std::string_view word) {
  if (!word.empty() && std::isdigit(static_cast<unsigned char>(word[0]))) {
    return static_cast<int>(ParseNumber(word.substr(0, word.find_first_not_of("0123456789"))).value_or(0));
  }
  return static_cast<int>(OrdinalWordValue(word));
}

bool IsWordIn(std::string_view word, std::initializer_list<std::string_view> words) {
  std::string w = Lower(word);
  for (std::string_view x : words) {
    if (w == x) return true;
  }
  return false;
}

// The word that ends at or before text[at] (spaces and one comma skipped), or "".
std::string_view WordBefore(std::string_view text, size_t at) {
  size_t end = at;
  while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == ',')) --end;
  size_t start = end;
  while (start > 0 && std::isalpha(static_cast<unsigned char>(text[start - 1]))) --start;
  return text.substr(start, end - start);
}

// Whether a day written alone ends its clause: what follows is punctuation, the text's end,
// or a word that cannot be the noun an ordinal counts ("on the 15th floor", "the first
// half", "the 2nd round" are no dates).
bool EndsClause(std::string_view text, size_t end) {
  if (end < text.size() && (text[end] == '-' || std::isdigit(static_cast<unsigned char>(text[end])))) return false;
  std::string_view next = WordAfter(text, end);
  return next.empty() || IsWordIn(next, {"and", "or", "but", "when", "at", "after", "before", "until", "as", "because",
                                         "while", "if", "with", "this", "next", "last", "in", "to", "from", "so"});
}

// Whether "2/15" is a date: only after a preposition or a weekday ("on 2/15", "Thu 2/15").
// Alone it is as likely a fraction ("1/5" is a fifth) or a score ("rated 8/10"), and parts of
// longer figures ("1/2/3", "3/4%") are neither.
bool SlashDayIsDate(std::string_view text, size_t start, size_t end) {
  if (start > 0 && std::string_view("/.,-:$").find(text[start - 1]) != std::string_view::npos) return false;
  if (end < text.size() && std::string_view("/%").find(text[end]) != std::string_view::npos) return false;
  if (end + 1 < text.size() && (text[end] == '.' || text[end] == ',' || text[end] == '-') &&
      std::isdigit(static_cast<unsigned char>(text[end + 1]))) {
    return false;
  }
  std::string_view before = WordBefore(text, start);
  return IsWordIn(before, {"on", "by", "until", "till", "since", "from", "before", "after", "through", "dated",
                           "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon",
                           "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"});
}

// The day `day` of the month before, of, or after publication's: with `cue` 1 the first on
// or after publication, -1 the last on or before it, 0 the nearest (the earlier on a tie).
std::optional<core::CivilDate> DayNear(int day, const core::CivilDate& pub, int cue) {
  int64_t p = core::DaysFromCivil(pub);
  std::optional<core::CivilDate> best;
  int64_t best_distance = 0;
  for (int shift = -2; shift <= 2; ++shift) {
    core::CivilDate d = AddMonths({pub.year, pub.month, 1}, shift);
    d.day = day;
    if (!core::IsValidDate(d)) continue;
    int64_t at = core::DaysFromCivil(d);
    if ((cue > 0 && at < p) || (cue < 0 && at > p)) continue;
    int64_t distance = at > p ? at - p : p - at;
    if (!best || distance < best_distance) {
      best = d;
      best_distance = distance;
    }
  }
  return best;
}

void AddDay(const Group& whole, const core::CivilDate& d, std::vector<core::Value>* out) {
  if (!core::IsValidDate(d)) return;
  core::Value v = DateValue(whole);
  v.precision = core::DatePrecision::kDay;
  ShiftTo(&v, core::DaysFromCivil(d));
  out->push_back(std::move(v));
}

// A day of a month written by its place in it: "the 20th of next month", "the first Monday
// of March", "Tuesday the 19th".
void ByPlace(const DateContext& ctx, std::string_view text, std::vector<core::Value>* out,
                 PatternScan* scan) {
  const MonthDayPatterns& p = Patterns();
  auto add = [=](const Group& whole, const core::CivilDate& d) { AddDay(whole, d, out); };
  auto shifted = [=](std::string_view which) {  // the publication's month, moved by a word
    std::string w = Lower(which);
    int shift = w == "next" || w == "coming" ? 1 : w == "last" || w == "previous" ? -1 : 0;
    return AddMonths({ctx.published->year, ctx.published->month, 1}, shift);
  };
  scan->Add(&p.day_of_period, [=](const std::vector<Group>& g) {
    if (!ctx.published) return;
    core::CivilDate m = shifted(g[2].text);
    add(g[0], {m.year, m.month, DayRank(g[1].text)});
  });
  scan->Add(&p.nth_weekday, [=](const std::vector<Group>& g) {
    std::string nth = Lower(g[1].text);
    int n = nth == "last" ? -1 : nth[0] == 'f' ? (nth == "first" ? 1 : nth == "fourth" ? 4 : 5)
          : nth[0] == 's' ? 2 : nth[0] == 't' ? 3 : nth[0] - '0';
    core::CivilDate m{0, 0, 1};
    if (g[4].matched()) {
      m.month = MonthNumber(g[4].text);
      m.year = g[5].matched() ? static_cast<int>(ParseNumber(g[5].text).value_or(0))
                              : YearFor(m.month, 0, ctx, TenseAround(text, g[0].start, g[0].end()));
    } else if (ctx.published) {
      m = shifted(g[3].matched() ? g[3].text : "this");
    }
    if (m.year == 0) return;
    core::CivilDate d = NthWeekday(m.year, m.month, WeekdayNumber(g[2].text), n);
    if (d.day <= core::DaysInMonth(d.year, d.month)) add(g[0], d);
  });
  scan->Add(&p.nth_last, [=](const std::vector<Group>& g) {
    int n = g[1].matched() ? OrdinalRank(Lower(g[1].text)) : 1;
    int month = g[3].matched() ? MonthNumber(g[3].text) : 12;
    int year = g[4].matched() || g[5].matched() ? static_cast<int>(ParseNumber(g[g[4].matched() ? 4 : 5].text).value_or(0))
                                                : YearFor(month, 0, ctx, TenseAround(text, g[0].start, g[0].end()));
    if (g[6].matched()) {  // "the last day of next month": a month from publication's
      if (!ctx.published) return;
      core::CivilDate m = shifted(g[6].text);
      year = m.year;
      month = m.month;
    }
    if (year == 0 || n < 1) return;
    bool week = Lower(g[2].text) == "week";
    core::CivilDate d = NthLastOf({year, month, core::DaysInMonth(year, month)}, n, week);
    if (!week) return add(g[0], d);
    core::Value v = DateValue(g[0]);
    v.precision = core::DatePrecision::kWeek;
    ShiftTo(&v, core::DaysFromCivil(d));
    out->push_back(std::move(v));
  });
  scan->Add(&p.weekday_day, [=](const std::vector<Group>& g) {
    if (!ctx.published || (!g[2].matched() && !g[4].matched())) return;  // "Sunday 19 people"
    int day = static_cast<int>(ParseNumber(g[3].text).value_or(0));
    int cue = TenseAround(text, g[0].start, g[0].end());
    if (auto d = DayOnWeekday(day, WeekdayNumber(g[1].text), *ctx.published, cue)) add(g[0], *d);
  });
}

// "the first of March", "March third", "Feb13", "on the 15th", "2/15".
void ByDay(const DateContext& ctx, std::string_view text, std::vector<core::Value>* out, PatternScan* scan) {
  const MonthDayPatterns& p = Patterns();
  // A month and day; the year written, else the tense of the sentence places it.
  auto month_day = [=](const Group& whole, int month, int day, const Group& year) {
    int y = year.matched() ? static_cast<int>(ParseNumber(year.text).value_or(0))
                           : YearFor(month, day, ctx, TenseAround(text, whole.start, whole.end()));
    if (y == 0) {  // no publication date: typed, unresolved
      out->push_back(DateValue(whole));
      out->back().precision = core::DatePrecision::kDay;
      return;
    }
    AddDay(whole, {y, month, day}, out);
  };
  scan->Add(&p.ordinal_of_month, [=](const std::vector<Group>& g) {
    month_day(g[0], MonthNumber(g[2].text), DayRank(g[1].text), g[3]);
  });
  scan->Add(&p.month_ordinal, [=](const std::vector<Group>& g) {
    size_t end = g[2].end();
    if (!g[3].matched() && end < text.size() && text[end] == '-') return;  // "March first-quarter"
    month_day(g[0], MonthNumber(g[1].text), DayRank(g[2].text), g[3]);
  });
  scan->Add(&p.month_glued, [=](const std::vector<Group>& g) {
    month_day(g[0], MonthNumber(g[1].text), DayRank(g[2].text), Group{});
  });
  scan->Add(&p.day_alone, [=](const std::vector<Group>& g) {
    if (!ctx.published || !EndsClause(text, g[0].end())) return;
    int day = DayRank(g[2].text);
    int cue = TenseAround(text, g[1].start, g[1].end());
    auto d = DayNear(day, *ctx.published, cue == 0 ? 1 : cue);  // no tense: the next (Duckling)
    if (d) AddDay(g[1], *d, out);  // the span leaves the preposition out
  });
  scan->Add(&p.month_slash_day, [=](const std::vector<Group>& g) {
    if (!SlashDayIsDate(text, g[0].start, g[0].end())) return;
    int month = static_cast<int>(ParseNumber(g[1].text).value_or(0));
    int day = static_cast<int>(ParseNumber(g[2].text).value_or(0));
    if (month > 12) std::swap(month, day);  // "on 15/2", as Britain writes it
    if (month < 1 || month > 12 || day < 1) return;
    month_day(g[0], month, day, Group{});
  });
}

// "Wednesday of next week", "last week's Sunday", "Wednesday after next".
void ByWeek(const DateContext& ctx, std::vector<core::Value>* out, PatternScan* scan) {
  const MonthDayPatterns& p = Patterns();
  auto in_week = [=](const Group& whole, std::string_view which, std::string_view weekday) {
    if (!ctx.published) return;
    std::string w = Lower(which);
    int shift = w == "next" || w == "the following" ? 1 : w == "last" || w == "the previous" ? -1 : 0;
    int64_t monday = core::DaysFromCivil(*ctx.published) - core::Weekday(*ctx.published);
    AddDay(whole, core::CivilFromDays(monday + 7 * shift + WeekdayNumber(weekday)), out);
  };
  scan->Add(&p.weekday_of_week, [=](const std::vector<Group>& g) { in_week(g[0], g[2].text, g[1].text); });
  scan->Add(&p.weekday_after_next, [=](const std::vector<Group>& g) {
    if (!ctx.published) return;
    int k = Lower(g[2].text) == "after next" ? 2 : -2;
    AddDay(g[0], core::CivilFromDays(AgoDay(*ctx.published, k, "day", WeekdayNumber(g[1].text))), out);
  });
  scan->Add(&p.week_s_weekday, [=](const std::vector<Group>& g) { in_week(g[0], g[1].text, g[2].text); });
}

// "the ides of March", "the first week of October 2014", "10/2014", "14th April 15".
void ByShortForms(const DateContext& ctx, std::string_view text, std::vector<core::Value>* out, PatternScan* scan) {
  const MonthDayPatterns& p = Patterns();
  auto year_of = [=](const Group& whole, int month, int day, const Group& year) {
    return year.matched() ? static_cast<int>(ParseNumber(year.text).value_or(0))
                          : YearFor(month, day, ctx, TenseAround(text, whole.start, whole.end()));
  };
  scan->Add(&p.ides, [=](const std::vector<Group>& g) {
    int month = MonthNumber(g[1].text);
    int day = month == 3 || month == 5 || month == 7 || month == 10 ? 15 : 13;
    if (int year = year_of(g[0], month, day, g[2]); year != 0) AddDay(g[0], {year, month, day}, out);
  });
  scan->Add(&p.nth_week, [=](const std::vector<Group>& g) {
    int month = MonthNumber(g[2].text), n = DayRank(g[1].text);
    int year = year_of(g[0], month, 0, g[3]);
    if (year == 0 || n < 1 || n > 5) return;
    core::Value v = DateValue(g[0]);
    v.precision = core::DatePrecision::kWeek;
    ShiftTo(&v, core::DaysFromCivil({year, month, 1}) + 7 * (n - 1));
    out->push_back(std::move(v));
  });
  scan->Add(&p.month_slash_year, [=](const std::vector<Group>& g) {
    size_t start = g[0].start, end = g[0].end();  // not inside a longer figure ("1/10/2014")
    if ((start > 0 && std::string_view("/.-").find(text[start - 1]) != std::string_view::npos) ||
        (end < text.size() && std::string_view("/.-%").find(text[end]) != std::string_view::npos)) {
      return;
    }
    int month = static_cast<int>(ParseNumber(g[1].text).value_or(0)), year = static_cast<int>(ParseNumber(g[2].text).value_or(0));
    core::Value v = DateValue(g[0]);
    SetMonth(&v, year, month);
    out->push_back(std::move(v));
  });
  scan->Add(&p.day_month_short_year, [=](const std::vector<Group>& g) {
    // The two digits are a year only where no word follows them ("14th April 15 people").
    if (!WordAfter(text, g[0].end()).empty()) return;
    AddDay(g[0], {FullYear(g[3].text, ctx), MonthNumber(g[2].text), DayRank(g[1].text)}, out);
  });
}

}  // namespace

void AddMonthDayPatterns(std::string_view text, const DateContext& ctx, std::vector<core::Value>* out,
                         PatternScan* scan) {
  ByPlace(ctx, text, out, scan);
  ByDay(ctx, text, out, scan);
  ByWeek(ctx, out, scan);
  ByShortForms(ctx, text, out, scan);
}

std::vector<const RE2*> MonthDayPatternList() {
  const MonthDayPatterns& p = Patterns();
  return {&p.day_of_period, &p.nth_weekday, &p.nth_last, &p.weekday_day, &p.ordinal_of_month,
          &p.month_ordinal, &p.month_glued, &p.day_alone, &p.month_slash_day, &p.month_slash_year,
          &p.day_month_short_year, &p.weekday_of_week, &p.weekday_after_next, &p.week_s_weekday, &p.ides, &p.nth_week};
}

}  // namespace newsrecon::extract
