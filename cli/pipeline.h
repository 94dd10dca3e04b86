// The pipeline: documents become articles, articles become claims, claims become
// contradictions; each step reads and writes the store.
#ifndef NEWSRECON_CLI_PIPELINE_H_
#define NEWSRECON_CLI_PIPELINE_H_

#include <string>
#include <vector>

#include "cli/log.h"
#include "core/status.h"
#include "extract/claims/claims.h"
#include "fetch/charset.h"
#include "store/store.h"

namespace newsrecon::cli {

// Article text longer than this many characters is no article (a dump, a listing, a book):
// it is stored as a reject, and no claims are taken from it. [article] max_chars sets it.
inline constexpr int64_t kMaxArticleChars = 200000;

struct Pipeline {
  store::Store* store = nullptr;
  const extract::ClaimExtractor* extractor = nullptr;
  int64_t run_id = 0;
  Logger* log = nullptr;  // article events; none when null
  int64_t* claims_stored = nullptr;  // when set, counts the claims this pipeline stores
  int64_t max_article_chars = kMaxArticleChars;
};

struct InputFile {
  std::string path;
  std::string bytes;                            // raw
  fetch::TextKind kind = fetch::TextKind::kPlain;  // kHtml or kPlain
  fetch::DecodedText text;  // the charset, where it came from, and the UTF-8 text
};

// Reads a local file and reads it as every page is read (fetch::ReadPageText, its
// extension standing for a Content-Type). Fails with kBadInput naming the file: missing,
// unreadable, a folder, empty, binary or of a type newsrecon does not read.
core::Result<InputFile> ReadInput(const std::string& path);

// A document to store: its raw bytes and its text as UTF-8.
struct DocumentInput {
  std::string where;         // names the document in errors: a path or a URL
  std::string url;
  std::string published;     // YYYY-MM-DD or ISO 8601, used when the document gives no date
  fetch::TextKind kind = fetch::TextKind::kPlain;  // kHtml or kPlain
  std::string bytes;         // raw, as stored
  fetch::DecodedText text;   // the charset, where it came from, and the UTF-8 text
  std::string published_from = "config";  // where `published` came from ("feed", "config")
};

// The article in a page's UTF-8 text: HTML read by extract::ArticleFromHtml, plain text by
// extract::ArticleFromPlainText (the one place a page's kind chooses its reader).
core::Result<core::ArticleText> ReadArticle(fetch::TextKind kind, std::string_view utf8,
                                            std::string_view url);

// Extracts text and claims from a document and stores them with its raw bytes and UTF-8
// text (one transaction). `published` fills in what the document does not say. A page
// that is not an article (a paywall teaser, a consent wall, a bot check, an error page, no
// article text) is stored as a reject with its reason, which the result's `not_article`
// carries; no claims are taken from it. Fails with kBadInput, naming `where`, when the
// document cannot be read as HTML or text at all. `canonical_url`, when given, receives
// the page's <link rel=canonical> (or "").
core::Result<store::ArticleWriteResult> IngestDocument(const Pipeline& p, int64_t source_id,
                                                       const DocumentInput& doc,
                                                       std::string* canonical_url = nullptr);

// The same for a local file ReadInput read, recorded under `url`.
core::Result<store::ArticleWriteResult> IngestDocument(const Pipeline& p, int64_t source_id,
                                                       const InputFile& input,
                                                       const std::string& url,
                                                       const std::string& published);

// Makes articles of stored documents that have none yet (fetched with --no-extract, or
// left by an interrupted run). A document that is no article is marked rejected and
// listed in `failures` as "SOURCE: URL: why". Returns how many new articles it stored.
// Stops early, between documents, when a stop was requested (cli/interrupt.h).
core::Result<int> ExtractPending(const Pipeline& p, std::vector<std::string>* failures,
                                 std::vector<std::string>* rejects);

// Makes an article of one pending document (ExtractPending's step): returns 1 for a new
// article, 0 otherwise; a reject or an unreadable page is marked and listed as there.
core::Result<int> ExtractDocument(const Pipeline& p, const store::PendingDocument& item,
                                  std::vector<std::string>* failures,
                                  std::vector<std::string>* rejects);

// Re-extracts one article's claims with p.extractor (RefreshClaims' step).
core::Status RefreshArticleClaims(const Pipeline& p, int64_t article_id);

// Re-extracts the claims of articles stored by an older extractor; returns how many (fewer
// than needed when a stop was requested: it stops between articles).
core::Result<int> RefreshClaims(const Pipeline& p);

// Reconciles every stored claim and records the result in run p.run_id. `reopened`, when
// given, receives how many contradictions seen before came back open: gone ones found
// again, and dismissed ones whose evidence changed.
core::Result<store::ReconcileCounts> ReconcileStore(const Pipeline& p, int* reopened = nullptr);

// Lists the documents of a "path" source: the file itself, or a folder's .html, .htm and
// .txt files (recursively, sorted).
core::Result<std::vector<std::string>> ListSourceFiles(const std::string& location);

}  // namespace newsrecon::cli

#endif  // NEWSRECON_CLI_PIPELINE_H_
