// Fetcher: the multi-interface loop, with scheduling, robots.txt, retries and redirects.
#include "fetch/fetcher.h"

#include <curl/curl.h>

#include <algorithm>
#include <ctime>
#include <map>
#include <random>
#include <unordered_map>

#include "fetch/hosts.h"
#include "fetch/retry.h"
#include "fetch/transfer.h"
#include "fetch/url.h"

namespace newsrecon::fetch {
namespace {

struct MultiCleanup {
  void operator()(CURLM* m) const { curl_multi_cleanup(m); }
};

constexpr auto kMaxPoll = std::chrono::milliseconds(100);
// With shared politeness, reading a host's robots.txt holds the host's next start this
// long at least, so that other processes wanting it wait for the one reading it instead
// of reading it too (it is saved for them as soon as it is read).
constexpr int kRobotsHoldMs = 1000;
// With shared politeness, how long a process whose host's slots are all held by others
// waits before asking again, and how much longer than a transfer may last its slot's
// lease lasts (curl ends a transfer at its timeout, so a live holder never loses a slot).
constexpr int kSlotPollMs = 50;
constexpr int64_t kLeaseMarginMs = 10000;

bool IsRedirect(int status) {
  return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

std::string Attempts(const Job& job) {
  return job.tries > 1 ? " (after " + std::to_string(job.tries) + " attempts)" : "";
}

}  // namespace

std::string Response::Header(std::string_view name) const { return FindHeader(headers, name); }

struct Fetcher::Impl {
  explicit Impl(FetchOptions o) : options(std::move(o)), multi(curl_multi_init()) {
    options.max_connections = std::max(options.max_connections, 1);
    options.max_per_host = std::max(options.max_per_host, 1);
    if (!multi) return;
    curl_multi_setopt(multi.get(), CURLMOPT_MAX_HOST_CONNECTIONS,
                      static_cast<long>(options.max_per_host));
    curl_multi_setopt(multi.get(), CURLMOPT_MAX_TOTAL_CONNECTIONS,
                      static_cast<long>(options.max_connections));
    curl_multi_setopt(multi.get(), CURLMOPT_MAXCONNECTS,
                      static_cast<long>(options.max_connections));
  }
  ~Impl() {
    for (auto& [easy, transfer] : running) curl_multi_remove_handle(multi.get(), easy);
  }

  Job* NewJob(Request request, Callback done);
  void Route(Job* job);
  void Gate(Job* job, Host& host);
  void StartRobots(Job* trigger, Host& host);
  bool Dispatch(Clock::time_point now, Clock::time_point* wake);
  void OnDone(CURL* easy, CURLcode code);
  bool MaybeRetry(Job* job, Transfer& t, Host& host, std::string* why_not);
  bool FollowRedirect(Job* job, Transfer& t, std::string* error);
  void Succeed(Job* job, Transfer& t);
  void Complete(Job* job, core::Status error);
  void RobotsDone(Job* job, Transfer& t, Host& host);
  void FinishRobots(Job* job, Host& host, Robots robots);
  bool LoadSavedRobots(const std::string& key, Robots* robots);
  bool SharedTurn(Job* job, Host& host, Clock::time_point now, Clock::time_point* wake);
  void ReleaseSlot(Job* job);
  bool ReadDone();
  void PromoteDelayed(Clock::time_point now, Clock::time_point* wake);

