// The PostgreSQL engine behind store/db.h (libpq), private to store/.
#ifndef NEWSRECON_STORE_INTERNAL_POSTGRES_H_
#define NEWSRECON_STORE_INTERNAL_POSTGRES_H_

// Private to newsrecon_store (its target defines NEWSRECON_STORE_INTERNAL): other code goes
// through store/store.h and the narrow interfaces it lists.
#ifndef NEWSRECON_STORE_INTERNAL
#error "store/internal/ is private to newsrecon_store; include store/store.h or a narrow store header"
#endif

#include <memory>
#include <string>

#include "core/status.h"
#include "store/internal/db.h"

namespace newsrecon::store {

// Connects to the server a postgresql:// URL names (libpq's URL syntax; a connect timeout
// of 10 s unless the URL sets one). The connection's application_name says "newsrecon pid
// N on HOST started T", which a run lock's holder is named by. Fails with kIoError
// "URL: cannot connect (why)", the URL without its password.
core::Result<std::unique_ptr<Db>> OpenPostgres(const std::string& url, bool read_only);

}  // namespace newsrecon::store

#endif  // NEWSRECON_STORE_INTERNAL_POSTGRES_H_
