// Civil-date conversions using the days-from-civil method (era of 400 years).
#include "core/dates.h"

#include <cmath>
#include <cstdio>

namespace newsrecon::core {

int64_t DaysFromCivil(const CivilDate& date) {
  int64_t y = date.year - (date.month <= 2 ? 1 : 0);
  int64_t era = (y >= 0 ? y : y - 399) / 400;
  int64_t yoe = y - era * 400;
  int64_t m = date.month;
  int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + date.day - 1;
  int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate CivilFromDays(int64_t days) {
  days += 719468;
  int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  int64_t doe = days - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t y = yoe + era * 400;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153;
  int64_t d = doy - (153 * mp + 2) / 5 + 1;
  int64_t m = mp + (mp < 10 ? 3 : -9);
  return CivilDate{static_cast<int>(y + (m <= 2 ? 1 : 0)), static_cast<int>(m),
                   static_cast<int>(d)};
}

namespace {

// R.D. (Rata Die: 0001-01-01 Gregorian is day 1) to days since 1970-01-01.
int64_t FromRataDie(int64_t rd) { return rd - 719163; }

// Days from the Hebrew epoch to the first of Tishri of `am`, before the postponements
// a year's length forces; the molad of Tishri with the first postponement.
int64_t HebrewElapsedDays(int64_t am) {
  int64_t months = (235 * am - 234) / 19;
  int64_t parts = 12084 + 13753 * months;
  int64_t days = 29 * months + parts / 25920;
  return (3 * (days + 1)) % 7 < 3 ? days + 1 : days;
}

int64_t HebrewNewYear(int64_t am) {
  int64_t before = HebrewElapsedDays(am - 1), now = HebrewElapsedDays(am), after = HebrewElapsedDays(am + 1);
  int64_t delay = after - now == 356 ? 2 : now - before == 382 ? 1 : 0;
  return -1373427 + now + delay;  // the epoch: R.D. -1373427, 7 October 3761 BCE (Julian)
}

int HebrewMonthLength(int64_t am, int month) {
  int64_t year_days = HebrewNewYear(am + 1) - HebrewNewYear(am);
  if (month == 2 || month == 4 || month == 6 || month == 10 || month == 13) return 29;
  if (month == 12) return IsHebrewLeapYear(am) ? 30 : 29;
  if (month == 8) return year_days % 10 == 5 ? 30 : 29;  // Marheshvan: long in a complete year
  if (month == 9) return year_days % 10 == 3 ? 29 : 30;  // Kislev: short in a deficient year
  return 30;
}

}  // namespace

bool IsHebrewLeapYear(int64_t am) { return (7 * am + 1) % 19 < 7; }

int64_t DaysFromHebrew(int64_t am, int month, int day) {
  int64_t rd = HebrewNewYear(am) + day - 1;
  int last = IsHebrewLeapYear(am) ? 13 : 12;
  if (month < 7) {
    for (int m = 7; m <= last; ++m) rd += HebrewMonthLength(am, m);
    for (int m = 1; m < month; ++m) rd += HebrewMonthLength(am, m);
  } else {
    for (int m = 7; m < month; ++m) rd += HebrewMonthLength(am, m);
  }
  return FromRataDie(rd);
}

int64_t DaysFromHijri(int64_t ah, int month, int day) {
  // R.D. 227014 is 15 July 622 (Julian), 1 Muharram AH 1 by the astronomical epoch.
  int64_t rd = day + 29 * (month - 1) + (6 * month - 1) / 11 + (ah - 1) * 354 + (3 + 11 * ah) / 30 + 227014 - 1;
  return FromRataDie(rd);
}

namespace {

// The Julian Ephemeris Day of new moon number `k` (0: 2000-01-06), Meeus ch. 49.
double NewMoonJde(double k) {
  constexpr double kRad = 3.14159265358979323846 / 180;
  double t = k / 1236.85, t2 = t * t, t3 = t2 * t;
  double jde = 2451550.09766 + kSynodicMonthDays * k + 0.00015437 * t2 - 0.000000150 * t3 + 0.00000000073 * t2 * t2;
  double m = kRad * (2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3);
  double mp = kRad * (201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t2 * t2);
  double f = kRad * (160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t2 * t2);
  double om = kRad * (124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3);
  double e = 1 - 0.002516 * t - 0.0000074 * t2;
  using std::sin;
  return jde - 0.40720 * sin(mp) + 0.17241 * e * sin(m) + 0.01608 * sin(2 * mp) + 0.01039 * sin(2 * f) +
         0.00739 * e * sin(mp - m) - 0.00514 * e * sin(mp + m) + 0.00208 * e * e * sin(2 * m) -
         0.00111 * sin(mp - 2 * f) - 0.00057 * sin(mp + 2 * f) + 0.00056 * e * sin(2 * mp + m) -
         0.00042 * sin(3 * mp) + 0.00042 * e * sin(m + 2 * f) + 0.00038 * e * sin(m - 2 * f) -
         0.00024 * e * sin(2 * mp - m) - 0.00017 * sin(om) - 0.00007 * sin(mp + 2 * m) +
         0.00004 * sin(2 * mp - 2 * f) + 0.00004 * sin(3 * m) + 0.00003 * sin(mp + m - 2 * f) +
         0.00003 * sin(2 * mp + 2 * f) - 0.00003 * sin(mp + m + 2 * f) + 0.00003 * sin(mp - m + 2 * f) -
         0.00002 * sin(mp - m - 2 * f) - 0.00002 * sin(3 * mp + m) + 0.00002 * sin(4 * mp);
}

// The first new moon of the series from about `from_day` on (days since 1970-01-01,
// fractional) that `accept` takes.
template <typename Accept>
double FirstNewMoon(double from_day, Accept accept) {
  double k = std::floor((from_day + kUnixEpochJulianDay - 2451550.09766) / kSynodicMonthDays) - 1;
  for (;; k += 1) {
    double at = NewMoonJde(k) - kUnixEpochJulianDay;
    if (accept(at)) return at;
  }
}

}  // namespace

int64_t NewMoonOnOrAfter(int64_t day, double utc_offset_hours) {
  auto local = [&](double at) { return static_cast<int64_t>(std::floor(at + utc_offset_hours / 24)); };
  return local(FirstNewMoon(static_cast<double>(day), [&](double at) { return local(at) >= day; }));
}

int64_t DaysFromHijriUmmAlQura(int64_t ah, int month, int day) {
  constexpr double kMeccaUtcOffset = 3, kMeccaLongitude = 39.83, kMeccaLatitude = 21.42;
  constexpr double kRad = 3.14159265358979323846 / 180;
  int64_t tabular = DaysFromHijri(ah, month, 1);
  // The conjunction before the month: the first new moon from five days before the tabular
  // first day (the two differ by a day or two).
  auto from = static_cast<double>(tabular - 5);
  double conjunction = FirstNewMoon(from, [&](double at) { return at >= from; });  // days since 1970, UTC
  auto local_day = static_cast<int64_t>(std::floor(conjunction + kMeccaUtcOffset / 24));
  // Sunset that day: the sun's declination from the day of the year, its hour angle at
  // Mecca's latitude (the sun's centre 0.833 degrees below the horizon).
  CivilDate d = CivilFromDays(local_day);
  double n = static_cast<double>(local_day - DaysFromCivil({d.year, 1, 1}));
  double decl = -23.44 * kRad * std::cos(2 * 3.14159265358979323846 * (n + 10) / 365.25);
  double cos_h = (std::sin(-0.833 * kRad) - std::sin(kMeccaLatitude * kRad) * std::sin(decl)) /
                 (std::cos(kMeccaLatitude * kRad) * std::cos(decl));
  double half_day_hours = std::acos(cos_h) / kRad / 15;
  double sunset_utc_hours = 12 - kMeccaLongitude / 15 + half_day_hours;
  double sunset = static_cast<double>(local_day) + sunset_utc_hours / 24;
  int64_t first = conjunction < sunset ? local_day + 1 : local_day + 2;
  return first + day - 1;
}

int64_t IsoDay(std::string_view text) {
  auto d = ParseIsoDate(text);
  return d && d->day != 0 ? DaysFromCivil(*d) : -1;
}

bool IsoDaySpan(std::string_view text, int64_t* first, int64_t* last) {
  size_t slash = text.find('/');
  auto from = ParseIsoDate(text.substr(0, slash));
  auto to = ParseIsoDate(slash == std::string_view::npos ? text : text.substr(slash + 1));
  if (!from || !to) return false;
  CivilDate start = *from, end = *to;
  if (start.month == 0) start.month = 1;
  if (start.day == 0) start.day = 1;
  if (end.month == 0) end.month = 12;
  if (end.day == 0) end.day = DaysInMonth(end.year, end.month);
  *first = DaysFromCivil(start);
  *last = DaysFromCivil(end);
  return true;
}

int Weekday(const CivilDate& date) {
  int64_t days = DaysFromCivil(date);  // 1970-01-01 was a Thursday (3)
  return static_cast<int>(((days % 7) + 7 + 3) % 7);
}

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0)) return 29;
  return kDays[month - 1];
}

