// The sample corpus (samples/demo.toml's sources) served over HTTP from a loopback server:
// each source an Atom feed listing its page, so `run` takes the fetch stage's path (feed,
// robots.txt, page) rather than reading files.
//
//   TestServer server;
//   SampleSite site(server);
//   server.Start();
//   WriteFile(dir.File("c.toml"), site.Config());
//
// SetNight(n) changes every HTML page a little for night n (a comment and a script, which
// are not article text), as a live site's pages change between nightly fetches.
#ifndef NEWSRECON_TESTS_OPS_SAMPLE_SITE_H_
#define NEWSRECON_TESTS_OPS_SAMPLE_SITE_H_

#include <atomic>
#include <string>

#include "tests/fetch/test_server.h"

namespace newsrecon::testing {

class SampleSite {
 public:
  // Registers the feeds and pages on `server` (before it starts).
  explicit SampleSite(TestServer& server);

  // A config with a feed source per sample source, then demo.toml's lexicon entries and
  // `extra` (more tables: [retention], [log] ...).
  std::string Config(const std::string& extra = "") const;

  void SetNight(int night) { night_ = night; }

 private:
  std::string sources_;  // the [[source]] tables
  std::string lexicon_;  // demo.toml without its sources, [store] and [report]
  std::atomic<int> night_{0};
};

}  // namespace newsrecon::testing

#endif  // NEWSRECON_TESTS_OPS_SAMPLE_SITE_H_
