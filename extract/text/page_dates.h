// Dates as pages write them in metadata, URLs and datelines, normalised to ISO 8601.
#ifndef NEWSRECON_EXTRACT_TEXT_PAGE_DATES_H_
#define NEWSRECON_EXTRACT_TEXT_PAGE_DATES_H_

#include <string>
#include <string_view>

namespace newsrecon::extract {

// Normalises a date or date-time from a meta tag, JSON-LD or a datetime attribute to ISO
// 8601: "2026-03-04" for a date, "2026-03-04T10:00:00Z" or "2026-03-04T10:00:00+01:00"
// for a date-time (fractions of seconds dropped, "+0100" written "+01:00"). Reads ISO
// 8601, "2026/03/04", "20260304", RFC 822 ("Wed, 04 Mar 2026 10:00:00 GMT"), written dates
// ("March 4, 2026", "4 March 2026 10:00") and Unix times in seconds or milliseconds.
// Returns "" for anything else and for years before 1990 or after 2100.
std::string NormaliseDateTime(std::string_view text);

// The date in a URL's path: "/2026/03/04/", "/2026-03-04/", "/20260304/" give a day,
// "/2026/03/" a month ("2026-03"); "" when the path holds none.
std::string DateFromUrl(std::string_view url);

// A date written in a short piece of visible text ("By Ann Lee | March 4, 2026, 9:00 AM").
struct Dateline {
  std::string date;      // ISO 8601 day; "" when the text holds no date
  bool updated = false;  // the date is introduced as an update ("Updated March 5, 2026")
};
Dateline FindDateline(std::string_view text);

}  // namespace newsrecon::extract

#endif  // NEWSRECON_EXTRACT_TEXT_PAGE_DATES_H_
