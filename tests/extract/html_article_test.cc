// Tests for article text and metadata from HTML and plain text.
#include <catch2/catch.hpp>

#include "core/utf8.h"
#include "extract/text/article.h"
#include "extract/text/mojibake.h"

namespace newsrecon::extract {
namespace {

const char kPage[] = R"(<!doctype html><html lang="en"><head>
<title>Acme buys Widgets | Daily Planet</title>
<meta property="og:site_name" content="Daily Planet">
<meta property="og:title" content="Acme buys Widgets | Daily Planet">
<link rel="canonical" href="https://planet.example/acme">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
 "headline":"Acme buys Widgets","datePublished":"2026-03-04T10:00:00Z","dateModified":"2026-03-05",
 "author":{"@type":"Person","name":"Lois Lane"}}</script>
<script>var tracking = "Acme pays $9 billion";</script>
</head><body>
<nav><a href="/">Home</a><a href="/biz">Business</a></nav>
<div class="cookie-banner">We use cookies to improve your experience on this site.</div>
<article>
<h1>Acme buys Widgets</h1>
<p>Acme agreed on Monday to buy Widgets Ltd for $400 million, the companies said in a joint statement.</p>
<div class="ad">Buy our premium subscription now, only $5 a month, cancel any time.</div>
<p>The deal, which needs regulatory approval, is expected to close in the autumn, according to people briefed.</p>
<h2>What changes</h2>
<p>Widgets will keep its brand, and its 3,000 staff will join Acme's industrial unit over the next year.</p>
</article>
<aside class="related"><h3>Related stories</h3><ul><li><a href="/x">Acme profit jumps 20 percent in a single quarter</a></li></ul></aside>
<section class="comments"><p>Reader: I heard they paid $1 billion, not what is reported here.</p></section>
<footer>&copy; 2026 Daily Planet. All rights reserved.</footer>
</body></html>)";

TEST_CASE("article text keeps paragraphs and headings and drops boilerplate", "[extract][html]") {
  auto a = ArticleFromHtml(kPage, "https://planet.example/acme?utm_source=x");
  REQUIRE(a.ok());
  CHECK(a->not_article.empty());
  CHECK(a->text ==
        "Acme agreed on Monday to buy Widgets Ltd for $400 million, the companies said in a joint "
        "statement.\n\nThe deal, which needs regulatory approval, is expected to close in the "
        "autumn, according to people briefed.\n\nWhat changes\n\nWidgets will keep its brand, and "
        "its 3,000 staff will join Acme's industrial unit over the next year.");
  CHECK(a->sentences.size() == 4);
}

TEST_CASE("metadata comes from og, JSON-LD, canonical and lang", "[extract][html]") {
  auto a = ArticleFromHtml(kPage, "https://planet.example/acme");
  REQUIRE(a.ok());
  CHECK(a->title == "Acme buys Widgets");
  CHECK(a->site_name == "Daily Planet");
  CHECK(a->published == "2026-03-04T10:00:00Z");
  CHECK(a->published_from == "json-ld");
  CHECK(a->modified == "2026-03-05");
  CHECK(a->authors == std::vector<std::string>{"Lois Lane"});
  CHECK(a->canonical_url == "https://planet.example/acme");
  CHECK(a->language == "en");
}

TEST_CASE("publication dates fall back in a fixed order", "[extract][html]") {
  struct Case {
    std::string head, body, url, want, from;
  };
  const Case cases[] = {
      {R"(<meta property="article:published_time" content="2026-03-05T07:00:00+00:00">)", "", "",
       "2026-03-05T07:00:00+00:00", "meta"},
      {"", R"(<time datetime="2026-02-01">Feb 1</time>)", "", "2026-02-01", "time-element"},
      {"", "", "https://x.example/2025/12/30/story", "2025-12-30", "url"},
      {"", "<p class=\"byline\">By Ben | March 6, 2026</p>", "", "2026-03-06", "dateline"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.want);
    std::string html = "<html><head>" + c.head + "</head><body>" + c.body +
                       "<article><p>Some long enough paragraph of article prose, with a comma, "
                       "to count as the body of the page.</p></article></body></html>";
    auto a = ArticleFromHtml(html, c.url);
    REQUIRE(a.ok());
    CHECK(a->published == c.want);
    CHECK(a->published_from == c.from);
  }
}

