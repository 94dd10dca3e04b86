// Pieces the date pattern files share (value_dates.cc, value_dates_days.cc); not part of the
// extract interface.
#ifndef NEWSRECON_EXTRACT_CLAIMS_VALUE_DATES_INTERNAL_H_
#define NEWSRECON_EXTRACT_CLAIMS_VALUE_DATES_INTERNAL_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "extract/claims/values_internal.h"

namespace newsrecon::extract {

// Capitalised or upper-case month names, a short one with an optional full stop (one group).
extern const char kMonthPattern[];
// A weekday named before a date ("Mon, February 18", "Tuesday the 19th"), no group.
extern const char kWeekdayBeforePattern[];
// 1..12 for a month's name or its first three letters; 0 for anything else.
int MonthNumber(std::string_view name);
// 0 (Monday)..6 for a weekday's name or its first three letters; -1 for anything else.
int WeekdayNumber(std::string_view name);
// A date value spanning the whole match, not yet resolved.
core::Value DateValue(const Group& whole);
// Sets a date value to the whole month `month` of `year` (month precision, its days as
// amount and high).
void SetMonth(core::Value* v, int year, int month);
// Sets a date value to the day `day` (days since 1970) at the precision it has.
void ShiftTo(core::Value* v, int64_t day);
// The year of a month and day written without one (TenseAround's cue, else the nearest
// occurrence); 0 without a publication date.
int YearFor(int month, int day, const DateContext& ctx, int cue);

// A year written with two digits ("74", "19"): this century up to ten years ahead of
// publication, else the last; four digits as written.
int FullYear(std::string_view digits, const DateContext& ctx);

// The first word from text[at] (spaces skipped), or "" when something else comes first.
std::string_view WordAfter(std::string_view text, size_t at);
// The day (since 1970) a weekday (0 = Monday) names from publication after `lead` (its
// words before it, lower case: "next", "last", "this coming", "on", ""), with `cue` the
// tense of its sentence (TenseAround).
int64_t WeekdayDay(std::string_view lead, int weekday, const core::CivilDate& published, int cue);
// "Earlier this week" is the week's days before publication, "later this month" the
// month's days after it: the date becomes that span of days ("2017-04-03/2017-04-07"); a
// span with no day left keeps the whole unit.
void KeepSideOfPublication(core::Value* v, bool earlier, const DateContext& ctx);

// Adds the patterns of a day within a month ("the 20th of next month", "the first Monday of
// March", "Tuesday the 19th", "the first of March", "on the 15th", "2/15") to `scan`.
void AddMonthDayPatterns(std::string_view text, const DateContext& ctx, std::vector<core::Value>* out,
                         PatternScan* scan);
std::vector<const RE2*> MonthDayPatternList();

}  // namespace newsrecon::extract

#endif  // NEWSRECON_EXTRACT_CLAIMS_VALUE_DATES_INTERNAL_H_
