// The few places where the SQL the store writes once differs on PostgreSQL.
#ifndef NEWSRECON_STORE_INTERNAL_DIALECT_H_
#define NEWSRECON_STORE_INTERNAL_DIALECT_H_

// Private to newsrecon_store (its target defines NEWSRECON_STORE_INTERNAL): other code goes
// through store/store.h and the narrow interfaces it lists.
#ifndef NEWSRECON_STORE_INTERNAL
#error "store/internal/ is private to newsrecon_store; include store/store.h or a narrow store header"
#endif

#include <string>
#include <string_view>

namespace newsrecon::store {

// `sql` with SQLite's placeholders as PostgreSQL's: `?N` becomes `$N`, a bare `?` the next
// number after the largest so far (SQLite's own rule). String literals, quoted names and
// comments are left alone. Sets *params to the largest number used.
std::string PostgresPlaceholders(std::string_view sql, int* params);

// A migration's DDL for PostgreSQL: 64-bit integers (BIGINT, BIGSERIAL ids), DOUBLE
// PRECISION, BYTEA, TEXT compared byte by byte as SQLite does (COLLATE "C"), "end" quoted,
// WITHOUT ROWID dropped.
std::string PostgresDdl(std::string_view sql);

// Functions PostgreSQL lacks that the store's SQL calls, with SQLite's meaning: strftime
// for the ISO 8601 time now (only the schema's column defaults name it: the store binds the
// times it writes, from core/clock.h), json_array_length of text. Created before the first
// migration.
const std::string& PostgresCompatFunctions();

}  // namespace newsrecon::store

#endif  // NEWSRECON_STORE_INTERNAL_DIALECT_H_
