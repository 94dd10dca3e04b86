// A fixed set of short words whose lookup costs one or two comparisons: words are
// bucketed by length and first two bytes, and a bucket rarely holds more than one.
//
//   static const WordSet kStop({"the", "and", "for"});
//   if (kStop.Contains(word)) continue;
#ifndef NEWSRECON_CORE_WORD_SET_H_
#define NEWSRECON_CORE_WORD_SET_H_

#include <array>
#include <initializer_list>
#include <string_view>
#include <vector>

namespace newsrecon::core {

class WordSet {
 public:
  WordSet(std::initializer_list<std::string_view> words) {
    for (std::string_view w : words) {
      if (!w.empty()) buckets_[Bucket(w)].push_back(w);
    }
  }

  bool Contains(std::string_view w) const {
    if (w.empty()) return false;
    for (std::string_view candidate : buckets_[Bucket(w)]) {
      if (candidate == w) return true;
    }
    return false;
  }

 private:
  static constexpr size_t kBuckets = 512;
  static size_t Bucket(std::string_view w) {
    size_t second = w.size() > 1 ? static_cast<unsigned char>(w[1]) : 0;
    return (w.size() * 131 + static_cast<unsigned char>(w[0]) * 7 + second) % kBuckets;
  }
  std::array<std::vector<std::string_view>, kBuckets> buckets_;
};

}  // namespace newsrecon::core

#endif  // NEWSRECON_CORE_WORD_SET_H_
