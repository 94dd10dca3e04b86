// Stories: articles about one real-world event or development, grouped before anything is
// compared, so that a contradiction only ever joins articles of one story.
//
// An article joins the story whose centroid (the sum of its articles' term vectors, see
// story_terms.h) is most like its own, when the two share names and the story's dates lie
// within a few days of the article's; otherwise it starts a new story. Candidate stories
// are found through lookup keys (an article's most salient names and words, each with the
// week it was published), never by comparing all stories, and each key yields a bounded
// number of them: the work per article is bounded however large the archive grows.
// Grouping is incremental: stories, centroids and keys are stored, so a new night's
// articles join them without regrouping the past. Two events of one kind (two quakes a
// year apart, two arrests in one city) part on their dates or their names.
//
//   auto counts = reconcile::UpdateStories(store);  // before reconciling
#ifndef NEWSRECON_RECONCILE_STORIES_H_
#define NEWSRECON_RECONCILE_STORIES_H_

#include <cstddef>
#include <cstdint>

#include "core/status.h"
#include "store/store.h"

namespace newsrecon::reconcile {

struct StoryOptions {
  int window_days = 4;          // an article joins a story dated within this many days of it
  double min_similarity = 0.2;  // the cosine of article and story centroid, at least
  int min_shared_names = 2;     // names both give (fewer when the article gives fewer)
  // The heaviest names of the article must be known to the story, and the story's to the
  // article (at most max_missing_names of top_names unknown either way): two events of
  // one kind differ in who and where ("Klitschko beats Rahman", "Klitschko beats Thompson").
  int top_names = 3;
  int max_missing_names = 1;
  // Within a day of a dated story's days, the names may differ more (one of the top names
  // shared each way): outlets on two sides of a war name the same actors differently.
  int max_missing_names_same_day = 2;
  size_t name_keys = 6;         // lookup keys: the article's heaviest names
  size_t word_keys = 3;         // and content words
  // A story is filed under more of each article's terms than an article looks up: outlets
  // lead with different names ("Turkey", "Idlib"), and one's sixth name is another's first.
  size_t stored_name_keys = 12;
  size_t stored_word_keys = 6;
  size_t per_key = 16;          // candidate stories per key, newest first
  size_t batch = 5000;          // articles grouped per transaction
};

struct StoryCounts {
  int64_t articles = 0;     // articles placed in a story
  int64_t new_stories = 0;  // stories they started
  int64_t revisions = 0;    // figures changed by new versions of pages
};

// Places every stored article that has no story yet, oldest first, a batch at a time (each
// batch one transaction). Deterministic for the same articles in the same order.
core::Result<StoryCounts> AssignStories(store::StoryStore& store, const StoryOptions& options = {});

// The stored story an article that is not stored (a page audited now) would join, without
// changing anything; 0 when it would start a story of its own.
core::Result<int64_t> FindStory(store::StoryStore& store, const store::StoryArticle& article,
                                const StoryOptions& options = {});

// What the pipeline runs after storing articles and before reconciling: the revisions of
// pages fetched again with new text (revisions.h), then stories for new articles.
core::Result<StoryCounts> UpdateStories(store::Store& store);

}  // namespace newsrecon::reconcile

#endif  // NEWSRECON_RECONCILE_STORIES_H_
