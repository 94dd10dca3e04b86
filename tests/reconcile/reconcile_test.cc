// Tests for the reconciler on claims made for them: each kind, and what is not a contradiction.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

#include "reconcile/reconcile.h"

namespace newsrecon::reconcile {
namespace {

struct Builder {
  std::vector<store::StoredClaim> claims;
  int64_t next_id = 1;

  store::StoredClaim& Add(const std::string& source, const std::string& relation,
                          std::vector<core::Role> roles, const std::string& published = "2026-03-04") {
    store::StoredClaim sc;
    sc.claim.id = next_id++;
    sc.claim.relation = relation;
    sc.claim.roles = std::move(roles);
    std::set<std::string> parties;
    for (const auto& r : sc.claim.roles) parties.insert(r.party);
    sc.claim.parties.assign(parties.begin(), parties.end());
    sc.claim.quote = source + " says " + relation + " #" + std::to_string(sc.claim.id);
    sc.source = source;
    sc.url = "https://" + source + ".example/a";
    sc.published = published;
    sc.article_id = static_cast<int64_t>(std::hash<std::string>()(source) % 100000);
    sc.voice = sc.article_id;
    claims.push_back(sc);
    return claims.back();
  }
};

core::Value Money(double amount, core::Bound bound = core::Bound::kExact,
                  core::ValueRole role = core::ValueRole::kNone) {
  core::Value v;
  v.type = core::ValueType::kMoney;
  v.amount = v.high = amount;
  v.currency = "USD";
  v.bound = bound;
  v.role = role;
  return v;
}

core::Value Percent(double amount) {
  core::Value v;
  v.type = core::ValueType::kPercent;
  v.amount = v.high = amount;
  return v;
}

core::Value Year(int year, const std::string& qualifier, core::ValueRole role = core::ValueRole::kNone) {
  core::Value v;
  v.type = core::ValueType::kYear;
  v.amount = v.high = year;
  v.date = std::to_string(year);
  v.qualifier = qualifier;
  v.role = role;
  return v;
}

std::vector<std::string> Kinds(const Reconciliation& r) {
  std::vector<std::string> kinds;
  for (const auto& c : r.contradictions) kinds.push_back(core::ToString(c.kind));
  std::sort(kinds.begin(), kinds.end());
  return kinds;
}

const std::vector<core::Role> kPays = {{"payer", "A"}, {"payee", "B"}};
const std::vector<core::Role> kCollects = {{"payer", "B"}, {"payee", "A"}};
const std::vector<core::Role> kStake = {{"holder", "A"}, {"company", "B"}};

TEST_CASE("role: who pays whom", "[reconcile]") {
  Builder b;
  b.Add("one", "revenue_share", kPays).claim.phase = core::Phase::kEnds;
  b.Add("two", "revenue_share", kPays).claim.phase = core::Phase::kEnds;
  b.Add("three", "revenue_share", kCollects).claim.phase = core::Phase::kEnds;
  auto r = Reconcile(b.claims);
  REQUIRE(Kinds(r) == std::vector<std::string>{"role"});
  REQUIRE(r.contradictions[0].sides.size() == 2);
  CHECK(r.contradictions[0].sides[0].claim_ids.size() == 2);  // the majority first
}

TEST_CASE("status: ended against continuing through a year", "[reconcile]") {
  Builder b;
  auto& ends = b.Add("one", "supply", kPays);
  ends.claim.phase = core::Phase::kEnds;
  auto& goes_on = b.Add("two", "supply", kPays);
  goes_on.claim.phase = core::Phase::kContinues;
  goes_on.claim.values.push_back(Year(2029, "through"));
  CHECK(Kinds(Reconcile(b.claims)) == std::vector<std::string>{"status"});
}

TEST_CASE("status: an older claim that a newer article ends is an update", "[reconcile]") {
  Builder b;
  b.Add("old", "supply", kPays, "2025-01-10").claim.phase = core::Phase::kContinues;
  b.Add("new", "supply", kPays, "2026-03-04").claim.phase = core::Phase::kEnds;
  CHECK(Reconcile(b.claims).contradictions.empty());
}

TEST_CASE("value: same holder, company and time, different figures", "[reconcile]") {
  Builder b;
  b.Add("one", "stake", kStake).claim.values = {Percent(27)};
  b.Add("two", "stake", kStake).claim.values = {Percent(27)};
  b.Add("three", "stake", kStake).claim.values = {Percent(32)};
  auto r = Reconcile(b.claims);
  REQUIRE(Kinds(r) == std::vector<std::string>{"value"});
  CHECK(r.contradictions[0].sides[0].value == "27 percent");
  CHECK(r.contradictions[0].sides[1].value == "32 percent");
}

TEST_CASE("not contradictions: rounding, hedges that overlap, tranches, other years", "[reconcile]") {
  Builder b;
  b.Add("one", "investment", kStake).claim.values = {Money(1e9)};
  b.Add("two", "investment", kStake).claim.values = {Money(1.01e9)};
  CHECK(Reconcile(b.claims).contradictions.empty());

  Builder c;
  c.Add("one", "investment", kPays).claim.values = {Money(5e10, core::Bound::kUpTo)};
  c.Add("two", "investment", kPays).claim.values = {
      Money(1.5e10, core::Bound::kExact, core::ValueRole::kInitial),
      Money(3.5e10, core::Bound::kExact, core::ValueRole::kAdditional)};
  CHECK(Reconcile(c.claims).contradictions.empty());

  Builder d;
  d.Add("one", "revenue", kStake).claim.values = {Money(5.8e9), Year(2025, "for")};
  d.Add("two", "revenue", kStake).claim.values = {Money(4.1e9), Year(2024, "for")};
  CHECK(Reconcile(d.claims).contradictions.empty());

  Builder e;  // different relations never meet
  e.Add("one", "investment", kPays).claim.values = {Money(5e10)};
  e.Add("two", "purchase_commitment", kPays).claim.values = {Money(3.8e10)};
  CHECK(Reconcile(e.claims).contradictions.empty());
}

TEST_CASE("hedge dropped: 'up to' against a plain figure", "[reconcile]") {
  Builder b;
  b.Add("one", "investment", kPays).claim.values = {Money(2e9, core::Bound::kUpTo)};
  b.Add("two", "investment", kPays).claim.values = {Money(2e9)};
  auto r = Reconcile(b.claims);
  REQUIRE(Kinds(r) == std::vector<std::string>{"hedge"});
  CHECK(r.contradictions[0].severity == core::Severity::kLow);
}

TEST_CASE("duration against dates", "[reconcile]") {
  const std::vector<core::Role> partners = {{"partner", "A"}, {"partner", "B"}};
  Builder b;
  core::Value decade;
  decade.type = core::ValueType::kDuration;
  decade.amount = decade.high = 3650;
  decade.bound = core::Bound::kAbout;
  b.Add("one", "partnership", partners).claim.values = {decade};
  b.Add("two", "partnership", partners).claim.values = {Year(2021, "in", core::ValueRole::kStart)};
  CHECK(Kinds(Reconcile(b.claims)) == std::vector<std::string>{"duration"});

  Builder ok;  // five years in 2026 agrees with a 2021 start
  core::Value five = decade;
  five.amount = five.high = 5 * 365;
  five.bound = core::Bound::kExact;
  ok.Add("one", "partnership", partners).claim.values = {five};
  ok.Add("two", "partnership", partners).claim.values = {Year(2021, "in", core::ValueRole::kStart)};
  CHECK(Reconcile(ok.claims).contradictions.empty());
}

TEST_CASE("one article on both sides is flagged within the article too", "[reconcile]") {
  Builder b;
  b.Add("one", "stake", kStake).claim.values = {Percent(27)};
  b.Add("one", "stake", kStake).claim.values = {Percent(30)};
  auto r = Reconcile(b.claims);
  CHECK(Kinds(r) == std::vector<std::string>{"within_article"});
}

TEST_CASE("near-duplicate copies are one voice", "[reconcile]") {
  Builder b;
  b.Add("wire", "stake", kStake).claim.values = {Percent(27)};
  auto& copy = b.Add("copy", "stake", kStake);
  copy.claim.values = {Percent(32)};
  copy.voice = b.claims.front().voice;  // the copy is the wire story
  CHECK(Reconcile(b.claims).contradictions.empty());
}

}  // namespace
}  // namespace newsrecon::reconcile
