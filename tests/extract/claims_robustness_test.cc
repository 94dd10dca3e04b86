// Any bytes give the claims stage a result, within a second per megabyte: invalid UTF-8,
// megabytes without a space, only digits, text dense with values and parties.
#include <catch2/catch.hpp>

#include <chrono>
#include <random>

#include "core/utf8.h"
#include "extract/claims/claims.h"
#include "extract/text/sentences.h"

namespace newsrecon::extract {
namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr double kSecondsPerMegabyte = 6.0;  // sanitizers slow everything several times
#else
constexpr double kSecondsPerMegabyte = 1.0;
#endif

std::string Repeat(const std::string& piece, size_t bytes) {
  std::string out;
  while (out.size() < bytes) out += piece;
  return out;
}

TEST_CASE("hostile inputs give a result within a second per megabyte", "[extract][claims]") {
  auto extractor = ClaimExtractor::Create(DefaultLexicon());
  REQUIRE(extractor.ok());
  std::mt19937 random(7);
  std::string noise(1 << 20, ' ');
  for (char& c : noise) c = static_cast<char>(random() % 256);
  struct Case {
    std::string name;
    std::string text;
  };
  const Case cases[] = {
      {"random bytes, repaired", core::RepairUtf8(noise)},
      {"no space at all", std::string(2 << 20, 'a')},
      {"only digits", std::string(2 << 20, '7')},
      {"dense values and parties",
       Repeat("Microsoft pays OpenAI up to $1 billion, 20% through 2030, on March 3, 2026; ", 2 << 20)},
      {"capitalised words", Repeat("Aa Bb Cc ", 2 << 20)},
  };
  for (const Case& c : cases) {
    CAPTURE(c.name);
    auto start = std::chrono::steady_clock::now();
    auto sentences = SplitSentences(c.text);
    Extraction found = (*extractor)->Extract(c.text, sentences, {core::CivilDate{2026, 3, 4}});
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    double megabytes = static_cast<double>(c.text.size()) / 1e6;
    CHECK(seconds < kSecondsPerMegabyte * megabytes);
    for (const core::Span& s : sentences) CHECK(s.size() <= kMaxSentenceBytes);
    for (const core::Claim& claim : found.claims) CHECK(claim.span.end <= c.text.size());
  }
}

}  // namespace
}  // namespace newsrecon::extract
