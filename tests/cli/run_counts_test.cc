// The nightly run as cron sees it: every count of the summary and of the run_end event
// checked against the database, one line for a night with nothing new, and --quiet silent
// unless something needs a person.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "tests/test_support.h"

namespace newsrecon::testing {
namespace {

const std::string kDemo = NEWSRECON_SOURCE_DIR "/samples/demo.toml";

// The run_end event of the log file's last run.
nlohmann::json RunEnd(const std::string& log) {
  std::istringstream in(ReadFile(log));
  nlohmann::json last;
  for (std::string line; std::getline(in, line);) {
    auto event = nlohmann::json::parse(line);
    if (event.at("event") == "run_end") last = event;
  }
  REQUIRE(last.is_object());
  return last;
}

int64_t Number(const std::string& db, const std::string& sql) { return std::stoll(QueryOne(db, sql)); }

TEST_CASE("run: the run_end counts and the summary agree with the database", "[cli][run]") {
  TempDir dir;
  std::string db = dir.File("n.db"), log = dir.File("run.jsonl");
  std::vector<std::string> run = {"run", "--config", kDemo, "--db", db, "--report-dir",
                                  dir.File("r"), "--log-file", log};
  CliResult first = RunCli(run);
  REQUIRE(first.exit_code == 0);
  nlohmann::json end = RunEnd(log);
  CAPTURE(end.dump());
  CHECK(end.at("documents_new") == Number(db, "SELECT count(*) FROM documents"));
  CHECK(end.at("documents_new") == 8);
  CHECK(end.at("pages_fetched") == 8);  // eight local files read
  CHECK(end.at("bytes") == Number(db, "SELECT sum(length(body)) FROM documents"));
  CHECK(end.at("articles_new") == Number(db, "SELECT count(*) FROM articles"));
  CHECK(end.at("claims_new") == Number(db, "SELECT count(*) FROM claims"));
  CHECK(end.at("claims_total") == end.at("claims_new"));
  CHECK(end.at("contradictions_new") == 8);
  CHECK(end.at("contradictions_open") == 8);
  std::string claims = std::to_string(end.at("claims_new").get<int64_t>());
  CHECK(first.out.find("claims:         " + claims + " stored by this run, " + claims + " in all\n") !=
        std::string::npos);

  // One contradiction dismissed: the next night counts it as dismissed, not open, in the
  // event and the summary alike, and says in one line that nothing is new.
  REQUIRE(RunCli({"triage", "1", "--dismiss", "--note", "two deals", "--db", db}).exit_code == 0);
  CliResult second = RunCli(run);
  REQUIRE(second.exit_code == 0);
  end = RunEnd(log);
  CAPTURE(end.dump());
  CHECK(end.at("documents_new") == 0);
  CHECK(end.at("articles_new") == 0);
  CHECK(end.at("claims_new") == 0);
  CHECK(end.at("claims_total") == Number(db, "SELECT count(*) FROM claims"));
  CHECK(end.at("contradictions_new") == 0);
  CHECK(end.at("contradictions_open") == 7);
  CHECK(end.at("contradictions_dismissed") == 1);
  CHECK(end.at("contradictions_open") ==
        Number(db, "SELECT count(*) FROM contradictions WHERE status = 'open' AND "
                   "coalesce(verdict, '') != 'dismissed'"));
  std::string line = ": nothing new (8 article(s) unchanged, 7 contradiction(s) open); report: " +
                     dir.File("r") + "/run-2.html\n";
  CAPTURE(second.out);
  CHECK(second.out.rfind("newsrecon run 2 — ", 0) == 0);  // then the run's time
  CHECK(second.out.find(line) == second.out.size() - line.size());
  CHECK(second.out.find('\n') == second.out.size() - 1);

  // --quiet: nothing at all on a night with nothing new.
  run.push_back("--quiet");
  CliResult third = RunCli(run);
  CHECK(third.exit_code == 0);
  CHECK(third.out.empty());
  CHECK(third.err.empty());
}

TEST_CASE("run --quiet prints the summary when there is something new", "[cli][run]") {
  TempDir dir;
  CliResult r = RunCli({"run", "--config", kDemo, "--db", dir.File("n.db"), "--report-dir",
                        dir.File("r"), "--quiet"});
  REQUIRE(r.exit_code == 0);
  CHECK(r.err.empty());
  CHECK(r.out.find("contradictions: 8 new, 8 open") != std::string::npos);
}

TEST_CASE("run: without [store] or [report] the database and reports go beside the config",
          "[cli][run]") {
  TempDir dir;
  WriteFile(dir.File("c.toml"), "[[source]]\nname = \"S\"\npath = \"" +
                                    std::string(NEWSRECON_SOURCE_DIR) +
                                    "/samples/text\"\npublished = \"2026-03-04\"\n");
  CliResult r = RunCli({"run", "--config", dir.File("c.toml"), "--quiet"});
  CHECK(r.exit_code == 0);
  CHECK(Exists(dir.File("newsrecon.db")));
  CHECK(Exists(dir.File("reports/run-1.html")));
  CHECK(Exists(dir.File("reports/contradictions.json")));
  CHECK(QueryOne(dir.File("newsrecon.db"), "SELECT count(*) FROM articles") != "0");
}

}  // namespace
}  // namespace newsrecon::testing
