// Opening a SQLite database: another application's file refused untouched, an unwritable
// folder named with its reason, a read-only database read without leaving a trap behind.
#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>

#include "tests/test_support.h"

namespace newsrecon::testing {
namespace {

namespace fs = std::filesystem;

const char kArticle[] =
    "Acme buys Widgets\n\nAcme Corp agreed to buy Widgets Ltd for $400 million on Monday.\n";

// Makes `path` (a file or a folder) unwritable for this process: 0555 for a user, the
// immutable attribute for root. False when neither is possible here.
bool MakeReadOnly(const std::string& path) {
  if (geteuid() != 0) return chmod(path.c_str(), 0555) == 0;
  return std::system(("chattr +i '" + path + "' 2>/dev/null").c_str()) == 0;
}

void MakeWritable(const std::string& path) {
  if (geteuid() == 0) (void)std::system(("chattr -i '" + path + "' 2>/dev/null").c_str());
  chmod(path.c_str(), fs::is_directory(path) ? 0755 : 0644);
}

TEST_CASE("a SQLite database of another application is refused, byte for byte untouched",
          "[cli][db]") {
  TempDir dir;
  std::string db = dir.File("other.db");
  ExecSql(db, "CREATE TABLE recipes(id INTEGER PRIMARY KEY, name TEXT);"
              "INSERT INTO recipes(name) VALUES ('bread')");
  REQUIRE_FALSE(Exists(db + "-wal"));
  std::string before = ReadFile(db);
  WriteFile(dir.File("a.txt"), kArticle);
  const std::string err = "newsrecon: " + db + ": not a newsrecon database (it holds another "
                          "application's tables, such as 'recipes'; name a new file with --db)\n";
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"report", "contradictions", "--db", db},
        {"audit", "--source", "S", "--db", db},
        {"ingest", dir.File("a.txt"), "--source", "S", "--db", db},
        {"reconcile", "--db", db}}) {
    CAPTURE(args);
    CliResult r = RunBinary(args);
    CHECK(r.exit_code == 1);
    CHECK(r.err == err);
    CHECK(ReadFile(db) == before);
    CHECK_FALSE(Exists(db + "-wal"));
    CHECK_FALSE(Exists(db + "-shm"));
  }
  // An empty file is a new database, as a missing one is.
  WriteFile(dir.File("empty.db"), "");
  CHECK(RunCli({"ingest", dir.File("a.txt"), "--source", "S", "--db", dir.File("empty.db"),
                "--published", "2026-03-04"}).exit_code == 0);
}

TEST_CASE("ingest into a folder that cannot be written says why", "[cli][db]") {
  TempDir dir;
  WriteFile(dir.File("a.txt"), kArticle);
  fs::create_directory(dir.File("locked"));
  if (!MakeReadOnly(dir.File("locked"))) {
    WARN("SKIPPED: cannot make a folder read-only here");
    return;
  }
  std::string db = dir.File("locked/n.db");
  CliResult r = RunCli({"ingest", dir.File("a.txt"), "--source", "S", "--db", db});
  MakeWritable(dir.File("locked"));
  CHECK(r.exit_code == 1);
  std::string why = geteuid() == 0 ? "Operation not permitted" : "Permission denied";
  CHECK(r.err == "newsrecon: " + db + ": cannot create database (folder " + dir.File("locked") +
                     ": " + why + ")\n");
  r = RunCli({"ingest", dir.File("a.txt"), "--source", "S", "--db", dir.File("none/n.db")});
  CHECK(r.exit_code == 1);
  CHECK(r.err == "newsrecon: " + dir.File("none/n.db") + ": cannot create database (folder " +
                     dir.File("none") + " does not exist)\n");
}

TEST_CASE("reading a read-only database leaves no -shm or -wal behind", "[cli][db]") {
  TempDir dir;
  std::string db = dir.File("n.db");
  WriteFile(dir.File("a.txt"), kArticle);
  REQUIRE(RunCli({"ingest", dir.File("a.txt"), "--source", "S", "--db", db, "--published",
                  "2026-03-04"}).exit_code == 0);
  REQUIRE(RunCli({"reconcile", "--db", db}).exit_code == 0);
  REQUIRE_FALSE(Exists(db + "-shm"));
  if (!MakeReadOnly(db)) {
    WARN("SKIPPED: cannot make " << db << " read-only here");
    return;
  }
  CliResult r = RunBinary({"report", "contradictions", "--db", db});
  CHECK(r.exit_code == 0);
  CHECK(r.out == "[]\n");
  CHECK_FALSE(Exists(db + "-shm"));
  CHECK_FALSE(Exists(db + "-wal"));
  MakeWritable(db);
  // Writable again: the next write works.
  CHECK(RunCli({"triage", "1", "--dismiss", "--db", db}).exit_code == 1);  // no such id, but open
  CHECK(RunCli({"ingest", dir.File("a.txt"), "--source", "T", "--db", db}).exit_code == 0);
}

TEST_CASE("a -shm file this process cannot write is named, with its fix", "[cli][db]") {
  TempDir dir;
  std::string db = dir.File("n.db");
  WriteFile(dir.File("a.txt"), kArticle);
  REQUIRE(RunCli({"ingest", dir.File("a.txt"), "--source", "S", "--db", db, "--published",
                  "2026-03-04"}).exit_code == 0);
  WriteFile(db + "-shm", "");  // as a reader of the once read-only database left it
  if (!MakeReadOnly(db + "-shm")) {
    WARN("SKIPPED: cannot make " << db << "-shm read-only here");
    return;
  }
  CliResult r = RunCli({"ingest", dir.File("a.txt"), "--source", "T", "--db", db});
  MakeWritable(db + "-shm");
  CHECK(r.exit_code == 1);
  std::string why = geteuid() == 0 ? "Operation not permitted" : "Permission denied";
  CHECK(r.err == "newsrecon: " + db + "-shm: not writable (" + why + "), so no write to " +
                     db + " can succeed; with no newsrecon running, make it writable (chmod 644) "
                     "or remove " + db + "-shm and " + db + "-wal\n");
}

}  // namespace
}  // namespace newsrecon::testing
