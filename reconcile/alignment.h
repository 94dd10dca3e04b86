// Alignment of claims outside the lexicon: a number stated in similar sentences by two
// outlets is compared; different facts with numbers of the same type are not.
#ifndef NEWSRECON_RECONCILE_ALIGNMENT_H_
#define NEWSRECON_RECONCILE_ALIGNMENT_H_

#include <vector>

#include "reconcile/emitter.h"
#include "store/claims.h"

namespace newsrecon::reconcile {

// Jaccard similarity of two sorted, de-duplicated key-word lists (0 when both are empty);
// `shared`, when given, receives how many words they share. Every rule that asks whether
// two sentences say the same thing measures it with this.
double KeywordJaccard(const std::vector<std::string>& a, const std::vector<std::string>& b,
                      size_t* shared = nullptr);

// Blocks larger than this are too generic to align pair by pair and are left alone.
inline constexpr size_t kMaxAlignmentBlock = 400;

// Compares the claims of one block (claims outside the lexicon naming the same parties).
// Two claims are aligned when they come from different voices, share most of their key
// words (Jaccard at least 0.6, at least three words), share a word next to the figure
// ("revenue", "stake", "fine"), and do not name different years. Aligned figures that
// cannot all be true become a "value" contradiction.
void AlignBlock(const std::vector<store::StoredClaim>& block, Emitter* out);

}  // namespace newsrecon::reconcile

#endif  // NEWSRECON_RECONCILE_ALIGNMENT_H_
