// StoreFetchedSources: fetch::Crawl on a worker thread, its events stored on this one.
//
// The crawl keeps many transfers going while this thread extracts and writes; a queue
// bounded in bytes between them makes a slow store slow the fetch rather than fill memory.
#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <unordered_map>

#include "cli/progress.h"
#include "cli/sources_stage.h"
#include "core/sha256.h"
#include "fetch/crawler.h"
#include "fetch/url.h"

namespace newsrecon::cli {
namespace {

constexpr size_t kMaxQueuedBytes = size_t{64} << 20;

class EventQueue {
 public:
  // Blocks while the queue holds kMaxQueuedBytes of bodies; drops events once abandoned.
  void Push(fetch::CrawlEvent&& e) {
    std::unique_lock<std::mutex> lock(mu_);
    space_.wait(lock, [&] { return bytes_ < kMaxQueuedBytes || abandoned_; });
    if (abandoned_) return;
    bytes_ += e.response.body.size();
    events_.push_back(std::move(e));
    ready_.notify_one();
  }
  // No more events will come.
  void Close() {
    std::lock_guard<std::mutex> lock(mu_);
    closed_ = true;
    ready_.notify_all();
  }
  // The consumer stopped: drop what is queued and never block the producer again.
  void Abandon() {
    std::lock_guard<std::mutex> lock(mu_);
    abandoned_ = true;
    events_.clear();
    space_.notify_all();
  }
  // Waits for events and moves them all into `out`; false once closed and drained.
  bool Pop(std::deque<fetch::CrawlEvent>* out) {
    std::unique_lock<std::mutex> lock(mu_);
    ready_.wait(lock, [&] { return !events_.empty() || closed_; });
    if (events_.empty()) return false;
    out->swap(events_);
    bytes_ = 0;
    space_.notify_all();
    return true;
  }

 private:
  std::mutex mu_;
  std::condition_variable ready_, space_;
  std::deque<fetch::CrawlEvent> events_;
  size_t bytes_ = 0;
  bool closed_ = false;
  bool abandoned_ = false;
};

using SourceList = std::vector<std::pair<const SourceConfig*, int64_t>>;

// Stores crawl events: the fetch log, feed entries, documents and per-page state.
class FetchStore {
 public:
  FetchStore(Session& session, const SourceList& sources, SourceTally* tally)
      : session_(session), sources_(sources), states_(sources.size()),
        failures_(sources.size()), tally_(tally) {}

  core::Result<std::vector<fetch::SourceSpec>> Specs();
  core::Status Persist(fetch::CrawlEvent&& e);
  // Counts each source as ok or failed.
  void Finish();
  std::string ProgressLine() const;

 private:
  core::Status StoreListing(const fetch::CrawlEvent& e, std::string* problem);
  core::Status StorePage(fetch::CrawlEvent& e, std::string* problem);
  core::Status Log(const fetch::CrawlEvent& e, const std::string& problem);

