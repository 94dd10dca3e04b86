// Pieces shared by the value finder's files; not part of the extract interface.
#ifndef NEWSRECON_EXTRACT_CLAIMS_VALUES_INTERNAL_H_
#define NEWSRECON_EXTRACT_CLAIMS_VALUES_INTERNAL_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/model.h"
#include "extract/claims/match_loop.h"
#include "extract/claims/values.h"

namespace newsrecon::extract {

std::string Lower(std::string_view s);
// 1e9 for "billion"/"bn"/"b", 1e6 for "million"/"m", ...; 1 for anything else.
double ScaleOf(std::string_view word);
// The bound a hedge word sets: "up to" → kUpTo, "more than" → kMoreThan, "" → kExact.
core::Bound BoundOf(std::string_view words);

// RE2 fragments the value patterns are built from.
inline constexpr char kNum[] = R"((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)";
inline constexpr char kWordNum[] =
    "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|"
    "five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    "twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)";
inline constexpr char kHedge[] =
    "(?i:(up[ -]to|as much as|as many as|more than|over|upwards of|in excess of|at least|no "
    "less than|less than|fewer than|under|below|about|around|approximately|nearly|almost|"
    "roughly|some|an estimated|close to)[ -]+)?";

// Adds the date patterns (absolute, partial and relative) to `scan`; their handlers append
// to `out` when the scan runs.
void AddDatePatterns(const DateContext& context,
                     std::vector<core::Value>* out, PatternScan* scan);
// The date patterns, for the union the scan runs.
std::vector<const RE2*> DatePatternList();

}  // namespace newsrecon::extract

#endif  // NEWSRECON_EXTRACT_CLAIMS_VALUES_INTERNAL_H_
