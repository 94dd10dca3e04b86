// Pages that are not articles are stored as rejects with their reason and reported, never
// passed on as article text.
#include <catch2/catch.hpp>

#include <filesystem>

#include <nlohmann/json.hpp>

#include "store/store.h"
#include "tests/test_support.h"

namespace newsrecon::testing {
namespace {

const char kArticle[] = R"(<html><head><title>Acme buys Widgets</title></head><body><article>
<p>Acme Corp agreed on Monday to buy Widgets Ltd for $400 million, the companies said.</p>
<p>The deal, which needs regulatory approval, is expected to close in the autumn.</p>
</article></body></html>)";

const char kConsentWall[] = R"(<html><head><title>Before you continue</title></head><body>
<div class="wall"><h1>We value your privacy</h1>
<p>We and our partners store and/or access information on a device, such as cookies, and
process personal data for personalised ads and content, ad and content measurement.</p>
<p>You can accept all, reject all or manage preferences at any time in privacy settings.</p>
</div></body></html>)";

const char kPaywall[] = R"(<html><head><title>Markets rally | The Ledger</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Markets rally",
"isAccessibleForFree":false}</script></head><body><article>
<p>Stocks rose on Tuesday as investors weighed new data on inflation and jobs, and...</p>
</article><div class="paywall">Subscribe to continue reading.</div></body></html>)";

TEST_CASE("ingest stores a page that is not an article as a reject with its reason", "[cli]") {
  TempDir dir;
  std::string db = dir.File("n.db");
  WriteFile(dir.File("article.html"), kArticle);
  WriteFile(dir.File("consent.html"), kConsentWall);
  WriteFile(dir.File("paywall.html"), kPaywall);
  CliResult r = RunCli({"ingest", dir.File("article.html"), dir.File("consent.html"),
                        dir.File("paywall.html"), "--source", "S", "--db", db, "--quiet"});
  CHECK(r.exit_code == 3);
  CHECK(r.out == "ingested 1 new article(s), 0 unchanged, 2 rejected, 0 failed, into " + db + "\n"
                 "run 'newsrecon reconcile --db " + db + "' to find contradictions with the new article(s)\n");
  CHECK(r.err ==
        "newsrecon: run 1: " + dir.File("article.html") + ": no publication date found; relative "
        "dates in it stay unresolved (give --published YYYY-MM-DD)\n"
        "newsrecon: run 1: rejected: " + dir.File("consent.html") +
            ": consent wall: the page asks for consent to cookies or tracking before its "
            "content\n"
            "newsrecon: run 1: rejected: " + dir.File("paywall.html") +
            ": paywall: the page marks itself as not free and shows only a teaser\n");
  auto store = store::Store::Open(db);
  REQUIRE(store.ok());
  CHECK(*(*store)->Count("documents") == 3);
  CHECK(*(*store)->Count("articles") == 3);
  auto rejected = (*store)->LoadArticle(2);
  REQUIRE(rejected.ok());
  CHECK(rejected->content.not_article.rfind("consent wall: ", 0) == 0);
  CHECK(rejected->content.sentences.empty());
  // Only the article's claims reach the reconciler.
  auto claims = (*store)->LoadClaims();
  REQUIRE(claims.ok());
  for (const auto& c : *claims) CHECK(c.article_id == 1);
}

TEST_CASE("run reports rejects beside failures and finishes with exit 3", "[cli]") {
  TempDir dir;
  std::filesystem::create_directory(dir.File("pages"));
  WriteFile(dir.File("pages/a.html"), kArticle);
  WriteFile(dir.File("pages/b.html"), kConsentWall);
  WriteFile(dir.File("c.toml"), "[[source]]\nname = \"S\"\npath = \"pages\"\n");
  CliResult r = RunCli({"run", "--config", dir.File("c.toml"), "--db", dir.File("n.db"),
                        "--report-dir", dir.File("reports"), "--quiet"});
  CHECK(r.exit_code == 3);
  CHECK(r.out.find("articles:       1 new, 0 unchanged, 1 rejected, 0 failed\n") != std::string::npos);
  CHECK(r.err == "newsrecon: run 1: rejected: S: " + dir.File("pages/b.html") +
                     ": consent wall: the page asks for consent to cookies or tracking before "
                     "its content\n");
}

TEST_CASE("extract-text prints text, metadata and sentences in characters", "[cli]") {
  TempDir dir;
  WriteFile(dir.File("a.html"),
            "<html lang=\"en\"><head><title>Caf\xC3\xA9 opens | Planet</title>"
            "<meta property=\"article:published_time\" content=\"2026-03-04\"></head><body><article>"
            "<p>The caf\xC3\xA9 opened on Monday in the U.S. capital, with a queue.</p>"
            "<p>Its owner, Mr. Lee, said demand was strong.</p></article></body></html>");
  CliResult r = RunCli({"extract-text", dir.File("a.html"), "--url", "https://planet.example/cafe"});
  REQUIRE(r.exit_code == 0);
  auto out = nlohmann::json::parse(r.out);
  CHECK(out["title"] == "Caf\xC3\xA9 opens");
  CHECK(out["published"] == "2026-03-04");
  CHECK(out["published_from"] == "meta");
  CHECK(out["language"] == "en");
  CHECK(out["text"] ==
        "The caf\xC3\xA9 opened on Monday in the U.S. capital, with a queue.\n\nIts owner, Mr. "
        "Lee, said demand was strong.");
  // Offsets count characters: "é" is one.
  CHECK(out["sentences"] == nlohmann::json::parse("[[0, 60], [62, 105]]"));
  CHECK_FALSE(out.contains("not_article"));
  WriteFile(dir.File("wall.html"), kConsentWall);
  r = RunCli({"extract-text", dir.File("wall.html"), "--format", "text"});
  CHECK(r.exit_code == 1);
  CHECK(r.err == "newsrecon: " + dir.File("wall.html") +
                     ": consent wall: the page asks for consent to cookies or tracking before "
                     "its content\n");
}

}  // namespace
}  // namespace newsrecon::testing
