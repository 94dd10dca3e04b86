// Small text helpers for metadata: cleaning titles, names, URLs and language tags.
#ifndef NEWSRECON_EXTRACT_TEXT_METADATA_UTIL_H_
#define NEWSRECON_EXTRACT_TEXT_METADATA_UTIL_H_

#include <string>
#include <string_view>
#include <vector>

namespace newsrecon::extract {

// ASCII lower case.
std::string AsciiLower(std::string_view s);

// Decodes the character references JSON-LD strings often carry ("&amp;", "&#8217;",
// "&#x2019;", "&rsquo;", ...); others are left as written.
std::string DecodeEntities(std::string_view s);

// Entities decoded, white space collapsed, trimmed.
std::string CleanText(std::string_view s);

// "Headline | Outlet" → "Headline" when the part after the last separator is the site's
// name (or its host's), a few words after a bar, or much shorter than the headline: an
// outlet's name, not half a headline.
std::string StripSiteName(const std::string& title, const std::string& site,
                          std::string_view url);

// Author names, each once: "By Ann Lee and Bo Chan" → "Ann Lee", "Bo Chan". URLs, e-mail
// addresses and texts too long to be names are dropped.
std::vector<std::string> CleanAuthors(const std::vector<std::string>& raw);

// `href` made absolute against the page's URL ("/a/b", "//host/a", "b"); "" when empty.
std::string ResolveUrl(std::string_view base, std::string_view href);

// "en_US" → "en-US"; "" for values that are not a language tag.
std::string NormaliseLanguage(std::string_view tag);

}  // namespace newsrecon::extract

#endif  // NEWSRECON_EXTRACT_TEXT_METADATA_UTIL_H_
