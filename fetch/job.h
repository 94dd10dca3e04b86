// A request in flight inside the Fetcher: its current hop, tries and the response being
// built. Internal to fetch/.
#ifndef NEWSRECON_FETCH_JOB_H_
#define NEWSRECON_FETCH_JOB_H_

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include "fetch/fetcher.h"

namespace newsrecon::fetch {

using Clock = std::chrono::steady_clock;

struct Job {
  uint64_t id = 0;
  Request request;
  Fetcher::Callback done;
  Response response;
  std::string url;                   // the current hop
  std::string host;                  // HostKey(url)
  std::vector<std::string> visited;  // every hop so far, to refuse loops
  int redirects = 0;
  int tries = 0;  // attempts at the current hop
  Clock::time_point added;
  bool robots = false;     // fetches robots.txt for `host`
  Job* trigger = nullptr;  // robots: the request whose attempts list this fetch
  int slot = -1;           // the shared transfer slot of `host` its transfer holds
};

}  // namespace newsrecon::fetch

#endif  // NEWSRECON_FETCH_JOB_H_
