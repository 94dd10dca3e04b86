// Store: the run lock on a server, and the queue that workers of one run share
// (PostgreSQL: advisory locks, FOR UPDATE SKIP LOCKED, leases by the database's clock).
#include "core/enum_table.h"
#include "store/internal/columns.h"
#include "store/internal/db.h"
#include "store/store.h"

namespace newsrecon::store {
namespace {

constexpr core::EnumTable<WorkKind, 4> kWorkKinds = {{
    {WorkKind::kSource, "source"},
    {WorkKind::kDocument, "document"},
    {WorkKind::kClaims, "claims"},
    {WorkKind::kReconcile, "reconcile"},
}};

// Two-key advisory locks of class kLockClass are the store's (store/postgres.cc uses key 0
// for migrations); a queue's key is kQueueBase + its run id.
constexpr int kLockClass = 0x6e72, kRunLock = 1, kJoinLock = 2;
constexpr int64_t kQueueBase = 1000;
constexpr char kNowMs[] = "CAST(extract(epoch FROM clock_timestamp()) * 1000 AS BIGINT)";

core::Status NeedsPostgres(const Db& db) {
  if (db.dialect() == Dialect::kPostgres) return core::Status::Ok();
  return core::InvalidArgument(db.path() +
                               ": worker runs need a PostgreSQL database (--db postgresql://...)");
}

std::string Lock(const char* function, int64_t key) {
  return std::string("SELECT ") + function + "(" + std::to_string(kLockClass) + ", " +
         std::to_string(key) + ")";
}

// "newsrecon pid N on HOST started T" -> "pid N on HOST, started T"
std::string Holder(std::string application) {
  if (application.rfind("newsrecon ", 0) == 0) application.erase(0, 10);
  size_t started = application.find(" started ");
  if (started != std::string::npos) application.replace(started, 1, ", ");
  return application.empty() ? "unknown" : application;
}

}  // namespace

const char* ToString(WorkKind kind) { return core::NameOf(kWorkKinds, kind); }
bool ParseWorkKind(const std::string& name, WorkKind* out) {
  return core::ValueOf(kWorkKinds, name, out);
}

core::Status Store::TryLockRun(bool shared) {
  NR_RETURN_IF_ERROR(NeedsPostgres(*db_));
  auto lock = db_->Prepare(Lock(shared ? "pg_try_advisory_lock_shared" : "pg_try_advisory_lock",
                                kRunLock));
  if (!lock.ok()) return lock.status();
  auto row = lock->Step();
  if (!row.ok()) return row.status();
  if (lock->Int(0) != 0) return core::Status::Ok();
  auto holder = db_->Prepare(
      "SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
      "WHERE l.locktype = 'advisory' AND l.classid = ? AND l.objid = ? AND l.granted "
      "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()) "
      "ORDER BY a.backend_start LIMIT 1");
  if (!holder.ok()) return holder.status();
  holder->Bind(1, int64_t{kLockClass}).Bind(2, int64_t{kRunLock});
  row = holder->Step();
  if (!row.ok()) return row.status();
  std::string who = *row ? Holder(holder->Text(0)) : "unknown";
  return core::Status(core::Code::kBusy,
                      db_->path() + ": another run (" + who + ") holds the lock");
}

core::Result<int64_t> Store::JoinOrBeginRun(
    const std::string& command, const std::vector<WorkRequest>& items,
    const RunConfigRecord& config, bool may_begin, bool* began, std::string* last) {
  NR_RETURN_IF_ERROR(NeedsPostgres(*db_));
  Transaction txn(db_.get());
  NR_RETURN_IF_ERROR(txn.Begin());
  NR_RETURN_IF_ERROR(db_->Exec(Lock("pg_advisory_xact_lock", kJoinLock)));
  auto open = db_->Prepare(
      "SELECT id FROM runs WHERE command = ? AND status = 'running' ORDER BY id DESC LIMIT 1");
  if (!open.ok()) return open.status();
  auto row = open->Bind(1, command).Step();
  if (!row.ok()) return row.status();
  *began = !*row && may_begin;
  int64_t run_id = *row ? open->Int(0) : 0;
  if (!*row && !may_begin) {
    auto latest = db_->Prepare(
        "SELECT id, status, coalesce(finished_at, '') FROM runs WHERE command = ? "
        "ORDER BY id DESC LIMIT 1");
    if (!latest.ok()) return latest.status();
    auto found = latest->Bind(1, command).Step();
    if (!found.ok()) return found.status();
    last->clear();
    if (*found) {
      *last = "run " + std::to_string(latest->Int(0)) + " ended " + latest->Text(1) + " at " +
              latest->Text(2);
    }
  }
  if (*began) {
    auto run = BeginRun(command);
    if (!run.ok()) return run.status();
    run_id = *run;
    auto added = EnqueueWork(run_id, items);
    if (!added.ok()) return added.status();
    NR_RETURN_IF_ERROR(SaveRunConfig(run_id, config.config, config.extractor));
  }
  NR_RETURN_IF_ERROR(txn.Commit());
  return run_id;
}

core::Result<int64_t> Store::EnqueueWork(int64_t run_id, const std::vector<WorkRequest>& items) {
  NR_RETURN_IF_ERROR(NeedsPostgres(*db_));
  auto stmt = db_->Prepare(
      "INSERT INTO work_items(run_id, kind, item) VALUES (?, ?, ?) ON CONFLICT DO NOTHING");
  if (!stmt.ok()) return stmt.status();
  int64_t added = 0;
  for (const auto& [kind, item] : items) {
    stmt->Reset();
    NR_RETURN_IF_ERROR(stmt->Bind(1, run_id).Bind(2, ToString(kind)).Bind(3, item).Run());
    added += db_->Changes();
  }
  return added;
}

core::Result<std::vector<WorkItem>> Store::LeaseWork(int64_t run_id, const std::string& worker,
                                                     int limit, int64_t lease_ms) {
  NR_RETURN_IF_ERROR(NeedsPostgres(*db_));
  auto stmt = db_->Prepare(
      std::string("UPDATE work_items SET state = 'leased', worker = ?1, attempts = attempts + 1, "
                  "lease_until = ") + kNowMs + " + ?2 WHERE id IN (SELECT id FROM work_items "
      "WHERE run_id = ?3 AND (state = 'queued' OR (state = 'leased' AND lease_until < " + kNowMs +
      ")) ORDER BY id LIMIT ?4 FOR UPDATE SKIP LOCKED) RETURNING id, kind, item, attempts");
  if (!stmt.ok()) return stmt.status();
  stmt->Bind(1, worker).Bind(2, lease_ms).Bind(3, run_id).Bind(4, int64_t{limit});
  std::vector<WorkItem> items;
  core::Status bad;
  NR_RETURN_IF_ERROR(stmt->ForEachRow([&] {
    WorkItem w{stmt->Int(0), WorkKind::kSource, stmt->Text(2), static_cast<int>(stmt->Int(3))};
    core::Status kind = ParseColumn(ParseWorkKind, stmt->Text(1),
                                    "work item " + std::to_string(w.id), "kind", &w.kind);
    if (bad.ok()) bad = kind;
    items.push_back(std::move(w));
  }));
  NR_RETURN_IF_ERROR(bad);
  return items;
}

core::Status Store::RenewLeases(int64_t run_id, const std::string& worker, int64_t lease_ms) {
  NR_RETURN_IF_ERROR(NeedsPostgres(*db_));
  auto stmt = db_->Prepare(std::string("UPDATE work_items SET lease_until = ") + kNowMs +
                           " + ? WHERE run_id = ? AND worker = ? AND state = 'leased'");
  if (!stmt.ok()) return stmt.status();
  return stmt->Bind(1, lease_ms).Bind(2, run_id).Bind(3, worker).Run();
}

core::Result<bool> Store::FinishWork(int64_t item_id, const std::string& worker,
                                     const std::string& result) {
  NR_RETURN_IF_ERROR(NeedsPostgres(*db_));
  auto stmt = db_->Prepare(
      "UPDATE work_items SET state = 'done', result = ?, lease_until = NULL "
      "WHERE id = ? AND worker = ? AND state = 'leased'");
  if (!stmt.ok()) return stmt.status();
  NR_RETURN_IF_ERROR(stmt->Bind(1, result).Bind(2, item_id).Bind(3, worker).Run());
  return db_->Changes() > 0;
}

core::Result<WorkCounts> Store::CountWork(int64_t run_id) {
  NR_RETURN_IF_ERROR(NeedsPostgres(*db_));
  auto stmt = db_->Prepare(
      std::string("SELECT count(*) FILTER (WHERE state = 'queued' OR (state = 'leased' AND "
                  "lease_until < ") + kNowMs + ")), count(*) FILTER (WHERE state = 'leased' AND "
      "lease_until >= " + kNowMs + "), count(*) FILTER (WHERE state = 'done') "
      "FROM work_items WHERE run_id = ?");
  if (!stmt.ok()) return stmt.status();
  auto row = stmt->Bind(1, run_id).Step();
  if (!row.ok()) return row.status();
  return WorkCounts{stmt->Int(0), stmt->Int(1), stmt->Int(2)};
}

core::Result<std::vector<std::string>> Store::WorkResults(int64_t run_id) {
  NR_RETURN_IF_ERROR(NeedsPostgres(*db_));
  auto stmt = db_->Prepare(
      "SELECT result FROM work_items WHERE run_id = ? AND result IS NOT NULL ORDER BY id");
  if (!stmt.ok()) return stmt.status();
  stmt->Bind(1, run_id);
  std::vector<std::string> results;
  NR_RETURN_IF_ERROR(stmt->ForEachRow([&] { results.push_back(stmt->Text(0)); }));
  return results;
}

core::Result<RunState> Store::RunStatus(int64_t run_id) {
  auto stmt = db_->Prepare("SELECT status FROM runs WHERE id = ?");
  if (!stmt.ok()) return stmt.status();
  auto row = stmt->Bind(1, run_id).Step();
  if (!row.ok()) return row.status();
  if (!*row) return core::NotFound("no run with id " + std::to_string(run_id));
  RunState state;
  NR_RETURN_IF_ERROR(ParseColumn(ParseRunState, stmt->Text(0), "run " + std::to_string(run_id),
                                 "status", &state));
  return state;
}

core::Status Store::LockQueue(int64_t run_id) {
  NR_RETURN_IF_ERROR(NeedsPostgres(*db_));
  return db_->Exec(Lock("pg_advisory_lock", kQueueBase + run_id));
}

core::Status Store::UnlockQueue(int64_t run_id) {
  NR_RETURN_IF_ERROR(NeedsPostgres(*db_));
  return db_->Exec(Lock("pg_advisory_unlock", kQueueBase + run_id));
}

}  // namespace newsrecon::store
