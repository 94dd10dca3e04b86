// The store tests on both engines: a fresh database for each test, a SQLite file or a new
// database on a scratch PostgreSQL server (tests/pg_server.sh).
//
// The backend is PostgreSQL when NEWSRECON_TEST_PG_INFO names the info file of a server
// ctest started (the "postgresql: " run of the suite) or NEWSRECON_TEST_BACKEND is
// "postgresql"; otherwise SQLite. Tests that need PostgreSQL whatever the backend ([pg])
// call PgServer::Shared(), which starts a server of this process's own when none is given.
#ifndef NEWSRECON_TESTS_PG_SUPPORT_H_
#define NEWSRECON_TESTS_PG_SUPPORT_H_

#include <memory>
#include <string>

#include "tests/test_support.h"

namespace newsrecon::testing {

class PgServer {
 public:
  // The server for this test process, started on first use; null with *why set when the
  // PostgreSQL binaries are not installed (the caller skips, saying so).
  static PgServer* Shared(std::string* why);
  ~PgServer();  // stops the server this process started
  PgServer(const PgServer&) = delete;
  PgServer& operator=(const PgServer&) = delete;

  // Creates an empty database and returns its URL.
  std::string NewDatabase();
  // The server's URL, without a database name: postgresql://USER:PASSWORD@127.0.0.1:PORT
  const std::string& base() const { return base_; }
  // Runs `sql` with psql on `url`; returns its output (rows unaligned, '|' between columns)
  // and fails the test when psql does.
  std::string Psql(const std::string& url, const std::string& sql) const;

 private:
  PgServer(std::string base, std::string info, bool owned)
      : base_(std::move(base)), info_(std::move(info)), owned_(owned) {}
  std::string base_;
  std::string info_;  // the info file of a server this process started
  bool owned_;
};

// True when this run of the suite is the PostgreSQL one.
bool TestingPostgres();

// A fresh, empty database for one test: `dir`/`name` on SQLite, a new database on the
// test server on PostgreSQL.
std::string FreshDb(const TempDir& dir, const std::string& name = "n.db");

// The store at `db` opened, with `article` put there from one source ("Wire"); fails the
// test when any step does.
std::unique_ptr<store::Store> StoreWithArticle(const std::string& db, const store::ArticleWrite& article);

}  // namespace newsrecon::testing

#endif  // NEWSRECON_TESTS_PG_SUPPORT_H_
