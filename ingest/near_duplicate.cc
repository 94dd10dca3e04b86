// The near-duplicate rule.
#include "ingest/near_duplicate.h"

#include <utility>

#include "extract/text/simhash.h"

namespace newsrecon::ingest {

bool IsNearDuplicate(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  return extract::MinHashAgreement(a, b) >= extract::kNearDuplicateAgreement;
}

bool Copies(const store::ArticleFingerprint& a, const store::ArticleFingerprint& b) {
  return IsNearDuplicate(a.minhash, b.minhash);
}

TextFingerprints FingerprintsOf(std::string_view text) {
  TextFingerprints out;
  out.print.simhash = extract::SimHash(text);
  out.print.minhash = extract::MinHash(text);
  out.bands = extract::MinHashBands(out.print.minhash);
  return out;
}

void AddFingerprints(store::ArticleWrite* write) {
  TextFingerprints f = FingerprintsOf(write->text.text);
  write->simhash = f.print.simhash;
  write->minhash = std::move(f.print.minhash);
  write->minhash_bands = std::move(f.bands);
  write->copies = Copies;
}

}  // namespace newsrecon::ingest
