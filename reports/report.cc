// Building the contradiction report and rendering it as JSON.
#include "reports/report.h"

#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "reports/json_values.h"

namespace newsrecon::reports {
namespace {

using nlohmann::json;

}  // namespace

core::Result<std::vector<ReportItem>> BuildContradictionReport(store::Store& store,
                                                               const ReportOptions& options) {
  auto stored = store.LoadContradictions(options.include_dismissed);
  if (!stored.ok()) return stored.status();
  std::vector<ReportItem> items;
  for (const store::StoredContradiction& sc : *stored) {
    const core::Contradiction& c = sc.contradiction;
    ReportItem item{c.id, c.kind, c.severity, c.confidence, c.topic, c.within_article, sc.is_new,
                    sc.status, sc.verdict, sc.first_seen_run, sc.runs_present, {}};
    for (const core::ContradictionSide& side : c.sides) {
      auto claims = store.LoadClaimsById(side.claim_ids);
      if (!claims.ok()) return claims.status();
      ReportSide rs;
      rs.value = side.value;
      std::set<std::string> sources;
      std::set<int64_t> voices;
      for (const store::StoredClaim& claim : *claims) {
        rs.evidence.push_back({claim.claim.id, claim.source, claim.url, claim.title,
                               claim.published, claim.claim.quote, claim.claim.values});
        sources.insert(claim.source);
        voices.insert(claim.voice);
      }
      rs.sources = static_cast<int>(sources.size());
      rs.voices = static_cast<int>(voices.size());
      if (!rs.evidence.empty()) item.sides.push_back(std::move(rs));
    }
    // Re-extraction can remove the claims behind a side; such an item waits for reconcile.
    if (item.sides.size() >= 2) items.push_back(std::move(item));
  }
  return items;
}

std::string ToJson(const std::vector<ReportItem>& items) {
  json out = json::array();
  for (const ReportItem& item : items) {
    json sides = json::array();
    for (const ReportSide& side : item.sides) {
      const Evidence& first = side.evidence.front();
      json evidence = json::array();
      for (const Evidence& e : side.evidence) {
        json values = json::array();
        for (const auto& v : e.values) values.push_back(ValueToJson(v));
        evidence.push_back({{"claim_id", e.claim_id}, {"source", e.source}, {"url", e.url},
                            {"title", e.title}, {"published", e.published}, {"quote", e.quote},
                            {"values", values}});
      }
      sides.push_back({{"source", first.source}, {"url", first.url}, {"quote", first.quote},
                       {"value", side.value}, {"sources", side.sources}, {"voices", side.voices},
                       {"evidence", evidence}});
    }
    out.push_back({{"id", item.id}, {"kind", item.kind}, {"severity", item.severity},
                   {"confidence", item.confidence}, {"topic", item.topic},
                   {"within_article", item.within_article}, {"new", item.is_new},
                   {"status", item.status}, {"verdict", item.verdict},
                   {"first_seen_run", item.first_seen_run}, {"runs_present", item.runs_present},
                   {"sides", sides}});
  }
  return out.dump(2) + "\n";
}

}  // namespace newsrecon::reports
