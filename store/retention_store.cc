// Retention: old documents' raw bodies dropped, superseded documents and old fetch-log rows
// deleted, the database compacted. The horizon is computed here from core/clock.h's "now"
// and bound as a parameter, so it is the same SQL on both engines and follows a simulated
// clock.
#include "core/clock.h"
#include "store/internal/db.h"
#include "store/store.h"

namespace newsrecon::store {
namespace {

// The time `days` days ago, as the store writes times (ISO 8601, UTC, milliseconds).
std::string DaysAgo(int days) {
  return core::IsoFromMillis(core::NowMillis() - int64_t{days} * 86400000);
}

}  // namespace

core::Result<int64_t> Store::PruneDocuments(int days) {
  const std::string horizon = DaysAgo(days);
  Transaction txn(db_.get());
  NR_RETURN_IF_ERROR(txn.Begin());
  auto prune = db_->Prepare(
      "UPDATE documents SET body = ?, text = NULL, pruned_at = ? "
      "WHERE pruned_at IS NULL AND id IN (SELECT document_id FROM articles) AND stored_at < ?");
  if (!prune.ok()) return prune.status();
  NR_RETURN_IF_ERROR(prune->BindBlob(1, "").Bind(2, core::NowIso()).Bind(3, horizon).Run());
  int64_t changed = db_->Changes();
  // Their article came from an earlier document, or there is none to make: the fetch
  // stage's page state keeps the last hash, so the same bytes are still known unchanged.
  auto drop = db_->Prepare(
      "DELETE FROM documents WHERE (same_text_as IS NOT NULL OR rejected IS NOT NULL) "
      "AND id NOT IN (SELECT document_id FROM articles) AND stored_at < ?");
  if (!drop.ok()) return drop.status();
  NR_RETURN_IF_ERROR(drop->Bind(1, horizon).Run());
  changed += db_->Changes();
  NR_RETURN_IF_ERROR(txn.Commit());
  return changed;
}

core::Result<int64_t> Store::PruneFetchLog(int days) {
  auto stmt = db_->Prepare("DELETE FROM fetches WHERE fetched_at < ?");
  if (!stmt.ok()) return stmt.status();
  NR_RETURN_IF_ERROR(stmt->Bind(1, DaysAgo(days)).Run());
  return db_->Changes();
}

// SQLite gives the free pages back to the file system; PostgreSQL marks dead rows' space
// for reuse and refreshes the planner's statistics.
core::Status Store::Vacuum() {
  return db_->Exec(db_->dialect() == Dialect::kSqlite ? "VACUUM" : "VACUUM ANALYZE");
}

}  // namespace newsrecon::store
