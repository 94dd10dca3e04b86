// The value finder: money, percentages, years, durations and counts (dates live in
// value_dates.cc), then overlap resolution.
#include "extract/claims/values.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <optional>
#include <map>
#include <cstdlib>
#include <memory>
#include <string>

#include "extract/claims/match_loop.h"
#include "extract/claims/values_internal.h"
#include "core/durations.h"
#include "core/event_words.h"
#include "core/word_set.h"

namespace newsrecon::extract {
namespace {

std::string Pattern(std::initializer_list<std::string_view> parts) {
  std::string out;
  for (auto p : parts) out += p;
  return out;
}

// The ISO 4217 code of a currency sign, code or word; "USD" for a bare "$" or "dollars".
std::string CurrencyCode(std::string_view symbol) {
  static const std::pair<const char*, const char*> kPrefixes[] = {
      {"€", "EUR"}, {"eur", "EUR"}, {"euro", "EUR"}, {"£", "GBP"}, {"gbp", "GBP"}, {"pound", "GBP"},
      {"sterling", "GBP"}, {"pence", "GBP"}, {"p", "GBP"}, {"¥", "JPY"}, {"jpy", "JPY"},
      {"yen", "JPY"}, {"a$", "AUD"}, {"$a", "AUD"}, {"$au", "AUD"}, {"$nz", "NZD"}, {"$c", "CAD"},
      {"$hk", "HKD"}, {"$s", "SGD"}, {"aud", "AUD"}, {"c$", "CAD"}, {"cad", "CAD"},
      {"hk$", "HKD"}, {"hkd", "HKD"}, {"nz$", "NZD"}, {"nzd", "NZD"}, {"s$", "SGD"},
      {"sgd", "SGD"}, {"r$", "BRL"}, {"brl", "BRL"}, {"real", "BRL"}, {"reais", "BRL"},
      {"chf", "CHF"}, {"swiss", "CHF"}, {"franc", "CHF"}, {"cny", "CNY"}, {"yuan", "CNY"},
      {"renminbi", "CNY"}, {"inr", "INR"}, {"₹", "INR"}, {"rs", "INR"}, {"rupee", "INR"},
      {"rand", "ZAR"}, {"zar", "ZAR"}, {"won", "KRW"}, {"krw", "KRW"}, {"rouble", "RUB"},
      {"ruble", "RUB"}, {"rub", "RUB"}, {"peso", "MXN"}, {"mxn", "MXN"}, {"riyal", "SAR"},
      {"sar", "SAR"}, {"rial", "IRR"}, {"shekel", "ILS"}, {"ils", "ILS"}, {"krona", "SEK"},
      {"kronor", "SEK"}, {"sek", "SEK"}, {"krone", "NOK"}, {"kroner", "NOK"}, {"nok", "NOK"},
      {"dkk", "DKK"}, {"lira", "TRY"}, {"try", "TRY"}, {"naira", "NGN"}, {"ringgit", "MYR"},
      {"myr", "MYR"}, {"baht", "THB"}, {"dirham", "AED"}, {"aed", "AED"}, {"uah", "UAH"},
      {"hryvnia", "UAH"}, {"kwd", "KWD"}, {"qar", "QAR"}, {"egp", "EGP"}, {"dinar", "DINAR"},
      {"rm", "MYR"}, {"kuwaiti", "KWD"}, {"lebanese", "LBP"}, {"egyptian", "EGP"}, {"qatari", "QAR"},
      {"saudi", "SAR"}, {"malaysia", "MYR"}, {"mongolian", "MNT"}, {"tugrik", "MNT"}, {"togrog", "MNT"},
      {"₪", "ILS"}, {"nis", "ILS"}, {"₴", "UAH"}, {"₩", "KRW"}, {"₽", "RUB"}, {"₮", "MNT"},
      {"₺", "TRY"}, {"₦", "NGN"}, {"฿", "THB"}, {"₱", "PHP"}, {"₫", "VND"}, {"rmb", "CNY"},
      {"qr", "QAR"}, {"sr", "SAR"}, {"kd", "KWD"}, {"le", "EGP"}, {"l.e", "EGP"}, {"geneh", "EGP"}, {"genih", "EGP"}, {"sfr", "CHF"},
      {"zloty", "PLN"}, {"złoty", "PLN"}, {"lev", "BGN"}, {"leva", "BGN"}, {"rupiah", "IDR"},
      {"taka", "BDT"}, {"shilling", "KES"}, {"emirati", "AED"}, {"l.l", "LBP"},
      {"chinese", "CNY"}, {"japanese", "JPY"}, {"korean", "KRW"}, {"south korean", "KRW"},
      {"russian", "RUB"}, {"israeli", "ILS"}, {"new shekel", "ILS"}, {"brazilian", "BRL"},
      {"south african", "ZAR"}, {"turkish", "TRY"}, {"nigerian", "NGN"}, {"pakistani", "PKR"},
      {"indonesian", "IDR"}, {"philippine", "PHP"}, {"thai", "THB"}, {"vietnamese", "VND"},
      {"argentine", "ARS"}, {"chilean", "CLP"}, {"colombian", "COP"},
      {"australian", "AUD"}, {"canadian", "CAD"}, {"singapore", "SGD"}, {"hong kong", "HKD"},
      {"new zealand", "NZD"}, {"mexican", "MXN"}, {"indian", "INR"}};
  std::string s = Lower(symbol);
  for (const auto& [prefix, code] : kPrefixes) {
    std::string_view p(prefix);
    if (s == p || (p.size() > 3 && s.rfind(p, 0) == 0)) return code;
  }
  // Any other code written in capitals ("42 BGN", "LBP 42") is the ISO 4217 code itself.
  if (symbol.size() == 3 && std::all_of(symbol.begin(), symbol.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
    return std::string(symbol);
  }
  return "USD";  // $, US$, dollars, bucks, cents
}

// Minor units are a hundredth of their currency.

// ISO 4217 codes written before or after an amount ("USD 5", "5 EUR"); CurrencyCode reads
// any three capitals as a code, so only this list says which ones are looked for.
constexpr std::string_view kCurrencyCodes =
    "USD|EUR|GBP|JPY|CHF|CNY|INR|AUD|CAD|HKD|NZD|SGD|ZAR|SEK|NOK|DKK|BRL|MXN|RUB|KRW|UAH|MYR|TRY|"
    "AED|SAR|QAR|KWD|EGP|LBP|BGN|PLN|CZK|HUF|IDR|PKR|NGN|TWD|THB|ILS|MNT|VND|PHP|BDT|KES|GHS|ARS|"
    "CLP|COP|PEN";
bool IsMinorUnit(std::string_view word) {
  std::string w = Lower(word);
  return w == "c" || w == "¢" || w == "p" || w.rfind("cent", 0) == 0 || w.rfind("penn", 0) == 0 ||
         w == "pence" || w == "sen" || w == "sens" || w == "paise" || w == "fils" || w.rfind("kop", 0) == 0;
}

// "initial", "additional", "total" written next to a money mention.
core::ValueRole PartRole(std::string_view text, const core::Span& span) {
  size_t from = span.start >= 24 ? span.start - 24 : 0;
  std::string before = Lower(text.substr(from, span.start - from));
  std::string after = Lower(text.substr(span.end, std::min<size_t>(24, text.size() - span.end)));
  if (before.find("additional") != std::string::npos || before.find("further") != std::string::npos) {
    return core::ValueRole::kAdditional;
  }
  if (before.find("initial") != std::string::npos || after.rfind(" initial", 0) == 0 ||
      after.rfind(" upfront", 0) == 0 || before.find("first") != std::string::npos) {
    return core::ValueRole::kInitial;
  }
  if (before.find("total") != std::string::npos) return core::ValueRole::kTotal;
  return core::ValueRole::kNone;
}

}  // namespace

struct ValueFinder::Patterns {
  // Currency signs and codes are matched as written ("us $5" in "audacious $5" is no code).
  RE2 money{Pattern({R"(((?:\bUS ?|\bA|\bC|\bHK|\bNZ|\bS|\bR)?\$|\$(?:US|AU?|NZ|C|HK|S)|€|£|¥|₹|₪|₴|₩|₽|₮|₺|₦|฿|₱|₫|\bRs\.?|\bRM|\b(?:RMB|NIS|QR|SR|KD|LE|SFr)\b\.?|\bL\.E\.|\b(?i:rupees?|dirhams?|riyals?|dinars?|(?:malaysian?\s+)?ringgits?)\s|\b(?:)", kCurrencyCodes, R"()(?:\b|\B))\s?()",
                     kNum, R"()(?:\s?(?:-|–|to)\s?\$?()", kNum, R"()?)?(?:[ -]?()", kScale,
                     R"()\b)?(?:[ -](?i:dollars?|euros?|pounds?))?(?:\s+(?:and\s+)?()", kNum, "|", kWordNum,
                     R"()(?:\s?((?i:cents?|c|pence|p|sens?|kopiykas?|kopecks?|paise|fils)\b))?)?)"})};
  // "312 million francs", "85p", "a 15-cent dividend", "twenty dollars and ten cents".
  RE2 money_words{Pattern({"(?i)(", kNum, "|", kWordNum, R"(|\ban?\b)(?:[ -]?()", kScale,
                           R"()\b)?(?:\s?|-)((?:us\s?)?dollars?\b|(?:(?:kuwaiti|lebanese|egyptian|qatari|saudi|emirati|malaysian?|mongolian|)"
                           R"(australian|canadian|singapore|hong kong|new zealand|mexican|indian)\s*)(?:)"
                           R"(dinars?|pounds?|riyals?|ringgits?|dollars?|pesos?|rupees?|dirhams?)\b|tugriks?\b|togrogs?\b|bucks\b|euros?\b|pounds?(?:\s+sterling)?\b|)"
                           R"(sterling\b|yen\b|yuan\b|renminbi\b|cents?\b|pence\b|penny\b|pennies\b|)"
                           R"((?:swiss\s+)?francs?\b|rupees?\b|rand\b|won\b|roubles?\b|rubles?\b|pesos?\b|)"
                           R"(riyals?\b|rials?\b|dinars?\b|shekels?\b|kronor\b|kroner\b|krona\b|krone\b|)"
                           R"(lira\b|naira\b|ringgits?\b|baht\b|dirhams?\b|hryvnias?\b|reais\b|)"
                           R"((?:)", kCurrencyCodes, R"()\b|)"
                           R"(zloty\b|złoty|zlotys\b|leva?\b|rupiah\b|taka\b|shillings?\b|(?-i:L\.L\.)|)"
                           R"(new\s+shekels?\b|(?:chinese|japanese|(?:south\s+)?korean|russian|israeli|brazilian|south\s+african|turkish|)"
                           R"(nigerian|pakistani|indonesian|philippine|thai|vietnamese|argentine|chilean|colombian)\s+)"
                           R"((?:yuan|yen|won|rubles?|roubles?|shekels?|reais|real|rand|lira|naira|rupiah|baht|dong|pesos?|rupees?)\b|)"
                           R"(US\$|\$|€|£|¢|₹|₪|₴|₩|₽|₮|₺|₦|฿|₱|₫|(?-i:Rs|RM|RMB|NIS|QR|SR|KD|LE|SFr)\b|(?i:l\.e\.?)|genih(?:at)?(?:\s+masriy?a)?\b|genehs?\b|p\b|c\b))"
                           R"((?:,?\s+(?:and\s+)?()", kNum, "|", kWordNum, R"()(?:\s?((?:cents?|c|pence|p|sens?|kopiykas?|kopecks?|paise|fils)\b))?)?)"})};
  // "a fifth of", "one third of", "half of": shares of a whole, where "of" makes them clear.
  RE2 fraction{Pattern({R"((?i)\b(a|one|two|three|four)[ -](half|third|quarter|fifth|sixth|tenth)s?\s+of\b|\b(half)\s+of\b)"})};
  RE2 percent{Pattern({"(?i)(", kNum, "|", kWordNum,
                       R"()\s?(%|percent\b|per cent\b|pct\b|percentage points?\b|basis points\b))"})};
  RE2 year{R"((?i)(?:\b(through|until|till|to|by|since|in|from|before|after|starting|ending|as of|between|during|until the end of|fiscal(?:\s+year)?|financial\s+year)\s+|\b(FY) ?|\b)(?:the\s+year\s+)?((?:1[89]|20)\d\d)(?:\s?(?:-|–|to|through|and)\s?((?:1[89]|20)\d\d))?\b(?:\s+(?-i:AD|A\.D\.|CE)\b)?)"};
  // "2 hours", "one and three quarters of an hour", "2 more minutes", "an hour and a half",
  // "1 hour and 30" (the minutes after the hours).
  RE2 duration{Pattern({R"((?i)\b(\d{1,2}/\d{1,2}|)", kNum, "|", kSmallWordNum,
                        R"(|an?|several|a few|multi|half(?:\s+an?)?)(\s+and\s+(?:(an?|one|two|three)\s+)?(half|quarters?))?)"
                        R"((?:\s+(?:more|additional|extra|further|less|fewer))?(?:\s+of(?:\s+an?)?)?(?:[ -]|\B))"
                        R"((year|month|week|day|decade|quarter|hour|hr|(?-i:h)|minute|min|second|sec)s?\b(?:[ -](long)\b)?)"
                        R"((\s+and\s+(?:an?\s+)?half\b|(?:\s+and)?\s+(\d{1,2}|)", kSmallWordNum, R"()\b)?)"})};
  RE2 decades{Pattern({R"((?i)\b(decades?)(?:[ -]long\b|\s+of\b))"})};
  std::vector<const RE2*> all;  // the above and the date patterns
  std::unique_ptr<PatternUnion> scan;  // all of them for one pass
  // Before a noun of the groups of people (core::GroupNounPattern) up to two words may
  // name whose people they are: "31 Islamic State militants", "20 army troops".
  RE2 count{Pattern({"(?i)(", kNum, "|", kSmallWordNum,
                     R"()(?:\s+(million|billion|thousand))?\s+()"
                     R"((?:(?-i:[A-Z][a-z]+)\s+|(?:)", core::SideWordPattern(), R"()\s+){1,2}(?:)",
                     core::GroupNounPattern(), R"()|)"
                     R"((?:[a-z]+-)?(?:[a-z]+s|people|staff|workforce)|)"
                     R"(children|men|women|police|personnel|crew|dead|injured|wounded|killed|missing|hurt|)"
                     R"(arrested|detained|displaced|evacuated|infected)\b)"})};
};

ValueFinder::ValueFinder() : patterns_(new Patterns) {
  Patterns& p = *patterns_;
  p.all = {&p.money, &p.money_words, &p.percent, &p.fraction, &p.year, &p.duration, &p.decades, &p.count};
  for (const RE2* re : DatePatternList()) p.all.push_back(re);
  for (const RE2* re : QuantityPatternList()) p.all.push_back(re);
  auto scan = PatternUnion::Compile(p.all);
  if (!scan.ok()) std::abort();  // fixed patterns: a failure here is a bug caught by any test
  p.scan = std::move(*scan);
}

ValueFinder::~ValueFinder() { delete patterns_; }

namespace {

// The parts of a money mention as the two patterns capture them.
struct MoneyParts {
  Group whole, number, high, scale, unit, cents, cents_unit;
};

// "twenty dollars and 43", "US$3 and fourteen": a figure under 100 after the unit, with
// no scale before and no word after it, is the hundredths (Duckling's reading).
bool ImpliedCents(std::string_view text, const MoneyParts& m) {
  if (m.scale.matched() || m.high.matched() || ParseNumber(m.cents.text).value_or(100) >= 100) return false;
  // "between $5 and 10" is a range's two ends.
  size_t from = m.whole.start >= 8 ? m.whole.start - 8 : 0;
  if (Lower(text.substr(from, m.whole.start - from)) == "between ") return false;
  size_t end = m.whole.end();
  if (end == text.size()) return true;
  char next = text[end];
  if (std::isalnum(static_cast<unsigned char>(next))) return false;
  if (next != ' ' || end + 1 >= text.size()) return true;
  return !std::isalnum(static_cast<unsigned char>(text[end + 1]));
}

// A money value from its parts, or nothing when they do not make one. A one-letter scale
// ("m", "b") or minor unit ("p", "c") counts only glued to the digits: "$5m", "85p".
std::optional<core::Value> MoneyValue(std::string_view text, MoneyParts m) {
  if (m.scale.matched() && m.scale.text.size() == 1 && m.scale.start != m.number.end()) {
    if (m.unit.matched() && m.unit.start > m.scale.start) return std::nullopt;
    m.whole = Group{text.substr(m.whole.start, m.number.end() - m.whole.start), m.whole.start};
    m.scale = Group{};
  }
  std::string unit = Lower(m.unit.text);
  if ((unit == "p" || unit == "c") && (m.unit.start != (m.scale.matched() ? m.scale.end() : m.number.end()) ||
                           !std::isdigit(static_cast<unsigned char>(m.number.text.back())))) {
    return std::nullopt;
  }
  if (m.cents.matched() && !m.cents_unit.matched() && !ImpliedCents(text, m)) {
    size_t end = m.cents.start;  // the figure after the unit is no part of it: trim it off
    while (end > m.whole.start && (text[end - 1] == ' ' || text[end - 1] == ',')) --end;
    if (end >= 4 && Lower(text.substr(end - 4, 4)) == " and") end -= 4;
    m.whole = Group{text.substr(m.whole.start, end - m.whole.start), m.whole.start};
    m.cents = Group{};
  }
  auto amount = ParseAmount(m.number.text, m.scale.matched() ? m.scale.text : std::string_view());
  if (!amount) return std::nullopt;
  core::Value v = ValueAt(core::ValueType::kMoney, m.whole);
  double minor = IsMinorUnit(unit) ? 0.01 : 1.0;
  v.amount = *amount * minor;
  if (m.cents.matched()) v.amount += ParseNumber(m.cents.text).value_or(0) * 0.01;
  v.high = v.amount;
  if (m.high.matched()) {
    v.high = ParseAmount(m.high.text, m.scale.matched() ? m.scale.text : std::string_view()).value_or(0);
    v.bound = core::Bound::kRange;
  }
  std::string_view code = m.unit.text;
  if (!code.empty() && code.back() == '.') code.remove_suffix(1);
  v.currency = IsMinorUnit(unit) && unit != "p" && unit != "pence" ? "USD" : CurrencyCode(code);
  v.role = PartRole(text, v.span);
  return v;
}

void FindMoney(const RE2& money, const RE2& words, std::string_view text,
               std::vector<core::Value>* out, PatternScan* scan) {
  scan->Add(&money, [=](const std::vector<Group>& g) {
    auto v = MoneyValue(text, {g[0], g[2], g[3], g[4], g[1], g[5], g[6]});
    if (v) out->push_back(std::move(*v));
  });
  scan->Add(&words, [=](const std::vector<Group>& g) {
    // A sign after a hyphen begins the next figure ("$3bn-$4bn"): no unit of this one.
    const Group& unit = g[3];
    if (!unit.text.empty() && !std::isalpha(static_cast<unsigned char>(unit.text[0])) && unit.start > 0 &&
        text[unit.start - 1] == '-') {
      return;
    }
    auto v = MoneyValue(text, {g[0], g[1], Group{}, g[2], g[3], g[4], g[5]});
    if (v) out->push_back(std::move(*v));
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
    double percent = g[3].matched() ? 50 : FractionOf(g[1].text, g[2].text);
    if (percent <= 0 || percent > 100) return;
    // The span ends before " of": "a fifth" is the value.
    const Group& last = g[3].matched() ? g[3] : g[2];
    size_t end = last.end();
    if (end < text.size() && text[end] == 's') ++end;
    core::Value v;
    v.type = core::ValueType::kPercent;
    v.span = {g[0].start, end};
    v.text = std::string(text.substr(v.span.start, v.span.size()));
    v.amount = v.high = std::round(percent * 100) / 100;
    v.bound = core::Bound::kAbout;  // fractions are round; a hedge before one sets its own
    out->push_back(std::move(v));
  });
}

void FindPercent(const RE2& percent, std::vector<core::Value>* out,
                 PatternScan* scan) {
  scan->Add(&percent, [=](const std::vector<Group>& g) {
    auto number = ParseNumber(g[1].text);
    if (!number) return;
    std::string unit = Lower(g[2].text);
    core::Value v = ValueAt(core::ValueType::kPercent, g[0]);
    v.amount = v.high = *number;
    if (unit.rfind("percentage point", 0) == 0) v.type = core::ValueType::kPercentPoints;
    if (unit == "basis points") {
      v.type = core::ValueType::kPercentPoints;
      v.amount = v.high = *number / 100.0;
    }
    out->push_back(std::move(v));
  });
}

void FindYears(const RE2& year, std::string_view text, std::vector<core::Value>* out,
               PatternScan* scan) {
  scan->Add(&year, [=](const std::vector<Group>& g) {
    // A year directly after a currency sign or inside a longer number is not a year.
    const Group& digits = g[3];
    if (digits.start > 0 && (text[digits.start - 1] == '$' || text[digits.start - 1] == ',' ||
                           text[digits.start - 1] == '.')) {
      return;
    }
    core::Value v = ValueAt(core::ValueType::kYear, g[0]);
    v.amount = v.high = ParseNumber(digits.text).value_or(0);
    if (g[4].matched()) {
      double high = ParseNumber(g[4].text).value_or(0);
      if (high <= v.amount) return;  // "2019-2019", or a phone number
      v.high = high;
      v.bound = core::Bound::kRange;
    }
    v.date = std::string(digits.text);
    v.precision = core::DatePrecision::kYear;
    if (g[1].matched()) v.qualifier = Lower(g[1].text);
    // "fiscal 2024", "fiscal year 2024", "FY2024": a company's year, not the calendar's.
    if (g[2].matched() || v.qualifier.rfind("fiscal", 0) == 0 || v.qualifier.rfind("financial", 0) == 0) {
      v.qualifier = "fiscal";
    }
    out->push_back(std::move(v));
  });
}

// The part "and a half", "and three quarters" adds to a count: 0.5, 0.75, ...; 0 without one.
double PartAfterAnd(const Group& count, const Group& part) {
  if (!part.matched()) return 0;
  double n = count.matched() ? ParseNumber(count.text).value_or(1) : 1;
  return Lower(part.text) == "half" ? 0.5 * n : 0.25 * n;
}

// What the tail after a duration adds ("and a half": 0.5; "1 hour 30": 30 minutes, in
// hours), or -1 when the tail is no part of it: a figure after anything but hours, one of 60
// or more, or one a word follows ("2 hours and 10 people").
double MinutesAfterHours(std::string_view text, std::string_view unit, const std::vector<Group>& g) {
  if (!g[8].matched()) return 0.5;
  if (unit != "hour" && unit != "hr" && unit != "h") return -1;
  double minutes = ParseNumber(g[8].text).value_or(60);
  size_t end = g[0].end();
  while (end < text.size() && text[end] == ' ') ++end;
  bool word_after = end < text.size() && std::isalnum(static_cast<unsigned char>(text[end]));
  if (minutes >= 60 || word_after) return -1;
  return minutes / 60.0;
}

void FindDurations(const RE2& duration, const RE2& decades, std::string_view text,
                   std::vector<core::Value>* out, PatternScan* scan) {
  scan->Add(&duration, [=](const std::vector<Group>& g) {
    std::string word = Lower(g[1].text);
    std::string unit = Lower(g[5].text);
    if (word == "multi" || word == "several" || word == "a few") return;  // no number
    if (word == "a" && unit == "second") return;  // "a second term": an ordinal
    // "forty-second", "twenty second": a tens word joined to "second" is an ordinal.
    if (unit == "second" && g[5].end() == g[0].end() && std::isalpha(static_cast<unsigned char>(word[0])) &&
        word.size() >= 5 && word.compare(word.size() - 2, 2, "ty") == 0) {
      return;
    }
    auto number = word.rfind("half", 0) == 0 ? std::optional<double>(0.5) : ParseNumber(word);
    if (size_t slash = word.find('/'); slash != std::string::npos) {  // "1/2 hour", "3/4 hour"
      double den = ParseNumber(std::string_view(word).substr(slash + 1)).value_or(0);
      number = den > 0 ? std::optional<double>(ParseNumber(std::string_view(word).substr(0, slash)).value_or(0) / den)
                       : std::nullopt;
    }
    if (!number) return;
    *number += PartAfterAnd(g[3], g[4]);
    // "54-year-old" is an age, not a duration.
    std::string_view after = text.substr(g[0].end());
    if (after.rfind("-old", 0) == 0 || after.rfind(" old", 0) == 0) return;
    Group whole = g[0];
    if (g[7].matched()) {
      double sub = MinutesAfterHours(text, unit, g);
      if (sub < 0) whole = Group{text.substr(whole.start, g[7].start - whole.start), whole.start};
      if (sub > 0) *number += sub;
    }
    if ((word == "a" || word == "an") && g[6].matched()) {
      // "a decade-long deal": the article belongs to the noun, not to the length.
      whole = Group{text.substr(g[5].start, whole.end() - g[5].start), g[5].start};
    }
    core::Value v = ValueAt(core::ValueType::kDuration, whole);
    const core::DurationUnit* per = core::FindDurationUnit(unit);
    v.amount = v.high = *number * (per == nullptr ? 1.0 : per->days);
    v.unit = per == nullptr ? unit : std::string(per->name);
    // Decades are round figures: "two decades" is about twenty years.
    if (v.unit == "decade") v.bound = core::Bound::kAbout;
    out->push_back(std::move(v));
  });
  scan->Add(&decades, [=](const std::vector<Group>& g) {
    core::Value v = ValueAt(core::ValueType::kDuration, g[0]);
    bool plural = Lower(g[1].text) == "decades";
    v.amount = v.high = 3650.0;
    v.unit = "decade";
    // "decade-long" is about ten years; "decades of" says at least that.
    v.bound = plural ? core::Bound::kAtLeast : core::Bound::kAbout;
    out->push_back(std::move(v));
  });
}

}  // namespace

// Keeps the longest of overlapping mentions; on equal length a typed value beats a bare
// number, then the earlier-found type wins.
// Kept spans sit in a map by start, so each candidate checks only its two neighbours.
std::vector<core::Value> ValueFinder::Resolve(std::string_view text, std::vector<core::Value> all) {
  // A mention does not reach across a paragraph break.
  all.erase(std::remove_if(all.begin(), all.end(),
                           [](const core::Value& v) { return v.text.find("\n\n") != std::string::npos; }),
            all.end());
  std::vector<size_t> order(all.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  // A bare number or ordinal yields to a typed reading of the same length.
  auto bare = [&](size_t i) {
    return all[i].type == core::ValueType::kNumber || all[i].type == core::ValueType::kOrdinal;
  };
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    if (all[a].span.size() != all[b].span.size()) return all[a].span.size() > all[b].span.size();
    return !bare(a) && bare(b);
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
  AddBareNumbers(text, &out);
  AddHedges(text, &out);
  out = JoinRanges(text, std::move(out));
  ShiftDatesByDurations(text, &out);
  WidenWeekOfDates(text, &out);
  ResolveAnaphoricDates(&out);
  return out;
}

const std::vector<const RE2*>& ValueFinder::patterns() const { return patterns_->all; }

void ValueFinder::AddTo(PatternScan* scan, std::string_view text, const DateContext& context,
                        std::vector<core::Value>* found) const {
  const Patterns& p = *patterns_;
  FindMoney(p.money, p.money_words, text, found, scan);
  FindPercent(p.percent, found, scan);
  FindFractions(p.fraction, text, found, scan);
  AddDatePatterns(text, context, found, scan);
  FindDurations(p.duration, p.decades, text, found, scan);
  FindYears(p.year, text, found, scan);
  FindCounts(p.count, text, found, scan);
  AddQuantityPatterns(text, found, scan);
}

std::vector<core::Value> ValueFinder::Find(std::string_view text,
                                           const DateContext& context) const {
  std::vector<core::Value> found;
  PatternScan scan(*patterns_->scan);
  AddTo(&scan, text, context, &found);
  scan.Run(text);
  return Resolve(text, std::move(found));
}

}  // namespace newsrecon::extract
