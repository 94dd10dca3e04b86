// SimHash (Charikar 2002) and MinHash (Broder 1997) over word 4-grams hashed with 64-bit
// FNV-1a and a murmur-style finaliser.
#include "extract/text/simhash.h"

#include <array>
#include <bit>
#include <cctype>
#include <limits>
#include <string>

namespace newsrecon::extract {
namespace {

uint64_t Mix(uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ull;
  h ^= h >> 33;
  return h;
}

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

// The hashes of `text`'s lower-cased word 4-grams (letters, digits and non-ASCII bytes
// make words).
std::vector<uint64_t> Shingles(std::string_view text) {
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
  std::vector<uint64_t> out;
  for (size_t i = 0; i + 4 <= words.size(); ++i) {
    out.push_back(Fnv1a(words[i] + ' ' + words[i + 1] + ' ' + words[i + 2] + ' ' + words[i + 3]));
  }
  return out;
}

}  // namespace

uint64_t SimHash(std::string_view text) {
  std::vector<uint64_t> shingles = Shingles(text);
  if (shingles.empty()) return 0;
  std::array<int64_t, 64> weights{};
  for (uint64_t h : shingles) {
    for (int b = 0; b < 64; ++b) weights[static_cast<size_t>(b)] += (h >> b) & 1 ? 1 : -1;
  }
  uint64_t out = 0;
  for (int b = 0; b < 64; ++b) {
    if (weights[static_cast<size_t>(b)] > 0) out |= uint64_t{1} << b;
  }
  return out;
}

int HammingDistance(uint64_t a, uint64_t b) { return std::popcount(a ^ b); }

std::vector<uint32_t> MinHash(std::string_view text) {
  std::vector<uint64_t> shingles = Shingles(text);
  if (shingles.empty()) return {};
  std::vector<uint32_t> signature(kMinHashSize, std::numeric_limits<uint32_t>::max());
  for (uint64_t h : shingles) {
    for (size_t i = 0; i < kMinHashSize; ++i) {
      auto v = static_cast<uint32_t>(Mix(h + 0x9e3779b97f4a7c15ull * (i + 1)) >> 32);
      if (v < signature[i]) signature[i] = v;
    }
  }
  return signature;
}

std::vector<int64_t> MinHashBands(const std::vector<uint32_t>& signature) {
  if (signature.size() != kMinHashSize) return {};
  constexpr size_t rows = kMinHashSize / kMinHashBands;
  std::vector<int64_t> keys;
  for (size_t band = 0; band < kMinHashBands; ++band) {
    uint64_t h = Mix(band + 1);
    for (size_t r = 0; r < rows; ++r) h = Mix(h ^ signature[band * rows + r]);
    keys.push_back(static_cast<int64_t>(h >> 1));  // non-negative: SQLite stores it as is
  }
  return keys;
}

int MinHashAgreement(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  if (a.size() != b.size() || a.empty()) return 0;
  int same = 0;
  for (size_t i = 0; i < a.size(); ++i) same += a[i] == b[i] ? 1 : 0;
  return same;
}

}  // namespace newsrecon::extract
