// Transfer: one easy handle, its request headers, and what came back.
#include "fetch/transfer.h"

#include <algorithm>

#include "fetch/retry.h"
#include "fetch/url.h"

namespace newsrecon::fetch {
namespace {

constexpr int64_t kRobotsMaxBytes = 512 * 1024;  // RFC 9309 asks for at least 500 KiB

std::string Trim(std::string_view s) {
  size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return "";
  size_t e = s.find_last_not_of(" \t\r\n");
  return std::string(s.substr(b, e - b + 1));
}

int64_t MaxBody(const Job& job) {
  return job.robots ? kRobotsMaxBytes : std::max<int64_t>(job.request.policy.max_body_bytes, 0);
}

}  // namespace

std::string FindHeader(const std::vector<std::pair<std::string, std::string>>& headers,
                       std::string_view name) {
  for (auto it = headers.rbegin(); it != headers.rend(); ++it) {
    if (it->first == name) return it->second;
  }
  return "";
}

std::unique_ptr<Transfer> Transfer::Create(Job* job) {
  std::unique_ptr<Transfer> t(new Transfer(job));
  t->easy_.reset(curl_easy_init());
  if (!t->easy_ || !t->Setup()) return nullptr;
  t->started_ = Clock::now();
  return t;
}

bool Transfer::Setup() {
  CURL* e = easy_.get();
  const RequestPolicy& p = job_->request.policy;
  bool ok = true;
  auto set = [&](CURLoption option, auto value) {
    ok = ok && curl_easy_setopt(e, option, value) == CURLE_OK;
  };
  set(CURLOPT_URL, job_->url.c_str());
  set(CURLOPT_PROTOCOLS_STR, "http,https");
  set(CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
  set(CURLOPT_FOLLOWLOCATION, job_->robots ? 1L : 0L);
  set(CURLOPT_MAXREDIRS, 5L);
  set(CURLOPT_USERAGENT, p.user_agent.c_str());
  set(CURLOPT_ACCEPT_ENCODING, "gzip, deflate, br");
  set(CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(p.connect_timeout_ms));
  set(CURLOPT_TIMEOUT_MS, static_cast<long>(p.timeout_ms));
  set(CURLOPT_NOSIGNAL, 1L);
  if (!job_->robots) set(CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(MaxBody(*job_)));
  set(CURLOPT_WRITEFUNCTION, &Transfer::OnBody);
  set(CURLOPT_WRITEDATA, this);
  set(CURLOPT_HEADERFUNCTION, &Transfer::OnHeader);
  set(CURLOPT_HEADERDATA, this);
  set(CURLOPT_ERRORBUFFER, error_);
  set(CURLOPT_PRIVATE, this);
  curl_slist* list = curl_slist_append(
      nullptr, job_->robots ? "Accept: text/plain, */*;q=0.5"
                            : "Accept: text/html, application/xhtml+xml, application/xml;q=0.9, "
                              "*/*;q=0.8");
  request_headers_.reset(list);
  auto add = [&](const std::string& header) {
    curl_slist* grown = curl_slist_append(request_headers_.get(), header.c_str());
    if (grown == nullptr) ok = false;
  };
  if (!job_->request.etag.empty()) add("If-None-Match: " + job_->request.etag);
  if (!job_->request.last_modified.empty())
    add("If-Modified-Since: " + job_->request.last_modified);
  set(CURLOPT_HTTPHEADER, request_headers_.get());
  return ok && list != nullptr;
}

size_t Transfer::OnBody(char* data, size_t size, size_t count, void* self) {
  auto* t = static_cast<Transfer*>(self);
  size_t n = size * count;
  int64_t limit = MaxBody(*t->job_);
  if (static_cast<int64_t>(t->body_.size() + n) > limit) {
    t->body_.append(data, static_cast<size_t>(limit) - t->body_.size());
    t->too_large_ = true;
    return 0;  // aborts the transfer with CURLE_WRITE_ERROR
  }
  t->body_.append(data, n);
  return n;
}

size_t Transfer::OnHeader(char* data, size_t size, size_t count, void* self) {
  auto* t = static_cast<Transfer*>(self);
  size_t n = size * count;
  std::string_view line(data, n);
  if (line.substr(0, 5) == "HTTP/") {
    t->headers_.clear();  // a new response (after 1xx, or a redirect libcurl followed)
    t->body_.clear();
    return n;
  }
  size_t colon = line.find(':');
  if (colon == std::string_view::npos) return n;
  std::string name = Trim(line.substr(0, colon));
  std::transform(name.begin(), name.end(), name.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  std::string value = Trim(line.substr(colon + 1));
  if (name == "content-length") {
    int64_t length = std::atoll(value.c_str());
    if (length > 0) t->body_.reserve(static_cast<size_t>(std::min(length, MaxBody(*t->job_))));
  }
  t->headers_.emplace_back(std::move(name), std::move(value));
  return n;
}

Attempt Transfer::Finish(CURLcode code) {
  code_ = code;
  long status = 0;
  curl_easy_getinfo(easy_.get(), CURLINFO_RESPONSE_CODE, &status);
  status_ = static_cast<int>(status);
  Attempt a;
  a.url = job_->url;
  a.status = status_;
  a.bytes = static_cast<int64_t>(body_.size());
  a.elapsed_ms =
      std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - started_).count();
  if (code != CURLE_OK) {
    a.error = ErrorText();
  } else if (status_ >= 400 && !(job_->robots && status_ < 500 && status_ != 429)) {
    a.error = HttpStatusText(status_);  // a robots.txt 4xx is no failure: nothing is disallowed
  }
  return a;
}

std::string Transfer::ErrorText() const {
  const RequestPolicy& p = job_->request.policy;
  std::string host = HostKey(job_->url);
  host = host.substr(std::min(host.size(), host.find("://") + 3));
  switch (code_) {
    case CURLE_OPERATION_TIMEDOUT: {
      curl_off_t connected = 0;
      curl_easy_getinfo(easy_.get(), CURLINFO_CONNECT_TIME_T, &connected);
      if (connected == 0) {
        return "no connection to " + host + " within " +
               std::to_string(std::min(p.connect_timeout_ms, p.timeout_ms)) + " ms";
      }
      return "timed out after " + std::to_string(p.timeout_ms) + " ms";
    }
    case CURLE_COULDNT_CONNECT:
      return "cannot connect to " + host;
    case CURLE_COULDNT_RESOLVE_HOST:
      return "cannot resolve host " + host;
    case CURLE_FILESIZE_EXCEEDED:
      return "body larger than the " + std::to_string(MaxBody(*job_)) + "-byte limit";
    case CURLE_TOO_MANY_REDIRECTS:
      return "more than 5 redirects";
    default:
      break;
  }
  if (code_ == CURLE_WRITE_ERROR && too_large_) {
    std::string encoding = FindHeader(headers_, "content-encoding");
    return "body larger than the " + std::to_string(MaxBody(*job_)) + "-byte limit" +
           (encoding.empty() || encoding == "identity" ? "" : " after decompression");
  }
  std::string text = curl_easy_strerror(code_);
  if (error_[0] != '\0') text += std::string(": ") + error_;
  return text;
}

std::string Transfer::RedirectUrl() const {
  char* url = nullptr;
  curl_easy_getinfo(easy_.get(), CURLINFO_REDIRECT_URL, &url);
  return url == nullptr ? "" : url;
}

}  // namespace newsrecon::fetch
