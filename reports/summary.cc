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
  out += "claims:         " + std::to_string(f.claims_new) + " stored by this run, " +
         std::to_string(f.claims) + " in all\n";
  out += "contradictions: " + std::to_string(s.new_count) + " new, " +
         (f.contradictions_reopened > 0 ? std::to_string(f.contradictions_reopened) + " reopened, " : "") +
         std::to_string(report.items.size()) + " open" + SeverityCounts(s) + ", " +
         std::to_string(f.contradictions_gone) + " gone, " + std::to_string(s.dismissed) +
         " dismissed\n";
  size_t listed = 0, fresh = 0;
  for (const ReportItem& item : report.items) {
    if (!item.is_new) continue;
    if (++fresh > kNewListed) continue;
    if (listed++ == 0) out += "\nnew contradictions:\n";
    out += "  " + Pad(core::ToString(item.severity), 7) + Pad(core::ToString(item.kind), 16) +
           TerminalSafe(Shorten(ReadableTopic(item.topic), 90)) + "  #" + std::to_string(item.id) + "\n";
  }
  if (fresh > listed) out += "  … and " + std::to_string(fresh - listed) + " more in the report\n";
  out += "\n";
  for (const std::string& file : f.files) out += "report:   " + TerminalSafe(file) + "\n";
  out += "database: " + TerminalSafe(f.db_path) + "\n";
  return out;
}

bool NeedsAttention(const RunFigures& f, const ContradictionReport& report) {
  return report.summary.new_count > 0 || f.contradictions_reopened > 0 || f.sources_failed > 0 ||
         f.documents_failed > 0 || f.documents_rejected > 0;
}

bool NothingNew(const RunFigures& f, const ContradictionReport& report) {
  return !NeedsAttention(f, report) && f.articles_new == 0 && f.contradictions_gone == 0;
}

std::string QuietNightLine(const RunFigures& f, const ContradictionReport& report) {
  std::string out = "newsrecon run " + std::to_string(f.run_id);
  if (!report.run_at.empty()) out += " — " + FormatRunTime(report.run_at);
  out += ": nothing new (" + std::to_string(f.articles_unchanged) + " article(s) unchanged, " +
         std::to_string(report.items.size()) + " contradiction(s) open)";
  if (!f.files.empty()) out += "; report: " + TerminalSafe(f.files.front());
  return out + "\n";
}

}  // namespace newsrecon::reports
