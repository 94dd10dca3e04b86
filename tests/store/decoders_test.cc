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
    auto store = Store::Open(db);
    REQUIRE(store.ok());
    auto source = (*store)->UpsertSource({0, "Wire", "files", ""});
    REQUIRE(source.ok());
    REQUIRE((*store)->PutArticle(*source, OneClaim("A holds a stake in B.")).ok());
    REQUIRE((*store)->LoadClaims().ok());
    testing::ExecSql(db, "UPDATE claims SET " + c.column + " = ?", {c.text});
    auto claims = (*store)->LoadClaims();
    REQUIRE_FALSE(claims.ok());
    CHECK(claims.status().code() == core::Code::kCorruption);
    CHECK(claims.status().message() == c.error);
  }
}

TEST_CASE("a contradiction row whose sides are bad is a corruption error", "[store]") {
  testing::TempDir dir;
  std::string db = testing::FreshDb(dir);
  auto store = Store::Open(db);
  REQUIRE(store.ok());
  auto run = (*store)->BeginRun("test");
  REQUIRE(run.ok());
  core::Contradiction c;
  c.kind = "value";
  c.severity = "high";
  c.topic = "price";
  c.fingerprint = "f1";
  c.sides = {{"$1", {}}, {"$2", {}}};
  std::vector<core::Contradiction> found = {c};
  REQUIRE((*store)->SaveContradictions(*run, found).ok());
  REQUIRE((*store)->LoadContradictions(true).ok());
  for (const std::string& sides : {std::string("[{\"value\": \"$1\", \"claims\": [\"x\"]}]"),
                                   std::string("{}"), std::string("[1]")}) {
    CAPTURE(sides);
    testing::ExecSql(db, "UPDATE contradictions SET sides = ?", {sides});
    auto loaded = (*store)->LoadContradictions(true);
    REQUIRE_FALSE(loaded.ok());
    CHECK(loaded.status().code() == core::Code::kCorruption);
    CHECK(loaded.status().message() ==
          "contradiction 1: sides '" + sides + "' are not a JSON array of {value, claims}");
  }
}

}  // namespace
}  // namespace newsrecon::store
