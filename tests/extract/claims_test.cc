// Tests for relation claims: roles, converse phrasings, polarity and phase.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

#include "extract/claims/claims.h"
#include "extract/text/sentences.h"

namespace newsrecon::extract {
namespace {

const ClaimExtractor& Extractor() {
  static auto extractor = [] {
    Lexicon lex = DefaultLexicon();
    auto extra = ParseLexicon(R"(
[[party]]
name = "Corvane Motors"
aliases = ["Corvane"]
[[party]]
name = "Nordaxis Cells"
aliases = ["Nordaxis"]
descriptors = ["the battery maker"]
)", "test.toml");
    REQUIRE(extra.ok());
    MergeLexicon(*extra, &lex);
    auto made = ClaimExtractor::Create(lex);
    REQUIRE(made.ok());
    return std::move(*made);
  }();
  return *extractor;
}

std::vector<core::Claim> RelationClaims(const std::string& text, const std::string& relation) {
  auto found = Extractor().Extract(text, SplitSentences(text), {core::CivilDate{2026, 3, 4}});
  std::vector<core::Claim> out;
  for (auto& c : found.claims) {
    if (c.relation == relation) out.push_back(std::move(c));
  }
  return out;
}

std::string Roles(const core::Claim& c) {
  std::string out;
  for (const auto& r : c.roles) out += (out.empty() ? "" : ", ") + r.name + "=" + r.party;
  return out;
}

TEST_CASE("a relation and its converse give the same roles", "[extract][claims]") {
  struct Case {
    std::string text, relation, roles;
    core::Phase phase;
  };
  const Case cases[] = {
      {"Corvane will no longer pay Nordaxis a share of revenue.", "revenue_share",
       "payer=Corvane Motors, payee=Nordaxis Cells", core::Phase::kEnds},
      {"Nordaxis will no longer collect a share of revenue from Corvane.", "revenue_share",
       "payer=Corvane Motors, payee=Nordaxis Cells", core::Phase::kEnds},
      {"Corvane will continue to share part of its revenue with Nordaxis until 2030.", "revenue_share",
       "payer=Corvane Motors, payee=Nordaxis Cells", core::Phase::kContinues},
      {"Microsoft said it will no longer pay a revenue share to OpenAI.", "revenue_share",
       "payer=Microsoft, payee=OpenAI", core::Phase::kEnds},
      {"Microsoft keeps a licence, stays the primary partner, and stops paying OpenAI revenue share.",
       "revenue_share", "payer=Microsoft, payee=OpenAI", core::Phase::kEnds},
      {"Corvane invested $1 billion in Nordaxis in 2021.", "investment",
       "investor=Corvane Motors, investee=Nordaxis Cells", core::Phase::kUnspecified},
      {"Nordaxis raised $2 billion from Corvane.", "investment",
       "investor=Corvane Motors, investee=Nordaxis Cells", core::Phase::kUnspecified},
      {"Corvane holds a stake of 27 percent in Nordaxis.", "stake",
       "holder=Corvane Motors, company=Nordaxis Cells", core::Phase::kUnspecified},
      {"Corvane's 30 per cent stake in Nordaxis makes it the largest holder.", "stake",
       "holder=Corvane Motors, company=Nordaxis Cells", core::Phase::kUnspecified},
      {"Nordaxis licenses its cell technology to Corvane through 2030.", "licence",
       "licensor=Nordaxis Cells, licensee=Corvane Motors", core::Phase::kUnspecified},
      {"Microsoft retains non-exclusive licensing rights to OpenAI's models through 2032.", "licence",
       "licensor=OpenAI, licensee=Microsoft", core::Phase::kContinues},
      {"Nordaxis will continue to supply battery cells to Corvane through 2029.", "supply",
       "supplier=Nordaxis Cells, customer=Corvane Motors", core::Phase::kContinues},
      {"Corvane has committed to buy $4 billion of battery cells from Nordaxis through 2029.",
       "purchase_commitment", "buyer=Corvane Motors, seller=Nordaxis Cells", core::Phase::kUnspecified},
      {"Nordaxis agreed to acquire Quillfen Materials Inc for $310 million.", "acquisition",
       "acquirer=Nordaxis Cells, target=Quillfen Materials", core::Phase::kUnspecified},
      {"OpenAI and Microsoft have loosened their seven-year partnership.", "partnership",
       "partner=Microsoft, partner=OpenAI", core::Phase::kUnspecified},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    auto claims = RelationClaims(c.text, c.relation);
    REQUIRE(claims.size() == 1);
    CHECK(Roles(claims[0]) == c.roles);
    CHECK(claims[0].phase == c.phase);
  }
}

TEST_CASE("claims carry their values, tranches and time", "[extract][claims]") {
  auto claims = RelationClaims(
      "Marrowgate will make a $1.5 billion initial investment in Nordaxis plus an additional $500 "
      "million if targets are met.",
      "investment");
  // Marrowgate is unknown to the gazetteer and named once: no party, no claim.
  CHECK(claims.empty());
  claims = RelationClaims(
      "Corvane will make a $1.5 billion initial investment in Nordaxis plus an additional $500 "
      "million if targets are met.",
      "investment");
  REQUIRE(claims.size() == 1);
  REQUIRE(claims[0].values.size() == 2);
  CHECK(claims[0].values[0].role == core::ValueRole::kInitial);
  CHECK(claims[0].values[1].role == core::ValueRole::kAdditional);

  claims = RelationClaims("The partnership between Corvane and Nordaxis began in 2021.", "partnership");
  REQUIRE(claims.size() == 1);
  REQUIRE(claims[0].values.size() == 1);
  CHECK(claims[0].values[0].role == core::ValueRole::kStart);
  CHECK(claims[0].values[0].amount == 2021);
}

TEST_CASE("negation, past and undisclosed figures", "[extract][claims]") {
  auto claims = RelationClaims("Corvane does not pay Nordaxis any revenue share.", "revenue_share");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].polarity == core::Polarity::kNegated);
  claims = RelationClaims("Under the old terms, Corvane paid Nordaxis 20 percent of the revenue.",
                          "revenue_share");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].phase == core::Phase::kPast);
  claims = RelationClaims("Nordaxis agreed to acquire Quillfen Materials Inc. Terms were not disclosed.",
                          "acquisition");
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].undisclosed);
}

