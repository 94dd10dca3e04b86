// End to end: copies compared with their originals, figures aligned by frame across
// outlets, developing tolls, and look-alikes that are not contradictions.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "tests/test_support.h"

namespace newsrecon::testing {
namespace {

using nlohmann::json;

struct Piece {
  std::string source, published, body;
};

json Reconciled(const std::vector<Piece>& articles) {
  TempDir dir;
  std::string db = dir.File("n.db");
  int n = 0;
  for (const Piece& a : articles) {
    std::string file = dir.File("a" + std::to_string(n++) + ".txt");
    WriteFile(file, "Title of the story\n\n" + a.body + "\n");
    REQUIRE(RunCli({"ingest", file, "--source", a.source, "--db", db, "--published", a.published}).exit_code == 0);
  }
  REQUIRE(RunCli({"reconcile", "--db", db}).exit_code == 0);
  json all = json::parse(RunCli({"report", "contradictions", "--db", db}).out);
  json out = json::array();
  for (const json& item : all) {
    if (!item["within_article"].get<bool>()) out.push_back(item);
  }
  return out;
}

const char kStory[] =
    "Harbor Freight agreed to buy the Lakeside warehouse on Tuesday after months of talks with the city. "
    "The company will pay $320,000 for the site, which has stood empty since the mill closed. "
    "City officials said the sale would bring about 40 jobs back to the waterfront district. "
    "Residents at a public meeting asked that the old loading docks be kept as a walkway. "
    "Work on the new building is expected to begin in the spring, the council said.";

TEST_CASE("copies: a figure changed in a copy is a copy divergence", "[reconcile][copies]") {
  std::string copy = kStory;
  copy.replace(copy.find("$320,000"), 8, "$130,000");
  json report = Reconciled({{"Ledger", "2026-03-04", kStory}, {"Herald", "2026-03-04", copy}});
  REQUIRE(report.size() == 1);
  CHECK(report[0]["kind"] == "copy divergence");
  CHECK(report[0]["sides"][0]["value"] == "320000 USD");
  CHECK(report[0]["sides"][1]["value"] == "130000 USD");
  CHECK(report[0]["explanation"] ==
        "Herald's copy of Ledger's story says 130000 USD where the original says 320000 USD.");
}

TEST_CASE("copies: a copy in other words for the same figures is no contradiction", "[reconcile][copies]") {
  std::string copy = kStory;
  copy.replace(copy.find("$320,000"), 8, "US$320,000");
  json report = Reconciled({{"Ledger", "2026-03-04", kStory}, {"Herald", "2026-03-04", copy}});
  CHECK(report.empty());
}

TEST_CASE("frames: one quantity in two outlets' own words", "[reconcile][copies]") {
  json report = Reconciled({
      {"Ledger", "2026-03-04", "Free agent Mark Teixeira is choosing between the Red Sox, the Angels and the Yankees. "
                               "Boston made an eight-year offer of $200 million to Teixeira, a radio host reported. "
                               "The Angels and the Yankees are expected to respond before the winter meetings end."},
      {"Courier", "2026-03-04", "Free agent Mark Teixeira is weighing the Red Sox, the Angels and the Yankees. "
                                "The Red Sox put an offer worth $184 million on the table for Teixeira, sources said. "
                                "The Angels and the Yankees have not said whether they will respond."},
      {"Post", "2026-03-04", "Mark Teixeira met Red Sox officials while the Angels and the Yankees waited. "
                             "Their offer of $184 million to Teixeira covers eight seasons, according to WCVB. "
                             "The Angels and the Yankees could respond before the holidays."},
  });
  REQUIRE(report.size() == 1);
  CHECK(report[0]["kind"] == "value");
  CHECK(report[0]["explanation"] == "Courier and Post say the offer is 184 million USD; Ledger says 200 million USD.");
}

TEST_CASE("frames: a toll that grows is developing, a lower later toll is not", "[reconcile][copies]") {
  const char* early = "A bomb exploded at a market in Tarsel on Monday. "
                      "The blast killed 22 civilians, the local governor said. "
                      "Police sealed off the area around the market.";
  const char* late = "Rescue teams searched the rubble of the Tarsel market for a second day. "
                     "The bombing killed 48 civilians, hospital officials said. "
                     "Funerals were held in the evening.";
  json growing = Reconciled({{"Ledger", "2026-03-02", early}, {"Courier", "2026-03-03", late}});
  REQUIRE(growing.size() == 1);
  CHECK(growing[0]["kind"] == "developing");
  CHECK(growing[0]["severity"] == "low");
  CHECK(growing[0]["sides"][0]["value"] == "22 civilians");
  json falling = Reconciled({{"Ledger", "2026-03-03", early}, {"Courier", "2026-03-02", late}});
  REQUIRE(falling.size() == 1);
  CHECK(falling[0]["kind"] == "value");
}

TEST_CASE("frames: look-alikes are not contradictions", "[reconcile][copies]") {
  // The same sum in two currencies; two lower bounds; two different facts with one frame word.
  json report = Reconciled({
      {"Ledger", "2026-03-04", "Fire gutted the old Wasilla chapel late on Friday night. "
                               "Damage to the chapel was estimated at $1 million, officials said. "
                               "At least 70 people were injured in the crush outside."},
      {"Courier", "2026-03-04", "Investigators are still looking for the cause of the Wasilla chapel fire. "
                                "Damage to the chapel was estimated at 1 million euros, the insurer said. "
                                "More than 90 people were injured as crowds gathered."},
  });
  CHECK(report.empty());
}

}  // namespace
}  // namespace newsrecon::testing
