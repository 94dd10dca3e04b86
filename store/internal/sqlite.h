// The SQLite engine behind store/db.h, private to store/.
#ifndef NEWSRECON_STORE_INTERNAL_SQLITE_H_
#define NEWSRECON_STORE_INTERNAL_SQLITE_H_

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

// Opens the SQLite file `path` (created when missing unless read_only), with extended
// result codes, foreign keys and a busy timeout. Fails with kCorruption "PATH: not a
// newsrecon database (why)" when the file is not SQLite (leaving it untouched), and with
// kCorruption "PATH: not a newsrecon database (it holds another application's tables
// ...)" when it is SQLite with tables but without newsrecon's schema (read, untouched);
// kIoError when it cannot be opened or created (naming the folder's reason), or when a
// -shm/-wal file beside a writable database is not writable. A database this process
// cannot write is opened immutable (when no -wal shows a writer), leaving no -shm behind.
// The connection is closed on failure.
core::Result<std::unique_ptr<Db>> OpenSqlite(const std::string& path, bool read_only);

}  // namespace newsrecon::store

#endif  // NEWSRECON_STORE_INTERNAL_SQLITE_H_
