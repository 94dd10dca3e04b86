// The TOML configuration: sources, store, report and lexicon extensions.
//
//   [[source]]
//   name = "Ledger Wire"
//   path = "pages/ledger-wire.html"     # or feed / sitemap / urls
//   delay_ms = 500                      # overrides [fetch] for this source
//
//   [fetch]
//   user_agent = "newsrecon/0.1 (+https://example.com/bot)"
//   max_connections = 16
//
// Paths are relative to the config file, and so are the defaults when [store] or [report]
// is missing (newsrecon.db, reports/). Errors name the file, line and key.
#ifndef NEWSRECON_CLI_CONFIG_H_
#define NEWSRECON_CLI_CONFIG_H_

#include <string>
#include <vector>

#include "core/model.h"
#include "core/status.h"
#include "extract/claims/lexicon.h"
#include "fetch/fetcher.h"

namespace newsrecon::cli {

struct SourceConfig {
  std::string name;
  core::SourceKind kind = core::SourceKind::kPath;  // kPath, kFeed, kSitemap or kUrls
  std::string location;           // path (made absolute), feed or sitemap URL
  std::vector<std::string> urls;  // for "urls"
  std::string url;                // the page URL to record for a local file
  std::string published;          // YYYY-MM-DD for sources without dates of their own
  fetch::RequestPolicy policy;    // [fetch] with this source's overrides
  int max_pages = 0;              // pages to fetch at most per run; 0 for no limit
  int line = 0;
};

struct Config {
  std::string file;
  std::string dir;   // the folder relative paths are resolved against
  std::string text;  // the TOML as read: a worker run records it for its workers
  std::vector<SourceConfig> sources;
  std::string db_path;        // [store] path, absolute; else newsrecon.db beside the config
  std::string report_folder;  // [report] folder, absolute; else reports/ beside the config
  std::string log_file;       // [log] file, absolute; empty when not set
  fetch::FetchOptions fetch;  // [fetch]: connections, politeness, timeouts, limits
  int documents_days = 0;     // [retention] documents_days: keep raw bodies this long; 0 for ever
  int64_t max_article_chars = 200000;  // [article] max_chars: longer text is no article
  extract::Lexicon lexicon;   // the shipped lexicon extended by [[party]] and [[relation]]
};

// Reads and checks `path`. Fails with kInvalidArgument "FILE:LINE: key 'k': why".
core::Result<Config> LoadConfig(const std::string& path);

// Checks config `text` as if read from `file`; relative paths are resolved against `dir`.
core::Result<Config> ParseConfig(std::string_view text, const std::string& file,
                                 const std::string& dir);

}  // namespace newsrecon::cli

#endif  // NEWSRECON_CLI_CONFIG_H_
