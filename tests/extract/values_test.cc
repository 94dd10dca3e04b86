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

// Hedges are read from the words before a value, for every type that takes one.
TEST_CASE("hedges before a value set its bound and join its span", "[extract][values]") {
  Expect("no less than 5% of it", {{"no less than 5%", ValueType::kPercent, 5, "", Bound::kAtLeast}});
  Expect("less than 5% of it", {{"less than 5%", ValueType::kPercent, 5, "", Bound::kLessThan}});
  Expect("in excess of 3 km", {{"in excess of 3 km", ValueType::kDistance, 3000, "", Bound::kMoreThan}});
  Expect("roughly two decades", {{"roughly two decades", ValueType::kDuration, 7300, "", Bound::kAbout}});
  Expect("over 20 degrees", {{"over 20 degrees", ValueType::kTemperature, 20, "", Bound::kMoreThan}});
  Expect("at least 50 injured", {{"at least 50 injured", ValueType::kCount, 50, "injured", Bound::kAtLeast}});
  Expect("Up to a third of staff", {{"Up to a third", ValueType::kPercent, 33.33, "", Bound::kUpTo}});
  // A hedge is a whole word, and a value of a type without one keeps its own span.
  Expect("a handsome $5 tip", {{"$5", ValueType::kMoney, 5, "USD"}});
  Expect("about the third time", {{"third", ValueType::kOrdinal, 3, ""}});
  Expect("over 2024", {{"2024", ValueType::kYear, 2024, ""}});
}

// Codes of any currency, ringgit and rupee signs after the figure, hundredths said after
// the unit without a word for them (Duckling's reading), and where that reading stops.
TEST_CASE("money: any ISO code, RM and Rs, hundredths after the unit", "[extract][values]") {
  Expect("fees of 42 BGN", {{"42 BGN", ValueType::kMoney, 42, "BGN"}});
  Expect("LBP 9,000 in fees", {{"LBP 9,000", ValueType::kMoney, 9000, "LBP"}});
  Expect("it cost RM 42", {{"RM 42", ValueType::kMoney, 42, "MYR"}});
  Expect("tickets at 20Rs", {{"20Rs", ValueType::kMoney, 20, "INR"}});
  Expect("twenty dollars and 43", {{"twenty dollars and 43", ValueType::kMoney, 20.43, "USD"}});
  Expect("US$3 and fourteen", {{"US$3 and fourteen", ValueType::kMoney, 3.14, "USD"}});
  Expect("$20 and 43 people", {{"$20", ValueType::kMoney, 20, "USD"}, {"43 people", ValueType::kCount, 43, "people"}});
  Expect("$5 million and 10", {{"$5 million", ValueType::kMoney, 5e6, "USD"}, {"10", ValueType::kNumber, 10, ""}});
  // The sign before the country, as Australian and New Zealand papers write it.
  Expect("a repair bill of $US1 million", {{"$US1 million", ValueType::kMoney, 1e6, "USD"}});
  Expect("a $A2.5 billion bid", {{"$A2.5 billion", ValueType::kMoney, 2.5e9, "AUD"}});
  Expect("about $NZ40 million", {{"about $NZ40 million", ValueType::kMoney, 4e7, "NZD", Bound::kAbout}});
}

TEST_CASE("money tranches are marked initial and additional", "[extract][values]") {
  static const ValueFinder finder;
  auto found = finder.Find("an initial investment of $15 billion, with an additional $35 billion later", {});
  REQUIRE(found.size() == 2);
  CHECK(found[0].role == core::ValueRole::kInitial);
  CHECK(found[1].role == core::ValueRole::kAdditional);
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
  // The preposition may open the sentence; "May" alone stays a verb.
  Expect("In February, a gunman", {{"In February", ValueType::kDate, 0, "2026-02"}});
  Expect("Since March the port", {{"Since March", ValueType::kDate, 0, "2026-03"}});
  Expect("May the port reopen", {});
  Expect("in autumn 2025 the", {{"autumn 2025", ValueType::kDate, 0, "2025-09/2025-11"}});
  Expect("in the last quarter", {{"the last quarter", ValueType::kDate, 0, "2025-10/2025-12"}});
}

