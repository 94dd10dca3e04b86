// Dateline parsing with RE2.
#include "extract/text/date_text.h"

#include <re2/re2.h>

#include <array>
#include <cctype>
#include <cstdlib>
#include <string>

namespace newsrecon::extract {
namespace {

const RE2& MonthFirst() {
  static const RE2 re(
      R"((?i)\b((?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b)");
  return re;
}
const RE2& DayFirst() {
  static const RE2 re(
      R"((?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+((?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)\.?,?\s+(\d{4})\b)");
  return re;
}

std::optional<core::CivilDate> Make(const std::string& month, int day, int year) {
  core::CivilDate date{year, MonthFromName(month), day};
  if (date.month == 0 || !core::IsValidDate(date)) return std::nullopt;
  return date;
}

}  // namespace

int MonthFromName(std::string_view name) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  std::string lower;
  for (char c : name) lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  if (lower.size() < 3) return 0;
  for (size_t i = 0; i < kMonths.size(); ++i) {
    if (lower == kMonths[i] || (lower.size() <= 4 && kMonths[i].substr(0, lower.size()) == lower) ||
        (lower == "sept" && i == 8)) {
      return static_cast<int>(i + 1);
    }
  }
  return 0;
}

std::optional<core::CivilDate> ParseDateText(std::string_view text) {
  if (auto iso = core::ParseIsoDate(text); iso.has_value() && iso->day != 0) return iso;
  static const RE2 whole(
      R"((?i)^\s*(?:(?:published|updated|posted|date)\s*:?\s*)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(.*?)\s*$)");
  std::string rest;
  if (!RE2::FullMatch(text, whole, &rest)) return std::nullopt;
  std::string month;
  int day = 0, year = 0;
  if (RE2::FullMatch(rest, MonthFirst(), &month, &day, &year)) return Make(month, day, year);
  if (RE2::FullMatch(rest, DayFirst(), &day, &month, &year)) return Make(month, day, year);
  return std::nullopt;
}

std::optional<core::CivilDate> FindDateInText(std::string_view text, size_t* position) {
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece month, day_text;
  int day = 0, year = 0;
  // The earlier of the two forms wins when a text holds both.
  std::optional<core::CivilDate> found;
  size_t at = text.size();
  if (RE2::PartialMatch(input, MonthFirst(), &month, &day, &year)) {
    found = Make(std::string(month.data(), month.size()), day, year);
    at = static_cast<size_t>(month.data() - text.data());
  }
  int year2 = 0;
  if (RE2::PartialMatch(input, DayFirst(), &day_text, &month, &year2)) {
    auto start = static_cast<size_t>(day_text.data() - text.data());
    auto date = Make(std::string(month.data(), month.size()),
                     std::atoi(std::string(day_text.data(), day_text.size()).c_str()), year2);
    if (date.has_value() && (!found.has_value() || start < at)) {
      found = date;
      at = start;
    }
  }
  if (found.has_value() && position != nullptr) *position = at;
  return found;
}

}  // namespace newsrecon::extract
