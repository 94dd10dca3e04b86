// The store's database connection, statements and transactions, private to store/: one
// interface, two engines — SQLite (a file path) and PostgreSQL (a postgresql:// URL).
//
// SQL is written once, in the dialect both engines accept: `?` and `?N` placeholders,
// `INSERT ... ON CONFLICT DO NOTHING`, `RETURNING id` for new ids, `"end"` quoted. The
// PostgreSQL side turns placeholders into `$N` (store/dialect.h); migrations' DDL is
// translated there too.
//
//   auto db = Db::Open("postgresql://news@db.example/news");
//   auto stmt = (*db)->Prepare("SELECT id FROM sources WHERE name = ?");
//   stmt->Bind(1, name);
//   while (*stmt->Step()) use(stmt->Int(0));
#ifndef NEWSRECON_STORE_INTERNAL_DB_H_
#define NEWSRECON_STORE_INTERNAL_DB_H_

// Private to newsrecon_store (its target defines NEWSRECON_STORE_INTERNAL): other code goes
// through store/store.h and the narrow interfaces it lists.
#ifndef NEWSRECON_STORE_INTERNAL
#error "store/internal/ is private to newsrecon_store; include store/store.h or a narrow store header"
#endif

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "store/store.h"  // IsPostgresUrl, RedactUrl

namespace newsrecon::store {

enum class Dialect { kSqlite, kPostgres };

// What a result column holds in the current row.
enum class ColumnType { kNull, kInt, kDouble, kText, kBlob };

// One engine's prepared statement; Stmt is the handle the store's code uses.
class StmtImpl {
 public:
  virtual ~StmtImpl() = default;
  virtual void BindInt(int index, int64_t value) = 0;
  virtual void BindDouble(int index, double value) = 0;
  virtual void BindText(int index, std::string_view text) = 0;
  virtual void BindBlob(int index, std::string_view bytes) = 0;
  virtual void BindNull(int index) = 0;
  virtual core::Result<bool> Step() = 0;
  virtual void Reset() = 0;  // back to the start, bindings cleared
  virtual int64_t Int(int column) const = 0;
  virtual double Double(int column) const = 0;
  virtual std::string Text(int column) const = 0;  // blobs as their raw bytes
  virtual ColumnType Type(int column) const = 0;
  virtual int ColumnCount() const = 0;
  virtual std::string ColumnName(int column) const = 0;
};

// A prepared statement. Bind with 1-based indexes (unbound ones are NULL), Step() until it
// returns false. Columns are 0-based; NULL reads as 0 or "".
//
// Rows are read as Step() asks for them, on both engines: stepping through a result of any
// size holds one row. Other statements may run on the connection while one is part-way
// (its place is kept); on PostgreSQL that reads the rest of its rows into memory first, so
// a query streamed through a large result runs nothing else until it is done.
class Stmt {
 public:
  explicit Stmt(std::unique_ptr<StmtImpl> impl) : impl_(std::move(impl)) {}

  Stmt& Bind(int index, int64_t value) {
    impl_->BindInt(index, value);
    return *this;
  }
  Stmt& Bind(int index, double value) {
    impl_->BindDouble(index, value);
    return *this;
  }
  Stmt& Bind(int index, std::string_view text) {
    impl_->BindText(index, text);
    return *this;
  }
  Stmt& BindBlob(int index, std::string_view bytes) {
    impl_->BindBlob(index, bytes);
    return *this;
  }
  Stmt& BindNull(int index) {
    impl_->BindNull(index);
    return *this;
  }
  Stmt& BindOptional(int index, std::string_view text) {  // NULL when empty
    return text.empty() ? BindNull(index) : Bind(index, text);
  }

  // Returns true when a row is ready, false when done; an error Status otherwise.
  core::Result<bool> Step() { return impl_->Step(); }
  // Steps once, expecting no row (INSERT/UPDATE/DELETE).
  core::Status Run();
  // Runs a statement ending in RETURNING id to its end (SQLite cannot commit while one is
  // part-way): the id, or nullopt when it made no row (ON CONFLICT DO NOTHING).
  core::Result<std::optional<int64_t>> RunReturningId();
  // Steps through every row, calling `row` on each; the first error stops it.
  core::Status ForEachRow(const std::function<void()>& row);
  void Reset() { impl_->Reset(); }

  int64_t Int(int column) const { return impl_->Int(column); }
  double Double(int column) const { return impl_->Double(column); }
  std::string Text(int column) const { return impl_->Text(column); }
  bool IsNull(int column) const { return impl_->Type(column) == ColumnType::kNull; }
  ColumnType Type(int column) const { return impl_->Type(column); }
  int ColumnCount() const { return impl_->ColumnCount(); }
  std::string ColumnName(int column) const { return impl_->ColumnName(column); }

 private:
  std::unique_ptr<StmtImpl> impl_;
};

// One connection. Closing it with a transaction open rolls the transaction back.
class Db {
 public:
  // Opens `path`: a postgresql:// (or postgres://) URL connects to that server, anything
  // else is a SQLite file (created when missing unless read_only). Errors name the
  // database (a URL without its password) and say why.
  static core::Result<std::unique_ptr<Db>> Open(const std::string& path, bool read_only = false);
  virtual ~Db() = default;
  Db(const Db&) = delete;
  Db& operator=(const Db&) = delete;

  virtual Dialect dialect() const = 0;
  virtual core::Result<Stmt> Prepare(std::string_view sql) = 0;
  // Runs one or more statements that return no rows, as given (no placeholders).
  virtual core::Status Exec(const std::string& sql) = 0;
  // Rows the last INSERT, UPDATE or DELETE changed.
  virtual int64_t Changes() const = 0;
  // Starts a write transaction: SQLite's BEGIN IMMEDIATE (writers queue on the busy
  // timeout), PostgreSQL's BEGIN.
  virtual core::Status Begin() = 0;

  // The schema version (how many migrations have run), and setting it in a transaction.
  virtual core::Result<int64_t> SchemaVersion() = 0;
  virtual core::Status SetSchemaVersion(int64_t version) = 0;
  // Called inside each migration's transaction before the version is read again: on
  // PostgreSQL a lock, so that workers opening a new database at once migrate it once.
  virtual core::Status LockSchema() = 0;
  // Settings made once the database is known to be ours (SQLite: WAL).
  virtual core::Status PrepareWrites() = 0;

  // Holds transaction-scoped locks on `keys` (PostgreSQL advisory locks, taken in
  // ascending order); SQLite's write transaction already excludes other writers.
  virtual core::Status LockKeys(std::vector<int64_t> keys) = 0;

  // The database as errors name it: the path, or the URL without its password.
  const std::string& path() const { return path_; }

 protected:
  explicit Db(std::string path) : path_(std::move(path)) {}

 private:
  std::string path_;
};

// A transaction that rolls back unless Commit() succeeded.
class Transaction {
 public:
  explicit Transaction(Db* db) : db_(db) {}
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  ~Transaction();

  core::Status Begin();
  core::Status Commit();

 private:
  Db* db_;
  bool open_ = false;
};

}  // namespace newsrecon::store

#endif  // NEWSRECON_STORE_INTERNAL_DB_H_
