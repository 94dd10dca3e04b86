// Counts of people and things: "3,000 jobs", "at least 31 Islamic State militants".
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include "core/word_set.h"
#include "extract/claims/values_internal.h"

namespace newsrecon::extract {
namespace {

// The last word of a phrase: the noun of "islamic state militants".
std::string_view LastWord(std::string_view phrase) {
  size_t space = phrase.find_last_of(" \t\n");
  return space == std::string_view::npos ? phrase : phrase.substr(space + 1);
}

// Whether a count's match starts with a year-like number (1800-2099, no comma) that a
// capitalised word follows: "2008 Somali pirates".
bool YearBeforeName(std::string_view match) {
  if (match.size() < 6 || !(match.substr(0, 2) == "18" || match.substr(0, 2) == "19" || match.substr(0, 2) == "20")) {
    return false;
  }
  for (size_t i = 0; i < 4; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(match[i]))) return false;
  }
  size_t at = 4;
  while (at < match.size() && std::isspace(static_cast<unsigned char>(match[at]))) ++at;
  return at > 4 && at < match.size() && std::isupper(static_cast<unsigned char>(match[at]));
}

}  // namespace

void FindCounts(const RE2& count, std::string_view text, std::vector<core::Value>* out,
                PatternScan* scan) {
  static const core::WordSet kNotCounted({"years", "months", "weeks", "days", "decades", "percent",
                                     "dollars", "euros", "pounds", "cents", "points", "times",
                                     "hours", "minutes", "seconds", "quarters", "is", "was",
                                     "has", "as", "its", "this", "us", "miles", "kilometres",
                                     "kilometers", "metres", "meters", "feet", "inches", "yards",
                                     "degrees", "hrs", "mins", "secs", "kms", "millimeters", "millimetres",
                                     "centimeters", "centimetres", "yds", "celsius", "hundreds", "thousands",
                                     "millions", "billions", "trillions"});
  // The noun is the match's last word: a match whose noun is never counted ("5 years"), or
  // is a singular that happens to end in "s" ("loss", "business"), or whose number is glued
  // to what precedes it ("£8", "US$2"), is refused before its groups are looked for.
  auto check = [text](const Group& whole) {
    size_t from = whole.text.find_last_of(" \t\n");
    std::string noun = Lower(whole.text.substr(from == std::string_view::npos ? 0 : from + 1));
    if (kNotCounted.Contains(noun)) return false;
    // "In 2008 Somali pirates ...": a year before a name is a date, not a count.
    if (YearBeforeName(whole.text)) return false;
    if (noun.size() > 2 && noun.compare(noun.size() - 2, 2, "ss") == 0) return false;
    return whole.start == 0 || text[whole.start - 1] == ' ' || text[whole.start - 1] == '(';
  };
  scan->AddChecked(&count, check, [=](const std::vector<Group>& g) {
    std::string noun = Lower(g[3].text);
    if (kNotCounted.Contains(LastWord(noun))) return;
    core::Value v = ValueAt(core::ValueType::kCount, g[0]);
    auto number = ParseAmount(g[1].text, g[2].matched() ? g[2].text : std::string_view());
    if (!number) return;
    v.amount = v.high = *number;
    v.unit = noun;
    out->push_back(std::move(v));
  });
}

}  // namespace newsrecon::extract
