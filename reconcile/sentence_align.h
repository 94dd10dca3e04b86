// Sentence alignment with the figures masked: which sentences of two texts (two versions of
// one page, or a copy and its original) say the same thing, and which figures differ.
//
//   auto a = reconcile::MaskFigures("The quake measured 5.9 on Monday.");
//   auto b = reconcile::MaskFigures("The quake measured 6.1 on Monday.");
//   // a.masked == b.masked == "the quake measured # on monday"
//   auto changes = reconcile::ChangedFigures(a, b);  // {"5.9" -> "6.1"}
#ifndef NEWSRECON_RECONCILE_SENTENCE_ALIGN_H_
#define NEWSRECON_RECONCILE_SENTENCE_ALIGN_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace newsrecon::reconcile {

// A sentence as lower-cased words, each run of figure tokens ("$4.2 billion", "20%",
// "five", "3,000") replaced by "#"; `figures` holds the runs as written, in order.
struct MaskedSentence {
  std::vector<std::string> words;    // masked words; figures are "#"
  std::vector<std::string> figures;  // the figure runs as written
  std::string masked;                // `words` joined by spaces
};

MaskedSentence MaskFigures(std::string_view sentence);

struct SentencePair {
  size_t a = 0;  // index into the first list
  size_t b = 0;  // index into the second
  double similarity = 0;  // Jaccard of the masked words; 1 for identical masked text
};

// Sentences at most this many on each side are compared pair by pair; beyond, only
// identical masked sentences are paired (the work stays bounded).
inline constexpr size_t kMaxFuzzySentences = 400;

// Pairs sentences of `a` with sentences of `b`: identical masked text first, then the rest
// by Jaccard of masked words (at least `min_similarity`, best first). Each sentence is in
// at most one pair; pairs are ordered by `a`. Sentences of fewer than three words are left
// out (headlines' datelines, "Photo:").
std::vector<SentencePair> AlignSentences(const std::vector<MaskedSentence>& a,
                                         const std::vector<MaskedSentence>& b,
                                         double min_similarity = 0.6);

struct FigureChange {
  std::string before;
  std::string after;
};

// The figures that differ between two aligned sentences, position by position (commas
// and spaces inside a figure do not count). When the two hold different numbers of
// figures, the lists are compared as wholes: one change joining each side's figures.
std::vector<FigureChange> ChangedFigures(const MaskedSentence& a, const MaskedSentence& b);

}  // namespace newsrecon::reconcile

#endif  // NEWSRECON_RECONCILE_SENTENCE_ALIGN_H_
