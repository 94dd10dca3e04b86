// What the HTML reports share: the page frame with its inline style sheet and security
// policy, and the pieces a contradiction card and an audit are made of.
#ifndef NEWSRECON_REPORTS_HTML_PAGE_H_
#define NEWSRECON_REPORTS_HTML_PAGE_H_

#include <string>
#include <vector>

#include "core/model.h"
#include "reports/report.h"

namespace newsrecon::reports {

// <!DOCTYPE html> up to <body>: charset, a Content-Security-Policy that allows no scripts,
// no network and only the inline style, the escaped `title`, and the style sheet (with
// `extra_css` appended: CSS the caller made safe, such as FilterCss).
std::string HtmlPageStart(const std::string& title, const std::string& extra_css = "");
// The footer and </html>.
std::string HtmlPageEnd();

// `url` as a link when IsLinkable(), as plain text otherwise; escaped either way.
std::string LinkHtml(const std::string& url);

// The normalised values as chips ("until 2030", "27 percent").
std::string ValueChipsHtml(const std::vector<core::Value>& values);

// One quote with its highlights and provenance: source, outlet, date, link, values.
std::string EvidenceHtml(const Evidence& e, core::ContradictionKind kind);

// One contradiction as a card: badges, its sides side by side, history and triage commands
// (defined in html_report.cc). Items with id 0 (found by a page audit, not stored) have
// neither history nor triage commands.
// `attributes` go into the card's opening tag (the report's filter attributes).
std::string CardHtml(const ReportItem& item, const std::string& db_path,
                     const std::string& attributes = "");

// "2026-05-01 21:40 UTC" from ISO 8601 "2026-05-01T21:40:12.345Z"; other text unchanged.
std::string FormatRunTime(const std::string& iso);

// `text` cut to at most `max_bytes` on a character boundary, with "…" when cut.
std::string Shorten(const std::string& text, size_t max_bytes);

// A contradiction's topic as a title for people: "revenue_share: Microsoft, OpenAI (amount)"
// reads "Revenue share — Microsoft and OpenAI (amount)"; a kind in front ("value: ...", for
// contradictions within one article) is dropped; text of another shape is kept as it is.
std::string ReadableTopic(const std::string& topic);

// How a value reads for people: its normalised form, after its time word ("until 2030").
std::string DescribeValue(const core::Value& value);

}  // namespace newsrecon::reports

#endif  // NEWSRECON_REPORTS_HTML_PAGE_H_
