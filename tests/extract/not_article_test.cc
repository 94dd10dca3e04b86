// Tests for pages that are not articles: each kind is recognised with its reason, and real
// articles that mention the same words are not.
#include <catch2/catch.hpp>

#include "extract/text/article.h"

namespace newsrecon::extract {
namespace {

const char kProse[] =
    "<p>Acme agreed on Monday to buy Widgets Ltd for $400 million, the companies said in a "
    "joint statement on the deal.</p>";

std::string Page(const std::string& title, const std::string& head, const std::string& body) {
  return "<html><head><title>" + title + "</title>" + head + "</head><body>" + body +
         "</body></html>";
}

// A long article: twenty paragraphs with `extra` in the middle.
std::string LongArticle(const std::string& extra) {
  std::string body = "<article>";
  for (int i = 0; i < 20; ++i) body += (i == 10 ? extra : "") + kProse;
  return body + "</article>";
}

TEST_CASE("paywall teasers, consent walls, bot checks and error pages are not articles", "[extract][not-article]") {
  struct Case {
    const char* kind;
    std::string html, reason;
  };
  const std::string paid = "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
                           "\"isAccessibleForFree\": \"False\"}</script>";
  const Case cases[] = {
      {"paywall (flagged in JSON-LD)", Page("Acme deal", paid, std::string("<article>") + kProse + "</article>"),
       "paywall: the page marks itself as not free and shows only a teaser"},
      {"paywall (prompt)", Page("Acme deal", "", std::string("<article>") + kProse +
                                                     "</article><div class=\"wall\">Subscribe to continue reading.</div>"),
       "paywall: the page shows a teaser and says \"subscribe to continue reading\""},
      {"consent wall", Page("Before you continue", "",
                            "<div><p>We and our partners use cookies to store and/or access information on a device.</p>"
                            "<p>Accept all or manage preferences.</p></div>"),
       "consent wall: the page asks for consent to cookies or tracking before its content"},
      {"bot check", Page("Just a moment...", "",
                         "<div><p>Checking your browser before accessing the site. This takes a few seconds.</p></div>"),
       "bot check: the page says \"checking your browser\""},
      {"captcha", Page("Security check", "", "<div><p>Are you a robot? Please complete the captcha below, then press continue.</p></div>"),
       "bot check: the page says \"are you a robot\""},
      {"error page (title)", Page("404 Not Found | Planet", "", "<div><p>Sorry, we looked everywhere, with a torch.</p></div>"),
       "error page: the page says \"404\""},
      {"error page (text)", Page("Planet", "", "<div><p>Sorry, the page you requested could not be found on this server.</p></div>"),
       "error page: the page says \"the page you requested could not be found\""},
      {"empty page", Page("Planet", "", "<nav><a href=\"/\">Home</a></nav>"), "no article text found"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.kind);
    auto a = ArticleFromHtml(c.html, "");
    REQUIRE(a.ok());
    CHECK(a->not_article == c.reason);
    CHECK(a->sentences.empty());
  }
}

TEST_CASE("articles that mention paywalls, cookies, captchas or 404 are articles", "[extract][not-article]") {
  const char* extras[] = {
      "<p>Regulators said cookie consent banners must offer a reject all button next to accept all.</p>",
      "<p>The captcha service said it blocks unusual traffic from your computer network.</p>",
      "<p>Readers who subscribe to continue reading get the full archive, the publisher said.</p>",
      "<p>Error 404, page not found, is the most common error on the web, the study found.</p>"};
  const std::string paid = "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
                           "\"isAccessibleForFree\": false}</script>";
  for (const char* extra : extras) {
    CAPTURE(extra);
    auto a = ArticleFromHtml(Page("404: the error that never dies", paid, LongArticle(extra)), "");
    REQUIRE(a.ok());
    CHECK(a->not_article.empty());
    CHECK(a->sentences.size() == 21);
  }
}

}  // namespace
}  // namespace newsrecon::extract
