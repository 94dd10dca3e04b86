// The schema as a list of migrations; the schema version (SQLite's PRAGMA user_version,
// PostgreSQL's schema_version table) counts how many have run.
#include "store/internal/schema.h"

#include "store/internal/dialect.h"

namespace newsrecon::store {

const std::vector<std::string>& Migrations() {
  static const std::vector<std::string> kMigrations = {
      // 1: the first schema.
      R"sql(
CREATE TABLE runs (
  id INTEGER PRIMARY KEY,
  command TEXT NOT NULL,
  started_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  finished_at TEXT,
  status TEXT NOT NULL DEFAULT 'running',  -- running, ok, partial, failed
  summary TEXT                            -- JSON counts for the nightly summary
);
CREATE TABLE sources (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL,
  location TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE TABLE fetches (
  id INTEGER PRIMARY KEY,
  run_id INTEGER REFERENCES runs(id),
  source_id INTEGER NOT NULL REFERENCES sources(id),
  url TEXT NOT NULL,
  status INTEGER NOT NULL DEFAULT 0,  -- HTTP status, 0 for files and network errors
  bytes INTEGER NOT NULL DEFAULT 0,
  elapsed_ms INTEGER NOT NULL DEFAULT 0,
  error TEXT,
  etag TEXT,
  last_modified TEXT,
  fetched_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
);
CREATE INDEX fetches_by_url ON fetches(source_id, url);
CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  source_id INTEGER NOT NULL REFERENCES sources(id),
  url TEXT NOT NULL,
  content_type TEXT NOT NULL,
  charset TEXT NOT NULL DEFAULT '',
  body BLOB NOT NULL,
  hash TEXT NOT NULL,
  run_id INTEGER REFERENCES runs(id),
  stored_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  UNIQUE (source_id, url, hash)
);
CREATE TABLE articles (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL UNIQUE REFERENCES documents(id) ON DELETE CASCADE,
  source_id INTEGER NOT NULL REFERENCES sources(id),
  url TEXT NOT NULL,
  canonical_url TEXT NOT NULL DEFAULT '',
  title TEXT NOT NULL DEFAULT '',
  published TEXT,
  published_from TEXT,
  modified TEXT,
  authors TEXT NOT NULL DEFAULT '',
  site_name TEXT NOT NULL DEFAULT '',
  language TEXT NOT NULL DEFAULT '',
  text TEXT NOT NULL,
  hash TEXT NOT NULL,
  not_article TEXT,             -- why the page is not an article; NULL for articles
  claims_version TEXT,          -- the extractor version whose claims are stored
  simhash INTEGER,              -- near-duplicate fingerprint of text (64 bits)
  duplicate_of INTEGER REFERENCES articles(id) ON DELETE SET NULL,  -- the first copy
  run_id INTEGER REFERENCES runs(id),
  UNIQUE (source_id, hash)
);
CREATE TABLE sentences (
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;
CREATE TABLE claims (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  sentence_idx INTEGER NOT NULL,
  relation TEXT NOT NULL DEFAULT '',
  roles TEXT NOT NULL DEFAULT '[]',     -- JSON [{"name":..,"party":..}]
  parties TEXT NOT NULL DEFAULT '[]',   -- JSON array of canonical names
  polarity TEXT NOT NULL,
  phase TEXT NOT NULL,
  attribution TEXT NOT NULL DEFAULT '',
  undisclosed INTEGER NOT NULL DEFAULT 0,
  keywords TEXT NOT NULL DEFAULT '',
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  quote TEXT NOT NULL
);
CREATE INDEX claims_by_article ON claims(article_id);
CREATE INDEX claims_by_relation ON claims(relation);
CREATE TABLE claim_values (
  claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  type TEXT NOT NULL,
  bound TEXT NOT NULL,
  text TEXT NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  amount REAL NOT NULL,
  high REAL NOT NULL,
  currency TEXT NOT NULL DEFAULT '',
  unit TEXT NOT NULL DEFAULT '',
  date TEXT NOT NULL DEFAULT '',
  precision TEXT NOT NULL DEFAULT '',
  qualifier TEXT NOT NULL DEFAULT '',
  role TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (claim_id, idx)
) WITHOUT ROWID;
CREATE TABLE contradictions (
  id INTEGER PRIMARY KEY,
  fingerprint TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL,
  severity TEXT NOT NULL,
  confidence REAL NOT NULL,
  topic TEXT NOT NULL,
  within_article INTEGER NOT NULL DEFAULT 0,
  claim_a INTEGER REFERENCES claims(id) ON DELETE SET NULL,
  claim_b INTEGER REFERENCES claims(id) ON DELETE SET NULL,
  sides TEXT NOT NULL,                  -- JSON: each side's value and claim ids
  evidence TEXT NOT NULL DEFAULT '',    -- hash of the sides' quotes: changes reopen a verdict
  first_seen_run INTEGER REFERENCES runs(id),
  last_seen_run INTEGER REFERENCES runs(id),
  status TEXT NOT NULL DEFAULT 'open',  -- open, gone
  verdict TEXT,                         -- confirmed, dismissed
  verdict_note TEXT,
  verdict_evidence TEXT
);
CREATE TABLE contradiction_runs (
  contradiction_id INTEGER NOT NULL REFERENCES contradictions(id) ON DELETE CASCADE,
  run_id INTEGER NOT NULL REFERENCES runs(id),
  PRIMARY KEY (contradiction_id, run_id)
) WITHOUT ROWID;
)sql",
      // 2: the fetch stage: per-page conditional-GET state, feed and sitemap entries, and
      // documents' UTF-8 text beside their raw bytes.
      R"sql(
CREATE TABLE url_state (
  source_id INTEGER NOT NULL REFERENCES sources(id),
  url TEXT NOT NULL,                        -- canonical URL, as the source lists the page
  final_url TEXT NOT NULL DEFAULT '',       -- after redirects
  etag TEXT,
  last_modified TEXT,
  content_hash TEXT,                        -- SHA-256 of the last body processed
  canonical_url TEXT NOT NULL DEFAULT '',   -- the page's <link rel=canonical>
  status INTEGER NOT NULL DEFAULT 0,        -- the last HTTP status
  last_run INTEGER REFERENCES runs(id),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  PRIMARY KEY (source_id, url)
) WITHOUT ROWID;
CREATE TABLE feed_items (
  id INTEGER PRIMARY KEY,
  source_id INTEGER NOT NULL REFERENCES sources(id),
  url TEXT NOT NULL,                 -- canonical URL of the page
  title TEXT NOT NULL DEFAULT '',
  published TEXT,                    -- ISO 8601, as the feed or sitemap gives it
  guid TEXT NOT NULL DEFAULT '',
  origin TEXT NOT NULL DEFAULT '',   -- the feed or sitemap that listed it
  first_seen_run INTEGER REFERENCES runs(id),
  last_seen_run INTEGER REFERENCES runs(id),
  UNIQUE (source_id, url)
);
ALTER TABLE documents ADD COLUMN text TEXT;  -- the body as UTF-8; NULL when body is that already
ALTER TABLE documents ADD COLUMN charset_from TEXT NOT NULL DEFAULT '';  -- header, bom, meta, ...
ALTER TABLE documents ADD COLUMN replaced INTEGER NOT NULL DEFAULT 0;    -- bytes turned into U+FFFD
ALTER TABLE documents ADD COLUMN rejected TEXT;  -- why no article could be made of it
)sql",
      // 3: claims come out grouped by relation and parties for the reconciler.
      R"sql(
CREATE INDEX claims_by_group ON claims(relation, parties, id);
)sql",
      // 4: the text stage's additions: where the modification date came from (as
      // published_from says for publication), and MinHash near-duplicate signatures with
      // their bands, so candidates are found by an index instead of a scan.
      R"sql(
ALTER TABLE articles ADD COLUMN modified_from TEXT;
ALTER TABLE articles ADD COLUMN minhash BLOB;  -- 64 MinHash values, 4 bytes little-endian each
CREATE TABLE article_bands (
  band_key INTEGER NOT NULL,  -- one per MinHash band; the band is part of the key
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  PRIMARY KEY (band_key, article_id)
) WITHOUT ROWID;
)sql",
      // 5: retention: raw bodies of old documents are dropped (body empty, text NULL); the
      // row, its hash and its article stay.
      R"sql(
