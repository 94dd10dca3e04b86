// The store: every stage reads and writes its rows here, and nothing else is shared.
//
// Store::Open() opens a SQLite file or connects to PostgreSQL (a postgresql:// URL) and
// creates or upgrades the schema: the same tables and migrations on both, and the same
// behaviour behind this API, so no stage knows which engine it talks to. On SQLite it turns
// on foreign keys, WAL and a busy timeout. Every write that belongs to one article (its document,
// text, sentences and claims) happens in one transaction, so a crash leaves either all of
// it or none. Content is keyed by hashes: putting the same bytes twice adds nothing.
//
//   auto store = store::Store::Open("newsrecon.db");
//   if (!store.ok()) return Fail(store.status());
//   auto run = (*store)->BeginRun("ingest");
#ifndef NEWSRECON_STORE_STORE_H_
#define NEWSRECON_STORE_STORE_H_

#include <cstdint>
#include <functional>
#include <map>
#include <set>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/model.h"
#include "core/status.h"

namespace newsrecon::store {

class Db;

// Whether Store::Open may create a missing database.
enum class OpenMode { kCreate, kExisting };

// A claim with where it came from, as the reconciler and the reports need it.
struct StoredClaim {
  core::Claim claim;
  int64_t article_id = 0;
  int64_t source_id = 0;
  std::string source;     // source name
  std::string url;        // the article's URL (canonical when known)
  std::string published;  // the article's publication date, ISO 8601, may be empty
  std::string title;
  int64_t voice = 0;  // near-duplicate copies share one voice: the first copy's article id
  std::string site_name;  // the outlet as the page names itself (og:site_name), may be empty
  int64_t story_id = 0;   // the article's story; 0 until stories are assigned
};

// An article's near-duplicate fingerprints, as a near-duplicate rule compares them.
struct ArticleFingerprint {
  int64_t article_id = 0;
  int64_t voice = 0;  // the first copy's article id (its own when it copies none)
  uint64_t simhash = 0;
  std::vector<uint32_t> minhash;  // empty for none
};

// One article's worth of writes, stored atomically by Store::PutArticle().
struct ArticleWrite {
  core::Document document;  // body, url, content type; hash computed when empty
  core::ArticleText text;
  std::vector<core::Claim> claims;
  std::string claims_version;  // the extractor that made `claims`
  uint64_t simhash = 0;        // near-duplicate fingerprint of text.text; 0 for none
  std::vector<uint32_t> minhash;       // MinHash signature of text.text; empty for none
  std::vector<int64_t> minhash_bands;  // its band keys: articles sharing one are candidates
  // The near-duplicate rule, the caller's (ingest/near_duplicate.h): whether a stored
  // article and this one (its simhash and minhash above) are copies. Unset: no copy is
  // looked for.
  std::function<bool(const ArticleFingerprint& stored, const ArticleFingerprint& page)> copies;
  int64_t run_id = 0;
};

struct DocumentWriteResult {
  int64_t document_id = 0;
  bool new_document = false;  // false when these bytes at this URL were stored before
};

// A stored document no article has been made of yet.
struct PendingDocument {
  int64_t document_id = 0;
  int64_t source_id = 0;
  std::string source;     // the source's name
  std::string published;  // what a feed or sitemap said of the page's date; may be empty
};

struct ArticleWriteResult {
  int64_t document_id = 0;
  int64_t article_id = 0;
  bool new_document = false;
  bool new_article = false;  // false when the same text from this source was stored before
  int64_t duplicate_of = 0;  // the earlier article this one copies; 0 when none
  std::string not_article;   // why the page was stored as a reject; "" for articles
  bool revises = false;      // a new article that superseded an older version at its URL
};

struct FetchLogEntry {
  int64_t run_id = 0;
  int64_t source_id = 0;
  std::string url;
  int status = 0;
  int64_t bytes = 0;
  int64_t elapsed_ms = 0;
  std::string error;
  std::string etag;
  std::string last_modified;
};

// What the fetch stage remembers about one page of a source between runs.
struct UrlState {
  std::string url;            // canonical URL, as the source lists the page
  std::string final_url;      // after redirects
  std::string etag;           // validators for the next conditional GET
  std::string last_modified;
  std::string content_hash;   // SHA-256 of the last body processed
  std::string canonical_url;  // the page's own <link rel=canonical>, when known
  int status = 0;             // the last HTTP status
};

// What a feed or sitemap says about a page it lists.
struct FeedItemRecord {
  std::string url;  // canonical
  std::string title;
  std::string published;
  std::string guid;
  std::string origin;  // the feed or sitemap
};

// What one batch of fetch-stage outcomes writes, in one transaction.
struct FetchBatch {
  struct Page {
    int64_t source_id = 0;
    bool store_document = false;  // `document` holds new bytes to store
    core::Document document;
    bool save_state = false;      // `state` is to be saved
    UrlState state;
  };
  struct Listed {
    int64_t source_id = 0;
    std::vector<FeedItemRecord> items;
  };
  std::vector<Page> pages;
  std::vector<Listed> listings;
  std::vector<FetchLogEntry> log;
};

// A contradiction with its history and the analyst's verdict.
struct StoredContradiction {
  core::Contradiction contradiction;
  int64_t first_seen_run = 0;
  int64_t last_seen_run = 0;
  int runs_present = 0;
  std::string status;   // "open" or "gone"
  std::string verdict;  // "", "confirmed" or "dismissed"
  std::string verdict_note;
  bool is_new = false;  // first seen in the latest reconciling run
};

// The effective config a run recorded (Store::SaveRunConfig).
struct RunConfigRecord {
  std::string config;     // JSON
  std::string extractor;  // the claim extractor's version
};

// A run, for report headers, history and the nightly chart.
struct RunRecord {
  int64_t id = 0;
  std::string command;
  std::string started_at;   // ISO 8601, UTC
  std::string finished_at;  // empty while running
  std::string status;       // running, ok, partial, interrupted, failed
};

// What one reconciling run saw: contradictions present, and those it saw first.
struct RunContradictionCount {
  int64_t run_id = 0;
  std::string started_at;
  int present = 0;
  int first_seen = 0;
};


// One item of a worker run's work, as a worker leases it.
struct WorkItem {
  int64_t id = 0;
  std::string kind;  // "source", "document", "claims" or "reconcile"
  std::string item;  // the source's name, a document's or article's id; "" for reconcile
  int attempts = 0;  // leases so far, this one included
};

// A worker run's queue: items ready to lease (queued, or their lease ran out), items
// leased and still held, items done.
struct WorkCounts {
  int64_t ready = 0;
  int64_t held = 0;
  int64_t done = 0;
};

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

// An article to place in a story: what the grouping reads of it.
struct StoryArticle {
  int64_t article_id = 0;
  std::string published;  // YYYY-MM-DD; empty when unknown
  std::string title;
  std::string text;
  std::vector<std::string> parties;  // every party its claims name
};

// A story as stored: its summary, centroid and counts. An id below 0 is a story not yet
// stored (Store::SaveStories gives it an id).
struct StoryRow {
  int64_t id = 0;
  std::string title;
  double title_score = 0;
  std::string first_published;  // YYYY-MM-DD; empty when none of its articles is dated
  std::string last_published;
  int64_t articles = 0;
  std::string centroid;  // the grouping's encoding of its centroid
  int64_t key_count = 0;
};

// One grouping batch, written in one transaction.
struct StoryBatch {
  std::vector<StoryRow> stories;                         // new (id < 0) and changed ones
  std::vector<std::pair<int64_t, int64_t>> keys;         // (key, story id) to add
  std::vector<std::pair<int64_t, int64_t>> assignments;  // (article id, story id)
};

// A figure a page changed between two fetches.
struct Revision {
  int64_t id = 0;
  int64_t old_article = 0;
  int64_t new_article = 0;
  std::string old_figure;  // as the old version wrote it
  std::string new_figure;
  std::string old_quote;   // the sentences that hold them
  std::string new_quote;
  // Filled when loaded:
  std::string source;
  std::string url;
  std::string old_seen;  // when each version was stored (ISO 8601)
  std::string new_seen;
  int64_t story_id = 0;
  std::string story_title;
};

// What one reconciliation did to the stored contradictions.
struct ReconcileCounts {
  int new_count = 0;      // found for the first time
  int still_present = 0;  // found again (open or dismissed: a dismissal is the analyst's)
  int gone = 0;           // no longer found
};

class Store {
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
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // Runs: one row per command that changes the store.
  core::Result<int64_t> BeginRun(const std::string& command);
  core::Status FinishRun(int64_t run_id, const std::string& status, const std::string& summary);

