// The store's upkeep: retention, giving space back, and row counts.
//
// Promises: as store/runs.h says (one thread at a time, each call atomic, errors as values).
#ifndef NEWSRECON_STORE_RETENTION_H_
#define NEWSRECON_STORE_RETENTION_H_

#include <cstdint>
#include <string>

#include "core/status.h"

namespace newsrecon::store {

class RetentionStore {
 public:
  virtual ~RetentionStore() = default;

  // Empties the raw body and UTF-8 text of documents stored more than `days` days ago that
  // an article was made of, and marks them pruned; deletes those of that age no article
  // was made of (the same text as a stored article, or rejected). Returns how many
  // documents it pruned or deleted.
  virtual core::Result<int64_t> PruneDocuments(int days) = 0;
  // Deletes fetch-log rows older than `days` days; returns how many.
  virtual core::Result<int64_t> PruneFetchLog(int days) = 0;
  // Gives the free pages back to the file system (SQLite VACUUM); on PostgreSQL, VACUUM
  // ANALYZE (the space is reused, not returned).
  virtual core::Status Vacuum() = 0;
  // Counts of rows per table, for summaries and tests.
  virtual core::Result<int64_t> Count(const std::string& table) = 0;
};

}  // namespace newsrecon::store

#endif  // NEWSRECON_STORE_RETENTION_H_
