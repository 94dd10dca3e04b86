// The log: human lines on stderr by level, one JSON object per line in the log file, an
// unwritable log file refused before the store is touched; NEWSRECON_NOW sets the clock.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "tests/test_support.h"

namespace newsrecon::testing {
namespace {

const std::string kDemo = NEWSRECON_SOURCE_DIR "/samples/demo.toml";

std::vector<nlohmann::json> JsonLines(const std::string& path) {
  std::istringstream in(ReadFile(path));
  std::vector<nlohmann::json> lines;
  std::string line;
  while (std::getline(in, line)) {
    CAPTURE(line);
    auto parsed = nlohmann::json::parse(line, nullptr, false);
    REQUIRE_FALSE(parsed.is_discarded());
    REQUIRE(parsed.is_object());
    lines.push_back(parsed);
  }
  return lines;
}

std::vector<std::string> Lines(const std::string& text) {
  std::istringstream in(text);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

TEST_CASE("the log file has one JSON object per line, each with run_id, level, event, time",
          "[ops][log]") {
  TempDir dir;
  std::string db = dir.File("n.db");
  CliResult r = RunCli({"run", "--config", kDemo, "--db", db, "--report-dir", dir.File("r"),
                        "--log-file", dir.File("run.jsonl")});
  REQUIRE(r.exit_code == 0);
  auto lines = JsonLines(dir.File("run.jsonl"));
  std::multiset<std::string> events;
  for (const auto& line : lines) {
    CAPTURE(line.dump());
    CHECK(line.at("run_id") == 1);
    CHECK(line.at("command") == "run");
    CHECK(std::set<std::string>{"debug", "info", "warn", "error"}.count(line.at("level")) == 1);
    CHECK(line.at("time").get<std::string>().size() == 24);  // 2026-03-04T02:00:00.000Z
    CHECK_FALSE(line.at("message").get<std::string>().empty());
    events.insert(line.at("event").get<std::string>());
  }
  CHECK(events == std::multiset<std::string>{"run_start", "source_fetched", "source_fetched",
                                             "source_fetched", "source_fetched", "source_fetched",
                                             "source_fetched", "source_fetched", "source_fetched",
                                             "article_stored", "article_stored", "article_stored",
                                             "article_stored", "article_stored", "article_stored",
                                             "article_stored", "article_stored", "contradictions",
                                             "run_end"});
  CHECK(lines.front().at("event") == "run_start");
  const auto& end = lines.back();
  CHECK(end.at("event") == "run_end");
  CHECK(end.at("status") == "ok");
  CHECK(end.at("articles_new") == 8);
  CHECK(end.at("contradictions_new") == 8);
  // Debug events reach the file, never stderr without --verbose.
  CHECK(r.err.find("stored article") == std::string::npos);
  CHECK(r.err.find("newsrecon: run 1: started run on " + db + "\n") == 0);
  CHECK(r.err.find("newsrecon: run 1: contradictions: 8 new, 0 still present, 0 gone\n") !=
        std::string::npos);

  // A second run appends to the file; [log] file in a config is relative to the config.
  WriteFile(dir.File("c.toml"), "[log]\nfile = \"logs.jsonl\"\n[[source]]\nname = \"S\"\npath = \"" +
                                    std::string(NEWSRECON_SOURCE_DIR) + "/samples/text\"\n"
                                    "published = \"2026-03-04\"\n");
  CliResult again = RunCli({"run", "--config", dir.File("c.toml"), "--db", db, "--report-dir",
                            dir.File("r"), "--log-file", dir.File("run.jsonl")});
  CHECK(again.exit_code == 0);
  CHECK(JsonLines(dir.File("run.jsonl")).back().at("run_id") == 2);
  CHECK_FALSE(Exists(dir.File("logs.jsonl")));  // --log-file wins over [log] file
  CliResult third = RunCli({"fetch", "--config", dir.File("c.toml"), "--db", db});
  CHECK(third.exit_code == 0);
  auto from_config = JsonLines(dir.File("logs.jsonl"));
  REQUIRE_FALSE(from_config.empty());
  CHECK(from_config.front().at("event") == "run_start");
  CHECK(from_config.front().at("command") == "fetch");
  CHECK(from_config.back().at("run_id") == 3);
}

TEST_CASE("on stderr --quiet leaves only warnings and errors and --verbose adds each article",
          "[ops][log]") {
  TempDir dir;
  std::filesystem::create_directory(dir.File("pages"));
  WriteFile(dir.File("pages/a.txt"), ReadFile(NEWSRECON_SOURCE_DIR "/samples/text/dynamo-daily.txt"));
  WriteFile(dir.File("pages/b.html"), "<html><body><nav>Home</nav></body></html>");
  WriteFile(dir.File("c.toml"), "[[source]]\nname = \"S\"\npath = \"pages\"\npublished = \"2026-03-04\"\n");
  std::vector<std::string> run = {"run", "--config", dir.File("c.toml"), "--db", dir.File("n.db"),
                                  "--report-dir", dir.File("r")};
  auto with = [&](const std::string& flag) {
    std::vector<std::string> args = run;
    if (!flag.empty()) args.push_back(flag);
    return RunCli(args);
  };
  CliResult quiet = with("--quiet");
  CHECK(quiet.exit_code == 3);
  CHECK(quiet.err == "newsrecon: run 1: rejected: S: " + dir.File("pages/b.html") +
                         ": no article text found\n");
  CliResult normal = with("");
  CHECK(normal.exit_code == 3);
  CHECK(Lines(normal.err) ==
        std::vector<std::string>{
            "newsrecon: run 2: started run on " + dir.File("n.db"),
            "newsrecon: run 2: source S: 2 page(s), 0 new article(s), 0 failed",
            "newsrecon: run 2: contradictions: 0 new, 0 still present, 0 gone",
            "newsrecon: run 2: rejected: S: " + dir.File("pages/b.html") + ": no article text found",
            "newsrecon: run 2: ended: partial (exit 3)"});
  std::filesystem::remove(dir.File("n.db"));
  CliResult verbose = with("--verbose");
  CHECK(verbose.err.find("newsrecon: run 1: stored article 1: " + dir.File("pages/a.txt") +
                         " (") != std::string::npos);
  // Errors go out whatever the level.
  CliResult failed = RunCli({"run", "--config", dir.File("c.toml"), "--db", dir.path(), "--quiet"});
  CHECK(failed.exit_code == 1);
  CHECK(failed.err == "newsrecon: " + dir.path() + ": cannot open database (unable to open database file: Is a directory)\n");
  WriteFile(dir.File("file"), "not a folder");
  CliResult report = RunCli({"run", "--config", dir.File("c.toml"), "--db", dir.File("n.db"), "--report-dir",
                   dir.File("file/r"), "--quiet"});
  CHECK(report.exit_code == 1);
  CHECK(report.err.rfind("newsrecon: run 2: " + dir.File("file/r") + ": cannot create folder", 0) == 0);
  CHECK(RunCli({"run", "--config", dir.File("c.toml"), "--quiet", "--verbose"}).err ==
        "newsrecon: give --verbose or --quiet, not both\n");
}

TEST_CASE("an unwritable log file is refused before the store is touched", "[ops][log]") {
  TempDir dir;
  std::string db = dir.File("n.db");
  std::string bad = dir.File("no-such-folder/run.jsonl");
  for (const char* command : {"run", "fetch", "vacuum"}) {
    CAPTURE(command);
    std::vector<std::string> args = {command, "--config", kDemo, "--db", db, "--log-file", bad};
    if (std::string(command) == "vacuum") args.insert(args.end(), {"--documents-older-than", "30"});
    CliResult r = RunCli(args);
    CHECK(r.exit_code == 1);
    CHECK(r.err == "newsrecon: " + bad + ": cannot open log file (No such file or directory)\n");
    CHECK(r.out.empty());
    CHECK_FALSE(Exists(db));
    CHECK_FALSE(Exists(db + ".lock"));
  }
  WriteFile(dir.File("c.toml"), "[log]\nfile = \"no-such-folder/x.jsonl\"\n");
  CliResult r = RunCli({"fetch", "--config", dir.File("c.toml"), "--db", db});
  CHECK(r.exit_code == 1);
  CHECK(r.err == "newsrecon: " + dir.File("no-such-folder/x.jsonl") +
                     ": cannot open log file (No such file or directory)\n");
  CHECK_FALSE(Exists(db));
}

TEST_CASE("NEWSRECON_NOW sets the clock of the store and the log", "[ops][log][clock]") {
  TempDir dir;
  std::string db = dir.File("n.db");
  setenv("NEWSRECON_NOW", "2027-05-06T02:00:00Z", 1);
  CliResult r = RunBinary({"run", "--config", kDemo, "--db", db, "--report-dir", dir.File("r"),
                           "--log-file", dir.File("l.jsonl"), "--quiet"});
  setenv("NEWSRECON_NOW", "soon", 1);
  CliResult bad = RunBinary({"run", "--config", kDemo, "--db", dir.File("other.db")});
  unsetenv("NEWSRECON_NOW");
  CHECK(r.exit_code == 0);
  for (const auto& line : JsonLines(dir.File("l.jsonl"))) {
    CHECK(line.at("time").get<std::string>().rfind("2027-05-06T02:00:", 0) == 0);
  }
  CliResult summary = RunCli({"report", "contradictions", "--format", "csv", "--db", db});
  CHECK(summary.exit_code == 0);
  // Ten days later the documents are older than a week: vacuum prunes them.
  setenv("NEWSRECON_NOW", "2027-05-16", 1);
  CliResult vacuum = RunBinary({"vacuum", "--documents-older-than", "7", "--db", db, "--quiet"});
  unsetenv("NEWSRECON_NOW");
  CHECK(vacuum.out.rfind("vacuum: pruned 8 document(s) and 8 fetch-log row(s)", 0) == 0);
  CHECK(bad.exit_code == 2);
  CHECK(bad.err == "newsrecon: NEWSRECON_NOW 'soon': expected YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ\n");
  CHECK_FALSE(Exists(dir.File("other.db")));
}

}  // namespace
}  // namespace newsrecon::testing