TEST_CASE("relative dates resolve against the publication date", "[extract][values]") {
  // 2026-03-04 is a Wednesday.
  Expect("agreed on Monday", {{"on Monday", ValueType::kDate, 0, "2026-03-02"}});
  Expect("announced on Wednesday", {{"on Wednesday", ValueType::kDate, 0, "2026-03-04"}});
  Expect("said yesterday", {{"yesterday", ValueType::kDate, 0, "2026-03-03"}});
  // "Earlier" and "later" keep the unit's days on their side of publication (Wednesday 4 March).
  Expect("earlier this week", {{"earlier this week", ValueType::kDate, 0, "2026-03-02/2026-03-03"}});
  Expect("later this month", {{"later this month", ValueType::kDate, 0, "2026-03-05/2026-03-31"}});
  Expect("this week", {{"this week", ValueType::kDate, 0, "2026-W10"}});
  Expect("last month", {{"last month", ValueType::kDate, 0, "2026-02"}});
  // "Next Friday" is next week's (Duckling, Recognizers-Text); "this coming Friday" the first ahead.
  Expect("will meet next Friday", {{"next Friday", ValueType::kDate, 0, "2026-03-13"}});
  Expect("will meet this coming Friday", {{"this coming Friday", ValueType::kDate, 0, "2026-03-06"}});
  Expect("last Wednesday", {{"last Wednesday", ValueType::kDate, 0, "2026-02-25"}});
  // A weekday alone: ahead in a sentence in the future tense, else the latest.
  Expect("The board will vote on Tuesday.", {{"on Tuesday", ValueType::kDate, 0, "2026-03-10"}});
  Expect("Shares fell on Tuesday.", {{"on Tuesday", ValueType::kDate, 0, "2026-03-03"}});
  // Two units from publication.
  Expect("the week after next", {{"the week after next", ValueType::kDate, 0, "2026-W12"}});
  Expect("the month before last", {{"the month before last", ValueType::kDate, 0, "2026-01"}});
  Expect("a fortnight ago", {{"a fortnight ago", ValueType::kDate, 0, "2026-02-18"}});
  // A date takes an approximation, not a bound.
  Expect("around next week", {{"around next week", ValueType::kDate, 0, "2026-W11", Bound::kAbout}});
  Expect("up to March 3, 2026", {{"March 3, 2026", ValueType::kDate, 0, "2026-03-03"}});
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
  // Words naming whose people they are, before a noun of the groups of people.
  Expect("at least 31 Islamic State militants died",
         {{"at least 31 Islamic State militants", ValueType::kCount, 31, "islamic state militants", Bound::kAtLeast}});
  Expect("killed 20 army troops", {{"20 army troops", ValueType::kCount, 20, "army troops"}});
  Expect("19 regime fighters were killed", {{"19 regime fighters", ValueType::kCount, 19, "regime fighters"}});
  // Elsewhere a capitalised word is no part of a count, and a year before a name is a year.
  Expect("arrested 23 Somali pirates", {{"23", ValueType::kNumber, 23}});
  Expect("In 2008 Syrian rebels took the town", {{"In 2008", ValueType::kYear, 2008}});
}

TEST_CASE("ParseNumber reads digits and words", "[extract][values]") {
  CHECK(ParseNumber("1,200.5") == 1200.5);
  CHECK(ParseNumber("seven") == 7);
  CHECK(ParseNumber("twenty-one") == 21);
  CHECK(ParseNumber("an") == 1);
  CHECK_FALSE(ParseNumber("several").has_value());
  CHECK_FALSE(ParseNumber("1.2.3").has_value());
  CHECK(ParseNumber("one hundred and twenty") == 120);
  CHECK(ParseNumber("three thousand millions") == 3e9);
  CHECK(ParseNumber("three billions") == 3e9);
  CHECK(ParseNumber("seven hundred twenty-one thousand and twelve") == 721012);
  CHECK(ParseNumber("two point two million") == 2200000);
  CHECK(ParseNumber("three crore twelve lakh") == 31200000);
  CHECK_FALSE(ParseNumber("two three").has_value());
}

