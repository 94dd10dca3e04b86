// RunLock: flock(2) on DB.lock, or an advisory lock on a PostgreSQL server.
#include "cli/run_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "core/clock.h"

namespace newsrecon::cli {
namespace {

// What the holder wrote: "pid N started T"; "pid ?, started ?" parts when unreadable.
std::string Holder(int fd) {
  char buf[128] = {};
  ssize_t n = pread(fd, buf, sizeof buf - 1, 0);
  std::string text(buf, n > 0 ? static_cast<size_t>(n) : 0);
  std::string pid = "?", started = "?";
  if (size_t p = text.find("pid "); p != std::string::npos) {
    pid = text.substr(p + 4, text.find(' ', p + 4) - (p + 4));
  }
  if (size_t s = text.find("started "); s != std::string::npos) {
    started = text.substr(s + 8, text.find('\n', s + 8) - (s + 8));
  }
  return "pid " + pid + ", started " + started;
}

}  // namespace

core::Result<std::unique_ptr<RunLock>> RunLock::Acquire(const std::string& db_path,
                                                        bool shared) {
  if (store::IsPostgresUrl(db_path)) {
    auto server = store::Store::Open(db_path);
    if (!server.ok()) return server.status();
    NR_RETURN_IF_ERROR((*server)->TryLockRun(shared));
    std::unique_ptr<RunLock> lock(new RunLock(-1));
    lock->server_ = std::move(*server);
    return lock;
  }
  std::string path = db_path + ".lock";
  int fd = open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) return core::IoError(path + ": cannot open lock file (" + std::strerror(errno) + ")");
  std::unique_ptr<RunLock> lock(new RunLock(fd));  // closes fd on every path below
  if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
    if (errno == EWOULDBLOCK) {
      return core::Status(core::Code::kBusy,
                          db_path + ": another run (" + Holder(fd) + ") holds the lock");
    }
    return core::IoError(path + ": cannot lock (" + std::strerror(errno) + ")");
  }
  std::string holder = "pid " + std::to_string(getpid()) + " started " + core::NowIso(false) + "\n";
  if (ftruncate(fd, 0) != 0 ||
      pwrite(fd, holder.data(), holder.size(), 0) != static_cast<ssize_t>(holder.size())) {
    return core::IoError(path + ": cannot write lock file (" + std::strerror(errno) + ")");
  }
  return lock;
}

RunLock::~RunLock() {
  if (fd_ >= 0) close(fd_);
}

}  // namespace newsrecon::cli
