// Tests for where the article ends: a run of links after its last paragraph (and the
// heading or line that introduced it) is a list of other stories, while a list of links
// between paragraphs, a paragraph that is one link standing alone between them, or a line
// that introduces an embed, is the article's; a table of contents' label is not text.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "extract/text/article.h"

namespace newsrecon::extract {
namespace {

struct Case {
  const char* name;
  std::string body;                  // inside the article's <div>
  std::vector<std::string> kept;     // each must be in the article's text
  std::vector<std::string> dropped;  // none may be
};

const char kFirst[] =
    "The county will reopen the canal towpath in March, after a winter of work on the lock gates, "
    "the culverts and the stretch of bank that slipped into the water in the October floods.";
const char kSecond[] =
    "Walkers and cyclists have used a detour through the industrial estate since then, and the "
    "parish council says the narrow pavement there has seen two near misses with delivery vans.";
const char kLast[] =
    "The last section, between the old mill and the aqueduct, is due to open in the spring, once "
    "the new railings are fitted and the surface has had a month to settle, the engineers said.";

std::string Links(const std::vector<std::string>& titles) {
  std::string out = "<ul>";
  for (size_t i = 0; i < titles.size(); ++i) {
    out += "<li><a href=\"/story/" + std::to_string(i) + "\">" + titles[i] + "</a></li>";
  }
  return out + "</ul>";
}

const std::vector<std::string> kOthers = {"Bridge repairs delayed again", "New bus route for the valley",
                                          "Library hours to change in May"};

std::string Page(const std::string& body) {
  return "<!doctype html><html><head><title>Towpath to reopen</title></head><body><nav><a href=\"/\">"
         "Home</a> <a href=\"/local\">Local</a></nav><div class=\"entry\">" + body +
         "</div><footer><p>All rights reserved by the Valley Post.</p></footer></body></html>";
}

std::string Paragraphs() { return std::string("<p>") + kFirst + "</p><p>" + kSecond + "</p><p>" + kLast + "</p>"; }

std::vector<Case> Cases() {
  return {
      {"a heading over a run of links after the last paragraph is another stories' list",
       Paragraphs() + "<h3>More from the valley</h3>" + Links(kOthers),
       {kFirst, kLast}, {"More from the valley", kOthers[0], kOthers[2]}},
      {"so is the line that introduced the run of links",
       Paragraphs() + "<p>If you liked this story, you may also enjoy these:</p>" + Links(kOthers),
       {kFirst, kLast}, {"you may also enjoy", kOthers[1]}},
      {"a list of links between the paragraphs is the article's",
       std::string("<p>") + kFirst + "</p><p>" + kSecond + "</p>" + Links(kOthers) + "<p>" + kLast + "</p>",
       {kFirst, kOthers[0], kOthers[2], kLast}, {}},
      {"a line that introduces an embed at the end is the article's",
       Paragraphs() + "<p>Watch the engineers test the new gates below:</p>"
                      "<iframe src=\"https://video.example/embed/1\"></iframe>",
       {kLast, "Watch the engineers test the new gates below:"}, {}},
      {"a table of contents' label is not text; a sentence about contents is",
       "<h2>Table of Contents</h2>" + Paragraphs() + "<p>Contents</p><p>The contents of the old "
       "lock-keeper's cottage, from its range to its rafters, will go to the canal museum in town.</p>",
       {kFirst, "The contents of the old lock-keeper's cottage"}, {"Table of Contents", "\nContents\n"}},
      {"a paragraph that is one link, alone between paragraphs, is the article's",
       std::string("<p>") + kFirst + "</p><p><a href=\"/guide\">See how the gates were rebuilt here.</a></p><p>" +
           kSecond + "</p><p>" + kLast + "</p>",
       {kFirst, "See how the gates were rebuilt here.", kSecond}, {}},
      {"two such paragraphs in a row are a list of other pages",
       std::string("<p>") + kFirst + "</p><p><a href=\"/a\">" + kOthers[0] + "</a></p><p><a href=\"/b\">" +
           kOthers[1] + "</a></p><p>" + kSecond + "</p><p>" + kLast + "</p>",
       {kFirst, kSecond}, {kOthers[0], kOthers[1]}},
      {"one in capitals or calling to action is a pointer, and so is one above the prose",
       std::string("<p><a href=\"/c\">Valley weather for the week</a></p><p>") + kFirst +
           "</p><p><a href=\"/d\">COUNCIL SETS NEXT YEAR'S BUDGET</a></p><p>" + kSecond +
           "</p><p><a href=\"/e\">Sign up for our weekly canal newsletter</a></p><p>" + kLast + "</p>",
       {kFirst, kSecond, kLast},
       {"Valley weather", "COUNCIL SETS", "Sign up for our weekly"}},
  };
}

TEST_CASE("the article ends at its last paragraph, not at a list of other stories", "[extract][content][tail]") {
  for (const Case& c : Cases()) {
    auto a = ArticleFromHtml(Page(c.body), "");
    REQUIRE(a.ok());
    INFO(c.name);
    CAPTURE(a->text);
    for (const std::string& k : c.kept) CHECK(a->text.find(k) != std::string::npos);
    for (const std::string& d : c.dropped) CHECK(a->text.find(d) == std::string::npos);
  }
}

}  // namespace
}  // namespace newsrecon::extract