// Issue 18: the forms news prints values in, one row each.
TEST_CASE("quantities: numbers, counts, distances, temperatures, times, ages", "[extract][values]") {
  Expect("a magnitude 5.9 quake", {{"5.9", ValueType::kNumber, 5.9, ""}});
  Expect("twenty-one of them", {{"twenty-one", ValueType::kNumber, 21, ""}});
  Expect("one hundred and twenty", {{"one hundred and twenty", ValueType::kNumber, 120, ""}});
  Expect("50 injured", {{"50 injured", ValueType::kCount, 50, "injured"}});
  Expect("three people died", {{"three people", ValueType::kCount, 3, "people"}});
  Expect("a 12 km walk", {{"12 km", ValueType::kDistance, 12000, ""}});
  Expect("8 miles away", {{"8 miles", ValueType::kDistance, 12874.752, ""}});
  Expect("7 feet 10 inches tall", {{"7 feet 10 inches", ValueType::kDistance, 2.3876, ""}});
  Expect("it hit 70°F", {{"70°F", ValueType::kTemperature, 21.111, ""}});
  Expect("37 degrees Celsius", {{"37 degrees Celsius", ValueType::kTemperature, 37, ""}});
  Expect("2 degrees below zero", {{"2 degrees below zero", ValueType::kTemperature, -2, ""}});
  Expect("at 04:30 GMT", {{"04:30 GMT", ValueType::kTimeOfDay, 270, ""}});
  Expect("by 3 p.m. local time", {{"3 p.m. local time", ValueType::kTimeOfDay, 900, ""}});
  Expect("Smith, aged 45, said", {{"aged 45", ValueType::kAge, 45, ""}});
  Expect("a 45-year-old man", {{"45-year-old", ValueType::kAge, 45, ""}});
  Expect("the third time", {{"third", ValueType::kOrdinal, 3, ""}});
  Expect("two hours", {{"two hours", ValueType::kDuration, 2.0 / 24, ""}});
  Expect("an hour and a half", {{"an hour and a half", ValueType::kDuration, 1.5 / 24, ""}});
  // Years before months count in 30-day months, as Duckling does: 27 months.
  Expect("for 1/2 hour", {{"1/2 hour", ValueType::kDuration, 0.5 / 24, ""}});
  Expect("2 years, 3 months", {{"2 years, 3 months", ValueType::kDuration, 810, ""}});
}

TEST_CASE("durations with parts: halves, quarters, minutes after hours, modifiers", "[extract][values]") {
  Expect("one and three quarters of an hour", {{"one and three quarters of an hour", ValueType::kDuration, 1.75 / 24, ""}});
  Expect("one and a half hours", {{"one and a half hours", ValueType::kDuration, 1.5 / 24, ""}});
  Expect("a month and a half", {{"a month and a half", ValueType::kDuration, 45, ""}});
  Expect("2 more minutes", {{"2 more minutes", ValueType::kDuration, 2.0 / 1440, ""}});
  Expect("the forty-second president", {{"forty-second", ValueType::kOrdinal, 42, ""}});
  Expect("forty seconds", {{"forty seconds", ValueType::kDuration, 40.0 / 86400, ""}});
  Expect("it took 1 hour 30.", {{"1 hour 30", ValueType::kDuration, 1.5 / 24, ""}});
  // A figure after the hours that a word follows is no part of them.
  Expect("2 hours and 10 people", {{"2 hours", ValueType::kDuration, 2.0 / 24, ""},
                                   {"10 people", ValueType::kCount, 10, "people"}});
  // A capital M is no metre: "3M", "1.2M" are numbers (millions) or names.
  Expect("1.2M", {{"1.2M", ValueType::kNumber, 1.2e6, ""}});
  // Millimetres are no miles and no metres, with words or digits.
  Expect("six millimeters", {{"six millimeters", ValueType::kDistance, 0.006, ""}});
  Expect("It is 6 mm long", {{"6 mm", ValueType::kDistance, 0.006, ""}});
  // A dash glued to a figure before it is a range's, not a minus sign.
  Expect("30-40 degrees celsius", {{"30-40 degrees celsius", ValueType::kTemperature, 30, "", Bound::kRange}});
  Expect("between 30 and 40 celsius", {{"between 30 and 40 celsius", ValueType::kTemperature, 30, "", Bound::kRange}});
  // A plural scale after a number scales it; after "and" it starts no number.
  Expect("three billions", {{"three billions", ValueType::kNumber, 3e9, ""}});
  Expect("three thousand millions and millions of fans", {{"three thousand millions", ValueType::kNumber, 3e9, ""}});
}

