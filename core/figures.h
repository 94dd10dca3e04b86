// The one rule for which figures count as the same when reconciliation looks up a hedge:
// an amount is compared by its whole number, rounded half away from zero.
//
// It is defined here, once, for the store's query and the reconciler alike: SQL's round()
// differs between engines (PostgreSQL's round(double precision) rounds 12.5 to 12,
// SQLite's to 13), so no engine rounds a figure for this.
#ifndef NEWSRECON_CORE_FIGURES_H_
#define NEWSRECON_CORE_FIGURES_H_

#include <cmath>

namespace newsrecon::core {

// The whole number `amount` is compared by: 12.5 -> 13, -12.5 -> -13, 12.4 -> 12.
inline long long FigureKey(double amount) { return std::llround(amount); }

}  // namespace newsrecon::core

#endif  // NEWSRECON_CORE_FIGURES_H_
