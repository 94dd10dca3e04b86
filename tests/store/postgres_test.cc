// Tests for the PostgreSQL side of store/: SQL translation, URLs in messages, connection
// errors, migrations when several processes open a new database at once, and results read
// a row at a time.
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <thread>
#include <vector>

#include <unistd.h>

#include "cli/run_lock.h"
#include "store/internal/db.h"
#include "store/internal/dialect.h"
#include "store/internal/schema.h"
#include "store/store.h"
#include "tests/pg_support.h"
#include "tests/test_support.h"

namespace newsrecon::store {
namespace {

TEST_CASE("placeholders become PostgreSQL's, literals and comments untouched", "[store]") {
  struct Case {
    const char* sql;
    const char* want;
    int params;
  };
  const Case cases[] = {
      {"SELECT ?", "SELECT $1", 1},
      {"VALUES (?, ?, ?)", "VALUES ($1, $2, $3)", 3},
      {"WHERE a = ?2 AND b = ?1", "WHERE a = $2 AND b = $1", 2},
      {"WHERE a != ?1 AND b IN (?, ?)", "WHERE a != $1 AND b IN ($2, $3)", 3},
      {"SET x = ?3, y = CASE WHEN ?7 != '' THEN ?7 END", "SET x = $3, y = CASE WHEN $7 != '' THEN $7 END", 7},
      {"SELECT '?', 'it''s ?', \"a?\" FROM t WHERE c = ?", "SELECT '?', 'it''s ?', \"a?\" FROM t WHERE c = $1", 1},
      {"SELECT 1 -- why?\nFROM t WHERE c = ?", "SELECT 1 -- why?\nFROM t WHERE c = $1", 1},
      {"SELECT 1", "SELECT 1", 0},
  };
  for (const Case& c : cases) {
    CAPTURE(c.sql);
    int params = -1;
    CHECK(PostgresPlaceholders(c.sql, &params) == c.want);
    CHECK(params == c.params);
  }
}

TEST_CASE("migrations' DDL in PostgreSQL's types", "[store]") {
  CHECK(PostgresDdl("CREATE TABLE t (\n  id INTEGER PRIMARY KEY,\n  n INTEGER NOT NULL,\n"
                    "  end INTEGER NOT NULL,\n  x REAL,\n  b BLOB,\n  s TEXT\n) WITHOUT ROWID;") ==
        "CREATE TABLE t (\n  id BIGSERIAL PRIMARY KEY,\n  n BIGINT NOT NULL,\n"
        "  \"end\" BIGINT NOT NULL,\n  x DOUBLE PRECISION,\n  b BYTEA,\n  s TEXT COLLATE \"C\"\n);");
}

TEST_CASE("URLs in messages never show a password", "[store]") {
  const std::pair<const char*, const char*> cases[] = {
      {"postgresql://news:s3cret@db.example:5432/news", "postgresql://news@db.example:5432/news"},
      {"postgresql://news@db.example/news", "postgresql://news@db.example/news"},
      {"postgres://db.example:5432/news?sslmode=require", "postgres://db.example:5432/news?sslmode=require"},
      {"postgresql://db/news?user=a&password=b&sslmode=require", "postgresql://db/news?user=a&sslmode=require"},
      {"postgresql://db/news?password=b", "postgresql://db/news"},
      {"postgresql://db/news?password=b&sslmode=require", "postgresql://db/news?sslmode=require"},
      {"postgresql://a:p%40ss@db1,db2:5433/news", "postgresql://a@db1,db2:5433/news"},
      {"postgresql://db/news?passfile=/etc/pgpass", "postgresql://db/news?passfile=/etc/pgpass"},
      {"host=db dbname=news user=a password=s3cret", "host=db dbname=news user=a"},
      {"password=s3cret host=db", "host=db"},
      {"password=s3cret", "(libpq's defaults)"},
      {"host=db password = 's3 c\\'ret' port=5432", "host=db port=5432"},
      {"host=db passfile=/home/a/.pgpass", "host=db passfile=/home/a/.pgpass"},
      {"news.db", "news.db"},
  };
  for (const auto& [url, shown] : cases) {
    CAPTURE(url);
    CHECK(RedactUrl(url) == shown);
  }
  CHECK(RedactPasswords("bad \"s3cret\" and \"p@ss\"", "postgresql://a:p%40ss@db/x?password=s3cret") ==
        "bad \"***\" and \"***\"");
  CHECK(RedactPasswords("missing \"=\" after \"s3cret\"", "host=db password=s3cret") ==
        "missing \"=\" after \"***\"");
  CHECK(IsPostgresUrl("host=db dbname=news"));
  CHECK(IsPostgresUrl("dbname = news"));
  CHECK_FALSE(IsPostgresUrl("news=1.db"));
  CHECK(IsPostgresUrl("postgresql://db/news"));
  CHECK(IsPostgresUrl("postgres://db/news"));
  CHECK_FALSE(IsPostgresUrl("news.db"));
  CHECK_FALSE(IsPostgresUrl("./postgresql://x"));
}

TEST_CASE("an unreachable server is one line: what, where, why", "[store]") {
  auto r = testing::RunCli({"reconcile", "--db", "postgresql://news:s3cret@127.0.0.1:1/news"});
  CHECK(r.exit_code == 1);
  CHECK(r.err ==
        "newsrecon: postgresql://news@127.0.0.1:1/news: cannot connect (connection to server at "
        "\"127.0.0.1\", port 1 failed: Connection refused Is the server running on that host and "
        "accepting TCP/IP connections?)\n");
  r = testing::RunCli({"reconcile", "--db", "postgresql://news@[::1/news"});
  CHECK(r.exit_code == 1);
  CHECK(r.err.rfind("newsrecon: postgresql://news@[::1/news: cannot connect (", 0) == 0);
  CHECK(r.err.find('\n') == r.err.size() - 1);
}

TEST_CASE("a wrong password is refused in one line", "[pg]") {
  std::string why;
  testing::PgServer* server = testing::PgServer::Shared(&why);
  if (server == nullptr) FAIL(why);
  std::string url = server->NewDatabase();
  std::string wrong = url;
  wrong.replace(wrong.find(":newsrecon-test@"), 16, ":wrong@");
  auto r = testing::RunCli({"reconcile", "--db", wrong});
  CHECK(r.exit_code == 1);
  std::string shown = RedactUrl(wrong);
  CHECK(r.err == "newsrecon: " + shown + ": cannot connect (connection to server at \"127.0.0.1\", port " +
                     url.substr(url.rfind(':') + 1, url.rfind('/') - url.rfind(':') - 1) +
                     " failed: FATAL: password authentication failed for user \"newsrecon\")\n");
}

TEST_CASE("workers opening a new database at once migrate it once", "[pg]") {
  std::string why;
  testing::PgServer* server = testing::PgServer::Shared(&why);
  if (server == nullptr) FAIL(why);
  std::string url = server->NewDatabase();
  std::vector<core::Status> results(6);
  std::vector<std::thread> threads;
  for (auto& result : results) {
    threads.emplace_back([&url, &result] {
      auto store = Store::Open(url);
      result = store.ok() ? core::Status::Ok() : store.status();
    });
  }
  for (auto& t : threads) t.join();
  for (const auto& result : results) CHECK(result.message() == "");
  CHECK(server->Psql(url, "SELECT version FROM schema_version") ==
        std::to_string(Migrations().size()) + "\n");
}

// This process's resident memory now, from /proc/self/statm (pages).
int64_t ResidentBytes() {
  std::ifstream statm("/proc/self/statm");
  int64_t size = 0, resident = 0;
  statm >> size >> resident;
  return resident * sysconf(_SC_PAGESIZE);
}

std::unique_ptr<Db> OpenTestDb() {
  std::string why;
  testing::PgServer* server = testing::PgServer::Shared(&why);
  if (server == nullptr) FAIL(why);
  auto db = Db::Open(server->NewDatabase());
  REQUIRE(db.ok());
  return std::move(*db);
}

TEST_CASE("stepping a large result holds one row at a time and never the whole result", "[pg]") {
  auto db = OpenTestDb();
  // 300,000 rows of 1 kB: 300 MB if the result were held whole, as PQexec would.
  auto stmt = db->Prepare("SELECT g, repeat('x', 1000) FROM generate_series(1, ?) g");
  REQUIRE(stmt.ok());
  stmt->Bind(1, int64_t{300000});
  int64_t before = ResidentBytes(), peak = before, rows = 0, sum = 0;
  core::Status status = stmt->ForEachRow([&] {
    ++rows;
    sum += stmt->Int(0);
    if (stmt->Text(1).size() != 1000) FAIL("row " << rows << ": " << stmt->Text(1).size());
    if (rows % 10000 == 0) peak = std::max(peak, ResidentBytes());
  });
  CHECK(status.message() == "");
  CHECK(rows == 300000);
  CHECK(sum == int64_t{300000} * 300001 / 2);
  CAPTURE(before, peak);
#if defined(__SANITIZE_ADDRESS__)
  // AddressSanitizer keeps freed memory in quarantine (256 MB by default): resident memory
  // says nothing about what is held. The plain build checks the bound.
  WARN("resident-memory bound not checked under AddressSanitizer");
#else
  CHECK(peak - before < int64_t{32} << 20);
#endif
}

TEST_CASE("a statement part-way keeps its rows while others run on the connection", "[pg]") {
  auto db = OpenTestDb();
  auto outer = db->Prepare("SELECT g FROM generate_series(1, 1000) g");
  REQUIRE(outer.ok());
  std::vector<int64_t> seen;
  for (int i = 0; i < 10; ++i) {
    REQUIRE(*outer->Step());
    seen.push_back(outer->Int(0));
  }
  // A statement, a command and a new prepared statement between two steps of `outer`.
  auto inner = db->Prepare("SELECT count(*) FROM generate_series(1, ?) g");
  REQUIRE(inner.ok());
  REQUIRE(*inner->Bind(1, int64_t{7}).Step());
  CHECK(inner->Int(0) == 7);
  CHECK(db->Exec("CREATE TABLE t (n BIGINT); INSERT INTO t VALUES (1), (2)").message() == "");
  auto update = db->Prepare("UPDATE t SET n = n + 1");
  REQUIRE(update.ok());
  CHECK(update->Run().message() == "");
  CHECK(db->Changes() == 2);
  CHECK(outer->ForEachRow([&] { seen.push_back(outer->Int(0)); }).message() == "");
  REQUIRE(seen.size() == 1000);
  for (size_t i = 0; i < seen.size(); ++i) CHECK(seen[i] == static_cast<int64_t>(i) + 1);
}

TEST_CASE("a result left part-way or reset or failing frees the connection", "[pg]") {
  auto db = OpenTestDb();
  {
    auto left = db->Prepare("SELECT g FROM generate_series(1, 100000) g");
    REQUIRE(left.ok());
    REQUIRE(*left->Step());
  }  // destroyed part-way
  auto again = db->Prepare("SELECT g FROM generate_series(1, 100000) g");
  REQUIRE(again.ok());
  REQUIRE(*again->Step());
  again->Reset();  // part-way, then from the start
  int64_t rows = 0;
  CHECK(again->ForEachRow([&] { ++rows; }).message() == "");
  CHECK(rows == 100000);
  // An error after some rows came: those rows, then the server's message.
  auto failing = db->Prepare("SELECT 1 / (500 - g) FROM generate_series(1, 1000) g");
  REQUIRE(failing.ok());
  rows = 0;
  core::Status status = failing->ForEachRow([&] { ++rows; });
  CHECK(status.message() == "ERROR: division by zero");
  CHECK(rows == 499);  // streamed: a whole result would have given none
  auto after = db->Prepare("SELECT 'still usable'");
  REQUIRE(after.ok());
  REQUIRE(*after->Step());
  CHECK(after->Text(0) == "still usable");
}

}  // namespace
}  // namespace newsrecon::store

