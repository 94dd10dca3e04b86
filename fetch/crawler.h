// The fetch stage: every source's feed, sitemap or URL list, and the pages they list,
// fetched concurrently through one Fetcher, each outcome handed to a sink.
//
// Nothing here knows about the store: the caller passes what earlier runs learned (the
// validators of each page) and persists the events it receives.
//
//   fetch::Crawl(options, sources, [&](fetch::CrawlEvent&& e) { Persist(e); });
#ifndef NEWSRECON_FETCH_CRAWLER_H_
#define NEWSRECON_FETCH_CRAWLER_H_

#include <atomic>
#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/model.h"
#include "core/status.h"
#include "fetch/charset.h"
#include "fetch/fetcher.h"
#include "fetch/listing.h"

namespace newsrecon::fetch {

// What a page's last good response said, for a conditional GET.
struct Validators {
  std::string etag;
  std::string last_modified;
};

struct SourceSpec {
  std::string name;
  core::SourceKind kind = core::SourceKind::kUrls;  // kFeed, kSitemap or kUrls
  std::string location;           // the feed's or sitemap's URL
  std::vector<std::string> urls;  // for kUrls
  RequestPolicy policy;
  int max_pages = 0;                                  // pages to fetch at most; 0 for no limit
  std::unordered_map<std::string, Validators> known;  // by canonical URL
};

struct CrawlEvent {
  enum class Kind { kListing, kPage };
  Kind kind = Kind::kPage;
  size_t source = 0;    // index into the sources given to Crawl()
  std::string url;      // pages: canonical URL; listings: the feed's or sitemap's URL
  Response response;    // every attempt, status, headers, raw body
  core::Status status;  // ok, or why this failed (prefixed with nothing: the caller adds)
  // Listings: what it listed (sitemap indexes list sitemaps, not items).
  Listing listing;
  // Pages: the entry that listed the page (only the URL for "urls" sources), how it reads
  // (kHtml or kPlain) and the body as UTF-8 (not for 304), both as ReadPageText
  // (fetch/sniff.h) finds them.
  FeedItem item;
  TextKind text_kind = TextKind::kPlain;
  std::string hash;  // core::Sha256Hex() of the body
  DecodedText text;
};

using CrawlSink = std::function<void(CrawlEvent&&)>;

// Fetches every source and the pages they list; calls `sink` on this thread for each
// listing and page as it finishes. A failing source never stops the others. Returns a
// failed Status only when libcurl itself fails. Stops early when `cancel` becomes true.
core::Status Crawl(const FetchOptions& options, const std::vector<SourceSpec>& sources,
                   const CrawlSink& sink, const std::atomic<bool>* cancel = nullptr);

}  // namespace newsrecon::fetch

#endif  // NEWSRECON_FETCH_CRAWLER_H_
