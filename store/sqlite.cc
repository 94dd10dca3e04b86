// The SQLite engine: connections, statements and transactions over the C API.
#include "store/internal/sqlite.h"

#include <sqlite3.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

namespace newsrecon::store {
namespace {

struct DbCloser {
  void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
struct StmtFinalizer {
  void operator()(sqlite3_stmt* stmt) const { sqlite3_finalize(stmt); }
};
using DbHandle = std::unique_ptr<sqlite3, DbCloser>;

core::Code CodeFor(int rc) {
  switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return core::Code::kBusy;
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
      return core::Code::kCorruption;
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_READONLY:
    case SQLITE_PERM:
      return core::Code::kIoError;
    default:
      return core::Code::kInternal;
  }
}

// SQLite's message, with the operating system's reason when the file system refused:
// "disk I/O error: File too large", "unable to open database file: Is a directory".
std::string Why(sqlite3* db, int rc, const std::string& message) {
  int primary = rc & 0xff;
  int system = db != nullptr ? sqlite3_system_errno(db) : 0;
  if (system == 0 || (primary != SQLITE_IOERR && primary != SQLITE_FULL && primary != SQLITE_CANTOPEN)) {
    return message;
  }
  return message + ": " + std::strerror(system);
}

class SqliteStmt : public StmtImpl {
 public:
  SqliteStmt(sqlite3* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}

  void BindInt(int index, int64_t value) override { sqlite3_bind_int64(stmt_.get(), index, value); }
  void BindDouble(int index, double value) override {
    sqlite3_bind_double(stmt_.get(), index, value);
  }
  void BindText(int index, std::string_view text) override {
    sqlite3_bind_text64(stmt_.get(), index, text.data(), text.size(), SQLITE_TRANSIENT,
                        SQLITE_UTF8);
  }
  void BindBlob(int index, std::string_view bytes) override {
    sqlite3_bind_blob64(stmt_.get(), index, bytes.data(), bytes.size(), SQLITE_TRANSIENT);
  }
  void BindNull(int index) override { sqlite3_bind_null(stmt_.get(), index); }

  core::Result<bool> Step() override {
    int rc = sqlite3_step(stmt_.get());
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    return core::Status(CodeFor(rc), Why(db_, rc, sqlite3_errmsg(db_)));
  }
  void Reset() override {
    sqlite3_reset(stmt_.get());
    sqlite3_clear_bindings(stmt_.get());
  }

  int64_t Int(int column) const override { return sqlite3_column_int64(stmt_.get(), column); }
  double Double(int column) const override { return sqlite3_column_double(stmt_.get(), column); }
  std::string Text(int column) const override {
    const void* data = sqlite3_column_blob(stmt_.get(), column);
    int size = sqlite3_column_bytes(stmt_.get(), column);
    if (data == nullptr || size <= 0) return {};
    return std::string(static_cast<const char*>(data), static_cast<size_t>(size));
  }
  ColumnType Type(int column) const override {
    switch (sqlite3_column_type(stmt_.get(), column)) {
      case SQLITE_INTEGER:
        return ColumnType::kInt;
      case SQLITE_FLOAT:
        return ColumnType::kDouble;
      case SQLITE_TEXT:
        return ColumnType::kText;
      case SQLITE_BLOB:
        return ColumnType::kBlob;
      default:
        return ColumnType::kNull;
    }
  }
  int ColumnCount() const override { return sqlite3_column_count(stmt_.get()); }
  std::string ColumnName(int column) const override {
    const char* name = sqlite3_column_name(stmt_.get(), column);
    return name != nullptr ? name : "";
  }

 private:
  sqlite3* db_;
  std::unique_ptr<sqlite3_stmt, StmtFinalizer> stmt_;
};

class SqliteDb : public Db {
 public:
  SqliteDb(DbHandle db, std::string path) : Db(std::move(path)), db_(std::move(db)) {}

