// Tests for the sun and moon positions and the Indian calendar rules in core/indian_calendar.
#include <catch2/catch.hpp>

#include <cmath>

#include "core/dates.h"
#include "core/indian_calendar.h"

namespace newsrecon::core {
namespace {

// The Julian day of a UTC instant.
double Jd(int y, int m, int d, double hours) {
  return 2440587.5 + static_cast<double>(DaysFromCivil({y, m, d})) + hours / 24;
}

double Gap(double a, double b) { return std::fabs(std::remainder(a - b, 360.0)); }

TEST_CASE("sun and moon: equinoxes, solstices and syzygies within minutes", "[core][indian_calendar]") {
  // Published instants (UTC): the sun moves about 0.04 degrees and the elongation about
  // 0.5 degrees an hour, so these tolerances are within an hour.
  CHECK(Gap(SunLongitude(Jd(2019, 3, 20, 21 + 58 / 60.0)), 0) < 0.02);    // March equinox 2019
  CHECK(Gap(SunLongitude(Jd(2020, 6, 20, 21 + 44 / 60.0)), 90) < 0.02);   // June solstice 2020
  CHECK(Gap(SunLongitude(Jd(2024, 12, 21, 9 + 20 / 60.0)), 270) < 0.02);  // December solstice 2024
  double eclipse = Jd(2017, 8, 21, 18 + 30 / 60.0);                        // new moon, total eclipse
  CHECK(Gap(MoonLongitude(eclipse), SunLongitude(eclipse)) < 0.3);
  double full = Jd(2019, 3, 21, 1 + 43 / 60.0);                            // full moon
  CHECK(Gap(MoonLongitude(full) - SunLongitude(full), 180) < 0.3);
  CHECK(TithiAt(full - 0.1) == 15);
  CHECK(TithiAt(full + 0.1) == 16);
  CHECK(Ayanamsha(2451545.0) == Approx(23.853).margin(0.01));  // Lahiri at J2000
}

TEST_CASE("solar ingresses and the Shahenshahi year", "[core][indian_calendar]") {
  struct Row {
    int year, sign;
    CivilDate day;  // the IST day of the ingress
  };
  const Row rows[] = {
      {2018, 9, {2018, 1, 14}}, {2019, 9, {2019, 1, 14}},  // 2019: in the evening, kept on the 15th
      {2018, 0, {2018, 4, 14}}, {2024, 4, {2024, 8, 16}},
  };
  for (const Row& r : rows) {
    CAPTURE(r.year, r.sign);
    CHECK(CivilFromDays(IstDay(SolarIngress(r.year, r.sign))) == r.day);
  }
  CHECK(CivilFromDays(IngressDayBySunset(SolarIngress(2019, 9))) == CivilDate{2019, 1, 15});
  // 365-day years: the New Year steps back a day after each 29 February.
  CHECK(CivilFromDays(ShahenshahiNewYear(2019)) == CivilDate{2019, 8, 17});
  CHECK(CivilFromDays(ShahenshahiNewYear(2020)) == CivilDate{2020, 8, 16});
  CHECK(ShahenshahiNewYear(2024) - ShahenshahiNewYear(2020) == 4 * 365);
}

}  // namespace
}  // namespace newsrecon::core
