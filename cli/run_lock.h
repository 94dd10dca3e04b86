// One run at a time per database: an flock'ed file beside it, DB.lock, naming its holder.
//
//   auto lock = RunLock::Acquire("news.db");
//   if (!lock.ok()) return ...;  // kBusy: "news.db: another run (pid 812, started ...) holds the lock"
//
// The kernel releases an flock when its process dies, however it dies, so a lock file left
// by a killed run is simply taken over by the next one. A PostgreSQL database has no file
// beside it: its lock is an advisory lock on the server, held by a connection of the
// lock's own (store::Store::TryLockRun), which the server drops when the process dies.
#ifndef NEWSRECON_CLI_RUN_LOCK_H_
#define NEWSRECON_CLI_RUN_LOCK_H_

#include <memory>
#include <string>

#include "core/status.h"
#include "store/store.h"

namespace newsrecon::cli {

class RunLock {
 public:
  // Takes the lock of database `db_path` without waiting and writes "pid N started T" into
  // DB.lock. Fails with kBusy "DB: another run (pid N, started T) holds the lock" when a
  // live process holds it, kIoError when the lock file cannot be opened or written. For a
  // postgresql:// URL the lock is on the server: exclusive, or `shared` among the workers
  // of one worker run; the server names the holder (pid N on HOST, started T).
  static core::Result<std::unique_ptr<RunLock>> Acquire(const std::string& db_path,
                                                        bool shared = false);
  ~RunLock();  // releases the lock; the file stays, for the next run to take over
  RunLock(const RunLock&) = delete;
  RunLock& operator=(const RunLock&) = delete;

 private:
  explicit RunLock(int fd) : fd_(fd) {}
  int fd_;
  std::unique_ptr<store::Store> server_;  // holds the server's lock while open
};

}  // namespace newsrecon::cli

#endif  // NEWSRECON_CLI_RUN_LOCK_H_
