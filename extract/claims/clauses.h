// Clauses and slot templates: how a sentence is cut and rewritten for relation phrasings.
#ifndef NEWSRECON_EXTRACT_CLAIMS_CLAUSES_H_
#define NEWSRECON_EXTRACT_CLAIMS_CLAUSES_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/model.h"
#include "extract/claims/parties.h"

namespace newsrecon::extract {

// Splits the sentence text[span] at semicolons, ", ", dashes and the words "but",
// "while", "whereas"; returns the clauses' spans (into text), none empty.
std::vector<core::Span> SplitClauses(std::string_view text, core::Span sentence);

// Rewrites text[clause] with every party replaced by "<<Pi>>" and every value by "<<Vi>>"
// (i indexes `parties` / `values`), curly apostrophes made straight, and stray '<' removed.
// When `subject` is a party index, "<<Psubject>> " is put in front (the clause inherits the
// sentence's subject).
std::string SlotTemplate(std::string_view text, core::Span clause,
                         const std::vector<PartyMention>& parties,
                         const std::vector<core::Value>& values, int subject);

// Content words of text[span] for alignment: lower-case, stop words, parties and values
// left out, plural "s" and possessives stripped; sorted and unique.
std::vector<std::string> Keywords(std::string_view text, core::Span span,
                                  const std::vector<PartyMention>& parties,
                                  const std::vector<core::Value>& values);

}  // namespace newsrecon::extract

#endif  // NEWSRECON_EXTRACT_CLAIMS_CLAUSES_H_
