// Sun and moon positions, tithis, amanta months, solar ingresses and the Shahenshahi year (see indian_calendar.h).
#include "core/indian_calendar.h"

#include <climits>
#include <cmath>

#include "core/dates.h"

namespace newsrecon::core {
namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kDeg = kPi / 180;
constexpr double kIstHours = 5.5;
constexpr double kUjjainLon = 75.77, kUjjainLat = 23.18;

double Norm360(double x) { return x - 360 * std::floor(x / 360); }
double Wrap180(double x) { return Norm360(x + 180) - 180; }
double Centuries(double jd) { return (jd - 2451545.0) / 36525; }
double SunMeanLongitude(double t) { return 280.46646 + 36000.76983 * t + 0.0003032 * t * t; }

// One periodic term of the moon's longitude (Meeus table 47.A): multiples of D, M, M', F
// and the coefficient in millionths of a degree.
struct MoonTerm {
  int d, m, mp, f;
  double coeff;
};
constexpr MoonTerm kMoonTerms[] = {
    {0, 0, 1, 0, 6288774}, {2, 0, -1, 0, 1274027}, {2, 0, 0, 0, 658314}, {0, 0, 2, 0, 213618},
    {0, 1, 0, 0, -185116}, {0, 0, 0, 2, -114332},  {2, 0, -2, 0, 58793}, {2, -1, -1, 0, 57066},
    {2, 0, 1, 0, 53322},   {2, -1, 0, 0, 45758},   {0, 1, -1, 0, -40923}, {1, 0, 0, 0, -34720},
    {0, 1, 1, 0, -30383},  {2, 0, 0, -2, 15327},   {0, 0, 1, 2, -12528}, {0, 0, 1, -2, 10980},
    {4, 0, -1, 0, 10675},  {0, 0, 3, 0, 10034},    {4, 0, -2, 0, 8548},  {2, 1, -1, 0, -7888},
    {2, 1, 0, 0, -6766},   {1, 0, -1, 0, -5163},   {1, 1, 0, 0, 4987},   {2, -1, 1, 0, 4036},
    {2, 0, 2, 0, 3994},    {4, 0, 0, 0, 3861},     {2, 0, -3, 0, 3665},  {0, 1, -2, 0, -2689},
    {2, 0, -1, 2, -2602},  {2, -1, -2, 0, 2390},   {1, 0, 1, 0, -2348},  {2, -2, 0, 0, 2236},
    {0, 1, 2, 0, -2120},   {0, 2, 0, 0, -2069},    {2, -2, -1, 0, 2048}, {2, 0, 1, -2, -1773},
    {2, 0, 0, 2, -1595},   {4, -1, -1, 0, 1215},   {0, 0, 2, 2, -1110},  {3, 0, -1, 0, -892},
};

// The moon's elongation from the sun (0..360) at `jd`.
double Elongation(double jd) { return Norm360(MoonLongitude(jd) - SunLongitude(jd)); }

// The instant near `guess` at which the elongation is `target` degrees.
double SolveElongation(double guess, double target) {
  double jd = guess;
  for (int i = 0; i < 20; ++i) {
    double diff = Wrap180(Elongation(jd) - target);
    jd -= diff / 12.19;
    if (std::fabs(diff) < 1e-6) break;
  }
  return jd;
}

double SiderealSun(double jd) { return Norm360(SunLongitude(jd) - Ayanamsha(jd)); }
int NakshatraAt(double jd) { return static_cast<int>(Norm360(MoonLongitude(jd) - Ayanamsha(jd)) / (360.0 / 27)) % 27; }
int SignAt(double jd) { return static_cast<int>(SiderealSun(jd) / 30) % 12; }

}  // namespace

int64_t IstDay(double jd) { return static_cast<int64_t>(std::floor(jd - kUnixEpochJulianDay + kIstHours / 24)); }

