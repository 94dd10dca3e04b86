// What the commands share: error printing, a store session with its run, the extractor.
#ifndef NEWSRECON_CLI_COMMAND_SUPPORT_H_
#define NEWSRECON_CLI_COMMAND_SUPPORT_H_

#include <memory>
#include <string>

#include "cli/commands.h"
#include "cli/pipeline.h"
#include "cli/run_lock.h"
#include "core/status.h"
#include "extract/claims/claims.h"
#include "extract/claims/lexicon.h"
#include "store/store.h"

namespace newsrecon::cli {

// Prints that the command stopped on a signal (cli/interrupt.h) and returns its exit code.
int Interrupted(Io& io);

// Prints "newsrecon: MESSAGE" and returns kExitUsage.
int Usage(Io& io, const std::string& message);
// Prints "newsrecon: MESSAGE" and returns the exit code for the status (2 for bad usage,
// 1 otherwise).
int Fail(Io& io, const core::Status& status);

bool IsIsoDay(const std::string& text);
bool ParseId(const std::string& text, int64_t* id);

// Applies --verbose / --quiet and opens the log file (--log-file, else `config_file` when
// not empty: the config's [log] file). Returns kExitOk, or the exit code after printing why
// (an unwritable log file: 1, before anything is stored).
int StartLog(const Args& args, const std::string& config_file, Io& io);

// An open store, the run this command records, and the claim extractor.
struct Session {
  std::string db_path;
  std::unique_ptr<store::Store> store;
  std::unique_ptr<extract::ClaimExtractor> extractor;
  int64_t run_id = 0;
  Logger* log = nullptr;
  nlohmann::json counts = nlohmann::json::object();  // the run's figures, for its run_end event
  mutable int64_t claims_stored = 0;  // claims this session's pipeline stored (new or re-extracted)
  int64_t max_article_chars = kMaxArticleChars;  // [article] max_chars
  std::string summary;  // the run's summary figures (JSON) the report wrote, for `summary --run`

  Pipeline pipeline() const {
    return {store.get(), extractor.get(), run_id, log, &claims_stored, max_article_chars};
  }
  // The database as messages and reports name it: a URL without its password.
  std::string shown_db() const { return store::RedactUrl(db_path); }
  // Closes the run with a status matching `exit_code` ("ok", "partial", "interrupted" for
  // 128 + a signal, "failed"), logs its end with `counts`, and returns exit_code.
  int Finish(int exit_code);
};

// Takes the run lock of setup.db for a command whose table entry says it must run alone
// (run, fetch, vacuum). On failure prints the one-line error, sets *exit_code (kExitLocked
// when another run holds the lock, kExitFailure otherwise) and returns null.
std::unique_ptr<RunLock> LockDatabase(const Setup& setup, Io& io, int* exit_code);

// Opens setup.db as the command's table entry says (a kExisting store must exist: a
// missing one fails with "DB: no such database" and nothing is created), builds the
// extractor from the config's lexicon (or the shipped one) and, when `run_command` is not
// empty, begins a run. Prints the error and returns null on failure.
std::unique_ptr<Session> OpenSession(const Setup& setup, Io& io, const std::string& run_command);

// The extractor for `lexicon`, or for the shipped one when null; null (error printed) on
// failure.
std::unique_ptr<extract::ClaimExtractor> MakeExtractor(Io& io, const extract::Lexicon* lexicon);

// Defined in commands_report.cc: `summary --run ID`.
int SummaryCommand(const Args& args, Io& io, Setup& setup);

// Commands defined in commands_store.cc.
int RunCommand(const Args& args, Io& io, Setup& setup);
int ReconcileCommand(const Args& args, Io& io, Setup& setup);
int ReportContradictions(const Args& args, Io& io, Setup& setup);
int Triage(const Args& args, Io& io, Setup& setup);
int VacuumCommand(const Args& args, Io& io, Setup& setup);

// Defined in commands_fetch.cc.
int FetchCommand(const Args& args, Io& io, Setup& setup);
// Defined in commands_migrate.cc.
int MigrateCommand(const Args& args, Io& io, Setup& setup);

}  // namespace newsrecon::cli

#endif  // NEWSRECON_CLI_COMMAND_SUPPORT_H_
