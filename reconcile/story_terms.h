// What an article is about, as weighted terms: the names it gives (capitalised words not
// opening a sentence, and the parties its claims name) and its content words, for grouping
// articles into stories.
#ifndef NEWSRECON_RECONCILE_STORY_TERMS_H_
#define NEWSRECON_RECONCILE_STORY_TERMS_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "store/store.h"

namespace newsrecon::reconcile {

// A weighted term: names start with "@" ("@lohan"), content words are bare ("rehab").
using Term = std::pair<std::string, double>;

// An article's heaviest terms (at most kArticleTerms), as a unit vector, heaviest first.
// Names weigh more than content words, and words of the headline more than the body's.
// Work is linear in the text.
inline constexpr size_t kArticleTerms = 40;
std::vector<Term> ArticleTerms(const store::StoryArticle& article);

// True for a name term.
inline bool IsName(std::string_view term) { return !term.empty() && term[0] == '@'; }

// The cosine of two term vectors (any lengths; they need not be unit vectors).
double Cosine(const std::vector<Term>& a, const std::vector<Term>& b);

// The names two vectors share.
int SharedNames(const std::vector<Term>& a, const std::vector<Term>& b);

// How many of the `top` heaviest names of `a` are missing from `b`: the people and places
// an article is mostly about that a story does not know are a sign of another event.
int MissingNames(const std::vector<Term>& a, const std::vector<Term>& b, int top);

}  // namespace newsrecon::reconcile

#endif  // NEWSRECON_RECONCILE_STORY_TERMS_H_