  // Inserts the source or updates its kind and location; returns its id.
  core::Result<int64_t> UpsertSource(const core::Source& source);
  core::Result<std::optional<core::Source>> FindSource(const std::string& name);

  core::Status LogFetch(const FetchLogEntry& entry);
  // Logs many attempts in one transaction.
  core::Status LogFetches(const std::vector<FetchLogEntry>& entries);

  // The fetch stage's memory of a source's pages, for conditional GETs and for knowing an
  // unchanged body. SaveUrlState inserts or replaces one page's state.
  core::Result<std::vector<UrlState>> LoadUrlStates(int64_t source_id);
  core::Status SaveUrlState(int64_t source_id, int64_t run_id, const UrlState& state);

  // Records the entries a feed or sitemap listed (one transaction): new ones are added,
  // known ones get the latest title, date and guid the listing gives and the run's id.
  core::Status PutFeedItems(int64_t source_id, int64_t run_id,
                            const std::vector<FeedItemRecord>& items);
  core::Result<std::vector<FeedItemRecord>> LoadFeedItems(int64_t source_id);

  // A stored document with its raw bytes and UTF-8 text; kNotFound when there is none.
  core::Result<core::Document> LoadDocument(int64_t document_id);
  // The fetch log of one run, in the order it was written.
  core::Result<std::vector<FetchLogEntry>> LoadFetchLog(int64_t run_id);

