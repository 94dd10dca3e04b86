// Written numbers: digits with separators, English number words with their scales
// ("one hundred and twenty", "two point two million", "twelve lakh"), scale words, and the
// hedges written before a value ("up to", "more than") with the bounds they set.
#include <array>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <string>
#include <vector>

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
  if (w == "nought" || w == "naught") return 0.0;
  for (size_t i = 0; i < kUnits.size(); ++i) {
    if (w == kUnits[i]) return static_cast<double>(i);
  }
  for (size_t i = 2; i < kTens.size(); ++i) {
    if (w == kTens[i]) return static_cast<double>(i * 10);
  }
  return std::nullopt;
}

std::optional<double> Digits(std::string_view text) {
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
  if (digits.empty() || digits == ".") return std::nullopt;
  return std::strtod(digits.c_str(), nullptr);  // out of range gives HUGE_VAL, never throws
}

// Words of a number phrase: split at spaces, hyphens and dashes; "and" and "of" dropped.
std::vector<std::string> Words(std::string_view text) {
  std::string w = Lower(text);
  std::vector<std::string> out;
  std::string cur;
  auto flush = [&] {
    if (!cur.empty() && cur != "and" && cur != "of") out.push_back(cur);
    cur.clear();
  };
  for (size_t i = 0; i < w.size(); ++i) {
    char c = w[i];
    if (c == ' ' || c == '-' || c == '\n' || c == '\t') {
      flush();
    } else if (static_cast<unsigned char>(c) == 0xE2 && i + 2 < w.size()) {  // en/em dash
      flush();
      i += 2;
    } else {
      cur.push_back(c);
    }
  }
  flush();
  return out;
}

// Accumulates number words: units and tens into the current group, "hundred" multiplies
// it, larger scales close it. Rejects sequences no one writes ("two three").
class WordNumber {
 public:
  bool Add(const std::string& w) {
    if (auto v = WordValue(w)) return AddSmall(*v);
    if (auto d = Digits(w)) {
      if (any_) return false;
      current_ = *d;
      any_ = true;
      last_ = kDigits;
      return true;
    }
    std::string s = w;
    if (s.size() > 1 && s.back() == 's' && s != "tens") s.pop_back();  // "dozens", "lakhs"
    if (s == "hundred") {
      current_ = (current_ == 0 ? 1 : current_) * 100;
      last_ = kHundred;
      return any_ = true;
    }
    if (s == "dozen") {
      current_ = (current_ == 0 ? 1 : current_) * 12;
      last_ = kScale;
      return any_ = true;
    }
    double scale = ScaleOf(s);
    if (scale == 1.0 || (s.size() == 1 && last_ != kDigits)) return false;
    // A scale straight after another adds no group of its own ("thousand millions").
    double group = current_ != 0 ? current_ : total_ > 0 ? 0 : 1;
    // "three thousand millions": a scale larger than what came before scales all of it.
    total_ = (total_ > 0 && total_ < scale) ? (total_ + group) * scale : total_ + group * scale;
    current_ = 0;
    last_ = kScale;
    return any_ = true;
  }
  double value() const { return total_ + current_; }
  bool any() const { return any_; }

 private:
  enum Last { kNone, kUnit, kTeen, kTen, kHundred, kScale, kDigits };
  bool AddSmall(double v) {
    double low = current_ - static_cast<double>(static_cast<long long>(current_ / 100) * 100);
    if (last_ == kDigits) return false;
    if (v < 10 && v > 0 && last_ == kTen) {
      current_ += v;
      last_ = kUnit;
      return true;
    }
    // Spoken hundreds: a unit or teen alone, then a ten ("one twenty-two" 122, "nineteen
    // eighty-four" 1984).
    if ((last_ == kUnit || last_ == kTeen) && v >= 20 && current_ == low && current_ < 20 && total_ == 0) {
      current_ = current_ * 100 + v;
      last_ = kTen;
      return true;
    }
    if (low != 0 || last_ == kUnit || last_ == kTeen) return false;
    current_ += v;
    last_ = v < 10 ? kUnit : v < 20 ? kTeen : kTen;
    return any_ = true;
  }
  double total_ = 0, current_ = 0;
  Last last_ = kNone;
  bool any_ = false;
};

