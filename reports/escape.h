// Escaping article-derived text for each output format. Everything a page says (titles,
// quotes, URLs, source and party names) passes through here before it reaches a report.
#ifndef NEWSRECON_REPORTS_ESCAPE_H_
#define NEWSRECON_REPORTS_ESCAPE_H_

#include <string>
#include <string_view>

namespace newsrecon::reports {

// Text safe in HTML element content and in double- or single-quoted attribute values:
// & < > " ' become character references; control characters other than tab and newline
// are dropped.
std::string EscapeHtml(std::string_view text);

// Returns true when `url` may be a link: an absolute http or https URL with a host and no
// whitespace or control characters. Anything else (javascript:, data:, file:, relative
// URLs) is shown as text, never as an href.
bool IsLinkable(std::string_view url);

// Text that Markdown renders as itself: characters with inline meaning (\ ` * _ [ ] < > |
// & ~) are backslash-escaped, a leading block marker (# + - > or "1.") too, and line
// breaks become spaces, so no article text can open a link, an image or raw HTML.
std::string EscapeMarkdown(std::string_view text);

// One RFC 4180 field: quoted (with doubled quotes) when it holds a comma, quote, CR or LF.
// A field that starts with = + - @ or a tab gets a leading apostrophe, so a spreadsheet
// shows it as text and never evaluates it as a formula.
std::string CsvField(std::string_view text);

// Text safe to print on a terminal: C0 and C1 control characters (escape sequences
// start with them) and DEL are dropped; tabs and line breaks become spaces.
std::string TerminalSafe(std::string_view text);

// A shell word: bare when it is made of safe characters, single-quoted otherwise.
std::string ShellQuote(std::string_view word);

}  // namespace newsrecon::reports

#endif  // NEWSRECON_REPORTS_ESCAPE_H_
