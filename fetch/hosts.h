// Per-host politeness: queues, transfers in flight, spacing between starts, Retry-After
// pauses and the host's robots.txt. Internal to fetch/.
#ifndef NEWSRECON_FETCH_HOSTS_H_
#define NEWSRECON_FETCH_HOSTS_H_

#include <deque>
#include <map>
#include <string>
#include <vector>

#include "fetch/job.h"
#include "fetch/robots.h"

namespace newsrecon::fetch {

struct Host {
  enum class RobotsState { kUnknown, kFetching, kKnown };

  std::deque<Job*> queue;    // may start once capacity and spacing allow
  std::vector<Job*> parked;  // waiting for robots.txt
  int active = 0;
  Clock::time_point last_start{};
  Clock::time_point not_before{};  // a Retry-After pause for the whole host
  RobotsState robots_state = RobotsState::kUnknown;
  Robots robots;
};

// The spacing between starts of requests to `host` for `job`: its policy's delay, or the
// host's robots.txt Crawl-delay when longer.
int SpacingMs(const Host& host, const Job& job);

class HostTable {
 public:
  // The host for a key, created empty on first use. References stay valid.
  Host& Get(const std::string& key);

  // Pops the next job that may start at `now`, taking hosts in turn; null when none may.
  // Lowers `wake` to the earliest time a job held back only by spacing could start.
  Job* NextReady(Clock::time_point now, int max_per_host, Clock::time_point* wake);

  // Drops every queued and parked job (cancellation).
  void Clear();

 private:
  std::map<std::string, Host> hosts_;
  std::vector<Host*> order_;
  size_t next_ = 0;
};

}  // namespace newsrecon::fetch

#endif  // NEWSRECON_FETCH_HOSTS_H_
