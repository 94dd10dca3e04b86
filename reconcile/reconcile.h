// The reconciler: which stored claims contradict each other, and which agree.
//
// Claims are compared only when they are about the same thing: the same relation with the
// same parties in the same roles (converse phrasings were folded by the extractor), or,
// for claims outside the lexicon, sentences aligned by their parties and words. Matching
// is by keys, never all pairs. Near-duplicate articles (one wire story in several outlets)
// are one voice.
//
//   std::vector<core::Contradiction> found = reconcile::FindContradictions(claims);
#ifndef NEWSRECON_RECONCILE_RECONCILE_H_
#define NEWSRECON_RECONCILE_RECONCILE_H_

#include <memory>
#include <set>
#include <string>
#include <vector>

#include "core/model.h"
#include "store/claims.h"

namespace newsrecon::reconcile {

// A fact several voices state alike, for audits.
struct Corroboration {
  std::string topic;
  std::string value;
  std::vector<int64_t> claim_ids;
  int voices = 0;
};

struct Reconciliation {
  std::vector<core::Contradiction> contradictions;  // most severe first
  std::vector<Corroboration> corroborations;
};

// Compares claims a group at a time: each group holds every claim of one relation and
// party pair. Deterministic: the same claims give the same contradictions and fingerprints.
class Reconciler {
 public:
  // `hedged`: (article id, rounded amount) of every "up to" figure the articles state, so
  // that a source which also wrote the hedge is not said to have dropped it.
  explicit Reconciler(std::set<std::pair<int64_t, long long>> hedged);
  ~Reconciler();
  void AddGroup(const std::vector<store::StoredClaim>& group);
  // One block of claims outside the lexicon that name the same parties (see alignment.h).
  void AddAlignmentBlock(const std::vector<store::StoredClaim>& block);
  // One frame block (ClaimStore::ForEachFrameBlock), one voice's original and copies
  // (ClaimStore::ForEachCopyGroup), one speaker's quoted claims (ClaimStore::ForEachSpeaker).
  void AddFrameBlock(const std::vector<store::StoredClaim>& block);
  void AddCopyGroup(const std::vector<store::StoredClaim>& group);
  void AddSpeakerGroup(const std::vector<store::StoredClaim>& group);
  Reconciliation Finish();

 private:
  struct State;
  std::unique_ptr<State> state_;
};

// Compares `claims` (from any number of articles and sources) in memory.
Reconciliation Reconcile(const std::vector<store::StoredClaim>& claims);

// Compares every stored claim, streaming groups from the store: memory is bounded by the
// largest group, not by the number of claims.
core::Result<Reconciliation> ReconcileStore(store::ClaimStore& store);

}  // namespace newsrecon::reconcile

#endif  // NEWSRECON_RECONCILE_RECONCILE_H_
