// One database resolution for every command: --db, else the config's [store] path, else
// newsrecon.db; commands that need an existing database never create one.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>

#include "cli/command_support.h"
#include "tests/test_support.h"

namespace newsrecon::testing {
namespace {

namespace fs = std::filesystem;

// Runs the test body in `dir` as the working folder, and goes back after.
class InFolder {
 public:
  explicit InFolder(const std::string& dir) : before_(fs::current_path()) { fs::current_path(dir); }
  ~InFolder() { fs::current_path(before_); }

 private:
  fs::path before_;
};

const char kArticle[] =
    "Acme buys Widgets\n\nAcme Corp agreed to buy Widgets Ltd for $400 million on Monday.\n";

// A config in `dir` whose [store] path is mine.db and whose one source is a.txt.
std::string WriteConfig(const TempDir& dir) {
  WriteFile(dir.File("a.txt"), kArticle);
  WriteFile(dir.File("demo.toml"),
            "[store]\npath = \"mine.db\"\n\n[[source]]\nname = \"A\"\npath = \"a.txt\"\n"
            "published = \"2024-03-04\"\n");
  return dir.File("demo.toml");
}

TEST_CASE("ResolveDatabase: --db, else the config's [store] path, else newsrecon.db", "[cli][db]") {
  cli::Config config;
  config.db_path = "/data/mine.db";
  auto args = [](std::vector<std::string> words) {
    auto parsed = cli::ParseArgs(words, {{"db", "PATH", ""}, {"config", "FILE", ""}}, "t");
    REQUIRE(parsed.ok());
    return *parsed;
  };
  CHECK(cli::ResolveDatabase(args({"--db", "x.db"}), &config) == "x.db");
  CHECK(cli::ResolveDatabase(args({}), &config) == "/data/mine.db");
  CHECK(cli::ResolveDatabase(args({}), nullptr) == "newsrecon.db");
  CHECK(cli::ResolveDatabase(args({"--db", "postgresql://h/n"}), nullptr) == "postgresql://h/n");
}

TEST_CASE("every command that takes --config uses its [store] path", "[cli][db]") {
  TempDir dir;
  std::string config = WriteConfig(dir);
  std::string mine = dir.File("mine.db");
  TempDir cwd;
  InFolder in(cwd.path());
  REQUIRE(RunCli({"fetch", "--config", config, "--quiet"}).exit_code == 0);
  REQUIRE(Exists(mine));
  CliResult reconcile = RunCli({"reconcile", "--config", config, "--quiet"});
  CHECK(reconcile.exit_code == 0);
  CHECK(reconcile.err == "");
  CHECK(QueryOne(mine, "SELECT count(*) FROM runs WHERE command = 'reconcile'") == "1");
  WriteFile(cwd.File("b.txt"), "Beta news\n\nAcme Corp agreed to buy Widgets Ltd for $500 million.\n");
  REQUIRE(RunCli({"ingest", "b.txt", "--source", "B", "--config", config, "--quiet"}).exit_code == 0);
  CHECK(QueryOne(mine, "SELECT count(*) FROM articles") == "2");
  CHECK(RunCli({"claims", "--article", "1", "--config", config}).exit_code == 0);
  CHECK(RunCli({"audit", "--source", "A", "--config", config}).exit_code == 0);
  CHECK(RunCli({"vacuum", "--documents-older-than", "1000", "--config", config, "--quiet"}).exit_code == 0);
  CHECK_FALSE(Exists(cwd.File("newsrecon.db")));
  CHECK(std::distance(fs::directory_iterator(cwd.path()), fs::directory_iterator()) == 1);
}

TEST_CASE("a command that needs a database never creates one", "[cli][db]") {
  TempDir dir;
  std::string config = WriteConfig(dir);
  std::string missing = dir.File("none.db");
  TempDir cwd;
  InFolder in(cwd.path());
  const std::vector<std::string> commands[] = {
      {"reconcile", "--db", missing},
      {"reconcile", "--config", config},  // its [store] path, mine.db, is not there yet
      {"report", "contradictions", "--db", missing},
      {"audit", "--source", "A", "--db", missing},
      {"triage", "1", "--dismiss", "--db", missing},
      {"claims", "--article", "1", "--db", missing},
      {"vacuum", "--documents-older-than", "3", "--db", missing},
      {"reconcile"},  // newsrecon.db in the working folder
  };
  for (const auto& args : commands) {
    CAPTURE(args);
    CliResult r = RunCli(args);
    std::string db = args.size() == 1 ? "newsrecon.db"
                     : args[1] == "--config" ? dir.File("mine.db")
                                             : missing;
    CHECK(r.exit_code == 1);
    CHECK(r.err == "newsrecon: " + db + ": no such database\n");
    CHECK(r.out == "");
  }
  CHECK_FALSE(Exists(missing));
  CHECK_FALSE(Exists(missing + ".lock"));
  CHECK_FALSE(Exists(dir.File("mine.db")));
  CHECK(fs::is_empty(cwd.path()));
}

}  // namespace
}  // namespace newsrecon::testing
