// Match helpers: groups with positions, and the one-pass scan of many patterns.
#include "extract/claims/match_loop.h"

#include <algorithm>

namespace newsrecon::extract {

bool MatchAt(const RE2& re, std::string_view text, size_t pos, RE2::Anchor anchor,
             std::vector<Group>* groups, bool whole_only, size_t end) {
  const int n = whole_only ? 1 : re.NumberOfCapturingGroups() + 1;
  // Small fixed storage: every pattern of ours has few groups.
  re2::StringPiece pieces[16];
  if (n > 16) return false;
  // Bounded, the text a byte either side is all the context RE2 can look at (\b, ^, $ and
  // their multi-line forms see one byte): given that little, it looks for the groups
  // without first running its DFA over the range again.
  const size_t stop = std::min(end, text.size());
  const size_t from = end == std::string_view::npos || pos == 0 ? 0 : pos - 1;
  const size_t to = end == std::string_view::npos ? text.size() : std::min(stop + 1, text.size());
  if (pos > stop) return false;
  re2::StringPiece input(text.data() + from, to - from);
  if (!re.Match(input, pos - from, stop - from, anchor, pieces, n)) return false;
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

core::Result<std::unique_ptr<PatternUnion>> PatternUnion::Compile(std::vector<const RE2*> patterns) {
  // A gazetteer from the config can make the union large: give it room beyond RE2's default.
  RE2::Options options;
  options.set_max_mem(int64_t{64} << 20);
  std::unique_ptr<PatternUnion> u(new PatternUnion);
  u->anchored_ = std::make_unique<RE2::Set>(options, RE2::ANCHOR_START);
  std::string any;
  for (const RE2* re : patterns) {
    std::string error;
    if (!re->ok() || u->anchored_->Add(re->pattern(), &error) < 0) {
      return core::InvalidArgument("pattern " + re->pattern() + ": " + (re->ok() ? error : re->error()));
    }
    any += (any.empty() ? "(?:" : "|(?:") + re->pattern() + ")";
    const std::string& text = re->pattern();
    for (size_t at = text.find('^'); at != std::string::npos; at = text.find('^', at + 1)) {
      if (at == 0 || text[at - 1] != '[') u->sees_before_ = true;  // "[^" negates a class
    }
    if (text.find("\\A") != std::string::npos) u->sees_before_ = true;
  }
  if (!u->anchored_->Compile()) return core::InvalidArgument("patterns together too large for RE2");
  options.set_never_capture(true);
  u->any_ = std::make_unique<RE2>(any.empty() ? "\\x{10FFFF}" : any, options);
  if (!u->any_->ok()) return core::InvalidArgument("union of patterns: " + u->any_->error());
  u->patterns_ = std::move(patterns);
  for (size_t i = 0; i < u->patterns_.size(); ++i) u->index_.emplace_back(u->patterns_[i], i);
  std::sort(u->index_.begin(), u->index_.end(), [](const auto& a, const auto& b) {
    if (a.first != b.first) return std::less<const RE2*>()(a.first, b.first);
    return a.second < b.second;
  });
  return u;
}

PatternScan::PatternScan(const PatternUnion& patterns)
    : union_(patterns), entries_(patterns.patterns_.size()) {}

void PatternScan::SetHandler(const RE2* re, Handler handler, bool overlapping) {
  union_.ForEachIndexOf(re, [&](size_t i) { entries_[i] = {std::move(handler), overlapping, {}}; });
}

void PatternScan::Add(const RE2* re, Handler handler) { SetHandler(re, std::move(handler), true); }

void PatternScan::AddNonOverlapping(const RE2* re, Handler handler) {
  SetHandler(re, std::move(handler), false);
}

void PatternScan::AddChecked(const RE2* re, Check check, Handler handler) {
  SetHandler(re, std::move(handler), true);
  union_.ForEachIndexOf(re, [&](size_t i) { entries_[i].check = check; });
}

namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlnum(char c) { return IsDigit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'); }
bool IsWordChar(char c) { return IsAlnum(c) || c == '_'; }  // as RE2's \b counts them

// Whether text[i] is inside a number or word begun before it: a digit after a letter or
// digit ("2,300" at "300", "12.5" at ".5" or "5"). No mention starts there, so the scan
// need not ask the patterns: each would only find a piece of the mention that starts before.
bool InsideToken(std::string_view text, size_t i) {
  if (i == 0) return false;
  char c = text[i], before = text[i - 1];
  if (c == '.' || c == ',') return IsDigit(before);
  if (!IsDigit(c)) return false;
  if (IsAlnum(before)) return true;
  return (before == '.' || before == ',') && i >= 2 && IsDigit(text[i - 2]);
}

}  // namespace

void PatternScan::Run(std::string_view text) const {
  re2::StringPiece input(text.data(), text.size());
  std::vector<Group> groups;
  std::vector<int> which;
  std::vector<size_t> free_from(entries_.size(), 0);  // where a non-overlapping match may start
  size_t pos = 0;
  while (pos < text.size()) {
    re2::StringPiece found;
    if (!union_.any_->Match(input, pos, text.size(), RE2::UNANCHORED, &found, 1)) return;
    size_t start = static_cast<size_t>(found.data() - text.data());
    if (InsideToken(text, start)) {
      pos = start + 1;
      while (pos < text.size() && (IsDigit(text[pos]) || text[pos] == '.' || text[pos] == ',')) ++pos;
      continue;
    }
    which.clear();
    if (union_.anchored_->Match(re2::StringPiece(text.data() + start, text.size() - start), &which)) {
      std::sort(which.begin(), which.end());
      // After a non-word byte the set sees just what the patterns see (\b, \B alike), so the
      // first pattern it names is the union's alternative that matched: its match is the
      // union's, and needs no search of its own.
      const bool union_is_first =
          !union_.sees_before_ && (start == 0 || !IsWordChar(text[start - 1]));
      const Group union_match{std::string_view(found.data(), found.size()), start};
      for (int i : which) {
        const auto index = static_cast<size_t>(i);
        const Entry& entry = entries_[index];
        if (!entry.handler || start < free_from[index]) continue;
        // The whole match first (RE2's DFA), then its groups within it alone: given a short
        // text, RE2 would search all of the text after `start` for the groups. A pattern
        // without groups is done after the first.
        const RE2& re = *union_.patterns_[index];
        if (union_is_first && i == which.front()) {
          groups.assign(1, union_match);
        } else if (!MatchAt(re, text, start, RE2::ANCHOR_START, &groups, true)) {
          continue;
        }
        if (entry.check && !entry.check(groups[0])) continue;
        if (re.NumberOfCapturingGroups() > 0 &&
            !MatchAt(re, text, start, RE2::ANCHOR_START, &groups, false, groups[0].end())) {
          continue;
        }
        if (!entry.overlapping) free_from[index] = std::max(groups[0].end(), start + 1);
        entry.handler(groups);
      }
    }
    // On to the next character after this start (a UTF-8 sequence is skipped whole).
    pos = start + 1;
    while (pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) ++pos;
  }
}

}  // namespace newsrecon::extract
