// Help and version: every way of asking for help answers, the option tables name what each
// value is, and --version names the version, the commit and the libraries.
#include <catch2/catch.hpp>
#include <re2/re2.h>


#include "cli/commands.h"
#include "tests/test_support.h"

namespace newsrecon::testing {
namespace {

TEST_CASE("help: every command answers --help, -h and `help COMMAND` alike", "[cli][help]") {
  for (const cli::Command& c : cli::Commands()) {
    CAPTURE(c.name);
    std::vector<std::string> words;
    for (size_t at = 0, next; at != std::string::npos; at = next == std::string::npos ? next : next + 1) {
      next = c.name.find(' ', at);
      words.push_back(c.name.substr(at, next == std::string::npos ? next : next - at));
    }
    std::vector<std::string> help = words, h = words, topic = {"help"};
    help.push_back("--help");
    h.push_back("-h");
    topic.insert(topic.end(), words.begin(), words.end());
    CliResult long_form = RunCli(help);
    CHECK(long_form.exit_code == 0);
    CHECK(long_form.out.rfind("Usage: newsrecon " + c.name, 0) == 0);
    CHECK(RunCli(h).out == long_form.out);
    CHECK(RunCli(topic).out == long_form.out);
    // Each option that takes a value says what the value is.
    CHECK(long_form.out.find(" VALUE") == std::string::npos);
  }
  CliResult report = RunCli({"report", "--help"});
  CHECK(report.exit_code == 0);
  CHECK(report.out.find("report contradictions") != std::string::npos);
  CHECK(RunCli({"help", "report"}).out == report.out);
  CliResult unknown = RunCli({"help", "frobnicate"});
  CHECK(unknown.exit_code == 2);
  CHECK(unknown.err == "newsrecon: help: no command 'frobnicate' (try 'newsrecon --help')\n");
}

TEST_CASE("help: option tables name their values and say what each flag does", "[cli][help]") {
  struct Case {
    std::vector<std::string> args;
    std::string line;  // a line the help must have
  };
  const Case cases[] = {
      {{"run", "--help"}, "  --config FILE "},
      {{"run", "--help"}, "  --db PATH "},
      {{"run", "--help"}, "  --log-file FILE "},
      {{"vacuum", "--help"}, "  --documents-older-than DAYS "},
      {{"vacuum", "--help"}, "  --verbose                        also print debug events on stderr\n"},
      {{"reconcile", "--help"}, "  --verbose                        also print debug events on stderr\n"},
      {{"audit", "--help"}, "Usage: newsrecon audit (--source NAME | URL | FILE) "},
      {{"report", "contradictions", "--help"}, "  --format html|md|json|csv "},
  };
  for (const Case& c : cases) {
    CAPTURE(c.args, c.line);
    CHECK(RunCli(c.args).out.find(c.line) != std::string::npos);
  }
  CHECK(RunCli({"reconcile", "--help"}).out.find("article") == std::string::npos);
}

TEST_CASE("version: --version prints the version, the commit and the libraries", "[cli][help]") {
  CliResult r = RunBinary({"--version"});
  CHECK(r.exit_code == 0);
  CAPTURE(r.out);
  // RE2, not std::regex: libstdc++ 12's regex trips -Werror=maybe-uninitialized under ASan.
  CHECK(RE2::PartialMatch(r.out, R"(^newsrecon [0-9]+\.[0-9]+\.[0-9]+ \(git ([0-9a-f]{7,}(-dirty)?|unknown)\)\n)"));
  for (const char* library : {"libcurl 7", "SQLite 3", "Gumbo ", "RE2 ", "ICU ", "toml++ 3"}) {
    CHECK(r.out.find(library) != std::string::npos);
  }
}

TEST_CASE("triage without --note keeps the note given before", "[cli]") {
  TempDir dir;
  std::string db = dir.File("n.db");
  std::string config = NEWSRECON_SOURCE_DIR "/samples/demo.toml";
  REQUIRE(RunCli({"run", "--config", config, "--db", db, "--report-dir", dir.File("r"), "--quiet"})
              .exit_code == 0);
  REQUIRE(RunCli({"triage", "2", "--confirm", "--note", "checked with both desks", "--db", db}).exit_code == 0);
  REQUIRE(RunCli({"triage", "2", "--dismiss", "--db", db}).exit_code == 0);
  CHECK(QueryOne(db, "SELECT verdict || ': ' || verdict_note FROM contradictions WHERE id = 2") ==
        "dismissed: checked with both desks");
  REQUIRE(RunCli({"triage", "2", "--dismiss", "--note", "two deals", "--db", db}).exit_code == 0);
  CHECK(QueryOne(db, "SELECT verdict_note FROM contradictions WHERE id = 2") == "two deals");
}

}  // namespace
}  // namespace newsrecon::testing
