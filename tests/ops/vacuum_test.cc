// Retention: `vacuum` drops old documents' raw bodies and keeps everything made of them.
#include <catch2/catch.hpp>

#include <string>

#include "tests/test_support.h"

namespace newsrecon::testing {
namespace {

const std::string kDemo = NEWSRECON_SOURCE_DIR "/samples/demo.toml";

TEST_CASE("vacuum drops old raw bodies and keeps rows, hashes, articles and claims",
          "[ops][vacuum]") {
  TempDir dir;
  std::string db = dir.File("n.db");
  REQUIRE(RunBinary({"run", "--config", kDemo, "--db", db, "--report-dir", dir.File("r")})
              .exit_code == 0);
  std::string claims = QueryOne(db, "SELECT count(*) FROM claims");

  CliResult young = RunBinary({"vacuum", "--documents-older-than", "1", "--db", db});
  CHECK(young.exit_code == 0);
  CHECK(young.out == "vacuum: pruned 0 document(s) and 0 fetch-log row(s) stored more than 1 day(s) "
                     "ago; " + db + " compacted\n");
  CliResult all = RunBinary({"vacuum", "--documents-older-than", "0", "--db", db});
  CHECK(all.exit_code == 0);
  CHECK(all.out == "vacuum: pruned 8 document(s) and 8 fetch-log row(s) stored more than 0 day(s) "
                   "ago; " + db + " compacted\n");
  CHECK(QueryOne(db, "SELECT count(*) FROM documents WHERE length(body) = 0 AND pruned_at NOT NULL "
                "AND length(hash) = 64") == "8");
  CHECK(QueryOne(db, "SELECT count(*) FROM articles") == "8");
  CHECK(QueryOne(db, "SELECT count(*) FROM claims") == claims);

  // The same pages again are known by their hashes: nothing new, nothing failed.
  CliResult again = RunBinary({"run", "--config", kDemo, "--db", db, "--report-dir", dir.File("r")});
  CHECK(again.exit_code == 0);
  CHECK(QueryOne(db, "SELECT count(*) FROM documents") == "8");
  CHECK(QueryOne(db, "SELECT count(*) FROM articles") == "8");
}

TEST_CASE("vacuum's usage errors", "[ops][vacuum]") {
  TempDir dir;
  WriteFile(dir.File("bad.toml"), "[retention]\ndocuments_days = -3\n");
  struct Case {
    std::vector<std::string> args;
    int exit_code;
    std::string err;
  };
  std::vector<Case> cases = {
      {{"vacuum", "--db", dir.File("n.db")}, 2,
       "newsrecon: vacuum: give --documents-older-than DAYS or a config with [retention] "
       "documents_days\n"},
      {{"vacuum", "--documents-older-than", "soon", "--db", dir.File("n.db")}, 2,
       "newsrecon: vacuum: --documents-older-than needs a number of days\n"},
      {{"vacuum", "--config", dir.File("bad.toml")}, 2,
       "newsrecon: " + dir.File("bad.toml") +
           ":2: key 'documents_days': must be a whole number of days, 1 or more\n"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.args);
    CliResult r = RunCli(c.args);
    CHECK(r.exit_code == c.exit_code);
    CHECK(r.err == c.err);
  }
}

}  // namespace
}  // namespace newsrecon::testing
