// Tests for page metadata: each source of titles, dates, authors, site names, canonical URLs
// and languages, the order sources are tried in, and date normalisation.
#include <catch2/catch.hpp>

#include "extract/text/article.h"
#include "extract/text/page_dates.h"

namespace newsrecon::extract {
namespace {

const char kBody[] =
    "<article><p>Some long enough paragraph of article prose, with a comma, to count as the "
    "body of the page.</p></article>";

core::ArticleText Extract(const std::string& head, const std::string& body,
                          const std::string& url = "") {
  std::string html = "<html><head>" + head + "</head><body>" + body + kBody + "</body></html>";
  auto a = ArticleFromHtml(html, url);
  REQUIRE(a.ok());
  return *a;
}

std::string LdJson(const std::string& fields) {
  return "<script type=\"application/ld+json\">{\"@context\": \"https://schema.org\", " + fields +
         "}</script>";
}

TEST_CASE("titles come from og:title, JSON-LD, twitter:title, h1 or <title>", "[extract][metadata]") {
  struct Case {
    std::string head, body, want;
  };
  const Case cases[] = {
      {"<meta property=\"og:title\" content=\"Acme buys Widgets | Planet\"><meta property=\"og:site_name\" content=\"Planet\">"
       "<title>Other</title>", "", "Acme buys Widgets"},
      {LdJson("\"@type\": \"NewsArticle\", \"headline\": \"Acme &amp; Co buy Widgets\"") + "<title>Other</title>", "",
       "Acme & Co buy Widgets"},
      {"<meta name=\"twitter:title\" content=\"Acme buys Widgets\"><title>Other</title>", "", "Acme buys Widgets"},
      {"<title>Other</title>", "<h1>Acme buys Widgets</h1>", "Acme buys Widgets"},
      {"<title>Acme buys Widgets in a $400 million deal - Planet</title>", "", "Acme buys Widgets in a $400 million deal"},
      {"<title>Why Acme - and not Widgets - won the deal</title>", "", "Why Acme - and not Widgets - won the deal"},
      {"<meta property=\"og:title\" content=\"Opinion | Is football violence a crime?\">", "", "Is football violence a crime?"},
      {"<title>Acme buys Widgets | Planet</title>", "", "Acme buys Widgets"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.head, c.body);
    CHECK(Extract(c.head, c.body).title == c.want);
  }
}

TEST_CASE("publication and modification dates, each with its source, in a fixed order", "[extract][metadata]") {
  struct Case {
    std::string head, body, url;
    std::string published, published_from, modified, modified_from;
  };
  const Case cases[] = {
      {LdJson("\"@type\": \"NewsArticle\", \"datePublished\": \"2026-03-04T10:00:00Z\", \"dateModified\": \"2026-03-05\"") +
           "<meta property=\"article:published_time\" content=\"2026-01-01\">",
       "", "", "2026-03-04T10:00:00Z", "json-ld", "2026-03-05", "json-ld"},
      {LdJson("\"@graph\": [{\"@type\": \"WebPage\", \"datePublished\": \"2026-03-01\"}, "
              "{\"@type\": \"Article\", \"dateCreated\": \"2026-03-02\"}]"),
       "", "", "2026-03-02", "json-ld", "", ""},
      {LdJson("\"@type\": \"WebPage\", \"datePublished\": \"2026-03-01\""), "", "", "2026-03-01", "json-ld", "", ""},
      // Meta tags by name, not by order; ISO offsets, compact dates, RFC 822, Unix times.
      {"<meta name=\"date\" content=\"2026-01-01\"><meta property=\"article:published_time\" "
       "content=\"2026-03-05T07:00:00.000+0100\"><meta property=\"article:modified_time\" content=\"2026-03-06T08:00Z\">",
       "", "", "2026-03-05T07:00:00+01:00", "meta", "2026-03-06T08:00:00Z", "meta"},
      {"<meta name=\"pubdate\" content=\"20260304\">", "", "", "2026-03-04", "meta", "", ""},
      {"<meta name=\"sailthru.date\" content=\"Wed, 04 Mar 2026 10:00:00 GMT\">", "", "", "2026-03-04T10:00:00Z", "meta", "", ""},
      {"<meta name=\"parsely-pub-date\" content=\"1772618400\">", "", "", "2026-03-04T10:00:00Z", "meta", "", ""},
      {"", "<span itemprop=\"datePublished\" content=\"2026-03-04\">4 March</span>", "", "2026-03-04", "microdata", "", ""},
      {"", "<time datetime=\"2026-02-01\">Feb 1</time><time class=\"updated\" datetime=\"2026-02-03\">Feb 3</time>",
       "", "2026-02-01", "time-element", "2026-02-03", "time-element"},
      // A <time> beside the article, in a list of other stories, is not its date.
      {"", "<aside><time datetime=\"2020-01-01\">Jan 1</time></aside>", "https://x.example/2025/12/30/story",
       "2025-12-30", "url", "", ""},
      {"", "", "https://x.example/news/20251230/story.html", "2025-12-30", "url", "", ""},
      {"", "", "https://x.example/2025/12/story.html", "2025-12", "url", "", ""},
      {"", "<p class=\"byline\">By Ben | December 30, 2025</p>", "https://x.example/2025/12/story.html",
       "2025-12-30", "dateline", "", ""},
      {"", "<p class=\"byline\">By Ben | March 6, 2026</p>", "", "2026-03-06", "dateline", "", ""},
      // An update is a modification, never the publication.
      {"", "<p>Updated March 7, 2026 at 9:00</p>", "", "", "", "2026-03-07", "dateline"},
      // Impossible and implausible dates are no dates.
      {"<meta property=\"article:published_time\" content=\"2026-02-30\"><meta name=\"date\" "
       "content=\"1970-01-01T00:00:00Z\">", "", "https://x.example/2026/02/27/a", "2026-02-27", "url", "", ""},
  };
  for (const Case& c : cases) {
    CAPTURE(c.head, c.body, c.url);
    core::ArticleText a = Extract(c.head, c.body, c.url);
    CHECK(a.published == c.published);
    CHECK(a.published_from == c.published_from);
    CHECK(a.modified == c.modified);
    CHECK(a.modified_from == c.modified_from);
  }
}

TEST_CASE("authors, site name, canonical URL and language", "[extract][metadata]") {
  struct Case {
    std::string head, body;
    std::vector<std::string> authors;
    std::string site, canonical, language;
  };
  const std::string url = "https://planet.example/news/acme?utm_source=x";
  const Case cases[] = {
      {LdJson("\"@type\": \"NewsArticle\", \"author\": [{\"@type\": \"Person\", \"name\": \"Lois Lane\"}, "
              "{\"@type\": \"Person\", \"name\": \"Clark Kent\"}], \"publisher\": {\"name\": \"Daily Planet\"}, "
              "\"inLanguage\": \"en-US\"") + "<link rel=\"canonical\" href=\"/acme\">",
       "", {"Lois Lane", "Clark Kent"}, "Daily Planet", "https://planet.example/acme", "en-US"},
      {"<meta name=\"author\" content=\"By Ann Lee and Bo Chan\"><meta property=\"og:site_name\" content=\"Planet\">"
       "<meta property=\"og:url\" content=\"https://planet.example/acme\"><meta property=\"og:locale\" content=\"en_GB\">",
       "", {"Ann Lee", "Bo Chan"}, "Planet", "https://planet.example/acme", "en-GB"},
      {"<meta name=\"author\" content=\"https://facebook.com/planet\"><meta name=\"application-name\" content=\"Planet\">",
       "<span class=\"byline\">By Ann Lee</span><a rel=\"author\" href=\"/ann\">Ann Lee</a>",
       {"Ann Lee"}, "Planet", "", ""},
      {"<meta http-equiv=\"content-language\" content=\"de\"><link rel=\"canonical\" href=\"//planet.example/a\">",
       "", {}, "", "https://planet.example/a", "de"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.head, c.body);
    core::ArticleText a = Extract(c.head, c.body, url);
    CHECK(a.authors == c.authors);
    CHECK(a.site_name == c.site);
    CHECK(a.canonical_url == c.canonical);
    CHECK(a.language == c.language);
  }
  std::string html = std::string("<html lang=\"fr\"><body>") + kBody + "</body></html>";
  CHECK(ArticleFromHtml(html, "")->language == "fr");
}

TEST_CASE("dates as pages write them are normalised to ISO 8601", "[extract][metadata]") {
  struct Case {
    std::string text, want;
  };
  const Case cases[] = {
      {"2026-03-04", "2026-03-04"},
      {" 2026-03-04T10:00:00Z ", "2026-03-04T10:00:00Z"},
      {"2026-03-04T10:00:00.123-05:00", "2026-03-04T10:00:00-05:00"},
      {"2026-03-04 10:00", "2026-03-04T10:00:00"},
      {"2026-03-04T10:00:00+0000", "2026-03-04T10:00:00+00:00"},
      {"2026/03/04", "2026-03-04"},
      {"20260304", "2026-03-04"},
      {"Wed, 04 Mar 2026 10:00:00 +0100", "2026-03-04T10:00:00+01:00"},
      {"4 Mar 2026 10:00 EST", "2026-03-04T10:00:00-05:00"},
      {"March 4, 2026", "2026-03-04"},
      {"Published: Wednesday, March 4, 2026 at 10:04 am", "2026-03-04"},
      {"1772618400000", "2026-03-04T10:00:00Z"},
      {"2026-13-01", ""},
      {"1985-01-01", ""},
      {"yesterday", ""},
      {"", ""},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    CHECK(NormaliseDateTime(c.text) == c.want);
  }
}

TEST_CASE("dates in URLs", "[extract][metadata]") {
  struct Case {
    std::string url, want;
  };
  const Case cases[] = {
      {"https://x.example/2026/03/04/story", "2026-03-04"},
      {"https://x.example/news/2026-03-04-story.html", "2026-03-04"},
      {"https://x.example/20260304/story", "2026-03-04"},
      {"https://x.example/2026/3/story", "2026-03"},
      {"https://x.example/story-12345678?date=2026/03/04", ""},
      {"https://x.example/article/14848164.php", ""},
      {"https://2026.example/", ""},
  };
  for (const Case& c : cases) {
    CAPTURE(c.url);
    CHECK(DateFromUrl(c.url) == c.want);
  }
}

}  // namespace
}  // namespace newsrecon::extract
