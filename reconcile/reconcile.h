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

#include <string>
#include <vector>

#include "core/model.h"
#include "store/store.h"

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

// Compares `claims` (from any number of articles and sources). Deterministic: the same
// claims give the same contradictions with the same fingerprints.
Reconciliation Reconcile(const std::vector<store::StoredClaim>& claims);

}  // namespace newsrecon::reconcile

#endif  // NEWSRECON_RECONCILE_RECONCILE_H_
