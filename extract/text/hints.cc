// Class, id and role words that name boilerplate or content. The lists hold words sites in
// general use for these parts of a page (share bars, comment threads, related-article
// lists, ad slots, cookie banners; article bodies, entries, stories); none names a site.
#include "extract/text/hints.h"

#include <string>
#include <unordered_map>

namespace newsrecon::extract {
namespace {

// Words that mark boilerplate beyond doubt: they win over any content word beside them.
constexpr std::string_view kStrongWords[] = {
    "comment", "comments", "commenting", "disqus", "share", "shares", "sharing", "sharebar",
    "social", "related", "recommended", "recommendations", "recirc", "recirculation",
    "newsletter", "newsletters", "cookie", "cookies", "consent", "gdpr", "outbrain", "taboola",
    "zergnet", "revcontent", "advert", "adverts", "advertisement", "advertising", "advertorial",
    "sponsor", "sponsored", "sponsors", "promo", "promos", "promoted", "breadcrumb",
    "breadcrumbs", "popup", "modal", "sidebar", "trending", "mostpopular", "mostread",
    "subscribe", "signup", "leaderboard", "mrec", "tooltip", "popover", "hovercard"};

// Words that mark boilerplate unless a class name of content words stands beside them.
constexpr std::string_view kWeakWords[] = {
    "ad", "ads", "adslot", "adunit", "banner", "nav", "navbar", "navigation", "menu", "submenu",
    "footer", "masthead", "header", "toolbar", "topbar", "tags",
    "tagcloud", "taglist", "byline", "bylines", "author", "authors", "dateline", "timestamp",
    "meta", "caption", "captions", "credit", "credits", "figcaption", "skip", "print",
    "overlay", "lightbox", "dialog", "pagination", "pager", "login", "signin", "rail",
    "subscription", "paywall", "popular", "follow", "gallery", "slideshow", "carousel",
    "slider"};

constexpr std::string_view kContentWords[] = {
    "article", "articlebody", "body", "content", "entry", "main", "post", "story", "text",
    "blog", "prose", "richtext", "storybody", "postbody", "entrycontent"};

// Weak words that name a part of media and their captions: such a part inside an
// article is not its prose, however much text it holds.
constexpr std::string_view kMediaWords[] = {"gallery", "slideshow", "carousel", "slider",
                                            "lightbox"};

constexpr std::string_view kHiddenWords[] = {"visuallyhidden", "sronly", "screenreader",
                                             "offscreen"};

// Embedded posts (tweets, videos) quoted in an article are part of it, even when their
// wrapper is named like a share bar ("social-media-embed").
constexpr std::string_view kEmbedWords[] = {"embed", "embedded", "tweet"};

constexpr uint8_t kEmbedFlag = 128;  // internal to WordHints

// Every listed word with its flags, looked up once per word of a class or id.
const std::unordered_map<std::string_view, uint8_t>& WordTable() {
  static const auto* table = [] {
    auto* t = new std::unordered_map<std::string_view, uint8_t>();
    for (std::string_view w : kStrongWords) (*t)[w] |= kHintStrongBoilerplate | kHintBoilerplate;
    for (std::string_view w : kWeakWords) (*t)[w] |= kHintBoilerplate;
    for (std::string_view w : kContentWords) (*t)[w] |= kHintContent;
    for (std::string_view w : kMediaWords) (*t)[w] |= kHintMedia;
    for (std::string_view w : kHiddenWords) (*t)[w] |= kHintHidden;
    for (std::string_view w : kEmbedWords) (*t)[w] |= kEmbedFlag;
    return t;
  }();
  return *table;
}

char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
bool IsAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Calls `visit` with each lower-case word of a class or id value, split at non-letters and
// at camelCase humps ("shareBar_top" → share, bar, top), and with each pair of neighbours
// joined ("sr-only" → also "sronly"); `visit`'s second argument says whether the word or
// pair begins the value.
template <typename Visit>
void ForEachWord(std::string_view value, Visit visit) {
  std::string word, previous;
  int words = 0;
  auto flush = [&] {
    if (word.empty()) return;
    visit(word, words == 0);
    if (!previous.empty() && previous.size() + word.size() <= 16) visit(previous + word, words == 1);
    previous = word;
    word.clear();
    ++words;
  };
  for (size_t i = 0; i < value.size(); ++i) {
    char c = value[i];
    if (!IsAlnum(c)) {
      flush();
      continue;
    }
    bool hump = c >= 'A' && c <= 'Z' && i > 0 && value[i - 1] >= 'a' && value[i - 1] <= 'z';
    if (hump) flush();
    word.push_back(Lower(c));
  }
  flush();
}

// Flags for a class or id value. Each class name counts on its own: "article-footer" names
// a footer (a boilerplate word makes the whole name boilerplate), while "post-content
// has-header" is content, because one of its names has content words only.
uint8_t WordHints(std::string_view value) {
  const auto& table = WordTable();
  uint8_t flags = kHintNone;
  size_t i = 0;
  while (i < value.size()) {
    size_t end = value.find_first_of(" \t\n", i);
    if (end == std::string_view::npos) end = value.size();
    uint8_t name = kHintNone;
    ForEachWord(value.substr(i, end - i), [&](const std::string& w, bool first) {
      auto it = table.find(w);
      if (it == table.end()) return;
      // A name hides its element when it begins with a hiding word ("visually-hidden",
      // "sr-only-text"); after other words it says a part is hidden
      // ("field--label-visually_hidden": the field's label, not the field).
      name |= first ? it->second : static_cast<uint8_t>(it->second & ~kHintHidden);
    });
    if ((name & kEmbedFlag) != 0) name = kHintNone;
    if ((name & kHintBoilerplate) != 0) name &= static_cast<uint8_t>(~kHintContent);
    flags |= name;
    i = end + 1;
  }
  return flags;
}

bool HiddenByStyle(std::string_view style) {
  std::string compact;
  for (char c : style) {
    if (c != ' ' && c != '\t' && c != '\n') compact.push_back(Lower(c));
  }
  return compact.find("display:none") != std::string::npos ||
         compact.find("visibility:hidden") != std::string::npos;
}

uint8_t RoleHints(std::string_view role) {
  static constexpr std::string_view kBoilerplateRoles[] = {
      "navigation", "complementary", "contentinfo", "banner",  "search",
      "dialog",     "alertdialog",   "menu",        "menubar", "toolbar"};
  if (role == "main") return kHintArticleBody;
  if (role == "article") return kHintContent;
  for (std::string_view r : kBoilerplateRoles) {
    if (role == r) return kHintBoilerplate | kHintStrongBoilerplate;
  }
  return kHintNone;
}

// Whether an id is a heading's slug, an anchor for links into the page
// ("sharing-with-a-single-developer", "how-to-pick-the-right-one"): four words or more, one
// of them a little word of a sentence that names no part of a page. Its words are the
// heading's, not a name for the element's role.
bool IsHeadingSlug(std::string_view id) {
  static constexpr std::string_view kLittleWords[] = {
      "a", "an", "the", "of", "with", "and", "to", "for", "in", "on", "is", "are", "how",
      "what", "why", "when", "your", "you", "from", "at", "by", "it", "or", "do", "does"};
  int words = 0;
  bool little = false;
  std::string word;
  for (size_t i = 0; i <= id.size(); ++i) {
    if (i < id.size() && IsAlnum(id[i])) {
      word.push_back(Lower(id[i]));
      continue;
    }
    if (word.empty()) continue;
    ++words;
    for (std::string_view l : kLittleWords) little = little || word == l;
    word.clear();
  }
  return words >= 4 && little;
}

}  // namespace

uint8_t HintsFor(const ElementAttributes& a) {
  uint8_t flags = kHintNone;
  if (!a.class_name.empty()) flags |= WordHints(a.class_name);
  if (!a.id.empty() && !IsHeadingSlug(a.id)) flags |= WordHints(a.id);
  if (!a.role.empty()) flags |= RoleHints(a.role);
  if (a.itemprop == "articleBody" || a.itemprop == "reviewBody") flags |= kHintArticleBody;
  if (a.itemprop == "comment" || a.itemprop == "comments") {
    flags |= kHintBoilerplate | kHintStrongBoilerplate;
  }
  if (a.hidden || a.aria_hidden == "true" || (!a.style.empty() && HiddenByStyle(a.style))) {
    flags |= kHintHidden;
  }
  return flags;
}

}  // namespace newsrecon::extract