TEST_CASE("pages without article text are marked, not passed on", "[extract][html]") {
  auto a = ArticleFromHtml("<html><body><nav><a href='/'>Home</a></nav></body></html>", "");
  REQUIRE(a.ok());
  CHECK(a->not_article == "no article text found");
  CHECK(a->text.empty());
}

TEST_CASE("100k levels of nesting give a result, whatever the elements", "[extract][html]") {
  const char* opens[] = {"<div>",  "<b>",     "<span>", "<div/>",     "<div></x>", "<i><b>",
                         "<table>", "<ul><li>", "<blockquote>", "<font>", "<em><strong><u>",
                         "<td>",   "<div><p>", "<section><article>", "<svg>", "<a>"};
  const std::string para =
      "<p>Deep text, with commas, that is long enough to be the article body here.</p>";
  for (const char* open : opens) {
    CAPTURE(open);
    std::string deep;
    for (int i = 0; i < 100000; ++i) deep += open;
    auto a = ArticleFromHtml(deep + para, "");
    REQUIRE(a.ok());
    std::string_view o = open;
    if (o == "<svg>" || o == "<a>") continue;  // text in a drawing or in a link is no article
    CHECK(a->text == "Deep text, with commas, that is long enough to be the article body here.");
  }
}

TEST_CASE("broken, truncated, empty and huge HTML give a result or a clear error", "[extract][html]") {
  const std::string inputs[] = {
      "",
      "<",
      "<html",
      "<!--",
      "<script>",
      "<p>Unclosed <b>bold, and <i>italic text that goes on, for a while",
      std::string("\xFF\xFE\x00<p>bytes\x80 that are not UTF-8\xC3</p>", 36),
      "<table><p>text in a table, <td>misplaced</table></p></p></div>",
  };
  for (const std::string& html : inputs) {
    CAPTURE(html);
    auto a = ArticleFromHtml(html, "");
    REQUIRE(a.ok());
    CHECK(core::IsValidUtf8(a->text));
  }
  auto broken = ArticleFromHtml(inputs[5], "");
  CHECK(broken->text == "Unclosed bold, and italic text that goes on, for a while");
  std::string huge(size_t{33} << 20, 'x');
  auto refused = ArticleFromHtml(huge, "");
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.status().message() == "the page is 33 MiB, more than the 32 MiB the text stage reads");
}

TEST_CASE("text encoded twice is repaired, text that may be meant is not", "[extract][html]") {
  struct Case {
    const char* in;
    const char* out;
  };
  const Case cases[] = {
      // "–" (E2 80 93) read as Latin-1: "â" and two C1 controls.
      {"TL;DR \xC3\xA2\xC2\x80\xC2\x93 Best", "TL;DR \xE2\x80\x93 Best"},
      // "’" read as Windows-1252: "â€™".
      {"we\xC3\xA2\xE2\x82\xAC\xE2\x84\xA2re", "we\xE2\x80\x99re"},
      // "É" (C3 89) read as Windows-1252: "Ã‰".
      {"\xC3\x83\xE2\x80\xB0" "cole", "\xC3\x89" "cole"},
      // "é" read as Latin-1 is "Ã©": real words hold it too, so it stays.
      {"caf\xC3\x83\xC2\xA9", "caf\xC3\x83\xC2\xA9"},
      // Letters that spell no UTF-8 character stay.
      {"\xC3\xA2 la carte \xC3\xA9t\xC3\xA9", "\xC3\xA2 la carte \xC3\xA9t\xC3\xA9"},
      // A run cut short at the end of the text stays.
      {"end \xC3\xA2\xC2\x80", "end \xC3\xA2\xC2\x80"},
      {"", ""},
  };
  for (const Case& c : cases) {
    std::string text = c.in;
    RepairMojibake(&text);
    CHECK(text == c.out);
  }
  auto a = ArticleFromHtml(
      "<html><body><article><p>The plan \xC3\xA2\xC2\x80\xC2\x93 which the board approved on "
      "Monday, after two years of talks \xC3\xA2\xC2\x80\xC2\x93 cuts costs by a third, the company "
      "said.</p></article></body></html>",
      "https://x.example/a");
  REQUIRE(a.ok());
  CHECK(a->text.find("plan \xE2\x80\x93 which") != std::string::npos);
}

