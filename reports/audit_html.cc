// Audits as HTML and Markdown.
#include <cstdio>
#include <map>
#include <optional>

#include "reports/audit.h"
#include "reports/escape.h"
#include "reports/highlight.h"
#include "reports/html_page.h"

namespace newsrecon::reports {
namespace {

// "#12". Appended, not "#" + string: GCC 12 warns (-Wrestrict) on that.
std::string IdLabel(int64_t id) {
  std::string out = "#";
  out += std::to_string(id);
  return out;
}

std::string Percent(double rate) {
  if (rate < 0) return "n/a";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.0f%%", rate * 100);
  return buf;
}

std::string OthersHtml(const Audit& a, const ClaimAudit& ca) {
  std::map<std::string, std::string> by_value;
  for (const Agreement& g : ca.agreements) {
    std::string& s = by_value[g.value];
    s += (s.empty() ? "" : ", ") + EscapeHtml(g.source);
  }
  std::string out;
  for (const auto& [value, sources] : by_value) {
    out += "<div>" + sources + " <span class=\"chip\">" + EscapeHtml(value) + "</span></div>";
  }
  for (size_t i : ca.contradictions) {
    const ReportItem& item = a.contradictions[i];
    std::string kind = core::ToString(item.kind);
    std::string label = item.id != 0 ? IdLabel(item.id) + " " + kind : kind;
    std::string target = item.id != 0 ? "#c" + std::to_string(item.id) : "#x" + std::to_string(i);
    out += "<div><a href=\"" + target + "\"><span class=\"badge sev-" + EscapeHtml(core::ToString(item.severity)) +
           "\">" + EscapeHtml(label) + "</span></a></div>";
  }
  return out;
}

std::string ClaimsTableHtml(const Audit& a) {
  std::string out = "<section class=\"panel\"><h2>Claims</h2><table class=\"claims\"><tr><th>"
                    "Verdict</th><th>Claim</th><th>Other sources</th></tr>\n";
  for (const ClaimAudit& ca : a.claims) {
    const store::StoredClaim& sc = ca.claim;
    Evidence e = EvidenceFrom(sc);
    out += "<tr><td class=\"verdict-" + std::string(ToString(ca.verdict)) + "\">" + VerdictLabel(ca.verdict) +
           "</td><td><blockquote>" + HighlightedHtml(e.quote, FindMarks(e, core::ContradictionKind::kValue)) +
           "</blockquote><div class=\"ev-meta\">" + EscapeHtml(DescribeClaim(sc.claim));
    if (!a.page && !sc.url.empty()) out += "<br>" + LinkHtml(sc.url);
    out += "</div></td><td>" + OthersHtml(a, ca) + "</td></tr>\n";
  }
  return out + "</table></section>\n";
}

std::string StoredCopyHtml(const Audit& a) {
  if (!a.page) return "";
  std::string out = "<section class=\"panel\"><h2>Compared with the stored copy</h2>";
  if (a.stored_articles.empty()) return out + "<p>This URL was not stored before.</p></section>\n";
  out += "<p>Stored as article(s)";
  for (int64_t id : a.stored_articles) {
    out += ' ';  // apart from the number: GCC 12 warns (-Wrestrict) on " " + string
    out += std::to_string(id);
  }
  out += ": " + std::to_string(a.quotes_new.size()) + " claim(s) new on the page, " +
         std::to_string(a.quotes_gone.size()) + " no longer on it.</p>";
  for (const auto& q : a.quotes_new) out += "<blockquote>+ " + EscapeHtml(q) + "</blockquote>";
  for (const auto& q : a.quotes_gone) out += "<blockquote>− " + EscapeHtml(q) + "</blockquote>";
  return out + "</section>\n";
}

std::string TileHtml(const std::string& n, const std::string& label) {
  return "<div class=\"tile\"><div class=\"n\">" + n + "</div><div class=\"l\">" + label +
         "</div></div>";
}

}  // namespace

std::string AuditHtml(const Audit& a) {
  std::string what = a.page ? "Page audit" : "Source audit";
  std::string out = HtmlPageStart("newsrecon — " + what + " — " + a.subject);
  out += "<header class=\"top\"><div class=\"brand\">newsrecon</div><h1>" + what + "</h1><p class=\"meta\">" +
         EscapeHtml(a.subject) + (a.page ? " · read now, not stored" : "") + "</p></header>\n<main>\n";
  out += "<section class=\"panel\"><h2>Summary</h2><div class=\"tiles\">" +
         TileHtml(std::to_string(a.claims.size()), "claims") +
         TileHtml(std::to_string(a.contradicted), "contradicted") +
         TileHtml(std::to_string(a.corroborated), "corroborated") +
         TileHtml(std::to_string(a.uncorroborated), "no other source") +
         TileHtml(Percent(AgreementRate(a)), "agreement rate") + "</div><p class=\"legend\">"
         "Agreement rate: the share of the claims other sources speak to that at least one other "
         "source backs; a contradicted claim is backed when another source stands on its side.</p>"
         "</section>\n";
  out += StoredCopyHtml(a) + ClaimsTableHtml(a);
  if (!a.contradictions.empty()) out += "<h2>Contradictions</h2>\n";
  for (size_t i = 0; i < a.contradictions.size(); ++i) {
    const ReportItem& item = a.contradictions[i];
    if (item.id == 0) out += "<div id=\"x" + std::to_string(i) + "\"></div>";
    out += CardHtml(item, "");
  }
  return out + "</main>\n" + HtmlPageEnd();
}

std::string AuditMarkdown(const Audit& a) {
  std::string out = std::string("# ") + (a.page ? "Page audit: " : "Source audit: ") +
                    EscapeMarkdown(a.subject) + "\n\n";
  out += "| claims | contradicted | corroborated | no other source | agreement rate |\n"
         "| ---: | ---: | ---: | ---: | ---: |\n| " +
         std::to_string(a.claims.size()) + " | " + std::to_string(a.contradicted) + " | " +
         std::to_string(a.corroborated) + " | " + std::to_string(a.uncorroborated) + " | " +
         Percent(AgreementRate(a)) + " |\n";
  std::optional<ClaimVerdict> section;
  for (const ClaimAudit& ca : a.claims) {
    if (ca.verdict != section) {
      out += std::string("\n## ") + VerdictLabel(ca.verdict) + "\n\n";
      section = ca.verdict;
    }
    out += "> " + EscapeMarkdown(ca.claim.claim.quote) + "\n\n- says: " +
           EscapeMarkdown(DescribeClaim(ca.claim.claim)) + "\n";
    for (const Agreement& g : ca.agreements) {
      out += "- corroborated by " + EscapeMarkdown(g.source) + ": " + EscapeMarkdown(g.value) + "\n";
    }
    for (size_t i : ca.contradictions) {
      const ReportItem& item = a.contradictions[i];
      out += "- contradicted: " + (item.id != 0 ? IdLabel(item.id) + " " : std::string()) +
             std::string(core::ToString(item.severity)) + " " + EscapeMarkdown(core::ToString(item.kind)) + ", " + EscapeMarkdown(item.topic) + "\n";
    }
    out += "\n";
  }
  return out;
}

}  // namespace newsrecon::reports
