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
// Days since 1970-01-01 of ISO text that gives a full date ("2026-04-27", with or without
// a time); -1 when it gives none or only a month or year.
int64_t IsoDay(std::string_view text);
// The first and last day (since 1970-01-01) that ISO text can mean: a day, a month
// ("2026-04": its 30 days), a year, or a span of two of them ("2025-10/2025-12"); false
// when it is no date.
bool IsoDaySpan(std::string_view text, int64_t* first, int64_t* last);

// The Julian day at which 1970-01-01 begins (UTC), for the astronomical calculations.
inline constexpr double kUnixEpochJulianDay = 2440587.5;
// The mean synodic month (new moon to new moon), in days.
inline constexpr double kSynodicMonthDays = 29.530588861;
// The Hebrew calendar (arithmetic, exact: Dershowitz & Reingold, "Calendrical
// Calculations", ch. 8). Months are counted from Nisan (1) to Adar (12), Adar II (13) in a
// leap year; Tishri (7) begins the year `am`. Days since 1970-01-01.
bool IsHebrewLeapYear(int64_t am);
int64_t DaysFromHebrew(int64_t am, int month, int day);
// The tabular Islamic calendar with the astronomical (Thursday) epoch, 15 July 622 Julian
// and leap years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29 of each 30 (ICU "islamic-tbla").
// It agrees with the observed calendar to within a day or two. Days since 1970-01-01.
int64_t DaysFromHijri(int64_t ah, int month, int day);

// The Islamic calendar as Saudi Arabia's Umm al-Qura calendar reckons it: a month begins on
// the day after the first day in Mecca whose sunset comes after the conjunction (the new
// moon of NewMoonOnOrAfter's series; sunset from Mecca's latitude and longitude, without the
// equation of time, so a conjunction within about a quarter of an hour of sunset can put
// the month a day off). The moonset condition of the official rule is left out. Observed
// months (by sighting) can begin a day later. Days since 1970-01-01.
int64_t DaysFromHijriUmmAlQura(int64_t ah, int month, int day);

// The local day (days since 1970-01-01, at `utc_offset_hours` from UTC) of the first new
// moon that falls on or after local day `day`: the mean lunation corrected by the main
// periodic terms of Meeus, "Astronomical Algorithms" ch. 49 (within minutes; times in TT).
int64_t NewMoonOnOrAfter(int64_t day, double utc_offset_hours);

// Formats to the precision the date has: "2026", "2026-04" or "2026-04-27".
std::string FormatIsoDate(const CivilDate& date);

}  // namespace newsrecon::core

#endif  // NEWSRECON_CORE_DATES_H_
