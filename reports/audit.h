// Source and page audits: every claim one source (or one page, read now) makes, and for
// each whether other sources corroborate it, contradict it, or say nothing about it.
//
//   auto audit = reports::AuditSource(store, "Ledger Wire");
//   if (audit.ok()) std::cout << reports::AuditText(*audit);
//
// "Corroborated": a claim of another source, and another voice (near-duplicate copies of
// one story count as one), states the same relation, roles and value; the reconciler
// decides what "the same" is, and claims on the same side of a contradiction state the
// same. "Contradicted": the claim stands on a side of an open contradiction no analyst
// dismissed (for a page, of one the reconciler finds when the page joins the stored
// claims). A claim can be both (the majority side of a contradiction): its verdict is then
// "contradicted", and it counts as backed in the agreement rate.
//
// Corroborations are computed here, at audit time, from the stored claims rather than
// stored by `reconcile`: an audit is rare next to the nightly run, computing them takes
// one pass of the reconciler over claims already loaded, it always reflects the claims as
// they are now, and it needs no schema migration (the fetch stage is adding migration 2
// in parallel, and a second one would collide with it).
#ifndef NEWSRECON_REPORTS_AUDIT_H_
#define NEWSRECON_REPORTS_AUDIT_H_

#include <functional>
#include <string>
#include <vector>

#include "core/status.h"
#include "reports/report.h"
#include "store/store.h"

namespace newsrecon::reports {

// Another source standing with a claim.
struct Agreement {
  std::string source;
  std::string value;  // what they agree on, normalised ("until 2032", "continues (...)")
  int64_t claim_id = 0;
};

// What other sources make of a claim, in the order an audit lists claims.
enum class ClaimVerdict { kContradicted, kCorroborated, kUncorroborated };
// "contradicted", "corroborated", "uncorroborated": the names in JSON, CSV and HTML classes.
const char* ToString(ClaimVerdict verdict);
// The inverse; false for an unknown name (and *out left as it was).
bool ParseClaimVerdict(const std::string& name, ClaimVerdict* out);
// The heading people read: "Contradicted", "Corroborated", "No other source".
const char* VerdictLabel(ClaimVerdict verdict);

struct ClaimAudit {
  store::StoredClaim claim;
  ClaimVerdict verdict = ClaimVerdict::kUncorroborated;
  std::vector<Agreement> agreements;         // other sources' claims that corroborate it
  std::vector<size_t> contradictions;        // indexes into Audit::contradictions
};

struct Audit {
  std::string subject;  // the source's name, or the page's URL
  bool page = false;
  int articles = 0;
  std::vector<ClaimAudit> claims;  // contradicted first, then corroborated, then the rest
  int contradicted = 0;
  int contradicted_backed = 0;  // of those, claims another source corroborates all the same
  int corroborated = 0;         // and not contradicted
  int uncorroborated = 0;
  std::vector<ReportItem> contradictions;  // those the subject's claims stand in
  // Page audits: the articles stored from this URL, and how the page differs from them.
  std::vector<int64_t> stored_articles;
  std::vector<std::string> quotes_new;   // claims on the page now, not in the stored copy
  std::vector<std::string> quotes_gone;  // claims of the stored copy no longer on the page
};

// The share of the claims other sources speak to (corroborated or contradicted) that at
// least one other source corroborates, in [0, 1]; -1 when other sources speak to none.
double AgreementRate(const Audit& audit);

// Audits every stored claim of source `name`. Fails with kNotFound when no source has that
// name, and with the store's error otherwise.
core::Result<Audit> AuditSource(store::Store& store, const std::string& name);

// A page read now, with its claims extracted but not stored.
struct PageUnderAudit {
  std::string url;
  std::string canonical_url;  // the page's <link rel=canonical>, when it names one
  std::string title;
  std::string published;
  std::string site_name;
  store::ArticleFingerprint fingerprint;  // of its text (simhash, minhash)
  std::vector<int64_t> minhash_bands;     // its MinHash bands: stored articles sharing one are candidates
  // The near-duplicate rule (ingest::Copies): a stored article it calls a copy of the page
  // is the page's own voice. Unset: none is.
  std::function<bool(const store::ArticleFingerprint& stored, const store::ArticleFingerprint& page)> copies;
  std::vector<core::Claim> claims;
};

// Compares the page's claims with the stored ones. Stored copies of the same URL are left
// out of the comparison (the page is compared with them separately); a stored
// near-duplicate of the page is the page's own voice, so it neither corroborates nor
// contradicts it.
core::Result<Audit> AuditPage(store::Store& store, const PageUnderAudit& page);

// What a claim says, for people: "revenue_share (payer Microsoft, payee OpenAI), ends;
// until 2030", or "no relation; parties Microsoft; 27 percent".
std::string DescribeClaim(const core::Claim& claim);

// The audit for a terminal: summary, claims by verdict, contradictions. Control characters
// from articles are dropped.
std::string AuditText(const Audit& audit);
// {subject, kind, summary, claims[], contradictions[]} as JSON.
std::string AuditJson(const Audit& audit);
// One RFC 4180 row per claim, with a header row.
std::string AuditCsv(const Audit& audit);
std::string AuditMarkdown(const Audit& audit);
// A self-contained HTML page, escaped like the contradiction report.
std::string AuditHtml(const Audit& audit);

}  // namespace newsrecon::reports

#endif  // NEWSRECON_REPORTS_AUDIT_H_
