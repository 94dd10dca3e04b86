// Metadata text helpers.
#include "extract/text/metadata_util.h"

#include <algorithm>
#include <cstdlib>

#include "extract/text/gumbo_tree.h"

namespace newsrecon::extract {
namespace {

// Appends code point `cp` as UTF-8.
void AppendUtf8(uint32_t cp, std::string* out) {
  if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// The code point of the reference "&name;" ("amp", "#8217", "#x2019"); 0 when unknown.
uint32_t Reference(std::string_view name) {
  static const std::pair<std::string_view, uint32_t> kNamed[] = {
      {"amp", '&'},      {"lt", '<'},         {"gt", '>'},         {"quot", '"'},
      {"apos", '\''},    {"nbsp", 0xA0},      {"rsquo", 0x2019},   {"lsquo", 0x2018},
      {"rdquo", 0x201D}, {"ldquo", 0x201C},   {"mdash", 0x2014},   {"ndash", 0x2013},
      {"hellip", 0x2026}, {"eacute", 0xE9},   {"copy", 0xA9}};
  if (name.size() > 1 && name[0] == '#') {
    bool hex = name[1] == 'x' || name[1] == 'X';
    std::string digits(name.substr(hex ? 2 : 1));
    if (digits.empty() || digits.size() > 7) return 0;
    char* end = nullptr;
    unsigned long v = std::strtoul(digits.c_str(), &end, hex ? 16 : 10);
    return *end == '\0' ? static_cast<uint32_t>(v) : 0;
  }
  for (const auto& [n, cp] : kNamed) {
    if (n == name) return cp;
  }
  return 0;
}


std::string Trim(std::string_view s, std::string_view junk) {
  size_t a = s.find_first_not_of(junk);
  if (a == std::string_view::npos) return {};
  size_t b = s.find_last_not_of(junk);
  return std::string(s.substr(a, b - a + 1));
}

// Splits a byline into names at " and ", " & " and commas.
void SplitNames(const std::string& text, std::vector<std::string>* out) {
  std::string rest = text;
  for (std::string_view sep : {" and ", " & ", ", ", " / ", " | "}) {
    std::string replaced;
    for (size_t i = 0; i < rest.size();) {
      if (rest.compare(i, sep.size(), sep) == 0) {
        replaced.push_back('\x1F');
        i += sep.size();
      } else {
        replaced.push_back(rest[i++]);
      }
    }
    rest = replaced;
  }
  size_t start = 0;
  for (size_t i = 0; i <= rest.size(); ++i) {
    if (i == rest.size() || rest[i] == '\x1F') {
      out->push_back(Trim(std::string_view(rest).substr(start, i - start), " \t.,;:|-"));
      start = i + 1;
    }
  }
}

bool LooksLikeName(const std::string& name) {
  if (name.size() < 3 || name.size() > 60) return false;
  if (name.find("://") != std::string::npos || name.find('@') != std::string::npos) return false;
  size_t words = 1;
  for (char c : name) words += c == ' ' ? 1 : 0;
  return words <= 6;
}

}  // namespace

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c | 0x20);
  }
  return out;
}

std::string DecodeEntities(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    size_t semi = s[i] == '&' ? s.find(';', i + 1) : std::string_view::npos;
    uint32_t cp = semi != std::string_view::npos && semi - i <= 10
                      ? Reference(s.substr(i + 1, semi - i - 1))
                      : 0;
    if (cp == 0) {
      out.push_back(s[i]);
      continue;
    }
    AppendUtf8(cp, &out);
    i = semi;
  }
  return out;
}

std::string CleanText(std::string_view s) {
  std::string out;
  AppendCollapsed(DecodeEntities(s), &out);
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string StripSiteName(const std::string& title, const std::string& site,
                          std::string_view url) {
  static const char* kSeparators[] = {" | ", " - ", " — ", " – ", " :: ", " · ", " » "};
  std::string host;
  if (size_t scheme = url.find("://"); scheme != std::string_view::npos) {
    size_t end = url.find_first_of("/?#", scheme + 3);
    host = AsciiLower(url.substr(scheme + 3, end == std::string_view::npos ? end : end - scheme - 3));
  }
  for (const char* sep : kSeparators) {
    size_t at = title.rfind(sep);
    if (at == std::string::npos) continue;
    std::string head = Trim(title.substr(0, at), " ");
    std::string tail = Trim(title.substr(at + std::string_view(sep).size()), " ");
    size_t words = 1 + static_cast<size_t>(std::count(tail.begin(), tail.end(), ' '));
    bool names_site = (!site.empty() && AsciiLower(tail) == AsciiLower(site)) ||
                      (!host.empty() && tail.find(' ') == std::string::npos &&
                       host.find(AsciiLower(tail)) != std::string::npos);
    // Bars and the like rarely stand inside a headline; dashes often do.
    bool dash = std::string_view(sep) == " - " || std::string_view(sep) == " — " ||
                std::string_view(sep) == " – ";
    if (names_site || (!dash && words <= 5 && tail.size() < head.size()) ||
        tail.size() * 3 < head.size()) {
      return head;
    }
    // "Opinion | Headline": a section's label before a bar.
    bool label = head.find(' ') == head.rfind(' ') && head.size() * 3 < tail.size();
    if (!dash && label) return tail;
  }
  return title;
}

std::vector<std::string> CleanAuthors(const std::vector<std::string>& raw) {
  std::vector<std::string> out, seen;
  for (const std::string& r : raw) {
    std::string text = CleanText(r);
    if (AsciiLower(text).starts_with("by ")) text = text.substr(3);
    std::vector<std::string> names;
    SplitNames(text, &names);
    for (std::string& name : names) {
      if (AsciiLower(name).starts_with("by ")) name = name.substr(3);
      if (!LooksLikeName(name)) continue;
      std::string key = AsciiLower(name);
      bool dup = false;
      for (const std::string& k : seen) dup = dup || k == key;
      if (dup) continue;
      seen.push_back(key);
      out.push_back(name);
    }
  }
  return out;
}

std::string ResolveUrl(std::string_view base, std::string_view href) {
  std::string h = Trim(href, " \t\n\r");
  if (h.empty() || h.find("://") != std::string::npos || base.empty()) return h;
  size_t scheme_end = base.find("://");
  if (scheme_end == std::string_view::npos) return h;
  if (h.starts_with("//")) return std::string(base.substr(0, scheme_end + 1)) + h;
  size_t host_end = base.find('/', scheme_end + 3);
  std::string origin(base.substr(0, host_end));
  if (h.starts_with("/")) return origin + h;
  size_t dir = base.find_last_of('/');
  if (host_end == std::string_view::npos || dir < host_end) return origin + "/" + h;
  return std::string(base.substr(0, dir + 1)) + h;
}

std::string NormaliseLanguage(std::string_view tag) {
  std::string out;
  for (char c : Trim(tag, " \t")) {
    if (c == '_') c = '-';
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
    if (!ok) return {};
    out.push_back(c);
  }
  return out.size() >= 2 && out.size() <= 35 ? out : std::string();
}

}  // namespace newsrecon::extract
