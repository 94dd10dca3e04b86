// The report commands: `report contradictions`, `audit`, and the report `run` ends with.
#ifndef NEWSRECON_CLI_COMMANDS_REPORT_H_
#define NEWSRECON_CLI_COMMANDS_REPORT_H_

#include <initializer_list>
#include <optional>
#include <string>

#include "cli/command_support.h"
#include "cli/config.h"
#include "cli/sources_stage.h"
#include "reports/formats.h"
#include "reports/summary.h"
#include "store/store.h"

namespace newsrecon::cli {

// --format's value (`fallback` when not given) if it names one of `allowed`; nullopt for
// any other value, which the command refuses with its usage line.
std::optional<reports::OutputFormat> FormatFlag(const Args& args, reports::OutputFormat fallback,
                                                std::initializer_list<reports::OutputFormat> allowed);

// `audit --source NAME` and `audit URL|PATH`.
int AuditCommand(const Args& args, Io& io, Setup& setup);

// Writes the report of `session`'s run (run-ID.html, and contradictions.html and
// contradictions.json for the latest run) into --report-dir, else the config's [report]
// folder, else "reports", and prints the one-screen run summary: what the run's sources
// gave (`tally`, all workers' for a worker run), the contradictions `counts` found gone
// and the `reopened` ones, and the claims, files and database. A night with nothing new
// prints one line; with --quiet, nothing unless something needs attention
// (reports::NeedsAttention). Adds the report's figures to session.counts (run_end).
core::Status WriteRunReport(Session& session, const Args& args, const Config& config,
                            const SourceTally& tally, const store::ReconcileCounts& counts,
                            int reopened, Io& io);

}  // namespace newsrecon::cli

#endif  // NEWSRECON_CLI_COMMANDS_REPORT_H_
