// What a run leaves in its database for any machine: its summary (`summary --run`), its
// config (plain runs too), and path documents named by their place under the source's folder, so that the
// same folder mounted at two paths holds one set of documents.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

#include "cli/run_config.h"
#include "store/store.h"
#include "tests/pg_support.h"
#include "tests/test_support.h"

namespace newsrecon::testing {
namespace {

namespace fs = std::filesystem;

const std::string kDemo = NEWSRECON_SOURCE_DIR "/samples/demo.toml";

TEST_CASE("summary --run and report --run give a run's summary and report again from the "
          "database alone", "[e2e][summary]") {
  TempDir dir;
  std::string db = FreshDb(dir), shown = store::RedactUrl(db);
  CliResult run = RunCli({"run", "--config", kDemo, "--db", db, "--report-dir", dir.File("r")});
  REQUIRE(run.exit_code == 0);
  REQUIRE(run.out.find("newsrecon run 1") != std::string::npos);
  CliResult again = RunCli({"summary", "--run", "1", "--db", db});
  INFO(again.err);
  CHECK(again.exit_code == 0);
  CHECK(again.out == run.out);
  // And `report contradictions --run` rebuilds its report files, byte for byte.
  for (const auto& [format, file] : {std::pair<std::string, std::string>{"html", "run-1.html"},
                                     {"json", "contradictions.json"}}) {
    CAPTURE(format);
    CliResult report = RunCli({"report", "contradictions", "--run", "1", "--format", format,
                               "--db", db, "--out", dir.File("again." + format)});
    CHECK(report.exit_code == 0);
    CHECK(ReadFile(dir.File("again." + format)) == ReadFile(dir.File("r/" + file)));
  }
  // A run that wrote no report, and a run that is not there, say so.
  REQUIRE(RunCli({"reconcile", "--db", db}).exit_code == 0);
  const struct {
    const char* run;
    int exit_code;
    std::string err;
  } cases[] = {
      {"2", 1, "newsrecon: summary: " + shown + ": run 2 (reconcile, ok) recorded no summary: only a run that wrote its report does\n"},
      {"9", 1, "newsrecon: summary: " + shown + ": no run with id 9\n"},
      {"x", 2, "newsrecon: summary: --run needs a numeric run id\n"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.run);
    CliResult r = RunCli({"summary", "--run", c.run, "--db", db});
    CHECK(r.exit_code == c.exit_code);
    CHECK(r.err == c.err);
  }
  // A plain run records its config as a worker run does; the next run of the same config
  // names the first's instead of storing it again (a year of nights stays small).
  REQUIRE(RunCli({"run", "--config", kDemo, "--db", db, "--report-dir", dir.File("r")}).exit_code == 0);
  CHECK(QueryRows(db, "SELECT run_id, coalesce(same_as, 0) FROM run_configs ORDER BY run_id") ==
        std::vector<std::string>{"1\t0", "3\t1"});
  auto store = store::Store::Open(db);
  REQUIRE(store.ok());
  auto recorded = (*store)->LoadRunConfig(3);
  REQUIRE(recorded.ok());
  REQUIRE(recorded->has_value());
  auto config = cli::ConfigFromSaved((*recorded)->config, "run 3");
  REQUIRE(config.ok());
  CHECK(config->file == kDemo);
  CHECK(config->sources.size() == 8);
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

TEST_CASE("a recorded config reads back as it was, without a [store] password", "[cli][run_config]") {
  const std::string text =
      "[store]\npath = \"postgresql://news:s3cret@db.example/news\"\n[fetch]\ndelay_ms = 100\n"
      "[[source]]\nname = \"A\"\nurls = [\"https://a.example/1\"]\n"
      "[[party]]\nname = \"Quillfen Materials\"\naliases = [\"Quillfen\"]\n";
  auto config = cli::ParseConfig(text, "/etc/news/a.toml", "/etc/news");
  REQUIRE(config.ok());
  std::string saved = cli::SavedConfig(*config);
  CHECK(saved.find("s3cret") == std::string::npos);
  auto again = cli::ConfigFromSaved(saved, "run 1");
  REQUIRE(again.ok());
  CHECK(cli::ConfigDifferences(*again, *config).empty());
  CHECK(again->fetch.policy.delay_ms == 100);
  CHECK(cli::ConfigFromSaved("{}", "run 1").status().message() ==
        "run 1: the recorded config is not one newsrecon wrote");

  // What a worker's own config is told it differs in.
  const struct {
    const char* mine;
    std::vector<std::string> differs;
  } cases[] = {
      {"[fetch]\ndelay_ms = 100\n[[source]]\nname = \"A\"\nurls = [\"https://a.example/1\"]\n"
       "[[party]]\nname = \"Quillfen Materials\"\naliases = [\"Quillfen\"]\n", {}},
      {"[fetch]\ndelay_ms = 100\n[[party]]\nname = \"Quillfen Materials\"\naliases = [\"Quillfen\"]\n",
       {"sources: lacks 'A'"}},
      {"[fetch]\ndelay_ms = 100\n[[source]]\nname = \"A\"\nurls = [\"https://a.example/2\"]\n"
       "[[source]]\nname = \"B\"\nurls = [\"https://b.example/1\"]\n"
       "[[party]]\nname = \"Quillfen Materials\"\naliases = [\"Quillfen\"]\n",
       {"sources: adds 'B'; differs in 'A'"}},
      {"[[source]]\nname = \"A\"\nurls = [\"https://a.example/1\"]\n[article]\nmax_chars = 5000\n",
       // A's own policy takes [fetch]'s delay: it differs too.
       {"sources: differs in 'A'", "[fetch]", "[[party]]/[[relation]]/[phase]", "[article]"}},
  };
  for (const auto& c : cases) {
    CAPTURE(c.mine);
    auto mine = cli::ParseConfig(c.mine, "/home/w/b.toml", "/home/w");
    REQUIRE(mine.ok());
    CHECK(cli::ConfigDifferences(*mine, *config) == c.differs);
  }
}

}  // namespace
}  // namespace newsrecon::testing
