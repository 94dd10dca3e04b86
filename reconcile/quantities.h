// Alignment of figures that measure the same quantity, outside the lexicon: by frame
// across outlets, and sentence by sentence between a copy and its original.
#ifndef NEWSRECON_RECONCILE_QUANTITIES_H_
#define NEWSRECON_RECONCILE_QUANTITIES_H_

#include <vector>

#include "reconcile/emitter.h"
#include "store/claims.h"

namespace newsrecon::reconcile {

// How far apart (days of publication) two reports of one quantity may be.
inline constexpr int kFrameWindowDays = 3;
// How many later entries of a frame block each entry is compared with, at most.
inline constexpr size_t kFrameCandidates = 200;

// Compares the figures of one frame block (Store::ForEachFrameBlock: claims whose values
// all have one frame, or all no frame and one type). Two figures from different voices,
// published within kFrameWindowDays, are about the same quantity when their decision
// types match (decide.h) and either their sentences match once the figures are masked
// (key words, Jaccard at least 0.5, at least three shared) or both are their article's
// first figure of its type in an event or measure frame ("killed", "offer"), and neither sentence
// speaks of another event ("earlier", "another", "since"). In an aligned set each article
// speaks once (its figures that hold together, else its first), and a figure that fits
// every other (a loose bound) takes no side. Figures that cannot all be true become a
// "value" or "date" contradiction, or "developing" (low) when a toll only
// grows with time; a later, lower toll stays a "value" contradiction.
void AlignFrameBlock(const std::vector<store::StoredClaim>& block, Emitter* out);

// Compares each copy of a voice group (Store::ForEachCopyGroup) with its original,
// sentence by sentence: sentences whose key words match (Jaccard at least 0.6) are
// aligned, their figures of each type paired in order, and every pair that differs
// becomes a "copy divergence" contradiction (high), whatever the voices.
void CompareCopies(const std::vector<store::StoredClaim>& group, Emitter* out);

}  // namespace newsrecon::reconcile

#endif  // NEWSRECON_RECONCILE_QUANTITIES_H_