TEST_CASE("a figure said not to have been paid is negated, one that was is not", "[extract][claims]") {
  struct Row {
    const char* text;
    core::Polarity polarity;
  };
  for (const Row& row : {Row{"Microsoft did not pay OpenAI $10 billion.", core::Polarity::kNegated},
                         Row{"Microsoft didn't pay OpenAI $10 billion.", core::Polarity::kNegated},
                         Row{"Microsoft paid OpenAI $10 billion.", core::Polarity::kAffirmed},
                         Row{"It paid $2 billion, but it never paid $10 billion.", core::Polarity::kAffirmed},
                         // Any case, "cannot", "never" alone; a word that only holds the
                         // letters ("notable", "nevertheless", "Kenneth") negates nothing.
                         Row{"Microsoft CANNOT pay OpenAI $10 billion.", core::Polarity::kNegated},
                         Row{"Microsoft Never paid OpenAI $10 billion.", core::Polarity::kNegated},
                         Row{"Microsoft DIDN'T pay OpenAI $10 billion.", core::Polarity::kNegated},
                         Row{"Notably, Microsoft paid OpenAI $10 billion.", core::Polarity::kAffirmed},
                         Row{"Kenneth said Microsoft nevertheless paid OpenAI $10 billion.", core::Polarity::kAffirmed}}) {
    CAPTURE(row.text);
    std::string text = row.text;
    auto found = Extractor().Extract(text, SplitSentences(text), {core::CivilDate{2026, 3, 4}});
    REQUIRE_FALSE(found.claims.empty());
    CHECK(found.claims[0].polarity == row.polarity);
  }
  // Each figure keeps its own clause's polarity.
  std::string both = "It paid $2 billion, but it never paid $10 billion.";
  auto found = Extractor().Extract(both, SplitSentences(both), {core::CivilDate{2026, 3, 4}});
  REQUIRE(found.claims.size() == 2);
  CHECK(found.claims[1].polarity == core::Polarity::kNegated);
  CHECK(found.claims[1].values.at(0).amount == 1e10);
}

TEST_CASE("claims say who is said to say them", "[extract][claims]") {
  struct Case {
    std::string text, speaker;
  };
  const Case cases[] = {
      {"Jane Doe, chief executive of Corvane, said Corvane will invest $5 billion in Nordaxis.", "Jane Doe"},
      {"Corvane will invest $5 billion in Nordaxis, according to Marc Smith.", "Marc Smith"},
      {"Corvane said it will invest $5 billion in Nordaxis.", "Corvane Motors"},
      {"Corvane will invest $5 billion in Nordaxis.", ""},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    auto claims = RelationClaims(c.text, "investment");
    REQUIRE(claims.size() == 1);
    CHECK(claims[0].attribution == c.speaker);
  }
}

TEST_CASE("The company opening a later sentence stands for the first party of the one before",
          "[extract][claims]") {
  // The back-reference is anchored at each sentence's start, not only at the text's.
  const std::string text =
      "Shares rose on Monday. Corvane signed a deal with Nordaxis in March. "
      "The company will pay Nordaxis a fifth of its revenue.";
  auto claims = RelationClaims(text, "revenue_share");
  REQUIRE(claims.size() == 1);
  CHECK(Roles(claims[0]) == "payer=Corvane Motors, payee=Nordaxis Cells");
  // With no party in the sentence before, nothing is referred back to.
  CHECK(RelationClaims("Shares rose. The company will pay Nordaxis a fifth of its revenue.",
                       "revenue_share").empty());
}

TEST_CASE("unknown organisations are found by pattern and by repetition", "[extract][claims]") {
  std::string text =
      "Halvard Foods said on Monday that it would buy Tessaro. Halvard Foods will pay $2 billion. "
      "Analysts said Tessaro was cheap.";
  auto found = Extractor().Extract(text, SplitSentences(text), {});
  std::set<std::string> names;
  for (const auto& p : found.parties) names.insert(p.canonical);
  CHECK(names == std::set<std::string>{"Halvard Foods", "Tessaro"});
}

TEST_CASE("claims outside the lexicon keep values, parties and key words", "[extract][claims]") {
  std::string text = "Microsoft reported revenue growth of 12 percent at its Azure unit.";
  auto found = Extractor().Extract(text, SplitSentences(text), {});
  REQUIRE(found.claims.size() == 1);
  const core::Claim& c = found.claims[0];
  CHECK(c.relation.empty());
  REQUIRE(c.values.size() == 1);
  CHECK(c.values[0].amount == 12);
  CHECK(c.parties == std::vector<std::string>{"Microsoft"});
  CHECK(std::find(c.keywords.begin(), c.keywords.end(), "growth") != c.keywords.end());
}

TEST_CASE("any bytes give a result", "[extract][claims]") {
  std::string junk(200000, '7');
  junk += std::string("\xFF\xFE\x00 $$$ %%% ", 12);
  auto found = Extractor().Extract(junk, SplitSentences(junk), {});
  CHECK(found.claims.size() <= found.values.size() + 1);
}

}  // namespace
}  // namespace newsrecon::extract
