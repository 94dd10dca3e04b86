// Story terms: names and content words, weighted and normalised.
#include "reconcile/story_terms.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

#include "core/word_set.h"

namespace newsrecon::reconcile {
namespace {

// Words that say nothing about which event an article reports: function words, news
// verbs, and calendar words (every story has a Monday).
const core::WordSet kStop({
    "the", "a", "an", "and", "or", "but", "if", "of", "in", "on", "at", "to", "for", "from",
    "by", "with", "as", "is", "are", "was", "were", "be", "been", "being", "it", "its",
    "this", "that", "these", "those", "he", "she", "they", "we", "you", "i", "his", "her",
    "their", "our", "your", "my", "him", "them", "us", "me", "who", "whom", "which", "what",
    "when", "where", "why", "how", "not", "no", "nor", "so", "than", "then", "there", "here",
    "has", "have", "had", "having", "do", "does", "did", "will", "would", "could", "should",
    "may", "might", "must", "can", "shall", "about", "after", "before", "over", "under",
    "into", "onto", "out", "up", "down", "off", "also", "just", "only", "more", "most",
    "much", "many", "some", "any", "all", "each", "every", "other", "another", "such",
    "said", "says", "say", "saying", "told", "tell", "according", "reported", "reports",
    "report", "reporting", "added", "news", "new", "one", "two", "three", "four", "five",
    "first", "second", "last", "year", "years", "week", "weeks", "month", "months", "day",
    "days", "today", "yesterday", "tomorrow", "time", "times", "while", "during", "since",
    "until", "against", "between", "through", "because", "however", "still", "even",
    "very", "well", "back", "now", "then", "again", "around", "told", "including", "like",
    "mr", "mrs", "ms", "dr", "via", "per", "into", "within", "without", "across", "among",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "am", "pm", "gmt", "utc", "est", "pst", "photo",
    "image", "copyright", "reuters", "associated", "press", "ap", "afp", "updated",
    "posted", "published", "read", "click", "share", "comments", "email", "local"});

bool IsWordByte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80 || c == '\'';
}

bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

// True when the word at `i` follows a space (or an opening quote or bracket after one):
// "XSS" in "document.title='XSS" or "Cola" in "Coca-Cola" is no name of its own.
bool StandsAlone(std::string_view text, size_t i) {
  if (i == 0 || IsSpace(text[i - 1])) return true;
  size_t before = i - 1;
  if (i >= 3 && text[i - 3] == '\xE2' && text[i - 2] == '\x80') before = i - 3;  // “ ‘
  else if (std::string_view("\"'([").find(text[i - 1]) == std::string_view::npos) return false;
  return before == 0 || IsSpace(text[before - 1]);
}

// "attacks" -> "attack"; "press" and short words stay as they are.
void Singular(std::string* word) {
  if (word->size() > 4 && word->back() == 's' && (*word)[word->size() - 2] != 's') word->pop_back();
}

struct Counts {
  std::unordered_map<std::string, double> names, words;
  std::unordered_set<std::string> lower;  // words the text also writes in lower case
};

// Counts names and words of `text`; `weight` is what one occurrence adds.
void Count(std::string_view text, double weight, bool all_names, Counts* counts,
           std::unordered_map<std::string, int>* opening) {
  bool sentence_start = true;
  size_t i = 0;
  while (i < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80) {
      i += 3;  // typographic quotes, dashes and ellipses are punctuation
      continue;
    }
    if (!IsWordByte(c) || c == '\'') {
      if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == '"') sentence_start = true;
      else if (c >= '0' && c <= '9') sentence_start = false;
      ++i;
      continue;
    }
    size_t j = i;
    while (j < text.size() && IsWordByte(static_cast<unsigned char>(text[j])) &&
           !(text[j] == '\xE2' && j + 1 < text.size() && text[j + 1] == '\x80')) {
      ++j;
    }
    std::string word(text.substr(i, j - i));
    while (!word.empty() && word.back() == '\'') word.pop_back();
    bool capital = c >= 'A' && c <= 'Z' && StandsAlone(text, i);
    // An acronym ("SANA says ...") names something even where a sentence starts.
    bool acronym = capital && word.size() >= 2 &&
                   std::all_of(word.begin(), word.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; });
    for (char& ch : word) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    if (word.size() > 2 && word.compare(word.size() - 2, 2, "'s") == 0) word.resize(word.size() - 2);
    if (word.size() >= 2 && !kStop.Contains(word)) {
      size_t letters = word.size();
      word = TermSpelling(std::move(word));
      if (capital && (all_names || acronym || !sentence_start)) {
        counts->names[word] += weight;
      } else if (capital) {
        (*opening)[word] += 1;  // a name only if it is one elsewhere
      } else if (letters >= 4) {
        counts->lower.insert(word);
        Singular(&word);
        counts->words[word] += weight;
      }
    }
    sentence_start = false;
    i = j;
  }
}

