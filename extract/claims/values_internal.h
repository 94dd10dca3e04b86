// Pieces shared by the value finder's files; not part of the extract interface.
#ifndef NEWSRECON_EXTRACT_CLAIMS_VALUES_INTERNAL_H_
#define NEWSRECON_EXTRACT_CLAIMS_VALUES_INTERNAL_H_

#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.h"
#include "extract/claims/match_loop.h"
#include "extract/claims/values.h"

namespace newsrecon::extract {

std::string Lower(std::string_view s);
// A value of `type` spanning the whole match, its amounts not yet set.
inline core::Value ValueAt(core::ValueType type, const Group& whole) {
  core::Value v;
  v.type = type;
  v.text = std::string(whole.text);
  v.span = {whole.start, whole.end()};
  return v;
}
// 1e9 for "billion"/"bn"/"b", 1e6 for "million"/"m", ...; 1 for anything else.
double ScaleOf(std::string_view word);
// The bound a hedge word sets: "up to" → kUpTo, "more than" → kMoreThan, "" → kExact.
core::Bound BoundOf(std::string_view words);
// A hedge ("up to", "more than", "about") written just before text[start], after
// text[floor]: where it starts and the bound it sets; nothing when the words there are no hedge.
struct HedgeBefore {
  size_t start;
  core::Bound bound;
};
std::optional<HedgeBefore> FindHedgeBefore(std::string_view text, size_t start, size_t floor);
// Gives each value of a type that takes a hedge (money, percentages, counts, durations,
// numbers, distances, temperatures) the hedge written before it: the span grows to cover
// it and the bound is the hedge's, unless the value is a range; a date takes only an
// approximation ("around next week"). Hedges are looked for in code after the match, not
// in every pattern. `values` are sorted and disjoint.
void AddHedges(std::string_view text, std::vector<core::Value>* values);

// RE2 fragments the value patterns are built from.
inline constexpr char kNum[] = R"((?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+))";
// One number word; a phrase of them ("one hundred and twenty", "two point two million",
// "three billions": a plural scale only after a number).
#define NEWSRECON_NUM_WORD                                                                   \
  "(?:zero|nought|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"  \
  "fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"    \
  "seventy|eighty|ninety|hundred|thousand|million|billion|trillion|lakhs?|[ck]rores?|dozens?)\\b"
// Spoken decimals: "two point five", "1 point 1", "point 77".
inline constexpr char kWordNum[] =
    "(?:\\b(?:\\d+\\s+)?point\\s+\\d+\\b|"
    "\\b(?:(?:half\\s+)?an?\\s+(?:hundred|thousand|million|billion|dozen)\\b|" NEWSRECON_NUM_WORD ")"
    "(?:(?:[-\\x{2013}\\x{2014}]|\\s+|\\s+and\\s+)" NEWSRECON_NUM_WORD "|\\s+(?:hundred|thousand|million|billion|trillion)s\\b"
    "|\\s+and\\s+a\\s+half\\b)*"
    "(?:\\s+point(?:(?:\\s+(?:zero|one|two|three|four|five|six|seven|eight|nine)\\b)+|\\s+\\d+\\b))?)";
#undef NEWSRECON_NUM_WORD
// One number word up to ninety-nine, for patterns where a phrase would cost too much.
inline constexpr char kSmallWordNum[] =
    "(?:\\b(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|"
    "four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    "twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\\b)";
// A spoken decimal tail after a small number word ("three point five").
inline constexpr char kPointTail[] =
    "(?:\\s+point(?:(?:\\s+(?:zero|one|two|three|four|five|six|seven|eight|nine)\\b)+|\\s+\\d+\\b))?";
// Scale words after a number; the one-letter ones only glued to digits.
inline constexpr char kScale[] =
    "(?i:trillion|billion|million|thousand|[ck]rores?|lakhs?|tn|bn|bln|mn|mln|cr|b|m|k)";
// The value of a number (digits or words) times its scale word ("3.5" "million"); nothing
// when the words do not make a number.
std::optional<double> ParseAmount(std::string_view number, std::string_view scale);

// Adds the date patterns (absolute, partial and relative) to `scan`; their handlers append
// to `out` when the scan runs. `text` is what the scan runs on (for the tense of a
// sentence that holds a date written without its year).
void AddDatePatterns(std::string_view text, const DateContext& context,
                     std::vector<core::Value>* out, PatternScan* scan);
// The date patterns, for the union the scan runs.
std::vector<const RE2*> DatePatternList();

// Adds the quantity patterns (distances, temperatures, times of day, ages) to `scan`, like
// AddDatePatterns.
void AddQuantityPatterns(std::string_view text, std::vector<core::Value>* out, PatternScan* scan);
std::vector<const RE2*> QuantityPatternList();
// Adds the count pattern's handler to `scan`: a number and the noun it counts ("3,000
// jobs"), with up to two words naming whose people they are before a noun of the groups
// of people ("31 Islamic State militants"); nouns never counted ("5 years") are refused.
void FindCounts(const RE2& count, std::string_view text, std::vector<core::Value>* out, PatternScan* scan);
// Adds the bare numbers ("5.9", "twenty-one") and ordinals ("third") in the gaps between `values` (sorted,
// disjoint, found in `text`); a number is what is left once every typed reading is taken.
void AddBareNumbers(std::string_view text, std::vector<core::Value>* values);

