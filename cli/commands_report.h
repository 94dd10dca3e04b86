// The report commands: `report contradictions`, `audit`, and the report `run` ends with.
#ifndef NEWSRECON_CLI_COMMANDS_REPORT_H_
#define NEWSRECON_CLI_COMMANDS_REPORT_H_

#include <string>

#include "cli/command_support.h"
#include "reports/summary.h"

namespace newsrecon::cli {

// `audit --source NAME` and `audit URL|PATH`.
int AuditCommand(const Args& args, Io& io);

// Writes the report of `session`'s run into `folder` (run-ID.html, and contradictions.html
// and contradictions.json for the latest run) and prints the one-screen run summary.
// `figures` carries what the run counted; the claims, files and database are filled in.
core::Status WriteRunReport(Session& session, const std::string& folder,
                            reports::RunFigures figures, Io& io);

}  // namespace newsrecon::cli

#endif  // NEWSRECON_CLI_COMMANDS_REPORT_H_
