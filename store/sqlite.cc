// The RAII layer over SQLite: connections, statements and transactions.
#include "store/sqlite.h"

#include <cstring>

#include "core/clock.h"

namespace newsrecon::store {
namespace {

// SQLite's 'now' comes from its VFS. When NEWSRECON_NOW simulates the clock (core/clock.h),
// connections open through a copy of the default VFS whose time is core::NowMillis(), so
// the store's timestamps and retention follow the simulated days.
constexpr sqlite3_int64 kUnixEpochJulianMillis = 210866760000000LL;

int ClockTimeInt64(sqlite3_vfs*, sqlite3_int64* now) {
  *now = kUnixEpochJulianMillis + core::NowMillis();
  return SQLITE_OK;
}

int ClockTime(sqlite3_vfs* vfs, double* now) {
  sqlite3_int64 ms = 0;
  ClockTimeInt64(vfs, &ms);
  *now = static_cast<double>(ms) / 86400000.0;
  return SQLITE_OK;
}

// The VFS name for sqlite3_open_v2: null (the default) unless the clock is simulated.
const char* VfsName() {
  if (!core::ClockSimulated()) return nullptr;
  static sqlite3_vfs clock_vfs = [] {
    sqlite3_vfs vfs = *sqlite3_vfs_find(nullptr);  // every method but the time is the default's
    vfs.zName = "newsrecon-clock";
    vfs.pNext = nullptr;
    vfs.xCurrentTime = &ClockTime;
    if (vfs.iVersion >= 2) vfs.xCurrentTimeInt64 = &ClockTimeInt64;
    return vfs;
  }();
  static const int registered = sqlite3_vfs_register(&clock_vfs, 0);
  return registered == SQLITE_OK ? clock_vfs.zName : nullptr;
}

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

}  // namespace

Stmt& Stmt::Bind(int index, int64_t value) {
  sqlite3_bind_int64(stmt_.get(), index, value);
  return *this;
}
Stmt& Stmt::Bind(int index, double value) {
  sqlite3_bind_double(stmt_.get(), index, value);
  return *this;
}
Stmt& Stmt::Bind(int index, std::string_view text) {
  sqlite3_bind_text64(stmt_.get(), index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
  return *this;
}
Stmt& Stmt::BindBlob(int index, std::string_view bytes) {
  sqlite3_bind_blob64(stmt_.get(), index, bytes.data(), bytes.size(), SQLITE_TRANSIENT);
  return *this;
}
Stmt& Stmt::BindNull(int index) {
  sqlite3_bind_null(stmt_.get(), index);
  return *this;
}
Stmt& Stmt::BindOptional(int index, std::string_view text) {
  return text.empty() ? BindNull(index) : Bind(index, text);
}

core::Result<bool> Stmt::Step() {
  int rc = sqlite3_step(stmt_.get());
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  return core::Status(CodeFor(rc), Why(db_, rc, sqlite3_errmsg(db_)));
}

core::Status Stmt::Run() {
  core::Result<bool> row = Step();
  if (!row.ok()) return row.status();
  return core::Status::Ok();
}

core::Status Stmt::ForEachRow(const std::function<void()>& row) {
  for (;;) {
    core::Result<bool> more = Step();
    if (!more.ok()) return more.status();
    if (!*more) return core::Status::Ok();
    row();
  }
}

void Stmt::Reset() {
  sqlite3_reset(stmt_.get());
  sqlite3_clear_bindings(stmt_.get());
}

std::string Stmt::Text(int column) const {
  const void* data = sqlite3_column_blob(stmt_.get(), column);
  int size = sqlite3_column_bytes(stmt_.get(), column);
  if (data == nullptr || size <= 0) return {};
  return std::string(static_cast<const char*>(data), static_cast<size_t>(size));
}

core::Result<std::unique_ptr<Db>> Db::Open(const std::string& path, bool read_only) {
  sqlite3* raw = nullptr;
  int flags = read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
  int rc = sqlite3_open_v2(path.c_str(), &raw, flags | SQLITE_OPEN_NOMUTEX, VfsName());
  DbHandle handle(raw);  // closed on every path, also when opening failed
  if (rc != SQLITE_OK) {
    std::string why = raw != nullptr ? Why(raw, rc, sqlite3_errmsg(raw)) : sqlite3_errstr(rc);
    return core::Status(CodeFor(rc), path + ": cannot open database (" + why + ")");
  }
  sqlite3_extended_result_codes(raw, 1);
  return std::unique_ptr<Db>(new Db(std::move(handle), path));
}

core::Result<Stmt> Db::Prepare(std::string_view sql) {
  sqlite3_stmt* stmt = nullptr;
  int rc = sqlite3_prepare_v2(db_.get(), sql.data(), static_cast<int>(sql.size()), &stmt, nullptr);
  if (rc != SQLITE_OK) {
    sqlite3_finalize(stmt);
    return Error("prepare");
  }
  return Stmt(db_.get(), stmt);
}

core::Status Db::Exec(const std::string& sql) {
  char* message = nullptr;
  int rc = sqlite3_exec(db_.get(), sql.c_str(), nullptr, nullptr, &message);
  if (rc == SQLITE_OK) return core::Status::Ok();
  std::string why = Why(db_.get(), rc, message != nullptr ? message : sqlite3_errstr(rc));
  sqlite3_free(message);
  return core::Status(CodeFor(rc), why);
}

core::Status Db::Error(const std::string& what) const {
  int rc = sqlite3_extended_errcode(db_.get());
  return core::Status(CodeFor(rc), what + ": " + Why(db_.get(), rc, sqlite3_errmsg(db_.get())));
}

Transaction::~Transaction() {
  if (open_) (void)db_->Exec("ROLLBACK");
}

core::Status Transaction::Begin() {
  NR_RETURN_IF_ERROR(db_->Exec("BEGIN IMMEDIATE"));
  open_ = true;
  return core::Status::Ok();
}

core::Status Transaction::Commit() {
  core::Status status = db_->Exec("COMMIT");
  if (status.ok()) open_ = false;
  return status;
}

}  // namespace newsrecon::store