ALTER TABLE documents ADD COLUMN pruned_at TEXT;
)sql",
      // 6: workers: the queue several `run --worker` processes share, one row per item of
      // a run's work; an item whose lease runs out goes back to the queue.
      R"sql(
CREATE TABLE work_items (
  id INTEGER PRIMARY KEY,
  run_id INTEGER NOT NULL REFERENCES runs(id),
  kind TEXT NOT NULL,                    -- source, document, claims, reconcile
  item TEXT NOT NULL,                    -- the source's name, a document's or article's id
  state TEXT NOT NULL DEFAULT 'queued',  -- queued, leased, done
  worker TEXT,                           -- who holds it, or did it
  lease_until INTEGER,                   -- when the lease ends, ms since 1970 by the database
  attempts INTEGER NOT NULL DEFAULT 0,
  result TEXT,                           -- JSON: counts, failures and rejects, once done
  UNIQUE (run_id, kind, item)
);
CREATE INDEX work_items_by_state ON work_items(run_id, state);
  )sql",
      // 7: a document whose text an article of its source already holds (the page's bytes
      // changed, its article did not) names that article: it is not pending, and
      // retention may drop it.
      R"sql(
ALTER TABLE documents ADD COLUMN same_text_as INTEGER REFERENCES articles(id) ON DELETE SET NULL;
)sql",
      // 8: stories (articles about one real-world event, grouped by time, names and words;
      // each keeps its centroid and lookup keys so new articles join without regrouping)
      // and versions (a page fetched again with new text supersedes its older article,
      // whose changed figures become revisions).
      R"sql(
