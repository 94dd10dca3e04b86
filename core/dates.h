// Calendar arithmetic on the proleptic Gregorian calendar, for resolving and comparing dates.
#ifndef NEWSRECON_CORE_DATES_H_
#define NEWSRECON_CORE_DATES_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace newsrecon::core {

struct CivilDate {
  int year = 0;
  int month = 0;  // 1..12, 0 when unknown
  int day = 0;    // 1..31, 0 when unknown
  friend bool operator==(const CivilDate&, const CivilDate&) = default;
};

// Days since 1970-01-01 for a full date.
int64_t DaysFromCivil(const CivilDate& date);
// The inverse of DaysFromCivil.
CivilDate CivilFromDays(int64_t days);
// 0 = Monday ... 6 = Sunday.
int Weekday(const CivilDate& date);
// Returns true when the date exists (month 1..12, day within the month).
bool IsValidDate(const CivilDate& date);
int DaysInMonth(int year, int month);

// Parses the date part of ISO 8601 text ("2026-04-27", "2026-04-27T10:00:00Z", "2026-04",
// "2026"); returns nothing when the text does not start with such a date.
std::optional<CivilDate> ParseIsoDate(std::string_view text);
// Formats to the precision the date has: "2026", "2026-04" or "2026-04-27".
std::string FormatIsoDate(const CivilDate& date);

}  // namespace newsrecon::core

#endif  // NEWSRECON_CORE_DATES_H_
