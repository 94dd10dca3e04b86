// The prefilter's element budget: past it tags are dropped and text kept, so a page of
// nothing but tags cannot make Gumbo's tree many times its size (issue 16).
#include <catch2/catch.hpp>

#include "extract/text/prefilter.h"

namespace newsrecon::extract {
namespace {

size_t Count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

TEST_CASE("the prefilter keeps at most its element budget of tags, and all the text",
          "[extract][prefilter]") {
  std::string html;
  while (html.size() < 4'000'000) html += "<p><i>w</i>";  // 11 bytes, 3 tags
  size_t budget = kElementBudgetBase + html.size() / kBytesPerElement;
  REQUIRE(html.size() / 11 * 3 > budget);
  PrefilterStats stats;
  std::string out = PrefilterHtml(html, &stats);
  CHECK(Count(out, "<") == budget);
  CHECK(Count(out, "w") == Count(html, "w"));
  CHECK(stats.over_budget == Count(html, "<") - budget);
  // Past the budget a script is dropped whole: its text never becomes markup or text.
  std::string tail = html + "<script>if (a < b) { document.write('<p>x</p>') }</script>after";
  std::string filtered = PrefilterHtml(tail, nullptr);
  CHECK(filtered.find("document") == std::string::npos);
  CHECK(filtered.substr(filtered.size() - 6) == "wafter");
}

TEST_CASE("a real-sized page never reaches the element budget", "[extract][prefilter]") {
  std::string html = "<html><body><article>";
  while (html.size() < 2'000'000) {
    html += "<div class=\"row\"><p>Corvane said on <a href=\"/x\">Tuesday</a> that it will pay.</p></div>";
  }
  PrefilterStats stats;
  CHECK(PrefilterHtml(html, &stats) == html);
  CHECK(stats.over_budget == 0);
}

}  // namespace
}  // namespace newsrecon::extract
