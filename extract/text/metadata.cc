// Metadata reading: one walk collects candidates from every source, then a fixed precedence
// picks among them, so the result never depends on the order tags appear in.
#include "extract/text/metadata.h"

#include <string_view>
#include <vector>

#include "extract/text/gumbo_tree.h"
#include "extract/text/hints.h"
#include "extract/text/json_ld.h"
#include "extract/text/metadata_util.h"
#include "extract/text/page_dates.h"

namespace newsrecon::extract {
namespace {

// Meta tag names for the publication and modification dates, most trusted first.
constexpr std::string_view kPublishedKeys[] = {
    "article:published_time", "og:article:published_time", "article:published",
    "datepublished", "publishdate", "publish-date", "published_time", "publish_date",
    "pubdate", "dc.date.issued", "dcterms.issued", "dc.date.created", "dcterms.created",
    "dc.date", "date", "sailthru.date", "parsely-pub-date", "citation_publication_date",
    "citation_date", "article.published", "og:pubdate", "originalpublicationdate",
    "datecreated"};
constexpr std::string_view kModifiedKeys[] = {
    "article:modified_time", "og:article:modified_time", "og:updated_time", "datemodified",
    "article:updated_time", "dcterms.modified", "dc.date.modified", "article.updated",
    "last-modified", "lastmod"};

// A candidate picked by rank: a lower rank replaces a higher one.
struct Ranked {
  std::string value;
  size_t rank = SIZE_MAX;
  void Offer(std::string v, size_t r) {
    if (!v.empty() && r < rank) {
      value = std::move(v);
      rank = r;
    }
  }
};

template <size_t N>
size_t RankOf(std::string_view key, const std::string_view (&keys)[N]) {
  for (size_t i = 0; i < N; ++i) {
    if (keys[i] == key) return i;
  }
  return SIZE_MAX;
}

struct Candidates {
  std::string title_tag, og_title, twitter_title, h1;
  JsonLdFacts ld;
  Ranked meta_published, meta_modified;
  std::string micro_published, micro_modified;  // itemprop on elements other than <meta>
  std::string time_published, time_modified;    // <time datetime>
  std::string dateline_published, dateline_modified;
  std::vector<std::string> meta_authors, byline_authors;
  std::string og_site, app_name, canonical, og_url, lang, meta_lang, og_locale;
  size_t text_seen = 0;  // bytes of visible text walked so far
};

void SetOnce(std::string* field, std::string_view value) {
  if (field->empty()) *field = std::string(value);
}

void ReadMeta(const GumboNode* node, Candidates* c) {
  std::string key = AsciiLower(Attr(node, "property"));
  if (key.empty()) key = AsciiLower(Attr(node, "name"));
  if (key.empty()) key = AsciiLower(Attr(node, "itemprop"));
  if (key.empty()) key = AsciiLower(Attr(node, "http-equiv"));
  std::string_view content = Attr(node, "content");
  if (key.empty() || content.empty()) return;
  if (key == "og:title") SetOnce(&c->og_title, content);
  if (key == "twitter:title") SetOnce(&c->twitter_title, content);
  if (key == "og:site_name" && content.find("://") == std::string_view::npos) {
    SetOnce(&c->og_site, content);
  }
  if (key == "application-name") SetOnce(&c->app_name, content);
  if (key == "og:url") SetOnce(&c->og_url, content);
  if (key == "og:locale") SetOnce(&c->og_locale, content);
  if (key == "content-language" || key == "language" || key == "dc.language") {
    SetOnce(&c->meta_lang, content);
  }
  c->meta_published.Offer(NormaliseDateTime(content), RankOf(key, kPublishedKeys));
  c->meta_modified.Offer(NormaliseDateTime(content), RankOf(key, kModifiedKeys));
  if ((key == "author" || key == "article:author" || key == "dc.creator" ||
       key == "parsely-author" || key == "sailthru.author") &&
      content.find("://") == std::string_view::npos) {
    c->meta_authors.emplace_back(content);
  }
}

// True when `node` sits in navigation, an aside, a footer or a part named as boilerplate
// (a related-stories list): dates and bylines there belong to other articles.
bool InBoilerplate(const GumboNode* node) {
  for (const GumboNode* n = node; n != nullptr && n->type == GUMBO_NODE_ELEMENT; n = n->parent) {
    GumboTag tag = n->v.element.tag;
    if (tag == GUMBO_TAG_NAV || tag == GUMBO_TAG_ASIDE || tag == GUMBO_TAG_FOOTER) return true;
    ElementAttributes a;
    a.class_name = Attr(n, "class");
    a.id = Attr(n, "id");
    if ((HintsFor(a) & kHintStrongBoilerplate) != 0) return true;
  }
  return false;
}

// A date given by an element's microdata, or by a <time>.
void ReadDated(const GumboNode* node, Candidates* c) {
  std::string_view prop = Attr(node, "itemprop");
  std::string_view value = Attr(node, "content");
  if (value.empty()) value = Attr(node, "datetime");
  std::string date = NormaliseDateTime(!value.empty() ? std::string(value) : TextOf(node));
  if (date.empty()) return;
  if (prop == "datePublished") SetOnce(&c->micro_published, date);
  if (prop == "dateModified") SetOnce(&c->micro_modified, date);
  if (!IsElement(node, GUMBO_TAG_TIME) || !prop.empty() || InBoilerplate(node)) return;
  std::string cls = AsciiLower(Attr(node, "class"));
  bool updated = cls.find("update") != std::string::npos || cls.find("modif") != std::string::npos;
  SetOnce(updated ? &c->time_modified : &c->time_published, date);
}

void ReadByline(const GumboNode* node, Candidates* c) {
  if (c->byline_authors.size() >= 4 || InBoilerplate(node)) return;
  std::string text = TextOf(node);
  if (text.empty() || text.size() > 120) return;
  c->byline_authors.push_back(std::move(text));
}

bool IsBylineElement(const GumboNode* node) {
  if (AsciiLower(Attr(node, "rel")) == "author") return true;
  std::string_view prop = Attr(node, "itemprop");
  if (prop == "author" || prop == "creator") return true;
  std::string cls = AsciiLower(Attr(node, "class"));
  return cls.find("byline") != std::string::npos || cls.find("author-name") != std::string::npos;
}

void Visit(const GumboNode* node, Candidates* c) {
  GumboTag tag = node->v.element.tag;
  if (tag == GUMBO_TAG_HTML) SetOnce(&c->lang, Attr(node, "lang"));
  if (tag == GUMBO_TAG_TITLE) SetOnce(&c->title_tag, TextOf(node));
  if (tag == GUMBO_TAG_META) ReadMeta(node, c);
  if (tag == GUMBO_TAG_H1 && c->h1.empty() && !InBoilerplate(node)) c->h1 = TextOf(node);
  if (tag == GUMBO_TAG_LINK && AsciiLower(Attr(node, "rel")) == "canonical") {
    SetOnce(&c->canonical, Attr(node, "href"));
  }
  if (tag == GUMBO_TAG_SCRIPT && AsciiLower(Attr(node, "type")) == "application/ld+json" &&
      node->v.element.children.length > 0) {
    const auto* text = static_cast<const GumboNode*>(node->v.element.children.data[0]);
    if (text->type == GUMBO_NODE_TEXT) ReadJsonLd(text->v.text.text, &c->ld);
  }
  if (tag != GUMBO_TAG_META && (tag == GUMBO_TAG_TIME || !Attr(node, "itemprop").empty())) {
    ReadDated(node, c);
  }
  if (tag != GUMBO_TAG_META && tag != GUMBO_TAG_LINK && IsBylineElement(node)) ReadByline(node, c);
}

// A dateline early in the visible text ("March 4, 2026 | 10:30", "Updated March 5, 2026").
void VisitText(const GumboNode* node, Candidates* c) {
  std::string_view t = node->v.text.text;
  if (c->text_seen < 5000 && t.size() < 200 &&
      (c->dateline_published.empty() || c->dateline_modified.empty())) {
    Dateline d = FindDateline(t);
    if (!d.date.empty() && !InBoilerplate(node->parent)) {
      SetOnce(d.updated ? &c->dateline_modified : &c->dateline_published, d.date);
    }
  }
  c->text_seen += t.size();
}

void Collect(const GumboNode* root, Candidates* c) {
  std::vector<const GumboNode*> stack = {root};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (n->type == GUMBO_NODE_TEXT) VisitText(n, c);
    if (n->type != GUMBO_NODE_ELEMENT) continue;
    Visit(n, c);
    GumboTag tag = n->v.element.tag;
    if (tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_TITLE) continue;
    const GumboVector& children = n->v.element.children;
    for (unsigned i = children.length; i > 0; --i) {
      stack.push_back(static_cast<const GumboNode*>(children.data[i - 1]));
    }
  }
}

// The first non-empty candidate, with the name of its source.
std::pair<std::string, std::string> First(
    std::initializer_list<std::pair<std::string, const char*>> candidates) {
  for (const auto& [value, from] : candidates) {
    if (!value.empty()) return {value, from};
  }
  return {};
}

void PickDates(const Candidates& c, std::string_view url, core::ArticleText* out) {
  std::string from_url = DateFromUrl(url);
  auto [published, from] = First({{NormaliseDateTime(c.ld.published), "json-ld"},
                                  {NormaliseDateTime(c.ld.page_published), "json-ld"},
                                  {c.meta_published.value, "meta"},
                                  {c.micro_published, "microdata"},
                                  {c.time_published, "time-element"},
                                  {from_url, "url"},
                                  {c.dateline_published, "dateline"}});
  // A URL that names only the month is refined by a dateline in that month.
  if (from == std::string("url") && from_url.size() == 7 &&
      c.dateline_published.starts_with(from_url)) {
    published = c.dateline_published;
    from = "dateline";
  }
  out->published = published;
  out->published_from = from;
  auto [modified, modified_from] = First({{NormaliseDateTime(c.ld.modified), "json-ld"},
                                          {NormaliseDateTime(c.ld.page_modified), "json-ld"},
                                          {c.meta_modified.value, "meta"},
                                          {c.micro_modified, "microdata"},
                                          {c.time_modified, "time-element"},
                                          {c.dateline_modified, "dateline"}});
  out->modified = modified;
  out->modified_from = modified_from;
}

}  // namespace

