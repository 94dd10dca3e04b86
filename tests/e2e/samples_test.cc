// End to end on samples/: `newsrecon run` on the bundled corpus finds exactly the
// contradictions written into it (samples/EXPECTED.md), and nothing else.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <set>

#include "tests/pg_support.h"
#include "tests/test_support.h"

namespace newsrecon::testing {
namespace {

using nlohmann::json;

bool HasQuote(const json& item, const std::string& source, const std::string& quote) {
  for (const json& side : item["sides"]) {
    for (const json& e : side["evidence"]) {
      if (e["source"] == source && e["quote"] == quote) return true;
    }
  }
  return false;
}

TEST_CASE("the sample corpus yields exactly its planted contradictions", "[e2e]") {
  TempDir dir;
  std::string config = std::string(NEWSRECON_SOURCE_DIR) + "/samples/demo.toml";
  std::string db = FreshDb(dir);
  CliResult r = RunCli({"run", "--config", config, "--db", db, "--report-dir", dir.File("reports")});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  json report = json::parse(ReadFile(dir.File("reports/contradictions.json")));

  const std::set<std::string> expected = {
      // C1 role
      "role | revenue_share: Corvane Motors, Nordaxis Cells"
      " | ends (payer Corvane Motors, payee Nordaxis Cells): Circuit & Capital; Coastline Herald; "
      "Dynamo Daily; EV Dispatch; Ledger Wire; Northgate Business Review; The Market Lantern;"
      " | ends (payer Nordaxis Cells, payee Corvane Motors): The Motorway Journal;",
      // C2 status
      "status | supply: Corvane Motors, Nordaxis Cells"
      " | continues (supplier Nordaxis Cells, customer Corvane Motors): Circuit & Capital; "
      "Coastline Herald; Dynamo Daily; Ledger Wire; Northgate Business Review; The Market Lantern; "
      "The Motorway Journal;"
      " | ends (supplier Nordaxis Cells, customer Corvane Motors): EV Dispatch;",
      // C4 value, with C3's 30 per cent as a third side
      "value | stake: Corvane Motors, Nordaxis Cells (percent)"
      " | 27 percent: Circuit & Capital; Coastline Herald; Dynamo Daily; EV Dispatch; Ledger Wire; "
      "Northgate Business Review;"
      " | 30 percent: Northgate Business Review; | 32 percent: The Market Lantern;",
      // C3 within one article
      "within_article | value: stake: Corvane Motors, Nordaxis Cells (percent)"
      " | 27 percent: Northgate Business Review; | 30 percent: Northgate Business Review;",
      // C5 duration against dates
      "duration | partnership: Corvane Motors, Nordaxis Cells"
      " | began 2021: Circuit & Capital; Coastline Herald; Dynamo Daily; Ledger Wire; Northgate "
      "Business Review; The Market Lantern;"
      " | about 10 years (in 2026): The Motorway Journal;",
      // C6 date
      "date | announcement: Corvane Motors, Nordaxis Cells"
      " | 2026-03-03: Circuit & Capital; Coastline Herald; Dynamo Daily; EV Dispatch; Ledger Wire; "
      "Northgate Business Review; The Motorway Journal;"
      " | 2026-03-05: The Market Lantern;",
      // C7 hedge dropped
      "hedge | investment: Marrowgate Capital, Nordaxis Cells"
      " | up to 2 billion USD: Circuit & Capital; Coastline Herald; Dynamo Daily; Ledger Wire; The "
      "Market Lantern; The Motorway Journal;"
      " | 2 billion USD: EV Dispatch;",
      // C8 single source
      "single_source | acquisition: Nordaxis Cells, Quillfen Materials"
      " | not disclosed: Coastline Herald; Ledger Wire; Northgate Business Review; The Motorway Journal;"
      " | 310 million USD: Circuit & Capital;",
  };
  std::set<std::string> found;
  for (const json& item : report) found.insert(DescribeContradiction(item, ";"));
  CHECK(found == expected);

  // Each item carries both sides' quotes; a few exact ones.
  for (const json& item : report) {
    std::string kind = item["kind"];
    if (kind == "role") {
      CHECK(HasQuote(item, "The Motorway Journal",
                     "Under the new terms, Corvane will no longer collect a share of revenue from Nordaxis."));
      CHECK(HasQuote(item, "Ledger Wire",
                     "Under the revised terms, Corvane will no longer pay Nordaxis a share of revenue "
                     "from its home-battery business."));
      CHECK(item["severity"] == "high");
      CHECK(item["sides"][0]["voices"] == 6);  // Coastline Herald copies Ledger Wire
      CHECK(item["sides"][0]["sources"] == 7);
    }
    if (kind == "hedge") CHECK(item["severity"] == "low");
    for (const json& side : item["sides"]) {
      CHECK(side.contains("source"));
      CHECK(side.contains("url"));
      CHECK_FALSE(side["quote"].get<std::string>().empty());
    }
  }
  // The reader comment with a $3 billion figure never reached a claim.
  CHECK(ReadFile(dir.File("reports/contradictions.json")).find("3 billion") == std::string::npos);

  // A second run stores nothing new and finds the same contradictions, none new: one line.
  r = RunCli({"run", "--config", config, "--db", db, "--report-dir", dir.File("reports")});
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find(": nothing new (8 article(s) unchanged, 8 contradiction(s) open); report: ") !=
        std::string::npos);
  CHECK(r.out.find('\n') == r.out.size() - 1);
}

TEST_CASE("ingest and report contradictions give the same result as run", "[e2e]") {
  TempDir dir;
  std::string samples = std::string(NEWSRECON_SOURCE_DIR) + "/samples/";
  std::string db = FreshDb(dir);
  CHECK(RunCli({"ingest", samples + "pages/market-lantern.html", "--source", "The Market Lantern",
                "--db", db, "--config", samples + "demo.toml"}).exit_code == 0);
  CHECK(RunCli({"ingest", samples + "pages/ledger-wire.html", "--source", "Ledger Wire", "--db", db,
                "--config", samples + "demo.toml"}).exit_code == 0);
  CliResult r = RunCli({"reconcile", "--db", db});
  REQUIRE(r.exit_code == 0);
  r = RunCli({"report", "contradictions", "--format", "json", "--db", db});
  REQUIRE(r.exit_code == 0);
  json report = json::parse(r.out);
  std::set<std::string> kinds;
  for (const json& item : report) kinds.insert(item["kind"].get<std::string>());
  // Ledger Wire against The Market Lantern: the stake (27 against 32) and the date.
  CHECK(kinds == std::set<std::string>{"value", "date"});
}

}  // namespace
}  // namespace newsrecon::testing
