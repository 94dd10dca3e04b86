// The store's run lock and worker queue: several processes, on any machines, share one run.
//
// Promises: as store/runs.h says (one object per thread, each call atomic, errors as
// values). These calls are what coordinates processes: leases are by the database's
// clock and items other workers are leasing are skipped, never waited for. PostgreSQL
// only: each fails with kInvalidArgument on SQLite (SQLite files are locked by
// cli/run_lock.h's file beside them).
#ifndef NEWSRECON_STORE_WORK_QUEUE_H_
#define NEWSRECON_STORE_WORK_QUEUE_H_

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "core/status.h"
#include "store/run_share.h"
#include "store/runs.h"

namespace newsrecon::store {

// What a work item asks for: a source's pages fetched or read and stored, one pending
// document extracted, one article's claims extracted again, or the reconciliation.
enum class WorkKind { kSource, kDocument, kClaims, kReconcile };
const char* ToString(WorkKind kind);  // "source", "document", "claims", "reconcile"
// The inverse; false for an unknown name (and *out is left as it was).
bool ParseWorkKind(const std::string& name, WorkKind* out);

// Work to queue: a kind and its item (see WorkItem::item).
using WorkRequest = std::pair<WorkKind, std::string>;

// One item of a worker run's work, as a worker leases it.
struct WorkItem {
  int64_t id = 0;
  WorkKind kind = WorkKind::kSource;
  std::string item;  // the source's name, a document's or article's id; "" for reconcile
  int attempts = 0;  // leases so far, this one included
};

// A worker run's queue: items ready to lease (queued, or their lease ran out), items
// leased and still held, items done.
struct WorkCounts {
  int64_t ready = 0;
  int64_t held = 0;
  int64_t done = 0;
};

class WorkQueue {
 public:
  virtual ~WorkQueue() = default;

  // The run lock, for as long as this store is open: exclusive for a `run`, shared by the
  // workers of a worker run (a session advisory lock). Fails with kBusy "DB: another run
  // (pid N on HOST, started T) holds the lock" without waiting.
  virtual core::Status TryLockRun(bool shared) = 0;

  // The open worker run (`command`, status running), or, when none is open and `may_begin`,
  // a new one with `items` (kind, item) queued and `config` recorded (SaveRunConfig), in
  // one transaction under a lock: workers starting together share one run. *began says
  // this call began it. 0 when none is open and !may_begin; then *last is the latest run
  // of `command` ("run N ended STATUS at T"), or "" when there was none.
  virtual core::Result<int64_t> JoinOrBeginRun(
      const std::string& command, const std::vector<WorkRequest>& items,
      const RunConfigRecord& config, bool may_begin, bool* began, std::string* last) = 0;
  // Queues items for a run; ones the run has had already are not added. Returns how many
  // were added.
  virtual core::Result<int64_t> EnqueueWork(int64_t run_id,
                                            const std::vector<WorkRequest>& items) = 0;
  // Leases up to `limit` ready items, oldest first, to `worker` for `lease_ms` (by the
  // database's clock). An item whose kind is not a WorkKind name is kCorruption. Items other workers are leasing at this moment are skipped, never
  // waited for (FOR UPDATE SKIP LOCKED).
  virtual core::Result<std::vector<WorkItem>> LeaseWork(int64_t run_id, const std::string& worker,
                                                        int limit, int64_t lease_ms) = 0;
  // Extends every lease `worker` holds in the run to `lease_ms` from now.
  virtual core::Status RenewLeases(int64_t run_id, const std::string& worker,
                                   int64_t lease_ms) = 0;
  // Marks an item done with its result (JSON) if `worker` still holds it; returns false
  // when its lease ran out and another worker took it over.
  virtual core::Result<bool> FinishWork(int64_t item_id, const std::string& worker,
                                        const std::string& result) = 0;
  virtual core::Result<WorkCounts> CountWork(int64_t run_id) = 0;
  // The results of a run's items, in the order they were queued.
  virtual core::Result<std::vector<std::string>> WorkResults(int64_t run_id) = 0;
  // The run's status (kRunning until a worker finishes it); kCorruption for an unknown name.
  virtual core::Result<RunState> RunStatus(int64_t run_id) = 0;
  // The run's queue lock (one worker at a time tops the queue up or finishes the run),
  // held until UnlockQueue or this store closes.
  virtual core::Status LockQueue(int64_t run_id) = 0;
  virtual core::Status UnlockQueue(int64_t run_id) = 0;
};

}  // namespace newsrecon::store

#endif  // NEWSRECON_STORE_WORK_QUEUE_H_
