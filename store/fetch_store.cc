// Store: the fetch stage's rows — documents before their articles, the fetch log, per-page
// state and feed entries — one at a time or in batches with statements prepared once.
#include "core/clock.h"
#include "core/sha256.h"
#include "store/internal/db.h"
#include "store/store.h"

namespace newsrecon::store {
namespace {

constexpr char kInsertDocument[] =
    "INSERT INTO documents(source_id, url, content_type, charset, body, hash, run_id, text, "
    "charset_from, replaced, stored_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT(source_id, url, hash) DO NOTHING RETURNING id";
constexpr char kDocumentId[] =
    "SELECT id FROM documents WHERE source_id = ? AND url = ? AND hash = ?";
constexpr char kInsertLog[] =
    "INSERT INTO fetches(run_id, source_id, url, status, bytes, elapsed_ms, error, etag, "
    "last_modified, fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
constexpr char kSaveState[] =
    "INSERT INTO url_state(source_id, url, final_url, etag, last_modified, content_hash, "
    "canonical_url, status, last_run, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) "
    "ON CONFLICT(source_id, url) DO UPDATE SET final_url = ?3, etag = ?4, last_modified = ?5, "
    "content_hash = ?6, canonical_url = CASE WHEN ?7 != '' THEN ?7 ELSE url_state.canonical_url END, "
    "status = ?8, last_run = ?9, updated_at = ?10";
constexpr char kPutFeedItem[] =
    "INSERT INTO feed_items(source_id, url, title, published, guid, origin, first_seen_run, "
    "last_seen_run) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7) "
    "ON CONFLICT(source_id, url) DO UPDATE SET "
    "title = CASE WHEN excluded.title != '' THEN excluded.title ELSE feed_items.title END, "
    "published = coalesce(excluded.published, feed_items.published), "
    "guid = CASE WHEN excluded.guid != '' THEN excluded.guid ELSE feed_items.guid END, "
    "origin = excluded.origin, last_seen_run = excluded.last_seen_run";

void BindRun(Stmt& stmt, int index, int64_t run_id) {
  if (run_id != 0) {
    stmt.Bind(index, run_id);
  } else {
    stmt.BindNull(index);
  }
}

// Inserts a document (or finds the one with the same source, URL and hash).
core::Result<DocumentWriteResult> WriteDocument(Stmt& insert, Stmt& find, int64_t source_id,
                                                int64_t run_id, const core::Document& d) {
  insert.Reset();
  insert.Bind(1, source_id).Bind(2, d.url).Bind(3, core::ToString(d.format)).Bind(4, d.charset);
  insert.BindBlob(5, d.body).Bind(6, d.hash);
  BindRun(insert, 7, run_id);
  insert.BindOptional(8, d.text).Bind(9, d.charset_from).Bind(10, d.replaced);
  insert.Bind(11, core::NowIso());
  auto inserted = insert.RunReturningId();
  if (!inserted.ok()) return inserted.status();
  DocumentWriteResult result;
  result.new_document = inserted->has_value();
  if (result.new_document) {
    result.document_id = **inserted;
    return result;
  }
  find.Reset();
  find.Bind(1, source_id).Bind(2, d.url).Bind(3, d.hash);
  auto found = find.Step();
  if (!found.ok()) return found.status();
  result.document_id = find.Int(0);
  return result;
}

core::Status WriteLog(Stmt& stmt, const FetchLogEntry& e) {
  stmt.Reset();
  BindRun(stmt, 1, e.run_id);
  stmt.Bind(2, e.source_id).Bind(3, e.url).Bind(4, int64_t{e.status}).Bind(5, e.bytes);
  stmt.Bind(6, e.elapsed_ms).BindOptional(7, e.error).BindOptional(8, e.etag);
  stmt.BindOptional(9, e.last_modified).Bind(10, core::NowIso());
  return stmt.Run();
}

core::Status WriteState(Stmt& stmt, int64_t source_id, int64_t run_id, const UrlState& s) {
  stmt.Reset();
  stmt.Bind(1, source_id).Bind(2, s.url).Bind(3, s.final_url).BindOptional(4, s.etag);
  stmt.BindOptional(5, s.last_modified).BindOptional(6, s.content_hash);
  stmt.Bind(7, s.canonical_url).Bind(8, int64_t{s.status});
  BindRun(stmt, 9, run_id);
  stmt.Bind(10, core::NowIso());
  return stmt.Run();
}

core::Status WriteFeedItem(Stmt& stmt, int64_t source_id, int64_t run_id,
                           const FeedItemRecord& item) {
  stmt.Reset();
  stmt.Bind(1, source_id).Bind(2, item.url).Bind(3, item.title).BindOptional(4, item.published);
  stmt.Bind(5, item.guid).Bind(6, item.origin);
  BindRun(stmt, 7, run_id);
  return stmt.Run();
}

}  // namespace

core::Result<DocumentWriteResult> Store::InsertDocument(int64_t source_id, int64_t run_id,
                                                        const core::Document& document) {
  auto insert = db_->Prepare(kInsertDocument);
  if (!insert.ok()) return insert.status();
  auto find = db_->Prepare(kDocumentId);
  if (!find.ok()) return find.status();
  return WriteDocument(*insert, *find, source_id, run_id, document);
}

core::Result<DocumentWriteResult> Store::PutDocument(int64_t source_id, int64_t run_id,
                                                     core::Document document) {
  if (document.hash.empty()) document.hash = core::Sha256Hex(document.body);
  Transaction txn(db_.get());
  NR_RETURN_IF_ERROR(txn.Begin());
  auto result = InsertDocument(source_id, run_id, document);
  if (!result.ok()) return result.status();
  NR_RETURN_IF_ERROR(txn.Commit());
  return result;
}

core::Result<std::vector<DocumentWriteResult>> Store::PutFetchBatch(int64_t run_id,
                                                                    const FetchBatch& batch) {
  Transaction txn(db_.get());
  NR_RETURN_IF_ERROR(txn.Begin());
  auto insert = db_->Prepare(kInsertDocument);
  auto find = db_->Prepare(kDocumentId);
  auto state = db_->Prepare(kSaveState);
  auto log = db_->Prepare(kInsertLog);
  auto item = db_->Prepare(kPutFeedItem);
  for (auto* stmt : {&insert, &find, &state, &log, &item}) {
    if (!stmt->ok()) return stmt->status();
  }
  std::vector<DocumentWriteResult> results(batch.pages.size());
  for (size_t i = 0; i < batch.pages.size(); ++i) {
    const FetchBatch::Page& page = batch.pages[i];
    if (page.store_document) {
      const core::Document* d = &page.document;
      core::Document hashed;
      if (d->hash.empty()) {
        hashed = *d;
        hashed.hash = core::Sha256Hex(hashed.body);
        d = &hashed;
      }
      auto written = WriteDocument(*insert, *find, page.source_id, run_id, *d);
      if (!written.ok()) return written.status();
      results[i] = *written;
    }
    if (page.save_state) NR_RETURN_IF_ERROR(WriteState(*state, page.source_id, run_id, page.state));
  }
  for (const FetchBatch::Listed& listed : batch.listings) {
    for (const FeedItemRecord& r : listed.items) {
      NR_RETURN_IF_ERROR(WriteFeedItem(*item, listed.source_id, run_id, r));
    }
  }
  for (const FetchLogEntry& e : batch.log) NR_RETURN_IF_ERROR(WriteLog(*log, e));
  NR_RETURN_IF_ERROR(txn.Commit());
  return results;
}

core::Status Store::LogFetch(const FetchLogEntry& entry) {
  auto stmt = db_->Prepare(kInsertLog);
  if (!stmt.ok()) return stmt.status();
  return WriteLog(*stmt, entry);
}

core::Status Store::LogFetches(const std::vector<FetchLogEntry>& entries) {
  FetchBatch batch;
  batch.log = entries;
  auto written = PutFetchBatch(0, batch);
  return written.ok() ? core::Status::Ok() : written.status();
}

core::Status Store::SaveUrlState(int64_t source_id, int64_t run_id, const UrlState& s) {
  auto stmt = db_->Prepare(kSaveState);
  if (!stmt.ok()) return stmt.status();
  return WriteState(*stmt, source_id, run_id, s);
}

core::Status Store::SetCanonicalUrl(int64_t source_id, const std::string& url,
                                    const std::string& canonical_url) {
  auto stmt =
      db_->Prepare("UPDATE url_state SET canonical_url = ? WHERE source_id = ? AND url = ?");
  if (!stmt.ok()) return stmt.status();
  return stmt->Bind(1, canonical_url).Bind(2, source_id).Bind(3, url).Run();
}

core::Status Store::SetCanonicalUrlOfDocument(int64_t document_id,
                                              const std::string& canonical_url) {
  auto stmt = db_->Prepare(
      "UPDATE url_state SET canonical_url = ?1 WHERE "
      "source_id = (SELECT source_id FROM documents WHERE id = ?2) AND "
      "content_hash = (SELECT hash FROM documents WHERE id = ?2)");
  if (!stmt.ok()) return stmt.status();
  return stmt->Bind(1, canonical_url).Bind(2, document_id).Run();
}

core::Status Store::PutFeedItems(int64_t source_id, int64_t run_id,
                                 const std::vector<FeedItemRecord>& items) {
  FetchBatch batch;
  batch.listings.push_back({source_id, items});
  auto written = PutFetchBatch(run_id, batch);
  return written.ok() ? core::Status::Ok() : written.status();
}

core::Status Store::MarkRejected(int64_t document_id, const std::string& why) {
  auto stmt = db_->Prepare("UPDATE documents SET rejected = ? WHERE id = ?");
  if (!stmt.ok()) return stmt.status();
  return stmt->Bind(1, why).Bind(2, document_id).Run();
}

core::Result<std::vector<UrlState>> Store::LoadUrlStates(int64_t source_id) {
  auto stmt = db_->Prepare(
      "SELECT url, final_url, coalesce(etag, ''), coalesce(last_modified, ''), "
      "coalesce(content_hash, ''), canonical_url, status FROM url_state WHERE source_id = ?");
  if (!stmt.ok()) return stmt.status();
  stmt->Bind(1, source_id);
  std::vector<UrlState> states;
  NR_RETURN_IF_ERROR(stmt->ForEachRow([&] {
    states.push_back({stmt->Text(0), stmt->Text(1), stmt->Text(2), stmt->Text(3), stmt->Text(4),
                      stmt->Text(5), static_cast<int>(stmt->Int(6))});
  }));
  return states;
}

}  // namespace newsrecon::store
