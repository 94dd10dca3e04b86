// The stages' loops over the ingest library: pending documents, claims to refresh, and
// the reconciliation that follows them. Each step reads and writes the store; what
// happens to a page is ingest::Ingestor's to decide, and these loops count its Outcomes.
#ifndef NEWSRECON_CLI_PIPELINE_H_
#define NEWSRECON_CLI_PIPELINE_H_

#include <string>
#include <vector>

#include "cli/log.h"
#include "core/status.h"
#include "extract/claims/claims.h"
#include "ingest/ingestor.h"
#include "store/store.h"

namespace newsrecon::cli {

inline constexpr int64_t kMaxArticleChars = ingest::kMaxArticleChars;

struct Pipeline {
  store::Store* store = nullptr;
  const extract::ClaimExtractor* extractor = nullptr;
  int64_t run_id = 0;
  Logger* log = nullptr;  // article events; none when null
  int64_t* claims_stored = nullptr;  // when set, counts the claims this pipeline stores
  int64_t max_article_chars = kMaxArticleChars;

  ingest::Ingestor ingestor() const { return ingest::Ingestor({store, extractor, run_id, max_article_chars}); }
};

// Counts one page's outcome where every loop counts it: the claims a new article brought
// (p.claims_stored) and its article_stored event (debug).
void NoteOutcome(const Pipeline& p, const ingest::Outcome& outcome, const std::string& where);

// Makes articles of stored documents that have none yet (fetched with --no-extract, or
// left by an interrupted run). A document that is no article is marked rejected and
// listed in `rejects`, one that cannot be read in `failures`, as "SOURCE: URL: why".
// Returns how many new articles it stored. Stops early, between documents, when a stop
// was requested (cli/interrupt.h).
core::Result<int> ExtractPending(const Pipeline& p, std::vector<std::string>* failures,
                                 std::vector<std::string>* rejects);

// Makes an article of one pending document (ExtractPending's step): returns 1 for a new
// article, 0 otherwise; a reject or an unreadable page is marked and listed as there.
core::Result<int> ExtractDocument(const Pipeline& p, const store::PendingDocument& item,
                                  std::vector<std::string>* failures,
                                  std::vector<std::string>* rejects);

// Re-extracts one article's claims with p.extractor (RefreshClaims' step).
core::Status RefreshArticleClaims(const Pipeline& p, int64_t article_id);

// Re-extracts the claims of articles stored by an older extractor; returns how many (fewer
// than needed when a stop was requested: it stops between articles).
core::Result<int> RefreshClaims(const Pipeline& p);

// Reconciles every stored claim and records the result in run p.run_id. `reopened`, when
// given, receives how many contradictions seen before came back open: gone ones found
// again, and dismissed ones whose evidence changed.
core::Result<store::ReconcileCounts> ReconcileStore(const Pipeline& p, int* reopened = nullptr);

}  // namespace newsrecon::cli

#endif  // NEWSRECON_CLI_PIPELINE_H_
