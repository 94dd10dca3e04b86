// The contradiction report as one self-contained HTML page.
#include <algorithm>
#include <cstdio>
#include <map>
#include <set>

#include "core/enum_table.h"
#include "reports/escape.h"
#include "reports/formats.h"
#include "reports/highlight.h"
#include "reports/html_filters.h"
#include "reports/html_page.h"
#include "reports/stories_render.h"

namespace newsrecon::reports {
namespace {

constexpr size_t kQuotesShown = 2;  // per side; the rest fold into <details>

// What a card's confidence means (reconcile/emitter.cc computes it).
constexpr const char* kConfidenceHelp =
    "Confidence, from 0 to 1: how likely it is that the sources really disagree, rather than "
    "newsrecon misreading them. It grows with the independent voices on each side (copies of "
    "one story count once) and is lower for a dropped hedge or a claim from a single source.";

// A kind for people; a kind without a label here shows its name.
std::string KindLabel(core::ContradictionKind kind) {
  using K = core::ContradictionKind;
  constexpr core::EnumTable<K, 8> kLabels = {{{K::kRole, "Role"},
                                              {K::kStatus, "Status"},
                                              {K::kValue, "Value"},
                                              {K::kDuration, "Duration vs dates"},
                                              {K::kDate, "Date"},
                                              {K::kHedge, "Hedge dropped"},
                                              {K::kSingleSource, "Single source"},
                                              {K::kWithinArticle, "Within one article"}}};
  for (const auto& [k, label] : kLabels) {
    if (k == kind) return label;
  }
  return core::ToString(kind);
}

// The label for a kind's name (a report summary's key); an unknown name shows itself.
std::string KindLabel(const std::string& name) {
  core::ContradictionKind kind;
  return core::ParseContradictionKind(name, &kind) ? KindLabel(kind) : name;
}

std::string Capitalised(std::string s) {
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

std::string Tile(const std::string& cls, int n, const std::string& label) {
  return "<div class=\"tile " + cls + "\"><div class=\"n\">" + std::to_string(n) +
         "</div><div class=\"l\">" + label + "</div></div>";
}

std::string CountsTable(const std::string& heading, const std::map<std::string, int>& counts,
                        bool severity) {
  std::string out = "<table class=\"counts\"><tr><th>" + heading + "</th><th class=\"num\">in report</th></tr>";
  std::vector<std::string> keys;
  if (severity) {
    keys = {"high", "medium", "low"};
  } else {
    for (const auto& [k, n] : counts) keys.push_back(k);
  }
  for (const std::string& k : keys) {
    auto it = counts.find(k);
    int n = it == counts.end() ? 0 : it->second;
    std::string label = severity ? "<span class=\"badge sev-" + k + "\">" + Capitalised(k) + "</span>"
                                 : EscapeHtml(KindLabel(k));
    out += "<tr><td>" + label + "</td><td class=\"num\">" + std::to_string(n) + "</td></tr>";
  }
  return out + "</table>";
}

std::string SummaryHtml(const ContradictionReport& r) {
  const ReportSummary& s = r.summary;
  std::string out = "<section class=\"panel\"><h2>Summary</h2><div class=\"tiles\">";
  out += Tile("open", s.new_count + s.still_open, "open");
  out += Tile("new", s.new_count, "of them new");
  out += Tile("", s.still_open, "of them still open");
  out += Tile("", s.dismissed, "dismissed");
  out += Tile("", s.confirmed, "confirmed");
  if (s.gone > 0) out += Tile("", s.gone, "gone since");
  out += "</div><div class=\"row\"><div>" + CountsTable("Severity", s.by_severity, true) +
         "</div><div>" + CountsTable("Kind", s.by_kind, false) + "</div></div></section>\n";
  return out;
}

std::string TrendHtml(const ContradictionReport& r) {
  if (r.nights.empty()) return "";
  return "<section class=\"panel\"><h2>Contradictions per night</h2>" + NightsSvg(r.nights) +
         "</section>\n";
}

// The parties an item is about, from its claims: what the table of contents groups by.
std::string PartiesOf(const ReportItem& item) {
  std::set<std::string> parties;
  for (const auto& side : item.sides) {
    for (const auto& e : side.evidence) parties.insert(e.parties.begin(), e.parties.end());
  }
  std::string out;
  for (const auto& p : parties) out += (out.empty() ? "" : " · ") + p;
  return out.empty() ? "(no named parties)" : out;
}

// The sources an item quotes, sorted.
std::set<std::string> SourcesOf(const ReportItem& item) {
  std::set<std::string> sources;
  for (const auto& side : item.sides) {
    for (const auto& e : side.evidence) sources.insert(e.source);
  }
  return sources;
}

// One option per story the items belong to ("t12"), labelled with the story's title; items
// not grouped into a story yet are shown under every option's "All" only.
FilterFacet StoryFacet(const std::vector<ReportItem>& items) {
  std::map<int64_t, std::string> titles;
  for (const ReportItem& item : items) {
    if (item.story_id != 0) titles.emplace(item.story_id, item.story);
  }
  FilterFacet facet{"story", "Story", {}};
  if (titles.size() < 2) return facet;  // one story: nothing to choose
  for (const auto& [id, title] : titles) {
    facet.options.emplace_back("t" + std::to_string(id),
                               title.empty() ? "Story " + std::to_string(id) : title);
  }
  return facet;
}

// The filters: severity, kind, story, source and "new since the last run", each from the items.
struct Filters {
  std::vector<FilterFacet> facets;
  std::map<std::string, std::string> source_token;  // source name -> "s3"

  explicit Filters(const std::vector<ReportItem>& items) {
    std::set<std::string> sources, severities;
    std::map<std::string, core::ContradictionKind> kinds;  // by name, the order shown
    bool any_new = false;
    for (const ReportItem& item : items) {
      severities.insert(core::ToString(item.severity));
      kinds.emplace(core::ToString(item.kind), item.kind);
      for (const std::string& s : SourcesOf(item)) sources.insert(s);
      any_new = any_new || item.is_new;
    }
    FilterFacet severity{"severity", "Severity", {}}, kind{"kind", "Kind", {}}, source{"source", "Source", {}};
    for (const char* s : {"high", "medium", "low"}) {
      if (severities.count(s) > 0) severity.options.emplace_back(s, Capitalised(s));
    }
    for (const auto& [name, k] : kinds) kind.options.emplace_back(name, KindLabel(k));
    for (const std::string& s : sources) {
      source_token[s] = "s" + std::to_string(source_token.size() + 1);
      source.options.emplace_back(source_token[s], s);
    }
    facets = {severity, kind, StoryFacet(items), source};
    if (any_new) facets.push_back({"new", "Since the last run", {{"new", "New only"}}});
  }

  // The item's data attributes, on its card and its table-of-contents entry alike.
  std::string AttributesOf(const ReportItem& item) const {
    FilterTokens tokens{{"severity", {core::ToString(item.severity)}}, {"kind", {core::ToString(item.kind)}}};
    if (item.story_id != 0) tokens["story"] = {"t" + std::to_string(item.story_id)};
    for (const std::string& s : SourcesOf(item)) tokens["source"].push_back(source_token.at(s));
    if (item.is_new) tokens["new"] = {"new"};
    return FilterAttributes(tokens);
  }
};

std::string TocHtml(const ContradictionReport& r, const Filters& filters) {
  if (r.items.empty()) return "";
  std::map<std::string, std::string> groups;
  for (const ReportItem& item : r.items) {
    groups[PartiesOf(item)] += "<a class=\"entry\"" + filters.AttributesOf(item) + " href=\"#c" +
                               std::to_string(item.id) + "\"><span class=\"badge sev-" + EscapeHtml(core::ToString(item.severity)) + "\">" +
                               EscapeHtml(Capitalised(core::ToString(item.severity))) + "</span>" +
                               EscapeHtml(KindLabel(item.kind)) + ": " +
                               EscapeHtml(ReadableTopic(item.topic)) +
                               (item.is_new ? " <span class=\"badge new\">New</span>" : "") + "</a>";
  }
  std::string out = "<nav class=\"panel toc\"><h2>By topic</h2><ul>";
  for (const auto& [parties, entries] : groups) {
    out += "<li><div class=\"parties\">" + EscapeHtml(parties) + "</div>" + entries + "</li>";
  }
  return out + "</ul></nav>\n";
}

std::string SideHtml(const ReportSide& side, core::ContradictionKind kind) {
  std::set<std::string> sources;
  for (const auto& e : side.evidence) sources.insert(e.source);
  std::string names;
  for (const auto& s : sources) names += (names.empty() ? "" : ", ") + s;
  std::string out = "<div class=\"side\"><div class=\"side-head\"><div class=\"claim-value\">" +
                    EscapeHtml(side.value) + "</div><div class=\"count\">" +
                    std::to_string(side.sources) + " source(s), " + std::to_string(side.voices) +
                    " voice(s): " + EscapeHtml(names) + "</div></div>\n";
  for (size_t i = 0; i < side.evidence.size() && i < kQuotesShown; ++i) {
    out += EvidenceHtml(side.evidence[i], kind);
  }
  if (side.evidence.size() > kQuotesShown) {
    out += "<details><summary>" + std::to_string(side.evidence.size() - kQuotesShown) +
           " more quote(s)</summary>\n";
    for (size_t i = kQuotesShown; i < side.evidence.size(); ++i) {
      out += EvidenceHtml(side.evidence[i], kind);
    }
    out += "</details>";
  }
  return out + "</div>\n";
}

std::string FooterHtml(const ReportItem& item, const std::string& db_path) {
  if (item.id == 0) {
    return "<footer class=\"card-foot\"><div>Found now by comparing with the stored claims; "
           "not stored.</div></footer>\n";
  }
  std::string history = "First seen in run " + std::to_string(item.first_seen_run);
  if (!item.first_seen_at.empty()) history += " (" + FormatRunTime(item.first_seen_at) + ")";
  history += " · present in " + std::to_string(item.runs_present) + " run(s) · last seen in run " +
             std::to_string(item.last_seen_run);
  if (item.status == core::ContradictionStatus::kGone) history += " · no longer found";
  std::string out = "<footer class=\"card-foot\"><div>" + EscapeHtml(history);
  if (item.verdict != core::Verdict::kNone) {
    out += "<br><span class=\"verdict-note\">" + EscapeHtml(Capitalised(core::ToString(item.verdict))) +
           (item.verdict_note.empty() ? "" : ": " + EscapeHtml(item.verdict_note)) + "</span>";
  }
  std::string db = db_path.empty() ? "" : " --db " + ShellQuote(db_path);
  std::string id = std::to_string(item.id);
  out += "</div><div>Triage: <code>newsrecon triage " + id + " --confirm" + EscapeHtml(db) +
         "</code> <code>newsrecon triage " + id + " --dismiss --note '…'" + EscapeHtml(db) +
         "</code></div></footer>\n";
  return out;
}

}  // namespace

std::string CardHtml(const ReportItem& item, const std::string& db_path,
                     const std::string& attributes) {
  std::string sev = EscapeHtml(core::ToString(item.severity));
  std::string anchor = item.id != 0 ? " id=\"c" + std::to_string(item.id) + "\"" : "";
  std::string muted = item.verdict == core::Verdict::kDismissed ||
                              item.status == core::ContradictionStatus::kGone
                          ? " muted"
                          : "";
  std::string out = "<article class=\"card " + sev + muted + "\"" + anchor + attributes +
                    "><header class=\"card-head\"><span class=\"badge sev-" + sev + "\">" +
                    EscapeHtml(Capitalised(core::ToString(item.severity))) + "</span><span class=\"badge kind\">" +
                    EscapeHtml(KindLabel(item.kind)) + "</span>";
  if (item.is_new) out += "<span class=\"badge new\">New</span>";
  if (item.verdict != core::Verdict::kNone) {
    out += "<span class=\"badge verdict\">" + EscapeHtml(core::ToString(item.verdict)) + "</span>";
  }
  if (item.status == core::ContradictionStatus::kGone) out += "<span class=\"badge gone\">gone</span>";
  char confidence[16];
  std::snprintf(confidence, sizeof confidence, "%.2f", item.confidence);
  std::string id = item.id != 0 ? "#" + std::to_string(item.id) + " · " : "";
  out += "<h3>" + EscapeHtml(ReadableTopic(item.topic)) + " <span class=\"topic-key\">" +
         EscapeHtml(item.topic) + "</span></h3><span class=\"cid\" title=\"" + kConfidenceHelp +
         "\">" + id + "confidence " + confidence + "</span></header>\n";
  if (!item.explanation.empty()) out += "<p class=\"why\">" + EscapeHtml(item.explanation) + "</p>\n";
  size_t columns = std::min<size_t>(item.sides.size(), 4);
  out += "<div class=\"sides n" + std::to_string(columns) + "\">\n";
  core::ContradictionKind kind = UnderlyingKind(item.kind, item.topic);
  for (const ReportSide& side : item.sides) out += SideHtml(side, kind);
  return out + "</div>\n" + FooterHtml(item, db_path) + "</article>\n";
}

std::string ToHtml(const ContradictionReport& r) {
  std::string title = "newsrecon — contradictions";
  if (r.run_id != 0) title += " — run " + std::to_string(r.run_id);
  Filters filters(r.items);
  std::string out = HtmlPageStart(title, FilterCss(filters.facets));
  std::string meta = Capitalised(r.scope);
  if (r.run_id != 0) meta += " · run " + std::to_string(r.run_id) + " · " + FormatRunTime(r.run_at);
  if (!r.db_path.empty()) meta += " · " + r.db_path;
  out += "<header class=\"top\"><div class=\"brand\">newsrecon</div><h1>Contradiction report</h1>"
         "<p class=\"meta\">" + EscapeHtml(meta) + "</p></header>\n<main>\n";
  out += SummaryHtml(r) + TrendHtml(r) + FilterControlsHtml(filters.facets) + TocHtml(r, filters);
  if (r.items.empty()) {
    out += "<p class=\"empty\">No contradictions match.</p>\n";
  } else {
    out += "<p class=\"legend\">Highlighted: <mark class=\"v\">values</mark><mark class=\"c\">"
           "status words</mark><mark class=\"p\">parties</mark>. " + std::string(kConfidenceHelp) +
           "</p>\n";
  }
  const ReportItem* previous = nullptr;
  for (const ReportItem& item : r.items) {
    if (StartsStory(previous, item)) out += StoryHeadingHtml(item);
    out += CardHtml(item, r.db_path, filters.AttributesOf(item));
    previous = &item;
  }
  return out + RevisionsHtml(r.revisions) + "</main>\n" + HtmlPageEnd();
}

}  // namespace newsrecon::reports
