// Commands that work on the store: run, reconcile, report contradictions, triage.
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "cli/command_support.h"
#include "cli/config.h"
#include "cli/sources_stage.h"
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

}  // namespace

int RunCommand(const Args& args, Io& io) {
  if (!args.Has("config")) return Usage(io, "run: --config FILE is required");
  auto config = LoadConfig(args.Get("config"));
  if (!config.ok()) return Fail(io, config.status());
  auto session = OpenSession(args, io, "run", config->db_path, &config->lexicon);
  if (!session) return kExitFailure;
  SourceTally tally;
  core::Status stored = StoreSources(*session, *config, true, io, &tally);
  if (!stored.ok()) return session->Finish(Fail(io, stored));
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
         << tally.articles_unchanged << " unchanged, " << tally.documents_failed << " failed; "
         << (claims.ok() ? *claims : 0) << " claim(s) stored; " << counts->new_count
         << " new contradiction(s), " << report->size() << " open\n"
         << "database: " << session->db_path << "\nreport:   " << report_path << "\n";
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
