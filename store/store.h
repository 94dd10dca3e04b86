// The store: every stage reads and writes its rows here, and nothing else is shared.
//
// Store::Open() opens a SQLite file or connects to PostgreSQL (a postgresql:// URL) and
// creates or upgrades the schema: the same tables and migrations on both, and the same
// behaviour behind this API, so no stage knows which engine it talks to. On SQLite it turns
// on foreign keys, WAL and a busy timeout.
//
// A Store is the composite of the narrow interfaces, one per concern, each a header that
// states its promises (threads, transactions, errors); code that needs one concern takes
// that interface, not the Store:
//   store/runs.h           runs, sources and the fetch log           RunStore
//   store/fetch_state.h    page states, listed entries, fetch batches FetchStateStore
//   store/documents.h      documents and articles                    DocumentStore
//   store/claims.h         claims and the reconciler's streams       ClaimStore
//   store/contradictions.h contradictions, history and triage        ContradictionStore
//   store/stories.h        stories and page versions                 StoryStore, RevisionStore
//   store/work_queue.h     the run lock and the worker queue         WorkQueue
//   store/run_share.h      one config and shared politeness per run  RunShareStore
//   store/retention.h      retention, vacuum and row counts          RetentionStore
// The engine (store/internal/) is private to this library.
//
//   auto store = store::Store::Open("newsrecon.db");
//   if (!store.ok()) return Fail(store.status());
//   auto run = (*store)->BeginRun("ingest");
#ifndef NEWSRECON_STORE_STORE_H_
#define NEWSRECON_STORE_STORE_H_

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/model.h"
#include "core/status.h"
#include "store/claims.h"
#include "store/contradictions.h"
#include "store/documents.h"
#include "store/fetch_state.h"
#include "store/retention.h"
#include "store/run_share.h"
#include "store/runs.h"
#include "store/stories.h"
#include "store/work_queue.h"

