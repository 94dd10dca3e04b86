// Tests for the content extractor's guards against taking part of the article: a quoted
// passage is part of the text that quotes it, an id that is a heading's slug says nothing
// about the element's role, a linked cell of the body's table is the body's, and so is a
// section's <header>.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "extract/text/article.h"

namespace newsrecon::extract {
namespace {

struct Case {
  const char* name;
  std::string html;
  std::vector<std::string> kept;     // each must be in the article's text
  std::vector<std::string> dropped;  // none may be
};

const char kOwn1[] = "The harbour board met on Tuesday and voted to close the old pier for repairs.";
const char kOwn2[] = "Repairs will take about six months, a spokeswoman for the board said afterwards.";
const char kQuoted[] =
    "We found rot in four of the pilings, and in two of them it reached the core, which means the "
    "deck above them cannot carry a crowd, a lorry or, in a bad storm, even its own weight for long, "
    "so we asked the board to shut it, to fence it off and to pay for new pilings this year.";
const char kQuoted2[] =
    "Our survey took three weeks, covered all forty pilings, and used divers, sonar and core samples, "
    "because the last survey, in 2009, had missed the damage that a single winter can do.";

std::string Wrap(const std::string& body) {
  return "<!doctype html><html><head><title>Pier to close</title></head><body><nav><a href=\"/\">Home"
         "</a> <a href=\"/news\">News</a></nav>" + body + "<footer><p>Copyright, the Gazette.</p>"
         "</footer></body></html>";
}

std::vector<Case> Cases() {
  return {
      {"a long quotation outweighs the article's own paragraphs around it",
       Wrap(std::string("<div class=\"story\"><p>") + kOwn1 + "</p><blockquote><p>" + kQuoted + "</p><p>" +
            kQuoted2 + "</p></blockquote><p>" + kOwn2 + "</p></div>"),
       {kOwn1, kQuoted, kQuoted2, kOwn2}, {"Copyright"}},
      {"a quotation nested in a quotation",
       Wrap(std::string("<div class=\"story\"><p>") + kOwn1 + "</p><blockquote><div><blockquote><p>" + kQuoted +
            "</p><p>" + kQuoted2 + "</p></blockquote></div></blockquote><p>" + kOwn2 + "</p></div>"),
       {kOwn1, kQuoted, kOwn2}, {"Copyright"}},
      {"a section whose id is a heading's slug with a boilerplate word",
       Wrap(std::string("<div class=\"doc\"><h1>Pier to close</h1><div id=\"sharing-the-cost-of-repairs\">"
                        "<h2>Sharing the cost of repairs</h2><p>") + kQuoted + "</p><p>" + kQuoted2 +
            "</p></div><div id=\"what-happens-to-the-ferry\"><h2>What happens to the ferry</h2><p>" + kOwn1 +
            "</p><p>" + kOwn2 + "</p></div></div>"),
       {"Sharing the cost of repairs", kQuoted, kQuoted2, kOwn1, kOwn2}, {"Copyright"}},
      {"an id of a few words naming a boilerplate part still marks it",
       Wrap(std::string("<div class=\"story\"><p>") + kQuoted + "</p><p>" + kQuoted2 + "</p></div>"
                        "<div id=\"related-stories-list\"><p>Council backs new ferry timetable after a long "
                        "debate over the winter and summer services, fares and the night crossing.</p></div>"),
       {kQuoted, kQuoted2}, {"ferry timetable"}},
      {"a table cell of the body that is one link is the body's, as a list item is",
       Wrap(std::string("<div class=\"story\"><p>") + kQuoted + "</p><table class=\"piers\"><tr><td><a href=\"/p/n\">"
                        "North Pier</a></td><td>" + kOwn1 + "</td></tr><tr><td><a href=\"/p/s\">South Pier</a>"
                        "</td><td>" + kOwn2 + "</td></tr></table><p>" + kQuoted2 + "</p></div>"),
       {"North Pier", "South Pier", kOwn1, kOwn2, kQuoted2}, {"Copyright"}},
      {"a <header> over a section of the article holds its subheading, a page's <header> does not",
       "<html><body><header><p>The Gazette, your harbour town's paper since 1881, read by everyone.</p></header>"
       "<main><article><header><h1>Pier to close</h1></header><section><header><h2>Step one: the survey</h2>"
       "</header><p>" + std::string(kQuoted) + "</p></section><section><header><h2>Step two: the vote</h2>"
       "</header><p>" + kQuoted2 + "</p></section></article></main></body></html>",
       {"Step one: the survey", "Step two: the vote", kQuoted, kQuoted2}, {"since 1881", "Pier to close"}},
  };
}

TEST_CASE("the content guards keep the article whole", "[extract][content][guards]") {
  for (const Case& c : Cases()) {
    auto a = ArticleFromHtml(c.html, "");
    REQUIRE(a.ok());
    INFO(c.name);
    CAPTURE(a->text);
    for (const std::string& k : c.kept) CHECK(a->text.find(k) != std::string::npos);
    for (const std::string& d : c.dropped) CHECK(a->text.find(d) == std::string::npos);
  }
}

}  // namespace
}  // namespace newsrecon::extract
