// Tests that every time the store writes follows core/clock.h (NEWSRECON_NOW), on the
// engine under test: SQLite, or PostgreSQL in the suite's "postgresql: " run.
#include <catch2/catch.hpp>

#include <cstdlib>

#include "tests/fetch/test_server.h"
#include "tests/ops/sample_site.h"
#include "tests/pg_support.h"
#include "tests/test_support.h"

namespace newsrecon::testing {
namespace {

TEST_CASE("the store's times follow NEWSRECON_NOW on either engine", "[store][clock]") {
  TempDir dir;
  std::string db = FreshDb(dir);
  TestServer server;  // the samples as feeds: the fetch stage's log and page state too
  SampleSite site(server);
  server.Start();
  WriteFile(dir.File("c.toml"), site.Config());
  const std::vector<std::string> run = {"run",          "--config", dir.File("c.toml"), "--db",
                                        db,             "--report-dir", dir.File("r"),  "--quiet"};
  setenv("NEWSRECON_NOW", "2027-05-06T02:00:00Z", 1);
  CliResult r = RunBinary(run);
  unsetenv("NEWSRECON_NOW");
  REQUIRE(r.exit_code == 0);
  // The earliest and the latest of each column: all within the run's minutes of 2027-05-06.
  const char* columns[][2] = {{"runs", "started_at"},       {"runs", "finished_at"},
                              {"sources", "created_at"},    {"documents", "stored_at"},
                              {"fetches", "fetched_at"},    {"url_state", "updated_at"}};
  for (const auto& [table, column] : columns) {
    for (const char* pick : {"min", "max"}) {
      std::string sql = std::string("SELECT ") + pick + "(" + column + ") FROM " + table;
      CAPTURE(sql);
      CHECK(QueryOne(db, sql).rfind("2027-05-06T02:0", 0) == 0);
    }
  }
  // Without NEWSRECON_NOW the clock is the system's again: a later run is not in 2027.
  r = RunBinary(run);
  REQUIRE(r.exit_code == 0);
  std::string latest = QueryOne(db, "SELECT started_at FROM runs ORDER BY id DESC LIMIT 1");
  CHECK(latest.rfind("2027-05-06", 0) != 0);
}

}  // namespace
}  // namespace newsrecon::testing
