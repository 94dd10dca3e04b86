// JSON forms of values and claims, shared by the report and the `claims` command.
#ifndef NEWSRECON_REPORTS_JSON_VALUES_H_
#define NEWSRECON_REPORTS_JSON_VALUES_H_

#include <nlohmann/json.hpp>
#include <string_view>

#include "core/model.h"

namespace newsrecon::reports {

// {type, text, bound, and the normalised fields of the type: amount+currency, percent,
// year, date (ISO 8601), duration_days, count+unit}. `text_base`, when given, is the text
// the value's span points into: start/end are then added as character (code point) offsets.
nlohmann::json ValueToJson(const core::Value& value, std::string_view text_base = {});

// A claim with roles, parties, phase, polarity, values, attribution and its sentence span.
nlohmann::json ClaimToJson(const core::Claim& claim, std::string_view text_base = {});

}  // namespace newsrecon::reports

#endif  // NEWSRECON_REPORTS_JSON_VALUES_H_
