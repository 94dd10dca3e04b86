// Db::Open picks the engine; Stmt's stepping helpers and Transaction work on either.
#include "store/db.h"

#include "store/postgres.h"
#include "store/sqlite.h"

namespace newsrecon::store {

bool IsPostgresUrl(std::string_view path) {
  return path.rfind("postgresql://", 0) == 0 || path.rfind("postgres://", 0) == 0;
}

std::string RedactUrl(const std::string& url) {
  std::string out = url;
  size_t scheme = out.find("://");
  if (scheme != std::string::npos) {
    size_t start = scheme + 3;
    size_t end = out.find_first_of("/?", start);
    if (end == std::string::npos) end = out.size();
    size_t at = out.rfind('@', end);
    if (at != std::string::npos && at >= start) {
      size_t colon = out.find(':', start);
      if (colon != std::string::npos && colon < at) out.erase(colon, at - colon);
    }
  }
  // password=... among the query parameters
  for (size_t p = out.find("password="); p != std::string::npos; p = out.find("password=", p)) {
    if (p == 0 || (out[p - 1] != '?' && out[p - 1] != '&')) {
      p += 9;
      continue;
    }
    size_t end = out.find('&', p);
    out.erase(p - 1, (end == std::string::npos ? out.size() : end) - (p - 1));
  }
  return out;
}

core::Result<std::unique_ptr<Db>> Db::Open(const std::string& path, bool read_only) {
  if (IsPostgresUrl(path)) return OpenPostgres(path, read_only);
  return OpenSqlite(path, read_only);
}

core::Status Stmt::Run() {
  core::Result<bool> row = Step();
  if (!row.ok()) return row.status();
  return core::Status::Ok();
}

core::Result<std::optional<int64_t>> Stmt::RunReturningId() {
  core::Result<bool> row = Step();
  if (!row.ok()) return row.status();
  if (!*row) return std::optional<int64_t>();
  int64_t id = Int(0);
  row = Step();
  if (!row.ok()) return row.status();
  return std::optional<int64_t>(id);
}

core::Status Stmt::ForEachRow(const std::function<void()>& row) {
  for (;;) {
    core::Result<bool> more = Step();
    if (!more.ok()) return more.status();
    if (!*more) return core::Status::Ok();
    row();
  }
}

Transaction::~Transaction() {
  if (open_) (void)db_->Exec("ROLLBACK");
}

core::Status Transaction::Begin() {
  NR_RETURN_IF_ERROR(db_->Begin());
  open_ = true;
  return core::Status::Ok();
}

core::Status Transaction::Commit() {
  core::Status status = db_->Exec("COMMIT");
  if (status.ok()) open_ = false;
  return status;
}

}  // namespace newsrecon::store
