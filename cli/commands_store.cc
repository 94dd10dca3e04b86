// Commands that work on the store: run, reconcile, triage.
#include <filesystem>

#include "cli/command_support.h"
#include "cli/commands_report.h"
#include "cli/config.h"

namespace newsrecon::cli {
namespace {

namespace fs = std::filesystem;

struct RunTally {
  int sources_ok = 0, sources_failed = 0;
  int articles_new = 0, articles_unchanged = 0, documents_failed = 0;
  std::vector<std::string> failures;
};

// Ingests every document of one local source; failures are tallied, never fatal.
core::Status RunPathSource(Session& session, const SourceConfig& source, int64_t source_id,
                           RunTally* tally) {
  auto files = ListSourceFiles(source.location);
  if (!files.ok()) {
    tally->failures.push_back(source.name + ": " + files.status().message());
    return core::Status::Ok();
  }
  bool any_failed = false;
  for (const std::string& path : *files) {
    std::string url = files->size() == 1 && !source.url.empty()
                          ? source.url
                          : "file://" + fs::absolute(path).lexically_normal().string();
    auto input = ReadInput(path);
    core::Status status;
    if (input.ok()) {
      auto stored = IngestDocument(session.pipeline(), source_id, path, input->bytes,
                                   input->content_type, url, source.published);
      if (stored.ok()) {
        (stored->new_article ? tally->articles_new : tally->articles_unchanged)++;
      } else {
        status = stored.status();
      }
    } else {
      status = input.status();
    }
    store::FetchLogEntry log{session.run_id, source_id, url, 0,
                             input.ok() ? static_cast<int64_t>(input->bytes.size()) : 0, 0,
                             status.message(), "", ""};
    NR_RETURN_IF_ERROR(session.store->LogFetch(log));
    if (status.ok()) continue;
    if (status.code() != core::Code::kBadInput) return status;  // the system, not the page
    tally->failures.push_back(source.name + ": " + status.message());
    ++tally->documents_failed;
    any_failed = true;
  }
  (any_failed ? tally->sources_failed : tally->sources_ok)++;
  return core::Status::Ok();
}

}  // namespace

int RunCommand(const Args& args, Io& io) {
  if (!args.Has("config")) return Usage(io, "run: --config FILE is required");
  auto config = LoadConfig(args.Get("config"));
  if (!config.ok()) return Fail(io, config.status());
  auto session = OpenSession(args, io, "run", config->db_path, &config->lexicon);
  if (!session) return kExitFailure;
  RunTally tally;
  for (const SourceConfig& source : config->sources) {
    auto id = session->store->UpsertSource({0, source.name, source.kind,
                                            source.kind == "urls" ? std::to_string(source.urls.size()) + " urls" : source.location});
    if (!id.ok()) return session->Finish(Fail(io, id.status()));
    if (source.kind != "path") {
      tally.failures.push_back(source.name + ": " + source.kind +
                               " sources need the fetch stage, which this build does not have yet");
      ++tally.sources_failed;
      continue;
    }
    core::Status status = RunPathSource(*session, source, *id, &tally);
    if (!status.ok()) return session->Finish(Fail(io, status));
  }
  auto refreshed = RefreshClaims(session->pipeline());
  if (!refreshed.ok()) return session->Finish(Fail(io, refreshed.status()));
  auto counts = ReconcileStore(session->pipeline());
  if (!counts.ok()) return session->Finish(Fail(io, counts.status()));
  std::string folder = args.Get("report-dir", config->report_folder.empty() ? "reports" : config->report_folder);
  reports::RunFigures figures;
  figures.sources_ok = tally.sources_ok;
  figures.sources_failed = tally.sources_failed;
  figures.articles_new = tally.articles_new;
  figures.articles_unchanged = tally.articles_unchanged;
  figures.documents_failed = tally.documents_failed;
  figures.contradictions_gone = counts->gone;
  core::Status reported = WriteRunReport(*session, folder, figures, io);
  if (!reported.ok()) return session->Finish(Fail(io, reported));
  for (const std::string& f : tally.failures) io.err << "newsrecon: failed: " << f << "\n";
  return session->Finish(tally.failures.empty() ? kExitOk : kExitPartial);
}

int ReconcileCommand(const Args& args, Io& io) {
  auto session = OpenSession(args, io, "reconcile");
  if (!session) return kExitFailure;
  if (args.Has("config")) {
    // Only a named lexicon re-extracts: without one the stored claims stand as they are.
    auto refreshed = RefreshClaims(session->pipeline());
    if (!refreshed.ok()) return session->Finish(Fail(io, refreshed.status()));
  }
  auto counts = ReconcileStore(session->pipeline());
  if (!counts.ok()) return session->Finish(Fail(io, counts.status()));
  io.out << "reconciled: " << counts->new_count << " new, " << counts->still_open
         << " still present, " << counts->gone << " gone\n";
  return session->Finish(kExitOk);
}

int Triage(const Args& args, Io& io) {
  int64_t id = 0;
  if (args.positional.size() != 1 || !ParseId(args.positional[0], &id)) {
    return Usage(io, "triage: give one contradiction ID");
  }
  if (args.Has("confirm") == args.Has("dismiss")) return Usage(io, "triage: give --confirm or --dismiss");
  auto session = OpenSession(args, io, "");
  if (!session) return kExitFailure;
  core::Status status = session->store->Triage(id, args.Has("confirm") ? "confirmed" : "dismissed",
                                               args.Get("note"));
  if (!status.ok()) return Fail(io, status);
  io.out << "contradiction " << id << " " << (args.Has("confirm") ? "confirmed" : "dismissed") << "\n";
  return kExitOk;
}

}  // namespace newsrecon::cli
