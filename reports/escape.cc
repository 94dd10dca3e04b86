// Escaping for HTML, Markdown, CSV and the shell.
#include "reports/escape.h"

#include <cctype>

namespace newsrecon::reports {

std::string EscapeHtml(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (char ch : text) {
    unsigned char c = static_cast<unsigned char>(ch);
    switch (ch) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default:
        if ((c < 0x20 && ch != '\t' && ch != '\n') || c == 0x7F) break;
        out += ch;
    }
  }
  return out;
}

bool IsLinkable(std::string_view url) {
  std::string_view rest;
  auto starts = [&](std::string_view prefix) {
    if (url.size() < prefix.size()) return false;
    for (size_t i = 0; i < prefix.size(); ++i) {
      if (std::tolower(static_cast<unsigned char>(url[i])) != prefix[i]) return false;
    }
    rest = url.substr(prefix.size());
    return true;
  };
  if (!starts("https://") && !starts("http://")) return false;
  if (rest.empty() || rest[0] == '/') return false;  // no host
  for (char ch : url) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (c <= 0x20 || c == 0x7F) return false;
  }
  return true;
}

std::string EscapeMarkdown(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 8);
  for (char ch : text) {
    switch (ch) {
      case '\\': case '`': case '*': case '_': case '[': case ']':
      case '<': case '>': case '|': case '&': case '~':
        out += '\\';
        out += ch;
        break;
      case '\n': case '\r': case '\t':
        out += ' ';
        break;
      default:
        out += ch;
    }
  }
  size_t first = out.find_first_not_of(' ');
  if (first == std::string::npos) return out;
  char lead = out[first];
  if (lead == '#' || lead == '+' || lead == '-' || lead == '=') {
    out.insert(first, 1, '\\');  // one char, not "\\": GCC 12 warns (-Wrestrict) on the literal
  } else if (std::isdigit(static_cast<unsigned char>(lead))) {
    size_t end = out.find_first_not_of("0123456789", first);
    if (end != std::string::npos && (out[end] == '.' || out[end] == ')')) out.insert(end, 1, '\\');
  }
  return out;
}

std::string CsvField(std::string_view text) {
  std::string guarded;
  if (!text.empty() && std::string_view("=+-@\t\r").find(text[0]) != std::string_view::npos) {
    guarded = "'";
  }
  guarded += text;
  if (guarded.find_first_of(",\"\r\n") == std::string::npos) return guarded;
  std::string out = "\"";
  for (char ch : guarded) {
    if (ch == '"') out += '"';
    out += ch;
  }
  return out + "\"";
}

std::string TerminalSafe(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '\t' || c == '\n' || c == '\r') {
      out += ' ';
    } else if (c < 0x20 || c == 0x7F) {
      continue;
    } else if (c == 0xC2 && i + 1 < text.size() &&
               static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
               static_cast<unsigned char>(text[i + 1]) <= 0x9F) {
      ++i;  // U+0080..U+009F, the C1 controls
    } else {
      out += text[i];
    }
  }
  return out;
}

std::string ShellQuote(std::string_view word) {
  bool plain = !word.empty();
  for (char ch : word) {
    if (!std::isalnum(static_cast<unsigned char>(ch)) && std::string_view("-_./=:,+@").find(ch) == std::string_view::npos) {
      plain = false;
    }
  }
  if (plain) return std::string(word);
  std::string out = "'";
  for (char ch : word) {
    if (ch == '\'') {
      out += "'\\''";
    } else {
      out += ch;
    }
  }
  return out + "'";
}

}  // namespace newsrecon::reports
