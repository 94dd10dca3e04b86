// Store: the fetch stage's rows — the fetch log in batches, per-page state, feed items.
#include "store/sqlite.h"
#include "store/store.h"

namespace newsrecon::store {

core::Status Store::LogFetches(const std::vector<FetchLogEntry>& entries) {
  if (entries.empty()) return core::Status::Ok();
  Transaction txn(db_.get());
  NR_RETURN_IF_ERROR(txn.Begin());
  for (const FetchLogEntry& e : entries) NR_RETURN_IF_ERROR(LogFetch(e));
  return txn.Commit();
}

core::Result<std::vector<UrlState>> Store::LoadUrlStates(int64_t source_id) {
  auto stmt = db_->Prepare(
      "SELECT url, final_url, coalesce(etag, ''), coalesce(last_modified, ''), "
      "coalesce(content_hash, ''), canonical_url, status FROM url_state WHERE source_id = ?");
  if (!stmt.ok()) return stmt.status();
  stmt->Bind(1, source_id);
  std::vector<UrlState> states;
  for (;;) {
    auto row = stmt->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    states.push_back({stmt->Text(0), stmt->Text(1), stmt->Text(2), stmt->Text(3), stmt->Text(4),
                      stmt->Text(5), static_cast<int>(stmt->Int(6))});
  }
  return states;
}

core::Status Store::SaveUrlState(int64_t source_id, int64_t run_id, const UrlState& s) {
  auto stmt = db_->Prepare(
      "INSERT OR REPLACE INTO url_state(source_id, url, final_url, etag, last_modified, "
      "content_hash, canonical_url, status, last_run) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
  if (!stmt.ok()) return stmt.status();
  stmt->Bind(1, source_id).Bind(2, s.url).Bind(3, s.final_url).BindOptional(4, s.etag);
  stmt->BindOptional(5, s.last_modified).BindOptional(6, s.content_hash);
  stmt->Bind(7, s.canonical_url).Bind(8, int64_t{s.status});
  if (run_id != 0) stmt->Bind(9, run_id);
  return stmt->Run();
}

core::Status Store::PutFeedItems(int64_t source_id, int64_t run_id,
                                 const std::vector<FeedItemRecord>& items) {
  if (items.empty()) return core::Status::Ok();
  Transaction txn(db_.get());
  NR_RETURN_IF_ERROR(txn.Begin());
  auto stmt = db_->Prepare(
      "INSERT INTO feed_items(source_id, url, title, published, guid, origin, first_seen_run, "
      "last_seen_run) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7) "
      "ON CONFLICT(source_id, url) DO UPDATE SET "
      "title = CASE WHEN excluded.title != '' THEN excluded.title ELSE title END, "
      "published = coalesce(excluded.published, published), "
      "guid = CASE WHEN excluded.guid != '' THEN excluded.guid ELSE guid END, "
      "origin = excluded.origin, last_seen_run = excluded.last_seen_run");
  if (!stmt.ok()) return stmt.status();
  for (const FeedItemRecord& item : items) {
    stmt->Reset();
    stmt->Bind(1, source_id).Bind(2, item.url).Bind(3, item.title).BindOptional(4, item.published);
    stmt->Bind(5, item.guid).Bind(6, item.origin);
    if (run_id != 0) {
      stmt->Bind(7, run_id);
    } else {
      stmt->BindNull(7);
    }
    NR_RETURN_IF_ERROR(stmt->Run());
  }
  return txn.Commit();
}

core::Result<std::vector<FeedItemRecord>> Store::LoadFeedItems(int64_t source_id) {
  auto stmt = db_->Prepare(
      "SELECT url, title, coalesce(published, ''), guid, origin FROM feed_items "
      "WHERE source_id = ? ORDER BY id");
  if (!stmt.ok()) return stmt.status();
  stmt->Bind(1, source_id);
  std::vector<FeedItemRecord> items;
  for (;;) {
    auto row = stmt->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    items.push_back({stmt->Text(0), stmt->Text(1), stmt->Text(2), stmt->Text(3), stmt->Text(4)});
  }
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
  d.content_type = stmt->Text(3);
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
  for (;;) {
    auto row = stmt->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    entries.push_back({stmt->Int(0), stmt->Int(1), stmt->Text(2), static_cast<int>(stmt->Int(3)),
                       stmt->Int(4), stmt->Int(5), stmt->Text(6), stmt->Text(7), stmt->Text(8)});
  }
  return entries;
}

}  // namespace newsrecon::store
