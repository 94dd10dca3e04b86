// Filters for the HTML contradiction report that work offline without any script: radio
// buttons and CSS rules (:has) the page's Content-Security-Policy allows. Each filtered
// item carries data attributes (data-severity, data-kind, data-source, data-new, ...);
// each facet filters on one attribute, so a new one (a story) is one more facet.
#ifndef NEWSRECON_REPORTS_HTML_FILTERS_H_
#define NEWSRECON_REPORTS_HTML_FILTERS_H_

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace newsrecon::reports {

// One filter: an attribute of the items and the values to choose among.
struct FilterFacet {
  std::string attribute;  // "severity": the items' data-severity
  std::string label;      // "Severity"
  std::vector<std::pair<std::string, std::string>> options;  // (token, label)
};

// An item's tokens by attribute; an attribute may hold several tokens ("s1 s4").
using FilterTokens = std::map<std::string, std::vector<std::string>>;

// The token for any text: lower-case letters, digits, '-' and '_' kept, the rest '_'
// (safe inside HTML attributes and CSS selectors alike).
std::string FilterToken(const std::string& text);

// ` data-filter data-severity="high" data-source="s1 s4"` for an item's opening tag.
std::string FilterAttributes(const FilterTokens& tokens);

// The filter bar: for each facet with options, "All" and one radio button per option.
// Empty when no facet has any.
std::string FilterControlsHtml(const std::vector<FilterFacet>& facets);

// The CSS that hides the items an option excludes (for the style sheet).
std::string FilterCss(const std::vector<FilterFacet>& facets);

}  // namespace newsrecon::reports

#endif  // NEWSRECON_REPORTS_HTML_FILTERS_H_
