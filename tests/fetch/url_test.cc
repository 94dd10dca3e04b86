// URL canonical form, resolution and host keys.
#include "fetch/url.h"

#include <catch2/catch.hpp>

namespace newsrecon::fetch {
namespace {

TEST_CASE("canonical URLs", "[fetch][url]") {
  struct Case {
    std::string in;
    std::string out;  // or the error
  };
  const Case cases[] = {
      {"HTTP://Example.COM:80/a/b?x=1#top", "http://example.com/a/b?x=1"},
      {"https://example.com:443", "https://example.com/"},
      {"https://example.com:8443/a", "https://example.com:8443/a"},
      {"https://example.com/a/./b/../c", "https://example.com/a/c"},
      {"https://example.com/story?utm_source=rss&id=7&utm_medium=feed&fbclid=abc",
       "https://example.com/story?id=7"},
      {"https://example.com/s?gclid=1&UTM_Campaign=x&page=2&msclkid=3",
       "https://example.com/s?page=2"},
      {"https://example.com/s?b=2&a=1", "https://example.com/s?b=2&a=1"},  // order kept
      {"https://example.com/s?utm_source=x", "https://example.com/s"},
      {"https://example.com/Path/Is/Case", "https://example.com/Path/Is/Case"},
      {"ftp://example.com/file", "unsupported scheme 'ftp'"},
      {"mailto:someone@example.com", "unsupported scheme 'mailto'"},
      {"not a url", "not a valid URL"},
      {"/relative/only", "not a valid URL"},
      {"", "not a valid URL"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.in);
    auto r = CanonicalUrl(c.in);
    CHECK((r.ok() ? *r : r.status().message()) == c.out);
  }
}

TEST_CASE("relative references resolve against the base", "[fetch][url]") {
  struct Case {
    std::string base, ref, out;
  };
  const Case cases[] = {
      {"https://example.com/news/feed.xml", "story.html", "https://example.com/news/story.html"},
      {"https://example.com/news/feed.xml", "/top.html", "https://example.com/top.html"},
      {"https://example.com/news/feed.xml", "//cdn.example.com/a", "https://cdn.example.com/a"},
      {"https://example.com/news/feed.xml", "  https://other.example/x  ",
       "https://other.example/x"},
      {"https://example.com/a/b", "../c?d=1", "https://example.com/c?d=1"},
      {"https://example.com/a", "", "not a valid URL: "},
  };
  for (const Case& c : cases) {
    CAPTURE(c.base, c.ref);
    auto r = ResolveUrl(c.base, c.ref);
    CHECK((r.ok() ? *r : r.status().message()) == c.out);
  }
}

TEST_CASE("host keys, schemes, paths and tracking parameters", "[fetch][url]") {
  CHECK(HostKey("https://Example.com/a") == "https://example.com:443");
  CHECK(HostKey("http://example.com:8080/a") == "http://example.com:8080");
  CHECK(HostKey("nonsense") == "");
  CHECK(SchemeOf("HTTPS://x") == "https");
  CHECK(SchemeOf("/a:b") == "");
  CHECK(SchemeOf("javascript:alert(1)") == "javascript");
  CHECK(PathAndQuery("https://example.com") == "/");
  CHECK(PathAndQuery("https://example.com/a/b?x=1#f") == "/a/b?x=1");
  CHECK(IsTrackingParameter("utm_content"));
  CHECK(IsTrackingParameter("gclid"));
  CHECK_FALSE(IsTrackingParameter("id"));
  CHECK_FALSE(IsTrackingParameter("utm"));
}

}  // namespace
}  // namespace newsrecon::fetch
