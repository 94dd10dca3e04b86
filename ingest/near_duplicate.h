// The near-duplicate rule: when one outlet's article is a copy of another's (a wire story
// syndicated, a press release reprinted), so that the two count as one voice.
//
// MinHash decides (extract/text/simhash.h says why SimHash cannot): two texts whose
// signatures over word 4-grams agree in at least extract::kNearDuplicateAgreement of
// extract::kMinHashSize places are copies. The signature's bands name the candidates, so
// the store looks up only articles that share a band and never compares every pair.
#ifndef NEWSRECON_INGEST_NEAR_DUPLICATE_H_
#define NEWSRECON_INGEST_NEAR_DUPLICATE_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "store/documents.h"

namespace newsrecon::ingest {

// Whether two MinHash signatures mark copies: both not empty, agreeing in at least
// extract::kNearDuplicateAgreement places.
bool IsNearDuplicate(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b);

// The rule above on two articles' fingerprints (their minhash): the form Store::PutArticle
// and the page audit take it in (ArticleWrite::copies, PageUnderAudit::copies).
bool Copies(const store::ArticleFingerprint& a, const store::ArticleFingerprint& b);

// The fingerprints of an article's text: its SimHash and MinHash (article id and voice
// left 0), and the MinHash's band keys.
struct TextFingerprints {
  store::ArticleFingerprint print;
  std::vector<int64_t> bands;
};
TextFingerprints FingerprintsOf(std::string_view text);

// Puts the fingerprints of write->text.text (SimHash, MinHash and its bands) and the rule
// (Copies) into `write`: Store::PutArticle persists the fingerprints and
// asks the rule about the stored articles that share a band.
void AddFingerprints(store::ArticleWrite* write);

}  // namespace newsrecon::ingest

#endif  // NEWSRECON_INGEST_NEAR_DUPLICATE_H_
