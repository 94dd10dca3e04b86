// The contradiction report as Markdown: a summary, a table of contents by the parties
// involved, then each contradiction with its sides' quotes as block quotes.
#include <map>
#include <set>

#include "reports/escape.h"
#include "reports/formats.h"
#include "reports/html_page.h"
#include "reports/stories_render.h"

namespace newsrecon::reports {
namespace {

std::string Md(const std::string& text) { return EscapeMarkdown(text); }

std::string LinkMd(const std::string& url) {
  if (IsLinkable(url) && url.find_first_of("<>") == std::string::npos) return "<" + url + ">";
  return Md(url);
}

std::string SummaryMd(const ContradictionReport& r) {
  const ReportSummary& s = r.summary;
  std::string out = "## Summary\n\n| new | still open | dismissed | confirmed | gone |\n"
                    "| ---: | ---: | ---: | ---: | ---: |\n| " +
                    std::to_string(s.new_count) + " | " + std::to_string(s.still_open) + " | " +
                    std::to_string(s.dismissed) + " | " + std::to_string(s.confirmed) + " | " +
                    std::to_string(s.gone) + " |\n\n| severity | in report |\n| --- | ---: |\n";
  for (const char* sev : {"high", "medium", "low"}) {
    auto it = s.by_severity.find(sev);
    out += std::string("| ") + sev + " | " + std::to_string(it == s.by_severity.end() ? 0 : it->second) + " |\n";
  }
  out += "\n| kind | in report |\n| --- | ---: |\n";
  for (const auto& [kind, n] : s.by_kind) out += "| " + Md(kind) + " | " + std::to_string(n) + " |\n";
  if (!r.nights.empty()) {
    out += "\n### Contradictions per night\n\n| night | run | present | first seen |\n"
           "| --- | ---: | ---: | ---: |\n";
    for (const NightCount& n : r.nights) {
      out += "| " + n.date + " | " + std::to_string(n.run_id) + " | " + std::to_string(n.present) +
             " | " + std::to_string(n.first_seen) + " |\n";
    }
  }
  return out + "\n";
}

std::string TocMd(const ContradictionReport& r) {
  std::map<std::string, std::string> groups;
  for (const ReportItem& item : r.items) {
    std::set<std::string> parties;
    for (const auto& side : item.sides) {
      for (const auto& e : side.evidence) parties.insert(e.parties.begin(), e.parties.end());
    }
    std::string key;
    for (const auto& p : parties) key += (key.empty() ? "" : ", ") + p;
    groups[key.empty() ? "(no named parties)" : key] +=
        "  - #" + std::to_string(item.id) + " " + core::ToString(item.severity) + ", " + Md(core::ToString(item.kind)) + ": " +
        Md(item.topic) + (item.is_new ? " (new)" : "") + "\n";
  }
  std::string out = "## By topic\n\n";
  for (const auto& [parties, entries] : groups) out += "- **" + Md(parties) + "**\n" + entries;
  return out + "\n";
}

std::string EvidenceMd(const Evidence& e) {
  std::string out = "> " + Md(e.quote) + "\n>\n> — **" + Md(e.source) + "**";
  if (!e.site_name.empty() && e.site_name != e.source) out += ", " + Md(e.site_name);
  if (!e.published.empty()) out += ", " + Md(e.published.substr(0, 10));
  if (!e.title.empty()) out += ", *" + Md(Shorten(e.title, 140)) + "*";
  if (!e.url.empty()) out += ", " + LinkMd(e.url);
  if (!e.values.empty()) {
    std::string values;
    for (const auto& v : e.values) values += (values.empty() ? "" : "; ") + DescribeValue(v);
    out += " (values: " + Md(values) + ")";
  }
  return out + "\n\n";
}

std::string ItemMd(const ReportItem& item, const std::string& db_path) {
  std::string out = "### #" + std::to_string(item.id) + " " + core::ToString(item.severity) + ", " + Md(core::ToString(item.kind)) +
                    ": " + Md(item.topic) + "\n\n";
  if (!item.explanation.empty()) out += Md(item.explanation) + "\n\n";
  std::string history = std::string(item.is_new ? "New. " : "") + "First seen in run " +
                        std::to_string(item.first_seen_run);
  if (!item.first_seen_at.empty()) history += " (" + FormatRunTime(item.first_seen_at) + ")";
  history += ", present in " + std::to_string(item.runs_present) + " run(s), last seen in run " +
             std::to_string(item.last_seen_run) + (item.status == core::ContradictionStatus::kGone ? ", no longer found" : "") + ".";
  if (item.verdict != core::Verdict::kNone) history += " Verdict: " + Md(core::ToString(item.verdict)) + (item.verdict_note.empty() ? "" : " (" + Md(item.verdict_note) + ")") + ".";
  out += history + "\n\n";
  for (size_t i = 0; i < item.sides.size(); ++i) {
    const ReportSide& side = item.sides[i];
    out += "**Side " + std::to_string(i + 1) + ": " + Md(side.value) + "** — " +
           std::to_string(side.sources) + " source(s), " + std::to_string(side.voices) + " voice(s)\n\n";
    for (const Evidence& e : side.evidence) out += EvidenceMd(e);
  }
  std::string db = db_path.empty() ? "" : " --db " + ShellQuote(db_path);
  std::string id = std::to_string(item.id);
  return out + "Triage: `newsrecon triage " + id + " --confirm" + db + "` or `newsrecon triage " + id +
         " --dismiss --note '…'" + db + "`\n\n";
}

}  // namespace

std::string ToMarkdown(const ContradictionReport& r) {
  std::string out = "# Contradiction report\n\n" + Md(r.scope);
  if (r.run_id != 0) out += " · run " + std::to_string(r.run_id) + " · " + FormatRunTime(r.run_at);
  out += "\n\n" + SummaryMd(r);
  if (r.items.empty()) return out + "No contradictions match.\n\n" + RevisionsMd(r.revisions);
  out += TocMd(r) + "## Contradictions\n\n";
  const ReportItem* previous = nullptr;
  for (const ReportItem& item : r.items) {
    if (StartsStory(previous, item)) out += StoryHeadingMd(item);
    out += ItemMd(item, r.db_path);
    previous = &item;
  }
  return out + RevisionsMd(r.revisions);
}

}  // namespace newsrecon::reports
