// The store's stories (articles grouped by event) and versions (figures a page changed).
//
// Promises: as store/runs.h says (one thread at a time, each call atomic, errors as values).
// SaveStories and SaveRevisions each write in one transaction.
#ifndef NEWSRECON_STORE_STORIES_H_
#define NEWSRECON_STORE_STORIES_H_

#include <cstddef>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "core/status.h"

namespace newsrecon::store {

// An article to place in a story: what the grouping reads of it.
struct StoryArticle {
  int64_t article_id = 0;
  std::string published;  // YYYY-MM-DD; empty when unknown
  std::string title;
  std::string text;
  std::vector<std::string> parties;  // every party its claims name
};

// A story as stored: its summary, centroid and counts. An id below 0 is a story not yet
// stored (StoryStore::SaveStories gives it an id).
struct StoryRow {
  int64_t id = 0;
  std::string title;
  double title_score = 0;
  std::string first_published;  // YYYY-MM-DD; empty when none of its articles is dated
  std::string last_published;
  int64_t articles = 0;
  std::string centroid;  // the grouping's encoding of its centroid
  int64_t key_count = 0;
};

// One grouping batch, written in one transaction.
struct StoryBatch {
  std::vector<StoryRow> stories;                         // new (id < 0) and changed ones
  std::vector<std::pair<int64_t, int64_t>> keys;         // (key, story id) to add
  std::vector<std::pair<int64_t, int64_t>> assignments;  // (article id, story id)
};

// A figure a page changed between two fetches.
struct Revision {
  int64_t id = 0;
  int64_t old_article = 0;
  int64_t new_article = 0;
  std::string old_figure;  // as the old version wrote it
  std::string new_figure;
  std::string old_quote;   // the sentences that hold them
  std::string new_quote;
  // Filled when loaded:
  std::string source;
  std::string url;
  std::string old_seen;  // when each version was stored (ISO 8601)
  std::string new_seen;
  int64_t story_id = 0;
  std::string story_title;
};

class StoryStore {
 public:
  virtual ~StoryStore() = default;

  // Articles (not rejects) with no story yet, up to `limit`, dated ones first in date
  // order, each with its text and the parties its claims name.
  virtual core::Result<std::vector<StoryArticle>> ArticlesWithoutStory(size_t limit) = 0;
  // Stories holding any of the lookup keys: for each key its newest `per_key` stories
  // (the work stays bounded however common a key is), without repeats.
  virtual core::Result<std::vector<int64_t>> StoriesWithKeys(const std::vector<int64_t>& keys,
                                                             size_t per_key) = 0;
  // The story with this id; kNotFound when there is none.
  virtual core::Result<StoryRow> LoadStory(int64_t id) = 0;
  // The stories with these ids (ids with no story are left out).
  virtual core::Result<std::vector<StoryRow>> LoadStories(const std::vector<int64_t>& ids) = 0;
  // Writes a grouping batch in one transaction: new stories are inserted (their negative
  // ids in keys and assignments are replaced by the ids they get), changed ones updated,
  // keys added and articles assigned.
  virtual core::Status SaveStories(const StoryBatch& batch) = 0;
  // (article id, story id) of every article placed in a story, by article id.
  virtual core::Result<std::vector<std::pair<int64_t, int64_t>>> ArticleStories() = 0;
  // The titles of these stories (ids without a story are left out).
  virtual core::Result<std::map<int64_t, std::string>> StoryTitles(const std::set<int64_t>& ids) = 0;
};

class RevisionStore {
 public:
  virtual ~RevisionStore() = default;

  // Pairs (older, newer) of articles of one page whose changed figures were not looked
  // for yet, oldest first.
  virtual core::Result<std::vector<std::pair<int64_t, int64_t>>> UncheckedVersions() = 0;
  // Records the figures the newer version changed and marks the pair checked.
  virtual core::Status SaveRevisions(int64_t old_article,
                                     const std::vector<Revision>& revisions) = 0;
  // Every revision, with its page, source, story and both versions' times, newest first.
  virtual core::Result<std::vector<Revision>> LoadRevisions() = 0;
};

}  // namespace newsrecon::store

#endif  // NEWSRECON_STORE_STORIES_H_