  Session& session_;
  const SourceList& sources_;
  std::vector<std::unordered_map<std::string, store::UrlState>> states_;  // by canonical URL
  std::vector<std::vector<std::pair<std::string, std::string>>> failures_;  // (URL, line)
  SourceTally* tally_;
};

core::Result<std::vector<fetch::SourceSpec>> FetchStore::Specs() {
  std::vector<fetch::SourceSpec> specs;
  for (size_t i = 0; i < sources_.size(); ++i) {
    const SourceConfig& c = *sources_[i].first;
    fetch::SourceSpec spec{c.name, c.kind, c.location, c.urls, c.policy, c.max_pages, {}};
    auto states = session_.store->LoadUrlStates(sources_[i].second);
    if (!states.ok()) return states.status();
    for (store::UrlState& state : *states) {
      if (!state.etag.empty() || !state.last_modified.empty()) {
        spec.known[state.url] = {state.etag, state.last_modified};
      }
      std::string url = state.url;
      states_[i].emplace(std::move(url), std::move(state));
    }
    specs.push_back(std::move(spec));
  }
  return specs;
}

core::Status FetchStore::Persist(fetch::CrawlEvent&& e) {
  for (const fetch::Attempt& a : e.response.attempts) tally_->bytes += a.bytes;
  std::string problem;
  if (e.kind == fetch::CrawlEvent::Kind::kListing) {
    NR_RETURN_IF_ERROR(StoreListing(e, &problem));
  } else {
    NR_RETURN_IF_ERROR(StorePage(e, &problem));
  }
  NR_RETURN_IF_ERROR(Log(e, problem));
  if (!problem.empty()) {
    failures_[e.source].emplace_back(e.url, sources_[e.source].first->name + ": " + e.url + ": " + problem);
  }
  return core::Status::Ok();
}

core::Status FetchStore::StoreListing(const fetch::CrawlEvent& e, std::string* problem) {
  if (!e.status.ok()) {
    *problem = e.status.message();
    return core::Status::Ok();
  }
  std::vector<store::FeedItemRecord> records;
  for (const fetch::FeedItem& item : e.listing.items) {
    auto url = fetch::CanonicalUrl(item.url);
    if (url.ok()) records.push_back({*url, item.title, item.published, item.guid, e.url});
  }
  return session_.store->PutFeedItems(sources_[e.source].second, session_.run_id, records);
}

core::Status FetchStore::StorePage(fetch::CrawlEvent& e, std::string* problem) {
  const fetch::Response& r = e.response;
  if ((r.status >= 200 && r.status < 300) || r.not_modified) ++tally_->pages_fetched;
  if (!e.status.ok()) {
    *problem = e.status.message();
    ++tally_->documents_failed;
    return core::Status::Ok();
  }
  int64_t source_id = sources_[e.source].second;
  store::UrlState state = states_[e.source][e.url];
  state.url = e.url;
  state.final_url = r.final_url;
  state.status = r.status;
  if (!r.not_modified || !r.etag.empty()) state.etag = r.etag;  // a 304 may leave them out
  if (!r.not_modified || !r.last_modified.empty()) state.last_modified = r.last_modified;
  std::string hash = r.not_modified ? state.content_hash : core::Sha256Hex(r.body);
  if (r.not_modified || hash == state.content_hash) {  // nothing new: not processed again
    ++tally_->articles_unchanged;
    return session_.store->SaveUrlState(source_id, session_.run_id, state);
  }
  auto document_url = fetch::CanonicalUrl(r.final_url);
  DocumentInput doc{e.url, document_url.ok() ? *document_url : e.url, e.item.published,
                    e.media_type, r.body, std::move(e.text), "feed"};
  auto stored = IngestDocument(session_.pipeline(), source_id, doc, &state.canonical_url);
  if (!stored.ok()) {
    if (stored.status().code() != core::Code::kBadInput) return stored.status();
    *problem = stored.status().message();
    if (problem->rfind(e.url + ": ", 0) == 0) problem->erase(0, e.url.size() + 2);
    ++tally_->documents_failed;
    return core::Status::Ok();
  }
  (stored->new_article ? tally_->articles_new : tally_->articles_unchanged)++;
  state.content_hash = hash;
  states_[e.source][e.url] = state;
  return session_.store->SaveUrlState(source_id, session_.run_id, state);
}

core::Status FetchStore::Log(const fetch::CrawlEvent& e, const std::string& problem) {
  int64_t source_id = sources_[e.source].second;
  std::vector<store::FetchLogEntry> entries;
  for (const fetch::Attempt& a : e.response.attempts) {
    entries.push_back({session_.run_id, source_id, a.url, a.status, a.bytes, a.elapsed_ms,
                       a.error, "", ""});
  }
  std::string final_url = e.response.final_url.empty() ? e.url : e.response.final_url;
  if (!entries.empty() && entries.back().url == final_url) {
    entries.back().etag = e.response.etag;
    entries.back().last_modified = e.response.last_modified;
    if (!problem.empty()) entries.back().error = problem;
  } else if (!problem.empty()) {  // never on the wire (bad URL, robots.txt): still recorded
    entries.push_back({session_.run_id, source_id, e.url, 0, 0, 0, problem, "", ""});
  }
  return session_.store->LogFetches(entries);
}

void FetchStore::Finish() {
  // Listed by source as the config orders them, then by URL: stable whatever finished first.
  for (auto& failures : failures_) {
    (failures.empty() ? tally_->sources_ok : tally_->sources_failed)++;
    std::sort(failures.begin(), failures.end());
    for (auto& [url, line] : failures) tally_->failures.push_back(std::move(line));
  }
}

std::string FetchStore::ProgressLine() const {
  return "fetch: " + std::to_string(tally_->pages_fetched) + " page(s), " +
         std::to_string(tally_->articles_new) + " new, " +
         std::to_string(tally_->articles_unchanged) + " unchanged, " +
         std::to_string(tally_->documents_failed) + " failed, " + HumanBytes(tally_->bytes);
}

}  // namespace

core::Status StoreFetchedSources(Session& session, const fetch::FetchOptions& options,
                                 const SourceList& sources, Io& io, SourceTally* tally) {
  FetchStore store(session, sources, tally);
  auto specs = store.Specs();
  if (!specs.ok()) return specs.status();
  EventQueue queue;
  std::atomic<bool> cancel{false};
  core::Status crawl_status;
  std::thread worker([&] {
    crawl_status = fetch::Crawl(
        options, *specs, [&](fetch::CrawlEvent&& e) { queue.Push(std::move(e)); }, &cancel);
    queue.Close();
  });
  Progress progress(io);
  core::Status status;
  std::deque<fetch::CrawlEvent> batch;
  while (status.ok() && queue.Pop(&batch)) {
    for (fetch::CrawlEvent& e : batch) {
      if (status.ok()) status = store.Persist(std::move(e));
    }
    batch.clear();
    progress.Update(store.ProgressLine());
  }
  if (!status.ok()) {
    cancel = true;
    queue.Abandon();
  }
  worker.join();
  progress.Done();
  store.Finish();
  return status.ok() ? crawl_status : status;
}

}  // namespace newsrecon::cli
