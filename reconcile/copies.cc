// Copy divergence: a copy's sentences aligned with its original's, figure by figure.
#include <algorithm>
#include <cstdint>
#include <map>
#include <set>
#include <string>

#include "reconcile/alignment.h"
#include "reconcile/decide.h"
#include "reconcile/intervals.h"
#include "reconcile/quantities.h"

namespace newsrecon::reconcile {
namespace {

using store::StoredClaim;

// Sentences below this key-word similarity are not the same sentence.
constexpr double kMinCopySimilarity = 0.6;

struct Figure {
  const StoredClaim* claim;
  const core::Value* value;
};

struct Sentence {
  const std::vector<std::string>* keywords = nullptr;
  std::vector<Figure> figures;  // in text order, each span once
};

using Sentences = std::map<size_t, Sentence>;  // by sentence index

std::map<int64_t, Sentences> ByArticle(const std::vector<StoredClaim>& group) {
  std::map<int64_t, Sentences> out;
  for (const StoredClaim& sc : group) {
    Sentence& s = out[sc.article_id][sc.claim.sentence];
    if (s.keywords == nullptr || s.keywords->empty()) s.keywords = &sc.claim.keywords;
    for (const core::Value& v : sc.claim.values) {
      bool seen = std::any_of(s.figures.begin(), s.figures.end(),
                              [&](const Figure& f) { return f.value->span == v.span; });
      if (!seen) s.figures.push_back({&sc, &v});
    }
  }
  for (auto& [article, sentences] : out) {
    for (auto& [index, s] : sentences) {
      std::sort(s.figures.begin(), s.figures.end(), [](const Figure& a, const Figure& b) {
        return a.value->span.start < b.value->span.start;
      });
    }
  }
  return out;
}

// Figures of each type paired in order, for the types both sentences state equally often.
std::vector<std::pair<const Figure*, const Figure*>> Pairs(const Sentence& original, const Sentence& copy) {
  std::map<core::ValueType, std::vector<const Figure*>> a, b;
  for (const Figure& f : original.figures) a[f.value->type].push_back(&f);
  for (const Figure& f : copy.figures) b[f.value->type].push_back(&f);
  std::vector<std::pair<const Figure*, const Figure*>> out;
  for (const auto& [type, figures] : a) {
    auto other = b.find(type);
    if (other == b.end() || other->second.size() != figures.size()) continue;
    for (size_t i = 0; i < figures.size(); ++i) out.emplace_back(figures[i], other->second[i]);
  }
  return out;
}

size_t Conflicts(const Sentence& original, const Sentence& copy) {
  size_t n = 0;
  for (const auto& [a, b] : Pairs(original, copy)) {
    n += Compare(*a->value, *b->value, Mode::kSameWording) == Verdict::kConflict;
  }
  return n;
}

// The original's sentence that `copy` copies: among those with the same key words, else
// those most similar above the threshold, the one whose figures differ least (templated
// sentences share their words); nullptr when none.
const Sentence* Match(const Sentence& copy, const Sentences& original,
                      const std::multimap<std::vector<std::string>, const Sentence*>& exact) {
  if (copy.keywords == nullptr || copy.keywords->size() < 2) return nullptr;
  std::vector<const Sentence*> candidates;
  auto [from, to] = exact.equal_range(*copy.keywords);
  for (auto it = from; it != to; ++it) candidates.push_back(it->second);
  if (candidates.empty()) {
    double best_score = kMinCopySimilarity;
    for (const auto& [index, s] : original) {
      if (s.keywords == nullptr) continue;
      double score = KeywordJaccard(*copy.keywords, *s.keywords);
      if (score > best_score + 1e-9) candidates.clear();
      if (score + 1e-9 >= best_score) {
        best_score = std::max(best_score, score);
        candidates.push_back(&s);
      }
    }
  }
  const Sentence* best = nullptr;
  size_t fewest = SIZE_MAX;
  for (const Sentence* s : candidates) {
    size_t n = Conflicts(*s, copy);
    if (n < fewest) {
      fewest = n;
      best = s;
    }
  }
  return best;
}

void Diverge(const Figure& original, const Figure& copy, Emitter* out) {
  std::string was = Describe(*original.value), now = Describe(*copy.value);
  if (original.value->direction != core::Direction::kNone) {
    was += std::string(" (") + core::ToString(original.value->direction) + ")";
  }
  if (copy.value->direction != core::Direction::kNone) {
    now += std::string(" (") + core::ToString(copy.value->direction) + ")";
  }
  EmitOptions options;
  options.within = false;
  options.fresh_only = true;
  options.same_voice = true;
  options.explanation = copy.claim->source + "'s copy of " + original.claim->source + "'s story says " +
                        now + " where the original says " + was + ".";
  std::string topic = "copy of: " + original.claim->title;
  if (!original.value->frame.empty()) topic += " (" + original.value->frame + ")";
  out->Emit(core::ContradictionKind::kCopyDivergence, core::Severity::kHigh, topic,
            {Side{was, {original.claim}}, Side{now, {copy.claim}}}, options);
}

void CompareSentences(const Sentence& original, const Sentence& copy, Emitter* out) {
  for (const auto& [a, b] : Pairs(original, copy)) {
    if (Compare(*a->value, *b->value, Mode::kSameWording) == Verdict::kConflict) Diverge(*a, *b, out);
  }
}

}  // namespace

void CompareCopies(const std::vector<StoredClaim>& group, Emitter* out) {
  if (group.empty()) return;
  std::map<int64_t, Sentences> articles = ByArticle(group);
  int64_t original_id = group.front().voice;
  auto original = articles.find(original_id);
  if (original == articles.end()) return;
  std::multimap<std::vector<std::string>, const Sentence*> exact;
  for (const auto& [index, s] : original->second) {
    if (s.keywords != nullptr && !s.keywords->empty()) exact.emplace(*s.keywords, &s);
  }
  for (const auto& [article, sentences] : articles) {
    if (article == original_id) continue;
    for (const auto& [index, s] : sentences) {
      if (s.figures.empty()) continue;
      const Sentence* match = Match(s, original->second, exact);
      if (match != nullptr) CompareSentences(*match, s, out);
    }
  }
}

}  // namespace newsrecon::reconcile
