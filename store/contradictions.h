// The store's contradictions: what each reconciliation found, their history and verdicts.
//
// Promises: as store/runs.h says (one thread at a time, each call atomic, errors as values).
// SaveContradictions records one reconciliation in one transaction.
#ifndef NEWSRECON_STORE_CONTRADICTIONS_H_
#define NEWSRECON_STORE_CONTRADICTIONS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "core/model.h"
#include "core/status.h"

namespace newsrecon::store {

// A contradiction with its history and the analyst's verdict.
struct StoredContradiction {
  core::Contradiction contradiction;
  int64_t first_seen_run = 0;
  int64_t last_seen_run = 0;
  int runs_present = 0;
  core::ContradictionStatus status = core::ContradictionStatus::kOpen;
  core::Verdict verdict = core::Verdict::kNone;
  std::string verdict_note;
  bool is_new = false;  // first seen in the latest reconciling run
};

// What one reconciling run saw: contradictions present, and those it saw first.
struct RunContradictionCount {
  int64_t run_id = 0;
  std::string started_at;
  int present = 0;
  int first_seen = 0;
};

// What one reconciliation did to the stored contradictions.
struct ReconcileCounts {
  int new_count = 0;      // found for the first time
  int still_present = 0;  // found again (open or dismissed: a dismissal is the analyst's)
  int gone = 0;           // no longer found
};

class ContradictionStore {
 public:
  virtual ~ContradictionStore() = default;

  // Records a reconciliation in run `run_id`: new contradictions are inserted, ones seen
  // before are marked present, ones no longer found are marked gone. A dismissed one whose
  // evidence changed is reopened. Fills in each contradiction's id.
  virtual core::Result<ReconcileCounts> SaveContradictions(
      int64_t run_id, std::vector<core::Contradiction>& found) = 0;
  // Open contradictions (and, with include_dismissed, dismissed ones), most severe first.
  virtual core::Result<std::vector<StoredContradiction>> LoadContradictions(
      bool include_dismissed) = 0;
  // Contradictions present in run `run_id` (contradiction_runs), whatever their status or
  // verdict now; is_new says the run saw them first. Most severe first.
  virtual core::Result<std::vector<StoredContradiction>> LoadContradictionsInRun(
      int64_t run_id) = 0;
  // For each run that reconciled, oldest first, its contradiction counts.
  virtual core::Result<std::vector<RunContradictionCount>> CountContradictionsByRun() = 0;
  // Records an analyst's verdict (kNone clears it); kNotFound when there is no such
  // contradiction.
  virtual core::Status Triage(int64_t contradiction_id, core::Verdict verdict,
                              const std::string& note) = 0;
};

}  // namespace newsrecon::store

#endif  // NEWSRECON_STORE_CONTRADICTIONS_H_
