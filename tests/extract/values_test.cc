// Tests for value mentions: spans, bounds and normalised forms, one group per type.
#include <catch2/catch.hpp>

#include "extract/claims/values.h"

namespace newsrecon::extract {
namespace {

struct Want {
  std::string text;  // the exact mention
  core::ValueType type;
  double amount;
  std::string unit;  // currency, date, or count unit
  core::Bound bound = core::Bound::kExact;
};

void Expect(const std::string& sentence, const std::vector<Want>& want,
            std::optional<core::CivilDate> published = core::CivilDate{2026, 3, 4}) {
  static const ValueFinder finder;
  auto found = finder.Find(sentence, {published});
  CAPTURE(sentence);
  REQUIRE(found.size() == want.size());
  for (size_t i = 0; i < want.size(); ++i) {
    const core::Value& v = found[i];
    const Want& w = want[i];
    CAPTURE(i, v.text);
    CHECK(v.text == w.text);
    CHECK(sentence.substr(v.span.start, v.span.size()) == w.text);
    CHECK(v.type == w.type);
    CHECK(v.bound == w.bound);
    if (v.type == core::ValueType::kDate) {
      CHECK(v.date == w.unit);
    } else {
      CHECK(v.amount == Approx(w.amount));
      if (v.type == core::ValueType::kMoney) CHECK(v.currency == w.unit);
      if (v.type == core::ValueType::kCount) CHECK(v.unit == w.unit);
    }
  }
}

using core::Bound;
using core::ValueType;

TEST_CASE("money in its common writings", "[extract][values]") {
  Expect("a $1 billion deal", {{"$1 billion", ValueType::kMoney, 1e9, "USD"}});
  Expect("an initial $1BN into it", {{"$1BN", ValueType::kMoney, 1e9, "USD"}});
  Expect("it raised US$ 2.5bn", {{"US$ 2.5bn", ValueType::kMoney, 2.5e9, "USD"}});
  Expect("fined €300 million", {{"€300 million", ValueType::kMoney, 3e8, "EUR"}});
  Expect("a £8.10 million loss", {{"£8.10 million", ValueType::kMoney, 8.1e6, "GBP"}});
  Expect("just 50 cents a share", {{"50 cents", ValueType::kMoney, 0.5, "USD"}});
  Expect("priced at USD 1,200", {{"USD 1,200", ValueType::kMoney, 1200, "USD"}});
  Expect("its up-to-$50 billion dollar deal",
         {{"up-to-$50 billion dollar", ValueType::kMoney, 5e10, "USD", Bound::kUpTo}});
  Expect("more than $13 billion", {{"more than $13 billion", ValueType::kMoney, 1.3e10, "USD", Bound::kMoreThan}});
  Expect("about 40 million euros", {{"about 40 million euros", ValueType::kMoney, 4e7, "EUR", Bound::kAbout}});
}

TEST_CASE("money tranches are marked initial and additional", "[extract][values]") {
  static const ValueFinder finder;
  auto found = finder.Find("an initial investment of $15 billion, with an additional $35 billion later", {});
  REQUIRE(found.size() == 2);
  CHECK(found[0].role == "initial");
  CHECK(found[1].role == "additional");
}

TEST_CASE("percentages and percentage points", "[extract][values]") {
  Expect("a 20 percent rate", {{"20 percent", ValueType::kPercent, 20, ""}});
  Expect("a 27% stake", {{"27%", ValueType::kPercent, 27, ""}});
  Expect("20 per cent of revenue", {{"20 per cent", ValueType::kPercent, 20, ""}});
  Expect("nearly 11 percent", {{"nearly 11 percent", ValueType::kPercent, 11, "", Bound::kAbout}});
  Expect("up 2.5 percentage points", {{"2.5 percentage points", ValueType::kPercentPoints, 2.5, ""}});
  Expect("a cut of 50 basis points", {{"50 basis points", ValueType::kPercentPoints, 0.5, ""}});
  // Fractions where "of" makes them a share; round, so "about".
  Expect("holds a fifth of the company", {{"a fifth", ValueType::kPercent, 20, "", Bound::kAbout}});
  Expect("half of the market", {{"half", ValueType::kPercent, 50, "", Bound::kAbout}});
  Expect("two thirds of staff", {{"two thirds", ValueType::kPercent, 66.67, "", Bound::kAbout}});
  Expect("the first quarter of 2026", {{"the first quarter of 2026", ValueType::kDate, 0, "2026-01/2026-03"}});
}

TEST_CASE("years and year ranges with their qualifier", "[extract][values]") {
  static const ValueFinder finder;
  auto found = finder.Find("through 2030 and until 2032, over 2019-2021, in 2019", {});
  REQUIRE(found.size() == 4);
  CHECK(found[0].text == "through 2030");
  CHECK(found[0].qualifier == "through");
  CHECK(found[0].amount == 2030);
  CHECK(found[1].qualifier == "until");
  CHECK(found[2].text == "2019-2021");
  CHECK(found[2].bound == Bound::kRange);
  CHECK(found[2].high == 2021);
  CHECK(found[3].qualifier == "in");
}

TEST_CASE("absolute and partial dates", "[extract][values]") {
  Expect("on April 27, 2026 it", {{"April 27, 2026", ValueType::kDate, 0, "2026-04-27"}});
  Expect("28 APRIL 2026", {{"28 APRIL 2026", ValueType::kDate, 0, "2026-04-28"}});
  Expect("on 27 April it", {{"27 April", ValueType::kDate, 0, "2026-04-27"}},
         core::CivilDate{2026, 4, 28});
  Expect("announced on March 3.", {{"March 3", ValueType::kDate, 0, "2026-03-03"}});
  Expect("in February it", {{"in February", ValueType::kDate, 0, "2026-02"}});
  Expect("in autumn 2025 the", {{"autumn 2025", ValueType::kDate, 0, "2025-09/2025-11"}});
  Expect("in the last quarter", {{"the last quarter", ValueType::kDate, 0, "2025-10/2025-12"}});
}

TEST_CASE("relative dates resolve against the publication date", "[extract][values]") {
  // 2026-03-04 is a Wednesday.
  Expect("agreed on Monday", {{"on Monday", ValueType::kDate, 0, "2026-03-02"}});
  Expect("announced on Wednesday", {{"on Wednesday", ValueType::kDate, 0, "2026-03-04"}});
  Expect("said yesterday", {{"yesterday", ValueType::kDate, 0, "2026-03-03"}});
  Expect("earlier this week", {{"earlier this week", ValueType::kDate, 0, "2026-W10"}});
  Expect("last month", {{"last month", ValueType::kDate, 0, "2026-02"}});
  Expect("will meet next Friday", {{"next Friday", ValueType::kDate, 0, "2026-03-06"}});
  // Without a publication date the mention is kept, unresolved.
  Expect("agreed on Monday", {{"on Monday", ValueType::kDate, 0, ""}}, std::nullopt);
}

TEST_CASE("durations, including decades", "[extract][values]") {
  Expect("their seven-year partnership", {{"seven-year", ValueType::kDuration, 7 * 365.0, ""}});
  Expect("a decade-long deal", {{"decade-long", ValueType::kDuration, 3650, "", Bound::kAbout}});
  Expect("dismantles decades of exclusivity", {{"decades of", ValueType::kDuration, 3650, "", Bound::kAtLeast}});
  Expect("for the six years covered", {{"six years", ValueType::kDuration, 6 * 365.0, ""}});
  Expect("an 18-month delay", {{"18-month", ValueType::kDuration, 540, ""}});
  Expect("the 54-year-old chief", {{"54-year-old", ValueType::kAge, 54, ""}});
}

TEST_CASE("counts of things", "[extract][values]") {
  Expect("cutting 3,000 jobs", {{"3,000 jobs", ValueType::kCount, 3000, "jobs"}});
  Expect("about 1.2 million customers", {{"about 1.2 million customers", ValueType::kCount, 1.2e6, "customers", Bound::kAbout}});
}

TEST_CASE("ParseNumber reads digits and words", "[extract][values]") {
  CHECK(ParseNumber("1,200.5") == 1200.5);
  CHECK(ParseNumber("seven") == 7);
  CHECK(ParseNumber("twenty-one") == 21);
  CHECK(ParseNumber("an") == 1);
  CHECK_FALSE(ParseNumber("several").has_value());
  CHECK_FALSE(ParseNumber("1.2.3").has_value());
}

}  // namespace
}  // namespace newsrecon::extract
