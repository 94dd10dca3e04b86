// The [fetch] table and each source's overrides of it. Private to cli/config*.cc.
#ifndef NEWSRECON_CLI_CONFIG_FETCH_H_
#define NEWSRECON_CLI_CONFIG_FETCH_H_

#include <toml++/toml.h>

#include <string>
#include <string_view>

#include "core/status.h"
#include "fetch/fetcher.h"

namespace newsrecon::cli {

// Reads the [fetch] table of the config's `root`, when there is one (user_agent,
// max_connections, max_per_host, delay_ms, connect_timeout_ms, timeout_ms, retries,
// backoff_ms, max_retry_after_ms, max_body_bytes, max_redirects, respect_robots) over the
// defaults in `options`. Fails with kInvalidArgument "FILE:LINE: key 'k': why".
core::Status ParseFetchTable(const toml::table& root, const std::string& file,
                             fetch::FetchOptions* options);

// Reads a [[source]]'s overrides (the [fetch] keys but max_connections and max_per_host)
// and max_pages, leaving what it does not set as it is.
core::Status ParseSourceFetch(const toml::table& source, const std::string& file,
                              fetch::RequestPolicy* policy, int* max_pages);

// True for the fetch settings a [[source]] may carry.
bool IsSourceFetchKey(std::string_view key);

}  // namespace newsrecon::cli

#endif  // NEWSRECON_CLI_CONFIG_FETCH_H_
