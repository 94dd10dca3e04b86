// Tests for what the reports read from the store: runs, contradictions per run, and
// article fingerprints.
#include <catch2/catch.hpp>

#include <bit>

#include "store/store.h"
#include "tests/pg_support.h"
#include "tests/test_support.h"

namespace newsrecon::store {
namespace {

using testing::TempDir;

core::Contradiction Found(const std::string& fingerprint, const std::string& severity) {
  core::Contradiction c;
  c.kind = core::ContradictionKind::kValue;
  REQUIRE(core::ParseSeverity(severity, &c.severity));
  c.topic = "stake: A, B";
  c.fingerprint = fingerprint;
  c.evidence = std::string(1, 'e');  // not = "e": GCC 12 warns (-Wrestrict) in Release
  c.sides = {{"27 percent", {}}, {"32 percent", {}}};
  return c;
}

// "fingerprint new|seen status" for each contradiction, in the order the store gives.
std::vector<std::string> Describe(const std::vector<StoredContradiction>& found) {
  std::vector<std::string> out;
  for (const auto& sc : found) {
    out.push_back(sc.contradiction.fingerprint + (sc.is_new ? " new " : " seen ") +
                  core::ToString(sc.status));
  }
  return out;
}

TEST_CASE("contradictions by run: present, first seen, and as they were", "[store]") {
  TempDir dir;
  auto opened = Store::Open(testing::FreshDb(dir));
  REQUIRE(opened.ok());
  Store& store = **opened;
  auto save = [&](const std::string& command, std::vector<core::Contradiction> found) {
    auto run = store.BeginRun(command);
    REQUIRE(run.ok());
    if (command == "reconcile") REQUIRE(store.SaveContradictions(*run, found).ok());
    return *run;
  };
  int64_t run1 = save("reconcile", {Found("f1", "low")});
  int64_t run2 = save("ingest", {});
  int64_t run3 = save("reconcile", {Found("f1", "low"), Found("f2", "high")});
  int64_t run4 = save("reconcile", {Found("f2", "high")});

  auto in = [&](int64_t run) {
    auto found = store.LoadContradictionsInRun(run);
    REQUIRE(found.ok());
    return Describe(*found);
  };
  using Lines = std::vector<std::string>;
  CHECK(in(run1) == Lines{"f1 new gone"});
  CHECK(in(run2).empty());
  CHECK(in(run3) == Lines{"f2 new open", "f1 seen gone"});
  CHECK(in(run4) == Lines{"f2 seen open"});

  auto counts = store.CountContradictionsByRun();
  REQUIRE(counts.ok());
  REQUIRE(counts->size() == 3);
  CHECK((*counts)[0].run_id == run1);
  CHECK((*counts)[0].present == 1);
  CHECK((*counts)[0].first_seen == 1);
  CHECK((*counts)[1].run_id == run3);
  CHECK((*counts)[1].present == 2);
  CHECK((*counts)[1].first_seen == 1);
  CHECK((*counts)[2].run_id == run4);
  CHECK((*counts)[2].present == 1);
  CHECK((*counts)[2].first_seen == 0);
  CHECK((*counts)[2].started_at.size() == 24);  // 2026-05-01T03:00:00.000Z

  auto runs = store.LoadRuns();
  REQUIRE(runs.ok());
  REQUIRE(runs->size() == 4);
  CHECK((*runs)[1].command == "ingest");
  CHECK((*runs)[1].status == RunState::kRunning);
  REQUIRE(store.FinishRun(run2, RunState::kOk, "").ok());
  CHECK((*store.LoadRuns())[1].status == RunState::kOk);
  CHECK_FALSE((*store.LoadRuns())[1].finished_at.empty());
}

TEST_CASE("fingerprints: every article's simhash and voice", "[store]") {
  TempDir dir;
  auto opened = Store::Open(testing::FreshDb(dir));
  REQUIRE(opened.ok());
  Store& store = **opened;
  auto a = store.UpsertSource({0, "A", core::SourceKind::kFiles, ""});
  auto b = store.UpsertSource({0, "B", core::SourceKind::kFiles, ""});
  REQUIRE(a.ok());
  REQUIRE(b.ok());
  auto put = [&](int64_t source, const std::string& url, uint64_t simhash) {
    ArticleWrite w;
    w.document.url = url;
    w.document.format = core::DocumentFormat::kPlainText;
    w.document.body = url + " body";
    w.text.text = url + " text";
    w.simhash = simhash;
    w.copies = [](const ArticleFingerprint& stored, const ArticleFingerprint& page) {
      return std::popcount(stored.simhash ^ page.simhash) <= 3;
    };
    auto stored = store.PutArticle(source, w);
    REQUIRE(stored.ok());
    return stored->article_id;
  };
  int64_t first = put(*a, "https://a.example/1", 0xF0F0);
  int64_t copy = put(*b, "https://b.example/1", 0xF0F1);  // one bit off: a copy of `first`
  int64_t other = put(*b, "https://b.example/2", 0x0F0F);
  put(*b, "https://b.example/3", 0);  // no fingerprint
  auto prints = store.LoadFingerprints();
  REQUIRE(prints.ok());
  REQUIRE(prints->size() == 3);
  CHECK(((*prints)[0].article_id == first && (*prints)[0].voice == first && (*prints)[0].simhash == 0xF0F0));
  CHECK(((*prints)[1].article_id == copy && (*prints)[1].voice == first));
  CHECK(((*prints)[2].article_id == other && (*prints)[2].voice == other));
}

}  // namespace
}  // namespace newsrecon::store