  // Stores a document's raw bytes and UTF-8 text before anything is made of them; the
  // same bytes at the same URL are stored once. The hash is computed when empty.
  core::Result<DocumentWriteResult> PutDocument(int64_t source_id, int64_t run_id,
                                                core::Document document);
  // Writes a batch in one transaction: its documents (hash computed when empty), page
  // states, listed entries and fetch log. Returns one result per page, in order (zero ids
  // for pages that stored no document).
  core::Result<std::vector<DocumentWriteResult>> PutFetchBatch(int64_t run_id,
                                                               const FetchBatch& batch);
  // Sets the <link rel=canonical> a page's article gave.
  core::Status SetCanonicalUrl(int64_t source_id, const std::string& url,
                               const std::string& canonical_url);
  // The same for an article made later of stored document `document_id` (pending
  // extraction): the URL states of its source whose last body is the document's.
  core::Status SetCanonicalUrlOfDocument(int64_t document_id, const std::string& canonical_url);
  // Records why no article could be made of a document, so it is not tried again.
  core::Status MarkRejected(int64_t document_id, const std::string& why);
  // Documents with no article that were not rejected, oldest first.
  core::Result<std::vector<PendingDocument>> PendingDocuments();
  // That document, when it is still pending.
  core::Result<std::optional<PendingDocument>> FindPendingDocument(int64_t document_id);

