// The first stage of `run` and `fetch`: every [[source]] of a config into the store —
// local files read, feeds, sitemaps and URL lists fetched — with every outcome recorded.
#ifndef NEWSRECON_CLI_SOURCES_STAGE_H_
#define NEWSRECON_CLI_SOURCES_STAGE_H_

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "cli/command_support.h"
#include "cli/commands.h"
#include "cli/config.h"
#include "core/status.h"

namespace newsrecon::cli {

struct SourceTally {
  int sources_ok = 0;
  int sources_failed = 0;
  int documents_new = 0;  // pages and local files stored for the first time
  int articles_new = 0;
  int articles_unchanged = 0;  // the same text stored before, a 304, or the same bytes
  int documents_failed = 0;
  int pages_fetched = 0;              // pages that answered over HTTP (304s included) or were read from disk
  int64_t bytes = 0;                  // body bytes received over HTTP or read from disk
  std::vector<std::string> failures;  // "SOURCE: URL or path: why"
  std::vector<std::string> rejects;   // pages stored as not articles: "SOURCE: where: why"
};

// Logs the run's failures and rejects (warnings); returns the exit code they call for
// (kExitPartial when there are any).
int ReportProblems(const SourceTally& tally, Io& io);

// The tally's figures, for the run's run_end event.
nlohmann::json TallyFields(const SourceTally& tally);

// Logs one source's outcome (event source_fetched, info).
void LogSource(Logger& log, const std::string& name, int pages, int articles_new, int failed);

// Stores every source of `config`. Fetched pages are stored as documents (raw bytes and
// UTF-8 text); with `extract`, articles are made of them as they arrive, and of any
// document an earlier run left without one. Inputs that fail are tallied and listed,
// never fatal: fails only when the system does (the store, libcurl), after stopping
// what is running.
core::Status StoreSources(Session& session, const Config& config, bool extract, Io& io,
                          SourceTally* tally);

// StoreSources without the documents earlier runs left: only `config`'s sources' own.
core::Status StoreSourceList(Session& session, const Config& config, bool extract, Io& io,
                             SourceTally* tally);

// The fetched part: feed, sitemap and urls sources, with their store ids.
core::Status StoreFetchedSources(
    Session& session, const fetch::FetchOptions& options,
    const std::vector<std::pair<const SourceConfig*, int64_t>>& sources, bool extract, Io& io,
    SourceTally* tally);

}  // namespace newsrecon::cli

#endif  // NEWSRECON_CLI_SOURCES_STAGE_H_
