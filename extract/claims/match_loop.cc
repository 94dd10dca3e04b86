// Match helpers: groups with positions, and the one-pass scan of many patterns.
#include "extract/claims/match_loop.h"

#include <algorithm>

namespace newsrecon::extract {

bool MatchAt(const RE2& re, std::string_view text, size_t pos, RE2::Anchor anchor,
             std::vector<Group>* groups) {
  const int n = re.NumberOfCapturingGroups() + 1;
  // Small fixed storage: every pattern of ours has few groups.
  re2::StringPiece pieces[16];
  if (n > 16) return false;
  re2::StringPiece input(text.data(), text.size());
  if (!re.Match(input, pos, text.size(), anchor, pieces, n)) return false;
  groups->resize(static_cast<size_t>(n));
  for (int i = 0; i < n; ++i) {
    (*groups)[static_cast<size_t>(i)] =
        pieces[i].data() == nullptr
            ? Group{}
            : Group{std::string_view(pieces[i].data(), pieces[i].size()),
                    static_cast<size_t>(pieces[i].data() - text.data())};
  }
  return true;
}

PatternScan::PatternScan(const RE2& any, const RE2::Set& anchored,
                         const std::vector<const RE2*>& patterns)
    : any_(any), anchored_(anchored), patterns_(patterns), handlers_(patterns.size()) {}

void PatternScan::Add(const RE2* re, Handler handler) {
  for (size_t i = 0; i < patterns_.size(); ++i) {
    if (patterns_[i] == re) handlers_[i] = std::move(handler);
  }
}

void PatternScan::Run(std::string_view text) const {
  re2::StringPiece input(text.data(), text.size());
  std::vector<Group> groups;
  std::vector<int> which;
  size_t pos = 0;
  while (pos < text.size()) {
    re2::StringPiece found;
    if (!any_.Match(input, pos, text.size(), RE2::UNANCHORED, &found, 1)) return;
    size_t start = static_cast<size_t>(found.data() - text.data());
    which.clear();
    if (anchored_.Match(re2::StringPiece(text.data() + start, text.size() - start), &which)) {
      std::sort(which.begin(), which.end());
      for (int i : which) {
        const auto index = static_cast<size_t>(i);
        if (handlers_[index] && MatchAt(*patterns_[index], text, start, RE2::ANCHOR_START, &groups)) {
          handlers_[index](groups);
        }
      }
    }
    // On to the next character after this start (a UTF-8 sequence is skipped whole).
    pos = start + 1;
    while (pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) ++pos;
  }
}

}  // namespace newsrecon::extract
