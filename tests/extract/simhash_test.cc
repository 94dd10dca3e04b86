// Tests for near-duplicate fingerprints: wire copies are found, other outlets' stories on
// the same event are not.
#include <catch2/catch.hpp>

#include "extract/text/article.h"
#include "extract/text/simhash.h"
#include "tests/test_support.h"

namespace newsrecon::extract {
namespace {

std::string SampleText(const std::string& name) {
  std::string path = std::string(NEWSRECON_SOURCE_DIR) + "/samples/" + name;
  std::string bytes = testing::ReadFile(path);
  auto a = name.ends_with(".html") ? ArticleFromHtml(bytes, "") : ArticleFromPlainText(bytes, "");
  REQUIRE(a.ok());
  return a->text;
}

// `text` with its last `n` paragraphs cut.
std::string Trimmed(const std::string& text, int n) {
  std::string out = text;
  for (int i = 0; i < n; ++i) out = out.substr(0, out.rfind("\n\n"));
  return out;
}

// `text` with every `k`-th word replaced.
std::string Edited(const std::string& text, int k) {
  std::string out, word;
  int count = 0;
  for (char c : text + " ") {
    if (c != ' ') {
      word.push_back(c);
      continue;
    }
    out += (++count % k == 0 ? std::string("changed") : word) + " ";
    word.clear();
  }
  return out;
}

bool SharesBand(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  std::vector<int64_t> x = MinHashBands(a), y = MinHashBands(b);
  for (size_t i = 0; i < x.size(); ++i) {
    if (x[i] == y[i]) return true;
  }
  return false;
}

TEST_CASE("wire copies are near-duplicates of the story they copy", "[extract][simhash]") {
  std::string story = SampleText("pages/ledger-wire.html");
  struct Case {
    const char* kind;
    std::string copy;
  };
  const Case cases[] = {
      {"syndicated copy (samples)", SampleText("text/coastline-herald.txt")},
      {"byline and credit added", "By Maren Ostrowe\n\n" + story + "\n\nDistributed by Ledger Wire."},
      {"last two paragraphs cut", Trimmed(story, 2)},
      {"one word in twenty-five changed", Edited(story, 25)},
  };
  std::vector<uint32_t> original = MinHash(story);
  REQUIRE(original.size() == kMinHashSize);
  for (const Case& c : cases) {
    CAPTURE(c.kind);
    std::vector<uint32_t> copy = MinHash(c.copy);
    CHECK(MinHashAgreement(original, copy) >= kNearDuplicateAgreement);
    CHECK(SharesBand(original, copy));
  }
}

TEST_CASE("other outlets' stories on the same event are not near-duplicates", "[extract][simhash]") {
  std::vector<uint32_t> story = MinHash(SampleText("pages/ledger-wire.html"));
  for (const char* other : {"pages/circuit-and-capital.html", "pages/ev-dispatch.html",
                            "pages/market-lantern.html", "pages/motorway-journal.html",
                            "pages/northgate-business-review.html", "text/dynamo-daily.txt"}) {
    CAPTURE(other);
    CHECK(MinHashAgreement(story, MinHash(SampleText(other))) < kNearDuplicateAgreement);
  }
  CHECK(MinHash("too short").empty());
  CHECK(MinHashBands({}).empty());
  CHECK(SimHash("too short") == 0);
}

}  // namespace
}  // namespace newsrecon::extract
