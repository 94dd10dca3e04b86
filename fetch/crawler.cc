// Crawl: listings first, then the pages they list, all through one Fetcher.
#include "fetch/crawler.h"

#include <unordered_set>

#include "core/sha256.h"
#include "fetch/gunzip.h"
#include "fetch/sniff.h"
#include "fetch/url.h"

namespace newsrecon::fetch {
namespace {

constexpr int kMaxListingDepth = 3;             // index -> sitemap -> (nested index) -> ...
constexpr size_t kMaxListingsPerSource = 1000;  // sitemaps an index may make us read

class Crawler {
 public:
  Crawler(const FetchOptions& options, const std::vector<SourceSpec>& sources,
          const CrawlSink& sink)
      : fetcher_(options), sources_(sources), state_(sources.size()), sink_(sink) {}

  core::Status Run(const std::atomic<bool>* cancel) {
    for (size_t s = 0; s < sources_.size(); ++s) Start(s);
    return fetcher_.Run(cancel);
  }

 private:
  struct State {
    std::unordered_set<std::string> pages;     // canonical URLs queued
    std::unordered_set<std::string> listings;  // canonical URLs of feeds and sitemaps read
    int added = 0;
  };

  void Start(size_t s);
  void AddListing(size_t s, const std::string& url, int depth);
  void OnListing(size_t s, int depth, Response&& r);
  void AddPage(size_t s, FeedItem item);
  void OnPage(size_t s, std::string canonical, FeedItem item, Response&& r);
  void Fail(CrawlEvent::Kind kind, size_t s, std::string url, core::Status status) {
    CrawlEvent e;
    e.kind = kind;
    e.source = s;
    e.url = std::move(url);
    e.status = std::move(status);
    sink_(std::move(e));
  }

  Fetcher fetcher_;
  const std::vector<SourceSpec>& sources_;
  std::vector<State> state_;
  const CrawlSink& sink_;
};

void Crawler::Start(size_t s) {
  const SourceSpec& spec = sources_[s];
  switch (spec.kind) {
    case core::SourceKind::kUrls:
      for (const std::string& url : spec.urls) AddPage(s, FeedItem{url, "", "", ""});
      return;
    case core::SourceKind::kFeed:
    case core::SourceKind::kSitemap:
      return AddListing(s, spec.location, 0);
    case core::SourceKind::kPath:
    case core::SourceKind::kFiles:
      break;
  }
  Fail(CrawlEvent::Kind::kListing, s, spec.location,
       core::InvalidArgument(std::string("source kind '") + core::ToString(spec.kind) +
                             "' is not fetched over HTTP"));
}

void Crawler::AddListing(size_t s, const std::string& url, int depth) {
  auto canonical = CanonicalUrl(url);
  if (!canonical.ok()) return Fail(CrawlEvent::Kind::kListing, s, url, canonical.status());
  State& state = state_[s];
  if (state.listings.size() >= kMaxListingsPerSource || !state.listings.insert(*canonical).second) {
    return;
  }
  Request request{url, "", "", sources_[s].policy};
  fetcher_.Add(std::move(request),
               [this, s, depth](Response&& r) { OnListing(s, depth, std::move(r)); });
}

void Crawler::OnListing(size_t s, int depth, Response&& r) {
  CrawlEvent e;
  e.kind = CrawlEvent::Kind::kListing;
  e.source = s;
  e.url = r.url;
  std::string body = std::move(r.body);
  r.body.clear();
  e.response = std::move(r);
  if (!e.response.error.ok()) {
    e.status = e.response.error;
    return sink_(std::move(e));
  }
  if (IsGzip(body)) {
    auto inflated = Gunzip(body, sources_[s].policy.max_body_bytes);
    if (!inflated.ok()) {
      e.status = inflated.status();
      return sink_(std::move(e));
    }
    body = std::move(*inflated);
  }
  DecodedText text =
      DecodeText(body, ParseContentType(e.response.content_type).charset, TextKind::kXml);
  auto listing = ParseListing(text.text, e.response.final_url);
  if (!listing.ok()) {
    e.status = listing.status();
    return sink_(std::move(e));
  }
  for (const std::string& sitemap : listing->sitemaps) {
    if (depth + 1 < kMaxListingDepth) AddListing(s, sitemap, depth + 1);
  }
  for (const FeedItem& item : listing->items) AddPage(s, item);
  e.listing = std::move(*listing);
  sink_(std::move(e));
}

void Crawler::AddPage(size_t s, FeedItem item) {
  const SourceSpec& spec = sources_[s];
  auto canonical = CanonicalUrl(item.url);
  if (!canonical.ok()) return Fail(CrawlEvent::Kind::kPage, s, item.url, canonical.status());
  State& state = state_[s];
  if (spec.max_pages > 0 && state.added >= spec.max_pages) return;
  if (!state.pages.insert(*canonical).second) return;  // listed twice
  ++state.added;
  Request request{*canonical, "", "", spec.policy};
  if (auto known = spec.known.find(*canonical); known != spec.known.end()) {
    request.etag = known->second.etag;
    request.last_modified = known->second.last_modified;
  }
  fetcher_.Add(std::move(request),
               [this, s, c = *canonical, item = std::move(item)](Response&& r) mutable {
                 OnPage(s, std::move(c), std::move(item), std::move(r));
               });
}

void Crawler::OnPage(size_t s, std::string canonical, FeedItem item, Response&& r) {
  CrawlEvent e;
  e.kind = CrawlEvent::Kind::kPage;
  e.source = s;
  e.url = std::move(canonical);
  e.item = std::move(item);
  e.response = std::move(r);
  e.status = e.response.error;
  if (!e.status.ok() || e.response.not_modified) return sink_(std::move(e));
  auto page = ReadPageText(e.response.body, e.response.content_type);
  if (!page.ok()) {
    e.status = page.status();
    return sink_(std::move(e));
  }
  e.text_kind = page->kind;
  e.hash = core::Sha256Hex(e.response.body);
  e.text = std::move(page->text);
  sink_(std::move(e));
}

}  // namespace

core::Status Crawl(const FetchOptions& options, const std::vector<SourceSpec>& sources,
                   const CrawlSink& sink, const std::atomic<bool>* cancel) {
  Crawler crawler(options, sources, sink);
  return crawler.Run(cancel);
}

}  // namespace newsrecon::fetch
