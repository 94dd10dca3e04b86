// Db::Open picks the engine; Stmt's stepping helpers and Transaction work on either.
#include "store/internal/db.h"

#include <algorithm>
#include <cctype>
#include <vector>

#include "store/internal/postgres.h"
#include "store/internal/sqlite.h"

namespace newsrecon::store {

namespace {

// libpq's connection keywords that a key=value conninfo string opens with.
constexpr std::string_view kConninfoKeys[] = {
    "host", "hostaddr", "port", "dbname", "user", "password", "passfile", "service",
    "sslmode", "connect_timeout", "application_name", "options", "target_session_attrs"};

bool StartsConninfo(std::string_view s) {
  size_t eq = s.find('=');
  if (eq == std::string_view::npos) return false;
  std::string_view key = s.substr(0, eq);
  while (!key.empty() && key.back() == ' ') key.remove_suffix(1);
  for (std::string_view k : kConninfoKeys) {
    if (key == k) return true;
  }
  return false;
}

// The end of the conninfo value that starts at `p`: 'quoted, with \' escapes' or up to
// the next blank.
size_t ConninfoValueEnd(const std::string& s, size_t p) {
  if (p < s.size() && s[p] == '\'') {
    for (++p; p < s.size() && s[p] != '\''; ++p) {
      if (s[p] == '\\') ++p;
    }
    return std::min(s.size(), p + 1);
  }
  size_t end = s.find_first_of(" \t\n", p);
  return end == std::string::npos ? s.size() : end;
}

// A password in `url`: the span to cut out (key, separator and all) and the value's span.
struct Secret {
  size_t cut_begin, cut_end, value_begin, value_end;
};

// Every password `url` holds: user:PASSWORD@ in a URL's authority, password=... among a
// URL's query parameters or a conninfo string's key=value pairs (password = 'quoted' too).
std::vector<Secret> Secrets(const std::string& url) {
  std::vector<Secret> out;
  size_t scheme = url.find("://");
  bool is_url = scheme != std::string::npos && !StartsConninfo(url);
  if (is_url) {
    size_t start = scheme + 3;
    size_t end = url.find_first_of("/?", start);
    if (end == std::string::npos) end = url.size();
    size_t at = url.rfind('@', end);
    if (at != std::string::npos && at >= start) {
      size_t colon = url.find(':', start);
      if (colon != std::string::npos && colon < at) out.push_back({colon, at, colon + 1, at});
    }
  }
  for (size_t p = url.find("password"); p != std::string::npos; p = url.find("password", p + 8)) {
    char before = p == 0 ? ' ' : url[p - 1];
    size_t eq = url.find_first_not_of(is_url ? "" : " ", p + 8);
    if (eq == std::string::npos || url[eq] != '=') continue;
    if (is_url && (before == '?' || before == '&')) {
      size_t end = std::min(url.find('&', eq), url.size());
      // ?password=x&y=z keeps "?y=z"; a&password=x drops "&password=x"
      bool first = before == '?' && end < url.size();
      out.push_back({first ? p : p - 1, first ? end + 1 : end, eq + 1, end});
    } else if (!is_url && (before == ' ' || before == '\t' || before == '\n')) {
      size_t value = url.find_first_not_of(" ", eq + 1);
      if (value == std::string::npos) value = url.size();
      size_t end = ConninfoValueEnd(url, value);
      size_t cut_end = url.find_first_not_of(" \t\n", end);
      out.push_back({p, cut_end == std::string::npos ? url.size() : cut_end, value, end});
    }
  }
  return out;
}

std::string PercentDecoded(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() && std::isxdigit(static_cast<unsigned char>(s[i + 1])) &&
        std::isxdigit(static_cast<unsigned char>(s[i + 2]))) {
      out += static_cast<char>(std::stoi(s.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

}  // namespace

bool IsPostgresUrl(std::string_view path) {
  return path.rfind("postgresql://", 0) == 0 || path.rfind("postgres://", 0) == 0 ||
         StartsConninfo(path);
}

std::string RedactUrl(const std::string& url) {
  std::string out = url;
  std::vector<Secret> secrets = Secrets(url);
  for (auto s = secrets.rbegin(); s != secrets.rend(); ++s) {  // back to front: spans hold
    out.erase(s->cut_begin, s->cut_end - s->cut_begin);
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  if (out.empty() && !url.empty()) return "(libpq's defaults)";  // it held a password only
  return out;
}

std::string RedactPasswords(std::string text, const std::string& url) {
  for (const Secret& s : Secrets(url)) {
    std::string value = url.substr(s.value_begin, s.value_end - s.value_begin);
    if (value.size() >= 2 && value.front() == '\'') value = value.substr(1, value.size() - 2);
    for (const std::string& v : {value, PercentDecoded(value)}) {
      if (v.empty()) continue;
      for (size_t p = text.find(v); p != std::string::npos; p = text.find(v, p + 3)) {
        text.replace(p, v.size(), "***");
      }
    }
  }
  return text;
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
