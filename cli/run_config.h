// What the processes of one run share through its database: the config the run was
// queued with (a worker needs only --db), and the fetch politeness (fetch::SharedHosts).
#ifndef NEWSRECON_CLI_RUN_CONFIG_H_
#define NEWSRECON_CLI_RUN_CONFIG_H_

#include <memory>
#include <string>
#include <vector>

#include "cli/config.h"
#include "core/status.h"
#include "fetch/fetcher.h"

namespace newsrecon::cli {

// The config as a run records it: JSON naming the file, its folder and its TOML text, so
// that every machine reads it as the one that queued the run did. A password in its
// [store] path is left out (store::RedactUrl).
std::string SavedConfig(const Config& config);

// The config a run recorded, read again. Fails with kInvalidArgument "WHERE: why" when it
// is not one SavedConfig wrote or its TOML no longer parses.
core::Result<Config> ConfigFromSaved(const std::string& saved, const std::string& where);

// What `mine` sets otherwise than `run`, one phrase per part that differs ("sources: lacks
// 'A', 'B'", "[fetch]", "[[party]]/[[relation]]/[phase]", "[article]", "[retention]"); empty
// when they agree. The database, report folder and log file are each machine's own and
// are not compared.
std::vector<std::string> ConfigDifferences(const Config& mine, const Config& run);

// The politeness the fetchers of run `run_id` share through database `db` (a connection
// of its own): robots.txt once per host, request starts spaced per host over all workers,
// and max_per_host transfer slots per host over all workers, leased by `holder` (this
// worker's name).
core::Result<std::shared_ptr<fetch::SharedHosts>> OpenSharedHosts(const std::string& db,
                                                                  int64_t run_id,
                                                                  const std::string& holder);

}  // namespace newsrecon::cli

#endif  // NEWSRECON_CLI_RUN_CONFIG_H_
