// Discovery documents: RSS 2.0, RSS 1.0 and Atom feeds, XML sitemaps and sitemap indexes
// (Google News sitemaps included) and plain lists of URLs, read into the pages they list.
//
//   auto listing = fetch::ParseListing(utf8, "https://example.com/feed.xml");
//   if (listing.ok()) for (const auto& item : listing->items) Fetch(item.url);
#ifndef NEWSRECON_FETCH_LISTING_H_
#define NEWSRECON_FETCH_LISTING_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace newsrecon::fetch {

// A page a feed or sitemap lists, with what the listing says about it.
struct FeedItem {
  std::string url;  // absolute, as listed (resolved against the listing's URL)
  std::string title;
  std::string published;  // ISO 8601 with the offset given ("2026-03-04T09:30:00-05:00"); ""
  std::string guid;       // RSS guid, Atom id or RDF about; "" when none
};

// What a listing was: RSS 2.0 ("rss"), RSS 1.0 ("rdf"), Atom ("atom"), an XML sitemap
// ("sitemap"), a sitemap index ("sitemapindex") or a plain list of URLs ("text").
enum class ListingFormat { kRss, kRdf, kAtom, kSitemap, kSitemapIndex, kText };
// The names above, for logs and tests.
const char* ToString(ListingFormat format);
// The inverse; false for an unknown name (and *out left as it was).
bool ParseListingFormat(const std::string& name, ListingFormat* out);

struct Listing {
  ListingFormat format = ListingFormat::kText;
  std::vector<FeedItem> items;
  std::vector<std::string> sitemaps;  // a sitemap index's sitemaps, absolute
  size_t skipped = 0;                 // entries without a usable http(s) URL
};

// Reads a feed, sitemap, sitemap index or URL list (UTF-8; gzip is the caller's to undo).
// Relative links resolve against `base_url`. Fails with kBadInput: "not a feed or
// sitemap (root element <html>)", "not XML (no root element)", "no URLs in the list".
core::Result<Listing> ParseListing(std::string_view utf8, std::string_view base_url);

// An RFC 822 date ("Wed, 04 Mar 2026 09:30:00 -0500") as ISO 8601
// ("2026-03-04T09:30:00-05:00"); "" when it is not one.
std::string Rfc822ToIso(std::string_view date);

}  // namespace newsrecon::fetch

#endif  // NEWSRECON_FETCH_LISTING_H_
