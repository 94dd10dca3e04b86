// Building the contradiction report and rendering it as JSON.
#include "reports/report.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>

#include "core/dates.h"
#include "reports/json_values.h"
#include "reports/stories_render.h"

namespace newsrecon::reports {
namespace {

using nlohmann::json;

ReportItem ItemOf(const store::StoredContradiction& sc) {  // without sides
  const core::Contradiction& c = sc.contradiction;
  ReportItem item;
  item.id = c.id;
  item.kind = c.kind;
  item.severity = c.severity;
  item.confidence = c.confidence;
  item.topic = c.topic;
  item.explanation = c.explanation;
  item.within_article = c.within_article;
  item.is_new = sc.is_new;
  item.status = sc.status;
  item.verdict = sc.verdict;
  item.verdict_note = sc.verdict_note;
  item.first_seen_run = sc.first_seen_run;
  item.last_seen_run = sc.last_seen_run;
  item.runs_present = sc.runs_present;
  return item;
}

// Whether the options keep `sc`, whose first run started at `first_seen_at`.
bool Selected(const store::StoredContradiction& sc, const std::string& first_seen_at,
              const ReportOptions& options) {
  if (options.min_severity && sc.contradiction.severity < *options.min_severity) {
    return false;
  }
  return options.since.empty() || first_seen_at.substr(0, 10) >= options.since;
}

void Count(const ReportItem& item, ReportSummary* s) {
  if (item.verdict == core::Verdict::kDismissed) {
    ++s->dismissed;
  } else if (item.status == core::ContradictionStatus::kGone) {
    ++s->gone;
  } else if (item.is_new) {
    ++s->new_count;
  } else {
    ++s->still_open;
  }
  if (item.verdict == core::Verdict::kConfirmed) ++s->confirmed;
}

// The last reconciling run of each day, with what every run of that day saw first.
std::vector<NightCount> Nights(const std::vector<store::RunContradictionCount>& runs, size_t keep) {
  std::vector<NightCount> nights;
  for (const auto& r : runs) {
    std::string date = r.started_at.substr(0, 10);
    if (nights.empty() || nights.back().date != date) nights.push_back({date, 0, 0, 0});
    nights.back().run_id = r.run_id;
    nights.back().present = r.present;
    nights.back().first_seen += r.first_seen;
  }
  if (nights.size() > keep) nights.erase(nights.begin(), nights.end() - static_cast<long>(keep));
  return nights;
}

core::Status CheckOptions(const ReportOptions& options) {
  auto since = core::ParseIsoDate(options.since);
  if (!options.since.empty() && (options.since.size() != 10 || !since || since->day == 0)) {
    return core::InvalidArgument("--since '" + options.since + "': expected YYYY-MM-DD");
  }
  return core::Status::Ok();
}

std::string ScopeOf(const ReportOptions& options) {
  std::string scope = options.run_id != 0 ? "contradictions present in run " +
                                                std::to_string(options.run_id)
                                          : "open contradictions";
  if (!options.since.empty()) scope += ", first seen since " + options.since;
  if (options.min_severity) {
    scope += ", severity " + std::string(core::ToString(*options.min_severity)) + " or higher";
  }
  return scope;
}

}  // namespace

Evidence EvidenceFrom(const store::StoredClaim& sc) {
  return {sc.claim.id, sc.article_id,   sc.voice,      sc.source,         sc.site_name,
          sc.url,      sc.title,        sc.published,  sc.claim.quote,    sc.claim.span,
          sc.claim.parties, sc.claim.values};
}

std::vector<ReportSide> BuildSides(const core::Contradiction& c,
                                   const std::vector<store::StoredClaim>& claims) {
  std::map<int64_t, const store::StoredClaim*> by_id;
  for (const auto& sc : claims) by_id[sc.claim.id] = &sc;
  std::vector<ReportSide> sides;
  for (const core::ContradictionSide& side : c.sides) {
    ReportSide rs;
    rs.value = side.value;
    std::set<std::string> sources;
    std::set<int64_t> voices;
    for (int64_t id : side.claim_ids) {
      auto it = by_id.find(id);
      if (it == by_id.end()) continue;
      rs.evidence.push_back(EvidenceFrom(*it->second));
      sources.insert(it->second->source);
      voices.insert(it->second->voice);
    }
    rs.sources = static_cast<int>(sources.size());
    rs.voices = static_cast<int>(voices.size());
    if (!rs.evidence.empty()) sides.push_back(std::move(rs));
  }
  return sides;
}

ReportItem ItemFromStored(const store::StoredContradiction& sc,
                          const std::vector<store::StoredClaim>& claims) {
  ReportItem item = ItemOf(sc);
  item.sides = BuildSides(sc.contradiction, claims);
  for (const store::StoredClaim& c : claims) {
    if (c.story_id != 0) {
      item.story_id = c.story_id;
      break;
    }
  }
  return item;
}

namespace {

// Puts the items of each story together, stories in the order of their first (most severe)
// item, and gives each item its story's title.
core::Status GroupByStory(store::StoryStore& store, std::vector<ReportItem>* items) {
  std::set<int64_t> ids;
  for (const ReportItem& item : *items) ids.insert(item.story_id);
  auto titles = store.StoryTitles(ids);
  if (!titles.ok()) return titles.status();
  std::map<int64_t, size_t> rank;
  for (ReportItem& item : *items) {
    rank.emplace(item.story_id, rank.size());
    auto it = titles->find(item.story_id);
    if (it != titles->end()) item.story = it->second;
  }
  std::stable_sort(items->begin(), items->end(), [&](const ReportItem& a, const ReportItem& b) {
    return rank[a.story_id] < rank[b.story_id];
  });
  return core::Status::Ok();
}

// Adds the stored contradictions the options select to `report`, counting them all in its
// summary and keeping dismissed ones only when asked.
core::Status AddItems(store::Store& store, const std::vector<store::StoredContradiction>& stored,
                      const std::map<int64_t, std::string>& run_at, const ReportOptions& options,
                      ContradictionReport* report) {
  for (const store::StoredContradiction& sc : stored) {
    auto at = run_at.find(sc.first_seen_run);
    std::string first_seen_at = at != run_at.end() ? at->second : "";
    if (!Selected(sc, first_seen_at, options)) continue;
    std::vector<int64_t> ids;
    for (const auto& side : sc.contradiction.sides) {
      ids.insert(ids.end(), side.claim_ids.begin(), side.claim_ids.end());
    }
    auto claims = store.LoadClaimsById(ids);
    if (!claims.ok()) return claims.status();
    ReportItem item = ItemFromStored(sc, *claims);
    item.first_seen_at = first_seen_at;
    // Re-extraction can remove the claims behind a side; such an item waits for reconcile.
    if (item.sides.size() < 2) continue;
    Count(item, &report->summary);
    if (item.verdict == core::Verdict::kDismissed && !options.include_dismissed) continue;
    ++report->summary.by_kind[core::ToString(item.kind)];
    ++report->summary.by_severity[core::ToString(item.severity)];
    report->items.push_back(std::move(item));
  }
  // Most severe first, then new, then most recently found.
  std::stable_sort(report->items.begin(), report->items.end(),
                   [](const ReportItem& a, const ReportItem& b) {
                     if (a.severity != b.severity) return a.severity > b.severity;
                     if (a.is_new != b.is_new) return a.is_new;
                     return a.first_seen_run > b.first_seen_run;
                   });
  return GroupByStory(store, &report->items);
}

// Adds the revisions the options select (all of them, or those stored since --since).
core::Status AddRevisions(store::RevisionStore& store, const ReportOptions& options,
                          ContradictionReport* report) {
  auto revisions = store.LoadRevisions();
  if (!revisions.ok()) return revisions.status();
  for (store::Revision& r : *revisions) {
    if (options.since.empty() || r.new_seen.substr(0, 10) >= options.since) {
      report->revisions.push_back(std::move(r));
    }
  }
  return core::Status::Ok();
}

}  // namespace

core::Result<ContradictionReport> BuildReport(store::Store& store, const ReportOptions& options) {
  NR_RETURN_IF_ERROR(CheckOptions(options));
  auto runs = store.LoadRuns();
  if (!runs.ok()) return runs.status();
  std::map<int64_t, std::string> run_at;
  for (const auto& r : *runs) run_at[r.id] = r.started_at;
  if (options.run_id != 0 && run_at.count(options.run_id) == 0) {
    return core::NotFound("no run with id " + std::to_string(options.run_id));
  }
  auto stored = options.run_id != 0 ? store.LoadContradictionsInRun(options.run_id)
                                    : store.LoadContradictions(true);
  if (!stored.ok()) return stored.status();
  auto per_run = store.CountContradictionsByRun();
  if (!per_run.ok()) return per_run.status();

  ContradictionReport report;
  report.scope = ScopeOf(options);
  report.db_path = options.db_path;
  report.run_id = options.run_id != 0 ? options.run_id
                                      : (per_run->empty() ? 0 : per_run->back().run_id);
  report.run_at = report.run_id != 0 ? run_at[report.run_id] : "";
  report.nights = Nights(*per_run, options.nights);
  NR_RETURN_IF_ERROR(AddItems(store, *stored, run_at, options, &report));
  NR_RETURN_IF_ERROR(AddRevisions(store, options, &report));
  return report;
}

core::Result<std::vector<ReportItem>> BuildContradictionReport(store::Store& store,
                                                               const ReportOptions& options) {
  auto report = BuildReport(store, options);
  if (!report.ok()) return report.status();
  return std::move(report->items);
}

std::string ToJson(const std::vector<ReportItem>& items) { return ItemsJson(items).dump(2) + "\n"; }

json ItemsJson(const std::vector<ReportItem>& items) {
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
                            {"site_name", e.site_name}, {"values", values}});
      }
      sides.push_back({{"source", first.source}, {"url", first.url}, {"quote", first.quote},
                       {"value", side.value}, {"sources", side.sources}, {"voices", side.voices},
                       {"evidence", evidence}});
    }
    out.push_back({{"id", item.id}, {"kind", core::ToString(item.kind)}, {"severity", core::ToString(item.severity)},
                   {"confidence", item.confidence}, {"topic", item.topic},
                   {"explanation", item.explanation},
                   {"within_article", item.within_article}, {"new", item.is_new},
                   {"status", core::ToString(item.status)}, {"verdict", core::ToString(item.verdict)},
                   {"verdict_note", item.verdict_note},
                   {"first_seen_run", item.first_seen_run}, {"first_seen_at", item.first_seen_at},
                   {"last_seen_run", item.last_seen_run}, {"runs_present", item.runs_present},
                   {"story_id", item.story_id}, {"story", item.story}, {"sides", sides}});
  }
  return out;
}

std::string ToJson(const ContradictionReport& report) {
  json out = ItemsJson(report.items);
  for (const store::Revision& r : report.revisions) {
    // The same shape as a contradiction's side, so a reader of the array needs one parser.
    auto side = [&](const std::string& figure, const std::string& quote, const std::string& seen) {
      json evidence = {{{"source", r.source}, {"url", r.url}, {"quote", quote}, {"published", seen}}};
      return json{{"source", r.source}, {"url", r.url}, {"quote", quote}, {"value", figure},
                  {"seen", seen}, {"sources", 1}, {"voices", 1}, {"evidence", evidence}};
    };
    out.push_back({{"id", r.id}, {"kind", "revision"}, {"severity", core::ToString(core::Severity::kLow)},
                   {"topic", r.source + " changed " + r.old_figure + " to " + r.new_figure},
                   {"explanation", RevisionSentence(r)}, {"within_article", false},
                   {"story_id", r.story_id}, {"story", r.story_title},
                   {"sides", {side(r.old_figure, r.old_quote, r.old_seen),
                              side(r.new_figure, r.new_quote, r.new_seen)}}});
  }
  return out.dump(2) + "\n";
}

}  // namespace newsrecon::reports