CREATE TABLE stories (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL DEFAULT '',
  title_score REAL NOT NULL DEFAULT 0,       -- how central the article that gave the title is
  first_published TEXT NOT NULL DEFAULT '',  -- YYYY-MM-DD of its earliest dated article
  last_published TEXT NOT NULL DEFAULT '',   -- and of its latest; '' when none is dated
  articles INTEGER NOT NULL DEFAULT 0,
  centroid TEXT NOT NULL DEFAULT '',         -- "term weight" pairs, one a line, heaviest first
  key_count INTEGER NOT NULL DEFAULT 0       -- rows it has in story_keys
);
CREATE TABLE story_keys (
  key INTEGER NOT NULL,  -- a salient term of one of its articles, with the article's week
  story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
  PRIMARY KEY (key, story_id)
) WITHOUT ROWID;
ALTER TABLE articles ADD COLUMN story_id INTEGER REFERENCES stories(id) ON DELETE SET NULL;
ALTER TABLE articles ADD COLUMN superseded_by INTEGER;  -- the newer version of the page (no
                                                         -- foreign key: it names a later row)
ALTER TABLE articles ADD COLUMN revisions_checked INTEGER NOT NULL DEFAULT 0;
CREATE INDEX articles_by_story ON articles(story_id);
CREATE TABLE revisions (
  id INTEGER PRIMARY KEY,
  old_article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  new_article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  old_figure TEXT NOT NULL,  -- the figure as the old version wrote it
  new_figure TEXT NOT NULL,  -- and as the new one does
  old_quote TEXT NOT NULL,   -- the sentences that hold them
  new_quote TEXT NOT NULL
);
CREATE INDEX revisions_by_article ON revisions(new_article);
)sql",
      // 9: quantity frames of values (what a figure measures, whose it is, the day it
      // refers to, its direction of change) and each contradiction's one-sentence explanation.
      R"sql(
ALTER TABLE claim_values ADD COLUMN frame TEXT NOT NULL DEFAULT '';
ALTER TABLE claim_values ADD COLUMN subject TEXT NOT NULL DEFAULT '';
ALTER TABLE claim_values ADD COLUMN "when" TEXT NOT NULL DEFAULT '';
ALTER TABLE claim_values ADD COLUMN direction TEXT NOT NULL DEFAULT '';
ALTER TABLE contradictions ADD COLUMN explanation TEXT NOT NULL DEFAULT '';
CREATE INDEX claim_values_by_frame ON claim_values(frame);
)sql",
      // 10: one run, one config, shared politeness: the effective config of the run that
      // queued the work (its workers take it from here), and per run and host the robots.txt
      // read once and the time the next request to the host may start (ms since 1970, by
      // the database's clock), so the workers of a run space their requests as one.
      R"sql(
CREATE TABLE run_configs (
  run_id INTEGER PRIMARY KEY REFERENCES runs(id),
  config TEXT NOT NULL,     -- JSON: the config file's name, folder and TOML text
  extractor TEXT NOT NULL   -- the claim extractor's version the run's claims are made by
);
CREATE TABLE host_robots (
  run_id INTEGER NOT NULL REFERENCES runs(id),
  host TEXT NOT NULL,       -- scheme://host:port
  robots TEXT NOT NULL,     -- fetch::Robots' saved form
  PRIMARY KEY (run_id, host)
) WITHOUT ROWID;
CREATE TABLE host_slots (
  run_id INTEGER NOT NULL REFERENCES runs(id),
  host TEXT NOT NULL,
  next_at INTEGER NOT NULL, -- no request to the host starts before this
  PRIMARY KEY (run_id, host)
) WITHOUT ROWID;
)sql",
      // 11: shared politeness, concurrency: per run and host, `[fetch] max_per_host` slots,
      // each leased by the worker whose transfer holds it until it ends or the lease runs
      // out (ms since 1970, by the database's clock); and a run's config stored once for a
      // run of runs: a run whose config is the same as an earlier run's names that run.
      R"sql(
CREATE TABLE host_leases (
  run_id INTEGER NOT NULL REFERENCES runs(id),
  host TEXT NOT NULL,
  slot INTEGER NOT NULL,      -- 0 to max_per_host - 1
  holder TEXT NOT NULL,       -- the worker (HOST:PID:INSTANCE) that took it last
  expires_at INTEGER NOT NULL, -- free from this time on (0: released)
  PRIMARY KEY (run_id, host, slot)
) WITHOUT ROWID;
ALTER TABLE run_configs ADD COLUMN same_as INTEGER REFERENCES runs(id);
)sql",
      // 12: each value's frame block key, core::FrameOf, written with the value so that the
      // frame stream orders by it and the rule is not restated in SQL. Values stored before
      // get the key FrameOf gave when this migration was written.
      R"sql(
ALTER TABLE claim_values ADD COLUMN frame_key TEXT NOT NULL DEFAULT '';
UPDATE claim_values SET frame_key = CASE WHEN frame = '' THEN '#' || type ELSE frame END;
)sql",
  };
  return kMigrations;
}

std::string MigrationFor(size_t i, Dialect dialect) {
  const std::string& sql = Migrations().at(i);
  if (dialect == Dialect::kSqlite) return sql;
  return (i == 0 ? PostgresCompatFunctions() : std::string()) + PostgresDdl(sql);
}

}  // namespace newsrecon::store
