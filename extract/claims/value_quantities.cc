// Quantities beside money and percentages: bare numbers ("5.9", "twenty-one", "1/5"),
// ordinals ("third", "21st"), distances normalised to metres ("3 km", "7 feet 10 inches"),
// temperatures in degrees Celsius ("70°F"), times of day with their zone ("04:30 GMT",
// "3 p.m. local time") and ages ("aged 45", "a 45-year-old").
#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <iterator>
#include <cmath>
#include <optional>
#include <tuple>
#include <cstdio>
#include <string>
#include <vector>

#include "core/word_set.h"
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
  static const std::string kPattern = Cat({R"(((?:-|−|minus\s+|negative\s+)\s?)?(\b\d+\s+point\s+\d+\b|\b)", kNum, R"(|\.\d+|)", kWordNum,
                                           R"()(?:\s?((?:thousand|million|billion|trillion|lakhs?|lkhs?|[ck]rores?|dozens?)\b|(?-i:k|K|M|G|bn)\b))?)"});
  return kPattern;
}

constexpr char kDistanceUnit[] =
    R"((kilomet(?:er|re)s?|kms?|miles?|met(?:er|re)s?|centimet(?:er|re)s?|cm|millimet(?:er|re)s?|mm|feet|foot|ft|inch(?:es)?|in|yards?|yds?|nautical miles?|mi|(?-i:m)|''))";

struct QuantityPatterns {
  RE2 number{Cat({R"((?i)\b(\d{1,3})/(\d{1,4})\b|)", SignedNumber(), R"((?:\s*\(([^()\n]{1,40})\))?)"})};
  RE2 ordinal{R"((?i)\b(\d{1,4}(?:st|nd|rd|th)|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s\x{2014}-]?)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth|hundredth|thousandth)\b)"};
  // One or more "number unit" pieces: "3 km", "7 feet and 10 inches", "2 yds, 7 feet".
  RE2 distance{Cat({R"((?i)((?:)", kNum, "|", kSmallWordNum, kPointTail, R"()\s?)", kDistanceUnit,
                    R"((?:(?:,\s*|,?\s+and\s+|\s+)(?:)", kNum, "|", kSmallWordNum, R"()\s?)",
                    kDistanceUnit, R"()*))"})};
  RE2 distance_piece{Cat({"(?i)(", kNum, "|", kSmallWordNum, kPointTail, R"()\s?)", kDistanceUnit})};
  RE2 temperature{Cat({R"((?i)((?:-|−|minus\s+)\s?)?()", kNum, "|", kSmallWordNum,
                       R"()(?:\s?(?:(?:°|º|degrees?\b|deg\b\.?)(?:\s?(celsius|centigrade|fahrenheit|c\b|f\b))?|(celsius|centigrade|fahrenheit)\b)(\s+below\s+zero)?|(\s+below\s+zero)))"})};
  RE2 time_of_day{R"((?i)\b(?:([01]?\d|2[0-3])[:.]([0-5]\d)(?:\s?([ap])\.?\s?m\b\.?)?|(1[0-2]|0?[1-9])\s?([ap])\.?\s?m\b\.?|(noon|midday|midnight))(?:\s+\(?((?:GMT|UTC|BST|CET|CEST|EET|EEST|WET|MSK|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT|IST|JST|KST|AEST|AEDT|HKT|SGT)\b(?:\s?[+-]\d{1,2})?|(?:[A-Z][a-z]+\s+)?local time\b))?)"};
  RE2 age{Cat({"(?i)", R"(\b(?:aged|age)\s+()", kNum, "|", kSmallWordNum, R"()\b|\b()", kNum, "|", kSmallWordNum,
               R"()[ -]years?[ -]old\b)"})};
};

const QuantityPatterns& Patterns() {
  static const QuantityPatterns kPatterns;
  return kPatterns;
}

// The value of a signed number's groups: sign, number, scale.
std::optional<double> Signed(const Group& sign, const Group& number, const Group& scale) {
  std::string s = std::string(scale.text);
  if (s == "M" || s == "m") s = "million";
  if (s == "G") s = "billion";
  auto n = ParseAmount(number.text, s);
  if (!n) return std::nullopt;
  return sign.matched() ? -*n : *n;
}