  // Stores a document, its article text, sentences and claims in one transaction. The
  // first article from another source (by id) that write.copies says this one copies
  // makes it a copy: duplicate_of names the first copy. Candidates are the articles that
  // share a MinHash band with it, or without bands every other source's article with a
  // SimHash; writers that could be copies of each other take turns. A page
  // that is not an article (text.not_article set) is stored as a reject: the document and
  // an article row with the reason, no claims, never a near-duplicate of anything.
  core::Result<ArticleWriteResult> PutArticle(int64_t source_id, ArticleWrite write);

  // Replaces an article's claims (re-extraction), in one transaction.
  core::Status ReplaceClaims(int64_t article_id, const std::vector<core::Claim>& claims,
                             const std::string& claims_version);

  // Articles (not rejects) whose claims were made by another extractor version.
  core::Result<std::vector<int64_t>> ArticlesNeedingClaims(const std::string& claims_version);
  core::Result<core::Article> LoadArticle(int64_t article_id);
  // Article ids of a source, or the articles with this URL; empty when none.
  core::Result<std::vector<int64_t>> ArticleIds(const std::string& source, const std::string& url);

  // Every claim of every article, with provenance, ordered by article then position.
  core::Result<std::vector<StoredClaim>> LoadClaims();

  // Streams the claims that name a relation and two parties (and not just one of two
  // roles), a group at a time: all claims of one relation and party pair, in one call of
  // `group`. Memory stays bounded by the largest group. Stops at the first failed Status.
  core::Status ForEachClaimGroup(
      const std::function<core::Status(const std::vector<StoredClaim>&)>& group);

  // Streams the claims outside the lexicon that name one to three parties, a block at a
  // time: all such claims naming the same parties, in one call of `block`.
  core::Status ForEachAlignmentBlock(
      const std::function<core::Status(const std::vector<StoredClaim>&)>& block);

  // Streams the claims outside the lexicon, a block per story and frame (figures without a
  // frame: per story and type): each claim carries
  // only its values of that key (a claim with two frames is in two blocks), in claim
  // order. Memory stays bounded by the largest block.
  core::Status ForEachFrameBlock(
      const std::function<core::Status(const std::vector<StoredClaim>&)>& block);

  // Streams the claims of the articles that have near-duplicate copies, one voice (an
  // original and its copies) at a time, with all their values, by article and sentence.
  core::Status ForEachCopyGroup(
      const std::function<core::Status(const std::vector<StoredClaim>&)>& group);

  // Streams the claims with an attribution, one story and speaker (as written) at a time.
  core::Status ForEachSpeaker(
      const std::function<core::Status(const std::vector<StoredClaim>&)>& group);

  // (article id, core::FigureKey(amount)) of every "up to" figure stored, whatever its
  // claim: rounded by the one rule in C++, alike on both engines.
  core::Result<std::set<std::pair<int64_t, long long>>> HedgedFigures();

  // Records a reconciliation in run `run_id`: new contradictions are inserted, ones seen
  // before are marked present, ones no longer found are marked gone. A dismissed one whose
  // evidence changed is reopened. Fills in each contradiction's id.
  core::Result<ReconcileCounts> SaveContradictions(int64_t run_id,
                                                   std::vector<core::Contradiction>& found);

  // Open contradictions (and, with include_dismissed, dismissed ones), most severe first.
  core::Result<std::vector<StoredContradiction>> LoadContradictions(bool include_dismissed);

  // Contradictions present in run `run_id` (contradiction_runs), whatever their status or
  // verdict now; is_new says the run saw them first. Most severe first.
  core::Result<std::vector<StoredContradiction>> LoadContradictionsInRun(int64_t run_id);

  // Every run, oldest first; and, for each run that reconciled, its contradiction counts.
  core::Result<std::vector<RunRecord>> LoadRuns();
  core::Result<std::vector<RunContradictionCount>> CountContradictionsByRun();

