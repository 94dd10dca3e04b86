// Charset choice (header, BOM, declaration, detection) and conversion to UTF-8.
#include "fetch/charset.h"

#include <catch2/catch.hpp>


namespace newsrecon::fetch {
namespace {

// "Café owners said the “deal” was worth €5 million — a record." in windows-1252.
const std::string kCp1252 =
    "Caf\xE9 owners said the \x93"
    "deal\x94 was worth \x80"
    "5 million \x97 a record.";
const std::string kCp1252AsUtf8 =
    "Caf\xC3\xA9 owners said the \xE2\x80\x9C"
    "deal\xE2\x80\x9D was worth \xE2\x82\xAC"
    "5 million \xE2\x80\x94 a record.";
// "東京の電池メーカーは新しい工場を建設すると発表した。投資額は五十億円に上る。"
const std::string kSjis =
    "\x93\x8C\x8B\x9E\x82\xCC\x93\x64\x92\x72\x83\x81\x81\x5B\x83\x4A\x81\x5B\x82\xCD\x90\x56"
    "\x82\xB5\x82\xA2\x8D\x48\x8F\xEA\x82\xF0\x8C\x9A\x90\xDD\x82\xB7\x82\xE9\x82\xC6\x94\xAD"
    "\x95\x5C\x82\xB5\x82\xBD\x81\x42\x93\x8A\x8E\x91\x8A\x7A\x82\xCD\x8C\xDC\x8F\x5C\x89\xAD"
    "\x89\x7E\x82\xC9\x8F\xE3\x82\xE9\x81\x42";
const std::string kSjisAsUtf8 =
    "\xE6\x9D\xB1\xE4\xBA\xAC\xE3\x81\xAE\xE9\x9B\xBB\xE6\xB1\xA0\xE3\x83\xA1\xE3\x83\xBC\xE3"
    "\x82\xAB\xE3\x83\xBC\xE3\x81\xAF\xE6\x96\xB0\xE3\x81\x97\xE3\x81\x84\xE5\xB7\xA5\xE5\xA0"
    "\xB4\xE3\x82\x92\xE5\xBB\xBA\xE8\xA8\xAD\xE3\x81\x99\xE3\x82\x8B\xE3\x81\xA8\xE7\x99\xBA"
    "\xE8\xA1\xA8\xE3\x81\x97\xE3\x81\x9F\xE3\x80\x82\xE6\x8A\x95\xE8\xB3\x87\xE9\xA1\x8D\xE3"
    "\x81\xAF\xE4\xBA\x94\xE5\x8D\x81\xE5\x84\x84\xE5\x86\x86\xE3\x81\xAB\xE4\xB8\x8A\xE3\x82"
    "\x8B\xE3\x80\x82";

TEST_CASE("the charset comes from the header, the BOM, the document, or detection",
          "[fetch][charset]") {
  struct Case {
    std::string name;
    std::string bytes;
    std::string header;
    TextKind kind;
    std::string charset, source, text;
    size_t replaced;
  };
  const std::string meta = "<meta charset=\"windows-1252\">";
  const Case cases[] = {
      {"header", kCp1252, "windows-1252", TextKind::kHtml, "windows-1252", "header", kCp1252AsUtf8,
       0},
      {"latin1 label", kCp1252, "ISO-8859-1", TextKind::kHtml, "windows-1252", "header",
       kCp1252AsUtf8, 0},
      {"header over meta", "<meta charset=utf-8>" + kCp1252, "cp1252", TextKind::kHtml,
       "windows-1252", "header", "<meta charset=utf-8>" + kCp1252AsUtf8, 0},
      {"unknown header label", meta + kCp1252, "x-no-such", TextKind::kHtml, "windows-1252", "meta",
       meta + kCp1252AsUtf8, 0},
      {"bom", "\xEF\xBB\xBFplain \xC3\xA9", "", TextKind::kPlain, "utf-8", "bom", "plain \xC3\xA9",
       0},
      {"utf-16 bom", std::string("\xFF\xFEh\0i\0", 6), "", TextKind::kPlain, "utf-16le", "bom",
       "hi", 0},
      {"meta", meta + kCp1252, "", TextKind::kHtml, "windows-1252", "meta", meta + kCp1252AsUtf8,
       0},
      {"http-equiv",
       "<META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=Shift_JIS'>" + kSjis, "",
       TextKind::kHtml, "shift_jis", "meta",
       "<META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=Shift_JIS'>" + kSjisAsUtf8, 0},
      {"xml declaration", "<?xml version='1.0' encoding='windows-1252'?><a>" + kCp1252 + "</a>", "",
       TextKind::kXml, "windows-1252", "xml",
       "<?xml version='1.0' encoding='windows-1252'?><a>" + kCp1252AsUtf8 + "</a>", 0},
      {"shift_jis header", kSjis, "Shift_JIS", TextKind::kHtml, "shift_jis", "header", kSjisAsUtf8,
       0},
      {"detected utf-8", "na\xC3\xAFve", "", TextKind::kHtml, "utf-8", "detected", "na\xC3\xAFve",
       0},
      {"detected shift_jis", kSjis + kSjis + kSjis, "", TextKind::kHtml, "shift_jis", "detected",
       kSjisAsUtf8 + kSjisAsUtf8 + kSjisAsUtf8, 0},
      {"invalid utf-8 repaired", "ok \xFF\xFE then", "utf-8", TextKind::kHtml, "utf-8", "header",
       "ok \xEF\xBF\xBD\xEF\xBF\xBD then", 2},
      {"invalid shift_jis", "\x82\xA0\x82", "shift_jis", TextKind::kHtml, "shift_jis", "header",
       "\xE3\x81\x82\xEF\xBF\xBD", 1},
  };
  for (const Case& c : cases) {
    CAPTURE(c.name);
    DecodedText d = DecodeText(c.bytes, c.header, c.kind);
    CHECK(d.charset == c.charset);
    CHECK(d.source == c.source);
    CHECK(d.text == c.text);
    CHECK(d.replaced == c.replaced);
  }
}

TEST_CASE("charset labels and Content-Type parameters", "[fetch][charset]") {
  CHECK(CanonicalCharset("UTF8") == "utf-8");
  CHECK(CanonicalCharset("\"latin1\"") == "windows-1252");
  CHECK(CanonicalCharset("x-sjis") == "shift_jis");
  CHECK(CanonicalCharset("EUC-JP") == "euc-jp");
  CHECK(CanonicalCharset("iso-8859-2") == "iso-8859-2");
  CHECK(CanonicalCharset("no-such-charset") == "");
  CHECK(CanonicalCharset("") == "");
  MediaType t = ParseContentType("Text/HTML; Charset=\"Shift_JIS\"; x=y");
  CHECK(t.type == "text/html");
  CHECK(t.charset == "Shift_JIS");
  CHECK(ParseContentType("application/rss+xml").charset == "");
  CHECK(DeclaredCharset("<html><head><meta name=x content=y><meta charset=koi8-r>",
                        TextKind::kHtml) == "koi8-r");
  CHECK(DeclaredCharset("<meta charset=koi8-r>", TextKind::kPlain) == "");
  CHECK(DeclaredCharset(std::string(5000, ' ') + "<meta charset=koi8-r>", TextKind::kHtml) == "");
}

}  // namespace
}  // namespace newsrecon::fetch
