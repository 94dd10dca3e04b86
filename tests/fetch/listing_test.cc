// Feeds, sitemaps and URL lists into the pages they list.
#include "fetch/listing.h"

#include <catch2/catch.hpp>

#include "fetch/xml.h"

namespace newsrecon::fetch {
namespace {

std::string Describe(const Listing& l) {
  std::string out = std::string(ToString(l.format)) + ":";
  for (const FeedItem& i : l.items) {
    out += " [" + i.url + " | " + i.title + " | " + i.published + " | " + i.guid + "]";
  }
  for (const std::string& s : l.sitemaps) out += " <" + s + ">";
  if (l.skipped > 0) out += " skipped " + std::to_string(l.skipped);
  return out;
}

TEST_CASE("feeds, sitemaps and lists", "[fetch][listing]") {
  struct Case {
    std::string name, input, out;
  };
  const std::string base = "https://news.example/feeds/main.xml";
  const Case cases[] = {
      {"rss 2.0",
       "<?xml version=\"1.0\"?><rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
       "<channel><title>Site</title><link>https://news.example/</link>"
       "<item><title>One &amp; only</title><link>https://news.example/a?utm_source=rss</link>"
       "<pubDate>Wed, 04 Mar 2026 09:30:00 -0500</pubDate><guid>tag:1</guid></item>"
       "<item><title><![CDATA[Two <b>bold</b>]]></title><link>/b</link>"
       "<dc:date>2026-03-05T08:00:00Z</dc:date></item>"
       "<item><guid isPermaLink=\"true\">https://news.example/c</guid></item>"
       "<item><title>No link</title><guid isPermaLink=\"false\">x-1</guid></item>"
       "</channel></rss>",
       "rss: [https://news.example/a?utm_source=rss | One & only | 2026-03-04T09:30:00-05:00 | "
       "tag:1]"
       " [https://news.example/b | Two <b>bold</b> | 2026-03-05T08:00:00Z | ]"
       " [https://news.example/c |  |  | https://news.example/c] skipped 1"},
      {"rss 1.0",
       "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
       "xmlns=\"http://purl.org/rss/1.0/\">"
       "<channel rdf:about=\"https://news.example/\"><title>S</title></channel>"
       "<item "
       "rdf:about=\"https://news.example/r1\"><title>R1</title><link>https://news.example/r1</link>"
       "<dc:date>2026-03-04</dc:date></item></rdf:RDF>",
       "rdf: [https://news.example/r1 | R1 | 2026-03-04 | https://news.example/r1]"},
      {"atom",
       "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>S</title>"
       "<entry><title type=\"html\">A &lt;i&gt;title&lt;/i&gt;</title>"
       "<link rel=\"self\" href=\"https://news.example/self\"/>"
       "<link rel=\"alternate\" type=\"text/html\" href=\"/stories/1\"/>"
       "<id>urn:uuid:1</id><updated>2026-03-06T10:00:00+01:00</updated>"
       "<published>2026-03-04T10:00:00+01:00</published></entry>"
       "<entry><title>Only updated</title><link href=\"https://news.example/2\"/>"
       "<updated>2026-03-06T10:00:00Z</updated></entry></feed>",
       "atom: [https://news.example/stories/1 | A <i>title</i> | 2026-03-04T10:00:00+01:00 | "
       "urn:uuid:1]"
       " [https://news.example/2 | Only updated | 2026-03-06T10:00:00Z | ]"},
      {"google news sitemap",
       "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
       "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" "
       "xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">"
       "<url><loc>https://news.example/n1</loc><news:news><news:publication><news:name>S</"
       "news:name>"
       "</news:publication><news:publication_date>2026-03-04T09:00:00Z</news:publication_date>"
       "<news:title>News one</news:title></news:news></url>"
       "<url><loc> https://news.example/n2 </loc><lastmod>2026-01-01</lastmod></url>"
       "<url><loc>javascript:void(0)</loc></url></urlset>",
       "sitemap: [https://news.example/n1 | News one | 2026-03-04T09:00:00Z | ]"
       " [https://news.example/n2 |  |  | ] skipped 1"},
      {"sitemap index",
       "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
       "<sitemap><loc>https://news.example/sitemap-1.xml</loc></sitemap>"
       "<sitemap><loc>sitemap-2.xml.gz</loc><lastmod>2026-03-01</lastmod></sitemap></sitemapindex>",
       "sitemapindex: <https://news.example/sitemap-1.xml> "
       "<https://news.example/feeds/sitemap-2.xml.gz>"},
      {"text list", "# our pages\nhttps://news.example/t1\n\n  /t2  \nftp://news.example/t3\n",
       "text: [https://news.example/t1 |  |  | ] [https://news.example/t2 |  |  | ] skipped 1"},
      {"html is no feed", "<!DOCTYPE html><html><body>hi</body></html>",
       "not a feed or sitemap (root element <html>)"},
      {"empty list", "# nothing here\n", "no URLs in the list"},
      {"only markup", "<!-- just a comment -->", "not XML (no root element)"},
      {"truncated feed",
       "<rss><channel><item><title>Cut</title><link>https://news.example/cut</link></"
       "item><item><ti",
       "rss: [https://news.example/cut | Cut |  | ] skipped 1"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.name);
    auto l = ParseListing(c.input, base);
    CHECK((l.ok() ? Describe(*l) : l.status().message()) == c.out);
  }
}

TEST_CASE("RFC 822 dates", "[fetch][listing]") {
  struct Case {
    std::string in, out;
  };
  const Case cases[] = {
      {"Wed, 04 Mar 2026 09:30:00 -0500", "2026-03-04T09:30:00-05:00"},
      {"4 Mar 2026 09:30 GMT", "2026-03-04T09:30:00Z"},
      {"Wed, 04 March 2026 23:59:59 PST", "2026-03-04T23:59:59-08:00"},
      {"Wed, 04 Mar 26 09:30:00 +0000", "2026-03-04T09:30:00Z"},
      {"Wed, 04 Mar 2026 09:30:00", "2026-03-04T09:30:00"},
      {"Sun, 31 Feb 2026 09:30:00 GMT", ""},
      {"2026-03-04T09:30:00Z", ""},
      {"yesterday", ""},
  };
  for (const Case& c : cases) {
    CAPTURE(c.in);
    CHECK(Rfc822ToIso(c.in) == c.out);
  }
}

TEST_CASE("the XML reader forgives and never expands entities it was not told about",
          "[fetch][listing]") {
  auto doc = ParseXml(
      "<!DOCTYPE r [<!ENTITY x \"boom\">]><r a='1' b=\"&lt;2&gt;\"><c>&x; &amp; &#233; &#x20AC; "
      "&nbsp;</c>"
      "<d><e>unclosed</d><f/></r>");
  REQUIRE(doc.ok());
  CHECK(doc->name == "r");
  CHECK(doc->Attribute("b") == "<2>");
  CHECK(doc->ChildText("c") == "&x; & \xC3\xA9 \xE2\x82\xAC \xC2\xA0");
  REQUIRE(doc->Child("d") != nullptr);
  CHECK(doc->Child("d")->ChildText("e") == "unclosed");
  CHECK(doc->Child("f") != nullptr);
  std::string deep;
  for (int i = 0; i < 1000; ++i) deep += "<a>";
  auto nested = ParseXml(deep);
  CHECK(nested.ok());
}

}  // namespace
}  // namespace newsrecon::fetch
