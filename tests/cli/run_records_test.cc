// What a run leaves in its database for any machine: its summary (`summary --run`), its
// config, and path documents named by their place under the source's folder, so that the
// same folder mounted at two paths holds one set of documents.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

#include "tests/pg_support.h"
#include "tests/test_support.h"

namespace newsrecon::testing {
namespace {

namespace fs = std::filesystem;

const std::string kDemo = NEWSRECON_SOURCE_DIR "/samples/demo.toml";

TEST_CASE("summary --run prints a run's summary again from the database alone", "[e2e][summary]") {
  TempDir dir;
  std::string db = FreshDb(dir);
  CliResult run = RunCli({"run", "--config", kDemo, "--db", db, "--report-dir", dir.File("r")});
  REQUIRE(run.exit_code == 0);
  REQUIRE(run.out.find("newsrecon run 1") != std::string::npos);
  CliResult again = RunCli({"summary", "--run", "1", "--db", db});
  INFO(again.err);
  CHECK(again.exit_code == 0);
  CHECK(again.out == run.out);
  // The run's config is recorded beside it.
  CHECK(QueryOne(db, "SELECT count(*) FROM run_configs WHERE run_id = 1") == "1");
  // A run that wrote no report, and a run that is not there, say so.
  REQUIRE(RunCli({"reconcile", "--db", db}).exit_code == 0);
  const struct {
    const char* run;
    int exit_code;
    std::string err;
  } cases[] = {
      {"2", 1, "newsrecon: summary: " + db + ": run 2 (reconcile, ok) recorded no summary: only a run that wrote its report does\n"},
      {"9", 1, "newsrecon: summary: " + db + ": no run with id 9\n"},
      {"x", 2, "newsrecon: summary: --run needs a numeric run id\n"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.run);
    CliResult r = RunCli({"summary", "--run", c.run, "--db", db});
    CHECK(r.exit_code == c.exit_code);
    CHECK(r.err == c.err);
  }
}

TEST_CASE("a path source's folder mounted at two paths stores its pages once", "[e2e][paths]") {
  TempDir dir;
  fs::create_directories(dir.File("share/news"));
  for (const auto& page : fs::directory_iterator(NEWSRECON_SOURCE_DIR "/samples/pages")) {
    fs::copy_file(page.path(), dir.File("share/news/" + page.path().filename().string()));
  }
  fs::create_directory_symlink(dir.File("share"), dir.File("mount"));  // a second mount
  std::string db = FreshDb(dir);
  for (const char* root : {"share", "mount"}) {
    CAPTURE(root);
    std::string config = dir.File(std::string(root) + ".toml");
    WriteFile(config, "[[source]]\nname = \"News\"\npath = \"" + dir.File(std::string(root) + "/news") +
                          "\"\npublished = 2026-03-05\n");
    CliResult r = RunCli({"run", "--config", config, "--db", db, "--report-dir", dir.File("r")});
    INFO(r.err);
    CHECK(r.exit_code == 0);
  }
  CHECK(QueryOne(db, "SELECT count(*) FROM documents") == "6");
  CHECK(QueryOne(db, "SELECT count(*) FROM articles") == "6");
  CHECK(QueryOne(db, "SELECT min(url) FROM documents") == "file:circuit-and-capital.html");
}

}  // namespace
}  // namespace newsrecon::testing
