// The store's documents and articles: raw bytes as fetched, and the articles made of them.
//
// Promises: as store/runs.h says (one thread at a time, each call atomic, errors as values).
// Content is keyed by hash: putting the same bytes at the same URL twice adds nothing.
// PutArticle writes a document, its text, sentences and claims in one transaction, so a
// crash leaves all of it or none.
#ifndef NEWSRECON_STORE_DOCUMENTS_H_
#define NEWSRECON_STORE_DOCUMENTS_H_

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/model.h"
#include "core/status.h"

namespace newsrecon::store {

// An article's near-duplicate fingerprints, as a near-duplicate rule compares them.
struct ArticleFingerprint {
  int64_t article_id = 0;
  int64_t voice = 0;  // the first copy's article id (its own when it copies none)
  uint64_t simhash = 0;
  std::vector<uint32_t> minhash;  // empty for none
};

// One article's worth of writes, stored atomically by DocumentStore::PutArticle().
struct ArticleWrite {
  core::Document document;  // body, url, content type; hash computed when empty
  core::ArticleText text;
  std::vector<core::Claim> claims;
  std::string claims_version;  // the extractor that made `claims`
  uint64_t simhash = 0;        // near-duplicate fingerprint of text.text; 0 for none
  std::vector<uint32_t> minhash;       // MinHash signature of text.text; empty for none
  std::vector<int64_t> minhash_bands;  // its band keys: articles sharing one are candidates
  // The near-duplicate rule, the caller's (ingest/near_duplicate.h): whether a stored
  // article and this one (its simhash and minhash above) are copies. Unset: no copy is
  // looked for.
  std::function<bool(const ArticleFingerprint& stored, const ArticleFingerprint& page)> copies;
  int64_t run_id = 0;
};

struct DocumentWriteResult {
  int64_t document_id = 0;
  bool new_document = false;  // false when these bytes at this URL were stored before
};

// A stored document no article has been made of yet.
struct PendingDocument {
  int64_t document_id = 0;
  int64_t source_id = 0;
  std::string source;     // the source's name
  std::string published;  // what a feed or sitemap said of the page's date; may be empty
};

struct ArticleWriteResult {
  int64_t document_id = 0;
  int64_t article_id = 0;
  bool new_document = false;
  bool new_article = false;  // false when the same text from this source was stored before
  int64_t duplicate_of = 0;  // the earlier article this one copies; 0 when none
  std::string not_article;   // why the page was stored as a reject; "" for articles
  bool revises = false;      // a new article that superseded an older version at its URL
};

class DocumentStore {
 public:
  virtual ~DocumentStore() = default;

  // A stored document with its raw bytes and UTF-8 text; kNotFound when there is none.
  virtual core::Result<core::Document> LoadDocument(int64_t document_id) = 0;
  // Stores a document's raw bytes and UTF-8 text before anything is made of them; the
  // same bytes at the same URL are stored once. The hash is computed when empty.
  virtual core::Result<DocumentWriteResult> PutDocument(int64_t source_id, int64_t run_id,
                                                        core::Document document) = 0;
  // Sets the <link rel=canonical> a page's article gave.
  virtual core::Status SetCanonicalUrl(int64_t source_id, const std::string& url,
                                       const std::string& canonical_url) = 0;
  // The same for an article made later of stored document `document_id` (pending
  // extraction): the URL states of its source whose last body is the document's.
  virtual core::Status SetCanonicalUrlOfDocument(int64_t document_id,
                                                 const std::string& canonical_url) = 0;
  // Records why no article could be made of a document, so it is not tried again.
  virtual core::Status MarkRejected(int64_t document_id, const std::string& why) = 0;
  // Documents with no article that were not rejected, oldest first.
  virtual core::Result<std::vector<PendingDocument>> PendingDocuments() = 0;
  // That document, when it is still pending.
  virtual core::Result<std::optional<PendingDocument>> FindPendingDocument(int64_t document_id) = 0;

  // Stores a document, its article text, sentences and claims in one transaction. The
  // first article from another source (by id) that write.copies says this one copies
  // makes it a copy: duplicate_of names the first copy. Candidates are the articles that
  // share a MinHash band with it, or without bands every other source's article with a
  // SimHash; writers that could be copies of each other take turns. A page
  // that is not an article (text.not_article set) is stored as a reject: the document and
  // an article row with the reason, no claims, never a near-duplicate of anything.
  virtual core::Result<ArticleWriteResult> PutArticle(int64_t source_id, ArticleWrite write) = 0;

  virtual core::Result<core::Article> LoadArticle(int64_t article_id) = 0;
  // Article ids of a source, or the articles with this URL; empty when none.
  virtual core::Result<std::vector<int64_t>> ArticleIds(const std::string& source,
                                                        const std::string& url) = 0;
  // The SimHash fingerprints of every stored article (not rejects) that has one (minhash
  // left empty: CopyCandidates gives signatures).
  virtual core::Result<std::vector<ArticleFingerprint>> LoadFingerprints() = 0;
  // The articles (not rejects) of sources other than `source_id` (0: of any source) that
  // share one of `bands` with a MinHash signature, by id: what a new page could copy.
  virtual core::Result<std::vector<ArticleFingerprint>> CopyCandidates(
      int64_t source_id, const std::vector<int64_t>& bands) = 0;
};

}  // namespace newsrecon::store

#endif  // NEWSRECON_STORE_DOCUMENTS_H_
