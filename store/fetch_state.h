// The store's memory of the fetch stage: page states, listed entries, fetched batches.
// Promises: as store/runs.h says (one thread at a time, each call atomic, errors as values).
#ifndef NEWSRECON_STORE_FETCH_STATE_H_
#define NEWSRECON_STORE_FETCH_STATE_H_

#include <cstdint>
#include <string>
#include <vector>

#include "core/model.h"
#include "core/status.h"
#include "store/documents.h"
#include "store/runs.h"

namespace newsrecon::store {

// What the fetch stage remembers about one page of a source between runs.
struct UrlState {
  std::string url;            // canonical URL, as the source lists the page
  std::string final_url;      // after redirects
  std::string etag;           // validators for the next conditional GET
  std::string last_modified;
  std::string content_hash;   // SHA-256 of the last body processed
  std::string canonical_url;  // the page's own <link rel=canonical>, when known
  int status = 0;             // the last HTTP status
};

// What a feed or sitemap says about a page it lists.
struct FeedItemRecord {
  std::string url;  // canonical
  std::string title;
  std::string published;
  std::string guid;
  std::string origin;  // the feed or sitemap
};

// What one batch of fetch-stage outcomes writes, in one transaction.
struct FetchBatch {
  struct Page {
    int64_t source_id = 0;
    bool store_document = false;  // `document` holds new bytes to store
    core::Document document;
    bool save_state = false;      // `state` is to be saved
    UrlState state;
  };
  struct Listed {
    int64_t source_id = 0;
    std::vector<FeedItemRecord> items;
  };
  std::vector<Page> pages;
  std::vector<Listed> listings;
  std::vector<FetchLogEntry> log;
};

class FetchStateStore {
 public:
  virtual ~FetchStateStore() = default;

  // The fetch stage's memory of a source's pages, for conditional GETs and for knowing an
  // unchanged body. SaveUrlState inserts or replaces one page's state.
  virtual core::Result<std::vector<UrlState>> LoadUrlStates(int64_t source_id) = 0;
  virtual core::Status SaveUrlState(int64_t source_id, int64_t run_id, const UrlState& state) = 0;

  // Records the entries a feed or sitemap listed (one transaction): new ones are added,
  // known ones get the latest title, date and guid the listing gives and the run's id.
  virtual core::Status PutFeedItems(int64_t source_id, int64_t run_id,
                                    const std::vector<FeedItemRecord>& items) = 0;
  virtual core::Result<std::vector<FeedItemRecord>> LoadFeedItems(int64_t source_id) = 0;

  // Writes a batch in one transaction: its documents (hash computed when empty), page
  // states, listed entries and fetch log. Returns one result per page, in order (zero ids
  // for pages that stored no document).
  virtual core::Result<std::vector<DocumentWriteResult>> PutFetchBatch(
      int64_t run_id, const FetchBatch& batch) = 0;
};

}  // namespace newsrecon::store

#endif  // NEWSRECON_STORE_FETCH_STATE_H_
