// Feeds, sitemaps and URL lists into FeedItems.
#include "fetch/listing.h"

#include "core/dates.h"
#include "core/enum_table.h"
#include "fetch/url.h"
#include "fetch/xml.h"

namespace newsrecon::fetch {
namespace {

constexpr core::EnumTable<ListingFormat, 6> kListingFormats = {{
    {ListingFormat::kRss, "rss"},
    {ListingFormat::kRdf, "rdf"},
    {ListingFormat::kAtom, "atom"},
    {ListingFormat::kSitemap, "sitemap"},
    {ListingFormat::kSitemapIndex, "sitemapindex"},
    {ListingFormat::kText, "text"},
}};

std::string Trim(std::string_view s) {
  size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return "";
  size_t e = s.find_last_not_of(" \t\r\n");
  return std::string(s.substr(b, e - b + 1));
}

// A date as ISO 8601: W3C/ISO dates are kept, RFC 822 dates converted, others dropped.
std::string NormaliseDate(std::string_view text) {
  std::string t = Trim(text);
  if (t.empty()) return "";
  if (std::string iso = Rfc822ToIso(t); !iso.empty()) return iso;
  auto d = core::ParseIsoDate(t);
  return d.has_value() && d->month != 0 ? t : "";
}

// Adds `item` when its URL resolves to an absolute http(s) URL; counts it skipped otherwise.
void Add(FeedItem item, std::string_view base, Listing* out) {
  auto url = ResolveUrl(base, item.url);
  std::string scheme = url.ok() ? SchemeOf(*url) : "";
  if (scheme != "http" && scheme != "https") {
    ++out->skipped;
    return;
  }
  item.url = *url;
  out->items.push_back(std::move(item));
}

void ReadRssItem(const XmlElement& e, std::string_view base, Listing* out) {
  FeedItem item;
  item.title = e.ChildText("title");
  item.url = e.ChildText("link");
  const XmlElement* guid = e.Child("guid");
  item.guid = e.ChildText("guid");
  if (item.guid.empty()) item.guid = e.Attribute("about");  // RSS 1.0
  bool guid_is_link = guid != nullptr && guid->Attribute("ispermalink") != "false";
  if (item.url.empty() && guid_is_link) item.url = item.guid;
  if (item.url.empty()) item.url = e.Attribute("about");
  item.published = NormaliseDate(e.ChildText("pubdate"));
  if (item.published.empty()) item.published = NormaliseDate(e.ChildText("date"));  // dc:date
  Add(std::move(item), base, out);
}

// An Atom entry's page: the rel="alternate" link (HTML first), else the first link.
std::string AtomLink(const XmlElement& entry) {
  std::string first, alternate;
  for (const XmlElement& c : entry.children) {
    if (c.name != "link") continue;
    std::string rel = c.Attribute("rel");
    std::string href = Trim(c.Attribute("href"));
    if (first.empty()) first = href;
    if ((rel.empty() || rel == "alternate") &&
        (alternate.empty() || c.Attribute("type").find("html") != std::string::npos)) {
      alternate = href;
    }
  }
  return alternate.empty() ? first : alternate;
}

void ReadAtom(const XmlElement& feed, std::string_view base, Listing* out) {
  out->format = ListingFormat::kAtom;
  for (const XmlElement& e : feed.children) {
    if (e.name != "entry") continue;
    FeedItem item;
    item.title = e.ChildText("title");
    item.url = AtomLink(e);
    item.guid = e.ChildText("id");
    item.published = NormaliseDate(e.ChildText("published"));
    if (item.published.empty()) item.published = NormaliseDate(e.ChildText("updated"));
    Add(std::move(item), base, out);
  }
}

void ReadSitemap(const XmlElement& urlset, std::string_view base, Listing* out) {
  out->format = ListingFormat::kSitemap;
  for (const XmlElement& e : urlset.children) {
    if (e.name != "url") continue;
    FeedItem item;
    item.url = e.ChildText("loc");
    if (const XmlElement* news = e.Child("news")) {  // Google News sitemap
      item.title = news->ChildText("title");
      item.published = NormaliseDate(news->ChildText("publication_date"));
    }
    Add(std::move(item), base, out);
  }
}

void ReadSitemapIndex(const XmlElement& index, std::string_view base, Listing* out) {
  out->format = ListingFormat::kSitemapIndex;
  for (const XmlElement& e : index.children) {
    if (e.name != "sitemap") continue;
    auto url = ResolveUrl(base, e.ChildText("loc"));
    std::string scheme = url.ok() ? SchemeOf(*url) : "";
    if (scheme == "http" || scheme == "https") {
      out->sitemaps.push_back(*url);
    } else {
      ++out->skipped;
    }
  }
}

core::Result<Listing> ReadText(std::string_view text, std::string_view base) {
  Listing out;
  out.format = ListingFormat::kText;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string line = Trim(text.substr(pos, nl - pos));
    pos = nl + 1;
    if (line.empty() || line[0] == '#') continue;
    FeedItem item;
    item.url = line;
    Add(std::move(item), base, &out);
  }
  if (out.items.empty()) return core::BadInput("no URLs in the list");
  return out;
}

}  // namespace

const char* ToString(ListingFormat format) { return core::NameOf(kListingFormats, format); }

bool ParseListingFormat(const std::string& name, ListingFormat* out) {
  return core::ValueOf(kListingFormats, name, out);
}

core::Result<Listing> ParseListing(std::string_view utf8, std::string_view base_url) {
  std::string_view body = utf8.substr(utf8.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0);
  size_t first = body.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos || body[first] != '<') return ReadText(body, base_url);
  auto root = ParseXml(body);
  if (!root.ok()) return root.status();
  Listing out;
  if (root->name == "rss" || root->name == "rdf") {
    out.format = root->name == "rss" ? ListingFormat::kRss : ListingFormat::kRdf;
    const XmlElement* channel = root->Child("channel");
    // RSS 2.0 keeps items in <channel>; RSS 1.0 beside it.
    for (const XmlElement* parent : {channel, static_cast<const XmlElement*>(&*root)}) {
      if (parent == nullptr) continue;
      for (const XmlElement& e : parent->children) {
        if (e.name == "item") ReadRssItem(e, base_url, &out);
      }
    }
  } else if (root->name == "feed") {
    ReadAtom(*root, base_url, &out);
  } else if (root->name == "urlset") {
    ReadSitemap(*root, base_url, &out);
  } else if (root->name == "sitemapindex") {
    ReadSitemapIndex(*root, base_url, &out);
  } else {
    return core::BadInput("not a feed or sitemap (root element <" + root->name + ">)");
  }
  return out;
}

}  // namespace newsrecon::fetch
