// Which words of a quote to highlight: the values the claim carries, the words that give
// its status ("no longer", "will continue", "not disclosed"), and, where roles are in
// dispute, the parties.
#ifndef NEWSRECON_REPORTS_HIGHLIGHT_H_
#define NEWSRECON_REPORTS_HIGHLIGHT_H_

#include <string>
#include <vector>

#include "reports/report.h"

namespace newsrecon::reports {

enum class MarkKind { kValue, kCue, kParty };

// A byte range [start, end) of a quote.
struct Mark {
  size_t start = 0;
  size_t end = 0;
  MarkKind kind = MarkKind::kValue;
};

// The marks for `e`'s quote in a contradiction of `kind` (within-article items pass the
// kind their topic names; kValue marks only the values), sorted and never overlapping. A value whose stored span does not
// point at its text inside the quote is looked up by its text, and skipped when absent.
std::vector<Mark> FindMarks(const Evidence& e, core::ContradictionKind kind);

// The quote as HTML: every piece escaped, marks wrapped in <mark class="v|c|p">.
std::string HighlightedHtml(const std::string& quote, const std::vector<Mark>& marks);

// The kind a contradiction is about: its own, or for within-article items the one their
// topic starts with ("status: revenue_share: ..." gives kStatus); kWithinArticle when the
// topic names no known kind.
core::ContradictionKind UnderlyingKind(core::ContradictionKind kind, const std::string& topic);

}  // namespace newsrecon::reports

#endif  // NEWSRECON_REPORTS_HIGHLIGHT_H_
