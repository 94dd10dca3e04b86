// Progress: a carriage-return line for people watching a terminal.
#include "cli/progress.h"

#include <unistd.h>

#include <cstdio>
#include <iostream>

namespace newsrecon::cli {

Progress::Progress(Io& io)
    : io_(io), enabled_(io.err.rdbuf() == std::cerr.rdbuf() && isatty(STDERR_FILENO) == 1) {}

void Progress::Update(const std::string& text) {
  if (!enabled_) return;
  auto now = std::chrono::steady_clock::now();
  if (drawn_ && now - last_ < std::chrono::milliseconds(100)) return;
  last_ = now;
  drawn_ = true;
  io_.err << "\r\033[K" << text << std::flush;
}

void Progress::Done() {
  if (!drawn_) return;
  io_.err << "\r\033[K" << std::flush;
  drawn_ = false;
}

std::string HumanBytes(int64_t bytes) {
  char buf[32];
  if (bytes >= 1000 * 1000) {
    std::snprintf(buf, sizeof buf, "%.1f MB", static_cast<double>(bytes) / 1e6);
  } else if (bytes >= 1000) {
    std::snprintf(buf, sizeof buf, "%.0f kB", static_cast<double>(bytes) / 1e3);
  } else {
    std::snprintf(buf, sizeof buf, "%lld B", static_cast<long long>(bytes));
  }
  return buf;
}

}  // namespace newsrecon::cli