TEST_CASE("money in currency words, minor units, lakh and crore, ranges", "[extract][values]") {
  Expect("312 million francs", {{"312 million francs", ValueType::kMoney, 3.12e8, "CHF"}});
  Expect("85 pence", {{"85 pence", ValueType::kMoney, 0.85, "GBP"}});
  Expect("up 85p", {{"85p", ValueType::kMoney, 0.85, "GBP"}});
  Expect("seven million yen", {{"seven million yen", ValueType::kMoney, 7e6, "JPY"}});
  Expect("Rs 2,300 crore", {{"Rs 2,300 crore", ValueType::kMoney, 2.3e10, "INR"}});
  Expect("12 lakh rupees", {{"12 lakh rupees", ValueType::kMoney, 1.2e6, "INR"}});
  Expect("4,500 Swiss francs", {{"4,500 Swiss francs", ValueType::kMoney, 4500, "CHF"}});
  Expect("two pence", {{"two pence", ValueType::kMoney, 0.02, "GBP"}});
  Expect("a 15-cent dividend", {{"15-cent", ValueType::kMoney, 0.15, "USD"}});
  Expect("twenty dollars and ten cents", {{"twenty dollars and ten cents", ValueType::kMoney, 20.1, "USD"}});
  Expect("one hundred and twenty percent", {{"one hundred and twenty percent", ValueType::kPercent, 120, ""}});
  Expect("GBP3.01", {{"GBP3.01", ValueType::kMoney, 3.01, "GBP"}});
  // One list of ISO codes serves a code before the amount and a code after it.
  Expect("KES 3,000", {{"KES 3,000", ValueType::kMoney, 3000, "KES"}});
  Expect("3,000 KES", {{"3,000 KES", ValueType::kMoney, 3000, "KES"}});
  // Currency names with the country's adjective, and minor units after the major ones.
  Expect("42 Kuwaiti dinars", {{"42 Kuwaiti dinars", ValueType::kMoney, 42, "KWD"}});
  Expect("5 pounds sterling", {{"5 pounds sterling", ValueType::kMoney, 5, "GBP"}});
  Expect("20 ringgit and 43 sen", {{"20 ringgit and 43 sen", ValueType::kMoney, 20.43, "MYR"}});
  Expect("3 UAH 4 kopiykas", {{"3 UAH 4 kopiykas", ValueType::kMoney, 3.04, "UAH"}});
  static const ValueFinder finder;
  for (const char* text : {"£2.4 billion to £2.6 billion", "between $40 billion and $50 billion",
                           "from 3km to 5km"}) {
    CAPTURE(text);
    auto found = finder.Find(text, {});
    REQUIRE(found.size() == 1);
    CHECK(found[0].text == text);
    CHECK(found[0].bound == Bound::kRange);
    CHECK(found[0].high > found[0].amount);
  }
  // The scale written once, on the high end, is the low end's too.
  for (const char* text : {"between $140 and $150 million", "$2 to $3 billion"}) {
    CAPTURE(text);
    auto found = finder.Find(text, {});
    REQUIRE(found.size() == 1);
    CHECK(found[0].bound == Bound::kRange);
    CHECK(found[0].amount * 1.5 >= found[0].high);
  }
  auto fiscal = finder.Find("in fiscal 2024 and FY2025", {});
  REQUIRE(fiscal.size() == 2);
  CHECK(fiscal[0].qualifier == "fiscal");
  CHECK(fiscal[1].qualifier == "fiscal");
}

// Published 2026-03-04 (first quarter, ISO week 10).
TEST_CASE("dates: a weekday before a date, quarters written short, current and coming", "[extract][values]") {
  Expect("Mon, February 16", {{"Mon, February 16", ValueType::kDate, 0, "2026-02-16"}});
  Expect("on Tuesday the 3rd of March", {{"Tuesday the 3rd of March", ValueType::kDate, 0, "2026-03-03"}});
  Expect("2015-3-3", {{"2015-3-3", ValueType::kDate, 0, "2015-03-03"}});
  Expect("4th quarter 2018", {{"4th quarter 2018", ValueType::kDate, 0, "2018-10/2018-12"}});
  Expect("the 3rd qtr of 2018", {{"the 3rd qtr of 2018", ValueType::kDate, 0, "2018-07/2018-09"}});
  Expect("in 2018Q4", {{"2018Q4", ValueType::kDate, 0, "2018-10/2018-12"}});
  Expect("next qtr", {{"next qtr", ValueType::kDate, 0, "2026-04/2026-06"}});
  Expect("the coming week", {{"coming week", ValueType::kDate, 0, "2026-W11"}});
  Expect("last yr", {{"last yr", ValueType::kDate, 0, "2025"}});
  Expect("the current month", {{"current month", ValueType::kDate, 0, "2026-03"}});
  // A month's name is a whole word: none in "Marketing", "Decree" or "Omar".
  Expect("invested in Marketing by Decree of Omar 2019", {{"2019", ValueType::kYear, 2019, ""}});
}

