// The HTML frame and the pieces the HTML reports share.
#include "reports/html_page.h"

#include "reconcile/intervals.h"
#include "reports/escape.h"
#include "reports/highlight.h"

namespace newsrecon::reports {
namespace {

constexpr const char* kStyle = R"css(
:root{--ink:#1d2430;--muted:#5d6778;--line:#e3e7ee;--bg:#f5f7fa;--card:#fff;
--high:#b42318;--high-bg:#fee4e2;--medium:#b54708;--medium-bg:#fef0c7;--low:#175cd3;--low-bg:#d1e9ff;
--accent:#3e4fb5}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);font:14px/1.5 -apple-system,"Segoe UI",Roboto,
"Helvetica Neue",Arial,sans-serif}
.top{background:#1d2430;color:#fff;padding:20px 32px}
.top .brand{font-size:12px;letter-spacing:.12em;text-transform:uppercase;color:#aab4c8}
.top h1{margin:2px 0 4px;font-size:24px;font-weight:600}
.top .meta{margin:0;color:#cfd6e4;font-size:13px}
main{max-width:1180px;margin:0 auto;padding:24px 32px 40px}
h2{font-size:15px;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);margin:0 0 12px}
.panel{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:18px 20px;
margin-bottom:20px}
.row{display:flex;gap:20px;flex-wrap:wrap}.row>*{flex:1 1 300px}
.tiles{display:flex;gap:12px;flex-wrap:wrap;margin-bottom:14px}
.tile{flex:1 1 110px;border:1px solid var(--line);border-radius:8px;padding:10px 14px}
.tile .n{font-size:26px;font-weight:650;line-height:1.2}.tile .l{color:var(--muted);font-size:12px}
.tile.new .n{color:var(--accent)}
table.counts{border-collapse:collapse;width:100%;font-size:13px}
table.counts td,table.counts th{padding:4px 8px;border-bottom:1px solid var(--line);text-align:left}
table.counts td.num,table.counts th.num{text-align:right;font-variant-numeric:tabular-nums}
.badge{display:inline-block;border-radius:999px;padding:1px 9px;font-size:12px;font-weight:600;
margin-right:6px;white-space:nowrap}
.sev-high{background:var(--high-bg);color:var(--high)}.sev-medium{background:var(--medium-bg);
color:var(--medium)}.sev-low{background:var(--low-bg);color:var(--low)}
.badge.kind{background:#eef0f6;color:#394150}.badge.new{background:var(--accent);color:#fff}
.badge.verdict{background:#e7f6ec;color:#067647}.badge.gone{background:#f2f4f7;color:#667085}
.toc ul{margin:0;padding:0;list-style:none;columns:2 320px}
.toc li{break-inside:avoid;margin-bottom:10px}.toc .parties{font-weight:600}
.toc a{color:var(--accent);text-decoration:none}.toc a:hover{text-decoration:underline}
.toc .entry{display:block;font-size:13px;margin-left:2px}
.card{background:var(--card);border:1px solid var(--line);border-left:5px solid var(--line);
border-radius:10px;margin-bottom:22px;overflow:hidden}
.card.high{border-left-color:var(--high)}.card.medium{border-left-color:var(--medium)}
.card.low{border-left-color:var(--low)}.card.muted{opacity:.72}
.card-head{padding:14px 20px 10px;border-bottom:1px solid var(--line)}
.card-head h3{display:inline;font-size:16px;margin:0 8px 0 4px}
.card-head .cid{float:right;color:var(--muted);font-size:12px}
.sides{display:grid;gap:0}.sides.n1{grid-template-columns:1fr}
.sides.n2{grid-template-columns:repeat(2,minmax(0,1fr))}
.sides.n3{grid-template-columns:repeat(3,minmax(0,1fr))}
.sides.n4{grid-template-columns:repeat(4,minmax(0,1fr))}
.side{padding:14px 20px;border-right:1px solid var(--line);min-width:0}.side:last-child{border-right:0}
.side-head{margin-bottom:10px}.claim-value{font-weight:650;font-size:15px}
.count{color:var(--muted);font-size:12px}
.ev{margin:0 0 12px}
blockquote{margin:0;padding:8px 12px;background:#fafbfc;border-left:3px solid #c8cfdb;
border-radius:4px;overflow-wrap:anywhere}
.ev-meta{color:var(--muted);font-size:12px;margin-top:4px;overflow-wrap:anywhere}
.ev-meta .src{color:var(--ink);font-weight:600}
.ev-meta a{color:var(--accent)}
.chip{display:inline-block;background:#eef0f6;border-radius:4px;padding:0 6px;margin:3px 4px 0 0;
font-size:12px;font-family:ui-monospace,SFMono-Regular,Menlo,monospace}
mark{border-radius:3px;padding:0 2px}mark.v{background:#ffe58a}
mark.c{background:#fcd5ce;color:#7a271a}mark.p{background:#dbe4ff}
details summary{cursor:pointer;color:var(--accent);font-size:13px;margin-bottom:8px}
.card-foot{padding:10px 20px;background:#fafbfc;border-top:1px solid var(--line);font-size:12px;
color:var(--muted);display:flex;gap:18px;flex-wrap:wrap;justify-content:space-between}
.card-foot code{background:#eef0f6;color:var(--ink);padding:2px 6px;border-radius:4px;
font-family:ui-monospace,SFMono-Regular,Menlo,monospace;user-select:all}
.verdict-note{color:var(--ink)}
.empty{color:var(--muted)}
.legend{font-size:12px;color:var(--muted)}
.filters fieldset{display:inline-block;border:0;margin:0 18px 6px 0;padding:0}
.filters legend{font-weight:600;font-size:12px;color:var(--muted);padding:0;margin-bottom:2px}
.filters input{position:absolute;opacity:0;width:1px;height:1px}
.filters label{display:inline-block;border:1px solid var(--line);border-radius:12px;padding:1px 10px;
margin:0 4px 4px 0;font-size:12px;cursor:pointer}
.filters input:checked+label{background:var(--accent);border-color:var(--accent);color:#fff}
.filters input:focus-visible+label{outline:2px solid var(--accent);outline-offset:1px}
.filters .hint{font-size:11px;color:var(--muted);margin:4px 0 0}
.topic-key{font-size:11px;color:var(--muted);font-family:ui-monospace,monospace}
.legend mark{margin-right:8px}
table.claims{border-collapse:collapse;width:100%;font-size:13px}
table.claims td,table.claims th{padding:8px;border-bottom:1px solid var(--line);vertical-align:top;
text-align:left}
.verdict-contradicted{color:var(--high);font-weight:600}
.verdict-corroborated{color:#067647;font-weight:600}.verdict-uncorroborated{color:var(--muted)}
footer.page{max-width:1180px;margin:0 auto;padding:0 32px 32px;color:var(--muted);font-size:12px}
@media print{body{background:#fff}.card{break-inside:avoid}}
)css";

}  // namespace

std::string HtmlPageStart(const std::string& title, const std::string& extra_css) {
  return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
         "style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         "<meta name=\"referrer\" content=\"no-referrer\">\n<title>" +
         EscapeHtml(title) + "</title>\n<style>" + kStyle + extra_css + "</style>\n</head>\n<body>\n";
}

std::string HtmlPageEnd() {
  return "<footer class=\"page\">Made by newsrecon. This file is self-contained: it runs no "
         "scripts and loads nothing from the network.</footer>\n</body>\n</html>\n";
}

std::string LinkHtml(const std::string& url) {
  if (url.empty()) return "";
  if (!IsLinkable(url)) return "<span class=\"url\">" + EscapeHtml(url) + "</span>";
  return "<a href=\"" + EscapeHtml(url) + "\" rel=\"noopener noreferrer nofollow\">" +
         EscapeHtml(url) + "</a>";
}

std::string DescribeValue(const core::Value& v) {
  std::string described = reconcile::Describe(v);
  bool timed = v.type == core::ValueType::kYear || v.type == core::ValueType::kDate;
  if (timed && !v.qualifier.empty()) return v.qualifier + " " + described;
  return described;
}

std::string ValueChipsHtml(const std::vector<core::Value>& values) {
  std::string out;
  for (const core::Value& v : values) {
    out += "<span class=\"chip\" title=\"" + EscapeHtml(v.text) + "\">" +
           EscapeHtml(DescribeValue(v)) + "</span>";
  }
  return out;
}

std::string EvidenceHtml(const Evidence& e, core::ContradictionKind kind) {
  std::string out = "<figure class=\"ev\"><blockquote>" +
                    HighlightedHtml(e.quote, FindMarks(e, kind)) +
                    "</blockquote><figcaption class=\"ev-meta\"><span class=\"src\">" +
                    EscapeHtml(e.source) + "</span>";
  if (!e.site_name.empty() && e.site_name != e.source) out += " · " + EscapeHtml(e.site_name);
  if (!e.published.empty()) out += " · <time>" + EscapeHtml(e.published.substr(0, 10)) + "</time>";
  if (!e.title.empty()) out += " · <cite>" + EscapeHtml(Shorten(e.title, 140)) + "</cite>";
  if (!e.url.empty()) out += "<br>" + LinkHtml(e.url);
  if (!e.values.empty()) out += "<br>" + ValueChipsHtml(e.values);
  return out + "</figcaption></figure>\n";
}

std::string Shorten(const std::string& text, size_t max_bytes) {
  if (text.size() <= max_bytes) return text;
  size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return text.substr(0, cut) + "…";
}

std::string ReadableTopic(const std::string& topic) {
  using K = core::ContradictionKind;
  std::string t = topic;
  for (K kind : {K::kRole, K::kStatus, K::kValue, K::kDuration, K::kDate, K::kHedge,
                 K::kSingleSource}) {
    const std::string prefix = std::string(core::ToString(kind)) + ": ";
    if (t.rfind(prefix, 0) == 0 && t.find(": ", prefix.size()) != std::string::npos) {
      t.erase(0, prefix.size());
      break;
    }
  }
  size_t colon = t.find(": ");
  if (colon == std::string::npos || colon == 0) return t;
  std::string relation = t.substr(0, colon), rest = t.substr(colon + 2), qualifier;
  for (char c : relation) {
    if (!((c >= 'a' && c <= 'z') || c == '_')) return t;  // not a relation name
  }
  for (char& c : relation) c = c == '_' ? ' ' : c;
  relation[0] = static_cast<char>(relation[0] - 'a' + 'A');
  if (size_t paren = rest.rfind(" ("); paren != std::string::npos && rest.back() == ')') {
    qualifier = rest.substr(paren);
    rest.erase(paren);
  }
  if (size_t last = rest.rfind(", "); last != std::string::npos) rest.replace(last, 2, " and ");
  return relation + " — " + rest + qualifier;
}

std::string FormatRunTime(const std::string& iso) {
  if (iso.size() < 16 || iso[10] != 'T') return iso;
  return iso.substr(0, 10) + " " + iso.substr(11, 5) + (iso.back() == 'Z' ? " UTC" : "");
}

}  // namespace newsrecon::reports
