// Fixed tables of short words whose lookup costs one or two comparisons: words are
// bucketed by length and first two bytes, and a bucket rarely holds more than one.
//
//   static const WordSet kStop({"the", "and", "for"});
//   if (kStop.Contains(word)) continue;
//   static const WordTable<std::string_view> kEvents({{"kills", "killed"}});
//   if (const std::string_view* event = kEvents.Find(word)) ...
#ifndef NEWSRECON_CORE_WORD_SET_H_
#define NEWSRECON_CORE_WORD_SET_H_

#include <array>
#include <initializer_list>
#include <string_view>
#include <utility>
#include <vector>

namespace newsrecon::core {

// Words bucketed by length and first two bytes, each with a value.
template <typename Value>
class WordTable {
 public:
  WordTable() = default;
  WordTable(std::initializer_list<std::pair<std::string_view, Value>> entries) {
    for (const auto& e : entries) Add(e.first, e.second);
  }

  void Add(std::string_view word, Value value) {
    if (!word.empty()) buckets_[Bucket(word)].push_back({word, value});
  }

  // The word's value, or nullptr when the word is not in the table.
  const Value* Find(std::string_view w) const {
    if (w.empty()) return nullptr;
    for (const auto& candidate : buckets_[Bucket(w)]) {
      if (candidate.first == w) return &candidate.second;
    }
    return nullptr;
  }

 private:
  static constexpr size_t kBuckets = 512;
  static size_t Bucket(std::string_view w) {
    size_t second = w.size() > 1 ? static_cast<unsigned char>(w[1]) : 0;
    return (w.size() * 131 + static_cast<unsigned char>(w[0]) * 7 + second) % kBuckets;
  }
  std::array<std::vector<std::pair<std::string_view, Value>>, kBuckets> buckets_;
};

class WordSet {
 public:
  WordSet(std::initializer_list<std::string_view> words) {
    for (std::string_view w : words) table_.Add(w, true);
  }

  bool Contains(std::string_view w) const { return table_.Find(w) != nullptr; }

 private:
  WordTable<bool> table_;
};

}  // namespace newsrecon::core

#endif  // NEWSRECON_CORE_WORD_SET_H_
