// The contradiction report: stored contradictions joined with their claims' provenance,
// as a model the formats render.
//
//   auto report = reports::BuildContradictionReport(store, {});
//   std::string json = reports::ToJson(*report);
#ifndef NEWSRECON_REPORTS_REPORT_H_
#define NEWSRECON_REPORTS_REPORT_H_

#include <string>
#include <vector>

#include "core/model.h"
#include "core/status.h"
#include "store/store.h"

namespace newsrecon::reports {

// One claim standing on a side: who said it, where, and in what words.
struct Evidence {
  int64_t claim_id = 0;
  std::string source;
  std::string url;
  std::string title;
  std::string published;
  std::string quote;
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
  std::string kind;
  std::string severity;
  double confidence = 0;
  std::string topic;
  bool within_article = false;
  bool is_new = false;
  std::string status;
  std::string verdict;
  int64_t first_seen_run = 0;
  int runs_present = 0;
  std::vector<ReportSide> sides;
};

struct ReportOptions {
  bool include_dismissed = false;
};

// Reads open contradictions (most severe first) and the claims behind them.
core::Result<std::vector<ReportItem>> BuildContradictionReport(store::Store& store,
                                                               const ReportOptions& options);

// The JSON array DESIGN.md promises: each item has kind, severity and sides, each side
// {source, url, quote, value} (its first evidence) plus every piece of evidence.
std::string ToJson(const std::vector<ReportItem>& items);

}  // namespace newsrecon::reports

#endif  // NEWSRECON_REPORTS_REPORT_H_
