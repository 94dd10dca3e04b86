// Stories: each new article joins the most similar story in its time window, or starts one.
#include "reconcile/stories.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <unordered_map>

#include "core/dates.h"
#include "reconcile/revisions.h"
#include "reconcile/story_terms.h"

namespace newsrecon::reconcile {
namespace {

constexpr size_t kStoryTerms = 60;     // terms a centroid keeps
constexpr size_t kMaxCandidates = 16;  // stories scored per article
constexpr int64_t kMaxStoryKeys = 256;  // keys a story holds; later ones are not added

// Weeks are counted from 1 so that 0 can stand for "undated".
int64_t WeekOf(int64_t day) { return day < 0 ? 0 : day / 7 + 1; }

int64_t Key(const std::string& term, int64_t week) {
  uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : term) h = (h ^ c) * 1099511628211ULL;
  h = (h ^ static_cast<uint64_t>(week)) * 1099511628211ULL;
  return static_cast<int64_t>(h >> 1);
}

std::string EncodeTerms(const std::vector<Term>& terms) {
  std::string out;
  for (const Term& t : terms) out += t.first + "\t" + std::to_string(t.second) + "\n";
  return out;
}

std::vector<Term> DecodeTerms(const std::string& text) {
  std::vector<Term> out;
  for (size_t at = 0; at < text.size();) {
    size_t end = text.find('\n', at);
    if (end == std::string::npos) end = text.size();
    size_t tab = text.find('\t', at);
    if (tab != std::string::npos && tab < end) {
      out.push_back({text.substr(at, tab - at), std::atof(text.substr(tab + 1, end - tab - 1).c_str())});
    }
    at = end + 1;
  }
  return out;
}

// The sum of two vectors, its kStoryTerms heaviest terms.
std::vector<Term> Add(const std::vector<Term>& a, const std::vector<Term>& b) {
  std::map<std::string, double> sum;
  for (const Term& t : a) sum[t.first] += t.second;
  for (const Term& t : b) sum[t.first] += t.second;
  std::vector<Term> out(sum.begin(), sum.end());
  std::sort(out.begin(), out.end(), [](const Term& x, const Term& y) {
    return x.second != y.second ? x.second > y.second : x.first < y.first;
  });
  if (out.size() > kStoryTerms) out.resize(kStoryTerms);
  return out;
}

// A title from the story's heaviest names, when no article gave a headline.
std::string NamesTitle(const std::vector<Term>& centroid) {
  std::string out;
  int n = 0;
  for (const Term& t : centroid) {
    if (!IsName(t.first) || n == 3) continue;
    std::string name = t.first.substr(1);
    if (!name.empty()) name[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(name[0])));
    out += (n++ ? ", " : "") + name;
  }
  return out;
}

// A headline, not a dateline, a credit or a paragraph taken for a title: three to thirty
// words, with letters.
bool LooksLikeHeadline(const std::string& title) {
  size_t words = 0, letters = 0;
  bool in_word = false;
  for (unsigned char c : title) {
    bool space = c == ' ' || c == '\t' || c == '\n';
    if (!space && !in_word) ++words;
    in_word = !space;
    letters += std::isalpha(c) ? 1 : 0;
  }
  return words >= 3 && words <= 30 && letters * 2 >= title.size();
}

struct StoryState {
  store::StoryRow row;
  TermVector centroid;
};

// One batch of articles, grouped against the stored stories and those this batch starts.
class Grouper {
 public:
  Grouper(store::StoryStore& store, const StoryOptions& options) : store_(store), o_(options) {}

  core::Status Place(const store::StoryArticle& a) {
    TermVector terms(ArticleTerms(a));
    int64_t day = core::IsoDay(a.published);
    auto best = BestStory(terms, KeyTerms(terms, o_.name_keys, o_.word_keys), day);
    if (!best.ok()) return best.status();
    int64_t id = *best;
    if (id == 0) {
      id = next_new_--;
      stories_[id].row.id = id;
      ++new_stories_;
    }
    Join(stories_[id], a, terms, day);
    changed_.insert(id);
    batch_.assignments.emplace_back(a.article_id, id);
    std::vector<std::string> filed = KeyTerms(terms, o_.stored_name_keys, o_.stored_word_keys);
    AddKeys(stories_[id], filed, 0);
    if (day >= 0) AddKeys(stories_[id], filed, WeekOf(day));
    return core::Status::Ok();
  }

