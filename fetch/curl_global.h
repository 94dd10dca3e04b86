// libcurl's process-wide state, held by one object in main().
#ifndef NEWSRECON_FETCH_CURL_GLOBAL_H_
#define NEWSRECON_FETCH_CURL_GLOBAL_H_

namespace newsrecon::fetch {

// Initialises libcurl on construction and cleans it up on destruction. Construct exactly
// one, before any thread starts.
class CurlGlobal {
 public:
  CurlGlobal();
  ~CurlGlobal();
  CurlGlobal(const CurlGlobal&) = delete;
  CurlGlobal& operator=(const CurlGlobal&) = delete;
  bool ok() const { return ok_; }

 private:
  bool ok_;
};

}  // namespace newsrecon::fetch

#endif  // NEWSRECON_FETCH_CURL_GLOBAL_H_