void ReadMetadata(const GumboNode* root, std::string_view url, core::ArticleText* out,
                  PageExtras* extras) {
  Candidates c;
  if (root != nullptr) Collect(root, &c);
  out->url = std::string(url);
  out->site_name = CleanText(First({{c.og_site, ""}, {c.ld.publisher, ""}, {c.app_name, ""}}).first);
  out->title = CleanText(First({{StripSiteName(c.og_title, out->site_name, url), "og"},
                                {c.ld.headline, "json-ld"},
                                {StripSiteName(c.twitter_title, out->site_name, url), "twitter"},
                                {c.h1, "h1"},
                                {StripSiteName(c.title_tag, out->site_name, url), "title"}})
                             .first);
  PickDates(c, url, out);
  std::vector<std::string> authors = CleanAuthors(c.ld.authors);
  if (authors.empty()) authors = CleanAuthors(c.meta_authors);
  if (authors.empty()) authors = CleanAuthors(c.byline_authors);
  out->authors = std::move(authors);
  out->canonical_url = ResolveUrl(url, !c.canonical.empty() ? c.canonical : c.og_url);
  out->language = NormaliseLanguage(First({{c.lang, ""}, {c.meta_lang, ""},
                                           {c.og_locale, ""}, {c.ld.language, ""}}).first);
  extras->json_ld_body = DecodeEntities(c.ld.body);
  extras->h1 = c.h1;
  extras->title_tag = c.title_tag;
  extras->accessible_for_free = c.ld.accessible_for_free;
}

}  // namespace newsrecon::extract
