// newsrecon's subcommands, each a function from arguments to an exit code.
#ifndef NEWSRECON_CLI_COMMANDS_H_
#define NEWSRECON_CLI_COMMANDS_H_

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "cli/args.h"
#include "cli/config.h"
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

// What a command needs set up before it runs, as ninja's tool table says when each tool
// runs. Main does the setup once, in one place (Prepare in commands.cc).
enum class ConfigUse {
  kNone,      // takes no --config
  kOptional,  // --config FILE when given: loaded once, before the command runs
  kRequired,  // "NAME: --config FILE is required" without it
};
enum class StoreUse {
  kNone,      // opens no database
  kExisting,  // reads (or adds to) a database that must exist: never creates one
  kCreate,    // creates the database when it is missing (run, fetch, ingest)
};
struct Needs {
  ConfigUse config = ConfigUse::kNone;
  StoreUse store = StoreUse::kNone;
  bool lock = false;  // takes the database's run lock: one run, fetch or vacuum at a time
};

struct Command;

// What Main set up for a command from its Needs.
struct Setup {
  const Command* command = nullptr;
  std::optional<Config> config;  // the --config file, when the command takes one and got it
  std::string db;                // ResolveDatabase(); empty for a command without a store
  const extract::Lexicon* lexicon() const { return config ? &config->lexicon : nullptr; }
};

struct Command {
  std::string name;
  std::string usage;
  std::string summary;
  std::vector<OptionSpec> options;
  Needs needs;
  int (*run)(const Args& args, Io& io, Setup& setup);
};

// The database a command uses: --db, else the config's [store] path (absolute; the config's
// folder's newsrecon.db when it names none), else newsrecon.db in the working folder.
std::string ResolveDatabase(const Args& args, const Config* config);

// Every command, in the order --help lists them.
const std::vector<Command>& Commands();

// Runs `newsrecon ARGV...` (argv without the program name); returns the exit code.
int Main(const std::vector<std::string>& argv, Io& io);

}  // namespace newsrecon::cli

#endif  // NEWSRECON_CLI_COMMANDS_H_