TEST_CASE("plain text: title line, dateline, paragraphs", "[extract][text]") {
  auto a = ArticleFromPlainText(
      "Acme buys Widgets\n\nPublished: March 4, 2026\n\nAcme agreed to buy\nWidgets Ltd.\n\nMore "
      "to come.\n",
      "");
  REQUIRE(a.ok());
  CHECK(a->title == "Acme buys Widgets");
  CHECK(a->published == "2026-03-04");
  CHECK(a->text == "Published: March 4, 2026\n\nAcme agreed to buy Widgets Ltd.\n\nMore to come.");
  CHECK(ArticleFromPlainText("Only a title\n", "").status().message() ==
        "no article text after the title line");
}

TEST_CASE("plain text: a paragraph that opens with a dateline dates the article", "[extract][text]") {
  const std::string body =
      " Rescue teams worked through the night after the river burst its banks, and the "
      "town council said that more than forty homes had been flooded by the morning, when "
      "the water began to fall.\n";
  struct Case {
    std::string opening;
    std::string published;
  };
  const std::vector<Case> cases = {
      {"Published September 25 2016", "2016-09-25"},
      {"Posted on April 19 2017 by the Valley Courier", "2017-04-19"},
      {"Date of publication 8 April 2017", "2017-04-08"},
      {"Saturday 24 Sep 2016", "2016-09-24"},
      {"12 November 2016", "2016-11-12"},
      // An event's date at the head of a lead paragraph, or a date deep in it, is no dateline.
      {"On March 3, 2019, the council", ""},
      {"The council met late on the evening of the storm, and by March 3, 2019", ""},
  };
  for (const Case& c : cases) {
    CAPTURE(c.opening);
    auto a = ArticleFromPlainText("Floods reach the old town\n\n" + c.opening + body, "");
    REQUIRE(a.ok());
    CHECK(a->published == c.published);
  }
}

TEST_CASE("plain text: the first line is a title only when it looks like one", "[extract][text]") {
  struct Case {
    std::string first_line;
    bool is_title;
  };
  const std::string lead =
      "On Monday, Acme Corp said it would buy Widgets Ltd for $4.2 billion in cash, the largest "
      "deal in the sector this year. The board approved the offer of 310 pence a share, a "
      "premium of 38% to Friday's close. ";
  std::string long_lead = lead;
  while (long_lead.size() < 700) long_lead += lead;
  long_lead.pop_back();
  const std::vector<Case> cases = {
      {"Acme buys Widgets", true},
      {"Will Acme buy Widgets?", true},
      {"Acme buys Widgets for $4.2 billion...", true},
      {long_lead, false},                                            // a 700-byte lead paragraph
      {"Acme said it would buy Widgets Ltd for $4.2 billion.", false},  // a sentence
      {"Acme buys Widgets. The deal is worth $4.2 billion", false},    // two sentences
      {"27 NOVEMBER, 2005", false},                                    // datelines
      {"Startups \xC2\xB7 28 APRIL 2026 \xC2\xB7 00:01", false},
      {"Published: March 4, 2026", false},
      {"Acme agrees March 4, 2026 deal to buy rival Widgets", true},  // a date in a headline
  };
  for (const Case& c : cases) {
    CAPTURE(c.first_line);
    auto a = ArticleFromPlainText(c.first_line + "\n\nThe board met on Tuesday.\n", "");
    REQUIRE(a.ok());
    CHECK(a->title == (c.is_title ? c.first_line : ""));
    CHECK(a->text.starts_with(c.is_title ? "The board" : c.first_line.substr(0, 40)));
  }
  // The lead's figures stay in the text and reach the sentences.
  auto a = ArticleFromPlainText(long_lead + "\n\nMore to come.\n", "");
  REQUIRE(a.ok());
  CHECK(a->title.empty());
  CHECK(a->text.find("$4.2 billion") != std::string::npos);
  CHECK(a->text.find("38%") != std::string::npos);
  CHECK(a->sentences.size() >= 4);
  auto dated = ArticleFromPlainText("Startups \xC2\xB7 28 APRIL 2026 \xC2\xB7 00:01\n\nBody.\n", "");
  REQUIRE(dated.ok());
  CHECK(dated->published == "2026-04-28");
}

TEST_CASE("LooksLikeText tells text from binary", "[extract][text]") {
  CHECK(LooksLikeText("plain words\n"));
  CHECK(LooksLikeText("caf\xC3\xA9"));
  CHECK_FALSE(LooksLikeText(std::string("PK\x03\x04\0\0", 6)));
}

}  // namespace
}  // namespace newsrecon::extract
