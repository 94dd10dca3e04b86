// One HTTP transfer: a libcurl easy handle set up for a Job, with its body and headers.
// Internal to fetch/.
#ifndef NEWSRECON_FETCH_TRANSFER_H_
#define NEWSRECON_FETCH_TRANSFER_H_

#include <curl/curl.h>

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "fetch/job.h"

namespace newsrecon::fetch {

struct EasyCleanup {
  void operator()(CURL* c) const { curl_easy_cleanup(c); }
};
struct ListFree {
  void operator()(curl_slist* l) const { curl_slist_free_all(l); }
};

class Transfer {
 public:
  // Sets up a GET of job->url under job->request's policy; robots.txt fetches follow
  // redirects inside libcurl, others get them back. Null when libcurl cannot make a handle.
  static std::unique_ptr<Transfer> Create(Job* job);
  Transfer(const Transfer&) = delete;
  Transfer& operator=(const Transfer&) = delete;

  CURL* easy() const { return easy_.get(); }
  Job* job() const { return job_; }

  // Call once libcurl says the transfer is done: the attempt as the fetch log records it.
  Attempt Finish(CURLcode code);

  int status() const { return status_; }
  CURLcode code() const { return code_; }
  bool too_large() const { return too_large_; }
  // Where a 3xx points, absolute; "" when it does not.
  std::string RedirectUrl() const;
  std::vector<std::pair<std::string, std::string>>& headers() { return headers_; }
  std::string& body() { return body_; }

 private:
  explicit Transfer(Job* job) : job_(job) {}
  bool Setup();
  std::string ErrorText() const;
  static size_t OnBody(char* data, size_t size, size_t count, void* self);
  static size_t OnHeader(char* data, size_t size, size_t count, void* self);

  Job* job_;
  std::unique_ptr<CURL, EasyCleanup> easy_;
  std::unique_ptr<curl_slist, ListFree> request_headers_;
  std::vector<std::pair<std::string, std::string>> headers_;
  std::string body_;
  bool too_large_ = false;
  int status_ = 0;
  CURLcode code_ = CURLE_OK;
  Clock::time_point started_;
  char error_[CURL_ERROR_SIZE] = {};
};

// The value of header `name` (lower case) in `headers`, last one wins; "" when absent.
std::string FindHeader(const std::vector<std::pair<std::string, std::string>>& headers,
                       std::string_view name);

}  // namespace newsrecon::fetch

#endif  // NEWSRECON_FETCH_TRANSFER_H_
