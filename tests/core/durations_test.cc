// The duration-unit table, and lengths written back through it.
#include <catch2/catch.hpp>

#include "core/durations.h"
#include "core/model.h"
#include "reconcile/intervals.h"

namespace newsrecon {
namespace {

TEST_CASE("duration units are found by name and abbreviation", "[core]") {
  struct Row {
    const char* written;
    const char* name;
    double days;
    int months;
  };
  const Row rows[] = {{"decade", "decade", 3650, 120}, {"year", "year", 365, 12}, {"quarter", "quarter", 91, 3},
                      {"month", "month", 30, 1},       {"week", "week", 7, 0},    {"hr", "hour", 1.0 / 24, 0},
                      {"h", "hour", 1.0 / 24, 0},      {"min", "minute", 1.0 / 1440, 0},
                      {"sec", "second", 1.0 / 86400, 0}};
  for (const Row& row : rows) {
    CAPTURE(row.written);
    const core::DurationUnit* unit = core::FindDurationUnit(row.written);
    REQUIRE(unit != nullptr);
    CHECK(unit->name == row.name);
    CHECK(unit->days == Approx(row.days));
    CHECK(unit->months == row.months);
  }
  CHECK(core::FindDurationUnit("fortnight") == nullptr);
  CHECK(core::FindDurationUnit("") == nullptr);
}

TEST_CASE("a length is written back in the unit said, else the longest that counts it whole", "[core]") {
  // Decades and quarters are written back in years and weeks.
  struct Row {
    double days;
    const char* unit;
    const char* text;
  };
  const Row rows[] = {{91, "quarter", "13 weeks"}, {7300, "decade", "20 years"}, {14, "", "2 weeks"},
                      {730, "", "2 years"},        {9, "", "9 days"},            {0.5, "", "12 hours"},
                      {3650, "", "10 years"},      {30, "day", "30 days"}};
  for (const Row& row : rows) {
    core::Value v;
    v.type = core::ValueType::kDuration;
    v.amount = v.high = row.days;
    v.unit = row.unit;
    CHECK(reconcile::Describe(v) == row.text);
  }
}

}  // namespace
}  // namespace newsrecon
