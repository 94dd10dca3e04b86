// Tests for the decision: tolerances, hedges, units, currencies, dates, directions.
#include <catch2/catch.hpp>

#include "extract/claims/values.h"
#include "reconcile/decide.h"

namespace newsrecon::reconcile {
namespace {

core::Value One(const std::string& text) {
  extract::ValueFinder finder;
  auto found = finder.Find(text, {});
  REQUIRE(found.size() == 1);
  return found[0];
}

TEST_CASE("decide: rounding and hedges get tolerances", "[reconcile][decide]") {
  struct Case {
    const char* a;
    const char* b;
    Verdict want;
  };
  const Case cases[] = {
      {"about $4.2 billion", "$4.2 billion", Verdict::kAgree},
      {"$4.2 billion", "$4,200 million", Verdict::kAgree},
      {"$4.2 billion", "US$4.2bn", Verdict::kAgree},
      {"$4.2 billion", "$4.24 billion", Verdict::kAgree},  // rounded to one decimal
      {"$4.2 billion", "$4.4 billion", Verdict::kConflict},
      {"more than 20 percent", "25 percent", Verdict::kAgree},
      {"up to 40 percent", "45 percent", Verdict::kConflict},
      {"up to $40 million", "$45 million", Verdict::kConflict},
      {"at least 70 civilians", "about 100 civilians", Verdict::kAgree},
      {"up to 40 civilians", "45 civilians", Verdict::kConflict},
      // People are counted in whole units, so no rounding reaches the next one.
      {"at least 20 civilians", "19 civilians", Verdict::kConflict},
      {"more than 20 civilians", "21 civilians", Verdict::kAgree},
      {"1.2 million customers", "1,240,000 customers", Verdict::kAgree},
      {"20%", "20 percent", Verdict::kAgree},
      {"$200 million", "$184 million", Verdict::kConflict},
      {"$1 million", "1 million euros", Verdict::kIncomparable},  // two currencies
      {"April 27, 2026", "27 April 2026", Verdict::kAgree},
      {"April 27, 2026", "April 29, 2026", Verdict::kConflict},
      {"20 percent", "$20 million", Verdict::kIncomparable},
      {"10 km", "6 miles", Verdict::kAgree},
      {"10 km", "8 miles", Verdict::kConflict},
      {"20°C", "68°F", Verdict::kAgree},
      {"20°C", "75°F", Verdict::kConflict},
      {"14:00 GMT", "15:00 BST", Verdict::kAgree},
      {"14:00 GMT", "16:00 BST", Verdict::kConflict},
  };
  for (const Case& c : cases) {
    CAPTURE(c.a, c.b);
    CHECK(Compare(One(c.a), One(c.b)) == c.want);
  }
}

TEST_CASE("decide: a day named relative to publication is known to a day either way",
          "[reconcile][decide]") {
  extract::ValueFinder finder;
  auto on = [&](const std::string& text, core::CivilDate published) {
    auto found = finder.Find(text, {published});
    REQUIRE(found.size() == 1);
    return found[0];
  };
  core::Value today = on("the office was attacked today", core::CivilDate{2007, 4, 10});
  CHECK(Compare(today, One("on April 9, 2007")) == Verdict::kAgree);
  CHECK(Compare(today, One("on April 7, 2007")) == Verdict::kConflict);
  core::Value monday = on("on Monday", core::CivilDate{2007, 4, 12});
  CHECK(Compare(monday, today) == Verdict::kAgree);
  CHECK(Compare(monday, One("on April 11, 2007")) == Verdict::kConflict);
  CHECK(Compare(One("on April 9, 2007"), One("on April 10, 2007")) == Verdict::kConflict);
}

TEST_CASE("decide: the same wording compares the figures themselves", "[reconcile][decide]") {
  // Two outlets' own lower bounds can both hold; one sentence copied with a new bound cannot.
  CHECK(Compare(One("more than $3 billion"), One("more than $7.5 billion")) == Verdict::kAgree);
  CHECK(Compare(One("more than $3 billion"), One("more than $7.5 billion"), Mode::kSameWording) ==
        Verdict::kConflict);
  CHECK(Compare(One("$200 to $500"), One("$200 to $800"), Mode::kSameWording) == Verdict::kConflict);
  CHECK(Compare(One("$200 to $500"), One("$200 to $500"), Mode::kSameWording) == Verdict::kAgree);
  core::Value a = One("on Wednesday"), b = One("on Wednesday");
  a.date = "2019-11-06";
  b.date = "2019-11-01";  // resolved differently, written alike
  CHECK(Compare(a, b, Mode::kSameWording) == Verdict::kAgree);
}

TEST_CASE("decide: opposite directions of change conflict", "[reconcile][decide]") {
  core::Value up = One("5%"), down = One("5%");
  up.direction = core::Direction::kUp;
  down.direction = core::Direction::kDown;
  CHECK(Compare(up, down) == Verdict::kConflict);
  CHECK(Compare(up, up) == Verdict::kAgree);
}

TEST_CASE("decide: tolls are developing frames", "[reconcile][decide]") {
  CHECK(DevelopingFrame("killed"));
  CHECK(DevelopingFrame("injured"));
  CHECK_FALSE(DevelopingFrame("magnitude"));
  CHECK_FALSE(DevelopingFrame("offer"));
}

}  // namespace
}  // namespace newsrecon::reconcile