// Counts a capitalised word that names nothing as the content word it is.
void AddAsWord(std::string word, double n, Counts* counts) {
  Singular(&word);
  counts->words[word] += n;
}

}  // namespace

std::string TermSpelling(std::string word) {
  auto same = [](char a, char b) { return a == b && a >= 'a' && a <= 'z'; };
  word.erase(std::unique(word.begin(), word.end(), same), word.end());
  return word;
}

std::vector<Term> ArticleTerms(const store::StoryArticle& article) {
  Counts counts;
  std::unordered_map<std::string, int> opening;
  Count(article.text, 1.0, false, &counts, &opening);
  // A headline's capitals name something only when the body names it too: a title-cased
  // headline ("Terrorists Target Aleppo") capitalises every word.
  Counts title;
  Count(article.title, 1.5, false, &title, &opening);
  for (const auto& [word, n] : title.names) {
    if (counts.names.count(word) != 0) {
      counts.names[word] += n;
    } else {
      AddAsWord(word, n, &counts);
    }
  }
  for (const auto& [word, n] : title.words) counts.words[word] += n;
  counts.lower.insert(title.lower.begin(), title.lower.end());
  for (const auto& [word, n] : opening) {
    auto it = counts.names.find(word);
    if (it != counts.names.end()) it->second += n;
  }
  // A word the article also writes in lower case is no name: capitals in a headline or a
  // title-cased line ("Dozens Injured in Attack") name nothing.
  for (auto it = counts.names.begin(); it != counts.names.end();) {
    if (counts.lower.count(it->first) == 0) {
      ++it;
      continue;
    }
    AddAsWord(it->first, it->second, &counts);
    it = counts.names.erase(it);
  }
  for (const std::string& party : article.parties) {
    std::string p = party;
    for (char& ch : p) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    counts.names[TermSpelling(std::move(p))] += 2.0;
  }
  std::vector<Term> terms;
  for (const auto& [w, n] : counts.names) terms.push_back({"@" + w, 2.0 * (1 + std::log(n))});
  for (const auto& [w, n] : counts.words) {
    if (counts.names.count(w) == 0) terms.push_back({w, 1 + std::log(n)});
  }
  std::sort(terms.begin(), terms.end(), [](const Term& a, const Term& b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  });
  if (terms.size() > kArticleTerms) terms.resize(kArticleTerms);
  double norm = 0;
  for (const Term& t : terms) norm += t.second * t.second;
  norm = std::sqrt(norm);
  if (norm > 0) {
    for (Term& t : terms) t.second /= norm;
  }
  return terms;
}

TermVector::TermVector(std::vector<Term> terms) : terms_(std::move(terms)) {
  std::vector<Term> names;
  for (const Term& t : terms_) {
    index_[t.first] += t.second;
    norm_ += t.second * t.second;
    if (IsName(t.first)) names.push_back(t);
  }
  norm_ = std::sqrt(norm_);
  std::stable_sort(names.begin(), names.end(),
                   [](const Term& x, const Term& y) { return x.second > y.second; });
  for (const Term& t : names) names_.push_back(t.first);
}

double TermVector::Weight(const std::string& term) const {
  auto it = index_.find(term);
  return it == index_.end() ? 0 : it->second;
}

double Cosine(const TermVector& a, const TermVector& b) {
  if (a.Norm() == 0 || b.Norm() == 0) return 0;
  const TermVector& small = a.terms().size() <= b.terms().size() ? a : b;
  const TermVector& large = &small == &a ? b : a;
  double dot = 0;
  for (const Term& t : small.terms()) dot += t.second * large.Weight(t.first);
  return dot / (a.Norm() * b.Norm());
}

namespace {

// Whether `v` gives `name`, as a name or as a word: "al-Furqan" writes a name that the
// text does not set apart, and a headline's capitals may fall back to words.
bool Knows(const TermVector& v, const std::string& name) { return v.Has(name) || v.Has(name.substr(1)); }

}  // namespace

int SharedNames(const TermVector& a, const TermVector& b) {
  int shared = 0;
  for (const std::string& name : a.Names()) shared += Knows(b, name) ? 1 : 0;
  return shared;
}

int MissingNames(const TermVector& a, const TermVector& b, int top) {
  int missing = 0;
  for (int i = 0; i < top && i < static_cast<int>(a.Names().size()); ++i) {
    const std::string& name = a.Names()[static_cast<size_t>(i)];
    missing += Knows(b, name) ? 0 : 1;
  }
  return missing;
}

}  // namespace newsrecon::reconcile
