// The one candidate-selection rule for hedges (core/figures.h), run on both engines: the
// store's hedged figures round half-way amounts as the reconciler does (12.5 -> 13), where
// PostgreSQL's round() would give 12.
#include <catch2/catch.hpp>

#include "core/figures.h"
#include "store/store.h"
#include "tests/pg_support.h"
#include "tests/test_support.h"

namespace newsrecon::store {
namespace {

// An article of one claim whose values are "up to" each of `amounts` (in billions of USD).
ArticleWrite HedgedWrite(const std::string& body, const std::vector<double>& amounts) {
  core::Claim c;
  c.relation = "invest";
  c.roles = {{"investor", "A"}, {"company", "B"}};
  c.parties = {"A", "B"};
  for (double amount : amounts) {
    core::Value v;
    v.type = core::ValueType::kMoney;
    v.currency = "USD";
    v.bound = core::Bound::kUpTo;
    v.amount = v.high = amount;
    v.text = "up to $" + std::to_string(amount);
    c.values.push_back(v);
  }
  return testing::OneClaimArticle("https://news.example/" + std::to_string(body.size()), body,
                                  std::move(c));
}

TEST_CASE("FigureKey rounds half away from zero", "[core]") {
  const std::pair<double, long long> cases[] = {
      {12.5, 13}, {13.5, 14}, {2.5, 3}, {0.5, 1}, {12.4999, 12}, {-12.5, -13}, {1.5e9, 1500000000}};
  for (const auto& [amount, key] : cases) {
    CAPTURE(amount);
    CHECK(core::FigureKey(amount) == key);
  }
}

TEST_CASE("hedged figures are keyed by the one rounding rule on every engine", "[store]") {
  testing::TempDir dir;
  auto store = Store::Open(testing::FreshDb(dir));
  REQUIRE(store.ok());
  auto source = (*store)->UpsertSource({0, "Wire", core::SourceKind::kFiles, ""});
  REQUIRE(source.ok());
  // Half-way amounts, where round-half-even engines differ: 12.5, 2.5 and 0.5.
  auto a = (*store)->PutArticle(*source, HedgedWrite("A invests up to 12.5 in B.", {12.5, 2.5}));
  auto b = (*store)->PutArticle(*source, HedgedWrite("A invests up to half a dollar in B.", {0.5, 7.25}));
  REQUIRE(a.ok());
  REQUIRE(b.ok());
  auto hedged = (*store)->HedgedFigures();
  REQUIRE(hedged.ok());
  const std::set<std::pair<int64_t, long long>> want = {
      {a->article_id, core::FigureKey(12.5)}, {a->article_id, core::FigureKey(2.5)},
      {b->article_id, core::FigureKey(0.5)}, {b->article_id, core::FigureKey(7.25)}};
  CHECK(*hedged == want);
  CHECK(hedged->count({a->article_id, 13}) == 1);
  CHECK(hedged->count({a->article_id, 12}) == 0);
}

}  // namespace
}  // namespace newsrecon::store
