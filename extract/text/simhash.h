// Near-duplicate fingerprints: a 64-bit SimHash over word shingles.
//
// Two texts whose fingerprints differ in few bits (Hamming distance <= kNearDuplicateBits)
// share most of their word 4-grams: a syndicated copy with a changed headline, byline or
// last paragraph stays within it, while two stories on the same event do not.
#ifndef NEWSRECON_EXTRACT_TEXT_SIMHASH_H_
#define NEWSRECON_EXTRACT_TEXT_SIMHASH_H_

#include <cstdint>
#include <string_view>

namespace newsrecon::extract {

inline constexpr int kNearDuplicateBits = 10;

// The SimHash of `text`'s lower-cased word 4-grams; 0 for texts under four words.
uint64_t SimHash(std::string_view text);

// The number of differing bits.
int HammingDistance(uint64_t a, uint64_t b);

}  // namespace newsrecon::extract

#endif  // NEWSRECON_EXTRACT_TEXT_SIMHASH_H_
