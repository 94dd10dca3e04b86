// Date normalisation with RE2: one pattern per way pages write dates.
#include "extract/text/page_dates.h"

#include <re2/re2.h>

#include <cstdio>

#include "core/dates.h"
#include "extract/text/date_text.h"

namespace newsrecon::extract {
namespace {

bool Plausible(int year) { return year >= 1990 && year <= 2100; }

std::string Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n')) s.remove_suffix(1);
  return std::string(s);
}

std::string Day(int year, int month, int day) {
  core::CivilDate date{year, month, day};
  if (!Plausible(year) || !core::IsValidDate(date)) return {};
  return core::FormatIsoDate(date);
}

// "2026-03-04" + "T10:00:00" + zone, when the time is valid.
std::string DateTime(const std::string& day, int hour, int minute, int second,
                     const std::string& zone) {
  if (day.empty() || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 ||
      second > 60) {
    return day;
  }
  char time[32];
  std::snprintf(time, sizeof time, "T%02d:%02d:%02d", hour, minute, second);
  return day + time + zone;
}

// "Z", "+01:00", "-0500", "+01" or a US zone name → "Z" or "±hh:mm"; "" for none or unknown.
std::string Zone(std::string z) {
  static const std::pair<const char*, const char*> kNames[] = {
      {"GMT", "Z"}, {"UTC", "Z"}, {"UT", "Z"}, {"Z", "Z"}, {"EST", "-05:00"}, {"EDT", "-04:00"},
      {"CST", "-06:00"}, {"CDT", "-05:00"}, {"MST", "-07:00"}, {"MDT", "-06:00"},
      {"PST", "-08:00"}, {"PDT", "-07:00"}};
  for (const auto& [name, offset] : kNames) {
    if (z == name) return offset;
  }
  if (z.size() < 3 || (z[0] != '+' && z[0] != '-')) return {};
  std::string digits;
  for (char c : z.substr(1)) {
    if (c >= '0' && c <= '9') digits.push_back(c);
  }
  if (digits.size() == 2) digits += "00";
  if (digits.size() != 4) return {};
  if (digits == "0000") return "+00:00";
  return z.substr(0, 1) + digits.substr(0, 2) + ":" + digits.substr(2);
}

std::string FromUnixTime(const std::string& digits) {
  long long seconds = std::atoll(digits.c_str());
  if (digits.size() == 13) seconds /= 1000;
  core::CivilDate d = core::CivilFromDays(seconds / 86400);
  long long rest = seconds % 86400;
  return DateTime(Day(d.year, d.month, d.day), static_cast<int>(rest / 3600),
                  static_cast<int>(rest / 60 % 60), static_cast<int>(rest % 60), "Z");
}

std::string FromIso(const std::string& s) {
  static const RE2 re(
      R"(^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2}|[+-]\d{2})?)?)");
  int y = 0, mo = 0, d = 0;
  std::string hour, minute, second, zone;
  if (!RE2::PartialMatch(s, re, &y, &mo, &d, &hour, &minute, &second, &zone)) return {};
  std::string day = Day(y, mo, d);
  if (hour.empty()) return day;
  return DateTime(day, std::atoi(hour.c_str()), std::atoi(minute.c_str()),
                  second.empty() ? 0 : std::atoi(second.c_str()), Zone(zone));
}

std::string FromRfc822(const std::string& s) {
  static const RE2 re(
      R"(^(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([A-Z]{1,4}|[+-]\d{4})?)?)");
  int d = 0, y = 0;
  std::string month, hour, minute, second, zone;
  if (!RE2::PartialMatch(s, re, &d, &month, &y, &hour, &minute, &second, &zone)) return {};
  std::string day = Day(y, MonthFromName(month), d);
  if (hour.empty()) return day;
  return DateTime(day, std::atoi(hour.c_str()), std::atoi(minute.c_str()),
                  second.empty() ? 0 : std::atoi(second.c_str()), Zone(zone));
}

}  // namespace

std::string NormaliseDateTime(std::string_view text) {
  std::string s = Trim(text);
  if (s.empty() || s.size() > 80) return {};
  static const RE2 unix_time(R"(\d{10}|\d{13})");
  static const RE2 compact(R"((\d{4})(\d{2})(\d{2}))");
  static const RE2 slashed(R"(^(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b.*)");
  int y = 0, m = 0, d = 0;
  if (RE2::FullMatch(s, unix_time)) return FromUnixTime(s);
  if (RE2::FullMatch(s, compact, &y, &m, &d)) return Day(y, m, d);
  if (std::string iso = FromIso(s); !iso.empty()) return iso;
  if (RE2::FullMatch(s, slashed, &y, &m, &d)) return Day(y, m, d);
  if (std::string rfc = FromRfc822(s); !rfc.empty()) return rfc;
  if (auto date = FindDateInText(s); date.has_value() && Plausible(date->year)) {
    return core::FormatIsoDate(*date);
  }
  return {};
}

std::string DateFromUrl(std::string_view url) {
  size_t scheme = url.find("://");
  size_t path = url.find('/', scheme == std::string_view::npos ? 0 : scheme + 3);
  if (path == std::string_view::npos) return {};
  size_t query = url.find_first_of("?#", path);
  re2::StringPiece p(url.data() + path, (query == std::string_view::npos ? url.size() : query) - path);
  static const RE2 day(R"(/((?:19|20)\d\d)[/-](\d{1,2})[/-](\d{1,2})(?:[/_.-]|$))");
  static const RE2 compact(R"(/((?:19|20)\d\d)(\d\d)(\d\d)(?:[/_.-]|$))");
  static const RE2 month(R"(/((?:19|20)\d\d)/(\d{1,2})/)");
  int y = 0, m = 0, d = 0;
  if (RE2::PartialMatch(p, day, &y, &m, &d) || RE2::PartialMatch(p, compact, &y, &m, &d)) {
    return Day(y, m, d);
  }
  if (RE2::PartialMatch(p, month, &y, &m) && Plausible(y) && m >= 1 && m <= 12) {
    return core::FormatIsoDate({y, m, 0});
  }
  return {};
}

Dateline FindDateline(std::string_view text) {
  Dateline out;
  size_t at = 0;
  auto date = FindDateInText(text, &at);
  if (!date.has_value() || !Plausible(date->year)) return out;
  out.date = core::FormatIsoDate(*date);
  std::string before;
  for (char c : text.substr(at > 24 ? at - 24 : 0, at > 24 ? 24 : at)) {
    before.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c | 0x20) : c);
  }
  out.updated = before.find("updated") != std::string::npos ||
                before.find("modified") != std::string::npos;
  return out;
}

}  // namespace newsrecon::extract
