// Store: opening and migrating the database, runs, sources, fetch log and articles.
//
// Times the store writes (started_at, stored_at, ...) are core/clock.h's "now", bound as
// parameters, so both engines follow a simulated clock; the schema's defaults are unused.
#include "store/store.h"

#include <filesystem>
#include <set>
#include <utility>

#include "core/clock.h"
#include "core/sha256.h"
#include "store/internal/columns.h"
#include "store/internal/schema.h"
#include "store/internal/db.h"

namespace newsrecon::store {

core::Status CheckDatabaseExists(const std::string& path) {
  std::error_code ec;
  if (IsPostgresUrl(path) || std::filesystem::exists(path, ec)) return core::Status::Ok();
  return core::NotFound(path + ": no such database");
}

Store::Store(std::unique_ptr<Db> db) : db_(std::move(db)) {}
Store::~Store() = default;

core::Result<std::unique_ptr<Store>> Store::Open(const std::string& path, OpenMode mode) {
  if (mode == OpenMode::kExisting) NR_RETURN_IF_ERROR(CheckDatabaseExists(path));
  auto db = Db::Open(path);
  if (!db.ok()) return db.status();
  std::unique_ptr<Store> store(new Store(std::move(*db)));
  NR_RETURN_IF_ERROR(store->Migrate().Prefixed(store->db_->path()));
  return store;
}

core::Status Store::Migrate() {
  const auto& migrations = Migrations();
  auto current = db_->SchemaVersion();
  if (!current.ok()) return current.status();
  if (*current > static_cast<int64_t>(migrations.size())) {
    return core::Corruption("schema version " + std::to_string(*current) +
                            " is newer than this newsrecon knows (" +
                            std::to_string(migrations.size()) + ")");
  }
  NR_RETURN_IF_ERROR(db_->PrepareWrites());
  for (;;) {
    // The version is read again under the schema lock: another process may have migrated.
    Transaction txn(db_.get());
    NR_RETURN_IF_ERROR(txn.Begin());
    NR_RETURN_IF_ERROR(db_->LockSchema());
    auto version = db_->SchemaVersion();
    if (!version.ok()) return version.status();
    size_t i = static_cast<size_t>(*version);
    if (i >= migrations.size()) return txn.Commit();
    NR_RETURN_IF_ERROR(
        db_->Exec(MigrationFor(i, db_->dialect())).Prefixed("migration " + std::to_string(i + 1)));
    NR_RETURN_IF_ERROR(db_->SetSchemaVersion(static_cast<int64_t>(i) + 1));
    NR_RETURN_IF_ERROR(txn.Commit());
  }
}

core::Result<int64_t> Store::BeginRun(const std::string& command) {
  auto stmt = db_->Prepare("INSERT INTO runs(command, started_at) VALUES (?, ?) RETURNING id");
  if (!stmt.ok()) return stmt.status();
  auto id = stmt->Bind(1, command).Bind(2, core::NowIso()).RunReturningId();
  if (!id.ok()) return id.status();
  return id->value_or(0);
}

core::Status Store::FinishRun(int64_t run_id, RunState status,
                              const std::string& summary) {
  auto stmt =
      db_->Prepare("UPDATE runs SET status = ?, summary = ?, finished_at = ? WHERE id = ?");
  if (!stmt.ok()) return stmt.status();
  return stmt->Bind(1, ToString(status)).Bind(2, summary).Bind(3, core::NowIso()).Bind(4, run_id).Run();
}

core::Result<int64_t> Store::UpsertSource(const core::Source& source) {
  auto stmt = db_->Prepare(
      "INSERT INTO sources(name, kind, location, created_at) VALUES (?, ?, ?, ?) "
      "ON CONFLICT(name) DO UPDATE SET kind = excluded.kind, location = excluded.location "
      "RETURNING id");
  if (!stmt.ok()) return stmt.status();
  stmt->Bind(1, source.name).Bind(2, core::ToString(source.kind)).Bind(3, source.location).Bind(4, core::NowIso());
  auto id = stmt->RunReturningId();
  if (!id.ok()) return id.status();
  return id->value_or(0);
}

core::Result<std::optional<core::Source>> Store::FindSource(const std::string& name) {
  auto stmt = db_->Prepare("SELECT id, name, kind, location FROM sources WHERE name = ?");
  if (!stmt.ok()) return stmt.status();
  stmt->Bind(1, name);
  auto row = stmt->Step();
  if (!row.ok()) return row.status();
  if (!*row) return std::optional<core::Source>();
  core::Source source{stmt->Int(0), stmt->Text(1), core::SourceKind::kPath, stmt->Text(3)};
  NR_RETURN_IF_ERROR(ParseColumn(core::ParseSourceKind, stmt->Text(2),
                                 "source " + std::to_string(source.id), "kind", &source.kind));
  return std::optional<core::Source>(std::move(source));
}

namespace {

// MinHash signatures as blobs: 4 bytes per value, little-endian.
std::string EncodeMinHash(const std::vector<uint32_t>& values) {
  std::string out;
  for (uint32_t v : values) {
    for (int shift = 0; shift < 32; shift += 8)
      out.push_back(static_cast<char>((v >> shift) & 0xFF));
  }
  return out;
}

std::vector<uint32_t> DecodeMinHash(const std::string& blob) {
  std::vector<uint32_t> out;
  for (size_t i = 0; i + 4 <= blob.size(); i += 4) {
    uint32_t v = 0;
    for (int k = 3; k >= 0; --k)
      v = (v << 8) | static_cast<unsigned char>(blob[i + static_cast<size_t>(k)]);
    out.push_back(v);
  }
  return out;
}


// The keys of the copies an article could be: its MinHash bands, or one key for every
// writer without bands; none for a reject or without a rule.
std::vector<int64_t> DuplicateLockKeys(const ArticleWrite& w) {
  if (!w.text.not_article.empty() || !w.copies) return {};
  if (!w.minhash_bands.empty()) return w.minhash_bands;
  if (w.simhash != 0) return {0};
  return {};
}

// Fingerprint rows (id, voice, simhash, minhash), in order.
core::Status ReadFingerprints(Stmt& stmt, std::vector<ArticleFingerprint>* out) {
  return stmt.ForEachRow([&] {
    out->push_back({stmt.Int(0), stmt.Int(1), static_cast<uint64_t>(stmt.Int(2)),
                    DecodeMinHash(stmt.Text(3))});
  });
}

std::string JoinAuthors(const std::vector<std::string>& authors) {
  std::string out;
  for (const auto& a : authors) {
    if (!out.empty()) out += "; ";
    out += a;
  }
  return out;
}

}  // namespace

core::Result<ArticleWriteResult> Store::PutArticle(int64_t source_id, ArticleWrite w) {
  if (w.document.hash.empty()) w.document.hash = core::Sha256Hex(w.document.body);
  ArticleWriteResult result;
  Transaction txn(db_.get());
  NR_RETURN_IF_ERROR(txn.Begin());
  // Writers that could find each other's article a copy take turns (PostgreSQL workers);
  // others never wait for each other.
  NR_RETURN_IF_ERROR(db_->LockKeys(DuplicateLockKeys(w)));
  auto document = InsertDocument(source_id, w.run_id, w.document);
  if (!document.ok()) return document.status();
  result.document_id = document->document_id;
  result.new_document = document->new_document;
  auto duplicate = DuplicateOf(source_id, w);
  if (!duplicate.ok()) return duplicate.status();
  result.duplicate_of = *duplicate;
  result.not_article = w.text.not_article;
  auto article = InsertArticle(source_id, w, result);
  if (!article.ok()) return article.status();
  result.article_id = *article;
  result.new_article = result.article_id != 0;
  if (!result.new_article) {
    // Same text from this source (or the same document) is already stored: nothing to add
    // but a mark on a new document, so it is not taken for pending and retention knows it.
    auto same = db_->Prepare(
        "UPDATE documents SET same_text_as = (SELECT id FROM articles WHERE source_id = ?1 "
        "AND hash = ?2) WHERE id = ?3 AND id NOT IN (SELECT document_id FROM articles)");
    if (!same.ok()) return same.status();
    NR_RETURN_IF_ERROR(same->Bind(1, source_id)
                           .Bind(2, core::Sha256Hex(w.text.text))
                           .Bind(3, result.document_id)
                           .Run());
    NR_RETURN_IF_ERROR(txn.Commit());
    return result;
  }
  NR_RETURN_IF_ERROR(InsertSentences(result.article_id, w.text.sentences));
  NR_RETURN_IF_ERROR(InsertBands(result.article_id, w.minhash_bands));
  auto claims = InsertClaims(result.article_id, w.claims);
  if (!claims.ok()) return claims.status();
  if (w.text.not_article.empty()) {
    NR_RETURN_IF_ERROR(SupersedeOlderVersions(source_id, result.article_id, w.document.url));
    result.revises = !w.document.url.empty() && db_->Changes() > 0;  // its UPDATE ran last
  }
  NR_RETURN_IF_ERROR(txn.Commit());
  return result;
}

core::Result<int64_t> Store::DuplicateOf(int64_t source_id, const ArticleWrite& w) {
  if (!w.text.not_article.empty() || !w.copies) return int64_t{0};
  std::vector<ArticleFingerprint> candidates;
  if (!w.minhash_bands.empty()) {
    auto shared = CopyCandidates(source_id, w.minhash_bands);
    if (!shared.ok()) return shared.status();
    candidates = std::move(*shared);
  } else if (w.simhash != 0) {
    // A scan of the fingerprints; bands replace it wherever there are signatures.
    auto stmt = db_->Prepare(
        "SELECT id, coalesce(duplicate_of, id), simhash, minhash FROM articles "
        "WHERE simhash IS NOT NULL AND source_id != ? AND not_article IS NULL ORDER BY id");
    if (!stmt.ok()) return stmt.status();
    stmt->Bind(1, source_id);
    NR_RETURN_IF_ERROR(ReadFingerprints(*stmt, &candidates));
  }
  const ArticleFingerprint page{0, 0, w.simhash, w.minhash};
  for (const ArticleFingerprint& stored : candidates) {
    if (w.copies(stored, page)) return stored.voice;
  }
  return int64_t{0};
}

core::Result<int64_t> Store::InsertArticle(int64_t source_id, const ArticleWrite& w,
                                           const ArticleWriteResult& result) {
  const core::ArticleText& t = w.text;
  // An article is keyed by its text, so a copy of the same text from the same source adds
  // nothing. A reject (not an article) is keyed by its page: two paywalls of one site may
  // show the same teaser, and each is recorded.
  std::string text_hash =
      t.not_article.empty() ? core::Sha256Hex(t.text) : "page:" + w.document.hash;
  auto art = db_->Prepare(
      "INSERT INTO articles(document_id, source_id, url, canonical_url, title, published, "
      "published_from, modified, authors, site_name, language, text, hash, not_article, "
      "claims_version, run_id, simhash, duplicate_of, modified_from, minhash) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
      "ON CONFLICT DO NOTHING RETURNING id");
  if (!art.ok()) return art.status();
  art->Bind(1, result.document_id)
      .Bind(2, source_id)
      .Bind(3, t.url.empty() ? w.document.url : t.url);
  art->Bind(4, t.canonical_url).Bind(5, t.title).BindOptional(6, t.published);
  art->BindOptional(7, t.published_from).BindOptional(8, t.modified);
  art->Bind(9, JoinAuthors(t.authors)).Bind(10, t.site_name).Bind(11, t.language);
  art->Bind(12, t.text).Bind(13, text_hash).BindOptional(14, t.not_article);
  art->Bind(15, w.claims_version);
  if (w.run_id != 0) art->Bind(16, w.run_id);
  if (w.simhash != 0) art->Bind(17, static_cast<int64_t>(w.simhash));
  if (result.duplicate_of != 0) art->Bind(18, result.duplicate_of);
  art->BindOptional(19, t.modified_from);
  std::string signature = EncodeMinHash(w.minhash);
  if (!signature.empty()) art->BindBlob(20, signature);
  auto id = art->RunReturningId();
  if (!id.ok()) return id.status();
  return id->value_or(0);
}

core::Status Store::InsertSentences(int64_t article_id, const std::vector<core::Span>& sentences) {
  auto sent =
      db_->Prepare("INSERT INTO sentences(article_id, idx, start, \"end\") VALUES (?, ?, ?, ?)");
  if (!sent.ok()) return sent.status();
  for (size_t i = 0; i < sentences.size(); ++i) {
    sent->Reset();
    sent->Bind(1, article_id).Bind(2, static_cast<int64_t>(i));
    sent->Bind(3, static_cast<int64_t>(sentences[i].start));
    sent->Bind(4, static_cast<int64_t>(sentences[i].end));
    NR_RETURN_IF_ERROR(sent->Run());
  }
  return core::Status::Ok();
}

core::Result<std::vector<ArticleFingerprint>> Store::CopyCandidates(
    int64_t source_id, const std::vector<int64_t>& bands) {
  std::vector<ArticleFingerprint> out;
  if (bands.empty()) return out;
  std::string sql =
      "SELECT DISTINCT a.id, coalesce(a.duplicate_of, a.id), coalesce(a.simhash, 0), a.minhash "
      "FROM article_bands b JOIN articles a ON a.id = b.article_id WHERE a.source_id != ?1 "
      "AND a.not_article IS NULL AND b.band_key IN (";
  for (size_t i = 0; i < bands.size(); ++i) sql += i == 0 ? "?" : ", ?";
  auto stmt = db_->Prepare(sql + ") ORDER BY a.id");
  if (!stmt.ok()) return stmt.status();
  stmt->Bind(1, source_id);
  for (size_t i = 0; i < bands.size(); ++i) stmt->Bind(static_cast<int>(i) + 2, bands[i]);
  NR_RETURN_IF_ERROR(ReadFingerprints(*stmt, &out));
  return out;
}

core::Status Store::InsertBands(int64_t article_id, const std::vector<int64_t>& bands) {
  auto stmt =
      db_->Prepare("INSERT INTO article_bands(band_key, article_id) VALUES (?, ?) ON CONFLICT DO NOTHING");
  if (!stmt.ok()) return stmt.status();
  for (int64_t key : bands) {
    stmt->Reset();
    stmt->Bind(1, key).Bind(2, article_id);
    NR_RETURN_IF_ERROR(stmt->Run());
  }
  return core::Status::Ok();
}


core::Result<std::vector<int64_t>> Store::ArticlesNeedingClaims(const std::string& version) {
  auto stmt = db_->Prepare(
      "SELECT id FROM articles WHERE not_article IS NULL AND "
      "(claims_version IS NULL OR claims_version != ?) ORDER BY id");
  if (!stmt.ok()) return stmt.status();
  stmt->Bind(1, version);
  std::vector<int64_t> ids;
  NR_RETURN_IF_ERROR(stmt->ForEachRow([&] { ids.push_back(stmt->Int(0)); }));
  return ids;
}

core::Result<core::Article> Store::LoadArticle(int64_t article_id) {
  auto stmt = db_->Prepare(
      "SELECT a.id, a.document_id, a.source_id, s.name, a.hash, a.title, "
      "coalesce(a.published, ''), a.url, a.canonical_url, a.text, "
      "coalesce(a.published_from, ''), coalesce(a.modified, ''), "
      "coalesce(a.modified_from, ''), coalesce(a.not_article, '') FROM articles a "
      "JOIN sources s ON s.id = a.source_id WHERE a.id = ?");
  if (!stmt.ok()) return stmt.status();
  stmt->Bind(1, article_id);
  auto row = stmt->Step();
  if (!row.ok()) return row.status();
  if (!*row) return core::NotFound("no article with id " + std::to_string(article_id));
  core::Article a;
  a.id = stmt->Int(0);
  a.document_id = stmt->Int(1);
  a.source_id = stmt->Int(2);
  a.source_name = stmt->Text(3);
  a.hash = stmt->Text(4);
  a.content.title = stmt->Text(5);
  a.content.published = stmt->Text(6);
  a.content.url = stmt->Text(7);
  a.content.canonical_url = stmt->Text(8);
  a.content.text = stmt->Text(9);
  a.content.published_from = stmt->Text(10);
  a.content.modified = stmt->Text(11);
  a.content.modified_from = stmt->Text(12);
  a.content.not_article = stmt->Text(13);
  auto sent = db_->Prepare("SELECT start, \"end\" FROM sentences WHERE article_id = ? ORDER BY idx");
  if (!sent.ok()) return sent.status();
  sent->Bind(1, article_id);
  for (;;) {
    auto r = sent->Step();
    if (!r.ok()) return r.status();
    if (!*r) break;
    a.content.sentences.push_back(
        {static_cast<size_t>(sent->Int(0)), static_cast<size_t>(sent->Int(1))});
  }
  return a;
}

core::Result<std::vector<int64_t>> Store::ArticleIds(const std::string& source,
                                                     const std::string& url) {
  auto stmt = db_->Prepare(
      "SELECT a.id FROM articles a JOIN sources s ON s.id = a.source_id "
      "WHERE (?1 = '' OR s.name = ?1) AND (?2 = '' OR a.url = ?2 OR a.canonical_url = ?2) "
      "ORDER BY a.id");
  if (!stmt.ok()) return stmt.status();
  stmt->Bind(1, source).Bind(2, url);
  std::vector<int64_t> ids;
  NR_RETURN_IF_ERROR(stmt->ForEachRow([&] { ids.push_back(stmt->Int(0)); }));
  return ids;
}

core::Result<int64_t> Store::Count(const std::string& table) {
  static const std::set<std::string> kTables = {
      "runs",   "sources",      "fetches",        "documents", "articles",  "sentences",
      "claims", "claim_values", "contradictions", "url_state", "feed_items"};
  if (kTables.count(table) == 0) return core::InvalidArgument("no table " + table);
  auto stmt = db_->Prepare("SELECT count(*) FROM " + table);
  if (!stmt.ok()) return stmt.status();
  auto row = stmt->Step();
  if (!row.ok()) return row.status();
  return stmt->Int(0);
}

}  // namespace newsrecon::store
