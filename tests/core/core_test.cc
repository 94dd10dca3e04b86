// Tests for core/: hashes, calendar arithmetic, UTF-8 repair and offsets.
#include <catch2/catch.hpp>

#include <array>
#include <utility>

#include "core/dates.h"
#include "core/sha256.h"
#include "core/status.h"
#include "core/utf8.h"

namespace newsrecon::core {
namespace {

TEST_CASE("Sha256Hex matches the FIPS 180-4 examples", "[core]") {
  CHECK(Sha256Hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(Sha256Hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(Sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  std::string million(1000000, 'a');
  CHECK(Sha256Hex(million) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("civil dates convert both ways and know their weekday", "[core]") {
  struct Case {
    CivilDate date;
    int64_t days;
    int weekday;  // 0 = Monday
  };
  const Case cases[] = {
      {{1970, 1, 1}, 0, 3},
      {{2000, 2, 29}, 11016, 1},
      {{2026, 3, 4}, 20516, 2},
      {{2026, 4, 27}, 20570, 0},
  };
  for (const Case& c : cases) {
    CAPTURE(c.date.year, c.date.month, c.date.day);
    CHECK(DaysFromCivil(c.date) == c.days);
    CHECK(CivilFromDays(c.days) == c.date);
    CHECK(Weekday(c.date) == c.weekday);
  }
  CHECK(IsValidDate({2024, 2, 29}));
  CHECK_FALSE(IsValidDate({2026, 2, 29}));
  CHECK_FALSE(IsValidDate({2026, 13, 1}));
}

TEST_CASE("ISO text gives its day, or the first and last day it can mean", "[core]") {
  CHECK(IsoDay("1970-01-02") == 1);
  CHECK(IsoDay("2026-04-27T10:00:00Z") == DaysFromCivil({2026, 4, 27}));
  CHECK(IsoDay("2026-04") == -1);
  CHECK(IsoDay("soon") == -1);
  struct Row {
    const char* text;
    CivilDate first, last;
  };
  const Row rows[] = {{"2026-04-27", {2026, 4, 27}, {2026, 4, 27}},
                      {"2024-02", {2024, 2, 1}, {2024, 2, 29}},
                      {"2025", {2025, 1, 1}, {2025, 12, 31}},
                      {"2025-10/2025-12", {2025, 10, 1}, {2025, 12, 31}}};
  for (const Row& row : rows) {
    CAPTURE(row.text);
    int64_t first = 0, last = 0;
    REQUIRE(IsoDaySpan(row.text, &first, &last));
    CHECK(first == DaysFromCivil(row.first));
    CHECK(last == DaysFromCivil(row.last));
  }
  int64_t first = 0, last = 0;
  CHECK_FALSE(IsoDaySpan("", &first, &last));
  CHECK_FALSE(IsoDaySpan("next week", &first, &last));
}

TEST_CASE("Hebrew, tabular Islamic and new-moon dates convert to civil ones", "[core]") {
  struct Case {
    int64_t year;
    int month, day;
    bool hebrew;
    CivilDate civil;
  };
  const Case cases[] = {
      {5779, 7, 1, true, {2018, 9, 10}},     // 1 Tishri 5779, Rosh Hashanah
      {5778, 1, 15, true, {2018, 3, 31}},    // 15 Nisan 5778, Passover
      {5784, 13, 14, true, {2024, 3, 24}},   // 14 Adar II 5784, Purim in a leap year
      {5786, 9, 25, true, {2025, 12, 15}},   // 25 Kislev 5786, Hanukkah
      {1440, 1, 1, false, {2018, 9, 11}},    // 1 Muharram 1440
      {1439, 12, 10, false, {2018, 8, 21}},  // 10 Dhu al-Hijja 1439
  };
  for (const Case& c : cases) {
    CAPTURE(c.year, c.month, c.day);
    int64_t days = c.hebrew ? DaysFromHebrew(c.year, c.month, c.day) : DaysFromHijri(c.year, c.month, c.day);
    CHECK(CivilFromDays(days) == c.civil);
  }
  // New moons (UTC): 2013-02-10 07:20, 2014-01-30 21:38 (31 January in UTC+8).
  CHECK(CivilFromDays(NewMoonOnOrAfter(DaysFromCivil({2013, 2, 1}), 0)) == CivilDate{2013, 2, 10});
  CHECK(CivilFromDays(NewMoonOnOrAfter(DaysFromCivil({2014, 1, 21}), 0)) == CivilDate{2014, 1, 30});
  CHECK(CivilFromDays(NewMoonOnOrAfter(DaysFromCivil({2014, 1, 21}), 8)) == CivilDate{2014, 1, 31});
  // The Umm al-Qura reckoning (the month after the first Mecca sunset past the conjunction),
  // against the days Saudi Arabia kept.
  const std::pair<std::array<int, 3>, CivilDate> umm_al_qura[] = {
      {{1440, 1, 1}, {2018, 9, 11}},   // 1 Muharram 1440
      {{1439, 12, 10}, {2018, 8, 21}}, // Eid al-Adha 1439
      {{1439, 10, 1}, {2018, 6, 15}},  // Eid al-Fitr 1439
      {{1445, 9, 1}, {2024, 3, 11}},   // 1 Ramadan 1445
      {{1445, 10, 1}, {2024, 4, 10}},  // Eid al-Fitr 1445
  };
  for (const auto& [hijri, civil] : umm_al_qura) {
    CAPTURE(hijri[0], hijri[1], hijri[2]);
    CHECK(CivilFromDays(DaysFromHijriUmmAlQura(hijri[0], hijri[1], hijri[2])) == civil);
  }
  CHECK(IsHebrewLeapYear(5784));
  CHECK_FALSE(IsHebrewLeapYear(5785));
}

TEST_CASE("ParseIsoDate keeps the precision it was given", "[core]") {
  CHECK(FormatIsoDate(*ParseIsoDate("2026-04-27T10:00:00Z")) == "2026-04-27");
  CHECK(FormatIsoDate(*ParseIsoDate("2026-04")) == "2026-04");
  CHECK(FormatIsoDate(*ParseIsoDate("2026")) == "2026");
  CHECK_FALSE(ParseIsoDate("2026-02-30").has_value());
  CHECK_FALSE(ParseIsoDate("April 2026").has_value());
  CHECK_FALSE(ParseIsoDate("2026-04-27junk").has_value());
}

TEST_CASE("RepairUtf8 replaces each ill-formed byte and says how many", "[core]") {
  size_t replaced = 0;
  CHECK(RepairUtf8("caf\xC3\xA9", &replaced) == "caf\xC3\xA9");
  CHECK(replaced == 0);
  CHECK(RepairUtf8("a\xFF" "b\xC3", &replaced) == "a\xEF\xBF\xBD" "b\xEF\xBF\xBD");
  CHECK(replaced == 2);
  CHECK_FALSE(IsValidUtf8("\xED\xA0\x80"));  // a surrogate
  CHECK_FALSE(IsValidUtf8("\xC0\xAF"));      // an overlong '/'
  CHECK(IsValidUtf8("\xF0\x9F\x98\x80"));
}

TEST_CASE("CodePointOffset counts characters, not bytes", "[core]") {
  std::string text = "caf\xC3\xA9 $5";
  CHECK(CodePointOffset(text, 6) == 5);
  CHECK(CodePointOffset(text, text.size()) == 7);
}

Result<int> Half(int n) {
  if (n % 2 != 0) return BadInput(std::to_string(n) + " is odd");
  return n / 2;
}

// Halves `n` twice through NR_ASSIGN_OR_RETURN; the first failure returns at once.
Result<std::string> Quarter(int n, int* steps) {
  NR_ASSIGN_OR_RETURN(int half, Half(n));
  ++*steps;
  NR_ASSIGN_OR_RETURN(int quarter, Half(half));
  ++*steps;
  return std::to_string(quarter);
}

TEST_CASE("NR_ASSIGN_OR_RETURN assigns a value or returns the failure", "[core]") {
  struct Case {
    int n;
    int steps;
    std::string out;  // the value, or the error
  };
  const Case cases[] = {{8, 2, "2"}, {6, 1, "3 is odd"}, {5, 0, "5 is odd"}};
  for (const Case& c : cases) {
    CAPTURE(c.n);
    int steps = 0;
    auto r = Quarter(c.n, &steps);
    CHECK(steps == c.steps);
    CHECK((r.ok() ? *r : r.status().message()) == c.out);
  }
}

}  // namespace
}  // namespace newsrecon::core
