// Retention: old documents' raw bodies dropped, the database compacted.
#include <chrono>
#include <cstdio>
#include <ctime>

#include "store/db.h"
#include "store/store.h"

namespace newsrecon::store {
namespace {

// The time `days` days ago, as the store writes times (ISO 8601, UTC, milliseconds).
std::string DaysAgo(int days) {
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                std::chrono::system_clock::now().time_since_epoch())
                .count() -
            int64_t{days} * 86400000;
  std::time_t t = static_cast<std::time_t>(ms / 1000);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[40];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S", &tm);
  char millis[8];
  std::snprintf(millis, sizeof millis, ".%03dZ", static_cast<int>(ms % 1000));
  return std::string(buf) + millis;
}

}  // namespace

core::Result<int64_t> Store::PruneDocuments(int days) {
  auto stmt = db_->Prepare(
      "UPDATE documents SET body = ?, text = NULL, "
      "pruned_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') "
      "WHERE pruned_at IS NULL AND id IN (SELECT document_id FROM articles) AND stored_at < ?");
  if (!stmt.ok()) return stmt.status();
  NR_RETURN_IF_ERROR(stmt->BindBlob(1, "").Bind(2, DaysAgo(days)).Run());
  return db_->Changes();
}

// SQLite gives the free pages back to the file system; PostgreSQL marks dead rows' space
// for reuse and refreshes the planner's statistics.
core::Status Store::Vacuum() {
  return db_->Exec(db_->dialect() == Dialect::kSqlite ? "VACUUM" : "VACUUM ANALYZE");
}

}  // namespace newsrecon::store
