// The sample corpus's eight pages over HTTP on 127.0.0.1, and configs that fetch them:
// what the worker tests run against.
#ifndef NEWSRECON_TESTS_E2E_SAMPLE_SITE_H_
#define NEWSRECON_TESTS_E2E_SAMPLE_SITE_H_

#include <chrono>
#include <mutex>
#include <string>
#include <vector>

#include "tests/fetch/test_server.h"
#include "tests/test_support.h"

namespace newsrecon::testing {

struct SamplePage {
  const char* source;
  const char* file;       // under samples/
  const char* published;  // for plain text, which carries no date
};
extern const SamplePage kSamplePages[8];

// samples/ over HTTP, each page answered after `delay_ms`; robots.txt allows everything.
// Records when each request (robots.txt too) arrived, and how many pages it answers at once.
class SampleSite {
 public:
  // Writes dir/site.toml: every page as a source, [fetch] `fetch_table`, demo.toml's
  // [[party]] and [[relation]] entries.
  SampleSite(const TempDir& dir, int delay_ms, const std::string& fetch_table = "delay_ms = 0\n");
  const std::string& config() const { return path_; }

  // Writes a config like site.toml with only the sources `first` to `last` (0-based,
  // inclusive) to dir/`name`; returns its path.
  std::string WriteConfig(const TempDir& dir, const std::string& name, size_t first,
                          size_t last) const;

  // (path, ms since the site started) of every request so far, in order of arrival.
  std::vector<std::pair<std::string, int64_t>> Arrivals() const;
  // The most page requests it was answering at once so far (from arrival to the end of
  // the handler, which is within the client's transfer); ResetPeak starts again at 0.
  int PeakInFlight() const;
  void ResetPeak();

 private:
  void InFlight(int change);

  TestServer server_;
  std::string fetch_table_;
  std::string path_;
  std::chrono::steady_clock::time_point started_ = std::chrono::steady_clock::now();
  mutable std::mutex mu_;
  std::vector<std::pair<std::string, int64_t>> arrivals_;
  int in_flight_ = 0;
  int peak_ = 0;
};

}  // namespace newsrecon::testing

#endif  // NEWSRECON_TESTS_E2E_SAMPLE_SITE_H_
