// What the workers of one run share through the store (store/run_share_store.cc), on the
// engine under test: SQLite, or PostgreSQL in the suite's "postgresql: " run. Host slots
// leased, released and taken over; host start times; run configs stored once.
#include <catch2/catch.hpp>

#include <chrono>
#include <thread>

#include "store/store.h"
#include "tests/pg_support.h"
#include "tests/test_support.h"

namespace newsrecon::testing {
namespace {

std::unique_ptr<store::Store> OpenFresh(const TempDir& dir, std::string* db = nullptr) {
  std::string fresh = FreshDb(dir);
  if (db != nullptr) *db = fresh;
  auto store = store::Store::Open(fresh);
  REQUIRE(store.ok());
  return std::move(*store);
}

int Take(store::Store& s, int64_t run, const std::string& host, const std::string& holder,
         int64_t lease_ms = 60000) {
  auto slot = s.TakeHostLease(run, host, 2, holder, lease_ms);
  REQUIRE(slot.ok());
  return *slot;
}

TEST_CASE("a host's transfer slots are leased one holder each, freed, and taken over once run out",
          "[store][run_share]") {
  TempDir dir;
  auto s = OpenFresh(dir);
  auto run = s->BeginRun("run --worker");
  REQUIRE(run.ok());
  const std::string host = "http://127.0.0.1:8080";
  // Two slots: two holders get one each, the third none; another host is apart.
  CHECK(Take(*s, *run, host, "a") == 0);
  CHECK(Take(*s, *run, host, "b") == 1);
  CHECK(Take(*s, *run, host, "c") == -1);
  CHECK(Take(*s, *run, "http://127.0.0.1:8081", "c") == 0);
  // Only the holder frees its slot.
  REQUIRE(s->ReleaseHostLease(*run, host, 0, "b").ok());
  CHECK(Take(*s, *run, host, "c") == -1);
  REQUIRE(s->ReleaseHostLease(*run, host, 0, "a").ok());
  CHECK(Take(*s, *run, host, "c") == 0);
  // A holder that is gone (its lease ran out) loses its slot to the next asking, and its
  // late release leaves the new holder's lease alone.
  REQUIRE(s->ReleaseHostLease(*run, host, 1, "b").ok());
  CHECK(Take(*s, *run, host, "d", 1) == 1);
  std::this_thread::sleep_for(std::chrono::milliseconds(30));
  CHECK(Take(*s, *run, host, "e") == 1);
  REQUIRE(s->ReleaseHostLease(*run, host, 1, "d").ok());
  CHECK(Take(*s, *run, host, "f") == -1);
  // The run's host rows go with it.
  REQUIRE(s->ForgetRunHosts(*run).ok());
  CHECK(Take(*s, *run, host, "f") == 0);
}

TEST_CASE("a host's next start is taken by one caller at a time", "[store][run_share]") {
  TempDir dir;
  auto s = OpenFresh(dir);
  auto run = s->BeginRun("run --worker");
  REQUIRE(run.ok());
  auto first = s->ClaimHostStart(*run, "http://h:1", 300);
  REQUIRE(first.ok());
  CHECK(*first == 0);
  auto second = s->ClaimHostStart(*run, "http://h:1", 300);
  REQUIRE(second.ok());
  CHECK(*second > 0);
  CHECK(*second <= 300);
  auto other = s->ClaimHostStart(*run, "http://h:2", 300);
  REQUIRE(other.ok());
  CHECK(*other == 0);
}

TEST_CASE("a run's config is stored once for runs of the same config", "[store][run_share]") {
  TempDir dir;
  std::string db;
  auto s = OpenFresh(dir, &db);
  const struct {
    const char* config;
    const char* extractor;
  } runs[] = {{"{\"toml\": \"a\"}", "x:1"}, {"{\"toml\": \"a\"}", "x:1"}, {"{\"toml\": \"b\"}", "x:1"},
              {"{\"toml\": \"a\"}", "x:2"}, {"{\"toml\": \"a\"}", "x:1"}};
  for (const auto& r : runs) {
    auto run = s->BeginRun("run");
    REQUIRE(run.ok());
    REQUIRE(s->SaveRunConfig(*run, r.config, r.extractor).ok());
  }
  for (int64_t id = 1; id <= 5; ++id) {
    CAPTURE(id);
    auto loaded = s->LoadRunConfig(id);
    REQUIRE(loaded.ok());
    REQUIRE(loaded->has_value());
    CHECK((*loaded)->config == runs[id - 1].config);
    CHECK((*loaded)->extractor == runs[id - 1].extractor);
  }
  auto none = s->LoadRunConfig(6);
  REQUIRE(none.ok());
  CHECK_FALSE(none->has_value());
  // Three texts stored (a with x:1, b, a with x:2); runs 2 and 5 name run 1.
  CHECK(QueryRows(db, "SELECT run_id, coalesce(same_as, 0), CASE WHEN config = '' THEN 0 ELSE 1 END "
                      "FROM run_configs ORDER BY run_id") ==
        std::vector<std::string>{"1\t0\t1", "2\t1\t0", "3\t0\t1", "4\t0\t1", "5\t1\t0"});
}

}  // namespace
}  // namespace newsrecon::testing
