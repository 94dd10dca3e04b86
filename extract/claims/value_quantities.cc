// Quantities beside money and percentages: bare numbers ("5.9", "twenty-one", "1/5"),
// ordinals ("third", "21st"), distances normalised to metres ("3 km", "7 feet 10 inches"),
// temperatures in degrees Celsius ("70°F"), times of day with their zone ("04:30 GMT",
// "3 p.m. local time") and ages ("aged 45", "a 45-year-old").
#include <re2/re2.h>

#include <cctype>
#include <cmath>
#include <optional>
#include <tuple>
#include <cstdio>
#include <string>

#include "extract/claims/match_loop.h"
#include "extract/claims/values_internal.h"

namespace newsrecon::extract {
namespace {

std::string Cat(std::initializer_list<std::string_view> parts) {
  std::string out;
  for (auto p : parts) out += p;
  return out;
}

// A signed number: digits or words, an optional scale glued or spaced ("3M", "5 thousand").
const std::string& SignedNumber() {
  // Digits start at a word boundary: a run of digits is one number, not one per digit.
  static const std::string kPattern = Cat({R"(((?:-|−|minus\s+|negative\s+)\s?)?(\b)", kNum, R"(|\.\d+|)", kWordNum,
                                           R"()(?:\s?((?:thousand|million|billion|trillion|lakhs?|lkhs?|crores?|dozens?)\b|(?-i:k|K|M|G|bn)\b))?)"});
  return kPattern;
}

constexpr char kDistanceUnit[] =
    R"((kilomet(?:er|re)s?|kms?|miles?|mi|met(?:er|re)s?|m|centimet(?:er|re)s?|cm|millimet(?:er|re)s?|mm|feet|foot|ft|inch(?:es)?|in|yards?|yds?|nautical miles?|''))";

struct QuantityPatterns {
  RE2 number{Cat({R"((?i)\b(\d{1,3})/(\d{1,4})\b|)", kHedge, SignedNumber(), R"((?:\s*\(([^()\n]{1,40})\))?)"})};
  RE2 ordinal{R"((?i)\b(\d{1,4}(?:st|nd|rd|th)|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s\x{2014}-]?)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth|hundredth|thousandth)\b)"};
  // One or more "number unit" pieces: "3 km", "7 feet and 10 inches", "2 yds, 7 feet".
  RE2 distance{Cat({"(?i)", kHedge, R"(((?:)", kNum, "|", kSmallWordNum, R"()\s?)", kDistanceUnit,
                    R"((?:(?:,\s*|,?\s+and\s+|\s+)(?:)", kNum, "|", kSmallWordNum, R"()\s?)",
                    kDistanceUnit, R"()*))"})};
  RE2 distance_piece{Cat({"(?i)(", kNum, "|", kSmallWordNum, R"()\s?)", kDistanceUnit})};
  RE2 temperature{Cat({"(?i)", kHedge, R"(((?:-|−|minus\s+)\s?)?()", kNum, "|", kSmallWordNum,
                       R"()\s?(?:(?:°|º|degrees?\b|deg\b\.?)\s?(celsius|centigrade|fahrenheit|c\b|f\b)?|(celsius|centigrade|fahrenheit)\b)(\s+below\s+zero)?)"})};
  RE2 time_of_day{R"((?i)\b(?:([01]?\d|2[0-3])[:.]([0-5]\d)(?:\s?([ap])\.?\s?m\b\.?)?|(1[0-2]|0?[1-9])\s?([ap])\.?\s?m\b\.?|(noon|midday|midnight))(?:\s+\(?((?:GMT|UTC|BST|CET|CEST|EET|EEST|WET|MSK|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT|IST|JST|KST|AEST|AEDT|HKT|SGT)\b(?:\s?[+-]\d{1,2})?|(?:[A-Z][a-z]+\s+)?local time\b))?)"};
  RE2 age{Cat({"(?i)", R"(\b(?:aged|age)\s+()", kNum, "|", kSmallWordNum, R"()\b|\b()", kNum, "|", kSmallWordNum,
               R"()[ -]years?[ -]old\b)"})};
};

const QuantityPatterns& Patterns() {
  static const QuantityPatterns kPatterns;
  return kPatterns;
}

core::Value Quantity(core::ValueType type, const Group& whole) {
  core::Value v;
  v.type = type;
  v.text = std::string(whole.text);
  v.span = {whole.start, whole.end()};
  return v;
}

std::string_view Hedge(const Group& g) { return g.matched() ? g.text : std::string_view(); }

// The value of a signed number's groups: sign, number, scale.
std::optional<double> Signed(const Group& sign, const Group& number, const Group& scale) {
  std::string s = std::string(scale.text);
  if (s == "M" || s == "m") s = "million";
  if (s == "G") s = "billion";
  auto n = ParseAmount(number.text, s);
  if (!n) return std::nullopt;
  return sign.matched() ? -*n : *n;
}

void AddNumbers(std::string_view text, std::vector<core::Value>* out, PatternScan* scan) {
  const QuantityPatterns& p = Patterns();
  scan->Add(&p.number, [=](const std::vector<Group>& g) {
    // Inside a longer token ("A4", "B-52", "1.2.3") a number is not a mention.
    size_t at = g[0].start;
    if (at > 0 && (std::isalnum(static_cast<unsigned char>(text[at - 1])) || text[at - 1] == '.' ||
                   text[at - 1] == '-' || text[at - 1] == '/' || text[at - 1] == ':')) {
      return;
    }
    Group whole = g[0];
    double amount = 0;
    if (g[1].matched()) {
      double den = ParseNumber(g[2].text).value_or(0);
      if (den == 0) return;
      amount = ParseNumber(g[1].text).value_or(0) / den;
    } else {
      auto n = Signed(g[4], g[5], g[6]);
      if (!n) return;
      amount = *n;
      // "forty-five (45)" is one number; any other parenthesis is not part of it.
      if (g[7].matched() && ParseNumber(g[7].text) != std::optional<double>(std::abs(*n))) {
        size_t end = g[6].matched() ? g[6].end() : g[5].end();
        whole = Group{text.substr(whole.start, end - whole.start), whole.start};
      }
    }
    core::Value v = Quantity(core::ValueType::kNumber, whole);
    v.amount = v.high = amount;
    v.bound = BoundOf(Hedge(g[3]));
    out->push_back(std::move(v));
  });
  scan->Add(&p.ordinal, [=](const std::vector<Group>& g) {
    std::string w = Lower(g[1].text);
    double n = 0;
    if (std::isdigit(static_cast<unsigned char>(w[0]))) {
      n = ParseNumber(w.substr(0, w.size() - 2)).value_or(0);
    } else {
      n = OrdinalWordValue(w);
    }
    if (n <= 0) return;
    core::Value v = Quantity(core::ValueType::kOrdinal, g[0]);
    v.amount = v.high = n;
    out->push_back(std::move(v));
  });
}

double MetresPer(std::string_view unit, std::string* shown) {
  std::string u = Lower(unit);
  static const std::tuple<const char*, const char*, double> kUnits[] = {
      {"kilomet", "km", 1000}, {"km", "km", 1000}, {"nautical", "nmi", 1852}, {"mi", "mi", 1609.344},
      {"centimet", "cm", 0.01}, {"cm", "cm", 0.01}, {"millimet", "mm", 0.001}, {"mm", "mm", 0.001},
      {"met", "m", 1}, {"m", "m", 1}, {"f", "ft", 0.3048}, {"in", "in", 0.0254}, {"''", "in", 0.0254},
      {"y", "yd", 0.9144}};
  for (const auto& [prefix, name, metres] : kUnits) {
    if (u.rfind(prefix, 0) == 0) {
      *shown = name;
      return metres;
    }
  }
  return 0;
}

void AddDistances(std::string_view text, std::vector<core::Value>* out, PatternScan* scan) {
  const QuantityPatterns& p = Patterns();
  scan->Add(&p.distance, [=, &p](const std::vector<Group>& g) {
    double metres = 0;
    std::string unit, shown, last;
    bool ok = true;
    ForEachMatch(p.distance_piece, g[2].text, [&](const std::vector<Group>& piece) {
      auto n = ParseNumber(piece[1].text);
      double per = MetresPer(piece[2].text, &shown);
      if (!n || per == 0) ok = false;
      metres += n.value_or(0) * per;
      if (unit.empty()) unit = shown;
      last = Lower(piece[2].text);
    });
    // "5 in March": "in" is an inch only where no word follows.
    size_t end = g[0].end();
    if (last == "in" && end + 1 < text.size() && text[end] == ' ' &&
        std::isalnum(static_cast<unsigned char>(text[end + 1]))) {
      return;
    }
    if (!ok || (end < text.size() && std::isalpha(static_cast<unsigned char>(text[end])))) return;
    core::Value v = Quantity(core::ValueType::kDistance, g[0]);
    v.amount = v.high = metres;
    v.unit = unit;
    v.bound = BoundOf(Hedge(g[1]));
    out->push_back(std::move(v));
  });
}

void AddTemperatures(std::string_view text, std::vector<core::Value>* out, PatternScan* scan) {
  const QuantityPatterns& p = Patterns();
  (void)text;
  scan->Add(&p.temperature, [=](const std::vector<Group>& g) {
    auto n = ParseNumber(g[3].text);
    if (!n) return;
    double degrees = g[2].matched() || g[6].matched() ? -*n : *n;
    std::string scale = Lower(g[4].matched() ? g[4].text : g[5].text);
    core::Value v = Quantity(core::ValueType::kTemperature, g[0]);
    if (!scale.empty() && scale[0] == 'f') {
      v.unit = "F";
      degrees = (degrees - 32) * 5 / 9;
    } else if (!scale.empty()) {
      v.unit = "C";
    }
    v.amount = v.high = std::round(degrees * 1000) / 1000;
    v.bound = BoundOf(Hedge(g[1]));
    out->push_back(std::move(v));
  });
}

void AddTimes(std::string_view text, std::vector<core::Value>* out, PatternScan* scan) {
  const QuantityPatterns& p = Patterns();
  scan->Add(&p.time_of_day, [=](const std::vector<Group>& g) {
    int hour = 0, minute = 0;
    std::string ampm;
    if (g[1].matched()) {
      hour = static_cast<int>(ParseNumber(g[1].text).value_or(0));
      minute = static_cast<int>(ParseNumber(g[2].text).value_or(0));
      ampm = Lower(g[3].text);
      // "1.30" alone is a decimal; with a dot a time needs a.m./p.m. or a zone.
      if (text[g[1].end()] == '.' && ampm.empty() && !g[7].matched()) return;
      if (!ampm.empty() && (hour == 0 || hour > 12)) return;
    } else if (g[4].matched()) {
      hour = static_cast<int>(ParseNumber(g[4].text).value_or(0));
      ampm = Lower(g[5].text);
    } else {
      hour = Lower(g[6].text) == "midnight" ? 0 : 12;
    }
    if (ampm == "p" && hour < 12) hour += 12;
    if (ampm == "a" && hour == 12) hour = 0;
    core::Value v = Quantity(core::ValueType::kTimeOfDay, g[0]);
    char buf[8];
    std::snprintf(buf, sizeof buf, "%02d:%02d", hour, minute);
    v.date = buf;
    v.precision = "minute";
    v.amount = v.high = hour * 60 + minute;
    if (g[7].matched()) v.unit = std::string(g[7].text);
    out->push_back(std::move(v));
  });
}

void AddAges(std::vector<core::Value>* out, PatternScan* scan) {
  const QuantityPatterns& p = Patterns();
  scan->Add(&p.age, [=](const std::vector<Group>& g) {
    auto n = ParseNumber(g[1].matched() ? g[1].text : g[2].text);
    if (!n || *n <= 0 || *n > 130) return;
    core::Value v = Quantity(core::ValueType::kAge, g[0]);
    v.amount = v.high = *n;
    v.unit = "years";
    out->push_back(std::move(v));
  });
}

}  // namespace

void AddQuantityPatterns(std::string_view text, std::vector<core::Value>* out, PatternScan* scan) {
  AddDistances(text, out, scan);
  AddTemperatures(text, out, scan);
  AddTimes(text, out, scan);
  AddAges(out, scan);
  AddNumbers(text, out, scan);
}

std::vector<const RE2*> QuantityPatternList() {
  const QuantityPatterns& p = Patterns();
  return {&p.distance, &p.temperature, &p.time_of_day, &p.age, &p.ordinal, &p.number};
}

}  // namespace newsrecon::extract
