// The claims each real seed article (../shared/corpus/seeds/, skipped when absent) must
// yield for the relations the product was specified from: revenue share, licence,
// investment and partnership, with roles, status, years and figures.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>

#include "core/dates.h"
#include "extract/claims/claims.h"
#include "extract/text/article.h"
#include "tests/test_support.h"

namespace newsrecon::testing {
namespace {

namespace fs = std::filesystem;

struct Want {
  std::string relation;
  std::string roles;   // "payer=OpenAI payee=Microsoft", "" for a claim without roles
  std::string status;  // "ends", "continues", "unspecified", ...
  std::string value;   // a year ("2030") or a value's text ("$1 billion"), or ""
  std::string where;   // words of the sentence
};

std::string Roles(const core::Claim& c) {
  std::string out;
  for (const auto& r : c.roles) out += (out.empty() ? "" : " ") + r.name + "=" + r.party;
  return out;
}

bool Holds(const core::Claim& c, const Want& w) {
  if (c.relation != w.relation || Roles(c) != w.roles || core::ToString(c.phase) != w.status) {
    return false;
  }
  if (c.quote.find(w.where) == std::string::npos) return false;
  if (w.value.empty()) return true;
  return std::any_of(c.values.begin(), c.values.end(), [&](const core::Value& v) {
    return v.text == w.value || (v.type == core::ValueType::kYear && v.date == w.value);
  });
}

TEST_CASE("seeds: each article's revenue-share, licence, investment and partnership claims",
          "[e2e][seeds]") {
  std::string dir = std::string(NEWSRECON_SHARED_DIR) + "/corpus/seeds";
  if (!fs::is_directory(dir)) {
    WARN("SKIPPED: " + dir + " not found; the seed test needs it");
    return;
  }
  const std::string kPays = "payer=Microsoft payee=OpenAI";
  const std::string kCollects = "payer=OpenAI payee=Microsoft";
  const std::string kLicence = "licensor=OpenAI licensee=Microsoft";
  const std::vector<std::pair<std::string, std::vector<Want>>> articles = {
      {"000", {{"revenue_share", "", "ends", "", "ending revenue-sharing obligations"},
               {"revenue_share", kCollects, "ends", "", "no longer collect revenue shares from OpenAI"},
               {"revenue_share", kCollects, "continues", "2030", "continue honoring its existing"},
               {"revenue_share", kCollects, "continues", "20 percent", "fixed 20 percent rate"},
               {"licence", kLicence, "continues", "2032", "retains non-exclusive licensing rights"},
               {"licence", kLicence, "continues", "2032", "the deal retains a non-exclusive license"},
               {"investment", "investor=Microsoft investee=OpenAI", "unspecified", "$1 billion", "landmark $1 billion"},
               {"investment", "investor=Amazon investee=OpenAI", "unspecified", "$50 billion", "investment proposal"},
               {"partnership", "partner=Microsoft partner=OpenAI", "unspecified", "decade-long", "decade-long exclusive deal"}}},
      {"001", {{"licence", kLicence, "continues", "2032", "retains a license"},
               {"revenue_share", kPays, "ends", "", "no longer pay OpenAI a share"},
               {"revenue_share", kCollects, "continues", "2030", "continue to share part of its revenue"}}},
      {"002", {{"licence", kLicence, "continues", "2032", "keeps a non-exclusive license"},
               {"revenue_share", kPays, "ends", "", "stops paying OpenAI revenue share"},
               {"revenue_share", kPays, "ends", "", "Microsoft said it will no longer pay"}}},
      {"003", {{"licence", kLicence, "unspecified", "2032", "will now hold a non-exclusive license"},
               {"revenue_share", kPays, "ends", "", "no longer be obligated to pay"},
               {"revenue_share", kCollects, "continues", "2030", "Conversely, OpenAI will continue to pay"},
               {"revenue_share", kPays, "ends", "", "no longer paying a revenue share to OpenAI"},
               {"revenue_share", kCollects, "continues", "2030", "continuing to receive a capped revenue share"},
               {"investment", "investor=Amazon investee=OpenAI", "unspecified", "Up to $50 Billion", "Announces Up to"}}},
      {"004", {{"partnership", "partner=Microsoft partner=OpenAI", "unspecified", "seven-year", "seven-year partnership"},
               {"partnership", "", "starts", "2019", "Having begun their partnership back in 2019"},
               {"licence", kLicence, "continues", "2032", "continues to retain access"},
               {"revenue_share", kPays, "ends", "", "no longer be paying OpenAI"},
               {"investment", "investor=Microsoft investee=OpenAI", "starts", "$1BN", "invested an initial $1BN"}}},
  };
  auto extractor = extract::ClaimExtractor::Create(extract::DefaultLexicon());
  REQUIRE(extractor.ok());
  for (const auto& [prefix, wants] : articles) {
    std::string path;
    for (const auto& entry : fs::directory_iterator(dir)) {
      if (entry.path().filename().string().rfind(prefix + "_", 0) == 0) path = entry.path().string();
    }
    REQUIRE_FALSE(path.empty());
    auto article = extract::ArticleFromPlainText(ReadFile(path), "");
    REQUIRE(article.ok());
    extract::DateContext context;
    if (auto d = core::ParseIsoDate(article->published); d && d->day != 0) context.published = d;
    auto found = (*extractor)->Extract(article->text, article->sentences, context);
    for (const Want& w : wants) {
      CAPTURE(prefix, w.relation, w.roles, w.status, w.value, w.where);
      CHECK(std::any_of(found.claims.begin(), found.claims.end(),
                        [&](const core::Claim& c) { return Holds(c, w); }));
    }
    // And never the converse of what the article says about who pays whom.
    for (const core::Claim& c : found.claims) {
      if (c.relation != "revenue_share" || c.phase != core::Phase::kEnds) continue;
      CAPTURE(prefix, c.quote);
      if (prefix == "000") CHECK(Roles(c) != kPays);
      if (prefix != "000") CHECK(Roles(c) != kCollects);
    }
  }
}

}  // namespace
}  // namespace newsrecon::testing
