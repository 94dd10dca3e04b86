// The loops of `run`, `fetch`, `reconcile` and the worker over ingest::Ingestor, and the
// reconciliation.
#include "cli/pipeline.h"

#include <set>

#include "cli/interrupt.h"
#include "reconcile/reconcile.h"
#include "reconcile/stories.h"

namespace newsrecon::cli {

void NoteOutcome(const Pipeline& p, const ingest::Outcome& outcome, const std::string& where) {
  if (!outcome.new_article()) return;
  if (p.claims_stored != nullptr) *p.claims_stored += outcome.claims;
  if (p.log == nullptr) return;
  p.log->Debug("article_stored",
               "stored article " + std::to_string(outcome.article_id) + ": " + where + " (" +
                   std::to_string(outcome.claims) + " claim(s))",
               {{"article_id", outcome.article_id}, {"url", outcome.url}, {"claims", outcome.claims},
                {"duplicate_of", outcome.duplicate_of}});
}

core::Result<int> ExtractDocument(const Pipeline& p, const store::PendingDocument& item,
                                  std::vector<std::string>* failures,
                                  std::vector<std::string>* rejects) {
  auto outcome = p.ingestor().ProcessPending(item);
  if (!outcome.ok()) return outcome.status();
  const std::string& url = outcome->url;
  NoteOutcome(p, *outcome, url);
  switch (outcome->kind) {
    case ingest::OutcomeKind::kRejected:
      rejects->push_back(item.source + ": " + url + ": " + outcome->why);
      return 0;
    case ingest::OutcomeKind::kBadInput:
      failures->push_back(item.source + ": " + url + ": " + outcome->why);
      return 0;
    case ingest::OutcomeKind::kUnchanged: return 0;
    case ingest::OutcomeKind::kStored:
    case ingest::OutcomeKind::kRevised: return 1;
  }
  return 0;
}

core::Result<int> ExtractPending(const Pipeline& p, std::vector<std::string>* failures,
                                 std::vector<std::string>* rejects) {
  auto pending = p.store->PendingDocuments();
  if (!pending.ok()) return pending.status();
  int added = 0;
  for (const store::PendingDocument& item : *pending) {
    if (StopRequested()) break;  // the rest stay pending for the next run
    auto one = ExtractDocument(p, item, failures, rejects);
    if (!one.ok()) return one.status();
    added += *one;
  }
  return added;
}

core::Status RefreshArticleClaims(const Pipeline& p, int64_t article_id) {
  auto claims = p.ingestor().RefreshClaims(article_id);
  if (!claims.ok()) return claims.status();
  if (p.claims_stored != nullptr) *p.claims_stored += *claims;
  return core::Status::Ok();
}

core::Result<int> RefreshClaims(const Pipeline& p) {
  auto ids = p.store->ArticlesNeedingClaims(p.extractor->version());
  if (!ids.ok()) return ids.status();
  int refreshed = 0;
  for (int64_t id : *ids) {
    if (StopRequested()) break;  // the rest keep their older claims until the next run
    NR_RETURN_IF_ERROR(RefreshArticleClaims(p, id));
    ++refreshed;
  }
  return refreshed;
}

namespace {

// The ids of the open contradictions that are not dismissed.
core::Result<std::set<int64_t>> OpenIds(store::Store& store) {
  auto open = store.LoadContradictions(false);
  if (!open.ok()) return open.status();
  std::set<int64_t> ids;
  for (const store::StoredContradiction& c : *open) ids.insert(c.contradiction.id);
  return ids;
}

}  // namespace

core::Result<store::ReconcileCounts> ReconcileStore(const Pipeline& p, int* reopened) {
  NR_RETURN_IF_ERROR(reconcile::UpdateStories(*p.store).status());
  auto result = reconcile::ReconcileStore(*p.store);
  if (!result.ok()) return result.status();
  std::set<int64_t> before;
  if (reopened != nullptr) {
    auto ids = OpenIds(*p.store);
    if (!ids.ok()) return ids.status();
    before = std::move(*ids);
  }
  auto counts = p.store->SaveContradictions(p.run_id, result->contradictions);
  if (!counts.ok() || reopened == nullptr) return counts;
  auto open = p.store->LoadContradictions(false);
  if (!open.ok()) return open.status();
  *reopened = 0;
  for (const store::StoredContradiction& c : *open) {
    if (c.first_seen_run != p.run_id && before.count(c.contradiction.id) == 0) ++*reopened;
  }
  return counts;
}

}  // namespace newsrecon::cli
