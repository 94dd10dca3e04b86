// A one-line progress report on stderr, shown only when stderr is a terminal.
#ifndef NEWSRECON_CLI_PROGRESS_H_
#define NEWSRECON_CLI_PROGRESS_H_

#include <chrono>
#include <string>

#include "cli/commands.h"

namespace newsrecon::cli {

class Progress {
 public:
  // Enabled when `io.err` writes to the process's stderr and that is a terminal.
  explicit Progress(Io& io);
  ~Progress() { Done(); }
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  // Redraws the line with `text`, at most ten times a second.
  void Update(const std::string& text);
  // Clears the line (once).
  void Done();

 private:
  Io& io_;
  bool enabled_ = false;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point last_{};
};

// "1.5 MB", "320 kB", "12 B".
std::string HumanBytes(int64_t bytes);

}  // namespace newsrecon::cli

#endif  // NEWSRECON_CLI_PROGRESS_H_
