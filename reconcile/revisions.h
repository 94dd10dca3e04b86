// Revisions: a page fetched again with new text supersedes its older version (the store
// marks it when the new article is stored, and superseded articles take no part in
// reconciling); the figures the outlet changed become revisions, found by aligning the two
// versions sentence by sentence with the figures masked.
#ifndef NEWSRECON_RECONCILE_REVISIONS_H_
#define NEWSRECON_RECONCILE_REVISIONS_H_

#include <cstdint>
#include <vector>

#include "core/model.h"
#include "core/status.h"
#include "store/documents.h"
#include "store/stories.h"

namespace newsrecon::reconcile {

// The figures that differ between aligned sentences of two versions of one article (ids
// and quotes filled in; the store fills in the rest when it loads them).
std::vector<store::Revision> CompareVersions(const core::Article& older, const core::Article& newer);

// Compares every pair of versions not compared yet and stores their revisions; returns how
// many it stored.
// Reads the versions from `documents`, writes the revisions to `revisions`.
core::Result<int64_t> FindRevisions(store::RevisionStore& revisions,
                                    store::DocumentStore& documents);

}  // namespace newsrecon::reconcile

#endif  // NEWSRECON_RECONCILE_REVISIONS_H_
