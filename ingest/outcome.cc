// The names of the outcomes.
#include "ingest/outcome.h"

namespace newsrecon::ingest {

std::string_view OutcomeName(OutcomeKind kind) {
  switch (kind) {
    case OutcomeKind::kStored: return "stored";
    case OutcomeKind::kUnchanged: return "unchanged";
    case OutcomeKind::kRevised: return "revised";
    case OutcomeKind::kRejected: return "rejected";
    case OutcomeKind::kBadInput: return "bad_input";
  }
  return "bad_input";
}

}  // namespace newsrecon::ingest
