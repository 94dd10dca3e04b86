// The decision: do two figures about the same quantity agree? Rounding, hedges, units,
// currencies, dates and directions of change, in one place.
//
//   reconcile::Compare(about_4_2, exact_4_2)   == Verdict::kAgree
//   reconcile::Compare(more_than_20, exact_25) == Verdict::kAgree
//   reconcile::Compare(up_to_40, exact_45)     == Verdict::kConflict
//   reconcile::Compare(usd_1m, aud_1_52m)      == Verdict::kIncomparable  (two currencies)
#ifndef NEWSRECON_RECONCILE_DECIDE_H_
#define NEWSRECON_RECONCILE_DECIDE_H_

#include <string>

#include "core/model.h"
#include "reconcile/intervals.h"

namespace newsrecon::reconcile {

enum class Verdict { kAgree, kConflict, kIncomparable };

// How two figures came to be compared. kLogical: two outlets' own statements, so "at least
// 23" and "at least 25" can both be true. kSameWording: the same sentence in two versions
// (a copy, a rewrite), where the hedge is shared wording and the figures themselves must
// match: "more than $3 billion" against "more than $7.5 billion" is a changed figure, and
// the same words ("on Wednesday") always agree, however they were resolved.
enum class Mode { kLogical, kSameWording };

// The interval a figure allows: an exact one within half a unit of its last digit written
// ("$4.2 billion" allows 4.15 to 4.25 billion; "6 miles" 5.5 to 6.5 miles, whatever unit
// it is stored in) or half a percent, whichever is wider, so a figure rounded or converted
// from another unit agrees with the exact one; "about" within 10% more; "up to" from zero,
// "at least" and "more than" to infinity; a range from its low end to its high end.
Interval TolerantInterval(const core::Value& value);

// Compares two figures of the same quantity. Different types (except a count against a
// bare number), different currencies, and a date against a date of coarser precision that
// contains it ("2026-04" and "2026-04-27") are never a conflict. Distances and temperatures
// compare in their normal units (km against miles, °C against °F) with the rounding of the
// unit each was written in; times of day compare in UTC when both zones are stated, as
// written when both are the same zone, and not at all otherwise. Opposite directions of
// change ("rose 5%" and "fell 5%") are a conflict whatever the amounts.
Verdict Compare(const core::Value& a, const core::Value& b, Mode mode = Mode::kLogical);

// The frames whose counts grow as a story develops (tolls): "killed", "injured", ...
bool DevelopingFrame(const std::string& frame);

// Whether a figure of type `t` counts things: a count, or a bare numeral ("kills 19"),
// which can be the same figure as a count.
bool CountLike(core::ValueType t);

}  // namespace newsrecon::reconcile

#endif  // NEWSRECON_RECONCILE_DECIDE_H_
