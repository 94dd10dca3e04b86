// What an article is about, as weighted terms: the names it gives (capitalised words not
// opening a sentence, and the parties its claims name) and its content words, for grouping
// articles into stories.
#ifndef NEWSRECON_RECONCILE_STORY_TERMS_H_
#define NEWSRECON_RECONCILE_STORY_TERMS_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "store/stories.h"

namespace newsrecon::reconcile {

// A weighted term: names start with "@" ("@lohan"), content words are bare ("rehab").
using Term = std::pair<std::string, double>;

// An article's heaviest terms (at most kArticleTerms), as a unit vector, heaviest first.
// Names weigh more than content words, and words of the headline more than the body's.
// Work is linear in the text.
inline constexpr size_t kArticleTerms = 40;
std::vector<Term> ArticleTerms(const store::StoryArticle& article);

// The spelling a word of the text is counted under: a doubled letter counts once, so a
// name transliterated two ways ("Raqqa", "Raqa") is one term. Takes a lower-case word.
std::string TermSpelling(std::string word);

// True for a name term.
inline bool IsName(std::string_view term) { return !term.empty() && term[0] == '@'; }

// Terms with an index, for comparing one vector with many.
class TermVector {
 public:
  TermVector() = default;
  explicit TermVector(std::vector<Term> terms);
  const std::vector<Term>& terms() const { return terms_; }
  double Weight(const std::string& term) const;  // 0 when absent
  bool Has(const std::string& term) const { return index_.count(term) > 0; }
  double Norm() const { return norm_; }
  // Its heaviest names, heaviest first.
  const std::vector<std::string>& Names() const { return names_; }

 private:
  std::vector<Term> terms_;
  std::unordered_map<std::string, double> index_;
  std::vector<std::string> names_;
  double norm_ = 0;
};

// The cosine of two vectors.
double Cosine(const TermVector& a, const TermVector& b);

// The names of `a` that `b` gives, as names or as words (see MissingNames).
int SharedNames(const TermVector& a, const TermVector& b);

// How many of the `top` heaviest names of `a` are missing from `b`: the people and places
// an article is mostly about that a story does not know are a sign of another event. A
// name `b` writes only as a word (a name capitalised in one headline alone) is known.
int MissingNames(const TermVector& a, const TermVector& b, int top);

}  // namespace newsrecon::reconcile

#endif  // NEWSRECON_RECONCILE_STORY_TERMS_H_
