// The PostgreSQL engine: one libpq connection, statements prepared once per connection,
// parameters as text (blobs binary), results read as text.
#include "store/postgres.h"

#include <libpq-fe.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <optional>
#include <unordered_map>
#include <vector>

#include "store/dialect.h"

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

class PgStmt : public StmtImpl {
 public:
  PgStmt(PGconn* conn, int64_t* changes, std::string name, int params)
      : conn_(conn), changes_(changes), name_(std::move(name)), values_(static_cast<size_t>(params)),
        binary_(static_cast<size_t>(params), 0) {}

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
    if (!result_) NR_RETURN_IF_ERROR(Execute());
    if (row_ + 1 >= PQntuples(result_.get())) return false;
    ++row_;
    return true;
  }
  void Reset() override {
    result_.reset();
    row_ = -1;
    for (auto& v : values_) v.reset();
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
  void Set(int index, std::string value, bool binary) {
    if (index < 1 || static_cast<size_t>(index) > values_.size()) return;  // as SQLite: ignored
    values_[static_cast<size_t>(index) - 1] = std::move(value);
    binary_[static_cast<size_t>(index) - 1] = binary ? 1 : 0;
  }
  bool Null(int column) const { return !result_ || PQgetisnull(result_.get(), row_, column); }

  core::Status Execute() {
    std::vector<const char*> values(values_.size());
    std::vector<int> lengths(values_.size());
    for (size_t i = 0; i < values_.size(); ++i) {
      values[i] = values_[i] ? values_[i]->data() : nullptr;
      lengths[i] = values_[i] ? static_cast<int>(values_[i]->size()) : 0;
    }
    ResultHandle result(PQexecPrepared(conn_, name_.c_str(), static_cast<int>(values.size()),
                                       values.data(), lengths.data(), binary_.data(), 0));
    if (!Succeeded(result.get())) return ResultError(result.get(), conn_);
    const char* tuples = PQcmdTuples(result.get());
    *changes_ = tuples != nullptr && *tuples != '\0' ? std::strtoll(tuples, nullptr, 10) : 0;
    result_ = std::move(result);
    row_ = -1;
    return core::Status::Ok();
  }

  PGconn* conn_;
  int64_t* changes_;
  std::string name_;
  std::vector<std::optional<std::string>> values_;
  std::vector<int> binary_;
  ResultHandle result_;
  int row_ = -1;
};

class PgDb : public Db {
 public:
  PgDb(ConnHandle conn, std::string url) : Db(std::move(url)), conn_(std::move(conn)) {}

  Dialect dialect() const override { return Dialect::kPostgres; }

  core::Result<Stmt> Prepare(std::string_view sql) override {
    int params = 0;
    std::string translated = PostgresPlaceholders(sql, &params);
    auto found = prepared_.find(translated);
    if (found == prepared_.end()) {
      std::string name = "nr" + std::to_string(prepared_.size() + 1);
      ResultHandle result(PQprepare(conn_.get(), name.c_str(), translated.c_str(), 0, nullptr));
      if (!Succeeded(result.get())) {
        return ResultError(result.get(), conn_.get()).Prefixed("prepare");
      }
      found = prepared_.emplace(translated, name).first;
    }
    return Stmt(std::make_unique<PgStmt>(conn_.get(), &changes_, found->second, params));
  }

  core::Status Exec(const std::string& sql) override {
    ResultHandle result(PQexec(conn_.get(), sql.c_str()));
    if (!Succeeded(result.get())) return ResultError(result.get(), conn_.get());
    return core::Status::Ok();
  }

  int64_t Changes() const override { return changes_; }
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
    ResultHandle result(PQexec(conn_.get(), sql));
    if (!Succeeded(result.get())) return ResultError(result.get(), conn_.get());
    if (PQntuples(result.get()) != 1) return core::Internal(std::string("no row from ") + sql);
    return static_cast<int64_t>(std::strtoll(PQgetvalue(result.get(), 0, 0), nullptr, 10));
  }

  ConnHandle conn_;
  std::unordered_map<std::string, std::string> prepared_;  // translated SQL -> statement name
  int64_t changes_ = 0;
};

void IgnoreNotice(void*, const char*) {}

// "newsrecon pid N on HOST started T", within PostgreSQL's 63 bytes.
std::string ApplicationName() {
  char host[64] = {};
  gethostname(host, sizeof host - 1);
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char started[32];
  std::strftime(started, sizeof started, "%Y-%m-%dT%H:%M:%SZ", &tm);
  std::string name = "newsrecon pid " + std::to_string(getpid()) + " on " +
                     std::string(host).substr(0, 16) + " started " + started;
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
    return core::IoError(shown + ": cannot connect (" + OneLine(PQerrorMessage(conn.get())) + ")");
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
