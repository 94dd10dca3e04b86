// Content-type sniffing as the WHATWG MIME Sniffing Standard does it
// (https://mimesniff.spec.whatwg.org/), and on it the one rule that says how newsrecon
// reads a page: as HTML, as plain text, or not at all.
//
// Only the first 1445 bytes (the standard's "resource header") are looked at, so a stray
// NUL or control byte deep in a page never makes it "binary".
//
//   auto kind = fetch::SniffPage(body, "text/html; charset=utf-8");
//   if (kind.ok() && *kind == fetch::TextKind::kHtml) ...
#ifndef NEWSRECON_FETCH_SNIFF_H_
#define NEWSRECON_FETCH_SNIFF_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "core/model.h"
#include "core/status.h"
#include "fetch/charset.h"

namespace newsrecon::fetch {

// The standard's resource header: how many leading bytes sniffing reads.
inline constexpr size_t kResourceHeaderBytes = 1445;

// The standard's binary data bytes: 0x00-0x08, 0x0B, 0x0E-0x1A and 0x1C-0x1F (not TAB, LF,
// FF, CR, nor ESC, which ISO-2022-JP uses).
bool IsBinaryDataByte(unsigned char c);

// The standard's "rules for identifying an unknown MIME type" (section 7.1), the
// sniff-scriptable flag set: HTML by its 17 tag patterns ("<!DOCTYPE HTML", "<HTML",
// "<P", "<!--", ... after leading whitespace, ending in a space or '>'), XML, PDF,
// PostScript, byte-order marks, then image, audio/video and archive signatures; else
// "text/plain" when the resource header holds no binary data byte, else
// "application/octet-stream". (MP3 without ID3, MP4 and WebM, which the standard finds by
// parsing frames, fall to the binary-data rule, where all of them land anyway.)
std::string SniffUnknownType(std::string_view bytes);

// The standard's "rules for distinguishing if a resource is text or binary" (section 7.2):
// "text/plain" after a byte-order mark or when the resource header holds no binary data
// byte, else "application/octet-stream".
std::string SniffTextOrBinary(std::string_view bytes);

// The one rule for "is this HTML?". `supplied` is a Content-Type header value, or the type
// a local file's extension names (TypeForExtension), or "" when nothing says.
//   - No type (or "unknown/unknown", "application/unknown", "*/*"): SniffUnknownType.
//   - "text/plain": SniffTextOrBinary.
//   - "text/html" or "application/xhtml+xml": HTML as supplied, unless the bytes open with
//     a known binary signature (an image, audio, an archive, PDF): no article is in those.
//   - Any other type stands as supplied.
// HTML and XHTML read as kHtml, text/plain as kPlain. Fails with kBadInput:
// "binary data, not an HTML or text document" when sniffing found a binary type, or
// "unsupported content type 'TYPE'" for any other type. The message names no page: the
// caller prefixes it.
core::Result<TextKind> SniffPage(std::string_view bytes, std::string_view supplied);

// How a document read as `kind` is stored (core::DocumentFormat, whose table holds the media
// types): kHtml as kHtml, kPlain (and kXml, which SniffPage never gives) as kPlainText.
core::DocumentFormat FormatOf(TextKind kind);
// How a stored document reads again: kHtml as kHtml, kPlainText as kPlain.
TextKind TextKindOf(core::DocumentFormat format);

// The type a local file's extension supplies, as a server's Content-Type would: text/html
// for .html and .htm, application/xhtml+xml for .xhtml, text/plain for .txt and .text
// (any case); "" for any other, so its bytes decide.
std::string TypeForExtension(std::string_view path);

// A page read as text: how it is read, and its text as UTF-8.
struct PageText {
  TextKind kind = TextKind::kPlain;  // kHtml or kPlain
  DecodedText text;
};

// Reads a page the one way every command reads one: SniffPage, then DecodeText with the
// charset `supplied` names (header, then BOM, then the page's own declaration, then
// detection). Fails as SniffPage fails.
core::Result<PageText> ReadPageText(std::string_view bytes, std::string_view supplied);

}  // namespace newsrecon::fetch

#endif  // NEWSRECON_FETCH_SNIFF_H_
