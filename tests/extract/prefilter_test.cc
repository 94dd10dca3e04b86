// Tests for the prefilter that runs before Gumbo: what it drops, what it keeps as written.
#include <catch2/catch.hpp>

#include "extract/text/prefilter.h"

namespace newsrecon::extract {
namespace {

TEST_CASE("the prefilter drops scripts, styles and comments and keeps the rest", "[extract][prefilter]") {
  struct Case {
    std::string html, want;
  };
  const Case cases[] = {
      {"<p>a</p><script>if (a < b) x = '</p>';</script><p>b</p>", "<p>a</p><script></script><p>b</p>"},
      {"<script type=\"application/ld+json\">{\"a\": 1}</script>", "<script type=\"application/ld+json\">{\"a\": 1}</script>"},
      {"<STYLE media='x>y'>p { color: red }</STYLE >x", "<STYLE media='x>y'></STYLE >x"},
      {"a<!-- <p>hidden</p> -->b<!---->c<!-->d", "abcd"},
      {"<svg><text>label</text></svg>after", "<svg></svg>after"},
      {"<title>a <script> b</title><p>x</p>", "<title>a <script> b</title><p>x</p>"},
      {"<div data-x=\"<script>\">t</div>", "<div data-x=\"<script>\">t</div>"},
      {"<scripts>kept</scripts>", "<scripts>kept</scripts>"},
      {"1 < 2 and <3", "1 < 2 and <3"},
      {"<!DOCTYPE html><?xml version=\"1.0\"?><p>x", "<!DOCTYPE html><p>x"},
      {"<script>never closed", "<script>"},
      {"<textarea></textarea><p>x</p>", "<textarea></textarea><p>x</p>"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.html);
    CHECK(PrefilterHtml(c.html, nullptr) == c.want);
  }
}

TEST_CASE("the prefilter bounds nesting, keeping the text", "[extract][prefilter]") {
  std::string html;
  for (size_t i = 0; i < kMaxNestingDepth + 10; ++i) html += "<div>";
  html += "text";
  PrefilterStats stats;
  std::string out = PrefilterHtml(html, &stats);
  CHECK(stats.dropped_tags == 10);
  CHECK(stats.max_depth == kMaxNestingDepth);
  CHECK(out.size() == kMaxNestingDepth * 5 + 4);
  // Closed elements and elements whose end tags may be left out do not add up.
  std::string flat;
  for (int i = 0; i < 5000; ++i) flat += "<div><p>para<li>item</div>";
  stats = {};
  CHECK(PrefilterHtml(flat, &stats) == flat);
  CHECK(stats.max_depth == 1);
}

}  // namespace
}  // namespace newsrecon::extract