TEST_CASE("dates: relative, holidays, ordinal days, numeric forms, leap days", "[extract][values]") {
  // Counted back to the day (years to the month), as Duckling resolves them; the
  // precision keeps the unit said.
  Expect("three weeks ago", {{"three weeks ago", ValueType::kDate, 0, "2026-02-11"}});
  Expect("a year ago", {{"a year ago", ValueType::kDate, 0, "2025-03"}});
  Expect("on New Year's Day", {{"New Year's Day", ValueType::kDate, 0, "2026-01-01"}});
  Expect("on Boxing Day", {{"Boxing Day", ValueType::kDate, 0, "2026-12-26"}});  // no tense: this year's
  Expect("Thanksgiving 2025", {{"Thanksgiving 2025", ValueType::kDate, 0, "2025-11-27"}});
  Expect("the 14th of March of 2003", {{"14th of March of 2003", ValueType::kDate, 0, "2003-03-14"}});
  Expect("March 14th of 2003", {{"March 14th of 2003", ValueType::kDate, 0, "2003-03-14"}});
  Expect("11-Mar-2019", {{"11-Mar-2019", ValueType::kDate, 0, "2019-03-11"}});
  Expect("2019/Mar/11", {{"2019/Mar/11", ValueType::kDate, 0, "2019-03-11"}});
  Expect("20190311", {{"20190311", ValueType::kDate, 0, "2019-03-11"}});
  Expect("2/29/2024", {{"2/29/2024", ValueType::kDate, 0, "2024-02-29"}});
  Expect("31/10/1974", {{"31/10/1974", ValueType::kDate, 0, "1974-10-31"}});
  // No year, in a common year: the leap day nearest publication (2028's is a week nearer
  // 2026-03-04 than 2024's).
  Expect("on February 29", {{"February 29", ValueType::kDate, 0, "2028-02-29"}});
  Expect("on February 29", {{"February 29", ValueType::kDate, 0, "2024-02-29"}}, core::CivilDate{2025, 1, 10});
  Expect("on February 29", {{"February 29", ValueType::kDate, 0, "2028-02-29"}}, core::CivilDate{2028, 3, 1});
  static const ValueFinder finder;
  auto story = finder.Find("It met on March 3, 2026. The week before it talked; the following day it signed.",
                           {core::CivilDate{2026, 3, 10}});
  REQUIRE(story.size() == 3);
  CHECK(story[1].date == "2026-W09");
  CHECK(story[1].qualifier == "before");
  CHECK(story[2].date == "2026-03-04");
  auto alone = finder.Find("the following day", {core::CivilDate{2026, 3, 10}});
  REQUIRE(alone.size() == 1);
  CHECK(alone[0].date.empty());  // nothing to count from
}

