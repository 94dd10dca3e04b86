// Command-line option parsing for newsrecon's subcommands.
#ifndef NEWSRECON_CLI_ARGS_H_
#define NEWSRECON_CLI_ARGS_H_

#include <map>
#include <string>
#include <vector>

#include "core/status.h"

namespace newsrecon::cli {

struct OptionSpec {
  std::string name;   // without dashes: "db"
  std::string value;  // what the value is, for --help ("FILE", "DAYS"); "" for a flag
  std::string help;

  bool takes_value() const { return !value.empty(); }
};

struct Args {
  std::map<std::string, std::vector<std::string>> options;
  std::vector<std::string> positional;

  bool Has(const std::string& name) const { return options.count(name) > 0; }
  // The last value given for `name`, or `fallback`.
  std::string Get(const std::string& name, const std::string& fallback = "") const;
};

// Parses `--name VALUE`, `--name=VALUE`, `--flag` and positional arguments ("--" ends
// options); `-h` is `--help` when the spec has a "help" option. Fails with kInvalidArgument: "unknown option --x for 'ingest'", "--db needs a
// value".
core::Result<Args> ParseArgs(const std::vector<std::string>& argv,
                             const std::vector<OptionSpec>& spec, const std::string& command);

// The options part of a command's --help text.
std::string OptionsHelp(const std::vector<OptionSpec>& spec);

}  // namespace newsrecon::cli

#endif  // NEWSRECON_CLI_ARGS_H_
