// newsrecon's subcommands, each a function from arguments to an exit code.
#ifndef NEWSRECON_CLI_COMMANDS_H_
#define NEWSRECON_CLI_COMMANDS_H_

#include <iosfwd>
#include <string>
#include <vector>

#include "cli/args.h"
#include "cli/log.h"

namespace newsrecon::cli {

// Exit codes (DESIGN.md).
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitUsage = 2;
inline constexpr int kExitPartial = 3;  // finished; some sources or documents failed
inline constexpr int kExitLocked = 4;   // another run holds the database's lock

struct Io {
  std::ostream& out;
  std::ostream& err;
  Logger log{err};  // every message for stderr goes through it (cli/log.h)
};

struct Command {
  std::string name;
  std::string usage;
  std::string summary;
  std::vector<OptionSpec> options;
  int (*run)(const Args& args, Io& io);
};

// Every command, in the order --help lists them.
const std::vector<Command>& Commands();

// Runs `newsrecon ARGV...` (argv without the program name); returns the exit code.
int Main(const std::vector<std::string>& argv, Io& io);

}  // namespace newsrecon::cli

#endif  // NEWSRECON_CLI_COMMANDS_H_
