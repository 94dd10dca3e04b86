// Helpers for newsrecon's tests: temporary folders, running the CLI, reading files.
#ifndef NEWSRECON_TESTS_TEST_SUPPORT_H_
#define NEWSRECON_TESTS_TEST_SUPPORT_H_

#include <sys/types.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "store/store.h"

namespace newsrecon::testing {

// A fresh folder under the system's temporary folder, removed with everything in it.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::string& path() const { return path_; }
  std::string File(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

struct CliResult {
  int exit_code = 0;
  std::string out;
  std::string err;
};

// Runs cli::Main in this process with `args` (no program name).
CliResult RunCli(const std::vector<std::string>& args);

// Runs the built newsrecon executable with `args`; captures both streams.
CliResult RunBinary(const std::vector<std::string>& args);

// Starts the built newsrecon executable with `args`, its stdout and stderr into the file
// `log`; `in_child`, when given, runs in the child just before exec (limits, signals).
// Returns its pid.
pid_t SpawnBinary(const std::vector<std::string>& args, const std::string& log,
                  void (*in_child)() = nullptr);
// Waits for `pid`; its exit code, or 128 + the signal that ended it.
int WaitExitCode(pid_t pid);

// The rows `sql` gives on the database `db` (a file or a postgresql:// URL, read-only),
// columns joined by tabs, numbers printed alike on both engines.
std::vector<std::string> QueryRows(const std::string& db, const std::string& sql);
// Runs `sql` on the database `db` (a file, created when missing, or a postgresql:// URL),
// bypassing the store, for tests that damage or shape a database: with no `params` as a
// script (several statements), else as one statement with `params` bound as text to ?1...
// Fails the test when the database does.
void ExecSql(const std::string& db, const std::string& sql,
             const std::vector<std::string>& params = {});
// The first column of the first row `sql` gives on the database `db_path` (read-only).
std::string QueryOne(const std::string& db_path, const std::string& sql);

// A contradiction of the JSON report on one line, for comparing lists:
// "kind | topic | value: source source | value: source", each side's sources sorted and
// each followed by `after_source` (";" in the samples test).
std::string DescribeContradiction(const nlohmann::json& item, const std::string& after_source = "");

// A JSON report without what depends on when and in which order rows were written: every
// "..._at" time and every claim_id (the store's row id).
nlohmann::json WithoutTimesAndIds(nlohmann::json j);
// `text` with every `db` (a database as reports show it, for triage commands) as "DB".
std::string WithoutDb(std::string text, const std::string& db);
// `text` with every wall-clock time a report prints ("2026-12-07 14:50 UTC",
// "2026-12-07T14:50:03.120Z") as "TIME": two runs a minute apart give the same report.
std::string WithoutTimes(std::string text);

// The seed articles in ../shared/corpus/seeds/, sorted; empty when that folder is absent.
std::vector<std::string> SeedFiles();
// Ingests the five seeds as sources seed-000 ... seed-004 into `db` and reconciles; false
// (nothing done) when the seeds are absent.
bool IngestSeeds(const std::string& db);

// An article at `url` whose plain text `body` is one sentence, titled "Title", holding
// `claim` over all of it (quote and span filled in; claims version "test-1").
store::ArticleWrite OneClaimArticle(const std::string& url, const std::string& body, core::Claim claim);

std::string ReadFile(const std::string& path);
void WriteFile(const std::string& path, const std::string& content);
bool Exists(const std::string& path);

}  // namespace newsrecon::testing

#endif  // NEWSRECON_TESTS_TEST_SUPPORT_H_
