// Sentence alignment with figures masked: pairs, and the figures that changed.
#include <catch2/catch.hpp>

#include "reconcile/sentence_align.h"

namespace newsrecon::reconcile {
namespace {

TEST_CASE("figures are masked as runs", "[sentence_align]") {
  struct Case {
    const char* text;
    const char* masked;
    std::vector<std::string> figures;
  };
  const Case cases[] = {
      {"The quake measured 5.9 on Monday.", "the quake measured # on monday", {"5.9"}},
      {"It paid $4.2 billion, or 20% more.", "it paid # or # more", {"$4.2 billion", "20%"}},
      {"Seven-year deal for 3,000 jobs", "# deal for # jobs", {"Seven-year", "3,000"}},
      {"\"Five people died,\" she said.", "# people died she said", {"Five"}},
      {"Tolls: 12, 14 and 20.", "tolls # # and #", {"12", "14", "20"}},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    MaskedSentence m = MaskFigures(c.text);
    CHECK(m.masked == c.masked);
    CHECK(m.figures == c.figures);
  }
}

TEST_CASE("sentences pair by masked text, then by overlap", "[sentence_align]") {
  std::vector<MaskedSentence> a = {MaskFigures("Rescuers worked through the night in the town."),
                                   MaskFigures("The quake measured 5.9 and killed 12 people."),
                                   MaskFigures("Officials said the airport would reopen on Friday.")};
  std::vector<MaskedSentence> b = {MaskFigures("The quake measured 6.1 and killed 14 people."),
                                   MaskFigures("Officials said the main airport would reopen on Friday."),
                                   MaskFigures("A new paragraph nobody had before.")};
  auto pairs = AlignSentences(a, b);
  REQUIRE(pairs.size() == 2);
  CHECK(pairs[0].a == 1);
  CHECK(pairs[0].b == 0);
  CHECK(pairs[0].similarity == 1.0);
  CHECK(pairs[1].a == 2);
  CHECK(pairs[1].b == 1);
  auto changes = ChangedFigures(a[1], b[0]);
  REQUIRE(changes.size() == 2);
  CHECK(changes[0].before == "5.9");
  CHECK(changes[0].after == "6.1");
  CHECK(changes[1].before == "12");
  CHECK(changes[1].after == "14");
}

TEST_CASE("the same figure written alike is no change", "[sentence_align]") {
  CHECK(ChangedFigures(MaskFigures("It cost 3,000 euros."), MaskFigures("It cost 3000 euros.")).empty());
  auto whole = ChangedFigures(MaskFigures("Between 10 and 20 were hurt."),
                              MaskFigures("Between 10 were hurt."));
  REQUIRE(whole.size() == 1);
  CHECK(whole[0].before == "10, 20");
  CHECK(whole[0].after == "10");
}

}  // namespace
}  // namespace newsrecon::reconcile
