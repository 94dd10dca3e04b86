// The near-duplicate rule.
#include "ingest/near_duplicate.h"

#include "extract/text/simhash.h"

namespace newsrecon::ingest {

bool IsNearDuplicate(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  return extract::MinHashAgreement(a, b) >= extract::kNearDuplicateAgreement;
}

bool Copies(const store::ArticleFingerprint& a, const store::ArticleFingerprint& b) {
  return IsNearDuplicate(a.minhash, b.minhash);
}

void AddFingerprints(store::ArticleWrite* write) {
  const std::string& text = write->text.text;
  write->simhash = extract::SimHash(text);
  write->minhash = extract::MinHash(text);
  write->minhash_bands = extract::MinHashBands(write->minhash);
  write->copies = Copies;
}

}  // namespace newsrecon::ingest
