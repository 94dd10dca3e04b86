// Tests for store/: schema, idempotent writes, contradiction history and verdicts.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cctype>
#include <set>

#include "core/candidates.h"
#include "core/sha256.h"
#include "ingest/near_duplicate.h"
#include "store/store.h"
#include "tests/pg_support.h"
#include "tests/test_support.h"

namespace newsrecon::store {
namespace {

using testing::TempDir;

ArticleWrite SampleWrite(const std::string& body) {
  core::Claim c;
  c.relation = "stake";
  c.roles = {{"holder", "A"}, {"company", "B"}};
  c.parties = {"A", "B"};
  core::Value v;
  v.type = core::ValueType::kPercent;
  v.amount = v.high = 27;
  v.text = "27 percent";
  c.values.push_back(v);
  return testing::OneClaimArticle("https://news.example/a", body, std::move(c));
}

TEST_CASE("a new store is migrated, in WAL mode, with foreign keys", "[store]") {
  TempDir dir;
  std::string db = testing::FreshDb(dir);
  auto store = Store::Open(db);
  REQUIRE(store.ok());
  auto runs = (*store)->Count("runs");
  REQUIRE(runs.ok());
  CHECK(*runs == 0);
  if (!testing::TestingPostgres()) CHECK(testing::Exists(dir.File("n.db-wal")));
  // A document of a source that does not exist is refused.
  auto orphan = (*store)->PutDocument(999, 0, {});
  REQUIRE_FALSE(orphan.ok());
  std::string why = orphan.status().message();
  std::transform(why.begin(), why.end(), why.begin(), [](unsigned char c) { return std::tolower(c); });
  CHECK(why.find("foreign key") != std::string::npos);
  // Reopening an up-to-date store changes nothing.
  store->reset();
  auto again = Store::Open(db);
  REQUIRE(again.ok());
  CHECK(*(*again)->Count("runs") == 0);
}

TEST_CASE("putting the same article twice adds nothing", "[store]") {
  TempDir dir;
  auto store = Store::Open(testing::FreshDb(dir));
  REQUIRE(store.ok());
  auto source = (*store)->UpsertSource({0, "Wire", core::SourceKind::kFiles, ""});
  REQUIRE(source.ok());
  auto first = (*store)->PutArticle(*source, SampleWrite("A holds a stake of 27 percent in B."));
  REQUIRE(first.ok());
  CHECK(first->new_article);
  auto second = (*store)->PutArticle(*source, SampleWrite("A holds a stake of 27 percent in B."));
  REQUIRE(second.ok());
  CHECK_FALSE(second->new_article);
  CHECK_FALSE(second->new_document);
  for (const char* table : {"documents", "articles", "claims", "claim_values", "sentences"}) {
    CAPTURE(table);
    CHECK(*(*store)->Count(table) == 1);
  }
  auto claims = (*store)->LoadClaims();
  REQUIRE(claims.ok());
  REQUIRE(claims->size() == 1);
  const StoredClaim& c = claims->front();
  CHECK(c.source == "Wire");
  CHECK(c.claim.roles == std::vector<core::Role>{{"holder", "A"}, {"company", "B"}});
  REQUIRE(c.claim.values.size() == 1);
  CHECK(c.claim.values[0].amount == 27);
}

TEST_CASE("a copy from another source is linked to the first copy by its MinHash", "[store]") {
  TempDir dir;
  auto store = Store::Open(testing::FreshDb(dir));
  REQUIRE(store.ok());
  auto wire = (*store)->UpsertSource({0, "Wire", core::SourceKind::kFiles, ""});
  auto herald = (*store)->UpsertSource({0, "Herald", core::SourceKind::kFiles, ""});
  auto post = (*store)->UpsertSource({0, "Post", core::SourceKind::kFiles, ""});
  REQUIRE((wire.ok() && herald.ok() && post.ok()));
  auto write = [](const std::string& body, uint32_t seed, int64_t band) {
    ArticleWrite w = SampleWrite(body);
    for (uint32_t i = 0; i < 64; ++i) w.minhash.push_back(i % 2 == 0 ? seed : i);
    w.minhash_bands = {band};
    w.copies = ingest::Copies;
    return w;
  };
  auto first = (*store)->PutArticle(*wire, write("A holds a stake of 27 percent in B.", 1, 7));
  REQUIRE(first.ok());
  CHECK(first->duplicate_of == 0);
  // Agrees in the 32 odd places: a copy.
  auto copy = (*store)->PutArticle(*herald, write("A holds a stake of 27 percent in B!", 2, 7));
  REQUIRE(copy.ok());
  CHECK(copy->duplicate_of == first->article_id);
  // Shares the band but agrees nowhere: a candidate, not a copy.
  ArticleWrite other = write("C holds a stake of 10 percent in D.", 1000, 7);
  for (uint32_t& v : other.minhash) v += 5000;
  auto third = (*store)->PutArticle(*post, other);
  REQUIRE(third.ok());
  CHECK(third->duplicate_of == 0);
  // Another source's copy of a copy joins the first copy's voice.
  auto later = (*store)->PutArticle(*post, write("A holds a stake of 27 percent in B?", 3, 7));
  REQUIRE(later.ok());
  CHECK(later->duplicate_of == first->article_id);
  CHECK(*(*store)->Count("articles") == 4);
}

TEST_CASE("a file that is not SQLite is refused and left untouched", "[store]") {
  if (testing::TestingPostgres()) return;  // about SQLite files only
  TempDir dir;
  std::string path = dir.File("not.db");
  std::string content = "this is a text file, not a database\n";
  testing::WriteFile(path, content);
  auto store = Store::Open(path);
  REQUIRE_FALSE(store.ok());
  CHECK(store.status().code() == core::Code::kCorruption);
  CHECK(store.status().message() == path + ": not a newsrecon database (file is not a database)");
  CHECK(testing::ReadFile(path) == content);
}

core::Contradiction Found(const std::string& fingerprint, const std::string& evidence) {
  core::Contradiction c;
  c.kind = core::ContradictionKind::kValue;
  c.severity = core::Severity::kMedium;
  c.topic = "stake: A, B";
  c.fingerprint = fingerprint;
  c.evidence = evidence;
  c.sides = {{"27 percent", {}}, {"32 percent", {}}};
  return c;
}

TEST_CASE("contradictions keep their history across runs", "[store]") {
  TempDir dir;
  auto opened = Store::Open(testing::FreshDb(dir));
  REQUIRE(opened.ok());
  Store& store = **opened;
  auto run1 = store.BeginRun("reconcile");
  std::vector<core::Contradiction> found = {Found("f1", "e1")};
  auto counts = store.SaveContradictions(*run1, found);
  REQUIRE(counts.ok());
  CHECK(counts->new_count == 1);
  int64_t id = found[0].id;

  auto run2 = store.BeginRun("reconcile");
  counts = store.SaveContradictions(*run2, found);
  CHECK(counts->new_count == 0);
  CHECK(counts->still_present == 1);
  auto open = store.LoadContradictions(false);
  REQUIRE(open->size() == 1);
  CHECK(open->front().runs_present == 2);
  CHECK(open->front().first_seen_run == *run1);

  // Dismissed: not reported while the evidence stays the same.
  REQUIRE(store.Triage(id, core::Verdict::kDismissed, "same fact, two dates").ok());
  auto run3 = store.BeginRun("reconcile");
  counts = store.SaveContradictions(*run3, found);
  CHECK(store.LoadContradictions(false)->empty());
  CHECK(store.LoadContradictions(true)->size() == 1);

  // New evidence reopens it.
  found = {Found("f1", "e2")};
  auto run4 = store.BeginRun("reconcile");
  counts = store.SaveContradictions(*run4, found);
  CHECK(store.LoadContradictions(false)->size() == 1);

  // Gone when no longer found.
  std::vector<core::Contradiction> none;
  auto run5 = store.BeginRun("reconcile");
  counts = store.SaveContradictions(*run5, none);
  CHECK(counts->gone == 1);
  CHECK(store.LoadContradictions(true)->empty());

  CHECK(store.Triage(999, core::Verdict::kConfirmed, "").message() == "no contradiction with id 999");
}

TEST_CASE("frame blocks are keyed by core::FrameOf, stored with each value as it is written",
          "[store]") {
  auto value = [](core::ValueType type, const std::string& frame, double amount) {
    core::Value v;
    v.type = type;
    v.frame = frame;
    v.amount = v.high = amount;
    v.text = std::to_string(amount);
    return v;
  };
  core::Claim first;
  first.parties = {"B"};
  first.values = {value(core::ValueType::kMoney, "", 5), value(core::ValueType::kCount, "", 7),
                  value(core::ValueType::kCount, "killed", 3),
                  value(core::ValueType::kNumber, "killed", 4)};
  core::Claim second = first;
  second.values = {value(core::ValueType::kCount, "killed", 9)};
  ArticleWrite w = testing::OneClaimArticle("https://news.example/f", "Five; seven; three killed.",
                                            first);
  second.quote = w.claims[0].quote;
  second.span = w.claims[0].span;
  w.claims.push_back(second);

  testing::TempDir dir;
  std::string db = testing::FreshDb(dir);
  auto store = testing::StoreWithArticle(db, w);

  std::vector<std::string> want;
  for (const core::Claim& c : w.claims) {
    for (const core::Value& v : c.values) want.push_back(core::FrameOf(v));
  }
  CHECK(testing::QueryRows(db, "SELECT frame_key FROM claim_values ORDER BY claim_id, idx") ==
        want);

  std::vector<std::string> blocks;  // each block's key: its values' one FrameOf, and claims
  REQUIRE(store->ForEachFrameBlock([&](const std::vector<StoredClaim>& block) {
    std::set<std::string> keys;
    for (const StoredClaim& sc : block) {
      for (const core::Value& v : sc.claim.values) keys.insert(core::FrameOf(v));
    }
    CHECK(keys.size() == 1);
    blocks.push_back(*keys.begin() + " x" + std::to_string(block.size()));
    return core::Status::Ok();
  }).ok());
  CHECK(blocks == std::vector<std::string>{"#count x1", "#money x1", "killed x2"});
}

}  // namespace
}  // namespace newsrecon::store
