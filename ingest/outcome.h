// What happened to one page the Ingestor processed: the closed set of outcomes, with the
// one table of their names, and the ids and reason that go with each.
#ifndef NEWSRECON_INGEST_OUTCOME_H_
#define NEWSRECON_INGEST_OUTCOME_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace newsrecon::ingest {

enum class OutcomeKind {
  kStored,     // a new article (claims and fingerprints with it)
  kUnchanged,  // the same text from this source was stored before: nothing new
  kRevised,    // a new article at a URL whose older version it supersedes
  kRejected,   // stored as a reject: a page that is no article (paywall, error page, ...)
  kBadInput,   // not readable as HTML or text at all; nothing made of it
};

// "stored", "unchanged", "revised", "rejected", "bad_input": the one table of names.
std::string_view OutcomeName(OutcomeKind kind);

struct Outcome {
  OutcomeKind kind = OutcomeKind::kBadInput;
  int64_t document_id = 0;    // the stored document; 0 when nothing was stored
  int64_t article_id = 0;     // stored, revised: the new article; rejected: its reject row (0 when seen before)
  int64_t duplicate_of = 0;   // stored, revised: the earlier article it copies (its voice); 0 for none
  bool new_document = false;  // these bytes at this URL were stored for the first time
  int64_t claims = 0;         // claims stored with a new article
  std::string url;            // the URL the page is recorded under (RawPage::url)
  std::string canonical_url;  // the page's <link rel=canonical>, or ""
  std::string why;            // rejected, bad_input: why, in one line, without the page's name

  // A new article row holding text: stored or revised.
  bool new_article() const { return kind == OutcomeKind::kStored || kind == OutcomeKind::kRevised; }
};

}  // namespace newsrecon::ingest

#endif  // NEWSRECON_INGEST_OUTCOME_H_
