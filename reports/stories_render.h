// What the report shows of stories and revisions, in HTML and Markdown: a heading over each
// story's items, and the section of figures outlets changed at their own URLs.
#ifndef NEWSRECON_REPORTS_STORIES_RENDER_H_
#define NEWSRECON_REPORTS_STORIES_RENDER_H_

#include <string>
#include <vector>

#include "reports/report.h"

namespace newsrecon::reports {

// The story's readable title ("Story 12" when it has none; a note for items not grouped).
std::string StoryTitle(const ReportItem& item);

// True when `item` opens a new story group after `previous` (or is the first).
bool StartsStory(const ReportItem* previous, const ReportItem& item);

// "<h2 class="story">…</h2>" for the story `item` belongs to, escaped.
std::string StoryHeadingHtml(const ReportItem& item);
std::string StoryHeadingMd(const ReportItem& item);

// "The Ledger changed 5.9 to 6.1 between T1 and T2": one sentence per revision.
std::string RevisionSentence(const store::Revision& r);

// The Revisions section; empty when there are none.
std::string RevisionsHtml(const std::vector<store::Revision>& revisions);
std::string RevisionsMd(const std::vector<store::Revision>& revisions);

}  // namespace newsrecon::reports

#endif  // NEWSRECON_REPORTS_STORIES_RENDER_H_
