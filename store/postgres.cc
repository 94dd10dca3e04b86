// The PostgreSQL engine: one libpq connection, statements prepared once per connection,
// parameters as text (blobs binary), results read as text one row at a time.
#include "store/internal/postgres.h"

#include <libpq-fe.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <optional>
#include <unordered_map>
#include <vector>

#include "core/clock.h"
#include "store/internal/dialect.h"

namespace newsrecon::store {
namespace {

struct ConnCloser {
  void operator()(PGconn* conn) const { PQfinish(conn); }
};
struct ResultClearer {
  void operator()(PGresult* result) const { PQclear(result); }
};
using ConnHandle = std::unique_ptr<PGconn, ConnCloser>;
using ResultHandle = std::unique_ptr<PGresult, ResultClearer>;

// Type oids from PostgreSQL's catalog (pg_type.dat); they never change.
constexpr Oid kBoolOid = 16, kByteaOid = 17, kInt8Oid = 20, kInt2Oid = 21, kInt4Oid = 23,
              kFloat4Oid = 700, kFloat8Oid = 701, kNumericOid = 1700;
// Advisory locks of the two-key form, class kLockClass, are the store's own (bands use
// the one-key form: the two spaces never meet).
constexpr int kLockClass = 0x6e72, kSchemaLock = 0;

// libpq's messages span lines ("...failed: FATAL:  ...\n\tIs the server running...").
std::string OneLine(const char* message) {
  std::string out;
  bool space = false;
  for (const char* p = message; p != nullptr && *p != '\0'; ++p) {
    bool blank = *p == '\n' || *p == '\t' || *p == ' ' || *p == '\r';
    if (blank) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += *p;
  }
  return out;
}

core::Code CodeFor(const PGresult* result, const PGconn* conn) {
  if (PQstatus(conn) == CONNECTION_BAD) return core::Code::kIoError;
  const char* state = result != nullptr ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
  std::string s = state != nullptr ? state : "";
  if (s == "40001" || s == "40P01" || s == "55P03") return core::Code::kBusy;
  if (s.rfind("08", 0) == 0 || s.rfind("53", 0) == 0 || s.rfind("57", 0) == 0) {
    return core::Code::kIoError;
  }
  if (s == "XX001" || s == "XX002") return core::Code::kCorruption;
  return core::Code::kInternal;
}

core::Status ResultError(const PGresult* result, const PGconn* conn) {
  const char* message = result != nullptr ? PQresultErrorMessage(result) : PQerrorMessage(conn);
  if (message == nullptr || *message == '\0') message = PQerrorMessage(conn);
  return core::Status(CodeFor(result, conn), OneLine(message));
}

bool Succeeded(const PGresult* result) {
  ExecStatusType s = PQresultStatus(result);
  return s == PGRES_COMMAND_OK || s == PGRES_TUPLES_OK;
}

int Hex(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return 0;
}

class PgStmt;

// What the connection's statements share. libpq in single-row mode reads one query's rows
// as they arrive, and the connection takes no other command until that query's results
// are all read: `streaming` is the statement whose rows are still arriving, and Yield()
// makes it read the rest into its own buffer before anything else is sent.
struct PgSession {
  PGconn* conn = nullptr;
  int64_t changes = 0;
  PgStmt* streaming = nullptr;
  void Yield();
};

// A prepared statement whose rows are read one at a time (PQsetSingleRowMode): stepping
// through a large result holds one row, not the result. Another statement, Exec or
// Prepare on the connection while this one is part-way parks its remaining rows in memory
// (store/db.h: nested use stays correct; a query the store streams through has none).
class PgStmt : public StmtImpl {
 public:
  PgStmt(PgSession* session, std::string name, int params)
      : session_(session), name_(std::move(name)), values_(static_cast<size_t>(params)),
        binary_(static_cast<size_t>(params), 0) {}
  ~PgStmt() override { Discard(); }