TEST_CASE("dates: days within a month, counted from another day, more holidays", "[extract][values]") {
  // Published Wednesday 2026-03-04.
  Expect("three days after Easter 2013", {{"three days after Easter 2013", ValueType::kDate, 0, "2013-04-03"}});
  Expect("two weeks before March 10", {{"two weeks before March 10", ValueType::kDate, 0, "2026-02-24"}});
  Expect("Thursday the 19th", {{"Thursday the 19th", ValueType::kDate, 0, "2026-03-19"}});
  // A weekday and a day: the next such day without a past tense, else the latest.
  Expect("a sale on Friday the 13th", {{"Friday the 13th", ValueType::kDate, 0, "2026-03-13"}});
  Expect("Monday the 9th", {{"Monday the 9th", ValueType::kDate, 0, "2026-03-09"}});
  Expect("It crashed on Friday the 13th.", {{"Friday the 13th", ValueType::kDate, 0, "2026-02-13"}});
  // A day of the month alone, without a tense: the next (Duckling's reading).
  Expect("The fee is due by the 2nd.", {{"the 2nd", ValueType::kDate, 0, "2026-04-02"}});
  Expect("The fee was paid on the 2nd.", {{"the 2nd", ValueType::kDate, 0, "2026-03-02"}});
  // "Day of" after an ordinal, "of" before a year.
  Expect("the 5th day of June 2011", {{"5th day of June 2011", ValueType::kDate, 0, "2011-06-05"}});
  Expect("in April of 2011", {{"in April of 2011", ValueType::kDate, 0, "2011-04"}});
  Expect("in the year 2011", {{"in the year 2011", ValueType::kYear, 2011, ""}});
  // A quarter of a year written: "the last quarter of 2011" is its fourth.
  Expect("in Q2 of 2011", {{"Q2 of 2011", ValueType::kDate, 0, "2011-04/2011-06"}});
  Expect("in 2Q11", {{"2Q11", ValueType::kDate, 0, "2011-04/2011-06"}});
  Expect("in 11Q2", {{"11Q2", ValueType::kDate, 0, "2011-04/2011-06"}});
  Expect("in Q2 '11", {{"Q2 '11", ValueType::kDate, 0, "2011-04/2011-06"}});
  Expect("in 2Q 2011", {{"2Q 2011", ValueType::kDate, 0, "2011-04/2011-06"}});
  Expect("the last quarter of 2011", {{"the last quarter of 2011", ValueType::kDate, 0, "2011-10/2011-12"}});
  // "The week of" a day is its ISO week.
  Expect("the week of March 16", {{"week of March 16", ValueType::kDate, 0, "2026-W12"}});
  Expect("the first Monday of March 2014", {{"the first Monday of March 2014", ValueType::kDate, 0, "2014-03-03"}});
  Expect("the last Friday of the month", {{"the last Friday of the month", ValueType::kDate, 0, "2026-03-27"}});
  Expect("the 20th of next month", {{"the 20th of next month", ValueType::kDate, 0, "2026-04-20"}});
  Expect("the first day of next month", {{"the first day of next month", ValueType::kDate, 0, "2026-04-01"}});
  Expect("the last day of the month", {{"the last day of the month", ValueType::kDate, 0, "2026-03-31"}});
  Expect("the last week of next month", {{"the last week of next month", ValueType::kDate, 0, "2026-W17"}});
  Expect("Christmas of 2011", {{"Christmas of 2011", ValueType::kDate, 0, "2011-12-25"}});
  // With no earlier day in the text, "the following Monday" counts from publication.
  Expect("the following Monday", {{"the following Monday", ValueType::kDate, 0, "2026-03-09"}});
  Expect("the previous Monday", {{"the previous Monday", ValueType::kDate, 0, "2026-03-02"}});
  Expect("on 2019.03.11", {{"2019.03.11", ValueType::kDate, 0, "2019-03-11"}});
  Expect("the day before yesterday", {{"the day before yesterday", ValueType::kDate, 0, "2026-03-02"}});
  Expect("two weeks from now", {{"two weeks from now", ValueType::kDate, 0, "2026-03-18"}});
  Expect("Ash Wednesday 2026", {{"Ash Wednesday 2026", ValueType::kDate, 0, "2026-02-18"}});
  Expect("Whit Monday 2026", {{"Whit Monday 2026", ValueType::kDate, 0, "2026-05-25"}});
  // A holiday with "next", "last" or "of last year" (published 2026-03-04).
  Expect("next Christmas", {{"next Christmas", ValueType::kDate, 0, "2026-12-25"}});
  Expect("last Easter", {{"last Easter", ValueType::kDate, 0, "2025-04-20"}});
  Expect("next Easter", {{"next Easter", ValueType::kDate, 0, "2026-04-05"}});
  Expect("MLK day of last year", {{"MLK day of last year", ValueType::kDate, 0, "2025-01-20"}});
  // A weekday before a bare figure is no day of the month.
  Expect("Sunday 19 people", {{"Sunday", ValueType::kDate, 0, "2026-03-01"},
                              {"19 people", ValueType::kCount, 19, "people"}});
}

