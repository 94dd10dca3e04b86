// Retention: old documents' raw bodies dropped, the file compacted.
#include "store/sqlite.h"
#include "store/store.h"

namespace newsrecon::store {

core::Result<int64_t> Store::PruneDocuments(int days) {
  auto stmt = db_->Prepare(
      "UPDATE documents SET body = x'', text = NULL, "
      "pruned_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') "
      "WHERE pruned_at IS NULL AND id IN (SELECT document_id FROM articles) "
      "AND stored_at < strftime('%Y-%m-%dT%H:%M:%fZ','now', '-' || ? || ' days')");
  if (!stmt.ok()) return stmt.status();
  NR_RETURN_IF_ERROR(stmt->Bind(1, static_cast<int64_t>(days)).Run());
  return static_cast<int64_t>(db_->Changes());
}

core::Status Store::Vacuum() { return db_->Exec("VACUUM"); }

}  // namespace newsrecon::store