namespace {

double JdOf(int year, int month, int day) { return kUnixEpochJulianDay + static_cast<double>(DaysFromCivil({year, month, day})); }

// The solar transit at Ujjain on IST day `day` and the half-day arc from it to sunrise or
// sunset (days), from the sun's declination and the equation of time.
void SunTransit(int64_t day, double* transit, double* half_arc) {
  double jd0 = kUnixEpochJulianDay + static_cast<double>(day);
  double noon = jd0 + (12 - kUjjainLon / 15) / 24;
  double t = Centuries(noon), lambda = SunLongitude(noon) * kDeg;
  double eps = (23.4392911 - 0.0130042 * t) * kDeg;
  double alpha = std::atan2(std::cos(eps) * std::sin(lambda), std::cos(lambda)) / kDeg;
  double delta = std::asin(std::sin(eps) * std::sin(lambda));
  double eot = Wrap180(SunMeanLongitude(t) - 0.0057183 - alpha);  // degrees
  *transit = jd0 + (12 - kUjjainLon / 15 - eot / 15) / 24;
  double phi = kUjjainLat * kDeg;
  double cos_h = (std::sin(-0.8333 * kDeg) - std::sin(phi) * std::sin(delta)) / (std::cos(phi) * std::cos(delta));
  *half_arc = std::acos(cos_h) / kDeg / 360;
}

}  // namespace

// The day a tithi running from `start` to `end` is kept, by `moment` (see LunarDay).
int64_t KeptDay(double start, double end, DayMoment moment) {
  int64_t first = IstDay(start);
  for (int64_t d = first - 1; d <= first + 1; ++d) {
    double m = MomentOn(d, moment);
    if (m >= start && m < end) return d;
  }
  return first;
}

double SunLongitude(double jd) {
  double t = Centuries(jd);
  double m = (357.52911 + 35999.05029 * t - 0.0001537 * t * t) * kDeg;
  double c = (1.914602 - 0.004817 * t - 0.000014 * t * t) * std::sin(m) +
             (0.019993 - 0.000101 * t) * std::sin(2 * m) + 0.000289 * std::sin(3 * m);
  double omega = (125.04 - 1934.136 * t) * kDeg;
  return Norm360(SunMeanLongitude(t) + c - 0.00569 - 0.00478 * std::sin(omega));
}

double MoonLongitude(double jd) {
  double t = Centuries(jd);
  double lp = 218.3164477 + 481267.88123421 * t - 0.0015786 * t * t;
  double d = (297.8501921 + 445267.1114034 * t - 0.0018819 * t * t) * kDeg;
  double m = (357.5291092 + 35999.0502909 * t - 0.0001536 * t * t) * kDeg;
  double mp = (134.9633964 + 477198.8675055 * t + 0.0087414 * t * t) * kDeg;
  double f = (93.2720950 + 483202.0175233 * t - 0.0036539 * t * t) * kDeg;
  double e = 1 - 0.002516 * t - 0.0000074 * t * t;
  double sum = 0;
  for (const MoonTerm& k : kMoonTerms) {
    double scale = k.m == 0 ? 1 : (k.m == 1 || k.m == -1) ? e : e * e;
    sum += k.coeff * scale * std::sin(k.d * d + k.m * m + k.mp * mp + k.f * f);
  }
  double a1 = (119.75 + 131.849 * t) * kDeg, a2 = (53.09 + 479264.290 * t) * kDeg;
  sum += 3958 * std::sin(a1) + 1962 * std::sin(lp * kDeg - f) + 318 * std::sin(a2);
  double omega = (125.04452 - 1934.136261 * t) * kDeg;
  return Norm360(lp + sum / 1e6 - 0.00478 * std::sin(omega));  // apparent: nutation in longitude
}

double Ayanamsha(double jd) {
  // Lahiri: 23 deg 51' 11" at J2000.0, growing with general precession (50.29" a year).
  double t = Centuries(jd);
  return 23.85306 + 1.39697 * t + 0.0003086 * t * t;
}

int TithiAt(double jd) { return static_cast<int>(Elongation(jd) / 12) % 30 + 1; }

