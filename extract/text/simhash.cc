// SimHash (Charikar 2002) over word 4-grams hashed with 64-bit FNV-1a.
#include "extract/text/simhash.h"

#include <array>
#include <bit>
#include <cctype>
#include <string>
#include <vector>

namespace newsrecon::extract {
namespace {

uint64_t Fnv1a(std::string_view s) {
  uint64_t h = 1469598103934665603ull;
  for (char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ull;
  }
  // Mix the low bits up: FNV's high bits change slowly for short inputs.
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  return h;
}

}  // namespace

uint64_t SimHash(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  for (char c : text) {
    if (std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80) {
      word.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  if (words.size() < 4) return 0;
  std::array<int64_t, 64> weights{};
  for (size_t i = 0; i + 4 <= words.size(); ++i) {
    uint64_t h = Fnv1a(words[i] + ' ' + words[i + 1] + ' ' + words[i + 2] + ' ' + words[i + 3]);
    for (int b = 0; b < 64; ++b) weights[static_cast<size_t>(b)] += (h >> b) & 1 ? 1 : -1;
  }
  uint64_t out = 0;
  for (int b = 0; b < 64; ++b) {
    if (weights[static_cast<size_t>(b)] > 0) out |= uint64_t{1} << b;
  }
  return out;
}

int HammingDistance(uint64_t a, uint64_t b) { return std::popcount(a ^ b); }

}  // namespace newsrecon::extract
