// The store's claims, with their values and provenance, and the streams reconciliation reads.
//
// Promises: as store/runs.h says (one thread at a time, each call atomic, errors as values).
// The streams (ForEach*) read in one pass and hand over one group at a time, so memory is
// bounded by the largest group; which claims each stream selects is the one rule of
// core/candidates.h. A callback's failed Status stops a stream and is returned. A row whose
// roles or parties cannot be decoded fails with kCorruption naming the claim.
#ifndef NEWSRECON_STORE_CLAIMS_H_
#define NEWSRECON_STORE_CLAIMS_H_

#include <cstdint>
#include <functional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "core/model.h"
#include "core/status.h"

namespace newsrecon::store {

// A claim with where it came from, as the reconciler and the reports need it.
struct StoredClaim {
  core::Claim claim;
  int64_t article_id = 0;
  int64_t source_id = 0;
  std::string source;     // source name
  std::string url;        // the article's URL (canonical when known)
  std::string published;  // the article's publication date, ISO 8601, may be empty
  std::string title;
  int64_t voice = 0;  // near-duplicate copies share one voice: the first copy's article id
  std::string site_name;  // the outlet as the page names itself (og:site_name), may be empty
  int64_t story_id = 0;   // the article's story; 0 until stories are assigned
};

// Called with one group of a stream; a failed Status stops the stream.
using ClaimGroupFn = std::function<core::Status(const std::vector<StoredClaim>&)>;

class ClaimStore {
 public:
  virtual ~ClaimStore() = default;

  // Replaces an article's claims (re-extraction), in one transaction.
  virtual core::Status ReplaceClaims(int64_t article_id, const std::vector<core::Claim>& claims,
                                     const std::string& claims_version) = 0;
  // Articles (not rejects) whose claims were made by another extractor version.
  virtual core::Result<std::vector<int64_t>> ArticlesNeedingClaims(
      const std::string& claims_version) = 0;

  // Every claim of every article, with provenance, ordered by article then position.
  virtual core::Result<std::vector<StoredClaim>> LoadClaims() = 0;
  // Claims by id, for reports (missing ids are skipped).
  virtual core::Result<std::vector<StoredClaim>> LoadClaimsById(const std::vector<int64_t>& ids) = 0;

  // Streams the claims core::InRelationGroup selects, a group at a time: all claims of one
  // relation and party pair, in one call of `group`.
  virtual core::Status ForEachClaimGroup(const ClaimGroupFn& group) = 0;
  // Streams the claims core::InAlignmentBlock selects (outside the lexicon, one to three
  // parties), a block at a time: all such claims naming the same parties.
  virtual core::Status ForEachAlignmentBlock(const ClaimGroupFn& block) = 0;
  // Streams the claims core::InFrameBlocks selects, a block per story and core::FrameOf
  // (stored with each value as it is written):
  // each claim carries only its values of that key (a claim with two frames is in two
  // blocks), in claim order. A block holds at most 5000 claims.
  virtual core::Status ForEachFrameBlock(const ClaimGroupFn& block) = 0;
  // Streams the claims of the articles that have near-duplicate copies, one voice (an
  // original and its copies) at a time, with all their values, by article and sentence.
  virtual core::Status ForEachCopyGroup(const ClaimGroupFn& group) = 0;
  // Streams the claims core::InSpeakerGroup selects, one story and speaker (as written)
  // at a time.
  virtual core::Status ForEachSpeaker(const ClaimGroupFn& group) = 0;

  // (article id, core::FigureKey(amount)) of every "up to" figure stored, whatever its
  // claim: rounded by the one rule in C++, alike on both engines.
  virtual core::Result<std::set<std::pair<int64_t, long long>>> HedgedFigures() = 0;
};

}  // namespace newsrecon::store

#endif  // NEWSRECON_STORE_CLAIMS_H_
