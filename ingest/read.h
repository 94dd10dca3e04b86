// Reading a page, the one way every command reads one: its bytes sniffed (WHATWG MIME
// Sniffing) and decoded to UTF-8 (fetch::ReadPageText), then its article found
// (extract::ArticleFromHtml or ArticleFromPlainText). Nothing here touches a store: this is
// the half of the Ingestor that `extract-text`, `claims --file` and `audit` use alone.
#ifndef NEWSRECON_INGEST_READ_H_
#define NEWSRECON_INGEST_READ_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/model.h"
#include "core/status.h"
#include "fetch/sniff.h"

namespace newsrecon::ingest {

// One page as it arrived: from the web, a local file or a stored document.
struct RawPage {
  std::string bytes;           // raw, as received or read (stored as they are)
  std::string content_type;    // what was declared: a Content-Type value, the type a file's
                               // extension names (fetch::TypeForExtension), or "" for none
  std::string header_charset;  // a charset named apart from content_type; used when that
                               // names none; "" for none
  std::string url;             // the URL it is recorded under
  std::string where;           // names the page in errors: a path or a URL
  std::string published;       // YYYY-MM-DD or ISO 8601: dates a page that gives no date
  std::string published_from = "config";  // where `published` came from ("config", "feed")
  int64_t source_id = 0;       // its source, for Ingestor::Process
  int64_t document_id = 0;     // when its bytes are stored already (fetched, pending): that
                               // document, marked rejected when no article comes of it
  std::optional<fetch::PageText> read;  // how it reads, when that is known already (the
                                        // crawler read it, or a stored document says); else
                                        // sniffed and decoded here
};

// A page read but not stored.
struct PageRead {
  fetch::PageText page;       // kHtml or kPlain, and the text as UTF-8 with its charset
  core::ArticleText article;  // not_article says why it is no article ("" for an article)
};

// The page's text: page.read when given, else fetch::ReadPageText(bytes, content_type with
// header_charset). Fails with kBadInput, as "WHERE: why", when it is binary or of a type
// newsrecon does not read.
core::Result<fetch::PageText> ReadText(const RawPage& page);

// The article in a page's UTF-8 text: HTML read by extract::ArticleFromHtml, plain text by
// extract::ArticleFromPlainText (the one place a page's kind chooses its reader).
core::Result<core::ArticleText> ReadArticle(fetch::TextKind kind, std::string_view utf8,
                                            std::string_view url);

// ReadText, then ReadArticle; the article's URL defaults to page.url, and page.published
// dates an article that gives no date. Fails with kBadInput as "WHERE: why".
core::Result<PageRead> ReadPage(const RawPage& page);

}  // namespace newsrecon::ingest

#endif  // NEWSRECON_INGEST_READ_H_
