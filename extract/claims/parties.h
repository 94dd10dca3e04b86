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
#include "extract/claims/match_loop.h"

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

  // The same in pieces, for a scan that runs other patterns in the same pass: the
  // patterns to put in the PatternUnion, the handlers that collect what the scan finds,
  // and the step that adds unknown organisations and makes the final list.
  struct Collected {
    std::vector<PartyMention> known;  // gazetteer aliases and descriptors
    std::vector<std::pair<core::Span, std::string_view>> suffixed;  // "Acme Inc": mention, name
  };
  const std::vector<const RE2*>& patterns() const;
  void AddTo(PatternScan* scan, Collected* out) const;
  std::vector<PartyMention> Finish(std::string_view text, Collected collected) const;

 private:
  struct Impl;
  explicit PartyFinder(std::unique_ptr<Impl> impl);
  void AddUnknown(std::string_view text,
                  const std::vector<std::pair<core::Span, std::string_view>>& suffixed,
                  std::vector<PartyMention>* found) const;
  std::unique_ptr<Impl> impl_;
};

}  // namespace newsrecon::extract

#endif  // NEWSRECON_EXTRACT_CLAIMS_PARTIES_H_
