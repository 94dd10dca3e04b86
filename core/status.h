// Status and Result<T>: how every newsrecon function reports an expected failure.
//
// A Status is ok() or carries a Code and a one-line message that says what failed,
// where (file, line, URL, rule id) and why. Result<T> holds either a T or a failed
// Status. Neither throws; callers must look at them ([[nodiscard]]).
//
//   core::Result<Config> config = LoadConfig(path);
//   if (!config.ok()) { std::cerr << config.status().message(); return 2; }
#ifndef NEWSRECON_CORE_STATUS_H_
#define NEWSRECON_CORE_STATUS_H_

#include <cassert>
#include <optional>
#include <string>
#include <utility>

namespace newsrecon::core {

enum class Code {
  kOk = 0,
  kInvalidArgument,  // bad usage: unknown option, malformed value
  kBadInput,         // an input file or page that cannot be processed
  kNotFound,
  kIoError,     // the operating system refused (open, read, write, disk full)
  kCorruption,  // stored data is not what it must be
  kBusy,        // another process holds what we need
  kInternal,
};

class [[nodiscard]] Status {
 public:
  Status() = default;  // ok
  Status(Code code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  // The one-line description; empty when ok().
  const std::string& message() const { return message_; }

  // Returns a copy whose message is "prefix: message" (adds where the failure happened).
  Status Prefixed(const std::string& prefix) const {
    if (ok()) return *this;
    return Status(code_, prefix + ": " + message_);
  }

 private:
  Code code_ = Code::kOk;
  std::string message_;
};

inline Status InvalidArgument(std::string m) { return Status(Code::kInvalidArgument, std::move(m)); }
inline Status BadInput(std::string m) { return Status(Code::kBadInput, std::move(m)); }
inline Status NotFound(std::string m) { return Status(Code::kNotFound, std::move(m)); }
inline Status IoError(std::string m) { return Status(Code::kIoError, std::move(m)); }
inline Status Corruption(std::string m) { return Status(Code::kCorruption, std::move(m)); }
inline Status Internal(std::string m) { return Status(Code::kInternal, std::move(m)); }

// Either a value or the Status saying why there is none.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {  // NOLINT: implicit by design
    assert(!status_.ok());
  }

  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }

  // The value; asserts that there is one (ok()): reading a failed Result is a bug.
  T& value() & { return Checked(); }
  const T& value() const& { return Checked(); }
  T&& value() && { return std::move(Checked()); }
  T* operator->() { return &Checked(); }
  const T* operator->() const { return &Checked(); }
  T& operator*() & { return Checked(); }
  const T& operator*() const& { return Checked(); }

 private:
  T& Checked() {
    assert(value_.has_value() && "Result::value() of a failed Result");
    return *value_;
  }
  const T& Checked() const {
    assert(value_.has_value() && "Result::value() of a failed Result");
    return *value_;
  }

  std::optional<T> value_;
  Status status_;
};

}  // namespace newsrecon::core

// Returns early from the enclosing function when `expr` (a Status) failed.
#define NR_RETURN_IF_ERROR(expr)                     \
  do {                                               \
    ::newsrecon::core::Status nr_status_ = (expr);   \
    if (!nr_status_.ok()) return nr_status_;         \
  } while (0)

// Declares `lhs` from the Result `expr` (a value, moved out), or returns its Status from
// the enclosing function when it failed:
//   NR_ASSIGN_OR_RETURN(auto config, LoadConfig(path));
#define NR_ASSIGN_OR_RETURN(lhs, expr) \
  NR_ASSIGN_OR_RETURN_IMPL_(NR_STATUS_CONCAT_(nr_result_, __LINE__), lhs, expr)
#define NR_ASSIGN_OR_RETURN_IMPL_(result, lhs, expr) \
  auto result = (expr);                              \
  if (!result.ok()) return result.status();          \
  lhs = std::move(result).value()
#define NR_STATUS_CONCAT_(a, b) NR_STATUS_CONCAT_INNER_(a, b)
#define NR_STATUS_CONCAT_INNER_(a, b) a##b

#endif  // NEWSRECON_CORE_STATUS_H_
