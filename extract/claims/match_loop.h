// Iterating over every match of an RE2 pattern with its groups' positions.
#ifndef NEWSRECON_EXTRACT_CLAIMS_MATCH_LOOP_H_
#define NEWSRECON_EXTRACT_CLAIMS_MATCH_LOOP_H_

#include <re2/re2.h>

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

// Calls fn(groups) for each non-overlapping match, left to right; groups[0] is the match.
template <typename Fn>
void ForEachMatch(const RE2& re, std::string_view text, Fn fn) {
  const int n = re.NumberOfCapturingGroups() + 1;
  std::vector<re2::StringPiece> pieces(static_cast<size_t>(n));
  std::vector<Group> groups(static_cast<size_t>(n));
  re2::StringPiece input(text.data(), text.size());
  size_t pos = 0;
  while (pos <= text.size() &&
         re.Match(input, pos, text.size(), RE2::UNANCHORED, pieces.data(), n)) {
    for (size_t i = 0; i < pieces.size(); ++i) {
      if (pieces[i].data() == nullptr) {
        groups[i] = Group{};
      } else {
        groups[i] = Group{std::string_view(pieces[i].data(), pieces[i].size()),
                          static_cast<size_t>(pieces[i].data() - text.data())};
      }
    }
    fn(groups);
    size_t next = groups[0].end();
    pos = next > pos ? next : pos + 1;
  }
}

}  // namespace newsrecon::extract

#endif  // NEWSRECON_EXTRACT_CLAIMS_MATCH_LOOP_H_