  void BindInt(int index, int64_t value) override { Set(index, std::to_string(value), false); }
  void BindDouble(int index, double value) override {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.17g", value);
    Set(index, buf, false);
  }
  void BindText(int index, std::string_view text) override { Set(index, std::string(text), false); }
  void BindBlob(int index, std::string_view bytes) override { Set(index, std::string(bytes), true); }
  void BindNull(int index) override {
    if (index >= 1 && static_cast<size_t>(index) <= values_.size()) {
      values_[static_cast<size_t>(index) - 1].reset();
    }
  }

  core::Result<bool> Step() override {
    if (state_ == State::kIdle) NR_RETURN_IF_ERROR(Send());
    for (;;) {
      if (result_ && row_ + 1 < PQntuples(result_.get())) {
        ++row_;
        return true;
      }
      if (state_ == State::kDone) return false;
      ResultHandle next = NextResult();
      if (!next) {  // the end of the results: the last one (its columns) stays readable
        state_ = State::kDone;
        return false;
      }
      ExecStatusType status = PQresultStatus(next.get());
      if (status != PGRES_SINGLE_TUPLE && status != PGRES_TUPLES_OK &&
          status != PGRES_COMMAND_OK) {
        core::Status error = ResultError(next.get(), session_->conn);
        Discard();  // a Step after an error runs the query again
        return error;
      }
      if (status != PGRES_SINGLE_TUPLE) {
        const char* tuples = PQcmdTuples(next.get());
        session_->changes = *tuples != '\0' ? std::strtoll(tuples, nullptr, 10) : 0;
      }
      result_ = std::move(next);
      row_ = -1;
    }
  }
  void Reset() override {
    Discard();
    for (auto& v : values_) v.reset();
  }

  // Reads every result still to come into this statement's buffer, freeing the connection.
  void Park() {
    for (PGresult* r = PQgetResult(session_->conn); r != nullptr; r = PQgetResult(session_->conn)) {
      parked_.emplace_back(r);
    }
    parked_.emplace_back(nullptr);  // the end
    session_->streaming = nullptr;
    state_ = State::kParked;
  }

  int64_t Int(int column) const override {
    if (Null(column)) return 0;
    const char* v = PQgetvalue(result_.get(), row_, column);
    if (PQftype(result_.get(), column) == kBoolOid) return *v == 't' ? 1 : 0;
    return std::strtoll(v, nullptr, 10);
  }
  double Double(int column) const override {
    return Null(column) ? 0.0 : std::strtod(PQgetvalue(result_.get(), row_, column), nullptr);
  }
  std::string Text(int column) const override {
    if (Null(column)) return {};
    const char* v = PQgetvalue(result_.get(), row_, column);
    size_t size = static_cast<size_t>(PQgetlength(result_.get(), row_, column));
    if (PQftype(result_.get(), column) != kByteaOid) return std::string(v, size);
    std::string bytes;  // bytea in the hex output format: \x0a1b...
    for (size_t i = 2; i + 1 < size; i += 2) {
      bytes.push_back(static_cast<char>(Hex(v[i]) * 16 + Hex(v[i + 1])));
    }
    return bytes;
  }
  ColumnType Type(int column) const override {
    if (Null(column)) return ColumnType::kNull;
    switch (PQftype(result_.get(), column)) {
      case kBoolOid:
      case kInt2Oid:
      case kInt4Oid:
      case kInt8Oid:
        return ColumnType::kInt;
      case kFloat4Oid:
      case kFloat8Oid:
      case kNumericOid:
        return ColumnType::kDouble;
      case kByteaOid:
        return ColumnType::kBlob;
      default:
        return ColumnType::kText;
    }
  }
  int ColumnCount() const override { return result_ ? PQnfields(result_.get()) : 0; }
  std::string ColumnName(int column) const override {
    const char* name = result_ ? PQfname(result_.get(), column) : nullptr;
    return name != nullptr ? name : "";
  }

