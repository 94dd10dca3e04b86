// When a failed request is tried again, and how long to wait first. Internal to fetch/.
#ifndef NEWSRECON_FETCH_RETRY_H_
#define NEWSRECON_FETCH_RETRY_H_

#include <cstdint>
#include <ctime>
#include <random>
#include <string>
#include <string_view>

namespace newsrecon::fetch {

// 429 and 5xx (but 501 Not Implemented and 505) may succeed later; other statuses will not.
bool IsRetryableStatus(int status);

// Network failures worth another try (timeouts, refused or reset connections, DNS hiccups).
bool IsTransientCurlError(int curl_code);

// The wait before retry number `retry` (1, 2, ...): base_ms doubled each time, capped at
// 64 x base_ms, with jitter: a uniform pick in [half, all] of it.
int64_t BackoffMs(int retry, int base_ms, std::mt19937_64& rng);

// A Retry-After header (delta seconds or an HTTP date) in milliseconds from `now`;
// -1 when absent or unreadable.
int64_t RetryAfterMs(std::string_view value, std::time_t now);

// "HTTP 404 Not Found"; the phrase is omitted for statuses without a standard one.
std::string HttpStatusText(int status);

}  // namespace newsrecon::fetch

#endif  // NEWSRECON_FETCH_RETRY_H_
