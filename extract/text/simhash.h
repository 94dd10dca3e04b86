// Near-duplicate fingerprints over word 4-gram shingles: a 64-bit SimHash and a 64-value
// MinHash with locality-sensitive bands.
//
// MinHash decides: two texts whose signatures agree in at least kNearDuplicateAgreement of
// kMinHashSize positions share about 40% or more of their shingles (estimated Jaccard
// similarity). A syndicated or wire copy — a changed headline, an added byline or credit,
// the last paragraphs cut, a word changed here and there — stays well above that (0.6 and
// more); two outlets' own stories on the same event, even quoting the same sentences, stay
// well below (0.1 to 0.2). Bands find the candidates without comparing every pair: copies
// share at least one band with near certainty.
//
// SimHash is kept as a compact fingerprint of the text; it is too coarse to decide alone
// (a copy with a few words changed can differ in as many bits as two unrelated texts).
#ifndef NEWSRECON_EXTRACT_TEXT_SIMHASH_H_
#define NEWSRECON_EXTRACT_TEXT_SIMHASH_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace newsrecon::extract {

inline constexpr size_t kMinHashSize = 64;
inline constexpr size_t kMinHashBands = 32;  // of kMinHashSize / kMinHashBands values each
inline constexpr int kNearDuplicateAgreement = 26;  // of 64: estimated Jaccard >= 0.4

// The SimHash of `text`'s lower-cased word 4-grams; 0 for texts under four words.
uint64_t SimHash(std::string_view text);

// The number of differing bits.
int HammingDistance(uint64_t a, uint64_t b);

// The MinHash signature (kMinHashSize values) of `text`'s lower-cased word 4-grams; empty
// for texts under four words.
std::vector<uint32_t> MinHash(std::string_view text);

// One key per band of the signature (kMinHashBands keys, each also naming its band, so
// keys of different bands never collide); empty for an empty signature.
std::vector<int64_t> MinHashBands(const std::vector<uint32_t>& signature);

// The number of positions where two signatures agree; 0 when either is empty.
int MinHashAgreement(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b);

}  // namespace newsrecon::extract

#endif  // NEWSRECON_EXTRACT_TEXT_SIMHASH_H_