// A bare number from the number pattern's groups, or nothing.
std::optional<core::Value> NumberValue(std::string_view text, const std::vector<Group>& g) {
  // Inside a longer token ("A4", "B-52", "1.2.3") a number is not a mention.
  size_t at = g[0].start;
  if (at > 0 && (std::isalnum(static_cast<unsigned char>(text[at - 1])) || text[at - 1] == '.' ||
                 text[at - 1] == '-' || text[at - 1] == '/' || text[at - 1] == ':')) {
    return std::nullopt;
  }
  Group whole = g[0];
  double amount = 0;
  if (g[1].matched()) {
    double den = ParseNumber(g[2].text).value_or(0);
    if (den == 0) return std::nullopt;
    amount = ParseNumber(g[1].text).value_or(0) / den;
  } else {
    auto n = Signed(g[3], g[4], g[5]);
    if (!n) return std::nullopt;
    amount = *n;
    // "forty-five (45)" is one number; any other parenthesis is not part of it.
    if (g[6].matched() && ParseNumber(g[6].text) != std::optional<double>(std::abs(*n))) {
      size_t end = g[5].matched() ? g[5].end() : g[4].end();
      whole = Group{text.substr(whole.start, end - whole.start), whole.start};
    }
  }
  core::Value v = ValueAt(core::ValueType::kNumber, whole);
  v.amount = v.high = amount;
  return v;
}

// An ordinal from the ordinal pattern's groups, or nothing.
std::optional<core::Value> OrdinalValue(const std::vector<Group>& g) {
  std::string w = Lower(g[1].text);
  double n = std::isdigit(static_cast<unsigned char>(w[0])) ? ParseNumber(w.substr(0, w.size() - 2)).value_or(0)
                                                            : OrdinalWordValue(w);
  if (n <= 0) return std::nullopt;
  core::Value v = ValueAt(core::ValueType::kOrdinal, g[0]);
  v.amount = v.high = n;
  return v;
}

