// robots.txt rules: groups, longest match, wildcards, crawl delay.
#include "fetch/robots.h"

#include <catch2/catch.hpp>

namespace newsrecon::fetch {
namespace {

TEST_CASE("robots.txt rules for our user agent", "[fetch][robots]") {
  Robots robots = Robots::Parse(
      "# comment\n"
      "User-agent: *\n"
      "Disallow: /\n"
      "\n"
      "User-agent: OtherBot\n"
      "User-agent: NewsRecon\n"
      "Disallow: /private/\n"
      "Allow: /private/open   # inline comment\n"
      "Disallow: /*.pdf$\n"
      "Disallow: /search?\n"
      "Disallow:\n"
      "Crawl-delay: 1.5\n");
  struct Case {
    std::string agent, path;
    bool allowed;
  };
  const Case cases[] = {
      {"newsrecon/0.1 (+https://example.com)", "/news/1", true},
      {"newsrecon/0.1", "/private/x", false},
      {"newsrecon/0.1", "/private/open/story", true},
      {"newsrecon/0.1", "/files/report.pdf", false},
      {"newsrecon/0.1", "/files/report.pdf?x=1", true},
      {"newsrecon/0.1", "/search?q=x", false},
      {"newsrecon/0.1", "/search", true},
      {"otherbot", "/private/x", false},
      {"somebot/2", "/news/1", false},  // the * group
      {"somebot/2", "/robots.txt", true},
  };
  for (const Case& c : cases) {
    CAPTURE(c.agent, c.path);
    CHECK(robots.Allowed(c.agent, c.path) == c.allowed);
  }
  CHECK(robots.CrawlDelayMs("newsrecon/0.1") == 1500);
  CHECK(robots.CrawlDelayMs("somebot") == 0);
}

TEST_CASE("robots.txt edge cases", "[fetch][robots]") {
  CHECK(Robots().Allowed("newsrecon", "/anything"));
  CHECK(Robots::Parse("").Allowed("newsrecon", "/anything"));
  CHECK(Robots::Parse("Disallow: /\n").Allowed("newsrecon", "/x"));  // no group: ignored
  Robots tie = Robots::Parse("User-agent: *\nDisallow: /a\nAllow: /a\n");
  CHECK(tie.Allowed("x", "/a/b"));  // the same length: Allow wins
  Robots down = Robots::DisallowAll("robots.txt unavailable: HTTP 503 Service Unavailable");
  CHECK_FALSE(down.Allowed("newsrecon", "/"));
  CHECK(down.unavailable() == "robots.txt unavailable: HTTP 503 Service Unavailable");
  Robots crlf = Robots::Parse("User-agent: *\r\nDisallow: /x\r\n");
  CHECK_FALSE(crlf.Allowed("newsrecon", "/x/1"));
}

TEST_CASE("robots.txt patterns", "[fetch][robots]") {
  struct Case {
    std::string pattern, path;
    bool matches;
  };
  const Case cases[] = {
      {"/a", "/a", true},
      {"/a", "/abc", true},
      {"/a$", "/abc", false},
      {"/a$", "/a", true},
      {"/*/b", "/x/y/b/c", true},
      {"/*.php$", "/x.php", true},
      {"/*.php$", "/x.php5", false},
      {"*", "/", true},
      {"/b", "/a/b", false},
      {"/a*c$", "/abcbc", true},
  };
  for (const Case& c : cases) {
    CAPTURE(c.pattern, c.path);
    CHECK(RobotsPatternMatches(c.pattern, c.path) == c.matches);
  }
}

}  // namespace
}  // namespace newsrecon::fetch