double MomentOn(int64_t day, DayMoment moment) {
  double transit = 0, half_arc = 0;
  SunTransit(day, &transit, &half_arc);
  switch (moment) {
    case DayMoment::kSunrise: return transit - half_arc;
    case DayMoment::kNoon: return transit;
    case DayMoment::kSunset: return transit + half_arc;
    case DayMoment::kMidnight: return transit + 0.5;
  }
  return transit;
}

bool TithiSpan(int year, int month, int tithi, double* start, double* end) {
  double from = JdOf(year - 1, 11, 1);
  double nm = SolveElongation(from - Elongation(from) / 12.19, 0);
  for (int i = 0; i < 16; ++i) {
    double next = SolveElongation(nm + kSynodicMonthDays, 0);
    int sign = SignAt(nm);
    if ((sign + 1) % 12 == month && SignAt(next) != sign) {
      *start = tithi == 1 ? nm : SolveElongation(nm + (tithi - 1) * 0.984, 12.0 * (tithi - 1));
      *end = tithi == 30 ? next : SolveElongation(nm + tithi * 0.984, 12.0 * tithi);
      if (CivilFromDays(IstDay(*start)).year == year) return true;
    }
    nm = next;
  }
  return false;
}

int64_t LunarDay(int year, int month, int tithi, DayMoment moment) {
  double start = 0, end = 0;
  if (!TithiSpan(year, month, tithi, &start, &end)) return INT64_MIN;
  return KeptDay(start, end, moment);
}

double SolarIngress(int year, int sign) {
  double jd = JdOf(year, 1, 1);
  jd += Norm360(30.0 * sign - SiderealSun(jd)) / 0.9856;
  for (int i = 0; i < 20; ++i) {
    double diff = Wrap180(SiderealSun(jd) - 30.0 * sign);
    jd -= diff / 0.9856;
    if (std::fabs(diff) < 1e-7) break;
  }
  return jd;
}

int64_t IngressDayBySunset(double ingress_jd) {
  int64_t day = IstDay(ingress_jd);
  return ingress_jd < MomentOn(day, DayMoment::kSunset) ? day : day + 1;
}

int64_t BengaliMonthStart(double ingress_jd) {
  int64_t day = IstDay(ingress_jd);
  if (ingress_jd < MomentOn(day, DayMoment::kSunrise)) --day;  // the Hindu day runs from sunrise
  return ingress_jd < MomentOn(day, DayMoment::kMidnight) ? day + 1 : day + 2;
}

int64_t NakshatraDayInSolarMonth(int year, int sign, int nakshatra) {
  double begin = SolarIngress(year, sign);
  double end = sign == 11 ? SolarIngress(year + 1, 0) : SolarIngress(year, sign + 1);
  int64_t found = INT64_MIN;
  for (int64_t day = IstDay(begin); day <= IstDay(end); ++day) {
    double rise = MomentOn(day, DayMoment::kSunrise);
    if (rise < begin || rise >= end) continue;
    int at_rise = NakshatraAt(rise), next = NakshatraAt(MomentOn(day + 1, DayMoment::kSunrise));
    // at sunrise, or (skipped by both sunrises) begun and ended within the day
    bool in = at_rise == nakshatra || (at_rise == (nakshatra + 26) % 27 && next == (nakshatra + 1) % 27);
    if (in && (found == INT64_MIN || day > found + 1)) found = day;  // a later passage, not the next day of one
  }
  return found;
}

int64_t ShahenshahiNewYear(int year) {
  // 16 June 632 Julian (19 June proleptic Gregorian) began the Yazdegerdi era.
  constexpr int64_t kQadimiEpoch = -488525;
  constexpr int64_t kShahenshahiEpoch = kQadimiEpoch + 30;
  int64_t jan1 = DaysFromCivil({year, 1, 1});
  int64_t years = (jan1 - kShahenshahiEpoch + 364) / 365;
  return kShahenshahiEpoch + 365 * years;
}

}  // namespace newsrecon::core