 private:
  // kIdle: not sent since the last Reset; kStreaming: rows arriving on the connection;
  // kParked: every result read into parked_; kDone: all results consumed.
  enum class State { kIdle, kStreaming, kParked, kDone };

  void Set(int index, std::string value, bool binary) {
    if (index < 1 || static_cast<size_t>(index) > values_.size()) return;  // as SQLite: ignored
    values_[static_cast<size_t>(index) - 1] = std::move(value);
    binary_[static_cast<size_t>(index) - 1] = binary ? 1 : 0;
  }
  bool Null(int column) const {
    return !result_ || row_ < 0 || PQgetisnull(result_.get(), row_, column);
  }

  core::Status Send() {
    session_->Yield();
    std::vector<const char*> values(values_.size());
    std::vector<int> lengths(values_.size());
    for (size_t i = 0; i < values_.size(); ++i) {
      values[i] = values_[i] ? values_[i]->data() : nullptr;
      lengths[i] = values_[i] ? static_cast<int>(values_[i]->size()) : 0;
    }
    PGconn* conn = session_->conn;
    if (PQsendQueryPrepared(conn, name_.c_str(), static_cast<int>(values.size()), values.data(),
                            lengths.data(), binary_.data(), 0) == 0) {
      state_ = State::kDone;
      return ResultError(nullptr, conn);
    }
    PQsetSingleRowMode(conn);  // right after sending, as libpq requires: it cannot fail here
    state_ = State::kStreaming;
    session_->streaming = this;
    return core::Status::Ok();
  }

  // The next result of this statement's query, or null after the last.
  ResultHandle NextResult() {
    if (state_ == State::kParked) {
      ResultHandle next = std::move(parked_.front());
      parked_.pop_front();
      if (!next) state_ = State::kDone;
      return next;
    }
    ResultHandle next(PQgetResult(session_->conn));
    if (!next) {
      session_->streaming = nullptr;
      state_ = State::kDone;
    }
    return next;
  }

  // Drops what is left of the query: results still arriving are read and freed, so the
  // connection is free for the next command.
  void Discard() {
    if (state_ == State::kStreaming) {
      while (ResultHandle r{PQgetResult(session_->conn)}) {
      }
      session_->streaming = nullptr;
    }
    parked_.clear();
    result_.reset();
    row_ = -1;
    state_ = State::kIdle;
  }

  PgSession* session_;
  std::string name_;
  std::vector<std::optional<std::string>> values_;
  std::vector<int> binary_;
  State state_ = State::kIdle;
  ResultHandle result_;  // the result holding the current row (one, in single-row mode)
  int row_ = -1;
  std::deque<ResultHandle> parked_;  // results read ahead by Park(), then null for the end
};

void PgSession::Yield() {
  if (streaming != nullptr) streaming->Park();
}

class PgDb : public Db {
 public:
  PgDb(ConnHandle conn, std::string url) : Db(std::move(url)), conn_(std::move(conn)) {
    session_.conn = conn_.get();
  }

  Dialect dialect() const override { return Dialect::kPostgres; }

  core::Result<Stmt> Prepare(std::string_view sql) override {
    int params = 0;
    std::string translated = PostgresPlaceholders(sql, &params);
    auto found = prepared_.find(translated);
    if (found == prepared_.end()) {
      session_.Yield();
      std::string name = "nr" + std::to_string(prepared_.size() + 1);
      ResultHandle result(PQprepare(conn_.get(), name.c_str(), translated.c_str(), 0, nullptr));
      if (!Succeeded(result.get())) {
        return ResultError(result.get(), conn_.get()).Prefixed("prepare");
      }
      found = prepared_.emplace(translated, name).first;
    }
    return Stmt(std::make_unique<PgStmt>(&session_, found->second, params));
  }

  core::Status Exec(const std::string& sql) override {
    session_.Yield();
    ResultHandle result(PQexec(conn_.get(), sql.c_str()));
    if (!Succeeded(result.get())) return ResultError(result.get(), conn_.get());
    return core::Status::Ok();
  }

