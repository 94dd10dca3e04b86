// The run summary.
#include "reports/summary.h"

#include "reports/escape.h"
#include "reports/html_page.h"

namespace newsrecon::reports {
namespace {

constexpr size_t kNewListed = 8;

std::string Pad(std::string s, size_t width) {
  if (s.size() < width) s.resize(width, ' ');
  return s;
}

std::string SeverityCounts(const ReportSummary& s) {
  std::string out;
  for (const char* sev : {"high", "medium", "low"}) {
    auto it = s.by_severity.find(sev);
    if (it == s.by_severity.end()) continue;
    out += (out.empty() ? "" : ", ") + std::to_string(it->second) + " " + sev;
  }
  return out.empty() ? "" : " (" + out + ")";
}

}  // namespace

std::string RunSummary(const RunFigures& f, const ContradictionReport& report) {
  const ReportSummary& s = report.summary;
  std::string out = "newsrecon run " + std::to_string(f.run_id);
  if (!report.run_at.empty()) out += " — " + FormatRunTime(report.run_at);
  out += "\nsources:        " + std::to_string(f.sources_ok) + " ok, " +
         std::to_string(f.sources_failed) + " failed\n";
  out += "articles:       " + std::to_string(f.articles_new) + " new, " +
         std::to_string(f.articles_unchanged) + " unchanged, " +
         (f.documents_rejected > 0 ? std::to_string(f.documents_rejected) + " rejected, " : "") +
         std::to_string(f.documents_failed) + " failed\n";
  out += "claims:         " + std::to_string(f.claims) + " stored\n";
  out += "contradictions: " + std::to_string(s.new_count) + " new, " +
         std::to_string(report.items.size()) + " open" + SeverityCounts(s) + ", " +
         std::to_string(f.contradictions_gone) + " gone, " + std::to_string(s.dismissed) +
         " dismissed\n";
  size_t listed = 0, fresh = 0;
  for (const ReportItem& item : report.items) {
    if (!item.is_new) continue;
    if (++fresh > kNewListed) continue;
    if (listed++ == 0) out += "\nnew contradictions:\n";
    out += "  " + Pad(item.severity, 7) + Pad(item.kind, 16) +
           TerminalSafe(Shorten(item.topic, 90)) + "  #" + std::to_string(item.id) + "\n";
  }
  if (fresh > listed) out += "  … and " + std::to_string(fresh - listed) + " more in the report\n";
  out += "\n";
  for (const std::string& file : f.files) out += "report:   " + TerminalSafe(file) + "\n";
  out += "database: " + TerminalSafe(f.db_path) + "\n";
  return out;
}

}  // namespace newsrecon::reports
