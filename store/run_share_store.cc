// Store: what the workers of one run share besides the queue: the run's config, each
// host's robots.txt, the time the next request to each host may start, and each host's
// transfer slots.
#include <algorithm>

#include "store/internal/columns.h"
#include "store/internal/db.h"
#include "store/store.h"

namespace newsrecon::store {
namespace {

// Milliseconds since 1970 by the database's clock: every worker reads the one clock.
std::string NowMs(const Db& db) {
  return db.dialect() == Dialect::kPostgres
             ? "CAST(extract(epoch FROM clock_timestamp()) * 1000 AS BIGINT)"
             : "CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER)";
}

}  // namespace

core::Status Store::SaveRunConfig(int64_t run_id, const std::string& config,
                                  const std::string& extractor) {
  // A config the same as one stored before is stored once: a nightly run of one config
  // adds a row naming the run that holds its text, not another copy of it.
  auto same = db_->Prepare(
      "SELECT max(run_id) FROM run_configs WHERE same_as IS NULL AND config = ? AND extractor = ?");
  if (!same.ok()) return same.status();
  auto row = same->Bind(1, config).Bind(2, extractor).Step();
  if (!row.ok()) return row.status();
  bool stored = *row && !same->IsNull(0);
  int64_t earlier = stored ? same->Int(0) : 0;
  auto stmt = db_->Prepare(
      "INSERT INTO run_configs(run_id, config, extractor, same_as) VALUES (?, ?, ?, ?) "
      "ON CONFLICT DO NOTHING");
  if (!stmt.ok()) return stmt.status();
  const std::string none;
  stmt->Bind(1, run_id).Bind(2, stored ? none : config).Bind(3, stored ? none : extractor);
  if (stored) {
    stmt->Bind(4, earlier);
  } else {
    stmt->BindNull(4);
  }
  return stmt->Run();
}

core::Result<std::optional<RunConfigRecord>> Store::LoadRunConfig(int64_t run_id) {
  auto stmt = db_->Prepare(
      "SELECT coalesce(o.config, r.config), coalesce(o.extractor, r.extractor) "
      "FROM run_configs r LEFT JOIN run_configs o ON o.run_id = r.same_as WHERE r.run_id = ?");
  if (!stmt.ok()) return stmt.status();
  auto row = stmt->Bind(1, run_id).Step();
  if (!row.ok()) return row.status();
  if (!*row) return std::optional<RunConfigRecord>();
  return std::optional<RunConfigRecord>(RunConfigRecord{stmt->Text(0), stmt->Text(1)});
}

core::Result<RunRecord> Store::LoadRun(int64_t run_id, std::string* summary) {
  auto stmt = db_->Prepare(
      "SELECT id, command, started_at, coalesce(finished_at, ''), status, coalesce(summary, '') "
      "FROM runs WHERE id = ?");
  if (!stmt.ok()) return stmt.status();
  auto row = stmt->Bind(1, run_id).Step();
  if (!row.ok()) return row.status();
  if (!*row) return core::NotFound("no run with id " + std::to_string(run_id));
  *summary = stmt->Text(5);
  RunRecord run{stmt->Int(0), stmt->Text(1), stmt->Text(2), stmt->Text(3)};
  NR_RETURN_IF_ERROR(ParseColumn(ParseRunState, stmt->Text(4), "run " + std::to_string(run.id),
                                 "status", &run.status));
  return run;
}

core::Result<std::optional<std::string>> Store::LoadHostRobots(int64_t run_id,
                                                               const std::string& host) {
  auto stmt = db_->Prepare("SELECT robots FROM host_robots WHERE run_id = ? AND host = ?");
  if (!stmt.ok()) return stmt.status();
  auto row = stmt->Bind(1, run_id).Bind(2, host).Step();
  if (!row.ok()) return row.status();
  if (!*row) return std::optional<std::string>();
  return std::optional<std::string>(stmt->Text(0));
}

core::Status Store::SaveHostRobots(int64_t run_id, const std::string& host,
                                   const std::string& robots) {
  auto stmt = db_->Prepare(
      "INSERT INTO host_robots(run_id, host, robots) VALUES (?, ?, ?) ON CONFLICT DO NOTHING");
  if (!stmt.ok()) return stmt.status();
  return stmt->Bind(1, run_id).Bind(2, host).Bind(3, robots).Run();
}

core::Status Store::ForgetRunHosts(int64_t run_id) {
  for (const char* table : {"host_robots", "host_slots", "host_leases"}) {
    auto stmt = db_->Prepare(std::string("DELETE FROM ") + table + " WHERE run_id = ?");
    if (!stmt.ok()) return stmt.status();
    NR_RETURN_IF_ERROR(stmt->Bind(1, run_id).Run());
  }
  return core::Status::Ok();
}

core::Result<int64_t> Store::ClaimHostStart(int64_t run_id, const std::string& host,
                                            int64_t spacing_ms) {
  // One statement: the row is locked while its time is compared and moved, so two
  // workers never both find the host free.
  const std::string now = NowMs(*db_);
  auto claim = db_->Prepare(
      "INSERT INTO host_slots(run_id, host, next_at) VALUES (?1, ?2, " + now + " + ?3) "
      "ON CONFLICT (run_id, host) DO UPDATE SET next_at = " + now + " + ?3 "
      "WHERE host_slots.next_at <= " + now);
  if (!claim.ok()) return claim.status();
  NR_RETURN_IF_ERROR(claim->Bind(1, run_id).Bind(2, host).Bind(3, spacing_ms).Run());
  if (db_->Changes() > 0) return int64_t{0};
  auto wait = db_->Prepare("SELECT next_at - " + now +
                           " FROM host_slots WHERE run_id = ? AND host = ?");
  if (!wait.ok()) return wait.status();
  auto row = wait->Bind(1, run_id).Bind(2, host).Step();
  if (!row.ok()) return row.status();
  return *row ? std::max<int64_t>(1, wait->Int(0)) : int64_t{1};
}

core::Result<int> Store::TakeHostLease(int64_t run_id, const std::string& host, int slots,
                                       const std::string& holder, int64_t lease_ms) {
  // Each slot as ClaimHostStart takes a time: one statement that locks the row while it
  // finds it free and takes it, so two workers never both hold one slot.
  const std::string now = NowMs(*db_);
  auto take = db_->Prepare(
      "INSERT INTO host_leases(run_id, host, slot, holder, expires_at) "
      "VALUES (?1, ?2, ?3, ?4, " + now + " + ?5) "
      "ON CONFLICT (run_id, host, slot) DO UPDATE SET holder = ?4, expires_at = " + now + " + ?5 "
      "WHERE host_leases.expires_at <= " + now);
  if (!take.ok()) return take.status();
  for (int slot = 0; slot < slots; ++slot) {
    take->Reset();
    NR_RETURN_IF_ERROR(take->Bind(1, run_id).Bind(2, host).Bind(3, int64_t{slot}).Bind(4, holder)
                           .Bind(5, lease_ms).Run());
    if (db_->Changes() > 0) return slot;
  }
  return -1;
}

core::Status Store::ReleaseHostLease(int64_t run_id, const std::string& host, int slot,
                                     const std::string& holder) {
  auto stmt = db_->Prepare(
      "UPDATE host_leases SET expires_at = 0 "
      "WHERE run_id = ? AND host = ? AND slot = ? AND holder = ?");
  if (!stmt.ok()) return stmt.status();
  return stmt->Bind(1, run_id).Bind(2, host).Bind(3, int64_t{slot}).Bind(4, holder).Run();
}

}  // namespace newsrecon::store
