// Tests for the sentence splitter's hard cases.
#include <catch2/catch.hpp>

#include "extract/text/sentences.h"

namespace newsrecon::extract {
namespace {

std::vector<std::string> Sentences(const std::string& text) {
  std::vector<std::string> out;
  for (const core::Span& s : SplitSentences(text)) out.push_back(text.substr(s.start, s.size()));
  return out;
}

TEST_CASE("sentences split at terminal punctuation, not inside them", "[extract][sentences]") {
  struct Case {
    std::string text;
    std::vector<std::string> want;
  };
  const Case cases[] = {
      {"It rose. It fell.", {"It rose.", "It fell."}},
      {"The U.S. economy grew 7.5 percent. Analysts cheered.",
       {"The U.S. economy grew 7.5 percent.", "Analysts cheered."}},
      {"Acme Inc. said Mr. Smith will lead it. He agreed.",
       {"Acme Inc. said Mr. Smith will lead it.", "He agreed."}},
      {"J. R. Smith arrived on Jan. 5 at noon. Then he left.",
       {"J. R. Smith arrived on Jan. 5 at noon.", "Then he left."}},
      {"\"We agree,\" she said. \"Fully.\" Then silence.",
       {"\"We agree,\" she said.", "\"Fully.\"", "Then silence."}},
      {"Wait... what happened? Nobody knows!", {"Wait... what happened?", "Nobody knows!"}},
      {"First paragraph without a stop\n\nSecond one.", {"First paragraph without a stop", "Second one."}},
      {"Prices rose. - A bullet point follows.", {"Prices rose.", "- A bullet point follows."}},
      {"  ", {}},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    CHECK(Sentences(c.text) == c.want);
  }
}

TEST_CASE("sentence spans are byte offsets into the text", "[extract][sentences]") {
  std::string text = "  One.  Two.";
  auto spans = SplitSentences(text);
  REQUIRE(spans.size() == 2);
  CHECK(spans[0] == core::Span{2, 6});
  CHECK(spans[1] == core::Span{8, 12});
}

}  // namespace
}  // namespace newsrecon::extract
