// Reading one page now, for `newsrecon audit URL`: where its bytes come from.
//
// Local pages (file:// URLs and plain paths) are read here; http and https pages through an
// HttpReader: FetchHttpReader() fetches them with the fetch stage, NoHttpReader() refuses.
#ifndef NEWSRECON_CLI_PAGE_READER_H_
#define NEWSRECON_CLI_PAGE_READER_H_

#include <functional>
#include <string>

#include "core/status.h"
#include "extract/claims/claims.h"
#include "fetch/fetcher.h"
#include "ingest/read.h"
#include "reports/audit.h"

namespace newsrecon::cli {

// A page as read: its bytes, declared type, URL (a file:// URL for a local file, or the
// URL as fetched) and where (its path or the URL asked for).
using Page = ingest::RawPage;

using HttpReader = std::function<core::Result<Page>(const std::string& url)>;

// A reader that fails with kInvalidArgument for every URL, saying why.
HttpReader NoHttpReader();

// A reader that fetches the page now with the fetch stage (robots.txt, retries, redirects,
// limits as `options` say), its Content-Type declared. Fails with kBadInput naming the URL
// when the page cannot be fetched.
HttpReader FetchHttpReader(fetch::FetchOptions options);

// Reads `target`: an http(s) URL through `http`; a file:// URL or a path from disk
// (ingest::ReadLocalFile: kBadInput naming the file when it is missing, unreadable or
// empty); any other scheme fails with kInvalidArgument. How the page reads is ExtractPage's
// to say, as for every page (ingest::ReadPage).
core::Result<Page> ReadPage(const std::string& target, const HttpReader& http);

// The page's article text and its claims, read by the Ingestor's store-less half
// (ingest::ReadPage, ingest::Ingestor::Claims) and not stored. `url` (when not empty)
// replaces the page's URL; `published` dates a page that gives no date of its own. Fails
// with kBadInput naming the page when it is binary or holds no article.
core::Result<reports::PageUnderAudit> ExtractPage(const Page& page,
                                                  const extract::ClaimExtractor& extractor,
                                                  const std::string& url,
                                                  const std::string& published);

}  // namespace newsrecon::cli

#endif  // NEWSRECON_CLI_PAGE_READER_H_
