// The claim extractor: values, parties and relations of every sentence of an article.
//
//   auto extractor = extract::ClaimExtractor::Create(extract::DefaultLexicon());
//   if (!extractor.ok()) Fail(extractor.status());   // names the lexicon entry and RE2 error
//   extract::Extraction found = (*extractor)->Extract(text, sentences, {published});
//
// Each claim is one clause's statement: a relation from the lexicon with its parties in
// their roles, phase (starts, continues, ends), polarity and values; or, for values no
// relation took, a claim with no relation that keeps the values with the sentence's parties
// and key words, so the reconciler can still align it with other sources.
#ifndef NEWSRECON_EXTRACT_CLAIMS_CLAIMS_H_
#define NEWSRECON_EXTRACT_CLAIMS_CLAIMS_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.h"
#include "core/status.h"
#include "extract/claims/lexicon.h"
#include "extract/claims/parties.h"
#include "extract/claims/values.h"

namespace newsrecon::extract {

struct Extraction {
  std::vector<core::Value> values;  // every value mention, in text order
  std::vector<PartyMention> parties;
  std::vector<core::Claim> claims;
};

class ClaimExtractor {
 public:
  // Compiles the lexicon. Fails with kInvalidArgument naming the entry ("FILE:LINE:
  // relation 'x' phrasing 2: RE2 error ...") when a pattern does not compile.
  static core::Result<std::unique_ptr<ClaimExtractor>> Create(const Lexicon& lexicon);
  ~ClaimExtractor();

  // Extracts from `text`, split into `sentences` (byte spans into text). Never fails: text
  // without sentences, values or parties gives empty lists.
  Extraction Extract(std::string_view text, const std::vector<core::Span>& sentences,
                     const DateContext& context) const;

  // Identifies the lexicon and code that made a set of claims; stored with them so a
  // changed lexicon re-extracts.
  const std::string& version() const { return version_; }

  struct Impl;  // compiled lexicon; opaque outside extract/claims

 private:
  explicit ClaimExtractor(std::unique_ptr<Impl> impl, std::string version);
  std::unique_ptr<Impl> impl_;
  std::string version_;
};

}  // namespace newsrecon::extract

#endif  // NEWSRECON_EXTRACT_CLAIMS_CLAIMS_H_