// Forms of issue 18's second round, each written as news prints it (published Wednesday
// 2026-03-04 unless said).
TEST_CASE("values: spoken decimals, glued ordinals, more currencies, relative periods", "[extract][values]") {
  Expect("1 point 1", {{"1 point 1", ValueType::kNumber, 1.1, ""}});
  Expect("point 77", {{"point 77", ValueType::kNumber, 0.77, ""}});
  Expect("three point five miles", {{"three point five miles", ValueType::kDistance, 5632.704, ""}});
  Expect("the twentyfifth", {{"twentyfifth", ValueType::kOrdinal, 25, ""}});
  Expect("three hundred krores", {{"three hundred krores", ValueType::kNumber, 3e9, ""}});
  Expect("it fell to 2 below zero", {{"2 below zero", ValueType::kTemperature, -2, ""}});
  Expect("a 1/2h wait", {{"1/2h", ValueType::kDuration, 1.0 / 48, ""}});
  Expect("open 24h", {{"24h", ValueType::kDuration, 1, ""}});
  Expect("priced $20 43", {{"$20 43", ValueType::kMoney, 20.43, "USD"}});
  Expect("it cost ₪42", {{"₪42", ValueType::kMoney, 42, "ILS"}});
  Expect("it cost 42 ₽", {{"42 ₽", ValueType::kMoney, 42, "RUB"}});
  Expect("fees of NIS 300", {{"NIS 300", ValueType::kMoney, 300, "ILS"}});
  Expect("fees of 300 RMB", {{"300 RMB", ValueType::kMoney, 300, "CNY"}});
  Expect("a 5 zloty fee", {{"5 zloty", ValueType::kMoney, 5, "PLN"}});
  Expect("5 Emirati dirhams", {{"5 Emirati dirhams", ValueType::kMoney, 5, "AED"}});
  Expect("half a million dollars", {{"half a million dollars", ValueType::kMoney, 5e5, "USD"}});
  Expect("two and a half million dollars", {{"two and a half million dollars", ValueType::kMoney, 2.5e6, "USD"}});
  Expect("a $3bn-$4bn deal", {{"$3bn-$4bn", ValueType::kMoney, 3e9, "USD", Bound::kRange}});
  Expect("a fee of Rupees 500", {{"Rupees 500", ValueType::kMoney, 500, "INR"}});
  Expect("100 Russian rubles", {{"100 Russian rubles", ValueType::kMoney, 100, "RUB"}});
  Expect("50 Pakistani rupees", {{"50 Pakistani rupees", ValueType::kMoney, 50, "PKR"}});
  Expect("5 new shekels", {{"5 new shekels", ValueType::kMoney, 5, "ILS"}});
  Expect("1,000 L.L. in fees", {{"1,000 L.L.", ValueType::kMoney, 1000, "LBP"}});
  Expect("MNT 500", {{"MNT 500", ValueType::kMoney, 500, "MNT"}});
  Expect("it costs 10 to 20 dollars", {{"10 to 20 dollars", ValueType::kMoney, 10, "USD", Bound::kRange}});
  // A change and a level, not a range: the low end is far below the high one.
  Expect("shares fell 3 to $45", {{"3", ValueType::kNumber, 3, ""}, {"$45", ValueType::kMoney, 45, "USD"}});
  Expect("2 thursdays ago", {{"2 thursdays ago", ValueType::kDate, 0, "2026-02-19"}});
  Expect("3 fridays from now", {{"3 fridays from now", ValueType::kDate, 0, "2026-03-20"}});
  Expect("the previous week", {{"the previous week", ValueType::kDate, 0, "2026-W09"}});
  Expect("previous week", {{"previous week", ValueType::kDate, 0, "2026-W09"}});
  Expect("the upcoming month", {{"upcoming month", ValueType::kDate, 0, "2026-04"}});
  Expect("released 2014-10", {{"2014-10", ValueType::kDate, 0, "2014-10"}});
  Expect("the 2010-11 season", {{"2010", ValueType::kYear, 2010, ""}, {"11", ValueType::kNumber, 11, ""}});
  Expect("in 2014 AD", {{"in 2014 AD", ValueType::kYear, 2014, ""}});
  Expect("Boss's Day 2021", {{"Boss's Day 2021", ValueType::kDate, 0, "2021-10-15"}});
  Expect("King's Day 2014", {{"King's Day 2014", ValueType::kDate, 0, "2014-04-26"}});
  // Without an earlier day, a week or month said from the story's time counts from publication.
  Expect("the following week", {{"the following week", ValueType::kDate, 0, "2026-W11"}});
}