// Joins "between A and B", "A to B", "from A to B", "A-B" of one kind into one range value
// (a bare number takes the kind of the value after it). `values` are sorted, disjoint.
std::vector<core::Value> JoinRanges(std::string_view text, std::vector<core::Value> values);
// The rank an ordinal word gives ("third" 3, "twenty-fifth" 25); 0 for anything else.
double OrdinalWordValue(std::string_view word);
// Resolves dates said relative to the story's own time ("the following day"): against the
// closest day-precise date before them in the text; left unresolved when there is none.
void ResolveAnaphoricDates(std::vector<core::Value>* values);
// The n-th (1-based; -1 the last) `weekday` (0 = Monday) of a month.
core::CivilDate NthWeekday(int year, int month, int weekday, int n);
// The rank a short ordinal gives ("2nd" 2, "third" 3); 0 for anything else.
int OrdinalRank(std::string_view word);
// The n-th last day (n 1: `end` itself) or week of a period that ends on `end`: the day, or
// the Monday of the n-th last Monday-to-Sunday week that ends within the period.
core::CivilDate NthLastOf(const core::CivilDate& end, int n, bool week);
// The spellings of a table of names, one row each: an RE2 alternation without capturing
// groups, matched case-insensitively, in which "'" stands for an optional straight or curly
// apostrophe. The rows' alternations joined are what the date pattern matches; a name found
// there is given back to its row by a whole match (value_date_holidays.cc).
class SpellingIndex {
 public:
  explicit SpellingIndex(const std::vector<const char*>& names);
  ~SpellingIndex();
  // The first row whose spellings match the whole of `name`; -1 when none does.
  int Find(std::string_view name) const;
  // Every row's spellings, expanded, as one alternation (no enclosing group).
  const std::string& alternation() const { return alternation_; }
  // Whether every row compiles and has no capturing group.
  bool Valid() const;
  static std::string Expand(std::string_view names);

 private:
  const std::vector<std::unique_ptr<RE2>>& Rows() const;
  std::string alternation_;
  std::vector<std::string> expanded_;
  mutable std::once_flag compiled_;
  mutable std::vector<std::unique_ptr<RE2>> rows_;
};
// The spellings of each row of a holiday table (rows with a `names` member), for a SpellingIndex.
template <typename Row, size_t N>
std::vector<const char*> NamesOf(const Row (&rows)[N]) {
  std::vector<const char*> names;
  for (const Row& r : rows) names.push_back(r.names);
  return names;
}
// The names of every holiday and festival the tables know, as one non-capturing group.
std::string HolidayNamePattern();
// Whether the holiday and festival tables' spellings all compile without groups.
bool HolidayTablesValid();
// The day of a named holiday ("boxing day", "easter monday", "diwali") in `year`, its name
// as the text writes it; month 0 for a name no table row spells.
core::CivilDate Holiday(std::string_view name, int year);
// The day of a Hindu, Sikh, Jain or Parsi festival ("diwali", "holi", "makar sankranti",
// "onam", "parsi new year") in `year`; month 0 for a name no row spells
// (value_date_festivals.cc), and that table's spellings.
core::CivilDate IndianFestival(std::string_view name, int year);
std::string FestivalNamePattern();
bool FestivalTableValid();
// The `day` of a month that falls on `weekday` (0 = Monday): with `cue` -1 the latest on
// or before `published`, else the first on or after it; nothing within 28 months.
std::optional<core::CivilDate> DayOnWeekday(int day, int weekday, const core::CivilDate& published, int cue);
// The same day `months` months later (earlier when negative), kept within the month.
core::CivilDate AddMonths(const core::CivilDate& d, int months);
// The day `k` units ("day", "week", "month", "year") from `pub`, back when k < 0; with
// `weekday` >= 0 (0 = Monday) the k-th such weekday instead. Days since 1970-01-01.
int64_t AgoDay(const core::CivilDate& pub, int k, const std::string& unit, int weekday);
// The tense the sentence around text[start, end) gives a date written there without its
// year: 1 future ("will", "is due to", "next", "upcoming"), -1 past ("was", "ago", "last",
// a past-tense verb), 0 neither. The cue nearest before the date wins ("said it will pay
// on May 5": future; "announced on May 5, it will": past), else the nearest after it.
int TenseAround(std::string_view text, size_t start, size_t end);
// The year a month and day (day 0: the whole month) written without one fall in, for a
// story published on `published`: with `cue` 1 the first occurrence on or after that day,
// with -1 the last on or before it, with 0 the publication's year, as HeidelTime resolves
// such dates in news. A leap day takes a leap year (with `cue` 0 the nearest).
int YearOfOccurrence(int month, int day, const core::CivilDate& published, int cue);
// Widens a day-precise date after "week of" ("the week of March 4") to its ISO week, as
// Duckling and HeidelTime read it. `values` are sorted and disjoint.
void WidenWeekOfDates(std::string_view text, std::vector<core::Value>* values);
// Joins a duration and the day-precise date after it ("three days after Easter", "two
// weeks before March 3", "a year from Christmas") into one date that far from it.
// `values` are sorted and disjoint.
void ShiftDatesByDurations(std::string_view text, std::vector<core::Value>* values);

}  // namespace newsrecon::extract

#endif  // NEWSRECON_EXTRACT_CLAIMS_VALUES_INTERNAL_H_