std::optional<double> ParseWords(const std::vector<std::string>& words) {
  WordNumber whole;
  size_t i = 0;
  if (!words.empty() && (words[0] == "a" || words[0] == "an")) {
    if (words.size() == 1) return 1.0;
    i = 1;
  }
  for (; i < words.size() && words[i] != "point"; ++i) {
    if (!whole.Add(words[i])) return std::nullopt;
  }
  double value = whole.value();
  if (i == words.size()) return whole.any() ? std::optional<double>(value) : std::nullopt;
  // "two point two million", "point 77": digits after "point", then an optional scale.
  double fraction = 0, place = 0.1;
  for (++i; i < words.size(); ++i) {
    auto d = WordValue(words[i]);
    if (d && *d < 10) {
      fraction += *d * place;
      place /= 10;
    } else if (auto digits = Digits(words[i]); digits && place == 0.1) {
      fraction = *digits / std::pow(10.0, static_cast<double>(words[i].size()));
      place = 0.01;
    } else {
      break;
    }
  }
  if (place == 0.1) return std::nullopt;
  value += fraction;
  if (i + 1 == words.size()) value *= ScaleOf(words[i]);
  if (i + 1 < words.size() || (i + 1 == words.size() && ScaleOf(words[i]) == 1.0)) return std::nullopt;
  return value;
}

}  // namespace

std::string Lower(std::string_view s) { return core::AsciiLower(s); }

std::optional<double> ParseNumber(std::string_view text) {
  if (text.empty()) return std::nullopt;
  if (std::isdigit(static_cast<unsigned char>(text[0])) || text[0] == '.') {
    if (auto d = Digits(text)) return d;
  }
  std::string w = Lower(text);
  // "two and a half million" is two point five million; "half a million" point five.
  for (size_t at; (at = w.find(" and a half")) != std::string::npos;) w.replace(at, 11, " point five");
  if (w.rfind("half a ", 0) == 0) w.replace(0, 7, "point five ");
  if (w.rfind("half an ", 0) == 0) w.replace(0, 8, "point five ");
  if (w == "a single" || w == "single") return 1.0;
  if (w == "a dozen" || w == "dozen") return 12.0;
  if (w == "a couple" || w == "a pair") return 2.0;
  if (w == "several" || w == "a few") return std::nullopt;
  return ParseWords(Words(w));
}

std::optional<double> ParseAmount(std::string_view number, std::string_view scale) {
  auto n = ParseNumber(number);
  if (!n) return std::nullopt;
  return *n * (scale.empty() ? 1.0 : ScaleOf(scale));
}

double ScaleOf(std::string_view word) {
  std::string w = Lower(word);
  if (w == "trillion" || w == "tn" || w == "t" || w == "trillions") return 1e12;
  if (w == "billion" || w == "bn" || w == "b" || w == "bln" || w == "billions" || w == "g") return 1e9;
  if (w == "million" || w == "mn" || w == "m" || w == "mln" || w == "mil" || w == "millions") return 1e6;
  if (w == "crore" || w == "crores" || w == "cr" || w == "koti" || w == "krore" || w == "krores" || w == "kr") return 1e7;
  if (w == "lakh" || w == "lakhs" || w == "lac" || w == "lkh" || w == "lkhs" || w == "l") return 1e5;
  if (w == "thousand" || w == "k" || w == "thousands") return 1e3;
  return 1.0;
}

