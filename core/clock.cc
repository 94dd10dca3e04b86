// The clock: system time, or NEWSRECON_NOW plus the real time elapsed since first read.
#include "core/clock.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string_view>

#include "core/dates.h"

namespace newsrecon::core {
namespace {

int64_t SystemMillis() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

// "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM:SSZ" as milliseconds since the epoch.
std::optional<int64_t> ParseInstant(std::string_view text) {
  auto date = ParseIsoDate(text);
  if (!date || date->day == 0 || (text.size() != 10 && text.size() != 20)) return std::nullopt;
  int hour = 0, minute = 0, second = 0;
  if (text.size() == 20) {
    std::string rest(text.substr(10));
    char t = 0, z = 0;
    if (std::sscanf(rest.c_str(), "%c%2d:%2d:%2d%c", &t, &hour, &minute, &second, &z) != 5 ||
        t != 'T' || z != 'Z' || hour > 23 || minute > 59 || second > 59 || hour < 0 ||
        minute < 0 || second < 0) {
      return std::nullopt;
    }
  }
  return ((DaysFromCivil(*date) * 24 + hour) * 60 + minute) * 60000 + int64_t{second} * 1000;
}

const char* Setting() { return std::getenv(kNowVariable); }

}  // namespace

Status CheckClock() {
  const char* value = Setting();
  if (value == nullptr || ParseInstant(value).has_value()) return Status::Ok();
  return InvalidArgument(std::string(kNowVariable) + " '" + value +
                         "': expected YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ");
}

bool ClockSimulated() {
  const char* value = Setting();
  return value != nullptr && ParseInstant(value).has_value();
}

int64_t NowMillis() {
  static const int64_t first_read = SystemMillis();
  const char* value = Setting();
  std::optional<int64_t> start = value != nullptr ? ParseInstant(value) : std::nullopt;
  if (!start) return SystemMillis();
  return *start + (SystemMillis() - first_read);
}

std::string NowIso(bool with_millis) { return IsoFromMillis(NowMillis(), with_millis); }

std::string IsoFromMillis(int64_t ms, bool with_millis) {
  int64_t days = ms / 86400000, in_day = ms % 86400000;
  CivilDate d = CivilFromDays(days);
  char buf[40];
  int n = std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d", d.year, d.month, d.day,
                        static_cast<int>(in_day / 3600000), static_cast<int>(in_day / 60000 % 60),
                        static_cast<int>(in_day / 1000 % 60));
  if (with_millis) {
    std::snprintf(buf + n, sizeof buf - static_cast<size_t>(n), ".%03d", static_cast<int>(in_day % 1000));
  }
  return std::string(buf) + "Z";
}

}  // namespace newsrecon::core
