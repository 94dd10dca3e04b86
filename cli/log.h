// The log: one line per event, for people on stderr and as JSON in a log file.
//
// An event has a level, a name ("run_start", "source_fetched", "article_stored",
// "document_rejected", "contradictions", "run_end", "error", ...), a one-line message and
// fields. On stderr it reads "newsrecon: run 7: MESSAGE" ("newsrecon: MESSAGE" before a run
// has begun) when its level reaches the threshold: info by default, warnings and errors
// with --quiet, everything with --verbose. In the log file ([log] file or --log-file) every
// event, whatever the threshold, is one JSON object on one line, appended with one write:
//
//   {"time":"2026-03-04T02:00:00.123Z","level":"info","run_id":7,"command":"run",
//    "event":"run_start","message":"run 7 started: 8 source(s)","sources":8}
#ifndef NEWSRECON_CLI_LOG_H_
#define NEWSRECON_CLI_LOG_H_

#include <cstdint>
#include <iosfwd>
#include <mutex>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "core/status.h"

namespace newsrecon::cli {

enum class Level { kDebug, kInfo, kWarn, kError };

class Logger {
 public:
  explicit Logger(std::ostream& err) : err_(err) {}
  ~Logger();
  Logger(const Logger&) = delete;
  Logger& operator=(const Logger&) = delete;

  // Events below `level` are left off stderr (the file gets them all).
  void SetThreshold(Level level) { threshold_ = level; }
  // Appends events to `path` from now on (created when missing). Fails with kIoError
  // "PATH: cannot open log file (why)".
  core::Status OpenFile(const std::string& path);
  // Events from now on belong to run `run_id` of `command`.
  void SetRun(int64_t run_id, const std::string& command);

  void Log(Level level, std::string_view event, const std::string& message,
           nlohmann::json fields = nlohmann::json::object());
  void Debug(std::string_view event, const std::string& message, nlohmann::json fields = {}) {
    Log(Level::kDebug, event, message, std::move(fields));
  }
  void Info(std::string_view event, const std::string& message, nlohmann::json fields = {}) {
    Log(Level::kInfo, event, message, std::move(fields));
  }
  void Warn(std::string_view event, const std::string& message, nlohmann::json fields = {}) {
    Log(Level::kWarn, event, message, std::move(fields));
  }
  void Error(std::string_view event, const std::string& message, nlohmann::json fields = {}) {
    Log(Level::kError, event, message, std::move(fields));
  }

 private:
  void WriteFile(Level level, std::string_view event, const std::string& message,
                 nlohmann::json fields);

  std::ostream& err_;
  Level threshold_ = Level::kInfo;
  int fd_ = -1;
  std::string path_;
  bool write_failed_ = false;
  int64_t run_id_ = 0;
  std::string command_;
  std::mutex mu_;
};

}  // namespace newsrecon::cli

#endif  // NEWSRECON_CLI_LOG_H_
