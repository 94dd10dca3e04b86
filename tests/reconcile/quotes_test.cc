// Tests for misquotes: meaning changes are flagged, cuts and ellipses are not.
#include <catch2/catch.hpp>

#include "reconcile/quotes.h"

namespace newsrecon::reconcile {
namespace {

TEST_CASE("quotes: a change of meaning is a misquote", "[reconcile][quotes]") {
  struct Case {
    const char* a;
    const char* b;
    bool misquote;
  };
  const Case cases[] = {
      {"we will not sell the company to anyone", "we will sell the company to anyone", true},
      {"we won't sell the company to anyone", "we will sell the company to anyone", true},
      {"prices and wages will rise this year", "prices or wages will rise this year", true},
      {"we expect to hire 200 people this year", "we expect to hire 300 people this year", true},
      {"we will not sell the company to anyone", "we will not sell the company", false},  // cut short
      {"we will not sell the company to anyone at any price",
       "we will not sell the company ... at any price", false},  // ellipsis
      {"we will not sell the company to anyone", "the weather was fine in the north today", false},
      {"we will not sell the company to anyone", "we will not sell the firm to anyone", false},
      // The same figure written two ways is the same words.
      {"the suspect gave himself up just after 6 p.m. on Friday",
       "the suspect gave himself up just after 6:00 p.m. on Friday", false},
      {"we expect to hire 1,200 people this year", "we expect to hire 1200 people this year", false},
      {"the suspect gave himself up just after 6 p.m. on Friday",
       "the suspect gave himself up just after 6:30 p.m. on Friday", true},
  };
  for (const Case& c : cases) {
    CAPTURE(c.a, c.b);
    CHECK(Misquoted(c.a, c.b) == c.misquote);
  }
}

TEST_CASE("quotes: quotations of four words or more", "[reconcile][quotes]") {
  auto q = Quotations("\"We will not sell,\" she said, adding \"no\" and \xE2\x80\x9Cnot at any price at all\xE2\x80\x9D.");
  REQUIRE(q.size() == 2);
  CHECK(q[0] == "We will not sell,");
  CHECK(q[1] == "not at any price at all");
}

}  // namespace
}  // namespace newsrecon::reconcile
