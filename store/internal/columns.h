// Reading a closed set's column (kind, severity, status, ...) into its enum, private to store/.
//
// A stored name the enum's table does not know is corrupt data, never a default value:
//   NR_RETURN_IF_ERROR(ParseColumn(core::ParseSeverity, text, "contradiction 5", "severity",
//                                  &c.severity));
// fails with kCorruption "contradiction 5: severity 'urgent' is not a known value".
#ifndef NEWSRECON_STORE_INTERNAL_COLUMNS_H_
#define NEWSRECON_STORE_INTERNAL_COLUMNS_H_

#ifndef NEWSRECON_STORE_INTERNAL
#error "store/internal/ is private to newsrecon_store; include store/store.h or a narrow store header"
#endif

#include <string>

#include "core/status.h"

namespace newsrecon::store {

// Parses `text`, the `column` of `row`, with `parse` (one of the enum tables' Parse
// functions). *out is left as it was on failure.
template <typename E>
core::Status ParseColumn(bool (*parse)(const std::string&, E*), const std::string& text,
                         const std::string& row, const char* column, E* out) {
  if (parse(text, out)) return core::Status::Ok();
  return core::Corruption(row + ": " + column + " '" + text + "' is not a known value");
}

}  // namespace newsrecon::store

#endif  // NEWSRECON_STORE_INTERNAL_COLUMNS_H_
