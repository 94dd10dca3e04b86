// The duration-unit table.
#include "core/durations.h"

#include <algorithm>
#include <array>

namespace newsrecon::core {
namespace {

constexpr std::array<DurationUnit, 9> kUnits = {{
    {"decade", "decades", 3650, 120, false},
    {"year", "years", 365, 12, true},
    {"quarter", "quarters", 91, 3, false},
    {"month", "months", 30, 1, true},
    {"week", "weeks", 7, 0, true},
    {"day", "days", 1, 0, true},
    {"hour", "hours", 1.0 / 24, 0, true},
    {"minute", "minutes", 1.0 / 1440, 0, true},
    {"second", "seconds", 1.0 / 86400, 0, true},
}};

// Abbreviations news writes for the shorter units.
constexpr std::array<std::pair<std::string_view, std::string_view>, 4> kShort = {{
    {"hr", "hour"}, {"h", "hour"}, {"min", "minute"}, {"sec", "second"}}};

}  // namespace

std::span<const DurationUnit> DurationUnits() { return kUnits; }

const DurationUnit* FindDurationUnit(std::string_view name) {
  for (const auto& [abbreviation, full] : kShort) {
    if (name == abbreviation) name = full;
  }
  auto it = std::find_if(kUnits.begin(), kUnits.end(), [&](const DurationUnit& u) { return u.name == name; });
  return it == kUnits.end() ? nullptr : &*it;
}

}  // namespace newsrecon::core
