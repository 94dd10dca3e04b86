// `migrate --from DB --to DB`: a database copied, row for row, into an empty one.
#include "cli/command_support.h"

namespace newsrecon::cli {

int MigrateCommand(const Args& args, Io& io, Setup&) {
  if (!args.Has("from") || !args.Has("to")) {
    return Usage(io, "migrate: give --from DB and --to DB (a file or a postgresql:// URL)");
  }
  std::string from = args.Get("from"), to = args.Get("to");
  if (from == to) return Usage(io, "migrate: --from and --to are the same database");
  auto copied = store::Store::Copy(from, to);
  if (!copied.ok()) return Fail(io, copied.status().Prefixed("migrate"));
  io.out << "migrate: copied " << store::RedactUrl(from) << " into " << store::RedactUrl(to)
         << "\n";
  for (const auto& [table, rows] : *copied) io.out << "  " << table << ": " << rows << "\n";
  return kExitOk;
}

}  // namespace newsrecon::cli
