// Tests for highlighting values, status words and parties inside quotes.
#include <catch2/catch.hpp>

#include "reports/highlight.h"

namespace newsrecon::reports {
namespace {

// A piece of evidence whose quote starts at byte 100 of its article.
Evidence Quote(const std::string& quote, std::vector<std::string> parties = {}) {
  Evidence e;
  e.quote = quote;
  e.span = {100, 100 + quote.size()};
  e.parties = std::move(parties);
  return e;
}

// Adds a value found at `text`'s place in the quote (or at `at`, when given: a stale span).
void AddValue(Evidence* e, const std::string& text, size_t at = std::string::npos) {
  core::Value v;
  v.text = text;
  size_t start = at != std::string::npos ? at : 100 + e->quote.find(text);
  v.span = {start, start + text.size()};
  e->values.push_back(v);
}

TEST_CASE("quotes are highlighted by kind, escaped, without overlaps", "[reports]") {
  using K = core::ContradictionKind;
  struct Case {
    std::string name;
    Evidence evidence;
    core::ContradictionKind kind;
    std::string html;
  };
  Evidence role = Quote("Microsoft will no longer pay OpenAI 20 percent through 2030.", {"Microsoft", "OpenAI"});
  AddValue(&role, "20 percent");
  AddValue(&role, "through 2030");
  Evidence value = role;  // the same words in a value contradiction: values only
  Evidence stale = Quote("Corvane holds a stake of 27 percent in Nordaxis.");
  AddValue(&stale, "27 percent", 3);  // the span points elsewhere: found by its text
  AddValue(&stale, "32 percent");     // not in the quote: skipped
  stale.values.back().span = {5000, 5010};
  stale.values.back().text = "32 percent";
  Evidence hostile = Quote("<b>$2 billion</b> was not disclosed <script>x()</script>");
  AddValue(&hostile, "$2 billion");
  Evidence short_names = Quote("Under the new terms, Corvane will no longer collect a share of "
                               "revenue from Nordaxis Cells.", {"Corvane Motors", "Nordaxis Cells"});
  Evidence undisclosed = Quote("Financial terms were not disclosed, and it did not end there.");
  const Case cases[] = {
      {"role", role, K::kRole,
       "<mark class=\"p\">Microsoft</mark> will <mark class=\"c\">no longer</mark> pay "
       "<mark class=\"p\">OpenAI</mark> <mark class=\"v\">20 percent</mark> "
       "<mark class=\"v\">through 2030</mark>."},
      {"value", value, K::kValue,
       "Microsoft will no longer pay OpenAI <mark class=\"v\">20 percent</mark> "
       "<mark class=\"v\">through 2030</mark>."},
      {"stale span", stale, K::kValue,
       "Corvane holds a stake of <mark class=\"v\">27 percent</mark> in Nordaxis."},
      {"hostile", hostile, K::kSingleSource,
       "&lt;b&gt;<mark class=\"v\">$2 billion</mark>&lt;/b&gt; was <mark class=\"c\">not "
       "disclosed</mark> &lt;script&gt;x()&lt;/script&gt;"},
      {"parties by name or first word", short_names, K::kRole,
       "Under the new terms, <mark class=\"p\">Corvane</mark> will <mark class=\"c\">no "
       "longer</mark> collect a share of revenue from <mark class=\"p\">Nordaxis Cells</mark>."},
      {"longest cue wins", undisclosed, K::kSingleSource,
       "Financial terms were <mark class=\"c\">not disclosed</mark>, and it did <mark "
       "class=\"c\">not</mark> <mark class=\"c\">end</mark> there."},
  };
  for (const Case& c : cases) {
    CAPTURE(c.name);
    CHECK(HighlightedHtml(c.evidence.quote, FindMarks(c.evidence, c.kind)) == c.html);
  }
}

TEST_CASE("within-article items highlight as the kind their topic names", "[reports]") {
  using K = core::ContradictionKind;
  CHECK(UnderlyingKind(K::kWithinArticle, "status: revenue_share: Microsoft, OpenAI") == K::kStatus);
  CHECK(UnderlyingKind(K::kWithinArticle, "copy divergence: magnitude") == K::kCopyDivergence);
  CHECK(UnderlyingKind(K::kWithinArticle, "no colon") == K::kWithinArticle);
  CHECK(UnderlyingKind(K::kWithinArticle, "unknown: a topic") == K::kWithinArticle);
  CHECK(UnderlyingKind(K::kRole, "revenue_share: Microsoft, OpenAI") == K::kRole);
}

}  // namespace
}  // namespace newsrecon::reports
