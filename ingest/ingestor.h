// The one way a page becomes stored articles and claims.
//
//   ingest::Ingestor ingestor({&store, &extractor, run_id});
//   auto outcome = ingestor.Process(page);   // a RawPage: bytes, declared type, URL, ...
//   if (!outcome.ok()) return outcome.status();          // the system failed (the store)
//   switch (outcome->kind) { case ingest::OutcomeKind::kStored: ... }
//
// Process sniffs the page's type and decodes its charset (ingest/read.h, as every command
// reads a page), finds its article, rejects what is no article, extracts claims, takes
// the near-duplicate fingerprints (ingest/near_duplicate.h) and writes all of it with one
// Store::PutArticle call (one transaction). Problems of the page are outcomes, never
// errors. An Ingestor holds pointers only; like the Store it uses, it is not thread-safe:
// give each thread its own.
#ifndef NEWSRECON_INGEST_INGESTOR_H_
#define NEWSRECON_INGEST_INGESTOR_H_

#include <cstdint>
#include <vector>

#include "core/model.h"
#include "core/status.h"
#include "extract/claims/claims.h"
#include "ingest/outcome.h"
#include "ingest/read.h"
#include "store/store.h"

namespace newsrecon::ingest {

// Article text longer than this many characters is no article (a dump, a listing, a book):
// it is stored as a reject, and no claims are taken from it. [article] max_chars sets it.
inline constexpr int64_t kMaxArticleChars = 200000;

class Ingestor {
 public:
  struct Options {
    store::Store* store = nullptr;  // null: only Read and Claims may be called
    const extract::ClaimExtractor* extractor = nullptr;  // required
    int64_t run_id = 0;             // the run new articles are recorded under; 0 for none
    int64_t max_article_chars = kMaxArticleChars;
  };

  explicit Ingestor(Options options) : o_(options) {}

  // The store-less half: the page read (ingest::ReadPage). Fails with kBadInput "WHERE: why".
  core::Result<PageRead> Read(const RawPage& page) const { return ReadPage(page); }

  // The claims of an article, its relative dates resolved against its publication date.
  std::vector<core::Claim> Claims(const core::ArticleText& article) const;

  // Reads, extracts and stores one page (see the file comment). For a page whose bytes are
  // stored already (page.document_id), a reject or bad input also marks that document
  // rejected, so it is not taken up again. Fails only when the store does.
  core::Result<Outcome> Process(const RawPage& page) const;

  // Process for a stored document no article was made of yet (fetched with --no-extract,
  // or left by an interrupted run), read as stored; its canonical URL is recorded on it.
  core::Result<Outcome> ProcessPending(const store::PendingDocument& item) const;

  // Re-extracts one stored article's claims with this extractor; returns how many.
  core::Result<int64_t> RefreshClaims(int64_t article_id) const;

 private:
  core::Result<Outcome> Write(const RawPage& page, const fetch::PageText& text,
                              core::ArticleText article) const;
  core::Result<Outcome> Refuse(const RawPage& page, const core::Status& status) const;

  Options o_;
};

}  // namespace newsrecon::ingest

#endif  // NEWSRECON_INGEST_INGESTOR_H_
