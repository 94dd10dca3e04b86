// Dates as people write them in datelines and meta tags.
#ifndef NEWSRECON_EXTRACT_TEXT_DATE_TEXT_H_
#define NEWSRECON_EXTRACT_TEXT_DATE_TEXT_H_

#include <optional>
#include <string_view>

#include "core/dates.h"

namespace newsrecon::extract {

// Parses a whole string that is one date: ISO 8601 ("2026-03-04", "2026-03-04T10:00:00Z"),
// "March 4, 2026", "Mar. 4, 2026", "4 March 2026", "28 APRIL 2026", optionally after a
// weekday ("Wednesday, March 4, 2026") or "Published:" / "Updated:". Returns nothing
// otherwise.
std::optional<core::CivilDate> ParseDateText(std::string_view text);

// Finds the first "Month D, YYYY" or "D Month YYYY" date in `text`; nothing when none.
// `position`, when given, receives the byte offset where the date begins.
std::optional<core::CivilDate> FindDateInText(std::string_view text, size_t* position = nullptr);

// Month number for an English month name or abbreviation (any case); 0 when not a month.
int MonthFromName(std::string_view name);

}  // namespace newsrecon::extract

#endif  // NEWSRECON_EXTRACT_TEXT_DATE_TEXT_H_