// A date without its year takes the tense of its sentence, else the publication's year
// (HeidelTime's rule for news); holidays of the Hebrew and Islamic calendars
// are computed (published Wednesday 2026-03-04).
TEST_CASE("dates: a year from the sentence's tense, Hebrew and Islamic holidays", "[extract][values]") {
  struct Row {
    std::string sentence, mention, date;
  };
  const Row rows[] = {
      {"The summit will be held on October 10.", "October 10", "2026-10-10"},
      {"The summit was held on October 10.", "October 10", "2025-10-10"},
      {"The vote is scheduled for June 2.", "June 2", "2026-06-02"},
      {"It is due to report on January 5.", "January 5", "2027-01-05"},
      {"It said it will pay on February 2.", "February 2", "2027-02-02"},
      {"The deal, announced on January 5, will close later.", "January 5", "2026-01-05"},
      {"It will be launched on May 5.", "May 5", "2026-05-05"},
      {"It will be launched on January 5.", "January 5", "2027-01-05"},
      {"Talks on Aug 8.", "Aug 8", "2026-08-08"},                      // no tense: this year
      {"Talks on December 20.", "December 20", "2026-12-20"},          // no tense: this year
      {"The United Nations meets on April 2.", "April 2", "2026-04-02"},  // a name is no past tense
      {"the 4th of July", "4th of July", "2026-07-04"},
      {"It opened in October.", "in October", "2025-10"},
      {"It will open in October.", "in October", "2026-10"},
      // Hebrew holidays: the day on whose evening they begin (the Hebrew day runs from sunset).
      {"Rosh Hashanah 2018", "Rosh Hashanah 2018", "2018-09-09"},
      {"Passover 2026", "Passover 2026", "2026-04-01"},
      {"Hanukkah 2025", "Hanukkah 2025", "2025-12-14"},
      {"Yom Ha'atzmaut 2018", "Yom Ha'atzmaut 2018", "2018-04-18"},  // moved off a Friday
      {"Yom Kippur 2018", "Yom Kippur 2018", "2018-09-18"},
      // Islamic holidays by the tabular calendar (within a day of the observed one).
      {"Eid al-Adha 2018", "Eid al-Adha 2018", "2018-08-21"},
      {"Islamic New Year 2018", "Islamic New Year 2018", "2018-09-11"},
      {"Eid ul-Fitr in 1975", "Eid ul-Fitr in 1975", "1975-10-06"},
      {"Chinese New Year 2026", "Chinese New Year 2026", "2026-02-17"},
      {"Lunar New Year 2023", "Lunar New Year 2023", "2023-01-22"},
      {"Chinese New Year's Day, 2033", "Chinese New Year's Day, 2033", "2033-01-31"},
      {"Martin Luther King's Day 2026", "Martin Luther King's Day 2026", "2026-01-19"},
      // "upcoming" and a count: the unit that many ahead, at its precision (Duckling's reading).
      {"the upcoming two weeks", "upcoming two weeks", "2026-W12"},
      {"2 upcoming months", "2 upcoming months", "2026-05"},
      {"upcoming two quarters", "upcoming two quarters", "2026-07/2026-09"},
      {"upcoming 3 days", "upcoming 3 days", "2026-03-07"},
      {"two upcoming years", "two upcoming years", "2028"},
      {"next week", "next week", "2026-W11"},
  };
  for (const Row& r : rows) Expect(r.sentence, {{r.mention, ValueType::kDate, 0, r.date}});
}

TEST_CASE("values: currency words before the figure, Egyptian pounds, spoken hundreds", "[extract][values]") {
  Expect("ringgit 42", {{"ringgit 42", ValueType::kMoney, 42, "MYR"}});
  Expect("a fee of Malaysian ringgits 42", {{"Malaysian ringgits 42", ValueType::kMoney, 42, "MYR"}});
  Expect("dirhams 300 each", {{"dirhams 300", ValueType::kMoney, 300, "AED"}});
  Expect("it costs 42 L.E", {{"42 L.E", ValueType::kMoney, 42, "EGP"}});
  Expect("it costs 42 geneh", {{"42 geneh", ValueType::kMoney, 42, "EGP"}});
  Expect("one twenty two", {{"one twenty two", ValueType::kNumber, 122, ""}});
  Expect("nineteen eighty-four", {{"nineteen eighty-four", ValueType::kNumber, 1984, ""}});
}

}  // namespace
}  // namespace newsrecon::extract