  int64_t Changes() const override { return session_.changes; }
  core::Status Begin() override { return Exec("BEGIN"); }

  // Planned afresh each time (never a cached plan): the table may have just appeared.
  core::Result<int64_t> SchemaVersion() override {
    auto exists = QueryInt("SELECT count(*) FROM pg_tables WHERE tablename = 'schema_version' "
                           "AND schemaname = current_schema()");
    if (!exists.ok() || *exists == 0) return exists;
    return QueryInt("SELECT coalesce(max(version), 0) FROM schema_version");
  }
  core::Status SetSchemaVersion(int64_t version) override {
    return Exec(
        "CREATE TABLE IF NOT EXISTS schema_version (version BIGINT NOT NULL); "
        "DELETE FROM schema_version; INSERT INTO schema_version VALUES (" +
        std::to_string(version) + ")");
  }
  core::Status LockSchema() override {
    return Exec("SELECT pg_advisory_xact_lock(" + std::to_string(kLockClass) + ", " +
                std::to_string(kSchemaLock) + ")");
  }
  core::Status PrepareWrites() override { return core::Status::Ok(); }

  core::Status LockKeys(std::vector<int64_t> keys) override {
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    auto lock = Prepare("SELECT pg_advisory_xact_lock(CAST(? AS BIGINT))");
    if (!lock.ok()) return lock.status();
    for (int64_t key : keys) {
      lock->Reset();
      NR_RETURN_IF_ERROR(lock->Bind(1, key).Run());
    }
    return core::Status::Ok();
  }

 private:
  core::Result<int64_t> QueryInt(const char* sql) {
    session_.Yield();
    ResultHandle result(PQexec(conn_.get(), sql));
    if (!Succeeded(result.get())) return ResultError(result.get(), conn_.get());
    if (PQntuples(result.get()) != 1) return core::Internal(std::string("no row from ") + sql);
    return static_cast<int64_t>(std::strtoll(PQgetvalue(result.get(), 0, 0), nullptr, 10));
  }

  ConnHandle conn_;
  PgSession session_;
  std::unordered_map<std::string, std::string> prepared_;  // translated SQL -> statement name
};

void IgnoreNotice(void*, const char*) {}

// "newsrecon pid N on HOST started T", within PostgreSQL's 63 bytes.
std::string ApplicationName() {
  char host[64] = {};
  gethostname(host, sizeof host - 1);
  std::string name = "newsrecon pid " + std::to_string(getpid()) + " on " +
                     std::string(host).substr(0, 16) + " started " + core::NowIso(false);
  return name.substr(0, 63);
}

}  // namespace

core::Result<std::unique_ptr<Db>> OpenPostgres(const std::string& url, bool read_only) {
  std::string shown = RedactUrl(url);
  std::string application = ApplicationName();
  // Keywords before dbname are defaults: what the URL itself says wins.
  const char* keys[] = {"connect_timeout", "application_name", "dbname", nullptr};
  const char* values[] = {"10", application.c_str(), url.c_str(), nullptr};
  ConnHandle conn(PQconnectdbParams(keys, values, 1));  // closed on every path
  if (conn == nullptr) return core::IoError(shown + ": cannot connect (out of memory)");
  if (PQstatus(conn.get()) != CONNECTION_OK) {
    std::string why = RedactPasswords(OneLine(PQerrorMessage(conn.get())), url);
    return core::IoError(shown + ": cannot connect (" + why + ")");
  }
  PQsetNoticeProcessor(conn.get(), IgnoreNotice, nullptr);
  auto db = std::make_unique<PgDb>(std::move(conn), shown);
  NR_RETURN_IF_ERROR(db->Exec("SET TIME ZONE 'UTC'; SET bytea_output = 'hex'").Prefixed(shown));
  if (read_only) {
    NR_RETURN_IF_ERROR(db->Exec("SET default_transaction_read_only = on").Prefixed(shown));
  }
  return std::unique_ptr<Db>(std::move(db));
}

}  // namespace newsrecon::store
