// The value finder: money, percentages, years, durations and counts (dates live in
// value_dates.cc), then overlap resolution.
#include "extract/claims/values.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <cstdlib>
#include <memory>
#include <string>

#include "extract/claims/match_loop.h"
#include "extract/claims/values_internal.h"
#include "core/word_set.h"

namespace newsrecon::extract {
namespace {

std::string Pattern(std::initializer_list<std::string_view> parts) {
  std::string out;
  for (auto p : parts) out += p;
  return out;
}

const char* CurrencyCode(std::string_view symbol) {
  std::string s = Lower(symbol);
  if (s == "€" || s == "eur" || s.rfind("euro", 0) == 0) return "EUR";
  if (s == "£" || s == "gbp" || s.rfind("pound", 0) == 0) return "GBP";
  if (s == "¥" || s == "jpy" || s == "yen") return "JPY";
  if (s == "a$" || s == "aud") return "AUD";
  if (s == "c$" || s == "cad") return "CAD";
  if (s == "hk$" || s == "hkd") return "HKD";
  if (s == "chf") return "CHF";
  if (s == "cny" || s == "yuan") return "CNY";
  if (s == "inr" || s == "₹") return "INR";
  return "USD";
}

core::Value Make(core::ValueType type, std::string_view text, const Group& whole) {
  core::Value v;
  v.type = type;
  v.text = std::string(whole.text);
  v.span = {whole.start, whole.end()};
  (void)text;
  return v;
}

// "initial", "additional", "total" written next to a money mention.
std::string PartRole(std::string_view text, const core::Span& span) {
  size_t from = span.start >= 24 ? span.start - 24 : 0;
  std::string before = Lower(text.substr(from, span.start - from));
  std::string after = Lower(text.substr(span.end, std::min<size_t>(24, text.size() - span.end)));
  if (before.find("additional") != std::string::npos || before.find("further") != std::string::npos) {
    return "additional";
  }
  if (before.find("initial") != std::string::npos || after.rfind(" initial", 0) == 0 ||
      after.rfind(" upfront", 0) == 0 || before.find("first") != std::string::npos) {
    return "initial";
  }
  if (before.find("total") != std::string::npos) return "total";
  return {};
}

}  // namespace

struct ValueFinder::Patterns {
  // Currency signs and codes are matched as written ("us $5" in "audacious $5" is no code).
  RE2 money{Pattern({kHedge,
                     R"(((?:\bUS ?|\bA|\bC|\bHK)?\$|€|£|¥|₹|\b(?:USD|EUR|GBP|JPY|CHF|CNY|INR|AUD|CAD)\b)\s?()",
                     kNum, R"()(?:\s?(?:-|–|to)\s?\$?()", kNum,
                     R"()?)?(?:[ -]?((?i:trillion|billion|million|thousand|tn|bn|bln|mn|mln|b|m|k))\b)?(?:[ -](?i:dollars?|euros?|pounds?))?)"})};
  RE2 money_words{Pattern({"(?i)", kHedge, "(", kNum,
                           R"()(?:[ -](trillion|billion|million|thousand))?\s+(dollars|euros|pounds|yen|yuan|cents))"})};
  // "a fifth of", "one third of", "half of": shares of a whole, where "of" makes them clear.
  RE2 fraction{Pattern({"(?i)", kHedge,
                        R"(\b(a|one|two|three|four)[ -](half|third|quarter|fifth|sixth|tenth)s?\s+of\b|\b(half)\s+of\b)"})};
  RE2 percent{Pattern({"(?i)", kHedge, "(", kNum, "|", kWordNum,
                       R"()\s?(%|percent\b|per cent\b|pct\b|percentage points?\b|basis points\b))"})};
  RE2 year{R"((?i)(?:\b(through|until|till|to|by|since|in|from|before|after|starting|ending|as of|between|during|until the end of)\s+)?\b((?:1[89]|20)\d\d)(?:\s?(?:-|–|to|through|and)\s?((?:1[89]|20)\d\d))?\b)"};
  RE2 duration{Pattern({"(?i)", kHedge, R"(\b()", kNum, "|", kWordNum,
                        R"(|an?|several|a few|multi)[ -](year|month|week|day|decade|quarter)s?(?:[ -](long))?\b)"})};
  RE2 decades{Pattern({"(?i)", kHedge, R"(\b(decades?)(?:[ -]long\b|\s+of\b))"})};
  std::vector<const RE2*> all;  // the above and the date patterns
  std::unique_ptr<PatternUnion> scan;  // all of them for one pass
  RE2 count{Pattern({"(?i)", kHedge, "(", kNum,
                     R"()(?:\s+(million|billion|thousand))?\s+((?:[a-z]+-)?[a-z]+(?:s|people|staff|workforce))\b)"})};
};

ValueFinder::ValueFinder() : patterns_(new Patterns) {
  Patterns& p = *patterns_;
  p.all = {&p.money, &p.money_words, &p.percent, &p.fraction, &p.year, &p.duration, &p.decades, &p.count};
  for (const RE2* re : DatePatternList()) p.all.push_back(re);
  auto scan = PatternUnion::Compile(p.all);
  if (!scan.ok()) std::abort();  // fixed patterns: a failure here is a bug caught by any test
  p.scan = std::move(*scan);
}

ValueFinder::~ValueFinder() { delete patterns_; }

namespace {

void FindMoney(const RE2& money, const RE2& words, std::string_view text,
               std::vector<core::Value>* out, PatternScan* scan) {
  scan->Add(&money, [=](const std::vector<Group>& g) {
    core::Value v = Make(core::ValueType::kMoney, text, g[0]);
    double scale = g[5].matched() ? ScaleOf(g[5].text) : 1.0;
    // A lone "b"/"m" must follow the digits directly: "$5m", not "$5 m".
    v.amount = ParseNumber(g[3].text).value_or(0) * scale;
    v.high = g[4].matched() ? ParseNumber(g[4].text).value_or(0) * scale : v.amount;
    v.bound = g[4].matched() ? core::Bound::kRange
                             : BoundOf(g[1].matched() ? g[1].text : std::string_view());
    v.currency = CurrencyCode(g[2].text);
    v.role = PartRole(text, v.span);
    out->push_back(std::move(v));
  });
  scan->Add(&words, [=](const std::vector<Group>& g) {
    core::Value v = Make(core::ValueType::kMoney, text, g[0]);
    double scale = g[3].matched() ? ScaleOf(g[3].text) : 1.0;
    std::string unit = Lower(g[4].text);
    if (unit == "cents") scale = 0.01;
    v.amount = v.high = ParseNumber(g[2].text).value_or(0) * scale;
    v.bound = BoundOf(g[1].matched() ? g[1].text : std::string_view());
    v.currency = unit == "cents" ? "USD" : CurrencyCode(unit);
    v.role = PartRole(text, v.span);
    out->push_back(std::move(v));
  });
}

double FractionOf(std::string_view count, std::string_view part) {
  static const std::pair<const char*, double> kParts[] = {
      {"half", 50}, {"third", 100.0 / 3}, {"quarter", 25}, {"fifth", 20}, {"sixth", 100.0 / 6}, {"tenth", 10}};
  double n = ParseNumber(count).value_or(1);
  for (const auto& [name, percent] : kParts) {
    if (Lower(part) == name) return n * percent;
  }
  return 0;
}

void FindFractions(const RE2& fraction, std::string_view text, std::vector<core::Value>* out,
                   PatternScan* scan) {
  scan->Add(&fraction, [=](const std::vector<Group>& g) {
    double percent = g[4].matched() ? 50 : FractionOf(g[2].text, g[3].text);
    if (percent <= 0 || percent > 100) return;
    // The span ends before " of": "a fifth" is the value.
    const Group& last = g[4].matched() ? g[4] : g[3];
    size_t end = last.end();
    if (end < text.size() && text[end] == 's') ++end;
    core::Value v;
    v.type = core::ValueType::kPercent;
    v.span = {g[0].start, end};
    v.text = std::string(text.substr(v.span.start, v.span.size()));
    v.amount = v.high = std::round(percent * 100) / 100;
    v.bound = g[1].matched() ? BoundOf(g[1].text) : core::Bound::kAbout;  // fractions are round
    out->push_back(std::move(v));
  });
}

void FindPercent(const RE2& percent, std::string_view text, std::vector<core::Value>* out,
                 PatternScan* scan) {
  scan->Add(&percent, [=](const std::vector<Group>& g) {
    auto number = ParseNumber(g[2].text);
    if (!number) return;
    std::string unit = Lower(g[3].text);
    core::Value v = Make(core::ValueType::kPercent, text, g[0]);
    v.amount = v.high = *number;
    if (unit.rfind("percentage point", 0) == 0) v.type = core::ValueType::kPercentPoints;
    if (unit == "basis points") {
      v.type = core::ValueType::kPercentPoints;
      v.amount = v.high = *number / 100.0;
    }
    v.bound = BoundOf(g[1].matched() ? g[1].text : std::string_view());
    out->push_back(std::move(v));
  });
}

void FindYears(const RE2& year, std::string_view text, std::vector<core::Value>* out,
               PatternScan* scan) {
  scan->Add(&year, [=](const std::vector<Group>& g) {
    // A year directly after a currency sign or inside a longer number is not a year.
    if (g[2].start > 0 && (text[g[2].start - 1] == '$' || text[g[2].start - 1] == ',' ||
                           text[g[2].start - 1] == '.')) {
      return;
    }
    core::Value v = Make(core::ValueType::kYear, text, g[0]);
    v.amount = v.high = ParseNumber(g[2].text).value_or(0);
    if (g[3].matched()) {
      double high = ParseNumber(g[3].text).value_or(0);
      if (high <= v.amount) return;  // "2019-2019", or a phone number
      v.high = high;
      v.bound = core::Bound::kRange;
    }
    v.date = std::string(g[2].text);
    v.precision = "year";
    if (g[1].matched()) v.qualifier = Lower(g[1].text);
    out->push_back(std::move(v));
  });
}

double DaysPer(std::string_view unit) {
  std::string u = Lower(unit);
  if (u == "year") return 365.0;
  if (u == "decade") return 3650.0;
  if (u == "quarter") return 91.0;
  if (u == "month") return 30.0;
  if (u == "week") return 7.0;
  return 1.0;
}

void FindDurations(const RE2& duration, const RE2& decades, std::string_view text,
                   std::vector<core::Value>* out, PatternScan* scan) {
  scan->Add(&duration, [=](const std::vector<Group>& g) {
    std::string word = Lower(g[2].text);
    if (word == "multi" || word == "several" || word == "a few") return;  // no number
    auto number = ParseNumber(word);
    if (!number) return;
    // "54-year-old" is an age, not a duration.
    std::string_view after = text.substr(g[0].end());
    if (after.rfind("-old", 0) == 0 || after.rfind(" old", 0) == 0) return;
    Group whole = g[0];
    if ((word == "a" || word == "an") && g[4].matched() && !g[1].matched()) {
      // "a decade-long deal": the article belongs to the noun, not to the length.
      whole = Group{text.substr(g[3].start, g[0].end() - g[3].start), g[3].start};
    }
    core::Value v = Make(core::ValueType::kDuration, text, whole);
    v.amount = v.high = *number * DaysPer(g[3].text);
    v.unit = Lower(g[3].text);
    v.bound = BoundOf(g[1].matched() ? g[1].text : std::string_view());
    // Decades are round figures: "two decades" is about twenty years.
    if (v.unit == "decade" && v.bound == core::Bound::kExact) v.bound = core::Bound::kAbout;
    out->push_back(std::move(v));
  });
  scan->Add(&decades, [=](const std::vector<Group>& g) {
    core::Value v = Make(core::ValueType::kDuration, text, g[0]);
    bool plural = Lower(g[2].text) == "decades";
    v.amount = v.high = 3650.0;
    v.unit = "decade";
    // "decade-long" is about ten years; "decades of" says at least that.
    v.bound = plural ? core::Bound::kAtLeast : core::Bound::kAbout;
    if (g[1].matched()) v.bound = BoundOf(g[1].text);
    out->push_back(std::move(v));
  });
}

void FindCounts(const RE2& count, std::string_view text, std::vector<core::Value>* out,
                PatternScan* scan) {
  static const core::WordSet kNotCounted({"years", "months", "weeks", "days", "decades", "percent",
                                     "dollars", "euros", "pounds", "cents", "points", "times",
                                     "hours", "minutes", "seconds", "quarters", "is", "was",
                                     "has", "as", "its", "this", "us"});
  scan->Add(&count, [=](const std::vector<Group>& g) {
    std::string noun = Lower(g[4].text);
    if (kNotCounted.Contains(noun)) return;
    // A number glued to what precedes it ("£8", "US$2") is not a count; nor is a singular
    // noun that happens to end in "s" ("loss", "business").
    if (g[2].start > 0 && text[g[2].start - 1] != ' ' && text[g[2].start - 1] != '(') return;
    if (noun.size() > 2 && noun.compare(noun.size() - 2, 2, "ss") == 0) return;
    core::Value v = Make(core::ValueType::kCount, text, g[0]);
    double scale = g[3].matched() ? ScaleOf(g[3].text) : 1.0;
    v.amount = v.high = ParseNumber(g[2].text).value_or(0) * scale;
    v.unit = noun;
    v.bound = BoundOf(g[1].matched() ? g[1].text : std::string_view());
    out->push_back(std::move(v));
  });
}

}  // namespace

// Keeps the longest of overlapping mentions; on equal length the earlier-found type wins.
// Kept spans sit in a map by start, so each candidate checks only its two neighbours.
std::vector<core::Value> ValueFinder::Resolve(std::vector<core::Value> all) {
  std::vector<size_t> order(all.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return all[a].span.size() > all[b].span.size();
  });
  std::map<size_t, size_t> kept;  // start → index into all
  for (size_t i : order) {
    const core::Span& s = all[i].span;
    auto next = kept.lower_bound(s.start);
    if (next != kept.end() && all[next->second].span.start < s.end) continue;
    if (next != kept.begin() && all[std::prev(next)->second].span.end > s.start) continue;
    kept.emplace(s.start, i);
  }
  std::vector<core::Value> out;
  out.reserve(kept.size());
  for (const auto& [start, i] : kept) out.push_back(std::move(all[i]));
  return out;
}

const std::vector<const RE2*>& ValueFinder::patterns() const { return patterns_->all; }

void ValueFinder::AddTo(PatternScan* scan, std::string_view text, const DateContext& context,
                        std::vector<core::Value>* found) const {
  const Patterns& p = *patterns_;
  FindMoney(p.money, p.money_words, text, found, scan);
  FindPercent(p.percent, text, found, scan);
  FindFractions(p.fraction, text, found, scan);
  AddDatePatterns(context, found, scan);
  FindDurations(p.duration, p.decades, text, found, scan);
  FindYears(p.year, text, found, scan);
  FindCounts(p.count, text, found, scan);
}

std::vector<core::Value> ValueFinder::Find(std::string_view text,
                                           const DateContext& context) const {
  std::vector<core::Value> found;
  PatternScan scan(*patterns_->scan);
  AddTo(&scan, text, context, &found);
  scan.Run(text);
  return Resolve(std::move(found));
}

}  // namespace newsrecon::extract
