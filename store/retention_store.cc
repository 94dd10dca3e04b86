// Retention: old documents' raw bodies dropped, superseded documents and old fetch-log rows
// deleted, the file compacted. "Now" is SQLite's, which follows core/clock.h.
#include "store/sqlite.h"
#include "store/store.h"

namespace newsrecon::store {
namespace {

constexpr char kHorizon[] = "strftime('%Y-%m-%dT%H:%M:%fZ','now', '-' || ?1 || ' days')";

}  // namespace

core::Result<int64_t> Store::PruneDocuments(int days) {
  Transaction txn(db_.get());
  NR_RETURN_IF_ERROR(txn.Begin());
  auto prune = db_->Prepare(
      std::string("UPDATE documents SET body = x'', text = NULL, "
                  "pruned_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') "
                  "WHERE pruned_at IS NULL AND id IN (SELECT document_id FROM articles) "
                  "AND stored_at < ") + kHorizon);
  if (!prune.ok()) return prune.status();
  NR_RETURN_IF_ERROR(prune->Bind(1, static_cast<int64_t>(days)).Run());
  int64_t changed = db_->Changes();
  // Their article came from an earlier document, or there is none to make: the fetch
  // stage's page state keeps the last hash, so the same bytes are still known unchanged.
  auto drop = db_->Prepare(
      std::string("DELETE FROM documents WHERE (same_text_as IS NOT NULL OR rejected IS NOT "
                  "NULL) AND id NOT IN (SELECT document_id FROM articles) AND stored_at < ") +
      kHorizon);
  if (!drop.ok()) return drop.status();
  NR_RETURN_IF_ERROR(drop->Bind(1, static_cast<int64_t>(days)).Run());
  changed += db_->Changes();
  NR_RETURN_IF_ERROR(txn.Commit());
  return changed;
}

core::Result<int64_t> Store::PruneFetchLog(int days) {
  auto stmt = db_->Prepare(std::string("DELETE FROM fetches WHERE fetched_at < ") + kHorizon);
  if (!stmt.ok()) return stmt.status();
  NR_RETURN_IF_ERROR(stmt->Bind(1, static_cast<int64_t>(days)).Run());
  return static_cast<int64_t>(db_->Changes());
}

core::Status Store::Vacuum() { return db_->Exec("VACUUM"); }

}  // namespace newsrecon::store
