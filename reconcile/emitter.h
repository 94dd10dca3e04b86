// Turning sides of claims into contradictions: cross-source and within-article, with
// counts of sources and voices, severity, confidence, fingerprint and evidence.
#ifndef NEWSRECON_RECONCILE_EMITTER_H_
#define NEWSRECON_RECONCILE_EMITTER_H_

#include <cstdint>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "core/model.h"
#include "reconcile/reconcile.h"
#include "store/claims.h"

namespace newsrecon::reconcile {

struct Side {
  std::string value;  // what this side says, for people
  std::vector<const store::StoredClaim*> claims;
};

// How Emit treats a disagreement beyond its kind, severity and topic.
struct EmitOptions {
  std::string what;         // the quantity for the explanation ("the magnitude"); may be empty
  std::string explanation;  // a ready sentence; when empty, one is made from the sides
  bool within = true;       // also report articles that stand on two sides themselves
  bool same_voice = false;  // two articles of one voice (a copy and its original) count
  bool fresh_only = false;  // skip it when every pair of claims it opposes was reported
};

class Emitter {
 public:
  // Records a disagreement between `sides`. It becomes a contradiction when two different
  // voices stand on different sides (or, with same_voice, two different articles), and a
  // within-article contradiction for each article that stands on two sides itself. Every
  // contradiction carries one plain sentence saying why the sides conflict.
  void Emit(core::ContradictionKind kind, core::Severity severity, const std::string& topic,
            std::vector<Side> sides, const EmitOptions& options = {});
  // Records a fact that several voices state alike.
  void Corroborate(const std::string& topic, const Side& side);

  Reconciliation Take();

 private:
  void Add(core::ContradictionKind kind, core::Severity severity, const std::string& topic,
           bool within, const std::vector<Side>& sides, const std::string& explanation);
  Reconciliation result_;
  std::set<std::pair<int64_t, int64_t>> opposed_;  // claim ids already on opposite sides
};

// One plain sentence for `sides`: "The Ledger says the magnitude is 5.9; two other outlets
// say 6.1." `what` names the quantity and may be empty.
std::string Explain(const std::string& what, const std::vector<Side>& sides);

// The number of distinct voices (near-duplicate groups) among `claims`.
int Voices(const std::vector<const store::StoredClaim*>& claims);

}  // namespace newsrecon::reconcile

#endif  // NEWSRECON_RECONCILE_EMITTER_H_
