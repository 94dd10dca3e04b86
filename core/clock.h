// The wall clock newsrecon reads for "now": the system's, or a simulated one.
//
// NEWSRECON_NOW=2026-03-04 (or 2026-03-04T02:00:00Z) makes "now" that instant when the
// process first reads the clock; from there the clock runs at real speed, so the times
// within one run stay in order. Everything that stamps or compares times reads this clock:
// the store's timestamps and retention (bound into its SQL, on either engine), the log,
// the run lock.
// It lets a test or a simulation run a year of nightly runs in minutes.
#ifndef NEWSRECON_CORE_CLOCK_H_
#define NEWSRECON_CORE_CLOCK_H_

#include <cstdint>
#include <string>

#include "core/status.h"

namespace newsrecon::core {

inline constexpr char kNowVariable[] = "NEWSRECON_NOW";

// Ok when NEWSRECON_NOW is unset or valid; otherwise kInvalidArgument naming the value:
// "NEWSRECON_NOW 'x': expected YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ".
Status CheckClock();

// True when NEWSRECON_NOW sets the clock.
bool ClockSimulated();

// Milliseconds since 1970-01-01T00:00:00Z (an invalid NEWSRECON_NOW is ignored).
int64_t NowMillis();

// NowMillis() as ISO 8601 UTC with milliseconds, "2026-03-04T02:00:00.123Z", or without
// them, "2026-03-04T02:00:00Z".
std::string NowIso(bool with_millis = true);
// Milliseconds since 1970 (not before it) written the same way.
std::string IsoFromMillis(int64_t ms, bool with_millis = true);

}  // namespace newsrecon::core

#endif  // NEWSRECON_CORE_CLOCK_H_
