// Store: reading back what the fetch stage wrote — documents, the fetch log, feed entries,
// and the documents still waiting for an article.
#include "store/internal/columns.h"
#include "store/internal/db.h"
#include "store/store.h"

namespace newsrecon::store {

core::Result<std::vector<FeedItemRecord>> Store::LoadFeedItems(int64_t source_id) {
  auto stmt = db_->Prepare(
      "SELECT url, title, coalesce(published, ''), guid, origin FROM feed_items "
      "WHERE source_id = ? ORDER BY id");
  if (!stmt.ok()) return stmt.status();
  stmt->Bind(1, source_id);
  std::vector<FeedItemRecord> items;
  NR_RETURN_IF_ERROR(stmt->ForEachRow([&] {
    items.push_back({stmt->Text(0), stmt->Text(1), stmt->Text(2), stmt->Text(3), stmt->Text(4)});
  }));
  return items;
}

core::Result<core::Document> Store::LoadDocument(int64_t document_id) {
  auto stmt = db_->Prepare(
      "SELECT id, source_id, url, content_type, charset, body, hash, coalesce(text, ''), "
      "charset_from, replaced FROM documents WHERE id = ?");
  if (!stmt.ok()) return stmt.status();
  stmt->Bind(1, document_id);
  auto row = stmt->Step();
  if (!row.ok()) return row.status();
  if (!*row) return core::NotFound("no document with id " + std::to_string(document_id));
  core::Document d;
  d.id = stmt->Int(0);
  d.source_id = stmt->Int(1);
  d.url = stmt->Text(2);
  NR_RETURN_IF_ERROR(ParseColumn(core::ParseDocumentFormat, stmt->Text(3),
                                 "document " + std::to_string(d.id), "content_type", &d.format));
  d.charset = stmt->Text(4);
  d.body = stmt->Text(5);
  d.hash = stmt->Text(6);
  d.text = stmt->Text(7);
  d.charset_from = stmt->Text(8);
  d.replaced = stmt->Int(9);
  return d;
}

core::Result<std::vector<FetchLogEntry>> Store::LoadFetchLog(int64_t run_id) {
  auto stmt = db_->Prepare(
      "SELECT run_id, source_id, url, status, bytes, elapsed_ms, coalesce(error, ''), "
      "coalesce(etag, ''), coalesce(last_modified, '') FROM fetches WHERE run_id = ? ORDER BY id");
  if (!stmt.ok()) return stmt.status();
  stmt->Bind(1, run_id);
  std::vector<FetchLogEntry> entries;
  NR_RETURN_IF_ERROR(stmt->ForEachRow([&] {
    entries.push_back({stmt->Int(0), stmt->Int(1), stmt->Text(2), static_cast<int>(stmt->Int(3)),
                       stmt->Int(4), stmt->Int(5), stmt->Text(6), stmt->Text(7), stmt->Text(8)});
  }));
  return entries;
}

namespace {

// Pending documents, all of them (?1 = 0) or one.
core::Result<std::vector<PendingDocument>> QueryPending(Db& db, int64_t document_id) {
  auto stmt = db.Prepare(
      "SELECT d.id, d.source_id, s.name, coalesce(f.published, '') FROM documents d "
      "JOIN sources s ON s.id = d.source_id LEFT JOIN articles a ON a.document_id = d.id "
      "LEFT JOIN feed_items f ON f.source_id = d.source_id AND f.url = d.url "
      "WHERE a.id IS NULL AND d.rejected IS NULL AND d.same_text_as IS NULL AND (?1 = 0 OR d.id = ?1) "
      "ORDER BY d.id");
  if (!stmt.ok()) return stmt.status();
  stmt->Bind(1, document_id);
  std::vector<PendingDocument> pending;
  NR_RETURN_IF_ERROR(stmt->ForEachRow([&] {
    pending.push_back({stmt->Int(0), stmt->Int(1), stmt->Text(2), stmt->Text(3)});
  }));
  return pending;
}

}  // namespace

core::Result<std::vector<PendingDocument>> Store::PendingDocuments() {
  return QueryPending(*db_, 0);
}

core::Result<std::optional<PendingDocument>> Store::FindPendingDocument(int64_t document_id) {
  auto found = QueryPending(*db_, document_id);
  if (!found.ok()) return found.status();
  if (found->empty()) return std::optional<PendingDocument>();
  return std::optional<PendingDocument>(found->front());
}

}  // namespace newsrecon::store