namespace newsrecon::cli {
namespace {

TEST_CASE("one run at a time on a server: the second is refused, naming the first", "[pg]") {
  std::string why;
  testing::PgServer* server = testing::PgServer::Shared(&why);
  if (server == nullptr) FAIL(why);
  std::string url = server->NewDatabase();
  auto held = RunLock::Acquire(url);
  REQUIRE(held.ok());
  auto second = RunLock::Acquire(url);
  REQUIRE_FALSE(second.ok());
  CHECK(second.status().code() == core::Code::kBusy);
  std::string shown = store::RedactUrl(url);
  std::string holder = "(pid " + std::to_string(getpid()) + " on ";
  CHECK(second.status().message().rfind(shown + ": another run " + holder, 0) == 0);
  auto worker = RunLock::Acquire(url, true);  // workers share what a run holds alone
  CHECK_FALSE(worker.ok());
  held->reset();
  auto first_worker = RunLock::Acquire(url, true);
  auto second_worker = RunLock::Acquire(url, true);
  CHECK(first_worker.ok());
  CHECK(second_worker.ok());
  CHECK_FALSE(RunLock::Acquire(url).ok());
}

TEST_CASE("a work item round-trips its kind, and a stored unknown kind is a corruption error", "[pg]") {
  std::string why;
  testing::PgServer* server = testing::PgServer::Shared(&why);
  if (server == nullptr) FAIL(why);
  std::string url = server->NewDatabase();
  auto store = store::Store::Open(url);
  REQUIRE(store.ok());
  auto run = (*store)->BeginRun("test");
  REQUIRE(run.ok());
  const std::vector<store::WorkRequest> queued = {{store::WorkKind::kSource, "Wire"},
                                                  {store::WorkKind::kDocument, "7"},
                                                  {store::WorkKind::kClaims, "8"},
                                                  {store::WorkKind::kReconcile, ""}};
  auto added = (*store)->EnqueueWork(*run, queued);
  REQUIRE(added.ok());
  CHECK(*added == 4);
  auto leased = (*store)->LeaseWork(*run, "w1", 10, 60000);
  REQUIRE(leased.ok());
  std::vector<store::WorkRequest> back;
  for (const store::WorkItem& w : *leased) back.emplace_back(w.kind, w.item);
  std::vector<store::WorkRequest> want = queued;
  std::sort(back.begin(), back.end());  // RETURNING gives no order
  std::sort(want.begin(), want.end());
  CHECK(back == want);

  REQUIRE((*store)->EnqueueWork(*run, {{store::WorkKind::kDocument, "9"}}).ok());
  testing::ExecSql(url, "UPDATE work_items SET kind = 'sitemap' WHERE item = '9'");
  auto bad = (*store)->LeaseWork(*run, "w1", 10, 60000);
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().code() == core::Code::kCorruption);
  CHECK(bad.status().message() == "work item 5: kind 'sitemap' is not a known value");
}

}  // namespace
}  // namespace newsrecon::cli
