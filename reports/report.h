// The contradiction report: stored contradictions joined with their claims' provenance and
// their history across runs, as a model the formats (JSON, HTML, Markdown, CSV) render.
//
//   reports::ReportOptions options;
//   options.min_severity = core::Severity::kMedium;
//   auto report = reports::BuildReport(store, options);
//   if (!report.ok()) return Fail(report.status());
//   std::string html = reports::ToHtml(*report);   // reports/formats.h
#ifndef NEWSRECON_REPORTS_REPORT_H_
#define NEWSRECON_REPORTS_REPORT_H_

#include <map>
#include <optional>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/model.h"
#include "core/status.h"
#include "store/store.h"

namespace newsrecon::reports {

// One claim standing on a side: who said it, where, and in what words.
struct Evidence {
  int64_t claim_id = 0;
  int64_t article_id = 0;
  int64_t voice = 0;  // near-duplicate copies share one
  std::string source;
  std::string site_name;  // the outlet as the page names itself; may be empty
  std::string url;
  std::string title;
  std::string published;
  std::string quote;
  core::Span span;  // the quote's place in the article text; value spans are relative to it
  std::vector<std::string> parties;
  std::vector<core::Value> values;
};

struct ReportSide {
  std::string value;  // what this side says, normalised
  std::vector<Evidence> evidence;
  int sources = 0;  // distinct sources on this side
  int voices = 0;   // distinct voices (near-duplicate copies count once)
};

struct ReportItem {
  int64_t id = 0;
  core::ContradictionKind kind = core::ContradictionKind::kValue;
  core::Severity severity = core::Severity::kLow;
  double confidence = 0;
  std::string topic;
  std::string explanation;  // one plain sentence: why the sides conflict
  bool within_article = false;
  bool is_new = false;
  core::ContradictionStatus status = core::ContradictionStatus::kOpen;
  core::Verdict verdict = core::Verdict::kNone;
  std::string verdict_note;
  int64_t first_seen_run = 0;
  int64_t last_seen_run = 0;
  std::string first_seen_at;  // the first run's start, ISO 8601; empty when unknown
  int runs_present = 0;
  std::vector<ReportSide> sides;
  int64_t story_id = 0;  // the story its claims belong to; 0 when not grouped yet
  std::string story;     // that story's title
};

// Counts over the contradictions the filters select, before dismissed ones are left out.
struct ReportSummary {
  int new_count = 0;   // first seen in the latest run (or in --run)
  int still_open = 0;  // open, seen before, not dismissed
  int dismissed = 0;
  int confirmed = 0;
  int gone = 0;  // with --run: no longer found since
  std::map<std::string, int> by_kind;      // of the items shown
  std::map<std::string, int> by_severity;  // of the items shown
};

// Contradictions present on one night: the last reconciling run of that day.
struct NightCount {
  std::string date;  // YYYY-MM-DD
  int64_t run_id = 0;
  int present = 0;
  int first_seen = 0;  // first seen by any run that day
};

struct ReportOptions {
  bool include_dismissed = false;
  std::optional<core::Severity> min_severity;  // none for all
  std::string since;         // YYYY-MM-DD: only those first seen on or after
  int64_t run_id = 0;        // only those present in this run (any status now)
  std::string db_path;       // named in the triage commands; may be empty
  size_t nights = 14;        // how many nights the chart shows
};

struct ContradictionReport {
  std::string scope;  // what the filters select, for people
  int64_t run_id = 0;  // the run reported on: --run, or the latest that reconciled
  std::string run_at;  // its start
  std::string db_path;
  ReportSummary summary;
  // Grouped by story (stories in the order of their most severe item); within a story,
  // most severe first, then new, then most recent.
  std::vector<ReportItem> items;
  std::vector<NightCount> nights;  // oldest first
  // Figures outlets changed at their own URLs (not contradictions), newest first; --since
  // keeps those whose newer version was stored on or after it.
  std::vector<store::Revision> revisions;
};

// Reads the contradictions the options select, the claims behind them and their history.
// Fails with kInvalidArgument for a --since that is not a date,
// kNotFound for a run that does not exist, and with the store's error otherwise.
core::Result<ContradictionReport> BuildReport(store::Store& store, const ReportOptions& options);

// The open contradictions (most severe first) and the claims behind them.
core::Result<std::vector<ReportItem>> BuildContradictionReport(store::Store& store,
                                                               const ReportOptions& options);

// The sides of `c`, with `claims` resolving claim ids (missing ids are skipped; sides
// left without evidence are dropped).
std::vector<ReportSide> BuildSides(const core::Contradiction& c,
                                   const std::vector<store::StoredClaim>& claims);

// A claim as evidence: its quote, provenance and values.
Evidence EvidenceFrom(const store::StoredClaim& claim);

// The item for a stored contradiction, its sides resolved through `claims`.
ReportItem ItemFromStored(const store::StoredContradiction& sc,
                          const std::vector<store::StoredClaim>& claims);

// The JSON array DESIGN.md promises: each item has kind, severity and sides, each side
// {source, url, quote, value} (its first evidence) plus every piece of evidence.
std::string ToJson(const std::vector<ReportItem>& items);
// The same array with the report's revisions after its contradictions, each an item of
// kind "revision" (severity "low") whose two sides are the old and the new version.
std::string ToJson(const ContradictionReport& report);
// The same array as a JSON value, for documents that embed it (audits).
nlohmann::json ItemsJson(const std::vector<ReportItem>& items);

}  // namespace newsrecon::reports

#endif  // NEWSRECON_REPORTS_REPORT_H_
