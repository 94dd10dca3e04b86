// Clause splitting, slot templates and keywords.
#include "extract/claims/clauses.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <set>

#include "core/word_set.h"

namespace newsrecon::extract {
namespace {

bool StartsWithWord(std::string_view text, size_t at, std::string_view word) {
  if (text.substr(at, word.size()) != word) return false;
  size_t end = at + word.size();
  return end >= text.size() || !std::isalpha(static_cast<unsigned char>(text[end]));
}

}  // namespace

std::vector<core::Span> SplitClauses(std::string_view text, core::Span sentence) {
  std::vector<core::Span> out;
  size_t start = sentence.start;
  auto cut = [&](size_t at, size_t next) {
    if (at > start) out.push_back({start, at});
    start = next;
  };
  for (size_t i = sentence.start; i < sentence.end; ++i) {
    char c = text[i];
    if (c == ';') {
      cut(i, i + 1);
    } else if (c == ',' && i + 1 < sentence.end && text[i + 1] == ' ') {
      cut(i, i + 2);
    } else if (c == ' ' && i + 1 < sentence.end &&
               (text[i + 1] == 'b' || text[i + 1] == 'w' || text[i + 1] == '\xE2' || text[i + 1] == '-')) {
      // Only those bytes open a cut word or dash (the one test most spaces need).
      std::string_view rest = text.substr(i + 1, sentence.end - i - 1);
      if (StartsWithWord(rest, 0, "but") || StartsWithWord(rest, 0, "while") ||
          StartsWithWord(rest, 0, "whereas") || rest.rfind("\xE2\x80\x94 ", 0) == 0 ||
          rest.rfind("\xE2\x80\x93 ", 0) == 0 || rest.rfind("- ", 0) == 0) {
        cut(i, i + 1);
      }
    }
  }
  cut(sentence.end, sentence.end);
  // Trim white space at both ends of each clause.
  std::vector<core::Span> trimmed;
  for (core::Span s : out) {
    while (s.start < s.end && std::isspace(static_cast<unsigned char>(text[s.start]))) ++s.start;
    while (s.end > s.start && std::isspace(static_cast<unsigned char>(text[s.end - 1]))) --s.end;
    if (s.end > s.start) trimmed.push_back(s);
  }
  return trimmed;
}

std::string SlotTemplate(std::string_view text, core::Span clause,
                         const std::vector<PartyMention>& parties,
                         const std::vector<core::Value>& values, const Slice& slice, int subject) {
  struct Slot {
    core::Span span;
    char kind;  // 'P' or 'V'
    size_t index;
  };
  std::vector<Slot> slots;
  slots.reserve((slice.party_end - slice.party_begin) + (slice.value_end - slice.value_begin));
  auto take = [&](const core::Span& s, char kind, size_t index) {
    if (s.start >= clause.start && s.end <= clause.end) slots.push_back({s, kind, index});
  };
  for (size_t i = slice.party_begin; i < slice.party_end; ++i) take(parties[i].span, 'P', i);
  for (size_t i = slice.value_begin; i < slice.value_end; ++i) take(values[i].span, 'V', i);
  std::sort(slots.begin(), slots.end(),
            [](const Slot& a, const Slot& b) { return a.span.start < b.span.start; });
  std::string out;
  out.reserve(clause.size() + 8 * slots.size() + 8);
  auto label = [&](char kind, size_t index) {
    char digits[24];
    auto [end, error] = std::to_chars(digits, digits + sizeof digits, index);
    (void)error;
    out += "<<";
    out += kind;
    out.append(digits, end);
    out += ">>";
  };
  if (subject >= 0) {
    label('P', static_cast<size_t>(subject));
    out += ' ';
  }
  // Text between slots: apostrophes made straight, '<' dropped so only slots hold one.
  auto copy = [&](size_t from, size_t to) {
    while (from < to) {
      // The next '<' or 0xE2 byte: memchr finds each many bytes at a time.
      std::string_view rest = text.substr(from, to - from);
      size_t stop = from + std::min(std::min(rest.find('<'), rest.find('\xE2')), rest.size());
      out.append(text.substr(from, stop - from));
      if (stop == to) return;
      if (text[stop] == '<') {
        out += ' ';
        from = stop + 1;
      } else if (stop + 2 < to && text[stop + 1] == '\x80' && text[stop + 2] == '\x99') {
        out += '\'';
        from = stop + 3;
      } else {
        out += text[stop];
        from = stop + 1;
      }
    }
  };
  size_t at = clause.start;
  for (const Slot& slot : slots) {
    if (slot.span.start < at) continue;  // overlaps a slot already written
    copy(at, slot.span.start);
    label(slot.kind, slot.index);
    at = slot.span.end;
  }
  copy(at, clause.end);
  return out;
}

std::vector<std::string> Keywords(std::string_view text, core::Span span,
                                  const std::vector<PartyMention>& parties,
                                  const std::vector<core::Value>& values, const Slice& slice) {
  static const core::WordSet kStop({
      "the", "and", "for", "that", "with", "from", "this", "its", "their", "they", "has",
      "have", "had", "was", "were", "are", "will", "would", "could", "should", "been", "being",
      "into", "onto", "than", "then", "which", "who", "whom", "what", "when", "where", "while",
      "also", "but", "not", "all", "any", "can", "may", "might", "more", "most", "such", "said",
      "says", "say", "his", "her", "our", "your", "them", "these", "those", "about", "after",
      "before", "over", "under", "between", "through", "until", "per", "cent", "percent",
      "both", "each", "other", "some", "now", "new", "one", "two", "it's", "there",
      "here", "just", "only", "very", "still", "already", "company", "companies", "firm"});
  // Party and value spans are sorted: one cursor each walks along with the words.
  size_t p = slice.party_begin, v = slice.value_begin;
  auto inside = [&](size_t pos) {
    while (p < slice.party_end && parties[p].span.end <= pos) ++p;
    while (v < slice.value_end && values[v].span.end <= pos) ++v;
    return (p < slice.party_end && parties[p].span.start <= pos) ||
           (v < slice.value_end && values[v].span.start <= pos);
  };
  // Words are lower-cased into one buffer, sized up front so views into it stay valid.
  std::string lower(text.substr(span.start, span.size()));
  std::vector<std::string_view> words;
  words.reserve(span.size() / 4 + 1);  // at most one word per two bytes; news about one per six
  auto is_alpha = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  size_t i = 0;
  while (i < lower.size()) {
    while (i < lower.size() && !is_alpha(lower[i])) ++i;
    size_t start = i;
    while (i < lower.size() && (is_alpha(lower[i]) || lower[i] == '-')) {
      if (lower[i] >= 'A' && lower[i] <= 'Z') lower[i] = static_cast<char>(lower[i] + 32);
      ++i;
    }
    if (i == start || inside(span.start + start)) continue;
    std::string_view w(lower.data() + start, i - start);
    while (!w.empty() && w.back() == '-') w.remove_suffix(1);
    if (w.size() > 4 && w.back() == 's' && w[w.size() - 2] != 's') w.remove_suffix(1);
    if (w.size() < 3 || kStop.Contains(w)) continue;
    words.push_back(w);
  }
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  return std::vector<std::string>(words.begin(), words.end());
}

}  // namespace newsrecon::extract
