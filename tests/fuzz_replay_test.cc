// The fuzzers' corpus (tests/fuzz/corpus/) replayed as regression tests in every build:
// each input that ever mattered to a fuzzer still gives a result, under ASan too.
#include <catch2/catch.hpp>

#include <filesystem>

#include "cli/config.h"
#include "core/utf8.h"
#include "extract/claims/claims.h"
#include "extract/text/article.h"
#include "extract/text/sentences.h"
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

}  // namespace
}  // namespace newsrecon::testing