  // The SimHash fingerprints of every stored article (not rejects) that has one (minhash
  // left empty: CopyCandidates gives signatures).
  core::Result<std::vector<ArticleFingerprint>> LoadFingerprints();
  // The articles (not rejects) of sources other than `source_id` (0: of any source) that
  // share one of `bands` with a MinHash signature, by id: what a new page could copy.
  core::Result<std::vector<ArticleFingerprint>> CopyCandidates(int64_t source_id,
                                                               const std::vector<int64_t>& bands);

  // Records an analyst's verdict; kNotFound when there is no such contradiction.
  core::Status Triage(int64_t contradiction_id, const std::string& verdict,
                      const std::string& note);

  // Claims by id, for reports (missing ids are skipped).
  core::Result<std::vector<StoredClaim>> LoadClaimsById(const std::vector<int64_t>& ids);

  // Retention: empties the raw body and UTF-8 text of documents stored more than `days`
  // days ago that an article was made of, and marks them pruned; deletes those of that age
  // no article was made of (the same text as a stored article, or rejected). Returns how
  // many documents it pruned or deleted.
  core::Result<int64_t> PruneDocuments(int days);
  // Retention: deletes fetch-log rows older than `days` days; returns how many.
  core::Result<int64_t> PruneFetchLog(int days);
  // Gives the free pages back to the file system (SQLite VACUUM); on PostgreSQL, VACUUM
  // ANALYZE (the space is reused, not returned).
  core::Status Vacuum();

  // The run lock, for as long as this store is open: exclusive for a `run`, shared by the
  // workers of a worker run. PostgreSQL only (a session advisory lock; SQLite files are
  // locked by cli/run_lock.h's file beside them): kInvalidArgument on SQLite. Fails with
  // kBusy "DB: another run (pid N on HOST, started T) holds the lock" without waiting.
  core::Status TryLockRun(bool shared);

  // Worker runs: several processes, on any machines, share one run through a queue in the
  // database. PostgreSQL only: each fails with kInvalidArgument on SQLite.
  //
  // The open worker run (`command`, status running), or, when none is open and `may_begin`,
  // a new one with `items` (kind, item) queued and `config` recorded (SaveRunConfig), in
  // one transaction under a lock: workers starting together share one run. *began says
  // this call began it. 0 when none is open and !may_begin; then *last is the latest run
  // of `command` ("run N ended STATUS at T"), or "" when there was none.
  core::Result<int64_t> JoinOrBeginRun(const std::string& command,
                                       const std::vector<std::pair<std::string, std::string>>& items,
                                       const RunConfigRecord& config, bool may_begin,
                                       bool* began, std::string* last);
  // Queues items for a run; ones the run has had already are not added. Returns how many
  // were added.
  core::Result<int64_t> EnqueueWork(int64_t run_id,
                                    const std::vector<std::pair<std::string, std::string>>& items);
  // Leases up to `limit` ready items, oldest first, to `worker` for `lease_ms` (by the
  // database's clock). Items other workers are leasing at this moment are skipped, never
  // waited for (FOR UPDATE SKIP LOCKED).
  core::Result<std::vector<WorkItem>> LeaseWork(int64_t run_id, const std::string& worker,
                                                int limit, int64_t lease_ms);
  // Extends every lease `worker` holds in the run to `lease_ms` from now.
  core::Status RenewLeases(int64_t run_id, const std::string& worker, int64_t lease_ms);
  // Marks an item done with its result (JSON) if `worker` still holds it; returns false
  // when its lease ran out and another worker took it over.
  core::Result<bool> FinishWork(int64_t item_id, const std::string& worker,
                                const std::string& result);
  core::Result<WorkCounts> CountWork(int64_t run_id);
  // The results of a run's items, in the order they were queued.
  core::Result<std::vector<std::string>> WorkResults(int64_t run_id);
  // The run's status ("running" until a worker finishes it).
  core::Result<std::string> RunStatus(int64_t run_id);
  // The run's queue lock (one worker at a time tops the queue up or finishes the run),
  // held until UnlockQueue or this store closes.
  core::Status LockQueue(int64_t run_id);
  core::Status UnlockQueue(int64_t run_id);

