// Story headings and the Revisions section, in HTML and Markdown.
#include "reports/stories_render.h"

#include "reports/escape.h"
#include "reports/html_page.h"

namespace newsrecon::reports {

std::string StoryTitle(const ReportItem& item) {
  if (item.story_id == 0) return "Not yet grouped into a story";
  return item.story.empty() ? "Story " + std::to_string(item.story_id) : item.story;
}

bool StartsStory(const ReportItem* previous, const ReportItem& item) {
  return previous == nullptr || previous->story_id != item.story_id;
}

std::string StoryHeadingHtml(const ReportItem& item) {
  return "<h2 class=\"story\" id=\"story" + std::to_string(item.story_id) + "\">" +
         EscapeHtml(StoryTitle(item)) + "</h2>\n";
}

std::string StoryHeadingMd(const ReportItem& item) {
  return "## Story: " + EscapeMarkdown(StoryTitle(item)) + "\n\n";
}

std::string RevisionSentence(const store::Revision& r) {
  return r.source + " changed " + r.old_figure + " to " + r.new_figure + " between " +
         FormatRunTime(r.old_seen) + " and " + FormatRunTime(r.new_seen) + ".";
}

std::string RevisionsHtml(const std::vector<store::Revision>& revisions) {
  if (revisions.empty()) return "";
  std::string out = "<section class=\"panel revisions\" id=\"revisions\"><h2>Revisions</h2>"
                    "<p class=\"legend\">Figures an outlet changed in its own article between two "
                    "fetches of one URL. Not contradictions: the newer version stands.</p>\n";
  for (const store::Revision& r : revisions) {
    std::string story = r.story_title.empty() ? "" : " · " + EscapeHtml(r.story_title);
    out += "<article class=\"card low\"><header class=\"card-head\"><span class=\"badge kind\">"
           "Revision</span><h3>" + EscapeHtml(RevisionSentence(r)) + "</h3></header>\n"
           "<div class=\"sides n2\"><div class=\"side\"><div class=\"claim-value\">Before: " +
           EscapeHtml(r.old_figure) + "</div><blockquote>" + EscapeHtml(r.old_quote) +
           "</blockquote></div><div class=\"side\"><div class=\"claim-value\">After: " +
           EscapeHtml(r.new_figure) + "</div><blockquote>" + EscapeHtml(r.new_quote) +
           "</blockquote></div></div><footer class=\"card-foot\"><div>" + LinkHtml(r.url) +
           story + "</div></footer></article>\n";
  }
  return out + "</section>\n";
}

std::string RevisionsMd(const std::vector<store::Revision>& revisions) {
  if (revisions.empty()) return "";
  std::string out = "## Revisions\n\nFigures an outlet changed in its own article between two "
                    "fetches of one URL (not contradictions: the newer version stands).\n\n";
  for (const store::Revision& r : revisions) {
    out += "- " + EscapeMarkdown(RevisionSentence(r)) + " " + EscapeMarkdown(r.url) + "\n" +
           "  > Before: " + EscapeMarkdown(r.old_quote) + "\n  >\n  > After: " +
           EscapeMarkdown(r.new_quote) + "\n";
  }
  return out + "\n";
}

}  // namespace newsrecon::reports
