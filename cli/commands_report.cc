// The report commands: report contradictions, audit, and the run's report and summary.
#include "cli/commands_report.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <set>

#include "cli/config.h"
#include "cli/page_reader.h"
#include "cli/report_files.h"
#include "reports/audit.h"
#include "reports/formats.h"

namespace newsrecon::cli {
namespace {

namespace fs = std::filesystem;

// Prints `text`, or writes it to --out.
int Emit(const Args& args, Io& io, const std::string& text) {
  if (!args.Has("out")) {
    io.out << text;
    return kExitOk;
  }
  core::Status written = WriteFileAtomically(args.Get("out"), text);
  return written.ok() ? kExitOk : Fail(io, written);
}

std::string RenderReport(reports::OutputFormat format, const reports::ContradictionReport& r) {
  switch (format) {
    case reports::OutputFormat::kHtml: return reports::ToHtml(r);
    case reports::OutputFormat::kMarkdown: return reports::ToMarkdown(r);
    case reports::OutputFormat::kCsv: return reports::ToCsv(r);
    case reports::OutputFormat::kJson:
    case reports::OutputFormat::kText: break;  // FormatFlag let no kText through
  }
  return reports::ToJson(r);
}

std::string RenderAudit(reports::OutputFormat format, const reports::Audit& a) {
  switch (format) {
    case reports::OutputFormat::kHtml: return reports::AuditHtml(a);
    case reports::OutputFormat::kMarkdown: return reports::AuditMarkdown(a);
    case reports::OutputFormat::kCsv: return reports::AuditCsv(a);
    case reports::OutputFormat::kJson: return reports::AuditJson(a);
    case reports::OutputFormat::kText: break;
  }
  return reports::AuditText(a);
}

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// The stored source `name` names, in any case; kNotFound listing the sources with claims.
core::Result<std::string> SourceNamed(store::Store& store, const std::string& name) {
  auto exact = store.FindSource(name);
  if (!exact.ok()) return exact.status();
  if (exact->has_value()) return name;
  auto claims = store.LoadClaims();
  if (!claims.ok()) return claims.status();
  std::set<std::string> names;
  for (const store::StoredClaim& c : *claims) names.insert(c.source);
  std::vector<std::string> matches;
  for (const std::string& n : names) {
    if (Lower(n) == Lower(name)) matches.push_back(n);
  }
  if (matches.size() == 1) return matches[0];
  std::string known;
  for (const std::string& n : names) known += (known.empty() ? "'" : ", '") + n + "'";
  return core::NotFound("no source named '" + name + "' (" +
                        (known.empty() ? "no source has claims yet" : "sources with claims: " + known) +
                        ")");
}

core::Result<reports::Audit> AuditTarget(const Args& args, Io& io, const Setup& setup,
                                         Session& session) {
  if (args.Has("source")) {
    auto name = SourceNamed(*session.store, args.Get("source"));
    if (!name.ok()) return name.status();
    return reports::AuditSource(*session.store, *name);
  }
  // http(s) pages are fetched now, with the config's [fetch] settings when one is named.
  fetch::FetchOptions options = setup.config ? setup.config->fetch : fetch::FetchOptions{};
  auto page = ReadPage(args.positional[0], FetchHttpReader(options));
  if (!page.ok()) return page.status();
  auto extractor = MakeExtractor(io, setup.lexicon());
  if (!extractor) return core::InvalidArgument("audit: no claim extractor");
  auto extracted = ExtractPage(*page, *extractor, args.Get("url"), args.Get("published"));
  if (!extracted.ok()) return extracted.status();
  return reports::AuditPage(*session.store, *extracted);
}

}  // namespace

std::optional<reports::OutputFormat> FormatFlag(const Args& args, reports::OutputFormat fallback,
                                                std::initializer_list<reports::OutputFormat> allowed) {
  reports::OutputFormat format = fallback;
  if (args.Has("format") && !reports::ParseOutputFormat(args.Get("format"), &format)) {
    return std::nullopt;
  }
  if (std::find(allowed.begin(), allowed.end(), format) == allowed.end()) return std::nullopt;
  return format;
}

int ReportContradictions(const Args& args, Io& io, Setup& setup) {
  const std::string command = "report contradictions: ";
  using reports::OutputFormat;
  auto format = FormatFlag(args, OutputFormat::kJson,
                           {OutputFormat::kJson, OutputFormat::kHtml, OutputFormat::kMarkdown,
                            OutputFormat::kCsv});
  if (!format) return Usage(io, command + "--format must be html, md, json or csv");
  if (!args.positional.empty()) return Usage(io, command + "unexpected '" + args.positional[0] + "'");
  if (args.Has("since") && args.Has("run")) return Usage(io, command + "give --since or --run, not both");
  reports::ReportOptions options;
  options.include_dismissed = args.Has("include-dismissed");
  if (args.Has("min-severity")) {
    core::Severity min = core::Severity::kLow;
    if (!core::ParseSeverity(args.Get("min-severity"), &min)) {
      return Fail(io, core::InvalidArgument("report contradictions: --min-severity '" +
                                            args.Get("min-severity") +
                                            "': expected low, medium or high"));
    }
    options.min_severity = min;
  }
  options.since = args.Get("since");
  options.db_path = store::RedactUrl(setup.db);
  if (args.Has("run") && !ParseId(args.Get("run"), &options.run_id)) {
    return Usage(io, command + "--run needs a numeric run id");
  }
  auto session = OpenSession(setup, io, "");
  if (!session) return kExitFailure;
  auto report = reports::BuildReport(*session->store, options);
  if (!report.ok()) return Fail(io, report.status().Prefixed("report contradictions"));
  return Emit(args, io, RenderReport(*format, *report));
}

int AuditCommand(const Args& args, Io& io, Setup& setup) {
  using reports::OutputFormat;
  auto format = FormatFlag(args, OutputFormat::kText,
                           {OutputFormat::kText, OutputFormat::kJson, OutputFormat::kHtml,
                            OutputFormat::kMarkdown, OutputFormat::kCsv});
  if (!format) return Usage(io, "audit: --format must be text, json, html, md or csv");
  if (!args.Has("source") && args.positional.empty()) {
    return Usage(io, "audit: give --source NAME, or one URL or FILE");
  }
  if (args.Has("source") && !args.positional.empty()) {
    return Usage(io, "audit: give --source NAME or one URL or FILE, not both");
  }
  if (args.positional.size() > 1) return Usage(io, "audit: give one URL or FILE");
  if (args.Has("source") && (args.Has("url") || args.Has("published"))) {
    return Usage(io, "audit: --url and --published go with a URL, not --source");
  }
  std::string published = args.Get("published");
  if (!published.empty() && !IsIsoDay(published)) {
    return Usage(io, "audit: --published '" + published + "': expected YYYY-MM-DD");
  }
  auto session = OpenSession(setup, io, "");
  if (!session) return kExitFailure;
  auto audit = AuditTarget(args, io, setup, *session);
  if (!audit.ok()) return Fail(io, audit.status().Prefixed("audit"));
  return Emit(args, io, RenderAudit(*format, *audit));
}

namespace {

// The figures of the run's summary that come from the tally and the reconciliation.
reports::RunFigures FiguresOf(const Session& session, const SourceTally& tally,
                              const store::ReconcileCounts& counts, int reopened) {
  reports::RunFigures f;
  f.run_id = session.run_id;
  f.db_path = session.shown_db();
  f.sources_ok = tally.sources_ok;
  f.sources_failed = tally.sources_failed;
  f.articles_new = tally.articles_new;
  f.articles_unchanged = tally.articles_unchanged;
  f.documents_failed = tally.documents_failed;
  f.documents_rejected = static_cast<int>(tally.rejects.size());
  f.contradictions_gone = counts.gone;
  f.contradictions_reopened = reopened;
  f.claims_new = session.claims_stored;
  return f;
}

// The figures as a run records them (runs.summary), and back.
nlohmann::json FiguresJson(const reports::RunFigures& f) {
  return {{"sources_ok", f.sources_ok},
          {"sources_failed", f.sources_failed},
          {"articles_new", f.articles_new},
          {"articles_unchanged", f.articles_unchanged},
          {"documents_failed", f.documents_failed},
          {"documents_rejected", f.documents_rejected},
          {"claims", f.claims},
          {"claims_new", f.claims_new},
          {"contradictions_gone", f.contradictions_gone},
          {"contradictions_reopened", f.contradictions_reopened},
          {"files", f.files}};
}

reports::RunFigures FiguresFromJson(const nlohmann::json& j) {
  reports::RunFigures f;
  f.sources_ok = j.value("sources_ok", 0);
  f.sources_failed = j.value("sources_failed", 0);
  f.articles_new = j.value("articles_new", 0);
  f.articles_unchanged = j.value("articles_unchanged", 0);
  f.documents_failed = j.value("documents_failed", 0);
  f.documents_rejected = j.value("documents_rejected", 0);
  f.claims = j.value("claims", int64_t{0});
  f.claims_new = j.value("claims_new", int64_t{0});
  f.contradictions_gone = j.value("contradictions_gone", 0);
  f.contradictions_reopened = j.value("contradictions_reopened", 0);
  f.files = j.value("files", std::vector<std::string>());
  return f;
}

// Writes run-ID.html, contradictions.html and contradictions.json into `folder`; lists them.
core::Status WriteReportFiles(const std::string& folder, int64_t run_id,
                              const reports::ContradictionReport& report,
                              std::vector<std::string>* files) {
  std::string html = reports::ToHtml(report);
  const std::pair<std::string, std::string> written[] = {
      {"run-" + std::to_string(run_id) + ".html", html},
      {"contradictions.html", html},
      {"contradictions.json", reports::ToJson(report)}};
  for (const auto& [name, content] : written) {
    std::string path = (fs::path(folder) / name).string();
    NR_RETURN_IF_ERROR(WriteFileAtomically(path, content));
    files->push_back(path);
  }
  return core::Status::Ok();
}

}  // namespace

core::Status WriteRunReport(Session& session, const Args& args, const Config& config,
                            const SourceTally& tally, const store::ReconcileCounts& counts,
                            int reopened, Io& io) {
  std::string folder =
      args.Get("report-dir", config.report_folder.empty() ? "reports" : config.report_folder);
  reports::RunFigures figures = FiguresOf(session, tally, counts, reopened);
  reports::ReportOptions options;
  options.run_id = session.run_id;
  options.db_path = session.shown_db();
  auto report = reports::BuildReport(*session.store, options);
  if (!report.ok()) return report.status();
  NR_RETURN_IF_ERROR(WriteReportFiles(folder, session.run_id, *report, &figures.files));
  auto claims = session.store->Count("claims");
  if (!claims.ok()) return claims.status();
  figures.claims = *claims;
  session.summary = FiguresJson(figures).dump();
  // The same figures as the summary's, by the same names.
  session.counts.update(nlohmann::json{{"contradictions_new", report->summary.new_count},
                                       {"contradictions_reopened", reopened},
                                       {"contradictions_open", report->items.size()},
                                       {"contradictions_gone", counts.gone},
                                       {"contradictions_dismissed", report->summary.dismissed},
                                       {"claims_new", figures.claims_new},
                                       {"claims_total", figures.claims}});
  if (args.Has("quiet") && !reports::NeedsAttention(figures, *report)) return core::Status::Ok();
  io.out << (reports::NothingNew(figures, *report) ? reports::QuietNightLine(figures, *report)
                                                   : reports::RunSummary(figures, *report));
  return core::Status::Ok();
}

int SummaryCommand(const Args& args, Io& io, Setup& setup) {
  if (!args.positional.empty()) return Usage(io, "summary: unexpected '" + args.positional[0] + "'");
  int64_t run_id = 0;
  if (!args.Has("run")) return Usage(io, "summary: --run ID is required");
  if (!ParseId(args.Get("run"), &run_id)) return Usage(io, "summary: --run needs a numeric run id");
  auto session = OpenSession(setup, io, "");
  if (!session) return kExitFailure;
  std::string recorded;
  auto run = session->store->LoadRun(run_id, &recorded);
  if (!run.ok()) return Fail(io, run.status().Prefixed("summary: " + session->shown_db()));
  nlohmann::json figures_json = nlohmann::json::parse(recorded, nullptr, false);
  if (recorded.empty() || !figures_json.is_object()) {
    return Fail(io, core::NotFound("summary: " + session->shown_db() + ": run " +
                                   std::to_string(run_id) + " (" + run->command + ", " +
                                   store::ToString(run->status) + ") recorded no summary: only a run that wrote "
                                   "its report does"));
  }
  reports::RunFigures figures = FiguresFromJson(figures_json);
  figures.run_id = run_id;
  figures.db_path = session->shown_db();
  reports::ReportOptions options;
  options.run_id = run_id;
  options.db_path = session->shown_db();
  auto report = reports::BuildReport(*session->store, options);
  if (!report.ok()) return Fail(io, report.status().Prefixed("summary"));
  io.out << (reports::NothingNew(figures, *report) ? reports::QuietNightLine(figures, *report)
                                                   : reports::RunSummary(figures, *report));
  return kExitOk;
}

}  // namespace newsrecon::cli
