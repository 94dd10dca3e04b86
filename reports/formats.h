// The contradiction report in the formats people read: one self-contained HTML file (inline
// CSS and SVG, no scripts, nothing fetched), Markdown, and CSV. JSON is in report.h.
//
//   auto report = reports::BuildReport(store, options);
//   WriteFile("report.html", reports::ToHtml(*report));
#ifndef NEWSRECON_REPORTS_FORMATS_H_
#define NEWSRECON_REPORTS_FORMATS_H_

#include <string>
#include <vector>

#include "reports/report.h"

namespace newsrecon::reports {

// The formats reports are written in, as --format names them: "text", "json", "html", "md"
// and "csv". Each command takes some of them.
enum class OutputFormat { kText, kJson, kHtml, kMarkdown, kCsv };
const char* ToString(OutputFormat format);
// The inverse; false for an unknown name (and *out left as it was).
bool ParseOutputFormat(const std::string& name, OutputFormat* out);

// A page an analyst can open or mail: the summary (new, still open, dismissed, by severity
// and kind), contradictions per night as an inline SVG chart, a table of contents by the
// parties involved, then one card per contradiction with its sides side by side (quotes
// with values and status words highlighted, sources, outlets, dates, links, normalised
// values), its history and the triage commands. Every article-derived string is escaped;
// only http and https URLs become links; a Content-Security-Policy forbids scripts.
std::string ToHtml(const ContradictionReport& report);

// The same as a Markdown document, quotes as block quotes, article text escaped.
std::string ToMarkdown(const ContradictionReport& report);

// RFC 4180 CSV with a header row and one row per piece of evidence: the contradiction's id,
// kind, severity, topic, status, verdict, new, first_seen_run, runs_present, then the
// side (1-based), its value, sources and voices, and the evidence's source, url,
// published, quote and values, then the item's story_id and story (its title).
std::string ToCsv(const ContradictionReport& report);

// The chart of contradictions per night, as an <svg> element; empty when there are none.
std::string NightsSvg(const std::vector<NightCount>& nights);

}  // namespace newsrecon::reports

#endif  // NEWSRECON_REPORTS_FORMATS_H_
