// The fuzzers' corpus (tests/fuzz/corpus/) replayed as regression tests in every build:
// each input that ever mattered to a fuzzer still gives a result that keeps the entry
// point's stated contract (spans inside their text, in order, quotes as written), under
// ASan too; and the corpus as a whole still reaches the code that makes results.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <string_view>

#include "cli/config.h"
#include "core/utf8.h"
#include "extract/claims/claims.h"
#include "extract/text/article.h"
#include "extract/text/sentences.h"
#include "fetch/charset.h"
#include "fetch/gunzip.h"
#include "fetch/listing.h"
#include "tests/test_support.h"

namespace newsrecon::testing {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> Corpus(const std::string& name) {
  std::vector<std::string> files;
  fs::path dir = fs::path(NEWSRECON_SOURCE_DIR) / "tests/fuzz/corpus" / name;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) files.push_back(entry.path().string());
  std::sort(files.begin(), files.end());
  return files;
}

// White space as the sentence splitter trims it (space, tab, CR, LF; not \v or \f).
bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// A span that ArticleFromHtml or SplitSentences promises: inside `text`, not empty, in
// order after `after`, without surrounding white space.
void CheckSentence(std::string_view text, const core::Span& s, size_t after) {
  CAPTURE(s.start, s.end, after, text.size());
  REQUIRE(s.start < s.end);
  REQUIRE(s.end <= text.size());
  CHECK(s.start >= after);
  CHECK_FALSE(IsBlank(text[s.start]));
  CHECK_FALSE(IsBlank(text[s.end - 1]));
}

TEST_CASE("fuzz corpus: HTML pages", "[fuzz]") {
  auto files = Corpus("html");
  REQUIRE(files.size() >= 100);
  size_t articles = 0;
  for (const auto& f : files) {
    CAPTURE(f);
    std::string html = ReadFile(f);
    // "Any input gives a result"; only pages over 32 MiB fail, and the corpus has none.
    auto article = extract::ArticleFromHtml(html, "https://fuzz.example/page");
    REQUIRE(article.ok());
    CHECK(core::IsValidUtf8(article->text));
    if (!article->not_article.empty()) {
      CHECK(article->sentences.empty());
      continue;
    }
    size_t after = 0;
    for (const auto& s : article->sentences) {
      CheckSentence(article->text, s, after);
      after = s.end;
    }
    if (!article->sentences.empty()) ++articles;
  }
  // The corpus still reaches the article path, not only the rejections.
  CHECK(articles > 0);
}

// Every value inside the text and written as its span says; every claim's span is its
// sentence and its quote that sentence as written, its values inside it.
void CheckExtraction(std::string_view text, const std::vector<core::Span>& sentences,
                     const extract::Extraction& found) {
  for (const auto& v : found.values) {
    CAPTURE(v.text, v.span.start, v.span.end);
    REQUIRE(v.span.start <= v.span.end);
    REQUIRE(v.span.end <= text.size());
    CHECK(text.substr(v.span.start, v.span.size()) == v.text);
  }
  for (const auto& c : found.claims) {
    CAPTURE(c.quote, c.sentence);
    REQUIRE(c.sentence < sentences.size());
    CHECK(c.span == sentences[c.sentence]);
    REQUIRE(c.span.end <= text.size());
    CHECK(text.substr(c.span.start, c.span.size()) == c.quote);
    for (const auto& v : c.values) {
      CAPTURE(v.text);
      CHECK(v.span.start >= c.span.start);
      CHECK(v.span.end <= c.span.end);
    }
  }
}

TEST_CASE("fuzz corpus: claim texts", "[fuzz]") {
  auto files = Corpus("claims");
  REQUIRE(files.size() >= 100);
  auto extractor = extract::ClaimExtractor::Create(extract::DefaultLexicon());
  REQUIRE(extractor.ok());
  size_t with_values = 0, with_claims = 0;
  for (const auto& f : files) {
    CAPTURE(f);
    std::string text = core::RepairUtf8(ReadFile(f));
    REQUIRE(core::IsValidUtf8(text));
    auto sentences = extract::SplitSentences(text);
    size_t after = 0;
    for (const auto& s : sentences) {
      CheckSentence(text, s, after);
      after = s.end;
    }
    auto found = (*extractor)->Extract(text, sentences, {core::CivilDate{2026, 3, 4}});
    CheckExtraction(text, sentences, found);
    with_values += !found.values.empty();
    with_claims += !found.claims.empty();
  }
  // The corpus still reaches value and claim extraction, not only the empty paths.
  CHECK(with_values > 0);
  CHECK(with_claims > 0);
}

TEST_CASE("fuzz corpus: configs", "[fuzz]") {
  auto files = Corpus("config");
  REQUIRE(files.size() >= 100);
  size_t parsed = 0;
  for (const auto& f : files) {
    CAPTURE(f);
    auto config = cli::ParseConfig(ReadFile(f), "fuzz.toml", "/tmp");
    if (config.ok()) {
      ++parsed;
    } else {
      CAPTURE(config.status().message());
      CHECK(config.status().message().rfind("fuzz.toml:", 0) == 0);  // FILE:LINE: why
    }
  }
  CHECK(parsed > 0);  // the corpus still reaches a whole, accepted config
}

// A listing read as the crawler reads it; every listed page an absolute http(s) URL.
void CheckListing(std::string_view bytes) {
  std::string utf8 = fetch::DecodeText(bytes, "", fetch::TextKind::kXml).text;
  auto listing = fetch::ParseListing(utf8, "https://fuzz.example/feeds/news.xml");
  if (!listing.ok()) {
    CHECK_FALSE(listing.status().message().empty());
    return;
  }
  for (const auto& item : listing->items) {
    CAPTURE(item.url);
    CHECK((item.url.rfind("http://", 0) == 0 || item.url.rfind("https://", 0) == 0));
  }
}

TEST_CASE("fuzz corpus: feeds, sitemaps and URL lists", "[fuzz]") {
  auto files = Corpus("feed");
  REQUIRE(files.size() >= 100);
  for (const auto& f : files) {
    CAPTURE(f);
    std::string bytes = ReadFile(f);
    CheckListing(bytes);
    auto plain = fetch::Gunzip(bytes, 1 << 20);
    if (plain.ok()) CheckListing(*plain);
  }
  // The seeds are read as what they are.
  auto rss = fetch::ParseListing(ReadFile(NEWSRECON_SOURCE_DIR "/tests/fuzz/corpus/feed/seed-rss2.xml"),
                                 "https://www.ledgerwire.example/feed");
  REQUIRE(rss.ok());
  CHECK(rss->format == fetch::ListingFormat::kRss);
  CHECK(rss->items.size() == 3);
  auto gz = fetch::Gunzip(ReadFile(NEWSRECON_SOURCE_DIR "/tests/fuzz/corpus/feed/seed-sitemap.xml.gz"), 1 << 20);
  REQUIRE(gz.ok());
  auto map = fetch::ParseListing(*gz, "https://maps.example/sitemap.xml");
  REQUIRE(map.ok());
  CHECK(map->format == fetch::ListingFormat::kSitemap);
  CHECK(map->items.size() == 2);
}

}  // namespace
}  // namespace newsrecon::testing
