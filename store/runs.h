// The store's runs, sources and fetch log: what each command did, and what it fetched.
//
// Promises of every store interface (store/*.h): an object is not thread-safe (give each
// thread its own Store; processes coordinate through store/work_queue.h); each call is
// atomic (one statement or one transaction, rolled back on failure); failures are values,
// never exceptions: kIoError when the database cannot be read or written, kCorruption for a
// row that cannot be decoded, kNotFound where a method says so, each naming the database.
#ifndef NEWSRECON_STORE_RUNS_H_
#define NEWSRECON_STORE_RUNS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/model.h"
#include "core/status.h"

namespace newsrecon::store {

struct FetchLogEntry {
  int64_t run_id = 0;
  int64_t source_id = 0;
  std::string url;
  int status = 0;
  int64_t bytes = 0;
  int64_t elapsed_ms = 0;
  std::string error;
  std::string etag;
  std::string last_modified;
};

// Where a run stands: running until it finishes, then how it ended.
enum class RunState { kRunning, kOk, kPartial, kInterrupted, kFailed };
const char* ToString(RunState state);  // "running", "ok", "partial", "interrupted", "failed"
// The inverse; returns false for an unknown name (and leaves *out as it was).
bool ParseRunState(const std::string& name, RunState* out);

// A run, for report headers, history and the nightly chart.
struct RunRecord {
  int64_t id = 0;
  std::string command;
  std::string started_at;   // ISO 8601, UTC
  std::string finished_at;  // empty while running
  RunState status = RunState::kRunning;
};

class RunStore {
 public:
  virtual ~RunStore() = default;

  // Runs: one row per command that changes the store.
  virtual core::Result<int64_t> BeginRun(const std::string& command) = 0;
  virtual core::Status FinishRun(int64_t run_id, RunState status,
                                 const std::string& summary) = 0;
  // Every run, oldest first.
  virtual core::Result<std::vector<RunRecord>> LoadRuns() = 0;
  // The summary figures (JSON) run `run_id` recorded as it finished ("" when it recorded
  // none), with its command and status; kNotFound when there is no such run.
  virtual core::Result<RunRecord> LoadRun(int64_t run_id, std::string* summary) = 0;

  // Inserts the source or updates its kind and location; returns its id.
  virtual core::Result<int64_t> UpsertSource(const core::Source& source) = 0;
  virtual core::Result<std::optional<core::Source>> FindSource(const std::string& name) = 0;

  virtual core::Status LogFetch(const FetchLogEntry& entry) = 0;
  // Logs many attempts in one transaction.
  virtual core::Status LogFetches(const std::vector<FetchLogEntry>& entries) = 0;
  // The fetch log of one run, in the order it was written.
  virtual core::Result<std::vector<FetchLogEntry>> LoadFetchLog(int64_t run_id) = 0;
};

}  // namespace newsrecon::store

#endif  // NEWSRECON_STORE_RUNS_H_