  // The story `a` would join, 0 for none; nothing is recorded.
  core::Result<int64_t> Find(const store::StoryArticle& a) {
    TermVector terms(ArticleTerms(a));
    int64_t day = core::IsoDay(a.published);
    return BestStory(terms, KeyTerms(terms, o_.name_keys, o_.word_keys), day);
  }

  core::Status Save() {
    for (int64_t id : changed_) batch_.stories.push_back(stories_[id].row);
    return store_.SaveStories(batch_);
  }

  int64_t new_stories() const { return new_stories_; }

 private:
  // The article's heaviest `max_names` names and `max_words` content words.
  static std::vector<std::string> KeyTerms(const TermVector& terms, size_t max_names, size_t max_words) {
    std::vector<std::string> out;
    size_t names = 0, words = 0;
    for (const Term& t : terms.terms()) {
      if (IsName(t.first) ? names++ < max_names : words++ < max_words) out.push_back(t.first);
    }
    return out;
  }

  // The weeks a story in the window around `day` may have keys in. Week 0 holds every
  // story's keys whatever its dates, for undated articles, which look only there; a dated
  // article looks only in its weeks.
  std::vector<int64_t> Weeks(int64_t day) const {
    if (day < 0) return {0};
    std::set<int64_t> weeks = {WeekOf(day), WeekOf(day - o_.window_days),
                               WeekOf(day + o_.window_days)};
    return {weeks.begin(), weeks.end()};
  }

  // Whether `day` lies within `days` of the story's dated span; an undated article, or a
  // story none of whose articles is dated, gives `undated`.
  static bool Within(const store::StoryRow& row, int64_t day, int days, bool undated) {
    int64_t first = core::IsoDay(row.first_published), last = core::IsoDay(row.last_published);
    if (day < 0 || first < 0) return undated;
    return day >= first - days && day <= last + days;
  }

  // The stories sharing most lookup keys with the article, at most kMaxCandidates.
  core::Result<std::vector<int64_t>> Candidates(const std::vector<std::string>& key_terms,
                                                int64_t day) {
    std::vector<int64_t> keys;
    for (int64_t week : Weeks(day)) {
      for (const std::string& t : key_terms) keys.push_back(Key(t, week));
    }
    auto stored = store_.StoriesWithKeys(keys, o_.per_key);
    if (!stored.ok()) return stored.status();
    std::map<int64_t, int> hits;
    for (int64_t id : *stored) ++hits[id];
    for (int64_t k : keys) {
      auto it = new_keys_.find(k);
      if (it == new_keys_.end()) continue;
      for (int64_t id : it->second) hits[id] += 1;
    }
    std::vector<std::pair<int, int64_t>> ranked;
    for (const auto& [id, n] : hits) ranked.push_back({-n, -id});  // most hits, newest first
    std::sort(ranked.begin(), ranked.end());
    std::vector<int64_t> out, missing;
    for (size_t i = 0; i < ranked.size() && i < kMaxCandidates; ++i) {
      out.push_back(-ranked[i].second);
      if (stories_.count(out.back()) == 0) missing.push_back(out.back());
    }
    auto rows = store_.LoadStories(missing);
    if (!rows.ok()) return rows.status();
    for (store::StoryRow& row : *rows) {
      StoryState& st = stories_[row.id];
      st.centroid = TermVector(DecodeTerms(row.centroid));
      st.row = std::move(row);
    }
    return out;
  }

