// The fuzzers' corpus (tests/fuzz/corpus/) replayed as regression tests in every build:
// each input that ever mattered to a fuzzer still gives a result, under ASan too.
#include <catch2/catch.hpp>

#include <filesystem>

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

TEST_CASE("fuzz corpus: HTML pages", "[fuzz]") {
  auto files = Corpus("html");
  REQUIRE_FALSE(files.empty());
  for (const auto& f : files) {
    CAPTURE(f);
    std::string html = ReadFile(f);
    auto article = extract::ArticleFromHtml(html, "https://fuzz.example/page");
    if (article.ok()) {
      for (const auto& s : article->sentences) CHECK(s.end <= article->text.size());
    }
  }
}

TEST_CASE("fuzz corpus: claim texts", "[fuzz]") {
  auto files = Corpus("claims");
  REQUIRE_FALSE(files.empty());
  auto extractor = extract::ClaimExtractor::Create(extract::DefaultLexicon());
  REQUIRE(extractor.ok());
  for (const auto& f : files) {
    CAPTURE(f);
    std::string text = core::RepairUtf8(ReadFile(f));
    auto found = (*extractor)->Extract(text, extract::SplitSentences(text), {core::CivilDate{2026, 3, 4}});
    for (const auto& v : found.values) CHECK(v.span.end <= text.size());
  }
}

TEST_CASE("fuzz corpus: configs", "[fuzz]") {
  auto files = Corpus("config");
  REQUIRE_FALSE(files.empty());
  for (const auto& f : files) {
    CAPTURE(f);
    auto config = cli::ParseConfig(ReadFile(f), "fuzz.toml", "/tmp");
    if (!config.ok()) CHECK(config.status().message().rfind("fuzz.toml", 0) == 0);
  }
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
  REQUIRE_FALSE(files.empty());
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
  CHECK(rss->format == "rss");
  CHECK(rss->items.size() == 3);
  auto gz = fetch::Gunzip(ReadFile(NEWSRECON_SOURCE_DIR "/tests/fuzz/corpus/feed/seed-sitemap.xml.gz"), 1 << 20);
  REQUIRE(gz.ok());
  auto map = fetch::ParseListing(*gz, "https://maps.example/sitemap.xml");
  REQUIRE(map.ok());
  CHECK(map->format == "sitemap");
  CHECK(map->items.size() == 2);
}

}  // namespace
}  // namespace newsrecon::testing
