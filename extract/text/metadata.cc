// Metadata reading: one walk collects candidates, then fixed precedence picks among them.
#include "extract/text/metadata.h"

#include <re2/re2.h>

#include <cctype>
#include <nlohmann/json.hpp>
#include <vector>

#include "core/dates.h"
#include "extract/text/date_text.h"
#include "extract/text/gumbo_tree.h"

namespace newsrecon::extract {
namespace {

using nlohmann::json;

struct Candidates {
  std::string title_tag, og_title, ld_headline, h1;
  std::string ld_published, meta_published, time_published;
  std::string ld_modified, meta_modified;
  std::string ld_body, ld_publisher, og_site;
  std::vector<std::string> ld_authors, meta_authors;
  std::string canonical, og_url, lang;
  std::string first_text_date;  // a dateline in the visible text
};

std::string Lower(std::string_view s) {
  std::string out;
  for (char c : s) out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  return out;
}

bool IsArticleType(const json& type) {
  auto one = [](const std::string& t) {
    return t.find("Article") != std::string::npos || t == "BlogPosting" || t == "Report";
  };
  if (type.is_string()) return one(type.get<std::string>());
  if (type.is_array()) {
    for (const auto& t : type) {
      if (t.is_string() && one(t.get<std::string>())) return true;
    }
  }
  return false;
}

std::string StringOf(const json& j) { return j.is_string() ? j.get<std::string>() : ""; }

void ReadAuthors(const json& a, std::vector<std::string>* out) {
  if (a.is_string()) out->push_back(a.get<std::string>());
  if (a.is_object()) {
    std::string name = StringOf(a.value("name", json()));
    if (!name.empty()) out->push_back(name);
  }
  if (a.is_array()) {
    for (const auto& x : a) ReadAuthors(x, out);
  }
}

void ReadJsonLd(const json& j, Candidates* c) {
  if (j.is_array()) {
    for (const auto& x : j) ReadJsonLd(x, c);
    return;
  }
  if (!j.is_object()) return;
  if (j.contains("@graph")) ReadJsonLd(j["@graph"], c);
  if (!IsArticleType(j.value("@type", json()))) return;
  if (c->ld_headline.empty()) c->ld_headline = StringOf(j.value("headline", json()));
  if (c->ld_published.empty()) c->ld_published = StringOf(j.value("datePublished", json()));
  if (c->ld_modified.empty()) c->ld_modified = StringOf(j.value("dateModified", json()));
  if (c->ld_body.empty()) c->ld_body = StringOf(j.value("articleBody", json()));
  if (c->ld_authors.empty() && j.contains("author")) ReadAuthors(j["author"], &c->ld_authors);
  if (c->ld_publisher.empty() && j.contains("publisher") && j["publisher"].is_object()) {
    c->ld_publisher = StringOf(j["publisher"].value("name", json()));
  }
}

void ReadMeta(const GumboNode* node, Candidates* c) {
  std::string key = Lower(Attr(node, "property"));
  if (key.empty()) key = Lower(Attr(node, "name"));
  if (key.empty()) key = Lower(Attr(node, "itemprop"));
  std::string content(Attr(node, "content"));
  if (key.empty() || content.empty()) return;
  auto set = [&](std::string* field) {
    if (field->empty()) *field = content;
  };
  if (key == "og:title") set(&c->og_title);
  if (key == "og:site_name") set(&c->og_site);
  if (key == "og:url") set(&c->og_url);
  if (key == "article:published_time" || key == "datepublished" || key == "pubdate" ||
      key == "publishdate" || key == "date" || key == "dc.date.issued" ||
      key == "sailthru.date" || key == "parsely-pub-date") {
    set(&c->meta_published);
  }
  if (key == "article:modified_time" || key == "datemodified" || key == "og:updated_time") {
    set(&c->meta_modified);
  }
  if ((key == "author" || key == "article:author") && content.find("://") == std::string::npos) {
    c->meta_authors.push_back(content);
  }
}

void Visit(const GumboNode* node, Candidates* c) {
  switch (node->v.element.tag) {
    case GUMBO_TAG_HTML:
      c->lang = std::string(Attr(node, "lang"));
      break;
    case GUMBO_TAG_TITLE:
      if (c->title_tag.empty()) c->title_tag = TextOf(node);
      break;
    case GUMBO_TAG_META:
      ReadMeta(node, c);
      break;
    case GUMBO_TAG_LINK:
      if (Lower(Attr(node, "rel")) == "canonical" && c->canonical.empty()) {
        c->canonical = std::string(Attr(node, "href"));
      }
      break;
    case GUMBO_TAG_SCRIPT:
      if (Lower(Attr(node, "type")) == "application/ld+json" && node->v.element.children.length > 0) {
        const auto* text = static_cast<const GumboNode*>(node->v.element.children.data[0]);
        json parsed = json::parse(text->v.text.text, nullptr, false);
        if (!parsed.is_discarded()) ReadJsonLd(parsed, c);
      }
      break;
    case GUMBO_TAG_H1:
      if (c->h1.empty()) c->h1 = TextOf(node);
      break;
    case GUMBO_TAG_TIME:
      if (c->time_published.empty()) {
        std::string_view dt = Attr(node, "datetime");
        c->time_published = std::string(!dt.empty() ? dt : std::string_view());
        if (c->time_published.empty()) {
          if (auto d = ParseDateText(TextOf(node))) c->time_published = core::FormatIsoDate(*d);
        }
      }
      break;
    default:
      break;
  }
}

void Collect(const GumboNode* root, Candidates* c) {
  std::vector<const GumboNode*> stack = {root};
  size_t text_seen = 0;
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (n->type == GUMBO_NODE_TEXT) {
      // A dateline early in the visible text ("March 4, 2026 | 10:30").
      std::string_view t = n->v.text.text;
      if (c->first_text_date.empty() && text_seen < 4000 && t.size() < 120) {
        if (auto d = FindDateInText(t)) c->first_text_date = core::FormatIsoDate(*d);
      }
      text_seen += t.size();
      continue;
    }
    if (n->type != GUMBO_NODE_ELEMENT) continue;
    Visit(n, c);
    GumboTag tag = n->v.element.tag;
    if (tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE) continue;
    const GumboVector& children = n->v.element.children;
    for (unsigned i = children.length; i > 0; --i) {
      stack.push_back(static_cast<const GumboNode*>(children.data[i - 1]));
    }
  }
}

// Normalises a date candidate to ISO 8601; "" when it is not a date.
std::string NormaliseDate(const std::string& text) {
  if (text.empty()) return {};
  if (auto iso = core::ParseIsoDate(text); iso.has_value() && iso->day != 0) {
    return text;
  }
  if (auto d = ParseDateText(text)) return core::FormatIsoDate(*d);
  return {};
}

std::string DateFromUrl(std::string_view url) {
  static const RE2 re(R"(/(20\d\d|19\d\d)[/-](\d{1,2})[/-](\d{1,2})(?:/|$|-))");
  int y = 0, m = 0, d = 0;
  if (!RE2::PartialMatch(re2::StringPiece(url.data(), url.size()), re, &y, &m, &d)) return {};
  core::CivilDate date{y, m, d};
  return core::IsValidDate(date) ? core::FormatIsoDate(date) : std::string();
}

// "Headline | Outlet" → "Headline" when the other part is the site's name or shorter.
std::string StripSiteName(const std::string& title, const std::string& site) {
  static const char* kSeparators[] = {" | ", " - ", " — ", " – ", " :: ", " · "};
  for (const char* sep : kSeparators) {
    size_t at = title.rfind(sep);
    if (at == std::string::npos) continue;
    std::string head = title.substr(0, at);
    std::string tail = title.substr(at + std::string_view(sep).size());
    if ((!site.empty() && Lower(tail) == Lower(site)) || tail.size() * 2 < head.size()) {
      return head;
    }
  }
  return title;
}

}  // namespace