  Dialect dialect() const override { return Dialect::kSqlite; }

  core::Result<Stmt> Prepare(std::string_view sql) override {
    sqlite3_stmt* stmt = nullptr;
    int rc =
        sqlite3_prepare_v2(db_.get(), sql.data(), static_cast<int>(sql.size()), &stmt, nullptr);
    if (rc != SQLITE_OK) {
      sqlite3_finalize(stmt);
      return Error("prepare");
    }
    return Stmt(std::make_unique<SqliteStmt>(db_.get(), stmt));
  }

  core::Status Exec(const std::string& sql) override {
    char* message = nullptr;
    int rc = sqlite3_exec(db_.get(), sql.c_str(), nullptr, nullptr, &message);
    if (rc == SQLITE_OK) return core::Status::Ok();
    std::string why = Why(db_.get(), rc, message != nullptr ? message : sqlite3_errstr(rc));
    sqlite3_free(message);
    return core::Status(CodeFor(rc), why);
  }

  int64_t Changes() const override { return sqlite3_changes(db_.get()); }
  core::Status Begin() override { return Exec("BEGIN IMMEDIATE"); }

  core::Result<int64_t> SchemaVersion() override {
    auto version = Prepare("PRAGMA user_version");
    if (!version.ok()) return version.status();
    auto row = version->Step();
    if (!row.ok()) return row.status();
    return version->Int(0);
  }
  core::Status SetSchemaVersion(int64_t version) override {
    return Exec("PRAGMA user_version = " + std::to_string(version));
  }
  core::Status LockSchema() override { return core::Status::Ok(); }
  core::Status PrepareWrites() override {
    // WAL needs a database we may write; it is set once the file is known to be ours.
    NR_RETURN_IF_ERROR(Exec("PRAGMA journal_mode = WAL"));
    return Exec("PRAGMA synchronous = NORMAL");
  }
  core::Status LockKeys(std::vector<int64_t>) override { return core::Status::Ok(); }

 private:
  core::Status Error(const std::string& what) const {
    int rc = sqlite3_extended_errcode(db_.get());
    return core::Status(CodeFor(rc), what + ": " + Why(db_.get(), rc, sqlite3_errmsg(db_.get())));
  }

