// Iterating over every match of an RE2 pattern with its groups' positions.
#ifndef NEWSRECON_EXTRACT_CLAIMS_MATCH_LOOP_H_
#define NEWSRECON_EXTRACT_CLAIMS_MATCH_LOOP_H_

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <functional>
#include <memory>
#include <string_view>
#include <utility>
#include <vector>

#include "core/status.h"

namespace newsrecon::extract {

// A group's text and its byte offset in the scanned text; empty text when it did not take part.
struct Group {
  std::string_view text;
  size_t start = 0;
  bool matched() const { return text.data() != nullptr; }
  size_t end() const { return start + text.size(); }
};

// Matches `re` on text[pos..end) (anchored at pos or not; `end` defaults to the text's end,
// and the text around stays context for \b) and fills `groups` with the groups'
// positions; returns false when there is no match. With `whole_only`, groups holds the
// match alone (RE2 then answers from its DFA, without locating the groups).
bool MatchAt(const RE2& re, std::string_view text, size_t pos, RE2::Anchor anchor,
             std::vector<Group>* groups, bool whole_only = false,
             size_t end = std::string_view::npos);

// Calls fn(groups) for each non-overlapping match, left to right; groups[0] is the match.
template <typename Fn>
void ForEachMatch(const RE2& re, std::string_view text, Fn fn) {
  std::vector<Group> groups;
  size_t pos = 0;
  while (pos <= text.size() && MatchAt(re, text, pos, RE2::UNANCHORED, &groups)) {
    fn(groups);
    size_t next = groups[0].end();
    pos = next > pos ? next : pos + 1;
  }
}

// Many patterns compiled for one pass over a text: their union (no groups, so RE2 answers
// from its DFA) finds each place where one can start, and an anchored RE2::Set says which
// of them match there. The patterns must use RE2's default options (flags go inline, as in
// "(?i)"); they are not owned and must outlive the union.
class PatternUnion {
 public:
  // Fails when the patterns together are too large for RE2.
  static core::Result<std::unique_ptr<PatternUnion>> Compile(std::vector<const RE2*> patterns);

  const std::vector<const RE2*>& patterns() const { return patterns_; }

 private:
  friend class PatternScan;
  PatternUnion() = default;
  // Calls fn(i) for each index i of `re` in patterns_, in order (a pattern may be given twice).
  template <typename Fn>
  void ForEachIndexOf(const RE2* re, Fn fn) const {
    auto at = std::lower_bound(index_.begin(), index_.end(), re, [](const auto& entry, const RE2* key) {
      return std::less<const RE2*>()(entry.first, key);
    });
    for (; at != index_.end() && at->first == re; ++at) fn(at->second);
  }
  std::vector<const RE2*> patterns_;
  std::vector<std::pair<const RE2*, size_t>> index_;  // (pattern, its index), by pattern then index
  // Whether some pattern looks at the text before its start beyond \b ("^", "\A"): the
  // set, given the text from a start on, would then answer as if at the text's start.
  bool sees_before_ = false;
  std::unique_ptr<RE2> any_;
  std::unique_ptr<RE2::Set> anchored_;
};

// One pass of a PatternUnion over a text, calling each pattern's handler on its matches;
// only the patterns that match somewhere are run again for their groups.
class PatternScan {
 public:
  using Handler = std::function<void(const std::vector<Group>&)>;
  explicit PatternScan(const PatternUnion& patterns);
  // The handler of `re` (one of the union's patterns) sees every match, overlapping ones
  // included.
  void Add(const RE2* re, Handler handler);
  // The handler sees the matches ForEachMatch would: leftmost first, none overlapping.
  void AddNonOverlapping(const RE2* re, Handler handler);
  // Like Add, with a cheap test of the whole match (groups[0] only) first: a match it
  // refuses never costs the search for its groups.
  using Check = std::function<bool(const Group& whole)>;
  void AddChecked(const RE2* re, Check check, Handler handler);
  // Calls the handlers on every match in `text`. No match starts inside a number or word
  // begun before it (at "300" of "2,300", at ".5" of "12.5"): patterns must not need one to.
  void Run(std::string_view text) const;

 private:
  struct Entry {
    Handler handler;
    bool overlapping = true;
    Check check;
  };
  void SetHandler(const RE2* re, Handler handler, bool overlapping);
  const PatternUnion& union_;
  std::vector<Entry> entries_;
};

}  // namespace newsrecon::extract

#endif  // NEWSRECON_EXTRACT_CLAIMS_MATCH_LOOP_H_
