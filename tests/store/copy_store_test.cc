// migrate (Store::Copy) of a database that has lived: documents marked as the same text as
// a later-copied article, articles updated after their duplicates (reconcile, triage,
// vacuum), on either engine as the source.
#include <catch2/catch.hpp>

#include "tests/pg_support.h"
#include "tests/test_support.h"

namespace newsrecon::testing {
namespace {

TEST_CASE("migrate copies a database after ingest, reconcile, triage and vacuum", "[store][migrate]") {
  TempDir dir;
  std::string from = FreshDb(dir, "from.db"), to = dir.File("copy.db");
  WriteFile(dir.File("a.txt"), "Acme buys Widgets\n\nAcme Corp agreed to buy Widgets Ltd for "
                               "$400 million on Monday, the companies said.\n");
  WriteFile(dir.File("b.txt"), "Acme deal\n\nAcme Corp agreed to buy Widgets Ltd for $500 million "
                               "on Monday, the companies said.\n");
  const std::vector<std::vector<std::string>> steps = {
      {"ingest", dir.File("a.txt"), "--source", "Wire", "--url", "https://wire.example/1"},
      // The same text at a second URL: a document marked same_text_as the first article.
      {"ingest", dir.File("a.txt"), "--source", "Wire", "--url", "https://wire.example/2"},
      {"ingest", dir.File("a.txt"), "--source", "Echo", "--url", "https://echo.example/1"},
      {"ingest", dir.File("b.txt"), "--source", "Herald", "--url", "https://herald.example/1"},
      {"reconcile"},
      {"triage", "1", "--dismiss", "--note", "checked"},
      {"vacuum", "--documents-older-than", "1000"},
  };
  for (auto args : steps) {
    args.insert(args.end(), {"--db", from, "--quiet"});
    if (args[0] == "triage") args.pop_back();
    CAPTURE(args);
    CliResult r = RunCli(args);
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
  }
  REQUIRE(QueryOne(from, "SELECT count(*) FROM documents WHERE same_text_as IS NOT NULL") == "1");
  CliResult r = RunCli({"migrate", "--from", from, "--to", to});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  for (const char* table : {"runs", "sources", "documents", "articles", "claims", "claim_values",
                            "contradictions", "contradiction_runs", "stories", "story_keys"}) {
    CAPTURE(table);
    std::string sql = std::string("SELECT * FROM ") + table + " ORDER BY 1, 2";
    CHECK(QueryRows(to, sql) == QueryRows(from, sql));
  }
}

TEST_CASE("migrate from a database that is not there creates nothing", "[store][migrate]") {
  TempDir dir;
  CliResult r = RunCli({"migrate", "--from", dir.File("none.db"), "--to", dir.File("copy.db")});
  CHECK(r.exit_code == 1);
  CHECK(r.err == "newsrecon: migrate: " + dir.File("none.db") + ": no such database\n");
  CHECK_FALSE(Exists(dir.File("none.db")));
  CHECK_FALSE(Exists(dir.File("copy.db")));
}

}  // namespace
}  // namespace newsrecon::testing