  FetchOptions options;
  std::unique_ptr<CURLM, MultiCleanup> multi;
  std::unordered_map<uint64_t, std::unique_ptr<Job>> jobs;
  std::vector<Job*> incoming;
  HostTable hosts;
  std::multimap<Clock::time_point, Job*> delayed;  // retries waiting for their time
  std::unordered_map<CURL*, std::unique_ptr<Transfer>> running;
  std::mt19937_64 rng{std::random_device{}()};
  uint64_t next_id = 1;
  int64_t bytes = 0;
};

Job* Fetcher::Impl::NewJob(Request request, Callback done) {
  auto job = std::make_unique<Job>();
  job->id = next_id++;
  job->url = request.url;
  job->visited.push_back(request.url);
  job->request = std::move(request);
  job->done = std::move(done);
  job->added = Clock::now();
  Job* raw = job.get();
  jobs.emplace(raw->id, std::move(job));
  return raw;
}

void Fetcher::Impl::Route(Job* job) {
  std::string scheme = SchemeOf(job->url);
  if (scheme != "http" && scheme != "https") {
    return Complete(job, core::BadInput(scheme.empty() ? "not a valid URL"
                                                       : "unsupported scheme '" + scheme + "'"));
  }
  job->host = HostKey(job->url);
  if (job->host.empty()) return Complete(job, core::BadInput("not a valid URL"));
  Host& host = hosts.Get(job->host);
  if (job->request.policy.respect_robots && host.robots_state == Host::RobotsState::kUnknown &&
      LoadSavedRobots(job->host, &host.robots)) {
    host.robots_state = Host::RobotsState::kKnown;
  }
  if (!job->request.policy.respect_robots || host.robots_state == Host::RobotsState::kKnown) {
    return Gate(job, host);
  }
  host.parked.push_back(job);
  if (host.robots_state == Host::RobotsState::kUnknown) StartRobots(job, host);
}

void Fetcher::Impl::Gate(Job* job, Host& host) {
  if (job->request.policy.respect_robots &&
      !host.robots.Allowed(job->request.policy.user_agent, PathAndQuery(job->url))) {
    if (!host.robots.unavailable().empty()) {
      return Complete(job, core::BadInput(host.robots.unavailable()));
    }
    return Complete(job, core::BadInput("disallowed by robots.txt"));
  }
  host.queue.push_back(job);
}

void Fetcher::Impl::StartRobots(Job* trigger, Host& host) {
  host.robots_state = Host::RobotsState::kFetching;
  auto url = ResolveUrl(trigger->url, "/robots.txt");  // the default port left out
  Request request{url.ok() ? *url : trigger->host + "/robots.txt", "", "", trigger->request.policy};
  Job* job = NewJob(std::move(request), nullptr);
  job->robots = true;
  job->trigger = trigger;
  job->host = trigger->host;
  host.queue.push_front(job);
}

bool Fetcher::Impl::Dispatch(Clock::time_point now, Clock::time_point* wake) {
  bool started = false;
  while (running.size() < static_cast<size_t>(options.max_connections)) {
    Job* job = hosts.NextReady(now, options.max_per_host, wake);
    if (job == nullptr) break;
    Host& host = hosts.Get(job->host);
    if (options.shared && !SharedTurn(job, host, now, wake)) continue;
    std::unique_ptr<Transfer> t = Transfer::Create(job);
    if (!t || curl_multi_add_handle(multi.get(), t->easy()) != CURLM_OK) {
      if (options.shared) ReleaseSlot(job);
      const char* why = "libcurl could not start a transfer";
      if (job->robots)
        FinishRobots(job, host, Robots::DisallowAll(why));
      else
        Complete(job, core::Internal(why));
      continue;
    }
    ++job->tries;
    ++host.active;
    host.last_start = now;
    running.emplace(t->easy(), std::move(t));
    started = true;
  }
  return started;
}

void Fetcher::Impl::PromoteDelayed(Clock::time_point now, Clock::time_point* wake) {
  while (!delayed.empty() && delayed.begin()->first <= now) {
    Job* job = delayed.begin()->second;
    delayed.erase(delayed.begin());
    hosts.Get(job->host).queue.push_front(job);
  }
  if (!delayed.empty()) *wake = std::min(*wake, delayed.begin()->first);
}

bool Fetcher::Impl::LoadSavedRobots(const std::string& key, Robots* robots) {
  if (!options.shared) return false;
  std::optional<std::string> saved = options.shared->LoadRobots(key);
  if (!saved) return false;
  *robots = Robots::FromSaved(*saved);
  return true;
}

// The other processes' part in whether `job` starts now: a robots.txt one of them saved
// meanwhile ends a robots.txt job without a transfer, and a request waits for the host's
// shared start time (the job goes back to the front of its host's queue).
bool Fetcher::Impl::SharedTurn(Job* job, Host& host, Clock::time_point now,
                               Clock::time_point* wake) {
  Robots saved;
  if (job->robots && LoadSavedRobots(job->host, &saved)) {
    FinishRobots(job, host, std::move(saved));
    return false;
  }
  // A slot first, then the start time: a start is not spent on a transfer with no slot.
  const RequestPolicy& p = job->request.policy;
  int64_t lease_ms = std::max(p.timeout_ms, p.connect_timeout_ms) + kLeaseMarginMs;
  job->slot = options.shared->TakeSlot(job->host, options.max_per_host, lease_ms);
  int64_t wait_ms = kSlotPollMs;
  if (job->slot >= 0) {
    int spacing = SpacingMs(host, *job);
    if (job->robots) spacing = std::max(spacing, kRobotsHoldMs);
    wait_ms = spacing > 0 ? options.shared->ClaimStart(job->host, spacing) : 0;
    if (wait_ms <= 0) return true;
    ReleaseSlot(job);
  }
  host.queue.push_front(job);
  host.not_before = std::max(host.not_before, now + std::chrono::milliseconds(wait_ms));
  *wake = std::min(*wake, host.not_before);
  return false;
}

void Fetcher::Impl::ReleaseSlot(Job* job) {
  if (job->slot < 0) return;
  options.shared->ReleaseSlot(job->host, job->slot);
  job->slot = -1;
}

bool Fetcher::Impl::ReadDone() {
  bool any = false;
  int left = 0;
  while (CURLMsg* msg = curl_multi_info_read(multi.get(), &left)) {
    if (msg->msg != CURLMSG_DONE) continue;
    OnDone(msg->easy_handle, msg->data.result);
    any = true;
  }
  return any;
}

void Fetcher::Impl::OnDone(CURL* easy, CURLcode code) {
  auto it = running.find(easy);
  if (it == running.end()) return;
  std::unique_ptr<Transfer> t = std::move(it->second);
  running.erase(it);
  curl_multi_remove_handle(multi.get(), easy);
  Job* job = t->job();
  Host& host = hosts.Get(job->host);
  --host.active;
  if (options.shared) ReleaseSlot(job);
  Attempt attempt = t->Finish(code);
  bytes += attempt.bytes;
  (job->robots ? job->trigger : job)->response.attempts.push_back(attempt);
  if (job->robots) return RobotsDone(job, *t, host);
  std::string error;
  if (MaybeRetry(job, *t, host, &error)) return;
  if (!error.empty()) return Complete(job, core::BadInput(error));
  if (code != CURLE_OK) return Complete(job, core::BadInput(attempt.error + Attempts(*job)));
  job->response.status = t->status();
  if (IsRedirect(t->status())) {
    if (FollowRedirect(job, *t, &error)) return;
    return Complete(job, core::BadInput(error));
  }
  if (t->status() >= 400 || (t->status() >= 300 && t->status() != 304)) {
    return Complete(job, core::BadInput(HttpStatusText(t->status()) + Attempts(*job)));
  }
  Succeed(job, *t);
}

bool Fetcher::Impl::MaybeRetry(Job* job, Transfer& t, Host& host, std::string* why_not) {
  bool retryable = t.code() != CURLE_OK ? !t.too_large() && IsTransientCurlError(t.code())
                                        : IsRetryableStatus(t.status());
  if (!retryable || job->tries > job->request.policy.retries) return false;
  const RequestPolicy& p = job->request.policy;
  int64_t wait = BackoffMs(job->tries, p.backoff_ms, rng);
  int64_t after = RetryAfterMs(FindHeader(t.headers(), "retry-after"), std::time(nullptr));
  if (after > p.max_retry_after_ms) {
    *why_not = HttpStatusText(t.status()) + ": Retry-After of " + std::to_string(after / 1000) +
               " s is over the " + std::to_string(p.max_retry_after_ms / 1000) + " s limit";
    return false;
  }
  Clock::time_point now = Clock::now();
  if (after >= 0) {
    wait = std::max(wait, after);
    host.not_before = std::max(host.not_before, now + std::chrono::milliseconds(after));
  }
  delayed.emplace(now + std::chrono::milliseconds(wait), job);
  return true;
}

// Where a 3xx response sends `job`: an absolute http(s) URL, or "" with `error` set.
std::string RedirectTarget(const Job& job, Transfer& t, std::string* error) {
  std::string location = FindHeader(t.headers(), "location");
  if (location.empty()) {
    *error = HttpStatusText(t.status()) + " without a Location header";
    return "";
  }
  std::string given = SchemeOf(location);
  if (!given.empty() && given != "http" && given != "https") {
    *error = "redirect to unsupported scheme '" + given + "': " + location;
    return "";
  }
  std::string target = t.RedirectUrl();
  if (target.empty() || SchemeOf(location) != SchemeOf(target)) {
    auto resolved = ResolveUrl(job.url, location);
    if (!resolved.ok()) {
      *error = "redirect to an invalid URL: " + location;
      return "";
    }
    target = *resolved;
  }
  std::string scheme = SchemeOf(target);
  if (scheme != "http" && scheme != "https") {
    *error = "redirect to unsupported scheme '" + scheme + "': " + target;
    return "";
  }
  return target;
}

bool Fetcher::Impl::FollowRedirect(Job* job, Transfer& t, std::string* error) {
  std::string target = RedirectTarget(*job, t, error);
  if (target.empty()) return false;
  if (std::find(job->visited.begin(), job->visited.end(), target) != job->visited.end()) {
    *error = "redirect loop:";
    for (const std::string& hop : job->visited) *error += " " + hop + " ->";
    *error += " " + target;
    return false;
  }
  if (job->redirects >= job->request.policy.max_redirects) {
    *error = "more than " + std::to_string(job->request.policy.max_redirects) + " redirects";
    return false;
  }
  ++job->redirects;
  job->tries = 0;
  job->url = target;
  job->visited.push_back(target);
  Route(job);
  return true;
}

void Fetcher::Impl::Succeed(Job* job, Transfer& t) {
  Response& r = job->response;
  r.not_modified = t.status() == 304;
  r.headers = std::move(t.headers());
  r.content_type = FindHeader(r.headers, "content-type");
  r.etag = FindHeader(r.headers, "etag");
  r.last_modified = FindHeader(r.headers, "last-modified");
  if (!r.not_modified) r.body = std::move(t.body());
  Complete(job, core::Status::Ok());
}

void Fetcher::Impl::Complete(Job* job, core::Status error) {
  Response& r = job->response;
  r.url = job->request.url;
  r.final_url = job->url;
  r.error = std::move(error);
  r.elapsed_ms =
      std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - job->added).count();
  Callback done = std::move(job->done);
  Response response = std::move(r);
  jobs.erase(job->id);  // `job` is gone from here on
  if (done) done(std::move(response));
}

void Fetcher::Impl::RobotsDone(Job* job, Transfer& t, Host& host) {
  std::string ignored;
  if (MaybeRetry(job, t, host, &ignored)) return;
  int status = t.status();
  bool answered = t.code() == CURLE_OK || t.too_large();
  Robots robots;  // no robots.txt (3xx, 4xx): everything is allowed
  if (answered && status >= 200 && status < 300) {
    robots = Robots::Parse(t.body());
  } else if (!(answered && status >= 300 && status < 500 && status != 429) &&
             t.code() != CURLE_TOO_MANY_REDIRECTS) {
    const Attempt& last = job->trigger->response.attempts.back();
    std::string why = answered ? "robots.txt unavailable: " : "robots.txt unreachable: ";
    robots = Robots::DisallowAll(why + last.error + Attempts(*job));
  }
  if (options.shared) options.shared->SaveRobots(job->host, robots.saved());
  FinishRobots(job, host, std::move(robots));
}

void Fetcher::Impl::FinishRobots(Job* job, Host& host, Robots robots) {
  host.robots = std::move(robots);
  host.robots_state = Host::RobotsState::kKnown;
  std::vector<Job*> parked = std::move(host.parked);
  host.parked.clear();
  jobs.erase(job->id);
  for (Job* waiting : parked) Gate(waiting, host);
}

Fetcher::Fetcher(FetchOptions options) : impl_(std::make_unique<Impl>(std::move(options))) {}
Fetcher::~Fetcher() = default;

void Fetcher::Add(Request request, Callback done) {
  impl_->incoming.push_back(impl_->NewJob(std::move(request), std::move(done)));
}

int64_t Fetcher::bytes_received() const { return impl_->bytes; }

core::Status Fetcher::Run(const std::atomic<bool>* cancel) {
  Impl& m = *impl_;
  if (!m.multi) return core::Internal("libcurl could not create a multi handle");
  while (!m.jobs.empty()) {
    if (cancel != nullptr && cancel->load()) break;
    std::vector<Job*> incoming = std::move(m.incoming);
    m.incoming.clear();
    for (Job* job : incoming) m.Route(job);
    Clock::time_point now = Clock::now();
    Clock::time_point wake = now + kMaxPoll;
    m.PromoteDelayed(now, &wake);
    m.Dispatch(now, &wake);
    int still_running = 0;
    CURLMcode mc = curl_multi_perform(m.multi.get(), &still_running);
    if (mc != CURLM_OK) return core::Internal(std::string("libcurl: ") + curl_multi_strerror(mc));
    if (m.ReadDone() || !m.incoming.empty()) continue;
    auto wait = std::chrono::duration_cast<std::chrono::milliseconds>(wake - Clock::now());
    int timeout = static_cast<int>(std::clamp<int64_t>(wait.count(), 0, kMaxPoll.count()));
    mc = curl_multi_poll(m.multi.get(), nullptr, 0, timeout, nullptr);
    if (mc != CURLM_OK) return core::Internal(std::string("libcurl: ") + curl_multi_strerror(mc));
  }
  for (auto& [easy, transfer] : m.running) {
    curl_multi_remove_handle(m.multi.get(), easy);
    if (m.options.shared) m.ReleaseSlot(transfer->job());  // cancelled: free for the others
  }
  m.running.clear();
  m.hosts.Clear();
  m.delayed.clear();
  m.jobs.clear();
  return core::Status::Ok();
}

}  // namespace newsrecon::fetch
