// HostTable: round-robin over hosts, each with its own cap, spacing and pause.
#include "fetch/hosts.h"

#include <algorithm>

namespace newsrecon::fetch {

int SpacingMs(const Host& host, const Job& job) {
  return std::max(job.request.policy.delay_ms,
                  host.robots.CrawlDelayMs(job.request.policy.user_agent));
}

Host& HostTable::Get(const std::string& key) {
  auto [it, added] = hosts_.try_emplace(key);
  if (added) order_.push_back(&it->second);
  return it->second;
}

Job* HostTable::NextReady(Clock::time_point now, int max_per_host, Clock::time_point* wake) {
  for (size_t i = 0; i < order_.size(); ++i) {
    size_t index = (next_ + i) % order_.size();
    Host& host = *order_[index];
    if (host.queue.empty() || host.active >= max_per_host) continue;
    Job* job = host.queue.front();
    int spacing = SpacingMs(host, *job);
    Clock::time_point ready = host.last_start + std::chrono::milliseconds(spacing);
    if (host.last_start == Clock::time_point{}) ready = now;
    ready = std::max(ready, host.not_before);
    if (ready > now) {
      *wake = std::min(*wake, ready);
      continue;
    }
    host.queue.pop_front();
    next_ = (index + 1) % order_.size();
    return job;
  }
  return nullptr;
}

void HostTable::Clear() {
  for (Host* host : order_) {
    host->queue.clear();
    host->parked.clear();
  }
}

}  // namespace newsrecon::fetch
