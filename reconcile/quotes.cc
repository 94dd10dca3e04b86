// Misquotes: quotations as word lists, truncation as a subsequence, meaning words as the diff.
#include "reconcile/quotes.h"

#include <algorithm>
#include <cctype>
#include <set>

namespace newsrecon::reconcile {
namespace {

// Groups of this many quotations or more are compared only within their first ones.
constexpr size_t kMaxQuotes = 200;

// A figure as one form: "1,200" -> "1200", "6:00" -> "6" (a time on the hour), a trailing
// "." or "," dropped.
std::string Figure(std::string w) {
  while (!w.empty() && (w.back() == '.' || w.back() == ',' || w.back() == ':')) w.pop_back();
  w.erase(std::remove(w.begin(), w.end(), ','), w.end());
  if (w.size() > 3 && w.compare(w.size() - 3, 3, ":00") == 0) w.resize(w.size() - 3);
  return w;
}

std::vector<std::string> Tokens(const std::string& text) {
  std::vector<std::string> out;
  std::string w;
  auto flush = [&] {
    if (w.empty()) return;
    if (std::isdigit(static_cast<unsigned char>(w[0]))) w = Figure(w);
    if (w.size() > 3 && w.compare(w.size() - 3, 3, "n't") == 0) {
      out.push_back(w.substr(0, w.size() - 3));
      out.push_back("not");
    } else {
      out.push_back(w);
    }
    w.clear();
  };
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    unsigned char u = static_cast<unsigned char>(c);
    // An ellipsis ("..." or "…") is a token of its own: words were left out there.
    if (text.compare(i, 3, "...") == 0 || text.compare(i, 3, "\xE2\x80\xA6") == 0) {
      flush();
      out.push_back("...");
      i += 2;
      continue;
    }
    bool in_figure = (c == '.' || c == ',' || c == ':') && !w.empty() &&
                     std::isdigit(static_cast<unsigned char>(w.back()));
    if (std::isalnum(u) || c == '\'' || in_figure) {
      w.push_back(static_cast<char>(std::tolower(u)));
    } else {
      flush();
    }
  }
  flush();
  for (std::string& t : out) {
    while (!t.empty() && (t.back() == '.' || t.back() == ',' || t.back() == '\'')) t.pop_back();
  }
  out.erase(std::remove(out.begin(), out.end(), std::string()), out.end());
  return out;
}

// True when `small` is `large` cut short at either end or with words left out where
// `small` marks an ellipsis: each run of words between ellipses appears in `large`
// unbroken, in order.
bool CutFrom(const std::vector<std::string>& small, const std::vector<std::string>& large) {
  size_t at = 0;
  std::vector<std::string> run;
  auto place = [&]() {
    if (run.empty()) return true;
    auto it = std::search(large.begin() + static_cast<std::ptrdiff_t>(at), large.end(), run.begin(), run.end());
    if (it == large.end()) return false;
    at = static_cast<size_t>(it - large.begin()) + run.size();
    run.clear();
    return true;
  };
  for (const std::string& w : small) {
    if (w == "...") {
      if (!place()) return false;
    } else {
      run.push_back(w);
    }
  }
  return place();
}

bool MeaningWord(const std::string& w) {
  static const std::set<std::string> kWords = {
      "not", "no", "never", "none", "nor", "nothing", "without", "and", "or", "neither",
      "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
      "hundred", "thousand", "million", "billion", "all", "some"};
  return kWords.count(w) > 0 || (!w.empty() && std::isdigit(static_cast<unsigned char>(w[0])));
}

}  // namespace

std::vector<std::string> Quotations(const std::string& s) {
  std::vector<std::string> out;
  static const std::string kOpen[] = {"\"", "\xE2\x80\x9C"};   // " and “
  static const std::string kClose[] = {"\"", "\xE2\x80\x9D"};  // " and ”
  for (int kind = 0; kind < 2; ++kind) {
    size_t at = 0;
    while ((at = s.find(kOpen[kind], at)) != std::string::npos) {
      size_t from = at + kOpen[kind].size();
      size_t to = s.find(kClose[kind], from);
      if (to == std::string::npos) break;
      std::string q = s.substr(from, to - from);
      if (Tokens(q).size() >= 4) out.push_back(q);
      at = to + kClose[kind].size();
    }
  }
  return out;
}

bool Misquoted(const std::string& a, const std::string& b) {
  std::vector<std::string> x = Tokens(a), y = Tokens(b);
  if (x.empty() || y.empty()) return false;
  if (CutFrom(x, y) || CutFrom(y, x)) return false;  // cut short or with "..."
  x.erase(std::remove(x.begin(), x.end(), std::string("...")), x.end());
  y.erase(std::remove(y.begin(), y.end(), std::string("...")), y.end());
  std::multiset<std::string> mx(x.begin(), x.end()), my(y.begin(), y.end());
  std::vector<std::string> only_x, only_y;
  std::set_difference(mx.begin(), mx.end(), my.begin(), my.end(), std::back_inserter(only_x));
  std::set_difference(my.begin(), my.end(), mx.begin(), mx.end(), std::back_inserter(only_y));
  std::set<std::string> sx(x.begin(), x.end()), sy(y.begin(), y.end());
  std::vector<std::string> common;
  std::set_intersection(sx.begin(), sx.end(), sy.begin(), sy.end(), std::back_inserter(common));
  if (static_cast<double>(common.size()) < 0.6 * static_cast<double>(std::min(sx.size(), sy.size()))) {
    return false;
  }
  // Words only one side has, beyond a cut: a meaning word there changes what was said.
  auto meaning = [](const std::vector<std::string>& words) {
    return std::any_of(words.begin(), words.end(), MeaningWord);
  };
  return meaning(only_x) || meaning(only_y);
}

void CompareQuotes(const std::vector<store::StoredClaim>& group, Emitter* out) {
  struct Quoted {
    const store::StoredClaim* claim;
    std::string text;
  };
  std::vector<Quoted> quotes;
  std::set<std::pair<int64_t, size_t>> seen;  // one look per sentence
  for (const store::StoredClaim& sc : group) {
    if (!seen.insert({sc.article_id, sc.claim.sentence}).second) continue;
    for (std::string& q : Quotations(sc.claim.quote)) {
      if (quotes.size() < kMaxQuotes) quotes.push_back({&sc, std::move(q)});
    }
  }
  for (size_t i = 0; i < quotes.size(); ++i) {
    for (size_t j = i + 1; j < quotes.size(); ++j) {
      const Quoted& a = quotes[i];
      const Quoted& b = quotes[j];
      if (a.claim->voice == b.claim->voice || !Misquoted(a.text, b.text)) continue;
      EmitOptions options;
      options.within = false;
      options.fresh_only = true;
      options.explanation = a.claim->source + " quotes " + a.claim->claim.attribution + " as saying \"" +
                            a.text + "\"; " + b.claim->source + " has \"" + b.text + "\".";
      out->Emit(core::ContradictionKind::kMisquote, core::Severity::kMedium, "quotation: " + a.claim->claim.attribution,
                {Side{"\"" + a.text + "\"", {a.claim}}, Side{"\"" + b.text + "\"", {b.claim}}}, options);
    }
  }
}

}  // namespace newsrecon::reconcile
