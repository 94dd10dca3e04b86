// Clauses and slot templates: how a sentence is cut and rewritten for relation phrasings.
#ifndef NEWSRECON_EXTRACT_CLAIMS_CLAUSES_H_
#define NEWSRECON_EXTRACT_CLAIMS_CLAUSES_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/model.h"
#include "extract/claims/parties.h"

namespace newsrecon::extract {

// The article's parties and values that fall inside one span, as index ranges into their
// lists (both sorted by position).
struct Slice {
  size_t party_begin = 0, party_end = 0;
  size_t value_begin = 0, value_end = 0;
  bool empty() const { return party_begin == party_end && value_begin == value_end; }
};

// Splits the sentence text[span] at semicolons, ", ", dashes and the words "but",
// "while", "whereas"; returns the clauses' spans (into text), none empty.
std::vector<core::Span> SplitClauses(std::string_view text, core::Span sentence);

// Rewrites text[clause] with every party replaced by "<<Pi>>" and every value by "<<Vi>>"
// (i indexes `parties` / `values`), curly apostrophes made straight, and stray '<' removed.
// When `subject` is a party index, "<<Psubject>> " is put in front (the clause inherits the
// sentence's subject).
// Only the mentions in `slice` are considered.
std::string SlotTemplate(std::string_view text, core::Span clause,
                         const std::vector<PartyMention>& parties,
                         const std::vector<core::Value>& values, const Slice& slice, int subject);

// Content words of text[span] for alignment: lower-case, stop words, parties and values
// left out, plural "s" and possessives stripped; sorted and unique.
std::vector<std::string> Keywords(std::string_view text, core::Span span,
                                  const std::vector<PartyMention>& parties,
                                  const std::vector<core::Value>& values, const Slice& slice);

}  // namespace newsrecon::extract

#endif  // NEWSRECON_EXTRACT_CLAIMS_CLAUSES_H_
