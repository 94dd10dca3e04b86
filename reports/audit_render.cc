// Audits as terminal text, JSON and CSV.
#include <cctype>
#include <cstdio>
#include <map>
#include <nlohmann/json.hpp>

#include "reports/audit.h"
#include "reports/escape.h"
#include "reports/html_page.h"
#include "reports/json_values.h"

namespace newsrecon::reports {
namespace {

using nlohmann::json;

std::string T(const std::string& text) { return TerminalSafe(text); }

std::string RateText(const Audit& audit) {
  double rate = AgreementRate(audit);
  if (rate < 0) return "agreement rate: n/a (no other source speaks to its claims)";
  char percent[16];
  std::snprintf(percent, sizeof percent, "%.0f%%", rate * 100);
  return std::string("agreement rate: ") + percent + " (other sources back " +
         std::to_string(audit.corroborated + audit.contradicted_backed) + " of the " +
         std::to_string(audit.corroborated + audit.contradicted) + " claims they speak to)";
}

// "value: source, source; value: source".
std::string AgreementsText(const std::vector<Agreement>& agreements) {
  std::map<std::string, std::string> by_value;
  for (const Agreement& a : agreements) {
    std::string& s = by_value[a.value];
    s += (s.empty() ? "" : ", ") + a.source;
  }
  std::string out;
  for (const auto& [value, sources] : by_value) {
    out += (out.empty() ? "" : "; ") + sources + " (" + value + ")";
  }
  return out;
}

std::string ItemLine(const ReportItem& item) {
  std::string id = item.id != 0 ? "#" + std::to_string(item.id) + " " : "";
  return id + core::ToString(item.severity) + " " + core::ToString(item.kind) + ": " + item.topic;
}

std::string HeaderText(const Audit& a) {
  std::string out = a.page ? "Audit of page " + T(a.subject) + ": " +
                                 std::to_string(a.claims.size()) + " claim(s) read now, not stored\n"
                           : "Audit of source " + T(a.subject) + ": " + std::to_string(a.articles) +
                                 " article(s), " + std::to_string(a.claims.size()) + " claim(s)\n";
  out += "  " + std::to_string(a.contradicted) + " contradicted (" +
         std::to_string(a.contradicted_backed) + " of them backed by other sources), " +
         std::to_string(a.corroborated) + " corroborated, " + std::to_string(a.uncorroborated) +
         " with no other source\n  " + RateText(a) + "\n";
  if (a.page && a.stored_articles.empty()) out += "  not stored before\n";
  if (a.page && !a.stored_articles.empty()) {
    out += "  stored before as article(s)";
    for (int64_t id : a.stored_articles) out += " " + std::to_string(id);
    out += ": " + std::to_string(a.quotes_new.size()) + " claim(s) new on the page, " +
           std::to_string(a.quotes_gone.size()) + " no longer on it\n";
    for (const auto& q : a.quotes_new) out += "    + " + T(q) + "\n";
    for (const auto& q : a.quotes_gone) out += "    - " + T(q) + "\n";
  }
  return out;
}

}  // namespace

std::string DescribeClaim(const core::Claim& c) {
  std::string out = c.relation.empty() ? "no relation" : c.relation;
  if (!c.roles.empty()) {
    std::string roles;
    for (const auto& r : c.roles) roles += (roles.empty() ? "" : ", ") + r.name + " " + r.party;
    out += " (" + roles + ")";
  } else if (!c.parties.empty()) {
    std::string parties;
    for (const auto& p : c.parties) parties += (parties.empty() ? "" : ", ") + p;
    out += "; parties " + parties;
  }
  if (c.polarity == core::Polarity::kNegated) out += ", negated";
  if (c.phase != core::Phase::kUnspecified) out += std::string(", ") + core::ToString(c.phase);
  if (c.undisclosed) out += ", not disclosed";
  std::string values;
  for (const auto& v : c.values) values += (values.empty() ? "" : ", ") + DescribeValue(v);
  if (!values.empty()) out += "; " + values;
  return out;
}

std::string AuditText(const Audit& a) {
  std::string out = HeaderText(a);
  std::string section;
  for (const ClaimAudit& ca : a.claims) {
    std::string heading = VerdictLabel(ca.verdict);
    for (char& c : heading) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (heading != section) {
      out += "\n" + heading + "\n";
      section = heading;
    }
    std::string id = ca.claim.claim.id > 0 ? "claim " + std::to_string(ca.claim.claim.id) : "claim";
    out += "  " + id + ": " + T(ca.claim.claim.quote) + "\n    says: " +
           T(DescribeClaim(ca.claim.claim)) + "\n";
    if (!ca.agreements.empty()) out += "    by:   " + T(AgreementsText(ca.agreements)) + "\n";
    for (size_t i : ca.contradictions) out += "    in:   " + T(ItemLine(a.contradictions[i])) + "\n";
  }
  if (!a.contradictions.empty()) out += "\nCONTRADICTIONS\n";
  for (const ReportItem& item : a.contradictions) {
    out += "  " + T(ItemLine(item)) + "\n";
    for (const ReportSide& side : item.sides) {
      std::string sources;
      for (const Evidence& e : side.evidence) {
        if (sources.find(e.source) == std::string::npos) sources += (sources.empty() ? "" : ", ") + e.source;
      }
      out += "     " + T(side.value) + ": " + T(sources) + "\n";
    }
  }
  return out;
}

std::string AuditJson(const Audit& a) {
  json claims = json::array();
  for (const ClaimAudit& ca : a.claims) {
    json agreements = json::array();
    for (const Agreement& g : ca.agreements) {
      agreements.push_back({{"source", g.source}, {"value", g.value}, {"claim_id", g.claim_id}});
    }
    json in = json::array();
    for (size_t i : ca.contradictions) in.push_back(i);
    json claim = ClaimToJson(ca.claim.claim);
    claim["claim_id"] = ca.claim.claim.id;
    claim["source"] = ca.claim.source;
    claim["url"] = ca.claim.url;
    claim["verdict"] = ToString(ca.verdict);
    claim["corroborated_by"] = agreements;
    claim["contradictions"] = in;  // indexes into "contradictions"
    claims.push_back(claim);
  }
  double rate = AgreementRate(a);
  json summary = {{"articles", a.articles},         {"claims", a.claims.size()},
                  {"contradicted", a.contradicted}, {"contradicted_backed", a.contradicted_backed},
                  {"corroborated", a.corroborated},
                  {"uncorroborated", a.uncorroborated},
                  {"agreement_rate", rate < 0 ? json(nullptr) : json(rate)}};
  json out = {{"subject", a.subject}, {"kind", a.page ? "page" : "source"}, {"summary", summary},
              {"claims", claims},    {"contradictions", ItemsJson(a.contradictions)}};
  if (a.page) {
    out["stored_articles"] = a.stored_articles;
    out["quotes_new"] = a.quotes_new;
    out["quotes_gone"] = a.quotes_gone;
  }
  return out.dump(2) + "\n";
}

std::string AuditCsv(const Audit& a) {
  std::string out = "claim_id,source,url,published,verdict,says,quote,corroborated_by,contradictions\r\n";
  for (const ClaimAudit& ca : a.claims) {
    std::string in;
    for (size_t i : ca.contradictions) in += (in.empty() ? "" : "; ") + ItemLine(a.contradictions[i]);
    out += std::to_string(ca.claim.claim.id) + "," + CsvField(ca.claim.source) + "," +
           CsvField(ca.claim.url) + "," + CsvField(ca.claim.published) + "," + ToString(ca.verdict) + "," +
           CsvField(DescribeClaim(ca.claim.claim)) + "," + CsvField(ca.claim.claim.quote) + "," +
           CsvField(AgreementsText(ca.agreements)) + "," + CsvField(in) + "\r\n";
  }
  return out;
}

}  // namespace newsrecon::reports
