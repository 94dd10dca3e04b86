// Logger: human lines on stderr, JSON lines appended to the log file.
#include "cli/log.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <ostream>

#include "core/clock.h"

namespace newsrecon::cli {
namespace {

const char* LevelName(Level level) {
  switch (level) {
    case Level::kDebug: return "debug";
    case Level::kInfo: return "info";
    case Level::kWarn: return "warn";
    case Level::kError: return "error";
  }
  return "info";
}

}  // namespace

Logger::~Logger() {
  if (fd_ >= 0) close(fd_);
}

core::Status Logger::OpenFile(const std::string& path) {
  int fd = open(path.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
  if (fd < 0) return core::IoError(path + ": cannot open log file (" + std::strerror(errno) + ")");
  std::lock_guard<std::mutex> lock(mu_);
  if (fd_ >= 0) close(fd_);
  fd_ = fd;
  path_ = path;
  return core::Status::Ok();
}

void Logger::SetRun(int64_t run_id, const std::string& command) {
  std::lock_guard<std::mutex> lock(mu_);
  run_id_ = run_id;
  command_ = command;
}

void Logger::Log(Level level, std::string_view event, const std::string& message,
                 nlohmann::json fields) {
  std::lock_guard<std::mutex> lock(mu_);
  if (level >= threshold_) {
    err_ << "newsrecon: ";
    if (run_id_ != 0) err_ << "run " << run_id_ << ": ";
    err_ << message << "\n" << std::flush;
  }
  if (fd_ >= 0) WriteFile(level, event, message, std::move(fields));
}

void Logger::WriteFile(Level level, std::string_view event, const std::string& message,
                       nlohmann::json fields) {
  nlohmann::json line = {{"time", core::NowIso()},
                         {"level", LevelName(level)},
                         {"run_id", run_id_ != 0 ? nlohmann::json(run_id_) : nlohmann::json()},
                         {"command", command_},
                         {"event", event},
                         {"message", message}};
  if (fields.is_object()) line.update(fields);
  // One write per line: processes appending to one file never interleave within a line.
  std::string text = line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
  ssize_t written = write(fd_, text.data(), text.size());
  if (written == static_cast<ssize_t>(text.size()) || write_failed_) return;
  write_failed_ = true;  // said once; the run goes on without its log file
  err_ << "newsrecon: " << path_ << ": cannot write log file ("
       << (written < 0 ? std::strerror(errno) : "short write") << ")\n";
}

}  // namespace newsrecon::cli
