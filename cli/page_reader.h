// Reading one page now, for `newsrecon audit URL`.
//
// Local pages (file:// URLs and plain paths) are read here; http and https pages through an
// HttpReader: FetchHttpReader() fetches them with the fetch stage, NoHttpReader() refuses.
#ifndef NEWSRECON_CLI_PAGE_READER_H_
#define NEWSRECON_CLI_PAGE_READER_H_

#include <functional>
#include <string>

#include "core/status.h"
#include "fetch/charset.h"
#include "fetch/fetcher.h"
#include "extract/claims/claims.h"
#include "reports/audit.h"

namespace newsrecon::cli {

struct Page {
  std::string url;           // file:// URL of a local file, or the URL as fetched
  std::string where;         // names the page in errors: its path or URL
  std::string bytes;         // raw
  fetch::TextKind kind = fetch::TextKind::kPlain;  // kHtml or kPlain
  std::string text;          // as UTF-8, read as every page is read (fetch::ReadPageText)
};

using HttpReader = std::function<core::Result<Page>(const std::string& url)>;

// A reader that fails with kInvalidArgument for every URL, saying why.
HttpReader NoHttpReader();

// A reader that fetches the page now with the fetch stage (robots.txt, retries, redirects,
// limits as `options` say) and reads it as the crawler does (fetch::ReadPageText). Fails
// with kBadInput naming the URL when the page cannot be fetched or read.
HttpReader FetchHttpReader(fetch::FetchOptions options);

// Reads `target`: an http(s) URL through `http`; a file:// URL or a path from disk (kBadInput
// naming the file when it is missing, unreadable, empty or binary); any other scheme fails
// with kInvalidArgument.
core::Result<Page> ReadPage(const std::string& target, const HttpReader& http);

// The page's article text and its claims, extracted but not stored. `url` (when not empty)
// replaces the page's URL; `published` dates a page that gives no date of its own. Fails
// with kBadInput naming the page when it holds no article.
core::Result<reports::PageUnderAudit> ExtractPage(const Page& page,
                                                  const extract::ClaimExtractor& extractor,
                                                  const std::string& url,
                                                  const std::string& published);

}  // namespace newsrecon::cli

#endif  // NEWSRECON_CLI_PAGE_READER_H_
