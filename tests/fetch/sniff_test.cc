// Content-type sniffing as the WHATWG MIME Sniffing Standard does it, and the page-type
// rule built on it: stray control bytes deep in a page never make it "binary".
#include <catch2/catch.hpp>

#include "fetch/sniff.h"

namespace newsrecon::fetch {
namespace {

using std::string_literals::operator""s;

// `body` with `byte` put in at `at` (after padding the body to reach it).
std::string WithByteAt(std::string body, size_t at, char byte) {
  if (body.size() < at) body.resize(at, ' ');
  body.insert(at, 1, byte);
  return body;
}

TEST_CASE("unknown types are sniffed by the standard's patterns", "[fetch][sniff]") {
  struct Case {
    std::string bytes;
    std::string type;
  };
  const Case cases[] = {
      {"<!DOCTYPE html><html><body>x</body></html>", "text/html"},
      {" \n\t<HTML lang=en>", "text/html"},
      {"<p>A paragraph</p>", "text/html"},
      {"<p class=x>", "text/html"},
      {"<!-- comment -->", "text/html"},
      {"<Title>T</title>", "text/html"},
      {"<pre>not a P tag</pre>", "text/plain"},  // "<P" needs a space or '>' after it
      {"<article>no pattern</article>", "text/plain"},
      {"<?xml version=\"1.0\"?><rss/>", "text/xml"},
      {"%PDF-1.7\n", "application/pdf"},
      {"%!PS-Adobe-3.0", "application/postscript"},
      {"\xEF\xBB\xBF<html>", "text/plain"},  // a BOM is not whitespace
      {"\xFF\xFE<\0h\0"s, "text/plain"},
      {"\x89PNG\r\n\x1A\n\0\0\0\rIHDR"s, "image/png"},
      {"GIF89a\x01\0"s, "image/gif"},
      {"\xFF\xD8\xFF\xE0", "image/jpeg"},
      {"PK\x03\x04\x14\0"s, "application/zip"},
      {"\x1F\x8B\x08\0"s, "application/x-gzip"},
      {"plain words\n", "text/plain"},
      {"ISO-2022-JP: \x1B$B text", "text/plain"},  // ESC is no binary data byte
      {"words\0more"s, "application/octet-stream"},
      {"form\x0C" "feed\r\n", "text/plain"},
      {WithByteAt("plain words", kResourceHeaderBytes, '\0'), "text/plain"},
      {WithByteAt("plain words", kResourceHeaderBytes - 1, '\0'), "application/octet-stream"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.bytes);
    CHECK(SniffUnknownType(c.bytes) == c.type);
  }
}

TEST_CASE("the page-type rule: what is HTML, what is text, what is refused", "[fetch][sniff]") {
  const std::string page = "<!DOCTYPE html><html><head><title>T</title></head><body><p>" +
                           std::string(3000, 'x') + "</p></body></html>";
  struct Case {
    std::string bytes;
    std::string supplied;
    std::string media_type;  // "" when refused
    std::string error;
  };
  const Case cases[] = {
      {page, "text/html", "text/html", ""},
      {page, "text/html; charset=ISO-8859-1", "text/html", ""},
      {page, "", "text/html", ""},
      {page, "*/*", "text/html", ""},
      {page, "application/xhtml+xml", "text/html", ""},
      // Stray control bytes: in an HTML page anywhere; in the sniffed page after its tag.
      {WithByteAt(page, 200, '\0'), "text/html", "text/html", ""},
      {WithByteAt(page, 30, '\x01'), "text/html", "text/html", ""},
      {WithByteAt(page, 200, '\0'), "", "text/html", ""},
      {WithByteAt(page, 2500, '\x1F'), "", "text/html", ""},
      {WithByteAt("Plain words.", 2000, '\0'), "text/plain", "text/plain", ""},
      {WithByteAt("Plain words.", 2000, '\0'), "", "text/plain", ""},
      {"<article>text</article>", "", "text/plain", ""},
      {"\xEF\xBB\xBFPlain words.", "text/plain", "text/plain", ""},
      // Binary data: in the resource header of text, or a binary signature.
      {WithByteAt("Plain words.", 5, '\0'), "text/plain", "", "binary data, not an HTML or text document"},
      {WithByteAt("Plain words.", 5, '\x02'), "", "", "binary data, not an HTML or text document"},
      {"\x89PNG\r\n\x1A\n\0\0\0\rIHDR"s, "text/html", "", "binary data, not an HTML or text document"},
      {"%PDF-1.7\n", "text/html", "", "binary data, not an HTML or text document"},
      {"%PDF-1.7\n", "", "", "binary data, not an HTML or text document"},
      // Types newsrecon does not read.
      {"%PDF-1.7\n", "application/pdf", "", "unsupported content type 'application/pdf'"},
      {page, "image/png", "", "unsupported content type 'image/png'"},
      {"<?xml version=\"1.0\"?><rss/>", "", "", "unsupported content type 'text/xml'"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.bytes.substr(0, 40), c.supplied);
    auto kind = SniffPage(c.bytes, c.supplied);
    if (c.media_type.empty()) {
      REQUIRE_FALSE(kind.ok());
      CHECK(kind.status().code() == core::Code::kBadInput);
      CHECK(kind.status().message() == c.error);
    } else {
      REQUIRE(kind.ok());
      CHECK(core::ToString(FormatOf(*kind)) == c.media_type);
    }
  }
}

TEST_CASE("text kinds and stored document formats map both ways", "[fetch][sniff]") {
  for (TextKind kind : {TextKind::kHtml, TextKind::kPlain}) CHECK(TextKindOf(FormatOf(kind)) == kind);
  CHECK(FormatOf(TextKind::kXml) == core::DocumentFormat::kPlainText);
  CHECK(core::ToString(FormatOf(TextKind::kHtml)) == std::string("text/html"));
  CHECK(core::ToString(FormatOf(TextKind::kPlain)) == std::string("text/plain"));
}

TEST_CASE("a file's extension supplies its type", "[fetch][sniff]") {
  const std::pair<std::string, std::string> cases[] = {
      {"a/page.html", "text/html"},   {"page.HTM", "text/html"},
      {"p.xhtml", "application/xhtml+xml"}, {"notes.txt", "text/plain"},
      {"notes.Text", "text/plain"},   {"README", ""},
      {"dir.v2/README", ""},          {"page.php", ""},
  };
  for (const auto& [path, type] : cases) {
    CAPTURE(path);
    CHECK(TypeForExtension(path) == type);
  }
}

TEST_CASE("a Latin-1 page reads as Latin-1 through the one page reader", "[fetch][sniff]") {
  const std::string latin1 =
      "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Caf\xE9 \xA3" "1.5 billion</p>";
  auto read = ReadPageText(latin1, "");
  REQUIRE(read.ok());
  CHECK(read->kind == TextKind::kHtml);
  CHECK(read->text.charset == "windows-1252");
  CHECK(read->text.text.find("Caf\xC3\xA9 \xC2\xA3" "1.5 billion") != std::string::npos);
  auto header = ReadPageText("Caf\xE9 \xA3" "1.5 billion\n", "text/plain; charset=latin1");
  REQUIRE(header.ok());
  CHECK(header->text.source == "header");
  CHECK(header->text.text == "Caf\xC3\xA9 \xC2\xA3" "1.5 billion\n");
}

}  // namespace
}  // namespace newsrecon::fetch
