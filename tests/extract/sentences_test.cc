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
      // Abbreviations, titles, decimals and initials.
      {"The U.S. economy grew 7.5 percent. Analysts cheered.",
       {"The U.S. economy grew 7.5 percent.", "Analysts cheered."}},
      {"Acme Inc. said Mr. Smith will lead it. He agreed.",
       {"Acme Inc. said Mr. Smith will lead it.", "He agreed."}},
      {"J. R. Smith arrived on Jan. 5 at noon. Then he left.",
       {"J. R. Smith arrived on Jan. 5 at noon.", "Then he left."}},
      {"U.S. President Joe Biden spoke. Dr. Jane Roe and Gen. Mark Ames listened.",
       {"U.S. President Joe Biden spoke.", "Dr. Jane Roe and Gen. Mark Ames listened."}},
      {"Prices rose 0.25 points to $1.5 billion. No. 2 Corp. fell.",
       {"Prices rose 0.25 points to $1.5 billion.", "No. 2 Corp. fell."}},
      {"George W. Bush met Ph.D. students at 9 a.m. Monday in St. Louis.",
       {"George W. Bush met Ph.D. students at 9 a.m. Monday in St. Louis."}},
      // An abbreviation that ends a sentence, before a word that starts one.
      {"The firm moved to the U.S. The move paid off.",
       {"The firm moved to the U.S.", "The move paid off."}},
      {"Shares fell at Acme Inc. Analysts were surprised.",
       {"Shares fell at Acme Inc.", "Analysts were surprised."}},
      {"They met at 10 a.m. The talks lasted an hour.",
       {"They met at 10 a.m.", "The talks lasted an hour."}},
      {"He said no. Then he left.", {"He said no.", "Then he left."}},
      // Quotes, brackets, ellipses, bullets, paragraphs.
      {"\"We agree,\" she said. \"Fully.\" Then silence.",
       {"\"We agree,\" she said.", "\"Fully.\"", "Then silence."}},
      {"\xE2\x80\x9CWe agree.\xE2\x80\x9D She left.",
       {"\xE2\x80\x9CWe agree.\xE2\x80\x9D", "She left."}},
      {"It ended (finally.) Then it began.", {"It ended (finally.)", "Then it began."}},
      {"Wait... what happened? Nobody knows!", {"Wait... what happened?", "Nobody knows!"}},
      {"First paragraph without a stop\n\nSecond one.", {"First paragraph without a stop", "Second one."}},
      {"Prices rose. - A bullet point follows.", {"Prices rose.", "- A bullet point follows."}},
      {"See example.com/a.b for more. It works.", {"See example.com/a.b for more.", "It works."}},
      {"  ", {}},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    CHECK(Sentences(c.text) == c.want);
  }
}

TEST_CASE("sentence spans are byte offsets into the text", "[extract][sentences]") {
  struct Case {
    std::string text;
    std::vector<core::Span> want;
  };
  const Case cases[] = {
      {"  One.  Two.", {{2, 6}, {8, 12}}},
      {"Caf\xC3\xA9 opens. It sells.", {{0, 12}, {13, 22}}},  // é is two bytes
      {"A.\n\nB.", {{0, 2}, {4, 6}}},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    CHECK(SplitSentences(c.text) == c.want);
  }
}

}  // namespace
}  // namespace newsrecon::extract