namespace newsrecon::store {

class Db;

// Whether Store::Open may create a missing database.
enum class OpenMode { kCreate, kExisting };

// True for the databases Store::Open reaches on a PostgreSQL server: postgresql:// or
// postgres:// URLs, and libpq's key=value strings ("host=db dbname=news ...", opening with
// one of libpq's keywords); anything else is a SQLite file.
bool IsPostgresUrl(std::string_view path);
// `url` without its password (user:secret@, ?password=... and a key=value string's
// password=...), for messages, logs and reports: the one way a database is shown.
std::string RedactUrl(const std::string& url);

// Ok when the database at `path` exists; kNotFound "PATH: no such database" for a missing
// SQLite file. A postgresql:// URL is always ok here: the server says itself that a
// database is missing.
core::Status CheckDatabaseExists(const std::string& path);
// `text` (e.g. a libpq error about `url`) with every password `url` holds, as written or
// percent-decoded, replaced by "***".
std::string RedactPasswords(std::string text, const std::string& url);

// One database, every concern. Not thread-safe: give each thread its own Store.
class Store final : public RunStore,
                    public FetchStateStore,
                    public DocumentStore,
                    public ClaimStore,
                    public ContradictionStore,
                    public StoryStore,
                    public RevisionStore,
                    public WorkQueue,
                    public RunShareStore,
                    public RetentionStore {
 public:
  // Copies every row of the database `from` into the empty database `to` (either engine,
  // e.g. a SQLite file into PostgreSQL), ids and all, in one transaction; both are
  // migrated to this schema first. Returns (table, rows) in copy order, after checking
  // that `to` holds as many rows as `from` in each. Fails with kInvalidArgument when `to`
  // is not empty (nothing copied).
  static core::Result<std::vector<std::pair<std::string, int64_t>>> Copy(const std::string& from,
                                                                        const std::string& to);

  // Opens the database at `path` (a file, or a postgresql:// URL) and migrates it; with
  // kCreate a missing SQLite file is created, with kExisting it fails with kNotFound
  // "PATH: no such database" and creates nothing (a server says itself that a database is
  // missing). Fails with kCorruption when the file is not a SQLite database (leaving it
  // untouched), kIoError when it cannot be opened or written or the server cannot be
  // reached. Errors name the database (a URL without its password).
  static core::Result<std::unique_ptr<Store>> Open(const std::string& path,
                                                   OpenMode mode = OpenMode::kCreate);
  ~Store() override;
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // RunStore (store/runs.h; store/store.cc, store/fetch_reads.cc, store/history_store.cc)
  core::Result<int64_t> BeginRun(const std::string& command) override;
  core::Status FinishRun(int64_t run_id, RunState status,
                         const std::string& summary) override;
  core::Result<std::vector<RunRecord>> LoadRuns() override;
  core::Result<RunRecord> LoadRun(int64_t run_id, std::string* summary) override;
  core::Result<int64_t> UpsertSource(const core::Source& source) override;
  core::Result<std::optional<core::Source>> FindSource(const std::string& name) override;
  core::Status LogFetch(const FetchLogEntry& entry) override;
  core::Status LogFetches(const std::vector<FetchLogEntry>& entries) override;
  core::Result<std::vector<FetchLogEntry>> LoadFetchLog(int64_t run_id) override;

  // FetchStateStore (store/fetch_state.h; store/fetch_store.cc, store/fetch_reads.cc)
  core::Result<std::vector<UrlState>> LoadUrlStates(int64_t source_id) override;
  core::Status SaveUrlState(int64_t source_id, int64_t run_id, const UrlState& state) override;
  core::Status PutFeedItems(int64_t source_id, int64_t run_id,
                            const std::vector<FeedItemRecord>& items) override;
  core::Result<std::vector<FeedItemRecord>> LoadFeedItems(int64_t source_id) override;
  core::Result<std::vector<DocumentWriteResult>> PutFetchBatch(int64_t run_id,
                                                               const FetchBatch& batch) override;

  // DocumentStore (store/documents.h; store/store.cc, store/fetch_store.cc)
  core::Result<core::Document> LoadDocument(int64_t document_id) override;
  core::Result<DocumentWriteResult> PutDocument(int64_t source_id, int64_t run_id,
                                                core::Document document) override;
  core::Status SetCanonicalUrl(int64_t source_id, const std::string& url,
                               const std::string& canonical_url) override;
  core::Status SetCanonicalUrlOfDocument(int64_t document_id,
                                         const std::string& canonical_url) override;
  core::Status MarkRejected(int64_t document_id, const std::string& why) override;
  core::Result<std::vector<PendingDocument>> PendingDocuments() override;
  core::Result<std::optional<PendingDocument>> FindPendingDocument(int64_t document_id) override;
  core::Result<ArticleWriteResult> PutArticle(int64_t source_id, ArticleWrite write) override;
  core::Result<core::Article> LoadArticle(int64_t article_id) override;
  core::Result<std::vector<int64_t>> ArticleIds(const std::string& source,
                                                const std::string& url) override;
  core::Result<std::vector<ArticleFingerprint>> LoadFingerprints() override;
  core::Result<std::vector<ArticleFingerprint>> CopyCandidates(
      int64_t source_id, const std::vector<int64_t>& bands) override;

  // ClaimStore (store/claims.h; store/claims_store.cc)
  core::Status ReplaceClaims(int64_t article_id, const std::vector<core::Claim>& claims,
                             const std::string& claims_version) override;
  core::Result<std::vector<int64_t>> ArticlesNeedingClaims(
      const std::string& claims_version) override;
  core::Result<std::vector<StoredClaim>> LoadClaims() override;
  core::Result<std::vector<StoredClaim>> LoadClaimsById(const std::vector<int64_t>& ids) override;
  core::Status ForEachClaimGroup(const ClaimGroupFn& group) override;
  core::Status ForEachAlignmentBlock(const ClaimGroupFn& block) override;
  core::Status ForEachFrameBlock(const ClaimGroupFn& block) override;
  core::Status ForEachCopyGroup(const ClaimGroupFn& group) override;
  core::Status ForEachSpeaker(const ClaimGroupFn& group) override;
  core::Result<std::set<std::pair<int64_t, long long>>> HedgedFigures() override;

  // ContradictionStore (store/contradictions.h; store/contradictions_store.cc)
  core::Result<ReconcileCounts> SaveContradictions(int64_t run_id,
                                                   std::vector<core::Contradiction>& found) override;
  core::Result<std::vector<StoredContradiction>> LoadContradictions(bool include_dismissed) override;
  core::Result<std::vector<StoredContradiction>> LoadContradictionsInRun(int64_t run_id) override;
  core::Result<std::vector<RunContradictionCount>> CountContradictionsByRun() override;
  core::Status Triage(int64_t contradiction_id, core::Verdict verdict,
                      const std::string& note) override;

  // StoryStore and RevisionStore (store/stories.h; store/stories_store.cc)
  core::Result<std::vector<StoryArticle>> ArticlesWithoutStory(size_t limit) override;
  core::Result<std::vector<int64_t>> StoriesWithKeys(const std::vector<int64_t>& keys,
                                                     size_t per_key) override;
  core::Result<StoryRow> LoadStory(int64_t id) override;
  core::Result<std::vector<StoryRow>> LoadStories(const std::vector<int64_t>& ids) override;
  core::Status SaveStories(const StoryBatch& batch) override;
  core::Result<std::vector<std::pair<int64_t, int64_t>>> ArticleStories() override;
  core::Result<std::map<int64_t, std::string>> StoryTitles(const std::set<int64_t>& ids) override;
  core::Result<std::vector<std::pair<int64_t, int64_t>>> UncheckedVersions() override;
  core::Status SaveRevisions(int64_t old_article, const std::vector<Revision>& revisions) override;
  core::Result<std::vector<Revision>> LoadRevisions() override;

  // WorkQueue (store/work_queue.h; store/work_queue.cc)
  core::Status TryLockRun(bool shared) override;
  core::Result<int64_t> JoinOrBeginRun(const std::string& command,
                                       const std::vector<WorkRequest>& items,
                                       const RunConfigRecord& config, bool may_begin,
                                       bool* began, std::string* last) override;
  core::Result<int64_t> EnqueueWork(int64_t run_id,
                                    const std::vector<WorkRequest>& items) override;
  core::Result<std::vector<WorkItem>> LeaseWork(int64_t run_id, const std::string& worker,
                                                int limit, int64_t lease_ms) override;
  core::Status RenewLeases(int64_t run_id, const std::string& worker, int64_t lease_ms) override;
  core::Result<bool> FinishWork(int64_t item_id, const std::string& worker,
                                const std::string& result) override;
  core::Result<WorkCounts> CountWork(int64_t run_id) override;
  core::Result<std::vector<std::string>> WorkResults(int64_t run_id) override;
  core::Result<RunState> RunStatus(int64_t run_id) override;
  core::Status LockQueue(int64_t run_id) override;
  core::Status UnlockQueue(int64_t run_id) override;

  // RunShareStore (store/run_share.h; store/run_share_store.cc)
  core::Status SaveRunConfig(int64_t run_id, const std::string& config,
                             const std::string& extractor) override;
  core::Result<std::optional<RunConfigRecord>> LoadRunConfig(int64_t run_id) override;
  core::Result<std::optional<std::string>> LoadHostRobots(int64_t run_id,
                                                          const std::string& host) override;
  core::Status SaveHostRobots(int64_t run_id, const std::string& host,
                              const std::string& robots) override;
  core::Status ForgetRunHosts(int64_t run_id) override;
  core::Result<int64_t> ClaimHostStart(int64_t run_id, const std::string& host,
                                       int64_t spacing_ms) override;
  core::Result<int> TakeHostLease(int64_t run_id, const std::string& host, int slots,
                                  const std::string& holder, int64_t lease_ms) override;
  core::Status ReleaseHostLease(int64_t run_id, const std::string& host, int slot,
                                const std::string& holder) override;

  // RetentionStore (store/retention.h; store/retention_store.cc)
  core::Result<int64_t> PruneDocuments(int days) override;
  core::Result<int64_t> PruneFetchLog(int days) override;
  core::Status Vacuum() override;
  core::Result<int64_t> Count(const std::string& table) override;

 private:
  explicit Store(std::unique_ptr<Db> db);
  core::Status Migrate();
  core::Result<DocumentWriteResult> InsertDocument(int64_t source_id, int64_t run_id,
                                                   const core::Document& document);
  core::Result<int64_t> InsertClaims(int64_t article_id, const std::vector<core::Claim>& claims);
  // Streams claims joined with their values (`values_join`: "LEFT JOIN" or "JOIN"),
  // in `order` (which sorts by `key` first); a group ends where the SQL expression `key`
  // changes.
  // A group holds at most `max_group` claims: later ones of the same key are skipped.
  core::Status StreamClaims(const std::string& values_join, const std::string& where,
                            const std::string& key, const std::string& order, size_t max_group,
                            bool (*keep)(const core::Claim&),
                            const std::function<core::Status(const std::vector<StoredClaim>&)>& group);
  core::Result<int64_t> DuplicateOf(int64_t source_id, const ArticleWrite& w);
  // The new article's id, or 0 when the same text from this source is already stored.
  core::Result<int64_t> InsertArticle(int64_t source_id, const ArticleWrite& w,
                                      const ArticleWriteResult& result);
  core::Status InsertSentences(int64_t article_id, const std::vector<core::Span>& sentences);
  core::Status InsertBands(int64_t article_id, const std::vector<int64_t>& bands);
  // Marks this source's older articles of the page at `url` superseded by `article_id`.
  core::Status SupersedeOlderVersions(int64_t source_id, int64_t article_id, const std::string& url);

  std::unique_ptr<Db> db_;
};

}  // namespace newsrecon::store

#endif  // NEWSRECON_STORE_STORE_H_
