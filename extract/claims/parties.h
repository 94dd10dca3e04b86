// Party mentions: organisations from the gazetteer (names, aliases, descriptors) and
// organisations nobody configured, found by pattern ("Quillfen Materials Inc", or a
// capitalised name the article repeats).
#ifndef NEWSRECON_EXTRACT_CLAIMS_PARTIES_H_
#define NEWSRECON_EXTRACT_CLAIMS_PARTIES_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.h"
#include "core/status.h"
#include "extract/claims/lexicon.h"

namespace newsrecon::extract {

struct PartyMention {
  core::Span span;        // the mention, without a possessive "'s"
  std::string canonical;  // the party's canonical name
};

class PartyFinder {
 public:
  // Compiles the gazetteer; fails with the entry's name when an alias cannot be matched.
  static core::Result<std::unique_ptr<PartyFinder>> Create(const std::vector<PartyEntry>& parties);
  ~PartyFinder();

  // Every party mention in `text` (a whole article, so repeated unknown names are seen),
  // in order, not overlapping.
  std::vector<PartyMention> Find(std::string_view text) const;

 private:
  struct Impl;
  explicit PartyFinder(std::unique_ptr<Impl> impl);
  void AddUnknown(std::string_view text, std::vector<PartyMention>* found) const;
  std::unique_ptr<Impl> impl_;
};

}  // namespace newsrecon::extract

#endif  // NEWSRECON_EXTRACT_CLAIMS_PARTIES_H_
