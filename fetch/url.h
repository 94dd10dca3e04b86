// URLs as the fetcher sees them: parsing, resolving relative references, the canonical
// form used to key documents, and the host key politeness is counted by.
//
//   auto canonical = fetch::CanonicalUrl("HTTP://Example.COM:80/a?utm_source=x&id=3#top");
//   // "http://example.com/a?id=3"
#ifndef NEWSRECON_FETCH_URL_H_
#define NEWSRECON_FETCH_URL_H_

#include <string>
#include <string_view>

#include "core/status.h"

namespace newsrecon::fetch {

// Resolves `reference` (absolute or relative) against the absolute URL `base`. Fails with
// kBadInput "not a valid URL: REF" when the result is not a URL.
core::Result<std::string> ResolveUrl(std::string_view base, std::string_view reference);

// The canonical form of an absolute http or https URL: scheme and host in lower case, the
// default port dropped, dot segments resolved, an empty path made "/", the fragment and
// tracking parameters (utm_*, fbclid, gclid, ...) removed, other parameters kept in order.
// Fails with kBadInput "not a valid URL" or "unsupported scheme 'ftp'".
core::Result<std::string> CanonicalUrl(std::string_view url);

// "scheme://host:port" of an absolute URL, port always given; empty when unparseable.
std::string HostKey(std::string_view url);

// The scheme of a URL in lower case ("" when it has none).
std::string SchemeOf(std::string_view url);

// The path and query of an absolute URL ("/a/b?x=1"), as robots.txt rules match them.
std::string PathAndQuery(std::string_view url);

// True for query parameters that only track the reader (utm_*, fbclid, gclid, ...).
bool IsTrackingParameter(std::string_view name);

}  // namespace newsrecon::fetch

#endif  // NEWSRECON_FETCH_URL_H_