void ReadMetadata(const GumboNode* root, std::string_view url, core::ArticleText* out,
                  PageExtras* extras) {
  Candidates c;
  if (root != nullptr) Collect(root, &c);
  out->site_name = !c.og_site.empty() ? c.og_site : c.ld_publisher;
  if (!c.og_title.empty()) {
    out->title = StripSiteName(c.og_title, out->site_name);
  } else if (!c.ld_headline.empty()) {
    out->title = c.ld_headline;
  } else if (!c.h1.empty()) {
    out->title = c.h1;
  } else {
    out->title = StripSiteName(c.title_tag, out->site_name);
  }
  const std::pair<std::string, const char*> dates[] = {
      {NormaliseDate(c.ld_published), "json-ld"},
      {NormaliseDate(c.meta_published), "meta"},
      {NormaliseDate(c.time_published), "time-element"},
      {DateFromUrl(url), "url"},
      {c.first_text_date, "dateline"},
  };
  for (const auto& [date, from] : dates) {
    if (!date.empty()) {
      out->published = date;
      out->published_from = from;
      break;
    }
  }
  out->modified = NormaliseDate(!c.ld_modified.empty() ? c.ld_modified : c.meta_modified);
  out->authors = !c.ld_authors.empty() ? c.ld_authors : c.meta_authors;
  out->canonical_url = !c.canonical.empty() ? c.canonical : c.og_url;
  out->language = c.lang;
  out->url = std::string(url);
  extras->json_ld_body = c.ld_body;
  extras->h1 = c.h1;
}

}  // namespace newsrecon::extract
