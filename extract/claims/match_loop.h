// Iterating over every match of an RE2 pattern with its groups' positions.
#ifndef NEWSRECON_EXTRACT_CLAIMS_MATCH_LOOP_H_
#define NEWSRECON_EXTRACT_CLAIMS_MATCH_LOOP_H_

#include <re2/re2.h>
#include <re2/set.h>

#include <functional>
#include <string_view>
#include <vector>

namespace newsrecon::extract {

// A group's text and its byte offset in the scanned text; empty text when it did not take part.
struct Group {
  std::string_view text;
  size_t start = 0;
  bool matched() const { return text.data() != nullptr; }
  size_t end() const { return start + text.size(); }
};

// Matches `re` on text[pos..] (anchored at pos or not) and fills `groups` with the
// groups' positions; returns false when there is no match.
bool MatchAt(const RE2& re, std::string_view text, size_t pos, RE2::Anchor anchor,
             std::vector<Group>* groups);

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

// Runs many patterns over a text in one pass. A union of them (no groups, so RE2 answers
// from its DFA) finds each place where one can start; there an anchored RE2::Set says which
// of them match, and only those are run again for their groups. Handlers see every match,
// overlapping ones included.
class PatternScan {
 public:
  using Handler = std::function<void(const std::vector<Group>&)>;
  PatternScan(const RE2& any, const RE2::Set& anchored, const std::vector<const RE2*>& patterns);
  // Sets the handler of `re`, one of the patterns the scan was built with.
  void Add(const RE2* re, Handler handler);
  void Run(std::string_view text) const;

 private:
  const RE2& any_;
  const RE2::Set& anchored_;
  const std::vector<const RE2*>& patterns_;
  std::vector<Handler> handlers_;
};

}  // namespace newsrecon::extract

#endif  // NEWSRECON_EXTRACT_CLAIMS_MATCH_LOOP_H_
