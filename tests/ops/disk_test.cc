// A full disk and a read-only database: a clear one-line error, a non-zero exit, and a
// store that stays sound and carries on once there is room again.
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <string>
#include <vector>

#include "tests/test_support.h"

namespace newsrecon::testing {
namespace {

const std::string kDemo = NEWSRECON_SOURCE_DIR "/samples/demo.toml";

// As a full disk: no file may grow past 400 kB (RLIMIT_FSIZE); writes past it fail with
// EFBIG instead of raising SIGXFSZ. Room for the schema and an article, not for all eight
// (the limit falls while a page is being stored; the schema's WAL grew with migrations 8
// and 10).
void LimitFileSize() {
  rlimit limit{400 * 1024, 400 * 1024};
  setrlimit(RLIMIT_FSIZE, &limit);
  signal(SIGXFSZ, SIG_IGN);
}

TEST_CASE("a full disk stops the run with one line, the store stays sound and carries on",
          "[ops][disk]") {
  TempDir dir;
  std::string db = dir.File("n.db");
  std::vector<std::string> args = {"run", "--config", kDemo, "--db", db, "--report-dir",
                                   dir.File("r"), "--quiet"};
  const std::string samples_pages = NEWSRECON_SOURCE_DIR "/samples/pages/";
  CliResult full;
  full.exit_code = WaitExitCode(SpawnBinary(args, dir.File("log"), &LimitFileSize));
  full.err = ReadFile(dir.File("log"));  // --quiet: stdout says nothing on failure
  CHECK(full.exit_code == 1);
  CAPTURE(full.err);
  CHECK(full.err.find('\n') == full.err.size() - 1);  // one line
  CHECK(full.err.rfind("newsrecon: run 1: ", 0) == 0);
  // What (the page being stored), where (the run) and why (with the file system's reason
  // when SQLite kept it).
  CHECK(full.err.find(samples_pages) != std::string::npos);
  CHECK((full.err.find(": database or disk is full") != std::string::npos ||
         full.err.find(": disk I/O error") != std::string::npos));
  CHECK(QueryOne(db, "PRAGMA integrity_check") == "ok");
  int64_t stored = std::stoll(QueryOne(db, "SELECT count(*) FROM articles"));
  CHECK(stored < 8);
  CHECK(QueryOne(db, "SELECT status FROM runs WHERE id = 1") != "ok");

  CliResult again = RunBinary(args);
  CHECK(again.exit_code == 0);
  CHECK(QueryOne(db, "SELECT count(*) FROM articles") == "8");
  CHECK(QueryOne(db, "PRAGMA integrity_check") == "ok");
}

// Makes `path` impossible to write for this process: 0444 for a user, the immutable
// attribute for root (whom permissions do not stop). False when neither is possible.
bool MakeReadOnly(const std::string& path) {
  if (geteuid() != 0) return chmod(path.c_str(), 0444) == 0;
  return std::system(("chattr +i '" + path + "' 2>/dev/null").c_str()) == 0;
}

void MakeWritable(const std::string& path) {
  if (geteuid() == 0) (void)std::system(("chattr -i '" + path + "' 2>/dev/null").c_str());
  chmod(path.c_str(), 0644);
}

TEST_CASE("a read-only database gives one line and changes nothing", "[ops][disk]") {
  TempDir dir;
  std::string db = dir.File("n.db");
  std::vector<std::string> args = {"run", "--config", kDemo, "--db", db, "--report-dir",
                                   dir.File("r"), "--quiet"};
  REQUIRE(RunBinary(args).exit_code == 0);
  REQUIRE(RunBinary({"vacuum", "--documents-older-than", "30", "--db", db, "--quiet"}).exit_code == 0);
  std::string before = ReadFile(db);
  if (!MakeReadOnly(db)) {
    WARN("SKIPPED: cannot make " << db << " read-only here (chattr +i refused)");
    return;
  }
  for (const std::vector<std::string>& command :
       {args, {"vacuum", "--documents-older-than", "1", "--db", db, "--quiet"},
        {"triage", "1", "--dismiss", "--db", db}}) {
    CAPTURE(command);
    CliResult r = RunBinary(command);
    CHECK(r.exit_code == 1);
    CHECK(r.err.rfind("newsrecon: " + db + ": ", 0) == 0);
    CHECK(r.err.find("readonly database") != std::string::npos);
    CHECK(r.err.find('\n') == r.err.size() - 1);
  }
  MakeWritable(db);
  CHECK(ReadFile(db) == before);
  CHECK(QueryOne(db, "PRAGMA integrity_check") == "ok");
}

}  // namespace
}  // namespace newsrecon::testing
