// The Hindu luni-solar and solar calendars and the Parsi (Shahenshahi) year, from the sidereal positions of sun and moon.
#ifndef NEWSRECON_CORE_INDIAN_CALENDAR_H_
#define NEWSRECON_CORE_INDIAN_CALENDAR_H_

#include <cstdint>

namespace newsrecon::core {

// Positions are Meeus-level ("Astronomical Algorithms" ch. 25 for the sun, the main terms of
// ch. 47 for the moon: a few hundredths of a degree, a few minutes in time for a tithi or a
// sign ingress); sidereal longitudes subtract the Lahiri (Chitrapaksha) ayanamsha. Instants
// are Julian days (UT); days are days since 1970-01-01 in Indian Standard Time (UTC+5:30).
// Local times (sunrise, sunset, midnight) are computed at Ujjain (75.77 E, 23.18 N).

// Tropical longitudes of sun and moon (degrees, 0..360) at Julian day `jd`.
double SunLongitude(double jd);
double MoonLongitude(double jd);
// The Lahiri ayanamsha (degrees) at `jd`.
double Ayanamsha(double jd);
// The tithi (1..30: 1..15 bright half, 15 the full moon; 16..30 dark half, 30 the new moon)
// running at `jd`: the moon's elongation from the sun in 12-degree steps.
int TithiAt(double jd);

// When a festival day is taken: the day whose sunrise, noon, sunset or following
// midnight (local, at Ujjain) falls in the tithi.
enum class DayMoment { kSunrise, kNoon, kSunset, kMidnight };
// The Julian day of `moment` on IST day `day`.
double MomentOn(int64_t day, DayMoment moment);

// Amanta lunar months (from a new moon to the next), counted from Chaitra (0) to Phalguna
// (11); a month is named by the sidereal sign the sun is in at the new moon that begins it
// (Pisces: Chaitra, Aries: Vaishakha, ...), and one with no solar ingress (both new moons
// in one sign) is an adhika (leap) month, skipped here as festivals are kept in the
// regular month of the name.
// The IST day holding Julian day `jd`.
int64_t IstDay(double jd);
// The instants (Julian days) that begin and end tithi `tithi` (1..30) of the regular
// (not adhika) amanta month `month` whose tithi begins in Gregorian `year` (IST); false
// when there is none.
bool TithiSpan(int year, int month, int tithi, double* start, double* end);
// The IST day a tithi running from `start` to `end` is kept by `moment`: the first day
// whose moment falls in it, or when none does, the day it begins.
int64_t KeptDay(double start, double end, DayMoment moment);
// The IST day in Gregorian `year` of tithi `tithi` (1..30) of the regular amanta month
// `month` that is kept (KeptDay); INT64_MIN when there is none.
int64_t LunarDay(int year, int month, int tithi, DayMoment moment);

// The Julian day the sun enters sidereal sign `sign` (0 Aries .. 11 Pisces) in Gregorian
// `year`.
double SolarIngress(int year, int sign);
// The IST day of a solar ingress as Tamil and Punjabi reckoning keep it: the day the
// ingress happens if before that day's sunset, else the next day.
int64_t IngressDayBySunset(double ingress_jd);
// The first day of a Bengali solar month: the day after the ingress if it happens before
// midnight, else the day after that.
int64_t BengaliMonthStart(double ingress_jd);
// The IST day in the solar month of `sign` in `year` whose sunrise finds the moon in
// nakshatra `nakshatra` (0 Ashvini .. 26 Revati: 13 1/3 sidereal degrees each) or, when no
// sunrise does, in which the moon passes through it; the first
// of two such days in a row, and of the moon's last passage when it passes twice in the
// month (as Onam is kept); INT64_MIN when the moon does not pass it in that month.
int64_t NakshatraDayInSolarMonth(int year, int sign, int nakshatra);

// The IST day of the Parsi New Year (Navroz, 1 Farvardin) of the Shahenshahi calendar in
// Gregorian `year`: years of 365 days with no leap day, counted from the Yazdegerdi epoch
// (16 June 632 Julian) as the Qadimi calendar is, and one month (30 days) behind it since
// the Shahenshahi reckoning kept one more intercalary month.
int64_t ShahenshahiNewYear(int year);

}  // namespace newsrecon::core

#endif  // NEWSRECON_CORE_INDIAN_CALENDAR_H_