namespace {

// The hedge phrases and the bound each sets, lower case, words separated by one space.
struct HedgeWord {
  std::string_view phrase;
  core::Bound bound;
};
constexpr HedgeWord kHedges[] = {
    {"up to", core::Bound::kUpTo}, {"as much as", core::Bound::kUpTo},
    {"as many as", core::Bound::kUpTo}, {"no more than", core::Bound::kUpTo},
    {"at most", core::Bound::kUpTo}, {"more than", core::Bound::kMoreThan},
    {"over", core::Bound::kMoreThan}, {"upwards of", core::Bound::kMoreThan},
    {"in excess of", core::Bound::kMoreThan}, {"above", core::Bound::kMoreThan},
    {"at least", core::Bound::kAtLeast}, {"no less than", core::Bound::kAtLeast},
    {"less than", core::Bound::kLessThan}, {"under", core::Bound::kLessThan},
    {"fewer than", core::Bound::kLessThan}, {"below", core::Bound::kLessThan},
    {"lower than", core::Bound::kLessThan}, {"exactly", core::Bound::kExact},
    {"precisely", core::Bound::kExact}, {"about", core::Bound::kAbout},
    {"around", core::Bound::kAbout}, {"approximately", core::Bound::kAbout},
    {"nearly", core::Bound::kAbout}, {"almost", core::Bound::kAbout},
    {"roughly", core::Bound::kAbout}, {"some", core::Bound::kAbout},
    {"an estimated", core::Bound::kAbout}, {"close to", core::Bound::kAbout}};

const HedgeWord* FindHedge(std::string_view phrase) {
  for (const HedgeWord& h : kHedges) {
    if (h.phrase == phrase) return &h;
  }
  return nullptr;
}

bool IsWordByte(char c) {
  return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

// Whether a value of this type takes a hedge written before it.
bool Hedged(core::ValueType t) {
  using T = core::ValueType;
  return t == T::kMoney || t == T::kPercent || t == T::kPercentPoints || t == T::kDuration ||
         t == T::kCount || t == T::kNumber || t == T::kDistance || t == T::kTemperature;
}

}  // namespace

core::Bound BoundOf(std::string_view words) {
  std::string w = Lower(words);
  for (char& c : w) {
    if (c == '-') c = ' ';
  }
  if (w.empty()) return core::Bound::kExact;
  const HedgeWord* h = FindHedge(w);
  return h ? h->bound : core::Bound::kAbout;
}

std::optional<HedgeBefore> FindHedgeBefore(std::string_view text, size_t start, size_t floor) {
  // Spaces or hyphens between the hedge and the value, then up to three words back.
  size_t end = start;
  while (end > floor && (text[end - 1] == ' ' || text[end - 1] == '-')) --end;
  if (end == start || end == floor) return std::nullopt;
  std::string phrase;
  std::optional<HedgeBefore> found;
  size_t at = end;
  for (int words = 0; words < 3; ++words) {
    size_t word_end = at;
    while (at > floor && IsWordByte(text[at - 1])) --at;
    if (at == word_end || word_end - at > 13) break;
    std::string word = Lower(text.substr(at, word_end - at));
    phrase = phrase.empty() ? word : word + " " + phrase;
    if (at == floor || !IsWordByte(text[at - 1])) {
      if (const HedgeWord* h = FindHedge(phrase)) found = HedgeBefore{at, h->bound};
    }
    // One space or hyphen between the words of a hedge ("up to", "up-to").
    if (at <= floor + 1 || (text[at - 1] != ' ' && text[at - 1] != '-')) break;
    --at;
  }
  return found;
}

void AddHedges(std::string_view text, std::vector<core::Value>* values) {
  size_t floor = 0;
  for (core::Value& v : *values) {
    size_t from = floor;
    floor = v.span.end;
    bool date = v.type == core::ValueType::kDate;
    if ((!Hedged(v.type) && !date) || v.span.start <= from) continue;
    auto hedge = FindHedgeBefore(text, v.span.start, from);
    // A date takes only an approximation ("around next week"): "up to" or "more than"
    // before it are no bounds on a day.
    if (!hedge || (date && hedge->bound != core::Bound::kAbout)) continue;
    v.span.start = hedge->start;
    v.text = std::string(text.substr(v.span.start, v.span.size()));
    if (v.bound != core::Bound::kRange) v.bound = hedge->bound;
  }
}

}  // namespace newsrecon::extract
