// Tests for festival dates computed from sun and moon, the n-th last day or week of a period, and holidays some years away.
#include <catch2/catch.hpp>

#include "extract/claims/values.h"

namespace newsrecon::extract {
namespace {

struct Row {
  std::string mention, date;
};

void ExpectDates(const std::vector<Row>& rows) {
  static const ValueFinder finder;
  for (const Row& r : rows) {
    auto found = finder.Find(r.mention, {core::CivilDate{2026, 3, 4}});
    CAPTURE(r.mention);
    REQUIRE(found.size() == 1);
    CHECK(found[0].type == core::ValueType::kDate);
    CHECK(found[0].text == r.mention);
    CHECK(found[0].date == r.date);
  }
}

// The days as India's calendars (drikpanchang, the central government's holiday lists)
// give them; each rule is checked over years 2010-2026.
TEST_CASE("festivals on a tithi: the day whose sunrise, noon, sunset or midnight falls in it", "[extract][values][festivals]") {
  ExpectDates({
      // Lakshmi Puja: the new moon of Ashvin (amanta) at the evening.
      {"Diwali 2010", "2010-11-05"}, {"Diwali 2012", "2012-11-13"}, {"Deepavali 2015", "2015-11-11"},
      {"Diwali 2017", "2017-10-19"}, {"Diwali 2020", "2020-11-14"}, {"Diwali 2023", "2023-11-12"},
      {"Lakshmi Puja 2025", "2025-10-20"}, {"Dhanteras 2019", "2019-10-25"}, {"Dhanteras 2023", "2023-11-10"},
      {"Bhai Dooj 2021", "2021-11-06"}, {"Karva Chauth 2019", "2019-10-17"}, {"Karwa Chauth 2023", "2023-11-01"},
      {"Chhath Puja 2021", "2021-11-10"}, {"Chhath 2023", "2023-11-19"},
      {"Guru Nanak Jayanti 2019", "2019-11-12"}, {"Guru Nanak Jayanti 2020", "2020-11-30"},
      // Ashvin's bright half.
      {"Navratri 2014", "2014-09-25"}, {"Navaratri 2019", "2019-09-29"}, {"Navratri 2025", "2025-09-22"},
      {"Dussehra 2019", "2019-10-08"}, {"Vijayadashami 2023", "2023-10-24"}, {"Dussehra 2024", "2024-10-12"},
      {"Valmiki Jayanti 2021", "2021-10-20"},
      // Magha, Chaitra, Shravana, Bhadrapada.
      {"Vasant Panchami 2018", "2018-01-22"}, {"Basant Panchami 2021", "2021-02-16"}, {"Vasant Panchami 2024", "2024-02-14"},
      {"Maha Shivaratri 2011", "2011-03-02"}, {"Mahashivratri 2016", "2016-03-07"}, {"Maha Shivaratri 2025", "2025-02-26"},
      {"Ugadi 2019", "2019-04-06"}, {"Gudi Padwa 2023", "2023-03-22"}, {"Ram Navami 2020", "2020-04-02"},
      {"Mahavir Jayanti 2019", "2019-04-17"}, {"Mahavir Jayanti 2022", "2022-04-14"}, {"Hanuman Jayanti 2023", "2023-04-06"},
      {"Buddha Purnima 2019", "2019-05-18"}, {"Buddha Purnima 2023", "2023-05-05"},
      {"Raksha Bandhan 2015", "2015-08-29"}, {"Raksha Bandhan 2021", "2021-08-22"}, {"Raksha Bandhan 2025", "2025-08-09"},
      {"Janmashtami 2020", "2020-08-11"},
      {"Ganesh Chaturthi 2010", "2010-09-11"}, {"Ganesh Chaturthi 2013", "2013-09-09"},
      {"Ganesh Chaturthi 2017", "2017-08-25"}, {"Vinayaka Chaturthi 2023", "2023-09-19"},
  });
}

TEST_CASE("Holi: the day after Holika Dahan, which Bhadra can move a day", "[extract][values][festivals]") {
  ExpectDates({
      {"Holi 2010", "2010-03-01"}, {"Holi 2012", "2012-03-08"}, {"Holi 2014", "2014-03-17"},
      {"Holi 2016", "2016-03-24"}, {"Holi 2019", "2019-03-21"}, {"Dhulandi 2022", "2022-03-18"},
      {"Holi 2023", "2023-03-08"}, {"Holika Dahan 2023", "2023-03-07"}, {"Holi 2024", "2024-03-25"},
      {"Holi 2025", "2025-03-14"}, {"Holi 2026", "2026-03-04"},
  });
}

TEST_CASE("solar festivals: ingresses, the Bengali month, nakshatras, the Parsi year", "[extract][values][festivals]") {
  ExpectDates({
      // The sun enters sidereal Capricorn: before sunset that day, else the next.
      {"Makar Sankranti 2018", "2018-01-14"}, {"Makar Sankranti 2019", "2019-01-15"},
      {"Makar Sankranti 2020", "2020-01-15"}, {"Pongal 2021", "2021-01-14"}, {"Makar Sankranti 2024", "2024-01-15"},
      {"Bhogi 2018", "2018-01-13"}, {"Mattu Pongal 2018", "2018-01-15"}, {"Kaanum Pongal 2018", "2018-01-16"},
      // 25 Boishakh: the Bengali month begins the day after the ingress into Aries.
      {"Rabindra Jayanti 2018", "2018-05-09"}, {"Rabindra Jayanti 2020", "2020-05-08"},
      {"Rabindra Jayanti 2024", "2024-05-08"},
      // Thiruvonam at sunrise in Chingam (Leo), the later of two.
      {"Onam 2012", "2012-08-29"}, {"Onam 2015", "2015-08-28"}, {"Onam 2019", "2019-09-11"},
      {"Onam 2021", "2021-08-21"}, {"Onam 2022", "2022-09-08"}, {"Onam 2024", "2024-09-15"},
      {"Thaipusam 2019", "2019-01-21"}, {"Thaipusam 2020", "2020-02-08"},
      // Shahenshahi: 365 days a year, so a day earlier in August after each leap day.
      {"Parsi New Year 2018", "2018-08-17"}, {"Parsi New Year 2020", "2020-08-16"},
      {"Parsi New Year 2023", "2023-08-16"}, {"Navroz 2024", "2024-08-15"},
  });
}

TEST_CASE("dates: the n-th last day or week of a month or year", "[extract][values][festivals]") {
  ExpectDates({
      {"the third last week of 2018", "2018-W50"},   // weeks end on a Sunday inside the period
      {"the last week of 2018", "2018-W52"},         // 24-30 December; 31 December starts 2019-W01
      {"the 2nd last week of October 2018", "2018-W42"},
      {"the last day of February 2024", "2024-02-29"},
      {"the second last day of March 2026", "2026-03-30"},
  });
}

TEST_CASE("dates: a holiday in the year some years or months from publication", "[extract][values][festivals]") {
  ExpectDates({  // published 2026-03-04
      {"Thanksgiving in 3 years", "2029-11-22"},
      {"Christmas in a year", "2027-12-25"},
      {"Diwali two years ago", "2024-10-31"},
      {"Diwali 1 year hence", "2027-10-29"},
      {"Easter three months ago", "2025-04-20"},  // the year of 4 December 2025
  });
}

}  // namespace
}  // namespace newsrecon::extract
