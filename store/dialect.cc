// SQLite's SQL as PostgreSQL's: placeholders, migrations' DDL, and two functions.
#include "store/internal/dialect.h"

#include <re2/re2.h>

#include <algorithm>
#include <iterator>

namespace newsrecon::store {

std::string PostgresPlaceholders(std::string_view sql, int* params) {
  std::string out;
  out.reserve(sql.size() + 16);
  int largest = 0;
  for (size_t i = 0; i < sql.size(); ++i) {
    char c = sql[i];
    if (c == '\'' || c == '"') {  // a literal or a quoted name, with doubled quotes inside
      size_t end = i + 1;
      for (;;) {
        end = sql.find(c, end);
        if (end == std::string_view::npos) {
          end = sql.size() - 1;
          break;
        }
        if (end + 1 >= sql.size() || sql[end + 1] != c) break;
        end += 2;
      }
      out.append(sql.substr(i, end + 1 - i));
      i = end;
    } else if (c == '-' && i + 1 < sql.size() && sql[i + 1] == '-') {
      size_t end = sql.find('\n', i);
      if (end == std::string_view::npos) end = sql.size() - 1;
      out.append(sql.substr(i, end + 1 - i));
      i = end;
    } else if (c == '?') {
      int number = 0;
      size_t j = i + 1;
      while (j < sql.size() && sql[j] >= '0' && sql[j] <= '9') number = number * 10 + (sql[j++] - '0');
      if (j == i + 1) number = largest + 1;
      largest = std::max(largest, number);
      out += '$';  // appended apart: GCC 12 warns (-Wrestrict) on "$" + string
      out += std::to_string(number);
      i = j - 1;
    } else {
      out += c;
    }
  }
  *params = largest;
  return out;
}

std::string PostgresDdl(std::string_view sql) {
  struct Rule {
    RE2 pattern;
    const char* with;
  };
  static const Rule kRules[] = {
      {RE2(R"(\bINTEGER PRIMARY KEY\b)"), "BIGSERIAL PRIMARY KEY"},
      {RE2(R"(\bINTEGER\b)"), "BIGINT"},
      {RE2(R"(\bREAL\b)"), "DOUBLE PRECISION"},
      {RE2(R"(\bBLOB\b)"), "BYTEA"},
      {RE2(R"(\bTEXT\b)"), "TEXT COLLATE \"C\""},
      {RE2(R"(\) WITHOUT ROWID;)"), ");"},
      {RE2(R"((\s)end (BIGINT|INTEGER))"), "\\1\"end\" \\2"}};
  std::string out(sql);
  for (const Rule& rule : kRules) RE2::GlobalReplace(&out, rule.pattern, rule.with);
  return out;
}

const std::string& PostgresCompatFunctions() {
  static const std::string kFunctions = R"sql(
CREATE OR REPLACE FUNCTION strftime(format text, at text) RETURNS text
LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  IF format = '%Y-%m-%dT%H:%M:%fZ' AND at = 'now' THEN
    RETURN to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
  END IF;
  RAISE EXCEPTION 'strftime(%, %): newsrecon only asks for the ISO 8601 time now', format, at;
END $$;
CREATE OR REPLACE FUNCTION json_array_length(list text) RETURNS integer
LANGUAGE sql IMMUTABLE AS 'SELECT json_array_length(list::json)';
)sql";
  return kFunctions;
}

}  // namespace newsrecon::store
