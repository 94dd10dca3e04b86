// Commands that work on the store: run, reconcile, triage.
#include <filesystem>

#include "cli/command_support.h"
#include "cli/commands_report.h"
#include "cli/config.h"
#include "cli/interrupt.h"
#include "cli/run_config.h"
#include "cli/sources_stage.h"
#include "cli/report_files.h"
#include "cli/worker.h"
#include "reports/report.h"

namespace newsrecon::cli {
namespace {

namespace fs = std::filesystem;

void LogContradictions(Io& io, const store::ReconcileCounts& counts) {
  io.log.Info("contradictions",
              "contradictions: " + std::to_string(counts.new_count) + " new, " +
                  std::to_string(counts.still_present) + " still present, " +
                  std::to_string(counts.gone) + " gone",
              {{"new", counts.new_count}, {"still_present", counts.still_present}, {"gone", counts.gone}});
}

// The analyst's note on contradiction `id` (open or dismissed), or "".
core::Result<std::string> EarlierNote(store::ContradictionStore& store, int64_t id) {
  auto known = store.LoadContradictions(true);
  if (!known.ok()) return known.status();
  for (const store::StoredContradiction& c : *known) {
    if (c.contradiction.id == id) return c.verdict_note;
  }
  return std::string();
}

}  // namespace

int RunCommand(const Args& args, Io& io, Setup& setup) {
  // A worker may take its run's config from the database; a plain run needs its own.
  std::string log_file = setup.config ? setup.config->log_file : "";
  if (int started = StartLog(args, log_file, io); started != kExitOk) return started;
  if (args.Has("worker")) return WorkerRun(args, io, setup);
  if (!setup.config) return Usage(io, "run: --config FILE is required (a worker, --worker, may take its run's)");
  Config* config = &*setup.config;
  if (args.Has("lease")) return Usage(io, "run: --lease is for --worker");
  if (args.Has("new-run")) return Usage(io, "run: --new-run is for --worker");
  int locked = kExitOk;
  auto lock = LockDatabase(setup, io, &locked);
  if (!lock) return locked;
  auto session = OpenSession(setup, io, "run");
  if (!session) return kExitFailure;
  session->max_article_chars = config->max_article_chars;
  // Recorded as a worker run's is, as it starts (a config the same as an earlier run's is
  // stored once: Store::SaveRunConfig).
  core::Status recorded = session->store->SaveRunConfig(session->run_id, SavedConfig(*config),
                                                        session->extractor->version());
  if (!recorded.ok()) return session->Finish(Fail(io, recorded.Prefixed("recording the run's config")));
  InstallStopHandlers();
  SourceTally tally;
  core::Status stored = StoreSources(*session, *config, true, io, &tally);
  session->counts = TallyFields(tally);
  if (!stored.ok()) return session->Finish(Fail(io, stored));
  if (StopRequested()) return session->Finish(Interrupted(io));
  auto refreshed = RefreshClaims(session->pipeline());
  if (!refreshed.ok()) return session->Finish(Fail(io, refreshed.status()));
  if (StopRequested()) return session->Finish(Interrupted(io));
  int reopened = 0;
  auto counts = ReconcileStore(session->pipeline(), &reopened);
  if (!counts.ok()) return session->Finish(Fail(io, counts.status()));
  LogContradictions(io, *counts);
  core::Status reported = WriteRunReport(*session, args, *config, tally, *counts, reopened, io);
  if (!reported.ok()) return session->Finish(Fail(io, reported));
  return session->Finish(ReportProblems(tally, io));
}

int ReconcileCommand(const Args& args, Io& io, Setup& setup) {
  if (int started = StartLog(args, "", io); started != kExitOk) return started;
  auto session = OpenSession(setup, io, "reconcile");
  if (!session) return kExitFailure;
  if (args.Has("config")) {
    // Only a named lexicon re-extracts: without one the stored claims stand as they are.
    auto refreshed = RefreshClaims(session->pipeline());
    if (!refreshed.ok()) return session->Finish(Fail(io, refreshed.status()));
  }
  auto counts = ReconcileStore(session->pipeline());
  if (!counts.ok()) return session->Finish(Fail(io, counts.status()));
  LogContradictions(io, *counts);
  io.out << "reconciled: " << counts->new_count << " new, " << counts->still_present
         << " still present, " << counts->gone << " gone\n";
  return session->Finish(kExitOk);
}

int VacuumCommand(const Args& args, Io& io, Setup& setup) {
  int days = setup.config ? setup.config->documents_days : 0;
  std::string log_file = setup.config ? setup.config->log_file : "";
  if (args.Has("documents-older-than")) {
    int64_t given = 0;
    if (!ParseId(args.Get("documents-older-than"), &given) || given > 100000) {
      return Usage(io, "vacuum: --documents-older-than needs a number of days");
    }
    days = static_cast<int>(given);
  } else if (days == 0) {
    return Usage(io, "vacuum: give --documents-older-than DAYS or a config with [retention] documents_days");
  }
  if (int started = StartLog(args, log_file, io); started != kExitOk) return started;
  int locked = kExitOk;
  auto lock = LockDatabase(setup, io, &locked);
  if (!lock) return locked;
  auto session = OpenSession(setup, io, "vacuum");
  if (!session) return kExitFailure;
  auto pruned = session->store->PruneDocuments(days);
  if (!pruned.ok()) return session->Finish(Fail(io, pruned.status()));
  auto log_rows = session->store->PruneFetchLog(days);
  if (!log_rows.ok()) return session->Finish(Fail(io, log_rows.status()));
  core::Status vacuumed = session->store->Vacuum();
  if (!vacuumed.ok()) return session->Finish(Fail(io, vacuumed));
  session->counts = {{"documents_pruned", *pruned}, {"fetch_log_deleted", *log_rows}, {"days", days}};
  io.out << "vacuum: pruned " << *pruned << " document(s) and " << *log_rows
         << " fetch-log row(s) stored more than " << days << " day(s) ago; " << session->shown_db()
         << " compacted\n";
  return session->Finish(kExitOk);
}

int Triage(const Args& args, Io& io, Setup& setup) {
  int64_t id = 0;
  if (args.positional.size() != 1 || !ParseId(args.positional[0], &id)) {
    return Usage(io, "triage: give one contradiction ID");
  }
  if (args.Has("confirm") == args.Has("dismiss")) return Usage(io, "triage: give --confirm or --dismiss");
  auto session = OpenSession(setup, io, "");
  if (!session) return kExitFailure;
  std::string note = args.Get("note");
  if (!args.Has("note")) {  // a new verdict without --note keeps the note given before
    auto earlier = EarlierNote(*session->store, id);
    if (!earlier.ok()) return Fail(io, earlier.status().Prefixed(session->shown_db()));
    note = *earlier;
  }
  core::Verdict verdict = args.Has("confirm") ? core::Verdict::kConfirmed : core::Verdict::kDismissed;
  core::Status status = session->store->Triage(id, verdict, note);
  if (!status.ok()) return Fail(io, status.Prefixed(session->shown_db()));
  io.out << "contradiction " << id << " " << core::ToString(verdict) << "\n";
  return kExitOk;
}

}  // namespace newsrecon::cli
