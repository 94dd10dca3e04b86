// Highlighting: values by their stored spans, status words and parties by word search.
#include "reports/highlight.h"

#include <algorithm>
#include <cctype>

#include "reports/escape.h"

namespace newsrecon::reports {
namespace {

// Words that say whether a fact starts, goes on, ends or was kept quiet: what status,
// role and single-source contradictions turn on.
constexpr const char* kCues[] = {
    "no longer",   "not disclosed", "did not disclose", "declined to disclose", "undisclosed",
    "not",         "never",         "stop",             "stops",                "stopped",
    "stopping",    "end",           "ends",             "ended",                "ending",
    "elimination", "eliminate",     "eliminates",       "eliminated",           "waiver",
    "cease",       "ceases",        "ceased",           "continue",             "continues",
    "continued",   "continuing",    "remain",           "remains",              "still",
    "retain",      "retains",       "keep",             "keeps",
};

bool IsWordByte(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

// Every occurrence of `word` in `text` that stands as a whole word.
void FindWord(const std::string& text, const std::string& word, bool fold_case, MarkKind kind,
              std::vector<Mark>* out) {
  if (word.empty() || word.size() > text.size()) return;
  auto same = [&](size_t at) {
    for (size_t i = 0; i < word.size(); ++i) {
      char a = text[at + i], b = word[i];
      if (fold_case) {
        a = static_cast<char>(std::tolower(static_cast<unsigned char>(a)));
        b = static_cast<char>(std::tolower(static_cast<unsigned char>(b)));
      }
      if (a != b) return false;
    }
    return true;
  };
  for (size_t at = 0; at + word.size() <= text.size(); ++at) {
    if (!same(at)) continue;
    size_t end = at + word.size();
    if (at > 0 && IsWordByte(text[at - 1])) continue;
    if (end < text.size() && IsWordByte(text[end])) continue;
    out->push_back({at, end, kind});
  }
}

// Where `v` stands in the quote of `e`, or false.
bool ValueRange(const Evidence& e, const core::Value& v, Mark* out) {
  if (v.text.empty()) return false;
  const std::string& q = e.quote;
  if (v.span.start >= e.span.start && v.span.end > v.span.start) {
    size_t at = v.span.start - e.span.start;
    if (at + v.span.size() <= q.size() && q.compare(at, v.span.size(), v.text) == 0) {
      *out = {at, at + v.span.size(), MarkKind::kValue};
      return true;
    }
  }
  size_t at = q.find(v.text);
  if (at == std::string::npos) return false;
  *out = {at, at + v.text.size(), MarkKind::kValue};
  return true;
}

}  // namespace

core::ContradictionKind UnderlyingKind(core::ContradictionKind kind, const std::string& topic) {
  if (kind != core::ContradictionKind::kWithinArticle) return kind;
  size_t colon = topic.find(':');
  if (colon != std::string::npos) core::ParseContradictionKind(topic.substr(0, colon), &kind);
  return kind;
}

std::vector<Mark> FindMarks(const Evidence& e, core::ContradictionKind kind) {
  using K = core::ContradictionKind;
  std::vector<Mark> found;
  for (const core::Value& v : e.values) {
    Mark m;
    if (ValueRange(e, v, &m)) found.push_back(m);
  }
  if (kind == K::kStatus || kind == K::kRole || kind == K::kSingleSource) {
    for (const char* cue : kCues) FindWord(e.quote, cue, true, MarkKind::kCue, &found);
  }
  if (kind == K::kRole || kind == K::kStatus) {
    // Articles shorten names to their first word ("Corvane" for Corvane Motors); aliases
    // like "the carmaker" are the extractor's and are not found here.
    for (const std::string& party : e.parties) {
      FindWord(e.quote, party, false, MarkKind::kParty, &found);
      size_t space = party.find(' ');
      if (space != std::string::npos && space >= 4) {
        FindWord(e.quote, party.substr(0, space), false, MarkKind::kParty, &found);
      }
    }
  }
  // Values first, then cues, then parties; the longer of two overlapping marks wins.
  std::stable_sort(found.begin(), found.end(), [](const Mark& a, const Mark& b) {
    if (a.kind != b.kind) return a.kind < b.kind;
    return a.end - a.start > b.end - b.start;
  });
  std::vector<Mark> kept;
  for (const Mark& m : found) {
    bool overlaps = std::any_of(kept.begin(), kept.end(), [&](const Mark& k) {
      return m.start < k.end && k.start < m.end;
    });
    if (!overlaps) kept.push_back(m);
  }
  std::sort(kept.begin(), kept.end(), [](const Mark& a, const Mark& b) { return a.start < b.start; });
  return kept;
}

std::string HighlightedHtml(const std::string& quote, const std::vector<Mark>& marks) {
  std::string out;
  size_t at = 0;
  for (const Mark& m : marks) {
    if (m.start < at || m.end > quote.size()) continue;
    out += EscapeHtml(std::string_view(quote).substr(at, m.start - at));
    const char* cls = m.kind == MarkKind::kValue ? "v" : m.kind == MarkKind::kCue ? "c" : "p";
    out += std::string("<mark class=\"") + cls + "\">" +
           EscapeHtml(std::string_view(quote).substr(m.start, m.end - m.start)) + "</mark>";
    at = m.end;
  }
  return out + EscapeHtml(std::string_view(quote).substr(at));
}

}  // namespace newsrecon::reports