bool IsValidDate(const CivilDate& date) {
  return date.month >= 1 && date.month <= 12 && date.day >= 1 &&
         date.day <= DaysInMonth(date.year, date.month);
}

std::optional<CivilDate> ParseIsoDate(std::string_view text) {
  auto digits = [&](size_t at, size_t n, int* out) {
    if (at + n > text.size()) return false;
    int v = 0;
    for (size_t i = at; i < at + n; ++i) {
      if (text[i] < '0' || text[i] > '9') return false;
      v = v * 10 + (text[i] - '0');
    }
    *out = v;
    return true;
  };
  CivilDate date;
  if (!digits(0, 4, &date.year)) return std::nullopt;
  if (text.size() == 4) return date;
  if (text[4] != '-' || !digits(5, 2, &date.month) || date.month < 1 || date.month > 12) {
    return std::nullopt;
  }
  if (text.size() == 7) return date;
  if (text[7] != '-' || !digits(8, 2, &date.day) || !IsValidDate(date)) return std::nullopt;
  if (text.size() > 10 && text[10] != 'T' && text[10] != ' ') return std::nullopt;
  return date;
}

std::string FormatIsoDate(const CivilDate& date) {
  char buf[16];
  if (date.month == 0) {
    std::snprintf(buf, sizeof buf, "%04d", date.year);
  } else if (date.day == 0) {
    std::snprintf(buf, sizeof buf, "%04d-%02d", date.year, date.month);
  } else {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", date.year, date.month, date.day);
  }
  return buf;
}

}  // namespace newsrecon::core
