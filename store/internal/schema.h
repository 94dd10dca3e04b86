// The store's schema, as an ordered list of migrations.
#ifndef NEWSRECON_STORE_INTERNAL_SCHEMA_H_
#define NEWSRECON_STORE_INTERNAL_SCHEMA_H_

// Private to newsrecon_store (its target defines NEWSRECON_STORE_INTERNAL): other code goes
// through store/store.h and the narrow interfaces it lists.
#ifndef NEWSRECON_STORE_INTERNAL
#error "store/internal/ is private to newsrecon_store; include store/store.h or a narrow store header"
#endif

#include <string>
#include <vector>

#include "store/internal/db.h"

namespace newsrecon::store {

// Migration i (0-based) brings a database from user_version i to i + 1. Never edit a
// migration that has shipped: append a new one.
const std::vector<std::string>& Migrations();

// Migration i as `dialect` runs it: PostgreSQL's DDL translated (store/dialect.h), its
// first migration preceded by the functions the store's SQL needs there.
std::string MigrationFor(size_t i, Dialect dialect);

}  // namespace newsrecon::store

#endif  // NEWSRECON_STORE_INTERNAL_SCHEMA_H_
