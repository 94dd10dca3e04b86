// The one candidate-selection rule of reconciliation: which claims are compared with which.
//
// Claims are compared only within a candidate set. Defined here, once, in C++: the store's
// streams (store/claims.h) and the in-memory Reconcile() (reconcile/reconcile.h) both
// select with these functions, so the two cannot disagree, whatever the engine. The store's
// SQL only orders rows by the same keys and may prefilter a superset; these decide.
// Hedged figures are looked up by core::FigureKey (core/figures.h), the same on every engine.
#ifndef NEWSRECON_CORE_CANDIDATES_H_
#define NEWSRECON_CORE_CANDIDATES_H_

#include <cstdint>
#include <string>

#include "core/figures.h"
#include "core/model.h"

namespace newsrecon::core {

// A lexicon claim compared with the others of its relation and party pair: it names a
// relation and two parties, and not just one of two roles.
inline bool InRelationGroup(const Claim& c) {
  return !c.relation.empty() && c.parties.size() == 2 && c.roles.size() != 1;
}

// A claim outside the lexicon aligned with the others naming the same one to three parties.
inline bool InAlignmentBlock(const Claim& c) {
  return c.relation.empty() && !c.parties.empty() && c.parties.size() <= 3;
}

// A claim outside the lexicon whose values are compared by frame (FrameOf) within a story.
inline bool InFrameBlocks(const Claim& c) { return c.relation.empty(); }

// The frame a value is compared under: what it measures, or, with no frame, "#" and its
// type (such figures meet only where their sentences align).
inline std::string FrameOf(const Value& v) {
  return v.frame.empty() ? "#" + std::string(ToString(v.type)) : v.frame;
}

// A quoted claim compared with the others of its speaker (as written) in its story.
inline bool InSpeakerGroup(const Claim& c) { return !c.attribution.empty(); }

}  // namespace newsrecon::core

#endif  // NEWSRECON_CORE_CANDIDATES_H_
