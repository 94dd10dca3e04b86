// A thin RAII layer over the SQLite C API, private to store/.
#ifndef NEWSRECON_STORE_SQLITE_H_
#define NEWSRECON_STORE_SQLITE_H_

#include <sqlite3.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/status.h"

namespace newsrecon::store {

struct DbCloser {
  void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
struct StmtFinalizer {
  void operator()(sqlite3_stmt* stmt) const { sqlite3_finalize(stmt); }
};
using DbHandle = std::unique_ptr<sqlite3, DbCloser>;

// A prepared statement. Bind with 1-based indexes, Step() until it returns false.
class Stmt {
 public:
  Stmt(sqlite3* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}

  Stmt& Bind(int index, int64_t value);
  Stmt& Bind(int index, double value);
  Stmt& Bind(int index, std::string_view text);
  Stmt& BindBlob(int index, std::string_view bytes);
  Stmt& BindNull(int index);
  Stmt& BindOptional(int index, std::string_view text);  // NULL when empty

  // Returns true when a row is ready, false when done; an error Status otherwise.
  core::Result<bool> Step();
  // Steps once, expecting no row (INSERT/UPDATE/DELETE).
  core::Status Run();
  // Steps through every row, calling `row` on each; the first error stops it.
  core::Status ForEachRow(const std::function<void()>& row);
  void Reset();

  int64_t Int(int column) const { return sqlite3_column_int64(stmt_.get(), column); }
  double Double(int column) const { return sqlite3_column_double(stmt_.get(), column); }
  std::string Text(int column) const;
  bool IsNull(int column) const {
    return sqlite3_column_type(stmt_.get(), column) == SQLITE_NULL;
  }

 private:
  sqlite3* db_;
  std::unique_ptr<sqlite3_stmt, StmtFinalizer> stmt_;
};

// One connection. Closing it with a transaction open rolls the transaction back.
class Db {
 public:
  // Opens `path` (created when missing unless read_only); the connection is closed on failure.
  static core::Result<std::unique_ptr<Db>> Open(const std::string& path, bool read_only = false);

  core::Result<Stmt> Prepare(std::string_view sql);
  // Runs one or more statements that return no rows.
  core::Status Exec(const std::string& sql);
  int64_t LastInsertId() const { return sqlite3_last_insert_rowid(db_.get()); }
  int Changes() const { return sqlite3_changes(db_.get()); }
  sqlite3* raw() const { return db_.get(); }
  const std::string& path() const { return path_; }

  // The Status for the connection's last error, with `what` in front.
  core::Status Error(const std::string& what) const;

 private:
  Db(DbHandle db, std::string path) : db_(std::move(db)), path_(std::move(path)) {}
  DbHandle db_;
  std::string path_;
};

// A transaction that rolls back unless Commit() succeeded.
class Transaction {
 public:
  explicit Transaction(Db* db) : db_(db) {}
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  ~Transaction();

  core::Status Begin();  // BEGIN IMMEDIATE: writers queue on the busy timeout
  core::Status Commit();

 private:
  Db* db_;
  bool open_ = false;
};

}  // namespace newsrecon::store

#endif  // NEWSRECON_STORE_SQLITE_H_