  DbHandle db_;
};

namespace fs = std::filesystem;

bool Exists(const std::string& path) {
  std::error_code ec;
  return fs::exists(fs::symlink_status(path, ec));
}

// Why a missing database file cannot be created, from its folder: SQLite itself only says
// "No such file or directory" (its read-only retry's). Empty when the folder looks fine.
std::string WhyNotCreated(const std::string& path) {
  if (Exists(path)) return "";
  fs::path folder = fs::path(path).parent_path();
  std::string shown = folder.empty() ? "." : folder.string();
  std::error_code ec;
  if (!fs::is_directory(folder.empty() ? fs::path(".") : folder, ec)) {
    return "cannot create database (folder " + shown + " does not exist)";
  }
  if (access(shown.c_str(), W_OK | X_OK) != 0) {
    return "cannot create database (folder " + shown + ": " + std::strerror(errno) + ")";
  }
  return "";
}

// A WAL file beside `path` that this process cannot write, and why ("" when none): left by
// a reader of a read-only database, it makes every later write fail "readonly database".
std::string ReadOnlyWalFile(const std::string& path, std::string* why) {
  for (const char* suffix : {"-shm", "-wal"}) {
    std::string file = path + suffix;
    if (Exists(file) && access(file.c_str(), W_OK) != 0) {
      *why = std::strerror(errno);
      return file;
    }
  }
  return "";
}

// The URI that opens `path` with `flags`. A database this process cannot write, in no
// writer's use (no -wal file), is opened read-only and immutable, so that reading it
// leaves no -shm or -wal file behind to trap the next writer.
std::string OpenUri(const std::string& path, int* flags) {
  std::string uri = "file:";
  for (char c : path) {
    if (c == '?' || c == '#' || c == '%') {
      char hex[4];
      std::snprintf(hex, sizeof hex, "%%%02X", static_cast<unsigned char>(c));
      uri += hex;
    } else {
      uri += c;
    }
  }
  if (Exists(path) && access(path.c_str(), W_OK) != 0 && !Exists(path + "-wal")) {
    *flags = SQLITE_OPEN_READONLY;
    uri += "?immutable=1";
  }
  return uri;
}

// Refuses a SQLite file that holds another application's tables: newsrecon's migrations
// would add its own beside them. An empty file, or one with newsrecon's schema, passes.
core::Status CheckOwnSchema(Db& db, const std::string& path) {
  auto version = db.SchemaVersion();
  if (!version.ok()) return version.status().Prefixed(path);
  if (*version != 0) return core::Status::Ok();
  auto tables = db.Prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
  if (!tables.ok()) return tables.status().Prefixed(path);
  auto row = tables->Step();
  if (!row.ok()) return row.status().Prefixed(path);
  if (!*row) return core::Status::Ok();
  return core::Corruption(path + ": not a newsrecon database (it holds another "
                               "application's tables, such as '" + tables->Text(0) +
                               "'; name a new file with --db)");
}

// A writable database whose -shm or -wal file is not: every write would fail naming the
// database; this names the file and the fix instead.
core::Status CheckWalFiles(const std::string& path, bool read_only) {
  std::string why;
  std::string file = ReadOnlyWalFile(path, &why);
  if (file.empty() || read_only || access(path.c_str(), W_OK) != 0) return core::Status::Ok();
  return core::IoError(file + ": not writable (" + why + "), so no write to " + path +
                       " can succeed; with no newsrecon running, make it writable (chmod 644) "
                       "or remove " + path + "-shm and " + path + "-wal");
}

// Why sqlite3_open_v2 failed with `rc`, naming the folder's reason for a file it could not
// create.
core::Status OpenFailure(sqlite3* raw, int rc, const std::string& path, bool read_only) {
  if ((rc & 0xff) == SQLITE_CANTOPEN && !read_only) {
    if (std::string folder = WhyNotCreated(path); !folder.empty()) {
      return core::IoError(path + ": " + folder);
    }
  }
  std::string why = raw != nullptr ? Why(raw, rc, sqlite3_errmsg(raw)) : sqlite3_errstr(rc);
  return core::Status(CodeFor(rc), path + ": cannot open database (" + why + ")");
}

}  // namespace

core::Result<std::unique_ptr<Db>> OpenSqlite(const std::string& path, bool read_only) {
  NR_RETURN_IF_ERROR(CheckWalFiles(path, read_only));
  sqlite3* raw = nullptr;
  int flags = read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
  std::string uri = OpenUri(path, &flags);
  int rc = sqlite3_open_v2(uri.c_str(), &raw, flags | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI, nullptr);
  DbHandle handle(raw);  // closed on every path, also when opening failed
  if (rc != SQLITE_OK) return OpenFailure(raw, rc, path, read_only);
  sqlite3_extended_result_codes(raw, 1);
  sqlite3_busy_timeout(raw, 10000);
  auto db = std::make_unique<SqliteDb>(std::move(handle), path);
  // The first statement reads the header: a file that is not SQLite fails here, untouched.
  core::Status probe = db->Exec("PRAGMA schema_version");
  if (!probe.ok()) {
    if (probe.code() == core::Code::kCorruption) {
      return core::Corruption(path + ": not a newsrecon database (" + probe.message() + ")");
    }
    return probe.Prefixed(path);
  }
  NR_RETURN_IF_ERROR(CheckOwnSchema(*db, path));
  NR_RETURN_IF_ERROR(db->Exec("PRAGMA foreign_keys = ON").Prefixed(path));
  return std::unique_ptr<Db>(std::move(db));
}

}  // namespace newsrecon::store
