// Character sets: which one a document is in, and its text converted to UTF-8.
//
// The charset is taken from the HTTP header, else the byte-order mark, else the
// document's own declaration (<meta charset> for HTML, <?xml encoding?> for XML), else
// detected (valid UTF-8 is UTF-8; uchardet guesses the rest; windows-1252 when nothing
// fits). Conversion never fails: invalid or unmappable bytes become U+FFFD and are counted.
//
//   fetch::DecodedText d = fetch::DecodeText(body, "windows-1252", fetch::TextKind::kHtml);
//   Use(d.text);  // UTF-8
#ifndef NEWSRECON_FETCH_CHARSET_H_
#define NEWSRECON_FETCH_CHARSET_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace newsrecon::fetch {

enum class TextKind { kHtml, kXml, kPlain };

struct DecodedText {
  std::string charset;  // canonical label: "utf-8", "windows-1252", "shift_jis", ...
  std::string source;   // where it came from: "header", "bom", "meta", "xml", "detected"
  std::string text;     // UTF-8, without a byte-order mark
  size_t replaced = 0;  // invalid or unmappable byte sequences replaced by U+FFFD
};

// Decodes `bytes` to UTF-8. `header_charset` is the charset parameter of the
// Content-Type header (empty when none); unknown labels are ignored.
DecodedText DecodeText(std::string_view bytes, std::string_view header_charset, TextKind kind);

// The canonical label for a charset name ("Latin1" -> "windows-1252", "SJIS" ->
// "shift_jis"), or "" when the name is not a charset this build can convert.
std::string CanonicalCharset(std::string_view label);

// Parses a Content-Type header value: the media type in lower case ("text/html") and the
// charset parameter (as given, unquoted; empty when absent).
struct MediaType {
  std::string type;
  std::string charset;
};
MediaType ParseContentType(std::string_view value);

// The charset a document declares itself: <meta charset>/<meta http-equiv> in the first
// 4 KiB of HTML, or the encoding of an XML declaration; "" when none.
std::string DeclaredCharset(std::string_view bytes, TextKind kind);

}  // namespace newsrecon::fetch

#endif  // NEWSRECON_FETCH_CHARSET_H_
