// Turning sides of claims into contradictions: cross-source and within-article, with
// counts of sources and voices, severity, confidence, fingerprint and evidence.
#ifndef NEWSRECON_RECONCILE_EMITTER_H_
#define NEWSRECON_RECONCILE_EMITTER_H_

#include <string>
#include <vector>

#include "core/model.h"
#include "reconcile/reconcile.h"
#include "store/store.h"

namespace newsrecon::reconcile {

struct Side {
  std::string value;  // what this side says, for people
  std::vector<const store::StoredClaim*> claims;
};

class Emitter {
 public:
  // Records a disagreement between `sides`. It becomes a contradiction when two different
  // voices stand on different sides, and a within-article contradiction for each article
  // that stands on two sides itself.
  void Emit(const std::string& kind, const std::string& severity, const std::string& topic,
            std::vector<Side> sides);
  // Records a fact that several voices state alike.
  void Corroborate(const std::string& topic, const Side& side);

  Reconciliation Take();

 private:
  void Add(const std::string& kind, const std::string& severity, const std::string& topic,
           bool within, const std::vector<Side>& sides);
  Reconciliation result_;
};

// The number of distinct voices (near-duplicate groups) among `claims`.
int Voices(const std::vector<const store::StoredClaim*>& claims);

}  // namespace newsrecon::reconcile

#endif  // NEWSRECON_RECONCILE_EMITTER_H_
