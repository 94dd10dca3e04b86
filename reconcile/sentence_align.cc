// Sentence alignment: figures masked, identical sentences paired, the rest by word overlap.
#include "reconcile/sentence_align.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <unordered_map>

#include "core/word_set.h"

namespace newsrecon::reconcile {
namespace {

const core::WordSet kNumberWords({"one", "two", "three", "four", "five", "six", "seven",
                                  "eight", "nine", "ten", "eleven", "twelve", "thirteen",
                                  "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
                                  "nineteen", "twenty", "thirty", "forty", "fifty", "sixty",
                                  "seventy", "eighty", "ninety", "hundred", "dozen", "dozens",
                                  "hundreds", "thousands", "half", "single", "double"});
// Words that belong to the figure before them ("4.2 billion", "20 percent").
const core::WordSet kScaleWords({"thousand", "million", "billion", "trillion", "bn", "m",
                                 "mn", "k", "percent", "pct", "%", "crore", "lakh"});

bool IsEdge(char c, bool leading) {
  static const std::string kLeading = "\"'([{<*";
  static const std::string kTrailing = "\"'.,;:!?)]}>*";
  return (leading ? kLeading : kTrailing).find(c) != std::string::npos;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Curly quotes and dashes are three bytes in UTF-8; they are punctuation here.
std::string_view Trim(std::string_view t) {
  for (bool changed = true; changed && !t.empty();) {
    changed = false;
    if (IsEdge(t.front(), true)) t.remove_prefix(1), changed = true;
    if (!t.empty() && IsEdge(t.back(), false)) t.remove_suffix(1), changed = true;
    if (t.size() >= 3 && t.substr(0, 2) == "\xE2\x80") t.remove_prefix(3), changed = true;
    if (t.size() >= 3 && t.substr(t.size() - 3, 2) == "\xE2\x80") t.remove_suffix(3), changed = true;
  }
  return t;
}

bool IsFigure(const std::string& lower) {
  if (std::any_of(lower.begin(), lower.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return true;
  }
  std::string head = lower.substr(0, lower.find('-'));
  return kNumberWords.Contains(head);
}

std::string Normalised(const std::string& figure) {
  std::string out;
  for (char c : figure) {
    if (c != ',' && c != ' ') out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

std::string Join(const std::vector<std::string>& parts, const char* sep) {
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : sep) + p;
  return out;
}

double Jaccard(const MaskedSentence& a, const MaskedSentence& b) {
  std::set<std::string> x(a.words.begin(), a.words.end()), y(b.words.begin(), b.words.end());
  size_t shared = 0;
  for (const auto& w : x) shared += y.count(w);
  size_t all = x.size() + y.size() - shared;
  return all == 0 ? 0 : static_cast<double>(shared) / static_cast<double>(all);
}

}  // namespace

MaskedSentence MaskFigures(std::string_view sentence) {
  MaskedSentence out;
  bool in_figure = false;
  size_t at = 0;
  while (at < sentence.size()) {
    size_t end = sentence.find_first_of(" \t\n\r", at);
    if (end == std::string_view::npos) end = sentence.size();
    std::string_view untrimmed = sentence.substr(at, end - at);
    std::string_view raw = Trim(untrimmed);
    at = end + 1;
    if (raw.empty()) continue;
    std::string lower = Lower(raw);
    bool currency = raw == "$" || raw == "\xE2\x82\xAC" || raw == "\xC2\xA3";
    bool figure = IsFigure(lower) || currency || (in_figure && kScaleWords.Contains(lower));
    if (figure && in_figure) {
      out.figures.back() += " " + std::string(raw);
    } else if (figure) {
      out.figures.emplace_back(raw);
      out.words.push_back("#");
    } else {
      out.words.push_back(std::move(lower));
    }
    in_figure = figure;
    // A figure ends at punctuation: "5.9, 6.1" are two figures.
    if (!untrimmed.empty() && std::string_view(",;:.").find(untrimmed.back()) != std::string_view::npos) {
      in_figure = false;
    }
  }
  out.masked = Join(out.words, " ");
  return out;
}

std::vector<SentencePair> AlignSentences(const std::vector<MaskedSentence>& a,
                                         const std::vector<MaskedSentence>& b,
                                         double min_similarity) {
  std::vector<SentencePair> pairs;
  std::vector<bool> used_a(a.size()), used_b(b.size());
  std::unordered_multimap<std::string, size_t> by_text;
  for (size_t j = 0; j < b.size(); ++j) {
    if (b[j].words.size() >= 3) by_text.emplace(b[j].masked, j);
  }
  for (size_t i = 0; i < a.size(); ++i) {
    if (a[i].words.size() < 3) continue;
    auto [lo, hi] = by_text.equal_range(a[i].masked);
    size_t best = b.size();
    for (auto it = lo; it != hi; ++it) {
      if (!used_b[it->second]) best = std::min(best, it->second);
    }
    if (best == b.size()) continue;
    used_a[i] = used_b[best] = true;
    pairs.push_back({i, best, 1.0});
  }
  if (a.size() <= kMaxFuzzySentences && b.size() <= kMaxFuzzySentences) {
    std::vector<SentencePair> fuzzy;
    for (size_t i = 0; i < a.size(); ++i) {
      if (used_a[i] || a[i].words.size() < 3) continue;
      for (size_t j = 0; j < b.size(); ++j) {
        if (used_b[j] || b[j].words.size() < 3) continue;
        double s = Jaccard(a[i], b[j]);
        if (s >= min_similarity) fuzzy.push_back({i, j, s});
      }
    }
    std::stable_sort(fuzzy.begin(), fuzzy.end(), [](const SentencePair& x, const SentencePair& y) {
      return x.similarity > y.similarity;
    });
    for (const SentencePair& p : fuzzy) {
      if (used_a[p.a] || used_b[p.b]) continue;
      used_a[p.a] = used_b[p.b] = true;
      pairs.push_back(p);
    }
  }
  std::sort(pairs.begin(), pairs.end(),
            [](const SentencePair& x, const SentencePair& y) { return x.a < y.a; });
  return pairs;
}

std::vector<FigureChange> ChangedFigures(const MaskedSentence& a, const MaskedSentence& b) {
  std::vector<FigureChange> out;
  if (a.figures.size() == b.figures.size()) {
    for (size_t i = 0; i < a.figures.size(); ++i) {
      if (Normalised(a.figures[i]) != Normalised(b.figures[i])) {
        out.push_back({a.figures[i], b.figures[i]});
      }
    }
    return out;
  }
  std::vector<std::string> x, y;
  for (const auto& f : a.figures) x.push_back(Normalised(f));
  for (const auto& f : b.figures) y.push_back(Normalised(f));
  if (x != y) out.push_back({Join(a.figures, ", "), Join(b.figures, ", ")});
  return out;
}

}  // namespace newsrecon::reconcile