double MetresPer(std::string_view unit, std::string* shown) {
  std::string u = Lower(unit);
  static const std::tuple<const char*, const char*, double> kUnits[] = {
      {"kilomet", "km", 1000}, {"km", "km", 1000}, {"nautical", "nmi", 1852}, {"millimet", "mm", 0.001},
      {"mi", "mi", 1609.344}, {"centimet", "cm", 0.01}, {"cm", "cm", 0.01}, {"mm", "mm", 0.001},
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
  // "5 in March": "in" is an inch only where no word follows; a letter glued to the end
  // makes it no distance. Both are read from the whole match, before its groups.
  auto check = [text](const Group& whole) {
    size_t end = whole.end();
    std::string_view w = whole.text;
    bool inch_word = w.size() >= 2 && (w[w.size() - 2] | 0x20) == 'i' && (w.back() | 0x20) == 'n';
    if (inch_word && end + 1 < text.size() && text[end] == ' ' &&
        std::isalnum(static_cast<unsigned char>(text[end + 1]))) {
      return false;
    }
    return end >= text.size() || !std::isalpha(static_cast<unsigned char>(text[end]));
  };
  scan->AddChecked(&p.distance, check, [=, &p](const std::vector<Group>& g) {
    double metres = 0;
    std::string unit, shown;
    bool ok = true;
    ForEachMatch(p.distance_piece, g[1].text, [&](const std::vector<Group>& piece) {
      auto n = ParseNumber(piece[1].text);
      double per = MetresPer(piece[2].text, &shown);
      if (!n || per == 0) ok = false;
      metres += n.value_or(0) * per;
      if (unit.empty()) unit = shown;
    });
    if (!ok) return;
    core::Value v = ValueAt(core::ValueType::kDistance, g[0]);
    v.amount = v.high = metres;
    v.unit = unit;
    out->push_back(std::move(v));
  });
}

void AddTemperatures(std::string_view text, std::vector<core::Value>* out, PatternScan* scan) {
  const QuantityPatterns& p = Patterns();
  scan->Add(&p.temperature, [=](const std::vector<Group>& g) {
    auto n = ParseNumber(g[2].text);
    if (!n) return;
    // A dash glued to a figure before it joins a range ("30-40 degrees"): no minus sign.
    bool dash = g[1].matched() && g[1].start > 0 && std::isdigit(static_cast<unsigned char>(text[g[1].start - 1]));
    Group whole = dash ? Group{text.substr(g[2].start, g[0].end() - g[2].start), g[2].start} : g[0];
    double degrees = (g[1].matched() && !dash) || g[5].matched() || g[6].matched() ? -*n : *n;
    std::string scale = Lower(g[3].matched() ? g[3].text : g[4].text);
    core::Value v = ValueAt(core::ValueType::kTemperature, whole);
    if (!scale.empty() && scale[0] == 'f') {
      v.unit = "F";
      degrees = (degrees - 32) * 5 / 9;
    } else if (!scale.empty()) {
      v.unit = "C";
    }
    v.amount = v.high = std::round(degrees * 1000) / 1000;
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
    core::Value v = ValueAt(core::ValueType::kTimeOfDay, g[0]);
    char buf[8];
    std::snprintf(buf, sizeof buf, "%02d:%02d", hour, minute);
    v.date = buf;
    v.precision = core::DatePrecision::kMinute;
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
    core::Value v = ValueAt(core::ValueType::kAge, g[0]);
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
}

namespace {

// ASCII classes without the C library's calls: the gap scan runs them at every byte.
constexpr bool IsDigit(char c) { return c >= '0' && c <= '9'; }
constexpr bool IsAlpha(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
constexpr std::array<bool, 256> kAlnum = [] {
  std::array<bool, 256> table{};
  for (int c = 0; c < 256; ++c) table[c] = IsDigit(static_cast<char>(c)) || IsAlpha(static_cast<char>(c));
  return table;
}();
bool IsAlnum(char c) { return kAlnum[static_cast<unsigned char>(c)]; }

// Lower-case words in a set, and the three letters they start with (a filter before the
// lookup: "the", "they", "said" stop there).
struct FirstWords {
  explicit FirstWords(std::initializer_list<std::string_view> list) : words(list) {
    for (std::string_view w : list) prefix[Key(w[0], w[1], w[2])] = true;
  }
  static size_t Key(char a, char b, char c) {
    auto five = [](char x) { return static_cast<size_t>((x | 0x20) & 0x1F); };
    return five(a) << 10 | five(b) << 5 | five(c);
  }
  core::WordSet words;
  std::array<bool, size_t{1} << 15> prefix{};
};

// The number and ordinal words, and their first three letters.
const FirstWords& NumberWords() {
  static const FirstWords kWords(
      {"zero", "nought", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
       "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
       "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
       "hundred", "thousand", "million", "billion", "minus", "negative", "first", "second",
       "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
       "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
       "eighteenth", "nineteenth", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth",
       "seventieth", "eightieth", "ninetieth", "hundredth", "thousandth", "point"});
  return kWords;
}

// Whether the word text[i, i + n), its first three letters those of a number word, is one
// (or a tens word glued to more, which the pattern decides: "twentyfifth").
bool IsNumberWord(std::string_view text, size_t i, size_t n) {
  static const std::array<std::string_view, 8> kTensWords = {"twenty", "thirty", "forty", "fifty",
                                                             "sixty", "seventy", "eighty", "ninety"};
  char word[16];  // lower-cased in place
  for (size_t k = 0; k < n; ++k) word[k] = static_cast<char>(text[i + k] | 0x20);
  std::string_view w(word, n);
  if (NumberWords().words.Contains(w)) return true;
  return std::any_of(kTensWords.begin(), kTensWords.end(),
                     [w](std::string_view t) { return w.size() > t.size() + 2 && w.substr(0, t.size()) == t; });
}

// Whether the word text[i, end) (letters and digits) can start a number mention: digits,
// or a number or ordinal word. Cheaper than searching the gaps with the pattern: this runs
// at every word of the text, and most stop at the prefix table.
inline bool NumberWordAt(std::string_view text, size_t i, size_t end) {
  if (IsDigit(text[i])) return true;
  size_t n = end - i;
  return n >= 3 && n <= 16 && NumberWords().prefix[FirstWords::Key(text[i], text[i + 1], text[i + 2])] &&
         IsNumberWord(text, i, n);
}

// Digits at text[i] that nothing can extend (no scale word, suffix, fraction or
// parenthesis after them) as a number; nothing otherwise, and the pattern decides.
std::optional<core::Value> PlainDigits(std::string_view text, size_t i) {
  static const core::WordSet kScales({"thousand", "million", "billion", "trillion", "lakh", "lakhs",
                                      "lkh", "lkhs", "crore", "crores", "krore", "krores", "dozen", "dozens",
                                      "point"});
  if (!IsDigit(text[i])) return std::nullopt;
  size_t j = i;
  while (j < text.size() && (IsDigit(text[j]) || text[j] == ',' || text[j] == '.')) ++j;
  size_t end = j;
  while (end > i && (text[end - 1] == ',' || text[end - 1] == '.')) --end;
  char next = j < text.size() ? text[j] : ' ';
  if (IsAlpha(next) || next == '/' || next == '(' || next == '-') return std::nullopt;
  if (j < text.size() && next == ' ') {
    size_t w = j + 1, w_end = j + 1;
    char word[9];  // lower-cased in place: the longest scale word has 8 letters
    while (w_end < text.size() && IsAlpha(text[w_end]) && w_end - w < sizeof word) {
      word[w_end - w] = static_cast<char>(text[w_end] | 0x20);
      ++w_end;
    }
    if (kScales.Contains(std::string_view(word, w_end - w)) || (w < text.size() && text[w] == '(')) return std::nullopt;
  }
  auto n = ParseNumber(text.substr(i, end - i));
  if (!n) return std::nullopt;
  core::Value v = ValueAt(core::ValueType::kNumber, Group{text.substr(i, end - i), i});
  v.amount = v.high = *n;
  return v;
}

// The number pattern's match at upto[i], or nothing. A match of one word ("seven"), or of
// digits alone ("2024" of "2024-25": no sign, scale, fraction or parenthesis takes part),
// is read from the whole match alone, as its groups would give it (the number group is the
// whole): RE2 finds that from its DFA, far cheaper than locating the groups.
std::optional<core::Value> BareNumber(std::string_view text, std::string_view upto, size_t i,
                                      std::vector<Group>* g) {
  const RE2& number = Patterns().number;
  if (!MatchAt(number, upto, i, RE2::ANCHOR_START, g, true)) return std::nullopt;
  const Group whole = (*g)[0];
  auto digit_or_mark = [](char c) { return IsDigit(c) || c == '.' || c == ','; };
  if (std::all_of(whole.text.begin(), whole.text.end(), IsAlpha) ||
      (IsDigit(whole.text[0]) && std::all_of(whole.text.begin(), whole.text.end(), digit_or_mark))) {
    g->assign(static_cast<size_t>(number.NumberOfCapturingGroups()) + 1, Group{});
    (*g)[0] = (*g)[4] = whole;
    return NumberValue(text, *g);
  }
  if (!MatchAt(number, upto, i, RE2::ANCHOR_START, g, false, whole.end())) return std::nullopt;
  return NumberValue(text, *g);
}

// Whether the ordinal pattern can match at text[i], the token text[i, end) being the
// letters and digits there (a sign before digits has none): an exact test that spares
// the pattern at most number words. Every ordinal ends its first token with "st", "nd",
// "rd" or "th", or that token is a tens word and the ordinal goes on after a separator
// ("twenty-first"). A non-ASCII byte after the token may be a letter RE2 folds to one of
// ours ("ſ" for "s"): the pattern decides then.
bool MayStartOrdinal(std::string_view text, size_t i, size_t end) {
  static const std::array<std::string_view, 8> kTens = {"twenty", "thirty", "forty", "fifty",
                                                        "sixty", "seventy", "eighty", "ninety"};
  if (!IsAlnum(text[i])) return false;  // a sign or point: the pattern starts at a word
  if (end < text.size() && static_cast<unsigned char>(text[end]) >= 0x80) return true;
  if (end - i < 2) return false;
  char a = static_cast<char>(text[end - 2] | 0x20), b = static_cast<char>(text[end - 1] | 0x20);
  if ((a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') || (a == 't' && b == 'h')) {
    return true;
  }
  size_t n = end - i;
  if (n < 5 || n > 7) return false;
  char word[7];
  for (size_t k = 0; k < n; ++k) word[k] = static_cast<char>(text[i + k] | 0x20);
  return std::find(kTens.begin(), kTens.end(), std::string_view(word, n)) != kTens.end();
}

// Merges `more` into `values`, both sorted by start.
void MergeByStart(std::vector<core::Value> more, std::vector<core::Value>* values) {
  if (more.empty()) return;
  std::vector<core::Value> merged;
  merged.reserve(values->size() + more.size());
  std::merge(std::make_move_iterator(values->begin()), std::make_move_iterator(values->end()),
             std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()),
             std::back_inserter(merged),
             [](const core::Value& a, const core::Value& b) { return a.span.start < b.span.start; });
  *values = std::move(merged);
}

}  // namespace

void AddBareNumbers(std::string_view text, std::vector<core::Value>* values) {
  const RE2& ordinal = Patterns().ordinal;
  std::vector<core::Value> numbers;
  numbers.reserve(text.size() / 256 + 8);  // about one per 256 bytes of news: regrowth moves are rare
  std::vector<Group> g;
  size_t from = 0;
  // The number that starts at text[i], if any; where the gap scan goes on after it.
  auto at = [&](std::string_view upto, size_t i, size_t next) {
    if (auto plain = PlainDigits(upto, i)) {  // the common case, without a pattern
      numbers.push_back(std::move(*plain));
      return numbers.back().span.end;
    }
    std::optional<core::Value> v;
    if (MayStartOrdinal(upto, i, next) && MatchAt(ordinal, upto, i, RE2::ANCHOR_START, &g, true)) {
      g.push_back(g[0]);  // the ordinal's one group is the whole match
      v = OrdinalValue(g);
    }
    if (!v) v = BareNumber(text, upto, i, &g);
    if (!v) return next;
    numbers.push_back(std::move(*v));
    return std::max(next, g[0].end());
  };
  // Numbers in text[from, end), each starting a word (or a sign or point before digits):
  // the scan steps over whole words and looks only at those that can start one.
  auto gap = [&](size_t end) {
    std::string_view upto = text.substr(0, end);
    for (size_t i = from; i < end;) {
      char c = text[i];
      // A token begun before: no number starts here.
      auto inside = [&] { return i > 0 && IsAlnum(text[i - 1]); };
      if (!IsAlnum(c)) {
        bool sign = (c == '-' || c == '.') && !inside() &&
                    ((i + 1 < end && IsDigit(text[i + 1])) || (i + 2 < end && IsDigit(text[i + 2])));
        i = sign ? at(upto, i, i + 1) : i + 1;
        continue;
      }
      size_t word_end = i + 1;
      while (word_end < end && IsAlnum(text[word_end])) ++word_end;
      i = !inside() && NumberWordAt(upto, i, word_end) ? at(upto, i, word_end) : word_end;
    }
    from = end;
  };
  for (const core::Value& v : *values) {
    if (v.span.start > from) gap(v.span.start);
    from = std::max(from, v.span.end);
  }
  gap(text.size());
  MergeByStart(std::move(numbers), values);
}

std::vector<const RE2*> QuantityPatternList() {
  const QuantityPatterns& p = Patterns();
  return {&p.distance, &p.temperature, &p.time_of_day, &p.age};
}

}  // namespace newsrecon::extract
