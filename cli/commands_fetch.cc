// The fetch command: every source of a config into the store, without reconciling;
// with --no-extract only the documents (the fetch stage alone), articles left for later.
#include "cli/command_support.h"
#include "cli/config.h"
#include "cli/interrupt.h"
#include "cli/progress.h"
#include "cli/sources_stage.h"

namespace newsrecon::cli {

int FetchCommand(const Args& args, Io& io, Setup& setup) {
  if (!args.positional.empty()) return Usage(io, "fetch: unexpected '" + args.positional[0] + "'");
  const Config* config = &*setup.config;  // ConfigUse::kRequired
  if (int started = StartLog(args, config->log_file, io); started != kExitOk) return started;
  int locked = kExitOk;
  auto lock = LockDatabase(setup, io, &locked);
  if (!lock) return locked;
  auto session = OpenSession(setup, io, "fetch");
  if (!session) return kExitFailure;
  session->max_article_chars = config->max_article_chars;
  InstallStopHandlers();
  SourceTally tally;
  core::Status stored = StoreSources(*session, *config, !args.Has("no-extract"), io, &tally);
  session->counts = TallyFields(tally);
  if (!stored.ok()) return session->Finish(Fail(io, stored));
  if (StopRequested()) return session->Finish(Interrupted(io));
  io.out << "newsrecon fetch " << session->run_id << ": " << tally.sources_ok << " source(s) ok, "
         << tally.sources_failed << " failed; " << tally.pages_fetched << " page(s) fetched, "
         << HumanBytes(tally.bytes) << "; " << tally.documents_new << " new document(s), "
         << tally.articles_new << " new article(s), " << tally.articles_unchanged << " unchanged, "
         << (tally.rejects.empty() ? "" : std::to_string(tally.rejects.size()) + " rejected, ")
         << tally.documents_failed << " failed\n"
         << "database: " << session->shown_db() << "\n";
  return session->Finish(ReportProblems(tally, io));
}

}  // namespace newsrecon::cli
