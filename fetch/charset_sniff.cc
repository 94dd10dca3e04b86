// What a document says about its own charset: Content-Type parameters, <meta> tags and
// the XML declaration.
#include <algorithm>
#include <cctype>

#include "core/utf8.h"
#include "fetch/charset.h"

namespace newsrecon::fetch {
namespace {

std::string Lower(std::string_view s) { return core::AsciiLower(s); }

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f'; }

// The value after "charset=" in a parameter list ("text/html; charset=utf-8"), unquoted.
std::string CharsetParameter(std::string_view params) {
  std::string lower = Lower(params);
  size_t at = lower.find("charset");
  while (at != std::string::npos) {
    size_t i = at + 7;
    while (i < params.size() && IsSpace(params[i])) ++i;
    if (i < params.size() && params[i] == '=') {
      ++i;
      while (i < params.size() && IsSpace(params[i])) ++i;
      char quote = i < params.size() && (params[i] == '"' || params[i] == '\'') ? params[i] : 0;
      if (quote != 0) ++i;
      size_t end = i;
      while (end < params.size() && params[end] != ';' && params[end] != quote &&
             (quote != 0 || !IsSpace(params[end]))) {
        ++end;
      }
      return std::string(params.substr(i, end - i));
    }
    at = lower.find("charset", at + 7);
  }
  return "";
}

// Reads the attributes of a tag starting at `pos` (just after its name) up to '>'.
// Calls `on(name, value)` for each; returns the position after the tag.
template <typename F>
size_t ReadAttributes(std::string_view s, size_t pos, F on) {
  while (pos < s.size() && s[pos] != '>') {
    while (pos < s.size() && (IsSpace(s[pos]) || s[pos] == '/')) ++pos;
    size_t name_start = pos;
    while (pos < s.size() && !IsSpace(s[pos]) && s[pos] != '=' && s[pos] != '>') ++pos;
    std::string name = Lower(s.substr(name_start, pos - name_start));
    while (pos < s.size() && IsSpace(s[pos])) ++pos;
    std::string value;
    if (pos < s.size() && s[pos] == '=') {
      ++pos;
      while (pos < s.size() && IsSpace(s[pos])) ++pos;
      char quote = pos < s.size() && (s[pos] == '"' || s[pos] == '\'') ? s[pos] : 0;
      if (quote != 0) ++pos;
      size_t v = pos;
      while (pos < s.size() && (quote != 0 ? s[pos] != quote : !IsSpace(s[pos]) && s[pos] != '>'))
        ++pos;
      value = std::string(s.substr(v, pos - v));
      if (quote != 0 && pos < s.size()) ++pos;
    }
    if (!name.empty()) on(name, value);
    if (name.empty() && pos < s.size() && s[pos] != '>') ++pos;  // stray character
  }
  return pos + 1;
}

std::string MetaCharset(std::string_view head) {
  std::string lower = Lower(head);
  size_t at = lower.find("<meta");
  while (at != std::string::npos) {
    std::string charset, http_equiv, content;
    size_t end = ReadAttributes(head, at + 5, [&](const std::string& n, const std::string& v) {
      if (n == "charset") charset = v;
      if (n == "http-equiv") http_equiv = Lower(v);
      if (n == "content") content = v;
    });
    if (!charset.empty()) return charset;
    if (http_equiv == "content-type") {
      std::string from_content = CharsetParameter(content);
      if (!from_content.empty()) return from_content;
    }
    at = lower.find("<meta", std::max(end, at + 5));
  }
  return "";
}

std::string XmlEncoding(std::string_view head) {
  size_t start = head.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos || head.substr(start, 5) != "<?xml") return "";
  size_t end = head.find("?>", start);
  std::string_view decl =
      head.substr(start + 5, end == std::string_view::npos ? 0 : end - start - 5);
  std::string encoding;
  ReadAttributes(decl, 0, [&](const std::string& n, const std::string& v) {
    if (n == "encoding") encoding = v;
  });
  return encoding;
}

}  // namespace

MediaType ParseContentType(std::string_view value) {
  MediaType out;
  size_t semi = value.find(';');
  std::string_view type = value.substr(0, semi);
  size_t b = type.find_first_not_of(" \t");
  size_t e = type.find_last_not_of(" \t");
  if (b != std::string_view::npos) out.type = Lower(type.substr(b, e - b + 1));
  if (semi != std::string_view::npos) out.charset = CharsetParameter(value.substr(semi + 1));
  return out;
}

std::string DeclaredCharset(std::string_view bytes, TextKind kind) {
  std::string_view head = bytes.substr(0, 4096);
  if (kind == TextKind::kXml) return XmlEncoding(head);
  if (kind == TextKind::kHtml) return MetaCharset(head);
  return "";
}

}  // namespace newsrecon::fetch
