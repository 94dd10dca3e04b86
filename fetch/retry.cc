// Retry classification, backoff with jitter, Retry-After and status texts.
#include "fetch/retry.h"

#include <curl/curl.h>

#include <algorithm>
#include <charconv>

namespace newsrecon::fetch {

bool IsRetryableStatus(int status) {
  if (status == 429) return true;
  return status >= 500 && status <= 599 && status != 501 && status != 505;
}

bool IsTransientCurlError(int curl_code) {
  switch (static_cast<CURLcode>(curl_code)) {
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_CONNECT:
    case CURLE_OPERATION_TIMEDOUT:
    case CURLE_GOT_NOTHING:
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_PARTIAL_FILE:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
    case CURLE_SSL_CONNECT_ERROR:
      return true;
    default:
      return false;
  }
}

int64_t BackoffMs(int retry, int base_ms, std::mt19937_64& rng) {
  int64_t base = std::max(base_ms, 0);
  int64_t full = base << std::clamp(retry - 1, 0, 6);
  if (full <= 1) return full;
  std::uniform_int_distribution<int64_t> pick(full / 2, full);
  return pick(rng);
}

int64_t RetryAfterMs(std::string_view value, std::time_t now) {
  size_t b = value.find_first_not_of(" \t");
  size_t e = value.find_last_not_of(" \t");
  if (b == std::string_view::npos) return -1;
  value = value.substr(b, e - b + 1);
  int64_t seconds = 0;
  auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), seconds);
  if (ec == std::errc() && end == value.data() + value.size()) {
    return seconds < 0 ? -1 : std::min<int64_t>(seconds, 86400 * 7) * 1000;
  }
  std::string date(value);
  std::time_t at = curl_getdate(date.c_str(), nullptr);
  if (at == -1) return -1;
  return at <= now ? 0 : static_cast<int64_t>(at - now) * 1000;
}

std::string HttpStatusText(int status) {
  const char* phrase = nullptr;
  switch (status) {
    case 200:
      phrase = "OK";
      break;
    case 204:
      phrase = "No Content";
      break;
    case 301:
      phrase = "Moved Permanently";
      break;
    case 302:
      phrase = "Found";
      break;
    case 303:
      phrase = "See Other";
      break;
    case 304:
      phrase = "Not Modified";
      break;
    case 307:
      phrase = "Temporary Redirect";
      break;
    case 308:
      phrase = "Permanent Redirect";
      break;
    case 400:
      phrase = "Bad Request";
      break;
    case 401:
      phrase = "Unauthorized";
      break;
    case 403:
      phrase = "Forbidden";
      break;
    case 404:
      phrase = "Not Found";
      break;
    case 405:
      phrase = "Method Not Allowed";
      break;
    case 406:
      phrase = "Not Acceptable";
      break;
    case 408:
      phrase = "Request Timeout";
      break;
    case 410:
      phrase = "Gone";
      break;
    case 429:
      phrase = "Too Many Requests";
      break;
    case 451:
      phrase = "Unavailable For Legal Reasons";
      break;
    case 500:
      phrase = "Internal Server Error";
      break;
    case 501:
      phrase = "Not Implemented";
      break;
    case 502:
      phrase = "Bad Gateway";
      break;
    case 503:
      phrase = "Service Unavailable";
      break;
    case 504:
      phrase = "Gateway Timeout";
      break;
    default:
      break;
  }
  std::string out = "HTTP " + std::to_string(status);
  return phrase == nullptr ? out : out + " " + phrase;
}

}  // namespace newsrecon::fetch
