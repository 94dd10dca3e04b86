// The HTTP client: libcurl's multi interface running many transfers at once, politely.
//
// A Fetcher takes requests (Add) and runs them (Run) until none is left, calling each
// request's callback once with its Response. It keeps a cap on transfers overall and per
// host, spaces requests to one host by the policy's delay, reads each host's robots.txt
// once and honours it, retries 429, 5xx and transient network failures with exponential
// backoff and jitter (waiting at least as long as Retry-After asks), follows redirects
// itself (http and https only, loops refused), accepts gzip, deflate and br, caps the
// body (after decompression) and sends conditional GETs when given validators.
//
//   fetch::Fetcher fetcher(options);
//   fetcher.Add({.url = "https://example.com/a"}, [](fetch::Response&& r) {
//     if (r.error.ok()) Use(r.body); else Log(r.url, r.error.message());
//   });
//   core::Status s = fetcher.Run();  // fails only when libcurl itself does
#ifndef NEWSRECON_FETCH_FETCHER_H_
#define NEWSRECON_FETCH_FETCHER_H_

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/status.h"

namespace newsrecon::fetch {

// What one request may do; a source's settings override the defaults.
struct RequestPolicy {
  std::string user_agent = "newsrecon/0.1";
  int delay_ms = 0;  // between starts of requests to one host
  int connect_timeout_ms = 10000;
  int timeout_ms = 30000;           // the whole transfer, per attempt
  int retries = 2;                  // tries after the first, for 429, 5xx and network errors
  int backoff_ms = 500;             // the first retry's wait; doubles each time
  int max_retry_after_ms = 120000;  // a longer Retry-After fails the request instead
  int64_t max_body_bytes = 10 << 20;
  int max_redirects = 5;
  bool respect_robots = true;
};

// Politeness shared with other processes fetching for the same run (workers, on any
// machines): each host's robots.txt read once for all of them, one spacing of request
// starts per host over all of them, and one cap on transfers at once per host
// (max_per_host slots, each leased by one transfer). Called from Fetcher::Run's thread only.
class SharedHosts {
 public:
  virtual ~SharedHosts() = default;
  // The robots.txt another process saved for `host` (Robots::saved()); nullopt when none
  // has (or it cannot be read: the caller then reads robots.txt itself).
  virtual std::optional<std::string> LoadRobots(const std::string& host) = 0;
  virtual void SaveRobots(const std::string& host, const std::string& saved) = 0;
  // Takes the next start of a request to `host`, `spacing_ms` after the last one by any
  // process: 0 when it may start now, else the ms to wait before asking again.
  virtual int64_t ClaimStart(const std::string& host, int spacing_ms) = 0;
  // Takes one of `slots` transfer slots of `host` for at most `lease_ms` (a process killed
  // while holding one frees it when the lease runs out): its index, or -1 when every slot
  // is held (or they cannot be read: the caller then waits and asks again).
  virtual int TakeSlot(const std::string& host, int slots, int64_t lease_ms) = 0;
  // Frees a slot TakeSlot gave, as its transfer ends.
  virtual void ReleaseSlot(const std::string& host, int slot) = 0;
};

struct FetchOptions {
  int max_connections = 16;  // transfers at once, overall
  int max_per_host = 4;      // transfers at once to one scheme://host:port
  RequestPolicy policy;      // the default for requests
  std::shared_ptr<SharedHosts> shared;  // null: this process's politeness is all there is
};

struct Request {
  std::string url;
  std::string etag;           // sent as If-None-Match when not empty
  std::string last_modified;  // sent as If-Modified-Since when not empty
  RequestPolicy policy;
};

// One attempt on the wire (robots.txt fetches a request waited for are listed too).
struct Attempt {
  std::string url;
  int status = 0;     // HTTP status; 0 when no response arrived
  int64_t bytes = 0;  // body bytes received, after decompression
  int64_t elapsed_ms = 0;
  std::string error;  // why this attempt failed; empty for 2xx, 304 and redirects
};

struct Response {
  std::string url;        // as requested
  std::string final_url;  // after redirects
  int status = 0;         // of the last attempt; 0 when none answered
  core::Status error;     // ok when the final answer was 2xx or 304
  bool not_modified = false;
  std::vector<std::pair<std::string, std::string>> headers;  // names in lower case
  std::string content_type;                                  // the Content-Type header as sent
  std::string etag;                                          // validators for the next run
  std::string last_modified;
  std::string body;  // decompressed; empty unless 2xx
  std::vector<Attempt> attempts;
  int64_t elapsed_ms = 0;  // from Add() to the callback, waits included

  // The last value of header `name` (lower case), or "".
  std::string Header(std::string_view name) const;
};

class Fetcher {
 public:
  using Callback = std::function<void(Response&&)>;

  explicit Fetcher(FetchOptions options);
  ~Fetcher();
  Fetcher(const Fetcher&) = delete;
  Fetcher& operator=(const Fetcher&) = delete;

  // Queues a request; `done` is called once from Run(). May be called from callbacks.
  void Add(Request request, Callback done);

  // Runs until every request (including those callbacks add) is done. When `cancel` is
  // set it stops within about 100 ms and drops what is left, without calling callbacks.
  // Fails with kInternal only when libcurl's multi interface fails.
  core::Status Run(const std::atomic<bool>* cancel = nullptr);

  // Body bytes received so far, over all transfers.
  int64_t bytes_received() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace newsrecon::fetch

#endif  // NEWSRECON_FETCH_FETCHER_H_
