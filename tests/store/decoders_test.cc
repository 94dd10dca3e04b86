// The store's JSON columns: a bad row is a corruption error naming the row, never an empty
// list and never an exception.
#include <catch2/catch.hpp>

#include "store/store.h"
#include "tests/pg_support.h"
#include "tests/test_support.h"

namespace newsrecon::store {
namespace {

ArticleWrite OneClaim(const std::string& body) {
  core::Claim c;
  c.relation = "stake";
  c.roles = {{"holder", "A"}, {"company", "B"}};
  c.parties = {"A", "B"};
  return testing::OneClaimArticle("https://news.example/a", body, std::move(c));
}

// The store at `db` opened, with one run (its id in *run) that found `c`; fails the test
// when any step does.
std::unique_ptr<Store> StoreWithContradiction(const std::string& db, core::Contradiction c, int64_t* run) {
  auto store = Store::Open(db);
  REQUIRE(store.ok());
  auto begun = (*store)->BeginRun("test");
  REQUIRE(begun.ok());
  *run = *begun;
  c.fingerprint = "f1";
  c.sides = {{"$1", {}}, {"$2", {}}};
  std::vector<core::Contradiction> found = {c};
  REQUIRE((*store)->SaveContradictions(*run, found).ok());
  return std::move(*store);
}

TEST_CASE("a claim row whose JSON is bad is a corruption error naming the claim", "[store]") {
  struct Case {
    std::string column, text, error;
  };
  const Case cases[] = {
      {"roles", "not json", "claim 1: roles 'not json' are not a JSON array of {name, party}"},
      {"roles", "{\"name\": \"holder\"}", "claim 1: roles '{\"name\": \"holder\"}' are not a JSON array of {name, party}"},
      {"roles", "[{\"name\": 5, \"party\": \"A\"}]", "claim 1: roles '[{\"name\": 5, \"party\": \"A\"}]' are not a JSON array of {name, party}"},
      {"roles", "[\"holder\"]", "claim 1: roles '[\"holder\"]' are not a JSON array of {name, party}"},
      {"parties", "[\"A\", 2]", "claim 1: parties '[\"A\", 2]' are not a JSON array of strings"},
      {"parties", "", "claim 1: parties '' are not a JSON array of strings"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.column, c.text);
    testing::TempDir dir;
    std::string db = testing::FreshDb(dir);
    auto store = testing::StoreWithArticle(db, OneClaim("A holds a stake in B."));
    REQUIRE(store->LoadClaims().ok());
    testing::ExecSql(db, "UPDATE claims SET " + c.column + " = ?", {c.text});
    auto claims = store->LoadClaims();
    REQUIRE_FALSE(claims.ok());
    CHECK(claims.status().code() == core::Code::kCorruption);
    CHECK(claims.status().message() == c.error);
  }
}

TEST_CASE("a contradiction row whose sides are bad is a corruption error", "[store]") {
  testing::TempDir dir;
  std::string db = testing::FreshDb(dir);
  core::Contradiction c;
  c.kind = core::ContradictionKind::kValue;
  c.severity = core::Severity::kHigh;
  c.topic = "price";
  int64_t run = 0;
  auto store = StoreWithContradiction(db, c, &run);
  REQUIRE(store->LoadContradictions(true).ok());
  for (const std::string& sides : {std::string("[{\"value\": \"$1\", \"claims\": [\"x\"]}]"),
                                   std::string("{}"), std::string("[1]")}) {
    CAPTURE(sides);
    testing::ExecSql(db, "UPDATE contradictions SET sides = ?", {sides});
    auto loaded = store->LoadContradictions(true);
    REQUIRE_FALSE(loaded.ok());
    CHECK(loaded.status().code() == core::Code::kCorruption);
    CHECK(loaded.status().message() ==
          "contradiction 1: sides '" + sides + "' are not a JSON array of {value, claims}");
  }
}

// A claim with a value, so a row in each of claims and claim_values.
ArticleWrite OneClaimWithValue() {
  core::Claim c;
  c.relation = "";
  c.parties = {"B"};
  core::Value v;
  v.type = core::ValueType::kMoney;
  v.text = "$5";
  v.amount = v.high = 5;
  v.currency = "USD";
  c.values = {v};
  return testing::OneClaimArticle("https://news.example/b", "B paid $5.", std::move(c));
}

TEST_CASE("a closed set's column holding an unknown name is a corruption error naming the row",
          "[store][enums]") {
  struct Case {
    std::string table, column, text, error;
  };
  const Case cases[] = {
      {"claims", "polarity", "perhaps", "claim 1: polarity 'perhaps' is not a known value"},
      {"claims", "phase", "later", "claim 1: phase 'later' is not a known value"},
      {"claim_values", "type", "furlongs", "claim 1 value: type 'furlongs' is not a known value"},
      {"claim_values", "bound", "roughly", "claim 1 value: bound 'roughly' is not a known value"},
      {"claim_values", "precision", "fortnight",
       "claim 1 value: precision 'fortnight' is not a known value"},
      {"claim_values", "precision", "Day", "claim 1 value: precision 'Day' is not a known value"},
      {"claim_values", "role", "final", "claim 1 value: role 'final' is not a known value"},
      {"claim_values", "direction", "sideways",
       "claim 1 value: direction 'sideways' is not a known value"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.table, c.column, c.text);
    testing::TempDir dir;
    std::string db = testing::FreshDb(dir);
    auto store = testing::StoreWithArticle(db, OneClaimWithValue());
    REQUIRE(store->LoadClaims().ok());
    REQUIRE(store->ForEachFrameBlock([](const std::vector<StoredClaim>&) {
      return core::Status::Ok();
    }).ok());
    testing::ExecSql(db, "UPDATE " + c.table + " SET " + c.column + " = ?", {c.text});
    auto claims = store->LoadClaims();
    REQUIRE_FALSE(claims.ok());
    CHECK(claims.status().code() == core::Code::kCorruption);
    CHECK(claims.status().message() == c.error);
    core::Status streamed = store->ForEachFrameBlock(
        [](const std::vector<StoredClaim>&) { return core::Status::Ok(); });
    CHECK(streamed.code() == core::Code::kCorruption);
    CHECK(streamed.message() == c.error);
  }
}

TEST_CASE("a contradiction whose kind, severity, status or verdict is unknown is a corruption error",
          "[store][enums]") {
  struct Case {
    std::string column, text, error;
  };
  const Case cases[] = {
      {"kind", "contradiction", "contradiction 1: kind 'contradiction' is not a known value"},
      {"kind", "copy_divergence", "contradiction 1: kind 'copy_divergence' is not a known value"},
      {"kind", "Value", "contradiction 1: kind 'Value' is not a known value"},
      {"kind", "", "contradiction 1: kind '' is not a known value"},
      {"severity", "urgent", "contradiction 1: severity 'urgent' is not a known value"},
      {"severity", "", "contradiction 1: severity '' is not a known value"},
      {"status", "closed", "contradiction 1: status 'closed' is not a known value"},
      {"verdict", "maybe", "contradiction 1: verdict 'maybe' is not a known value"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.column, c.text);
    testing::TempDir dir;
    std::string db = testing::FreshDb(dir);
    core::Contradiction found;
    found.kind = core::ContradictionKind::kCopyDivergence;  // stored as "copy divergence"
    found.severity = core::Severity::kMedium;
    int64_t run = 0;
    auto store = StoreWithContradiction(db, found, &run);
    REQUIRE(store->Triage(1, core::Verdict::kConfirmed, "").ok());
    auto good = store->LoadContradictions(true);
    REQUIRE(good.ok());
    REQUIRE(good->size() == 1);
    CHECK((*good)[0].contradiction.kind == core::ContradictionKind::kCopyDivergence);
    CHECK((*good)[0].contradiction.severity == core::Severity::kMedium);
    CHECK((*good)[0].status == core::ContradictionStatus::kOpen);
    CHECK((*good)[0].verdict == core::Verdict::kConfirmed);
    testing::ExecSql(db, "UPDATE contradictions SET " + c.column + " = ?", {c.text});
    auto loaded = store->LoadContradictionsInRun(run);
    REQUIRE_FALSE(loaded.ok());
    CHECK(loaded.status().code() == core::Code::kCorruption);
    CHECK(loaded.status().message() == c.error);
  }
}

TEST_CASE("a run whose stored status is unknown is a corruption error naming the run",
          "[store][enums]") {
  testing::TempDir dir;
  std::string db = testing::FreshDb(dir);
  auto store = Store::Open(db);
  REQUIRE(store.ok());
  auto run = (*store)->BeginRun("test");
  REQUIRE(run.ok());
  REQUIRE((*store)->FinishRun(*run, RunState::kInterrupted, "").ok());
  auto good = (*store)->LoadRuns();
  REQUIRE(good.ok());
  REQUIRE(good->size() == 1);
  CHECK((*good)[0].status == RunState::kInterrupted);
  testing::ExecSql(db, "UPDATE runs SET status = ?", {"paused"});
  const std::string error = "run " + std::to_string(*run) + ": status 'paused' is not a known value";
  auto runs = (*store)->LoadRuns();
  REQUIRE_FALSE(runs.ok());
  CHECK(runs.status().code() == core::Code::kCorruption);
  CHECK(runs.status().message() == error);
  std::string summary;
  auto one = (*store)->LoadRun(*run, &summary);
  REQUIRE_FALSE(one.ok());
  CHECK(one.status().message() == error);
}

TEST_CASE("a source or document whose stored kind or format is unknown is a corruption error",
          "[store][enums]") {
  struct Case {
    std::string table, column, text, error;
  };
  const Case cases[] = {
      {"sources", "kind", "rss", "source 1: kind 'rss' is not a known value"},
      {"sources", "kind", "Files", "source 1: kind 'Files' is not a known value"},
      {"sources", "kind", "", "source 1: kind '' is not a known value"},
      {"documents", "content_type", "application/xhtml+xml",
       "document 1: content_type 'application/xhtml+xml' is not a known value"},
      {"documents", "content_type", "text/html; charset=utf-8",
       "document 1: content_type 'text/html; charset=utf-8' is not a known value"},
      {"documents", "content_type", "", "document 1: content_type '' is not a known value"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.table, c.column, c.text);
    testing::TempDir dir;
    std::string db = testing::FreshDb(dir);
    auto store = testing::StoreWithArticle(db, OneClaim("A holds a stake in B."));
    auto source = store->FindSource("Wire");
    REQUIRE(source.ok());
    REQUIRE(source->has_value());
    CHECK((*source)->kind == core::SourceKind::kFiles);
    auto document = store->LoadDocument(1);
    REQUIRE(document.ok());
    CHECK(document->format == core::DocumentFormat::kPlainText);
    testing::ExecSql(db, "UPDATE " + c.table + " SET " + c.column + " = ?", {c.text});
    core::Status status = c.table == "sources" ? store->FindSource("Wire").status()
                                               : store->LoadDocument(1).status();
    CHECK(status.code() == core::Code::kCorruption);
    CHECK(status.message() == c.error);
  }
}

TEST_CASE("documents stored under text/html and text/plain read as they were written",
          "[store][enums]") {
  testing::TempDir dir;
  std::string db = testing::FreshDb(dir);
  auto store = testing::StoreWithArticle(db, OneClaim("A holds a stake in B."));
  testing::ExecSql(db, "UPDATE documents SET content_type = ?", {"text/html"});
  auto html = store->LoadDocument(1);
  REQUIRE(html.ok());
  CHECK(html->format == core::DocumentFormat::kHtml);
  testing::ExecSql(db, "UPDATE documents SET content_type = ?", {"text/plain"});
  auto plain = store->LoadDocument(1);
  REQUIRE(plain.ok());
  CHECK(plain->format == core::DocumentFormat::kPlainText);
}

TEST_CASE("a value's precision, role and direction are stored by their names and read back",
          "[store][enums]") {
  testing::TempDir dir;
  std::string db = testing::FreshDb(dir);
  ArticleWrite write = OneClaimWithValue();
  core::Value& v = write.claims[0].values[0];
  v.precision = core::DatePrecision::kQuarter;
  v.role = core::ValueRole::kInitial;
  v.direction = core::Direction::kDown;
  auto store = testing::StoreWithArticle(db, write);
  CHECK(testing::QueryRows(db, "SELECT precision, role, direction FROM claim_values") ==
        std::vector<std::string>{"quarter\tinitial\tdown"});
  auto claims = store->LoadClaims();
  REQUIRE(claims.ok());
  REQUIRE(claims->size() == 1);
  REQUIRE((*claims)[0].claim.values.size() == 1);
  const core::Value& read = (*claims)[0].claim.values[0];
  CHECK(read.precision == core::DatePrecision::kQuarter);
  CHECK(read.role == core::ValueRole::kInitial);
  CHECK(read.direction == core::Direction::kDown);
}

}  // namespace
}  // namespace newsrecon::store
