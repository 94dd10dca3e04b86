// The reconciler through the grouping production runs: claims stored in a fresh database
// (SQLite, or PostgreSQL in the suite's PostgreSQL run) and compared by ReconcileStore,
// whose groups come from the store's SQL (ForEachClaimGroup, ForEachFrameBlock,
// ForEachCopyGroup, ...). Each case's kinds are checked, and the in-memory twin
// Reconcile(LoadClaims()) must find exactly the same contradictions.
#include <catch2/catch.hpp>

#include <algorithm>
#include <bit>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "reconcile/reconcile.h"
#include "store/store.h"
#include "tests/pg_support.h"
#include "tests/test_support.h"

namespace newsrecon::reconcile {
namespace {

// One stored claim: the article it is in (source and tag), what it says, and the article's
// date and near-duplicate fingerprint (articles with one nonzero fingerprint are copies).
struct Row {
  std::string source;
  std::string article;
  std::string relation;
  std::vector<core::Role> roles;
  std::vector<core::Value> values;
  core::Phase phase = core::Phase::kUnspecified;
  std::string published = "2026-03-04";
  uint64_t simhash = 0;
};

struct Case {
  std::string name;
  std::vector<Row> rows;
  std::vector<std::string> kinds;  // of the contradictions found, sorted
};

core::Value Money(double amount, core::Bound bound = core::Bound::kExact) {
  core::Value v;
  v.type = core::ValueType::kMoney;
  v.amount = v.high = amount;
  v.currency = "USD";
  v.bound = bound;
  v.text = (bound == core::Bound::kUpTo ? "up to $" : "$") + std::to_string(amount);
  return v;
}

core::Value Percent(double amount) {
  core::Value v;
  v.type = core::ValueType::kPercent;
  v.amount = v.high = amount;
  v.text = std::to_string(amount) + " percent";
  return v;
}

core::Value Year(int year, const std::string& qualifier) {
  core::Value v;
  v.type = core::ValueType::kYear;
  v.amount = v.high = year;
  v.date = v.text = std::to_string(year);
  v.qualifier = qualifier;
  return v;
}

const std::vector<core::Role> kPays = {{"payer", "Alpha Corp"}, {"payee", "Beta Ltd"}};
const std::vector<core::Role> kCollects = {{"payer", "Beta Ltd"}, {"payee", "Alpha Corp"}};
const std::vector<core::Role> kStake = {{"holder", "Alpha Corp"}, {"company", "Beta Ltd"}};
constexpr auto kEnds = core::Phase::kEnds;
constexpr auto kGoesOn = core::Phase::kContinues;
constexpr auto kUpTo = core::Bound::kUpTo;

const std::vector<Case>& Cases() {
  static const std::vector<Case> cases = {
      {"value: one figure against two",
       {{"one", "a", "stake", kStake, {Percent(27)}},
        {"two", "a", "stake", kStake, {Percent(27)}},
        {"three", "a", "stake", kStake, {Percent(32)}}},
       {"value"}},
      {"rounding is no contradiction",
       {{"one", "a", "investment", kStake, {Money(1e9)}},
        {"two", "a", "investment", kStake, {Money(1.01e9)}}},
       {}},
      {"other years are other facts",
       {{"one", "a", "revenue", kStake, {Money(5.8e9), Year(2025, "for")}},
        {"two", "a", "revenue", kStake, {Money(4.1e9), Year(2024, "for")}}},
       {}},
      {"different relations never meet",
       {{"one", "a", "investment", kPays, {Money(5e10)}},
        {"two", "a", "purchase_commitment", kPays, {Money(3.8e10)}}},
       {}},
      {"a dropped hedge",
       {{"one", "a", "investment", kPays, {Money(2e9, kUpTo)}},
        {"two", "a", "investment", kPays, {Money(2e9)}}},
       {"hedge"}},
      {"who pays whom",
       {{"one", "a", "revenue_share", kPays, {}, kEnds},
        {"two", "a", "revenue_share", kPays, {}, kEnds},
        {"three", "a", "revenue_share", kCollects, {}, kEnds}},
       {"role"}},
      {"ended against continuing through a year",
       {{"one", "a", "supply", kPays, {}, kEnds},
        {"two", "a", "supply", kPays, {Year(2029, "through")}, kGoesOn}},
       {"status"}},
      {"a newer article ending an older claim is an update",
       {{"old", "a", "supply", kPays, {}, kGoesOn, "2025-01-10"},
        {"new", "a", "supply", kPays, {}, kEnds, "2026-03-04"}},
       {}},
      {"one article on both sides",
       {{"one", "a", "stake", kStake, {Percent(27)}},
        {"one", "a", "stake", kStake, {Percent(30)}}},
       {"within_article"}},
      {"two articles of one source disagree",
       {{"one", "a", "stake", kStake, {Percent(27)}},
        {"one", "b", "stake", kStake, {Percent(30)}}},
       {"value"}},
      {"a group gathers its claims however they were stored",
       {{"s1", "a", "stake", kStake, {Percent(27)}},
        {"s2", "a", "investment", kStake, {Money(5e9)}},
        {"s3", "a", "stake", kStake, {Percent(32)}}},
       {"value"}},
      {"other parties are another fact",
       {{"one", "a", "stake", kStake, {Percent(27)}},
        {"two", "a", "stake", {{"holder", "Alpha Corp"}, {"company", "Gamma Inc"}}, {Percent(32)}}},
       {}},
      {"a near-duplicate copy is one voice with its original",
       {{"wire", "a", "stake", kStake, {Percent(27)}, core::Phase::kUnspecified, "2026-03-04", 0x5eed},
        {"copy", "a", "stake", kStake, {Percent(32)}, core::Phase::kUnspecified, "2026-03-04", 0x5eed}},
       {}},
      // Half-way amounts: every engine must key the hedge as core::FigureKey does (12.5 ->
      // 13); PostgreSQL's round() gives 12, which missed the hedge source two also wrote.
      {"a source that also wrote a half-way hedge kept it",
       {{"one", "a", "investment", kPays, {Money(12.5, kUpTo)}},
        {"two", "a", "investment", kPays, {Money(12.5)}},
        {"two", "a", "purchase_commitment", kPays, {Money(12.5, kUpTo)}}},
       {}},
      {"a half-way hedge the other source did not write",
       {{"one", "a", "investment", kPays, {Money(2.5, kUpTo)}},
        {"two", "a", "investment", kPays, {Money(2.5)}},
        {"two", "a", "purchase_commitment", kPays, {Money(3.5, kUpTo)}}},
       {"hedge"}},
  };
  return cases;
}

// The articles of a case, each with its claims, one sentence per claim.
std::map<std::pair<std::string, std::string>, std::vector<const Row*>> Articles(const Case& c) {
  std::map<std::pair<std::string, std::string>, std::vector<const Row*>> articles;
  for (const Row& row : c.rows) articles[{row.source, row.article}].push_back(&row);
  return articles;
}

store::ArticleWrite Write(const std::string& source, const std::string& tag,
                          const std::vector<const Row*>& rows) {
  store::ArticleWrite w;
  w.document.url = "https://" + source + ".example/" + tag;
  w.document.format = core::DocumentFormat::kPlainText;
  w.text.title = source + " " + tag;
  w.text.published = rows.front()->published;
  for (const Row* row : rows) {
    core::Claim claim;
    claim.relation = row->relation;
    claim.roles = row->roles;
    std::set<std::string> parties;
    for (const auto& r : row->roles) parties.insert(r.party);
    claim.parties.assign(parties.begin(), parties.end());
    claim.values = row->values;
    claim.phase = row->phase;
    // Distinct bodies: the store keeps one article per content hash.
    claim.quote = "Alpha Corp and Beta Ltd in " + source + " " + tag + ": " + row->relation +
                  " #" + std::to_string(w.claims.size()) + ".";
    if (!w.text.text.empty()) w.text.text += " ";
    claim.span = {w.text.text.size(), w.text.text.size() + claim.quote.size()};
    claim.sentence = w.text.sentences.size();
    w.text.text += claim.quote;
    w.text.sentences.push_back(claim.span);
    w.claims.push_back(std::move(claim));
  }
  w.document.body = w.text.text;
  w.claims_version = "test-1";
  w.simhash = rows.front()->simhash;
  if (w.simhash != 0) {
    w.copies = [](const store::ArticleFingerprint& a, const store::ArticleFingerprint& b) {
      return std::popcount(a.simhash ^ b.simhash) <= 3;
    };
  }
  return w;
}

// What a contradiction is, independent of the order of its sides.
std::vector<std::string> Signatures(const Reconciliation& r) {
  std::vector<std::string> out;
  for (const auto& c : r.contradictions) {
    std::vector<std::string> sides;
    for (const auto& side : c.sides) {
      std::vector<int64_t> ids = side.claim_ids;
      std::sort(ids.begin(), ids.end());
      std::string s = side.value + ":";
      for (int64_t id : ids) s += " " + std::to_string(id);
      sides.push_back(s);
    }
    std::sort(sides.begin(), sides.end());
    std::string sig = std::string(core::ToString(c.kind)) + " " + core::ToString(c.severity) + " |";
    for (const auto& s : sides) sig += " " + s + " |";
    out.push_back(sig);
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::string> Kinds(const Reconciliation& r) {
  std::vector<std::string> kinds;
  for (const auto& c : r.contradictions) kinds.push_back(core::ToString(c.kind));
  std::sort(kinds.begin(), kinds.end());
  return kinds;
}

// Stores a case's claims in the empty `store`; returns them as stored.
std::vector<store::StoredClaim> StoreCase(const Case& c, store::Store& store) {
  for (const auto& [key, rows] : Articles(c)) {
    auto source = store.UpsertSource({0, key.first, core::SourceKind::kFiles, ""});
    REQUIRE(source.ok());
    auto put = store.PutArticle(*source, Write(key.first, key.second, rows));
    REQUIRE(put.ok());
  }
  auto stored = store.LoadClaims();
  REQUIRE(stored.ok());
  REQUIRE(stored->size() == c.rows.size());
  return *stored;
}

TEST_CASE("reconcile through the store's grouping, as production runs it", "[reconcile][store]") {
  for (const Case& c : Cases()) {
    CAPTURE(c.name);
    testing::TempDir dir;
    auto store = store::Store::Open(testing::FreshDb(dir));
    REQUIRE(store.ok());
    std::vector<store::StoredClaim> stored = StoreCase(c, **store);
    auto production = ReconcileStore(**store);
    REQUIRE(production.ok());
    CHECK(Kinds(*production) == c.kinds);
    // The in-memory grouping is the same rule as the store's SQL grouping.
    CHECK(Signatures(Reconcile(stored)) == Signatures(*production));
  }
}

// The candidate-selection rule is one: SQLite and PostgreSQL, given the same claims, select
// the same candidates and find the same contradictions (half-way amounts included).
TEST_CASE("both engines select the same candidates", "[reconcile][pg]") {
  std::string why;
  testing::PgServer* server = testing::PgServer::Shared(&why);
  if (server == nullptr) FAIL(why);
  for (const Case& c : Cases()) {
    CAPTURE(c.name);
    testing::TempDir dir;
    std::vector<std::string> found[2];
    const std::string dbs[2] = {dir.path() + "/n.db", server->NewDatabase()};
    for (int i = 0; i < 2; ++i) {
      auto store = store::Store::Open(dbs[i]);
      REQUIRE(store.ok());
      StoreCase(c, **store);
      auto production = ReconcileStore(**store);
      REQUIRE(production.ok());
      CHECK(Kinds(*production) == c.kinds);
      found[i] = Signatures(*production);
    }
    CHECK(found[0] == found[1]);
  }
}

}  // namespace
}  // namespace newsrecon::reconcile
