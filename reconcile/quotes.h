// Misquotes: the same direct quotation, attributed to the same speaker by two outlets,
// compared word by word.
#ifndef NEWSRECON_RECONCILE_QUOTES_H_
#define NEWSRECON_RECONCILE_QUOTES_H_

#include <string>
#include <vector>

#include "reconcile/emitter.h"
#include "store/claims.h"

namespace newsrecon::reconcile {

// The direct quotations in `sentence` ("..." or “...”) of at least four words.
std::vector<std::string> Quotations(const std::string& sentence);

// True when `a` and `b` are one quotation whose words differ in meaning: a negation
// ("not", "never", "no"), a conjunction ("and" against "or") or a number said in one and
// not the other. A quotation cut short, or with words left out ("..."), is the same
// quotation. Quotations sharing under 60% of their words are different quotations.
bool Misquoted(const std::string& a, const std::string& b);

// Compares the quotations of one speaker's claims (Store::ForEachSpeaker), across voices:
// each misquoted pair becomes a "misquote" contradiction (medium).
void CompareQuotes(const std::vector<store::StoredClaim>& group, Emitter* out);

}  // namespace newsrecon::reconcile

#endif  // NEWSRECON_RECONCILE_QUOTES_H_
