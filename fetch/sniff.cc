// MIME sniffing (WHATWG MIME Sniffing Standard, sections 6 and 7) and the page-type rule.
#include "fetch/sniff.h"

#include <algorithm>
#include <cctype>
#include <utility>

namespace newsrecon::fetch {
namespace {

using namespace std::string_view_literals;

// One row of the standard's pattern tables. `mask` (when not empty) has one byte per
// pattern byte: 0xFF must match, 0x00 matches anything. `html_tag` rows match ASCII
// letters in any case, skip leading whitespace, and need a tag-terminating byte (space or
// '>') after the pattern; `skip_whitespace` rows skip leading whitespace only.
struct Pattern {
  std::string_view bytes;
  std::string_view mask;
  const char* type;
  bool skip_whitespace = false;
  bool html_tag = false;
};

bool IsWhitespaceByte(unsigned char c) {
  return c == 0x09 || c == 0x0A || c == 0x0C || c == 0x0D || c == 0x20;
}

bool Matches(std::string_view input, const Pattern& p) {
  size_t at = 0;
  if (p.skip_whitespace || p.html_tag) {
    while (at < input.size() && IsWhitespaceByte(static_cast<unsigned char>(input[at]))) ++at;
  }
  if (input.size() - at < p.bytes.size()) return false;
  for (size_t i = 0; i < p.bytes.size(); ++i) {
    auto want = static_cast<unsigned char>(p.bytes[i]);
    auto got = static_cast<unsigned char>(input[at + i]);
    if (!p.mask.empty() && p.mask[i] == '\0') continue;
    if (p.html_tag) got = static_cast<unsigned char>(std::toupper(got));
    if (got != want) return false;
  }
  if (!p.html_tag) return true;
  size_t end = at + p.bytes.size();
  return end < input.size() && (input[end] == ' ' || input[end] == '>');
}

const char* FirstMatch(std::string_view input, const Pattern* begin, const Pattern* end) {
  for (const Pattern* p = begin; p != end; ++p) {
    if (Matches(input, *p)) return p->type;
  }
  return nullptr;
}

constexpr Pattern kPdf = {"%PDF-"sv, {}, "application/pdf"};

// Section 7.1's scriptable table: HTML, XML and PDF.
constexpr Pattern kScriptable[] = {
    {"<!DOCTYPE HTML"sv, {}, "text/html", false, true},
    {"<HTML"sv, {}, "text/html", false, true},
    {"<HEAD"sv, {}, "text/html", false, true},
    {"<SCRIPT"sv, {}, "text/html", false, true},
    {"<IFRAME"sv, {}, "text/html", false, true},
    {"<H1"sv, {}, "text/html", false, true},
    {"<DIV"sv, {}, "text/html", false, true},
    {"<FONT"sv, {}, "text/html", false, true},
    {"<TABLE"sv, {}, "text/html", false, true},
    {"<A"sv, {}, "text/html", false, true},
    {"<STYLE"sv, {}, "text/html", false, true},
    {"<TITLE"sv, {}, "text/html", false, true},
    {"<B"sv, {}, "text/html", false, true},
    {"<BODY"sv, {}, "text/html", false, true},
    {"<BR"sv, {}, "text/html", false, true},
    {"<P"sv, {}, "text/html", false, true},
    {"<!--"sv, {}, "text/html", false, true},
    {"<?xml"sv, {}, "text/xml", true, false},
    kPdf,
};

// Section 7.1's table for every resource: PostScript and the byte-order marks.
constexpr Pattern kUnconditional[] = {
    {"%!PS-Adobe-"sv, {}, "application/postscript"},
    {"\xFE\xFF\x00\x00"sv, "\xFF\xFF\x00\x00"sv, "text/plain"},
    {"\xFF\xFE\x00\x00"sv, "\xFF\xFF\x00\x00"sv, "text/plain"},
    {"\xEF\xBB\xBF"sv, {}, "text/plain"},
};

// Section 6's signatures: images, audio and video, archives.
constexpr Pattern kBinarySignatures[] = {
    {"\x00\x00\x01\x00"sv, {}, "image/x-icon"},
    {"\x00\x00\x02\x00"sv, {}, "image/x-icon"},
    {"BM"sv, {}, "image/bmp"},
    {"GIF87a"sv, {}, "image/gif"},
    {"GIF89a"sv, {}, "image/gif"},
    {"RIFF\x00\x00\x00\x00WEBPVP"sv, "\xFF\xFF\xFF\xFF\x00\x00\x00\x00\xFF\xFF\xFF\xFF\xFF\xFF"sv,
     "image/webp"},
    {"\x89PNG\r\n\x1A\n"sv, {}, "image/png"},
    {"\xFF\xD8\xFF"sv, {}, "image/jpeg"},
    {"FORM\x00\x00\x00\x00" "AIFF"sv, "\xFF\xFF\xFF\xFF\x00\x00\x00\x00\xFF\xFF\xFF\xFF"sv,
     "audio/aiff"},
    {"ID3"sv, {}, "audio/mpeg"},
    {"OggS\x00"sv, {}, "application/ogg"},
    {"MThd\x00\x00\x00\x06"sv, {}, "audio/midi"},
    {"RIFF\x00\x00\x00\x00" "AVI "sv, "\xFF\xFF\xFF\xFF\x00\x00\x00\x00\xFF\xFF\xFF\xFF"sv,
     "video/avi"},
    {"RIFF\x00\x00\x00\x00WAVE"sv, "\xFF\xFF\xFF\xFF\x00\x00\x00\x00\xFF\xFF\xFF\xFF"sv,
     "audio/wave"},
    {"\x1F\x8B\x08"sv, {}, "application/x-gzip"},
    {"PK\x03\x04"sv, {}, "application/zip"},
    {"Rar \x1A\x07\x00"sv, {}, "application/x-rar-compressed"},
};

template <size_t N>
const char* FirstMatch(std::string_view input, const Pattern (&table)[N]) {
  return FirstMatch(input, table, table + N);
}

bool HasBinaryDataByte(std::string_view header) {
  return std::any_of(header.begin(), header.end(),
                     [](char c) { return IsBinaryDataByte(static_cast<unsigned char>(c)); });
}

bool IsUnknownType(const std::string& essence) {
  return essence.empty() || essence == "unknown/unknown" || essence == "application/unknown" ||
         essence == "*/*";
}

// Types sniffing finds in bytes that hold no text newsrecon reads.
bool IsBinaryType(const std::string& type) {
  return type != "text/html" && type != "text/plain" && type != "text/xml";
}

}  // namespace

bool IsBinaryDataByte(unsigned char c) {
  return c <= 0x08 || c == 0x0B || (c >= 0x0E && c <= 0x1A) || (c >= 0x1C && c <= 0x1F);
}

std::string SniffUnknownType(std::string_view bytes) {
  std::string_view header = bytes.substr(0, kResourceHeaderBytes);
  if (const char* t = FirstMatch(header, kScriptable)) return t;
  if (const char* t = FirstMatch(header, kUnconditional)) return t;
  if (const char* t = FirstMatch(header, kBinarySignatures)) return t;
  return HasBinaryDataByte(header) ? "application/octet-stream" : "text/plain";
}

std::string SniffTextOrBinary(std::string_view bytes) {
  std::string_view header = bytes.substr(0, kResourceHeaderBytes);
  if (header.substr(0, 2) == "\xFE\xFF"sv || header.substr(0, 2) == "\xFF\xFE"sv) return "text/plain";
  if (header.substr(0, 3) == "\xEF\xBB\xBF"sv) return "text/plain";
  return HasBinaryDataByte(header) ? "application/octet-stream" : "text/plain";
}

core::Result<TextKind> SniffPage(std::string_view bytes, std::string_view supplied) {
  std::string essence = ParseContentType(supplied).type;
  std::string type = essence;
  bool sniffed = true;
  if (IsUnknownType(essence)) {
    type = SniffUnknownType(bytes);
  } else if (essence == "text/plain") {
    type = SniffTextOrBinary(bytes);
  } else if (essence == "text/html" || essence == "application/xhtml+xml") {
    std::string_view header = bytes.substr(0, kResourceHeaderBytes);
    const char* binary = FirstMatch(header, kBinarySignatures);
    if (binary == nullptr && Matches(header, kPdf)) binary = kPdf.type;
    type = binary != nullptr ? binary : "text/html";
  } else {
    sniffed = false;
  }
  if (type == "text/html") return TextKind::kHtml;
  if (type == "text/plain") return TextKind::kPlain;
  if (sniffed && IsBinaryType(type)) {
    return core::BadInput("binary data, not an HTML or text document");
  }
  return core::BadInput("unsupported content type '" + type + "'");
}

std::string TypeForExtension(std::string_view path) {
  size_t slash = path.find_last_of('/');
  size_t dot = path.find_last_of('.');
  if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash)) return "";
  std::string ext;
  for (char c : path.substr(dot)) ext += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (ext == ".html" || ext == ".htm") return "text/html";
  if (ext == ".xhtml") return "application/xhtml+xml";
  if (ext == ".txt" || ext == ".text") return "text/plain";
  return "";
}

core::Result<PageText> ReadPageText(std::string_view bytes, std::string_view supplied) {
  auto kind = SniffPage(bytes, supplied);
  if (!kind.ok()) return kind.status();
  return PageText{*kind, DecodeText(bytes, ParseContentType(supplied).charset, *kind)};
}

core::DocumentFormat FormatOf(TextKind kind) {
  return kind == TextKind::kHtml ? core::DocumentFormat::kHtml : core::DocumentFormat::kPlainText;
}

TextKind TextKindOf(core::DocumentFormat format) {
  return format == core::DocumentFormat::kHtml ? TextKind::kHtml : TextKind::kPlain;
}

}  // namespace newsrecon::fetch
