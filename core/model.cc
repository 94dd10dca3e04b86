// Names of the model's enumerations, as they appear in JSON and in the store.
#include "core/model.h"

#include <array>
#include <utility>

namespace newsrecon::core {
namespace {

constexpr std::array<std::pair<ValueType, const char*>, 13> kValueTypes = {{
    {ValueType::kMoney, "money"},
    {ValueType::kPercent, "percent"},
    {ValueType::kPercentPoints, "percentage_points"},
    {ValueType::kYear, "year"},
    {ValueType::kDate, "date"},
    {ValueType::kDuration, "duration"},
    {ValueType::kCount, "count"},
    {ValueType::kNumber, "number"},
    {ValueType::kDistance, "distance"},
    {ValueType::kTemperature, "temperature"},
    {ValueType::kTimeOfDay, "time_of_day"},
    {ValueType::kAge, "age"},
    {ValueType::kOrdinal, "ordinal"},
}};

constexpr std::array<std::pair<Bound, const char*>, 7> kBounds = {{
    {Bound::kExact, "exact"},
    {Bound::kAbout, "about"},
    {Bound::kUpTo, "up_to"},
    {Bound::kAtLeast, "at_least"},
    {Bound::kMoreThan, "more_than"},
    {Bound::kLessThan, "less_than"},
    {Bound::kRange, "range"},
}};

constexpr std::array<std::pair<Phase, const char*>, 5> kPhases = {{
    {Phase::kUnspecified, "unspecified"},
    {Phase::kStarts, "starts"},
    {Phase::kContinues, "continues"},
    {Phase::kEnds, "ends"},
    {Phase::kPast, "past"},
}};

template <typename E, size_t N>
const char* NameOf(const std::array<std::pair<E, const char*>, N>& table, E e) {
  for (const auto& [value, name] : table) {
    if (value == e) return name;
  }
  return "?";
}

template <typename E, size_t N>
bool ValueOf(const std::array<std::pair<E, const char*>, N>& table, const std::string& name,
             E* out) {
  for (const auto& [value, n] : table) {
    if (name == n) {
      *out = value;
      return true;
    }
  }
  return false;
}

}  // namespace

const char* ToString(ValueType type) { return NameOf(kValueTypes, type); }
const char* ToString(Bound bound) { return NameOf(kBounds, bound); }
const char* ToString(Phase phase) { return NameOf(kPhases, phase); }
const char* ToString(Polarity polarity) {
  return polarity == Polarity::kAffirmed ? "affirmed" : "negated";
}

bool ParseValueType(const std::string& name, ValueType* out) {
  return ValueOf(kValueTypes, name, out);
}
bool ParseBound(const std::string& name, Bound* out) { return ValueOf(kBounds, name, out); }
bool ParsePhase(const std::string& name, Phase* out) { return ValueOf(kPhases, name, out); }

}  // namespace newsrecon::core
