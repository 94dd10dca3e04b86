// The one-screen summary `newsrecon run` prints at its end, suitable as cron mail.
#ifndef NEWSRECON_REPORTS_SUMMARY_H_
#define NEWSRECON_REPORTS_SUMMARY_H_

#include <string>
#include <vector>

#include "reports/report.h"

namespace newsrecon::reports {

// What a run did, as the run command counts it.
struct RunFigures {
  int64_t run_id = 0;
  int sources_ok = 0;
  int sources_failed = 0;
  int articles_new = 0;
  int articles_unchanged = 0;
  int documents_failed = 0;
  int documents_rejected = 0;  // stored as not articles (paywalls, consent walls, ...)
  int64_t claims = 0;         // stored in all
  int64_t claims_new = 0;     // stored by this run (new articles' and re-extracted ones')
  int contradictions_gone = 0;  // no longer found this run
  int contradictions_reopened = 0;  // seen before, back open this run (gone, or dismissed)
  std::vector<std::string> files;  // the reports written
  std::string db_path;
};

// At most about 24 lines: the counts (sources, articles, claims, contradictions new, open
// by severity, gone, dismissed), up to eight new contradictions one per line, then where
// the report and the database are. `report` is the run's report (BuildReport with its run).
std::string RunSummary(const RunFigures& figures, const ContradictionReport& report);

// True when the run found what calls for a person: new or reopened contradictions, failed
// sources or documents, rejected pages. `run --quiet` prints its summary only then.
bool NeedsAttention(const RunFigures& figures, const ContradictionReport& report);

// True when the run changed nothing: nothing needing attention, no new article, no
// contradiction gone. Such a night's summary is one line (QuietNightLine).
bool NothingNew(const RunFigures& figures, const ContradictionReport& report);

// "newsrecon run 7 — 2026-05-02 03:00 UTC: nothing new (12 articles unchanged, 3
// contradictions open); report: reports/run-7.html\n".
std::string QuietNightLine(const RunFigures& figures, const ContradictionReport& report);

}  // namespace newsrecon::reports

#endif  // NEWSRECON_REPORTS_SUMMARY_H_