  // One run, one config, shared politeness (store/run_share_store.cc); both engines.
  //
  // Records the effective config (`config`, JSON) and claim extractor version of run
  // `run_id`; a run's first record stands (a second is ignored).
  core::Status SaveRunConfig(int64_t run_id, const std::string& config,
                             const std::string& extractor);
  // The config and extractor version run `run_id` recorded; nullopt when it recorded none
  // (runs before schema 10, and commands that take no config).
  core::Result<std::optional<RunConfigRecord>> LoadRunConfig(int64_t run_id);
  // The summary figures (JSON) run `run_id` recorded as it finished ("" when it recorded
  // none), with its command and status; kNotFound when there is no such run.
  core::Result<RunRecord> LoadRun(int64_t run_id, std::string* summary);
  // robots.txt of `host` (scheme://host:port) as the first worker of the run to read it
  // saved it (fetch::Robots' saved form); nullopt when none has.
  core::Result<std::optional<std::string>> LoadHostRobots(int64_t run_id, const std::string& host);
  // Saves it, unless another worker already has (the first one stands).
  core::Status SaveHostRobots(int64_t run_id, const std::string& host, const std::string& robots);
  // Forgets run `run_id`'s robots.txt and host times (they serve only while it runs).
  core::Status ForgetRunHosts(int64_t run_id);
  // Takes the next start of a request to `host` in run `run_id`, `spacing_ms` after the
  // previous one by any worker, by the database's clock, atomically: returns 0 when the
  // caller may start now (the next start is then `spacing_ms` from now), else how many ms
  // to wait before asking again.
  core::Result<int64_t> ClaimHostStart(int64_t run_id, const std::string& host, int64_t spacing_ms);

  // Stories (store/stories_store.cc). Articles (not rejects) with no story yet, up to
  // `limit`, dated ones first in date order, each with its text and the parties its
  // claims name.
  core::Result<std::vector<StoryArticle>> ArticlesWithoutStory(size_t limit);
  // Stories holding any of the lookup keys: for each key its newest `per_key` stories
  // (the work stays bounded however common a key is), without repeats.
  core::Result<std::vector<int64_t>> StoriesWithKeys(const std::vector<int64_t>& keys,
                                                     size_t per_key);
  // The story with this id; kNotFound when there is none.
  core::Result<StoryRow> LoadStory(int64_t id);
  // The stories with these ids (ids with no story are left out).
  core::Result<std::vector<StoryRow>> LoadStories(const std::vector<int64_t>& ids);
  // Writes a grouping batch in one transaction: new stories are inserted (their negative
  // ids in keys and assignments are replaced by the ids they get), changed ones updated,
  // keys added and articles assigned.
  core::Status SaveStories(const StoryBatch& batch);
  // (article id, story id) of every article placed in a story, by article id.
  core::Result<std::vector<std::pair<int64_t, int64_t>>> ArticleStories();
  // The titles of these stories (ids without a story are left out).
  core::Result<std::map<int64_t, std::string>> StoryTitles(const std::set<int64_t>& ids);

  // Versions (store/stories_store.cc). Pairs (older, newer) of articles of one page whose
  // changed figures were not looked for yet, oldest first.
  core::Result<std::vector<std::pair<int64_t, int64_t>>> UncheckedVersions();
  // Records the figures the newer version changed and marks the pair checked.
  core::Status SaveRevisions(int64_t old_article, const std::vector<Revision>& revisions);
  // Every revision, with its page, source, story and both versions' times, newest first.
  core::Result<std::vector<Revision>> LoadRevisions();

  // Counts of rows per table, for summaries and tests.
  core::Result<int64_t> Count(const std::string& table);

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
