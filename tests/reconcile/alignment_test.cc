// Claims outside the lexicon: similar sentences with different figures are flagged; the
// same figure in other words is not; different facts with figures of one type are not.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "tests/test_support.h"

namespace newsrecon::testing {
namespace {

using nlohmann::json;

json Reconciled(const std::vector<std::pair<std::string, std::string>>& articles) {
  TempDir dir;
  std::string db = dir.File("n.db");
  int n = 0;
  for (const auto& [source, body] : articles) {
    std::string file = dir.File(std::string("a").append(std::to_string(n++)).append(".txt"));
    WriteFile(file, "Title\n\n" + body + "\n");
    REQUIRE(RunCli({"ingest", file, "--source", source, "--db", db, "--published", "2026-03-04"}).exit_code == 0);
  }
  REQUIRE(RunCli({"reconcile", "--db", db}).exit_code == 0);
  return json::parse(RunCli({"report", "contradictions", "--db", db}).out);
}

TEST_CASE("aligned sentences with different figures are a value contradiction", "[reconcile]") {
  // Three different stories (not copies of one wire story) that share one fact.
  json report = Reconciled({
      {"Wire", "Cloud buyers in Frankfurt are weighing their options after a bruising year of outages. "
               "European regulators fined Microsoft $45 million in 2024 over late reporting of a cloud outage. "
               "Procurement teams say contracts now carry stricter notice clauses."},
      {"Daily", "Hospitals that moved records online last spring faced hours without access. "
                "European regulators fined Microsoft $54 million in 2024 over late reporting of a cloud outage. "
                "Several trusts have since added a second supplier."},
      {"Post", "Insurers have started pricing cloud concentration risk into cyber policies. "
               "European regulators fined Microsoft $45 million in 2024 over the late reporting of a cloud outage. "
               "Brokers expect premiums to rise again next renewal season."},
  });
  REQUIRE(report.size() == 1);
  CHECK(report[0]["kind"] == "value");
  CHECK(report[0]["sides"][0]["value"] == "45 million USD");
  CHECK(report[0]["sides"][0]["sources"] == 2);
  CHECK(report[0]["sides"][1]["value"] == "54 million USD");
}

TEST_CASE("different facts with figures of one type are not aligned", "[reconcile]") {
  json report = Reconciled({
      {"Wire", "Microsoft said cloud revenue rose 20 percent in the quarter, beating forecasts by analysts."},
      {"Daily", "Microsoft said its gaming revenue fell 12 percent in the quarter, missing forecasts by analysts."},
      {"Post", "Microsoft shares rose 3 percent after analysts said cloud demand in the quarter beat forecasts."},
      {"Times", "Microsoft said cloud revenue rose 20% in the quarter, beating the forecasts of analysts."},
  });
  CHECK(report.empty());
}

}  // namespace
}  // namespace newsrecon::testing
