// The claim extractor's compiled state, shared by its files; not part of the interface.
#ifndef NEWSRECON_EXTRACT_CLAIMS_CLAIMS_IMPL_H_
#define NEWSRECON_EXTRACT_CLAIMS_CLAIMS_IMPL_H_

#include <re2/re2.h>
#include <re2/set.h>

#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "extract/claims/claims.h"
#include "extract/claims/match_loop.h"

namespace newsrecon::extract {

struct CompiledPhrasing {
  std::unique_ptr<RE2> re;
  std::map<std::string, int> groups;  // role or "value" → capture index
};

struct CompiledRelation {
  RelationEntry entry;
  std::unique_ptr<RE2> topic;
  std::vector<CompiledPhrasing> phrasings;
  std::set<core::ValueType> value_types;
};

struct ClaimExtractor::Impl {
  ValueFinder values;
  std::unique_ptr<PartyFinder> parties;
  // The values', the parties' and "not disclosed" patterns: one pass over each article.
  std::unique_ptr<PatternUnion> article_scan;
  std::vector<CompiledRelation> relations;
  std::map<std::string, size_t> relation_index;  // id → relations[i]
  std::unique_ptr<RE2::Set> prefilter;
  // Every phrasing in one pattern: a DFA-only "could any match?" before the set is asked
  // which (a set match costs far more than a plain one).
  std::unique_ptr<RE2> any_phrasing;
  std::vector<std::pair<size_t, size_t>> set_index;  // set entry → (relation, phrasing)
  std::unique_ptr<RE2> cues;  // named groups past, ends, continues, starts
  int cue_group[4] = {0, 0, 0, 0};  // their capture indexes, in that order
  // Every match holds "not", "never" or "n't" (MayNegate in claims_sentence.cc counts on it).
  RE2 negation{R"((?i)\b(?:not|never|cannot)\b|n't\b)"};
  RE2 attribution{R"((?i)<<P(\d+)>>(?:'s)?(?:\s+\w+)?\s+(?:said|says|stated|announced|added|noted|told|confirmed|wrote)\b|\b(?:said|says|according to)\s+<<P(\d+)>>\s*(?:[.,;]|$))"};
  // A named person speaking: "Sam Altman, chief executive of OpenAI, said", "said Jane Doe",
  // "according to Jane Doe".
  RE2 speaker{R"(\b([A-Z][a-z]+(?: [A-Z]\.)?(?: [A-Z][a-z'-]+){1,2})(?:, [^,]{1,80},)? (?:said|says|told|stated|wrote|added|noted)\b|\b(?:said|says|according to) ([A-Z][a-z]+(?: [A-Z][a-z'-]+){1,2})\s*(?:[.,;]|$))"};
  RE2 undisclosed{R"((?i)\b(?:not|n't|never)\s+(?:been\s+)?(?:publicly\s+)?(?:disclosed|revealed|made public)\b|\bundisclosed\b|\b(?:did not|didn't|declined to|would not|wouldn't)\s+(?:disclose|reveal|say)\b)"};
  // Matched anchored at a sentence's start ("^" would match only at the article's).
  RE2 back_reference{R"((?:The company|The firm|The group|It)\b)"};
  // The least and greatest first byte of its matches (RE2::PossibleMatchRange; asking it
  // costs far more than a match, so once).
  unsigned char back_reference_first[2] = {0, 255};

  // Matches every relation phrasing against one clause's template.
  void MatchRelations(std::string_view text, core::Span clause, const std::string& tmpl,
                      const Extraction& found, const core::Claim& base,
                      std::set<size_t>* used_values, std::vector<core::Claim>* out) const;
  core::Phase PhaseOf(std::string_view clause) const;
  // Gives a claim the values of its relation's types found in text[clause], and with
  // `with_time` the clause's years and dates too (they scope the claim in time).
  void AttachValues(const Extraction& found, core::Span clause, core::Claim* claim,
                    std::set<size_t>* used_values, bool with_time) const;
};

// The index encoded in a "<<P12>>" or "<<V3>>" slot.
inline size_t SlotIndex(std::string_view slot) {
  size_t n = 0;
  for (char c : slot) {
    if (c >= '0' && c <= '9') n = n * 10 + static_cast<size_t>(c - '0');
  }
  return n;
}

// Position of the first match of `re` in `text`, or npos.
inline size_t FirstAt(const RE2& re, std::string_view text) {
  re2::StringPiece m;
  if (!re.Match(re2::StringPiece(text.data(), text.size()), 0, text.size(), RE2::UNANCHORED, &m, 1)) {
    return std::string_view::npos;
  }
  return static_cast<size_t>(m.data() - text.data());
}

}  // namespace newsrecon::extract

#endif  // NEWSRECON_EXTRACT_CLAIMS_CLAIMS_IMPL_H_
