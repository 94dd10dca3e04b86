// One table of names per closed set: an enum's values and the strings they have at the
// edges (SQL columns, JSON, CLI flags, report text), looked up both ways.
//
// A table is a constexpr std::array of {value, name} pairs, one per value. NameOf gives "?"
// for a value missing from the table (a programming error the round-trip tests catch);
// ValueOf returns false for an unknown name and leaves *out as it was.
#ifndef NEWSRECON_CORE_ENUM_TABLE_H_
#define NEWSRECON_CORE_ENUM_TABLE_H_

#include <array>
#include <cstddef>
#include <string_view>
#include <utility>

namespace newsrecon::core {

template <typename E, size_t N>
using EnumTable = std::array<std::pair<E, const char*>, N>;

template <typename E, size_t N>
constexpr const char* NameOf(const EnumTable<E, N>& table, E e) {
  for (const auto& [value, name] : table) {
    if (value == e) return name;
  }
  return "?";
}

template <typename E, size_t N>
constexpr bool ValueOf(const EnumTable<E, N>& table, std::string_view name, E* out) {
  for (const auto& [value, n] : table) {
    if (name == n) {
      *out = value;
      return true;
    }
  }
  return false;
}

}  // namespace newsrecon::core

#endif  // NEWSRECON_CORE_ENUM_TABLE_H_