  // The id of the story `terms` belongs to, or 0 for a new one.
  core::Result<int64_t> BestStory(const TermVector& terms,
                                  const std::vector<std::string>& key_terms, int64_t day) {
    auto candidates = Candidates(key_terms, day);
    if (!candidates.ok()) return candidates.status();
    int needed = std::min(o_.min_shared_names, static_cast<int>(terms.Names().size()));
    int64_t best = 0;
    double best_score = o_.min_similarity;
    for (int64_t id : *candidates) {
      auto found = stories_.find(id);
      if (found == stories_.end()) continue;
      const StoryState& s = found->second;
      // An undated article fits any time; the looser names rule needs a day both give: two
      // events of one kind in one place within a day are rare, and outlets name the same
      // actors differently.
      if (!Within(s.row, day, o_.window_days, true) || SharedNames(terms, s.centroid) < needed) continue;
      int missing = std::max(MissingNames(terms, s.centroid, o_.top_names),
                             MissingNames(s.centroid, terms, o_.top_names));
      bool relaxed = missing > o_.max_missing_names;
      if (relaxed && (!Within(s.row, day, 1, false) || missing > o_.max_missing_names_same_day)) continue;
      double score = Cosine(terms, s.centroid);
      if (score >= best_score) {
        best_score = score;
        best = id;
      }
    }
    return best;
  }

  void Join(StoryState& s, const store::StoryArticle& a, const TermVector& terms, int64_t day) {
    s.centroid = TermVector(Add(s.centroid.terms(), terms.terms()));
    s.row.centroid = EncodeTerms(s.centroid.terms());
    s.row.articles += 1;
    if (day >= 0) {
      std::string date = a.published.substr(0, 10);
      if (s.row.first_published.empty() || date < s.row.first_published) s.row.first_published = date;
      if (s.row.last_published.empty() || date > s.row.last_published) s.row.last_published = date;
    }
    // The headline of the article most like the story as it stands; the first counts half.
    double score = s.row.articles == 1 ? 0.5 : Cosine(terms, s.centroid);
    if (LooksLikeHeadline(a.title) && (s.row.title.empty() || score > s.row.title_score)) {
      s.row.title = a.title;
      s.row.title_score = score;
    }
    if (s.row.title.empty() || s.row.title_score == 0) s.row.title = NamesTitle(s.centroid.terms());
  }

  void AddKeys(StoryState& s, const std::vector<std::string>& key_terms, int64_t week) {
    for (const std::string& t : key_terms) {
      if (s.row.key_count >= kMaxStoryKeys) return;
      int64_t k = Key(t, week);
      std::vector<int64_t>& ids = new_keys_[k];
      if (std::find(ids.begin(), ids.end(), s.row.id) != ids.end()) continue;
      ids.push_back(s.row.id);
      batch_.keys.emplace_back(k, s.row.id);
      ++s.row.key_count;
    }
  }

  store::StoryStore& store_;
  const StoryOptions& o_;
  std::map<int64_t, StoryState> stories_;  // loaded or started by this batch
  std::set<int64_t> changed_;
  std::unordered_map<int64_t, std::vector<int64_t>> new_keys_;  // keys this batch added
  store::StoryBatch batch_;
  int64_t next_new_ = -1;
  int64_t new_stories_ = 0;
};

}  // namespace

core::Result<StoryCounts> AssignStories(store::StoryStore& store, const StoryOptions& options) {
  StoryCounts counts;
  for (;;) {
    auto articles = store.ArticlesWithoutStory(options.batch);
    if (!articles.ok()) return articles.status();
    if (articles->empty()) return counts;
    Grouper grouper(store, options);
    for (const store::StoryArticle& a : *articles) NR_RETURN_IF_ERROR(grouper.Place(a));
    NR_RETURN_IF_ERROR(grouper.Save());
    counts.articles += static_cast<int64_t>(articles->size());
    counts.new_stories += grouper.new_stories();
  }
}

core::Result<int64_t> FindStory(store::StoryStore& store, const store::StoryArticle& article,
                                const StoryOptions& options) {
  return Grouper(store, options).Find(article);
}

core::Result<StoryCounts> UpdateStories(store::Store& store) {
  auto revisions = FindRevisions(store, store);
  if (!revisions.ok()) return revisions.status();
  auto counts = AssignStories(store);
  if (!counts.ok()) return counts.status();
  counts->revisions = *revisions;
  return counts;
}

}  // namespace newsrecon::reconcile
