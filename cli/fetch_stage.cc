// StoreFetchedSources: fetch::Crawl on a worker thread, its events stored on this one.
//
// The crawl keeps many transfers going while this thread writes. Events are taken in
// batches, each written in one transaction (documents first, so the raw bytes are safe
// before anything is made of them); articles are extracted after, when asked. A queue
// bounded in bytes between the threads makes a slow store slow the fetch rather than fill
// memory.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <unordered_map>

#include "cli/progress.h"
#include "cli/sources_stage.h"
#include "cli/interrupt.h"
#include "fetch/crawler.h"
#include "fetch/sniff.h"
#include "fetch/url.h"

namespace newsrecon::cli {
namespace {

constexpr size_t kMaxQueuedBytes = size_t{64} << 20;
constexpr size_t kBatchEvents = 64;                         // written together when they come fast
constexpr auto kBatchWait = std::chrono::milliseconds(20);  // ... or after this long

class EventQueue {
 public:
  // Blocks while the queue holds kMaxQueuedBytes of bodies; drops events once abandoned.
  void Push(fetch::CrawlEvent&& e) {
    std::unique_lock<std::mutex> lock(mu_);
    space_.wait(lock, [&] { return bytes_ < kMaxQueuedBytes || abandoned_; });
    if (abandoned_) return;
    bytes_ += e.response.body.size();
    events_.push_back(std::move(e));
    if (events_.size() == 1 || events_.size() == kBatchEvents) ready_.notify_one();
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
  // Waits for a batch (kBatchEvents, or what came within kBatchWait of the first) and
  // moves at most kBatchEvents into `out`; false once closed and drained.
  bool Pop(std::deque<fetch::CrawlEvent>* out) {
    std::unique_lock<std::mutex> lock(mu_);
    ready_.wait(lock, [&] { return !events_.empty() || closed_; });
    if (events_.empty()) return false;
    ready_.wait_for(lock, kBatchWait, [&] { return events_.size() >= kBatchEvents || closed_; });
    size_t take = std::min(events_.size(), kBatchEvents);
    for (size_t i = 0; i < take; ++i) {
      bytes_ -= events_.front().response.body.size();
      out->push_back(std::move(events_.front()));
      events_.pop_front();
    }
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

// One source's share of the tally, for its source_fetched event.
struct SourceCounts {
  int pages = 0;
  int articles_new = 0;
};

// Stores crawl events: the fetch log, feed entries, documents, per-page state, articles.
class FetchStore {
 public:
  FetchStore(Session& session, const SourceList& sources, bool extract, SourceTally* tally)
      : session_(session),
        sources_(sources),
        extract_(extract),
        states_(sources.size()),
        failures_(sources.size()),
        counts_(sources.size()),
        tally_(tally) {}

  core::Result<std::vector<fetch::SourceSpec>> Specs();
  core::Status Persist(std::deque<fetch::CrawlEvent>& events);
  // Counts each source as ok or failed and lists the failures.
  void Finish();
  std::string ProgressLine() const;

 private:
  void PlanListing(const fetch::CrawlEvent& e, store::FetchBatch* batch, std::string* problem);
  bool PlanPage(fetch::CrawlEvent& e, store::FetchBatch* batch, std::string* problem);
  void PlanLog(const fetch::CrawlEvent& e, const std::string& problem, store::FetchBatch* batch);
  core::Status Extract(fetch::CrawlEvent& e, const store::FetchBatch::Page& page,
                       int64_t document_id);
  void Fail(size_t source, const std::string& url, const std::string& why) {
    failures_[source].emplace_back(url, sources_[source].first->name + ": " + url + ": " + why);
  }

  Session& session_;
  const SourceList& sources_;
  bool extract_;
  std::vector<std::unordered_map<std::string, store::UrlState>> states_;    // by canonical URL
  std::vector<std::vector<std::pair<std::string, std::string>>> failures_;  // (URL, line)
  std::vector<SourceCounts> counts_;
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

core::Status FetchStore::Persist(std::deque<fetch::CrawlEvent>& events) {
  store::FetchBatch batch;
  std::vector<std::pair<size_t, size_t>> stored;  // (event, page) of new bytes
  for (size_t i = 0; i < events.size(); ++i) {
    fetch::CrawlEvent& e = events[i];
    for (const fetch::Attempt& a : e.response.attempts) tally_->bytes += a.bytes;
    std::string problem;
    if (e.kind == fetch::CrawlEvent::Kind::kListing) {
      PlanListing(e, &batch, &problem);
    } else if (PlanPage(e, &batch, &problem)) {
      stored.emplace_back(i, batch.pages.size() - 1);
    }
    PlanLog(e, problem, &batch);
    if (!problem.empty()) Fail(e.source, e.url, problem);
  }
  auto written = session_.store->PutFetchBatch(session_.run_id, batch);
  if (!written.ok()) return written.status();
  for (auto [event, page] : stored) {
    const store::DocumentWriteResult& result = (*written)[page];
    if (result.new_document) ++tally_->documents_new;
    if (extract_) {
      if (StopRequested()) continue;  // stored; the next run makes its article
      NR_RETURN_IF_ERROR(Extract(events[event], batch.pages[page], result.document_id));
    } else if (!result.new_document) {
      ++tally_->articles_unchanged;
    }
  }
  return core::Status::Ok();
}

void FetchStore::PlanListing(const fetch::CrawlEvent& e, store::FetchBatch* batch,
                             std::string* problem) {
  if (!e.status.ok()) {
    *problem = e.status.message();
    return;
  }
  store::FetchBatch::Listed listed{sources_[e.source].second, {}};
  for (const fetch::FeedItem& item : e.listing.items) {
    auto url = fetch::CanonicalUrl(item.url);
    if (url.ok()) listed.items.push_back({*url, item.title, item.published, item.guid, e.url});
  }
  batch->listings.push_back(std::move(listed));
}

// Plans a page's writes; true when its bytes are new and go into the batch as a document.
bool FetchStore::PlanPage(fetch::CrawlEvent& e, store::FetchBatch* batch, std::string* problem) {
  fetch::Response& r = e.response;
  if ((r.status >= 200 && r.status < 300) || r.not_modified) {
    ++tally_->pages_fetched;
    ++counts_[e.source].pages;
  }
  if (!e.status.ok()) {
    *problem = e.status.message();
    ++tally_->documents_failed;
    return false;
  }
  store::FetchBatch::Page page;
  page.source_id = sources_[e.source].second;
  page.save_state = true;
  store::UrlState& state = page.state;
  state = states_[e.source][e.url];
  state.url = e.url;
  state.final_url = r.final_url;
  state.status = r.status;
  if (!r.not_modified || !r.etag.empty()) state.etag = r.etag;  // a 304 may leave them out
  if (!r.not_modified || !r.last_modified.empty()) state.last_modified = r.last_modified;
  if (r.not_modified || e.hash == state.content_hash) {  // nothing new: not processed again
    ++tally_->articles_unchanged;
    batch->pages.push_back(std::move(page));
    return false;
  }
  core::Document& doc = page.document;
  doc.url = e.url;  // the canonical URL asked for; after a redirect, where it led
  if (r.final_url != r.url) {
    auto document_url = fetch::CanonicalUrl(r.final_url);
    if (document_url.ok()) doc.url = *document_url;
  }
  doc.format = fetch::FormatOf(e.text_kind);
  doc.charset = e.text.charset;
  doc.charset_from = e.text.source;
  doc.replaced = static_cast<int64_t>(e.text.replaced);
  doc.hash = e.hash;
  if (e.text.text != r.body) doc.text = e.text.text;
  doc.body = std::move(r.body);
  page.store_document = true;
  state.content_hash = e.hash;
  batch->pages.push_back(std::move(page));
  return true;
}

void FetchStore::PlanLog(const fetch::CrawlEvent& e, const std::string& problem,
                         store::FetchBatch* batch) {
  int64_t source_id = sources_[e.source].second;
  size_t first = batch->log.size();
  for (const fetch::Attempt& a : e.response.attempts) {
    batch->log.push_back(
        {session_.run_id, source_id, a.url, a.status, a.bytes, a.elapsed_ms, a.error, "", ""});
  }
  std::string final_url = e.response.final_url.empty() ? e.url : e.response.final_url;
  if (batch->log.size() > first && batch->log.back().url == final_url) {
    store::FetchLogEntry& last = batch->log.back();
    last.etag = e.response.etag;
    last.last_modified = e.response.last_modified;
    if (!problem.empty()) last.error = problem;
  } else if (!problem.empty()) {  // never on the wire (bad URL, robots.txt): still recorded
    batch->log.push_back({session_.run_id, source_id, e.url, 0, 0, 0, problem, "", ""});
  }
}

core::Status FetchStore::Extract(fetch::CrawlEvent& e, const store::FetchBatch::Page& page,
                                 int64_t document_id) {
  const core::Document& doc = page.document;
  ingest::RawPage raw;
  raw.bytes = doc.body;
  raw.url = doc.url;
  raw.where = e.url;
  raw.published = e.item.published;
  raw.published_from = "feed";
  raw.source_id = page.source_id;
  raw.document_id = document_id;
  raw.read = fetch::PageText{e.text_kind, std::move(e.text)};  // as the crawler read it
  auto outcome = session_.pipeline().ingestor().Process(raw);
  if (!outcome.ok()) return outcome.status();
  NoteOutcome(session_.pipeline(), *outcome, e.url);
  const std::string& source = sources_[e.source].first->name;
  switch (outcome->kind) {
    case ingest::OutcomeKind::kRejected:
      // Stored as a reject with its reason; listed once, as the page is not taken up again.
      tally_->rejects.push_back(source + ": " + e.url + ": " + outcome->why);
      return core::Status::Ok();
    case ingest::OutcomeKind::kBadInput:
      ++tally_->documents_failed;
      Fail(e.source, e.url, outcome->why);
      return core::Status::Ok();
    case ingest::OutcomeKind::kUnchanged:
      ++tally_->articles_unchanged;
      break;
    case ingest::OutcomeKind::kStored:
    case ingest::OutcomeKind::kRevised:
      ++tally_->articles_new;
      ++counts_[e.source].articles_new;
      break;
  }
  if (outcome->canonical_url.empty()) return core::Status::Ok();
  return session_.store->SetCanonicalUrl(page.source_id, e.url, outcome->canonical_url);
}

void FetchStore::Finish() {
  // Listed by source as the config orders them, then by URL: stable whatever finished first.
  for (size_t i = 0; i < failures_.size(); ++i) {
    auto& failures = failures_[i];
    (failures.empty() ? tally_->sources_ok : tally_->sources_failed)++;
    const SourceCounts& c = counts_[i];
    LogSource(*session_.log, sources_[i].first->name, c.pages, c.articles_new,
              static_cast<int>(failures.size()));
    std::sort(failures.begin(), failures.end());
    for (auto& [url, line] : failures) tally_->failures.push_back(std::move(line));
  }
}

std::string FetchStore::ProgressLine() const {
  return "fetch: " + std::to_string(tally_->pages_fetched) + " page(s), " +
         std::to_string(tally_->documents_new) + " new document(s), " +
         std::to_string(tally_->articles_new) + " new article(s), " +
         std::to_string(tally_->articles_unchanged) + " unchanged, " +
         std::to_string(tally_->documents_failed) + " failed, " + HumanBytes(tally_->bytes);
}

}  // namespace

core::Status StoreFetchedSources(Session& session, const fetch::FetchOptions& options,
                                 const SourceList& sources, bool extract, Io& io,
                                 SourceTally* tally) {
  FetchStore store(session, sources, extract, tally);
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
  while (status.ok() && !StopRequested() && queue.Pop(&batch)) {
    status = store.Persist(batch);
    batch.clear();
    progress.Update(store.ProgressLine());
  }
  if (!status.ok() || StopRequested()) {
    cancel = true;
    queue.Abandon();
  }
  worker.join();
  progress.Done();
  store.Finish();
  return status.ok() ? crawl_status : status;
}

}  // namespace newsrecon::cli
