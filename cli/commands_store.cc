// Commands that work on the store: run, reconcile, report contradictions, triage.
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "cli/command_support.h"
#include "cli/config.h"
#include "reports/report.h"

namespace newsrecon::cli {
namespace {

namespace fs = std::filesystem;

// Writes `content` to `path` through a temporary file and a rename, so a reader never
// sees half a report.
core::Status WriteFileAtomically(const std::string& path, const std::string& content) {
  std::error_code ec;
  fs::path parent = fs::path(path).parent_path();
  if (!parent.empty()) fs::create_directories(parent, ec);
  if (ec) return core::IoError(parent.string() + ": cannot create folder (" + ec.message() + ")");
  std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return core::IoError(tmp + ": cannot write (" + std::strerror(errno) + ")");
    out << content;
    out.flush();
    if (!out) return core::IoError(tmp + ": write failed (" + std::strerror(errno) + ")");
  }
  fs::rename(tmp, path, ec);
  if (ec) return core::IoError(path + ": cannot replace (" + ec.message() + ")");
  return core::Status::Ok();
}

struct RunTally {
  int sources_ok = 0, sources_failed = 0;
  int articles_new = 0, articles_unchanged = 0, documents_failed = 0;
  std::vector<std::string> failures;
  std::vector<std::string> rejects;  // pages stored as not articles, with the reason
};

// Ingests one file of a local source and logs the attempt. The page's own failures and
// rejects are tallied (`*failed` set for failures); only the system's are returned.
core::Status IngestFile(Session& session, const SourceConfig& source, int64_t source_id,
                        const std::string& path, const std::string& url, RunTally* tally,
                        bool* failed) {
  auto input = ReadInput(path);
  core::Status status = input.status();
  std::string rejected;  // why the page is not an article
  if (input.ok()) {
    auto stored = IngestDocument(session.pipeline(), source_id, path, input->bytes,
                                 input->content_type, url, source.published);
    status = stored.status();
    if (stored.ok()) rejected = stored->not_article;
    if (stored.ok() && rejected.empty()) {
      (stored->new_article ? tally->articles_new : tally->articles_unchanged)++;
    }
  }
  store::FetchLogEntry log{session.run_id, source_id, url, 0,
                           input.ok() ? static_cast<int64_t>(input->bytes.size()) : 0, 0,
                           status.ok() ? rejected : status.message(), "", ""};
  NR_RETURN_IF_ERROR(session.store->LogFetch(log));
  if (!rejected.empty()) tally->rejects.push_back(source.name + ": " + path + ": " + rejected);
  if (status.ok()) return status;
  if (status.code() != core::Code::kBadInput) return status;  // the system, not the page
  tally->failures.push_back(source.name + ": " + status.message());
  ++tally->documents_failed;
  *failed = true;
  return core::Status::Ok();
}

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
    NR_RETURN_IF_ERROR(IngestFile(session, source, source_id, path, url, tally, &any_failed));
  }
  (any_failed ? tally->sources_failed : tally->sources_ok)++;
  return core::Status::Ok();
}

// Prints the run's failures and rejects; returns the exit code they call for.
int ReportProblems(const RunTally& tally, Io& io) {
  for (const std::string& f : tally.failures) io.err << "newsrecon: failed: " << f << "\n";
  for (const std::string& r : tally.rejects) io.err << "newsrecon: rejected: " << r << "\n";
  return tally.failures.empty() && tally.rejects.empty() ? kExitOk : kExitPartial;
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
  auto report = reports::BuildContradictionReport(*session->store, {});
  if (!report.ok()) return session->Finish(Fail(io, report.status()));
  std::string folder = args.Get("report-dir", config->report_folder.empty() ? "reports" : config->report_folder);
  std::string report_path = (fs::path(folder) / "contradictions.json").string();
  core::Status written = WriteFileAtomically(report_path, reports::ToJson(*report));
  if (!written.ok()) return session->Finish(Fail(io, written));
  auto claims = session->store->Count("claims");
  io.out << "newsrecon run " << session->run_id << ": " << tally.sources_ok << " source(s) ok, "
         << tally.sources_failed << " failed; " << tally.articles_new << " new article(s), "
         << tally.articles_unchanged << " unchanged, "
         << (tally.rejects.empty() ? "" : std::to_string(tally.rejects.size()) + " rejected, ")
         << tally.documents_failed << " failed; "
         << (claims.ok() ? *claims : 0) << " claim(s) stored; " << counts->new_count
         << " new contradiction(s), " << report->size() << " open\n"
         << "database: " << session->db_path << "\nreport:   " << report_path << "\n";
  return session->Finish(ReportProblems(tally, io));
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

int ReportContradictions(const Args& args, Io& io) {
  if (args.Get("format", "json") != "json") return Usage(io, "report contradictions: --format must be json");
  if (!args.positional.empty()) return Usage(io, "report contradictions: unexpected '" + args.positional[0] + "'");
  std::string db = args.Get("db", "newsrecon.db");
  std::error_code ec;
  if (!fs::exists(db, ec)) return Fail(io, core::NotFound(db + ": no such database"));
  auto session = OpenSession(args, io, "");
  if (!session) return kExitFailure;
  reports::ReportOptions options;
  options.include_dismissed = args.Has("include-dismissed");
  auto report = reports::BuildContradictionReport(*session->store, options);
  if (!report.ok()) return Fail(io, report.status());
  std::string json = reports::ToJson(*report);
  if (args.Has("out")) {
    core::Status written = WriteFileAtomically(args.Get("out"), json);
    if (!written.ok()) return Fail(io, written);
  } else {
    io.out << json;
  }
  return kExitOk;
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
