// Written numbers: digits with separators, English number words, scale words.
#include <array>
#include <cctype>
#include <string>

#include "core/utf8.h"
#include "extract/claims/values.h"
#include "extract/claims/values_internal.h"

namespace newsrecon::extract {
namespace {

constexpr std::array<std::string_view, 20> kUnits = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen"};
constexpr std::array<std::string_view, 10> kTens = {
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};

std::optional<double> WordValue(std::string_view w) {
  for (size_t i = 0; i < kUnits.size(); ++i) {
    if (w == kUnits[i]) return static_cast<double>(i);
  }
  for (size_t i = 2; i < kTens.size(); ++i) {
    if (w == kTens[i]) return static_cast<double>(i * 10);
  }
  return std::nullopt;
}

}  // namespace

std::string Lower(std::string_view s) { return core::AsciiLower(s); }

std::optional<double> ParseNumber(std::string_view text) {
  if (text.empty()) return std::nullopt;
  if (std::isdigit(static_cast<unsigned char>(text[0]))) {
    std::string digits;
    bool dot = false;
    for (char c : text) {
      if (c == ',') continue;
      if (c == '.') {
        if (dot) return std::nullopt;
        dot = true;
      } else if (!std::isdigit(static_cast<unsigned char>(c))) {
        return std::nullopt;
      }
      digits.push_back(c);
    }
    return std::stod(digits);
  }
  std::string w = Lower(text);
  if (w == "a" || w == "an" || w == "a single") return 1.0;
  if (w == "a dozen" || w == "dozen") return 12.0;
  if (w == "several" || w == "a few") return std::nullopt;
  size_t dash = w.find_first_of("- ");
  if (dash != std::string::npos) {
    auto tens = WordValue(w.substr(0, dash));
    auto unit = WordValue(w.substr(dash + 1));
    if (tens && unit && *tens >= 20 && *unit < 10) return *tens + *unit;
    return std::nullopt;
  }
  return WordValue(w);
}

double ScaleOf(std::string_view word) {
  std::string w = Lower(word);
  if (w == "trillion" || w == "tn" || w == "t") return 1e12;
  if (w == "billion" || w == "bn" || w == "b" || w == "bln") return 1e9;
  if (w == "million" || w == "mn" || w == "m" || w == "mln" || w == "mil") return 1e6;
  if (w == "thousand" || w == "k") return 1e3;
  return 1.0;
}

core::Bound BoundOf(std::string_view words) {
  std::string w = Lower(words);
  for (char& c : w) {
    if (c == '-') c = ' ';
  }
  if (w.empty()) return core::Bound::kExact;
  if (w == "up to" || w == "as much as" || w == "as many as") return core::Bound::kUpTo;
  if (w == "more than" || w == "over" || w == "upwards of" || w == "in excess of") {
    return core::Bound::kMoreThan;
  }
  if (w == "at least" || w == "no less than") return core::Bound::kAtLeast;
  if (w == "less than" || w == "under" || w == "fewer than" || w == "below") {
    return core::Bound::kLessThan;
  }
  return core::Bound::kAbout;  // about, around, nearly, almost, roughly, some, an estimated
}

}  // namespace newsrecon::extract
