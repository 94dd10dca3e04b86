// JSON forms of values and claims, shared by the report and the `claims` command.
#ifndef NEWSRECON_REPORTS_JSON_VALUES_H_
#define NEWSRECON_REPORTS_JSON_VALUES_H_

#include <nlohmann/json.hpp>
#include <string_view>

#include "core/model.h"
#include "core/utf8.h"

namespace newsrecon::reports {

// {type, text, bound, and the normalised fields of the type: amount+currency, percent,
// year, date (ISO 8601), duration_days, count+unit}. With `offsets` (of the text the
// value's span points into) start/end are added as character (code point) offsets.
nlohmann::json ValueToJson(const core::Value& value, const core::CodePointIndex* offsets = nullptr);

// A claim with roles, parties, phase, polarity, values, attribution and its sentence span.
nlohmann::json ClaimToJson(const core::Claim& claim, const core::CodePointIndex* offsets = nullptr);

}  // namespace newsrecon::reports

#endif  // NEWSRECON_REPORTS_JSON_VALUES_H_
