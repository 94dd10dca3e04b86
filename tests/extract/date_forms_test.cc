// Tests for the date forms of a day within a month ("the first of March", "on the 15th",
// "2/15") with the look-alikes that are no dates, and for holidays as table rows.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "extract/claims/values.h"
#include "extract/claims/values_internal.h"

namespace newsrecon::extract {
namespace {

struct Row {
  std::string sentence, mention, date;  // mention "" when no date may be found
};

// Published Wednesday 2026-03-04.
void ExpectDate(const std::vector<Row>& rows) {
  static const ValueFinder finder;
  for (const Row& r : rows) {
    CAPTURE(r.sentence);
    std::vector<core::Value> dates;
    for (core::Value& v : finder.Find(r.sentence, {core::CivilDate{2026, 3, 4}})) {
      if (v.type == core::ValueType::kDate) dates.push_back(std::move(v));
    }
    if (r.mention.empty()) {
      CHECK(dates.empty());
      continue;
    }
    REQUIRE(dates.size() == 1);
    CHECK(dates[0].text == r.mention);
    CHECK(dates[0].date == r.date);
  }
}

TEST_CASE("dates: ordinal words, a day alone after a preposition, month/day in figures", "[extract][values][dates]") {
  ExpectDate({
      // An ordinal day in words, before "of" and a month or after the month.
      {"The vote is on the first of March.", "the first of March", "2026-03-01"},
      {"It was signed on the twenty-first of June 2019.", "the twenty-first of June 2019", "2019-06-21"},
      {"It opened on March third, 2015.", "March third, 2015", "2015-03-03"},
      {"Tuesday, the 1st of March", "Tuesday, the 1st of March", "2026-03-01"},
      {"Wed, Feb13", "Wed, Feb13", "2026-02-13"},
      // A day alone: after a preposition, ending its clause; the tense places the month.
      {"Payment will be made on the 15th.", "the 15th", "2026-03-15"},
      {"He arrived on the 3rd, then left.", "the 3rd", "2026-03-03"},
      {"The shares were sold on the 28th.", "the 28th", "2026-02-28"},
      // Month and day in figures: after a preposition or a weekday.
      {"The meeting was on 2/15 in Paris.", "2/15", "2026-02-15"},
      {"It will open on 12/5.", "12/5", "2026-12-05"},
      {"Thu 3/19", "3/19", "2026-03-19"},
      {"The UK summit on 15/2 was cancelled.", "15/2", "2026-02-15"},
      // A weekday of a week named from publication's (weeks run Monday to Sunday).
      {"It opens Wednesday of next week.", "Wednesday of next week", "2026-03-11"},
      {"It closed Sunday from last week.", "Sunday from last week", "2026-03-01"},
      {"last week's Sunday", "last week's Sunday", "2026-03-01"},
      {"It opens Wednesday after next.", "Wednesday after next", "2026-03-18"},  // published on a Wednesday
      {"It closed Friday before last.", "Friday before last", "2026-02-20"},
      // A day counted from a holiday by a word: "the day after Christmas".
      {"Shops reopened the day after Christmas.", "the day after Christmas", "2025-12-26"},
      {"The week before Easter 2019 was calm.", "The week before Easter 2019", "2019-W15"},
      {"February the 18th", "February the 18th", "2026-02-18"},
      // A month after "next", "last" or "this": counted from publication's month.
      {"The law takes effect next March.", "next March", "2027-03"},
      {"Prices fell last March.", "last March", "2025-03"},
      {"It will open this May.", "this May", "2026-05"},
      // The ides, an n-th week, a month and year in figures, a two-digit year after a day.
      {"Caesar died on the ides of March 44", "the ides of March", "2026-03-15"},
      {"the first week of October 2014", "the first week of October 2014", "2014-W40"},
      {"Sales in 10/2014 fell.", "10/2014", "2014-10"},
      {"14th April 15", "14th April 15", "2015-04-14"},
  });
}

TEST_CASE("dates: what looks like a day within a month but is none", "[extract][values][dates]") {
  ExpectDate({
      {"Results for the March first-quarter call rose.", "", ""},  // an ordinal of a noun
      {"The fire started on the 15th floor.", "", ""},
      {"She finished 15th in the race.", "", ""},
      {"On the first day, nothing happened.", "", ""},
      {"He scored 8/10 on the test.", "", ""},      // a score: a word before, none of a date's
      {"Half of them, 1/2 of the group, left.", "", ""},  // a fraction
      {"They work 24/7.", "", ""},
      {"3/15", "", ""},  // alone: a fraction, as likely as a date
      {"The wedding 3/4 of them attended.", "", ""},
      {"The ratio was 3/4%.", "", ""},
      {"Version 1/2/3 shipped.", "", ""},
      {"On 14th April 15 people were killed.", "14th April", "2025-04-14"},  // a count, not a year
      {"The ides are gone.", "", ""},
  });
}

// Days as the calendars give them (US and UK public holidays, the Orthodox paschalion,
// India's central government holiday lists).
TEST_CASE("holidays: families computed by rule from table rows", "[extract][values][dates]") {
  REQUIRE(HolidayTablesValid());
  ExpectDate({
      {"Black Friday 2017", "Black Friday 2017", "2017-11-24"},
      {"Cyber Monday 2019", "Cyber Monday 2019", "2019-12-02"},
      {"Orthodox Easter 2018", "Orthodox Easter 2018", "2018-04-08"},
      {"Orthodox Easter 2019", "Orthodox Easter 2019", "2019-04-28"},
      {"Orthodox Easter 2024", "Orthodox Easter 2024", "2024-05-05"},
      {"Clean Monday 2019", "Clean Monday 2019", "2019-03-11"},
      {"Mothering Sunday 2019", "Mothering Sunday 2019", "2019-03-31"},
      {"Trinity Sunday 2019", "Trinity Sunday 2019", "2019-06-16"},
      {"Whit Monday 2019", "Whit Monday 2019", "2019-06-10"},
      {"Christmas Eve 2019", "Christmas Eve 2019", "2019-12-24"},
      {"Spring Bank Holiday 2019", "Spring Bank Holiday 2019", "2019-05-27"},
      {"Commonwealth Day 2019", "Commonwealth Day 2019", "2019-03-11"},
      {"International Women's Day 2019", "International Women's Day 2019", "2019-03-08"},
      {"St George's Day 2019", "St George's Day 2019", "2019-04-23"},
      {"Vaisakhi 2018", "Vaisakhi 2018", "2018-04-14"},
      {"Baisakhi 2024", "Baisakhi 2024", "2024-04-13"},
      {"Lohri 2019", "Lohri 2019", "2019-01-13"},
      {"Guru Ravidas Jayanti 2019", "Guru Ravidas Jayanti 2019", "2019-02-19"},
      {"Guru Ravidas Jayanti 2024", "Guru Ravidas Jayanti 2024", "2024-02-24"},
      {"Guru Gobind Singh Jayanti 2020", "Guru Gobind Singh Jayanti 2020", "2020-01-02"},
      {"Guru Gobind Singh Jayanti 2022", "Guru Gobind Singh Jayanti 2022", "2022-01-09"},
      {"Dayananda Saraswati Jayanti 2018", "Dayananda Saraswati Jayanti 2018", "2018-02-10"},
      {"Maha Saptami 2018", "Maha Saptami 2018", "2018-10-16"},
      {"Hola Mohalla 2019", "Hola Mohalla 2019", "2019-03-22"},
      {"Yugadi 2019", "Yugadi 2019", "2019-04-06"},
  });
  // A holiday's name inside a longer word is none ("Eastern", "south-easterly").
  ExpectDate({{"Eastern Michigan rolled past Northern Illinois.", "", ""},
              {"The wind turned south-easterly.", "", ""}});
}

}  // namespace
}  // namespace newsrecon::extract
