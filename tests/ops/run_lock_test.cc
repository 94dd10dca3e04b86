// One run at a time: run and fetch take DB.lock; a second one exits 4 at once.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <string>

#include "cli/run_lock.h"
#include "tests/test_support.h"

namespace newsrecon::testing {
namespace {

const std::string kDemo = NEWSRECON_SOURCE_DIR "/samples/demo.toml";

TEST_CASE("a run refuses to start while another holds the database's lock", "[ops][lock]") {
  TempDir dir;
  std::string db = dir.File("n.db");
  auto held = cli::RunLock::Acquire(db);
  REQUIRE(held.ok());
  std::string holder = ReadFile(db + ".lock");
  std::string pid = std::to_string(getpid());
  REQUIRE(holder.rfind("pid " + pid + " started ", 0) == 0);
  std::string started = holder.substr(("pid " + pid + " started ").size());
  started.pop_back();  // the newline
  for (const char* command : {"run", "fetch"}) {
    CAPTURE(command);
    CliResult r = RunBinary({command, "--config", kDemo, "--db", db});
    CHECK(r.exit_code == 4);
    CHECK(r.err == "newsrecon: " + db + ": another run (pid " + pid + ", started " + started +
                       ") holds the lock\n");
    CHECK(r.out.empty());
  }
  CHECK_FALSE(Exists(db));  // refused before the database was opened
  held->reset();  // released: the file stays, and the next run takes it over
  CliResult r = RunBinary({"run", "--config", kDemo, "--db", db, "--report-dir", dir.File("r"), "--quiet"});
  CHECK(r.exit_code == 0);
  CHECK(r.err.empty());
}

TEST_CASE("a lock file left by a dead run is taken over", "[ops][lock]") {
  TempDir dir;
  std::string db = dir.File("n.db");
  WriteFile(db + ".lock", "pid 999999 started 2026-01-01T00:00:00Z\n");  // nobody holds it
  CliResult r = RunBinary({"run", "--config", kDemo, "--db", db, "--report-dir", dir.File("r"), "--quiet"});
  CHECK(r.exit_code == 0);
  CHECK(r.err.empty());
  auto lock = cli::RunLock::Acquire(db);  // released again when the run ended
  CHECK(lock.ok());
}

TEST_CASE("the lock's errors name the file", "[ops][lock]") {
  auto lock = cli::RunLock::Acquire("/nonexistent-folder/n.db");
  REQUIRE_FALSE(lock.ok());
  CHECK(lock.status().message() ==
        "/nonexistent-folder/n.db.lock: cannot open lock file (No such file or directory)");
}

}  // namespace
}  // namespace newsrecon::testing
