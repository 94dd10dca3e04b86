// JSON forms of values and claims.
#include "reports/json_values.h"

#include "core/utf8.h"

namespace newsrecon::reports {

using nlohmann::json;

json ValueToJson(const core::Value& v, const core::CodePointIndex* offsets) {
  json j = {{"type", core::ToString(v.type)}, {"text", v.text}, {"bound", core::ToString(v.bound)}};
  if (offsets != nullptr) {
    j["start"] = (*offsets)(v.span.start);
    j["end"] = (*offsets)(v.span.end);
  }
  switch (v.type) {
    case core::ValueType::kMoney:
      j["amount"] = v.amount;
      j["currency"] = v.currency;
      break;
    case core::ValueType::kPercent:
    case core::ValueType::kPercentPoints:
      j["percent"] = v.amount;
      break;
    case core::ValueType::kYear:
      j["year"] = static_cast<int>(v.amount);
      if (v.bound == core::Bound::kRange) j["year_end"] = static_cast<int>(v.high);
      break;
    case core::ValueType::kDate:
      j["date"] = v.date;
      j["precision"] = core::ToString(v.precision);
      break;
    case core::ValueType::kDuration:
      j["duration_days"] = v.amount;
      break;
    case core::ValueType::kCount:
      j["count"] = v.amount;
      j["unit"] = v.unit;
      break;
    case core::ValueType::kNumber:
    case core::ValueType::kOrdinal:
    case core::ValueType::kAge:
      j["number"] = v.amount;
      break;
    case core::ValueType::kDistance:
    case core::ValueType::kTemperature:
      j["number"] = v.amount;  // metres, degrees Celsius
      j["unit"] = v.unit;
      break;
    case core::ValueType::kTimeOfDay:
      j["time"] = v.date;
      j["zone"] = v.unit;
      break;
  }
  if (v.type == core::ValueType::kDuration && !v.unit.empty()) j["unit"] = v.unit;
  if (v.bound == core::Bound::kRange && v.type != core::ValueType::kYear) j["high"] = v.high;
  if (!v.qualifier.empty()) j["qualifier"] = v.qualifier;
  if (v.role != core::ValueRole::kNone) j["role"] = core::ToString(v.role);
  if (!v.frame.empty()) j["frame"] = v.frame;
  if (!v.subject.empty()) j["subject"] = v.subject;
  if (!v.when.empty()) j["when"] = v.when;
  if (v.direction != core::Direction::kNone) j["direction"] = core::ToString(v.direction);
  return j;
}

json ClaimToJson(const core::Claim& c, const core::CodePointIndex* offsets) {
  json roles = json::object();
  for (const auto& r : c.roles) {
    if (roles.contains(r.name)) {
      roles[r.name + "_2"] = r.party;
    } else {
      roles[r.name] = r.party;
    }
  }
  json values = json::array();
  for (const auto& v : c.values) values.push_back(ValueToJson(v, offsets));
  json j = {{"relation", c.relation}, {"roles", roles},        {"parties", c.parties},
            {"polarity", core::ToString(c.polarity)}, {"status", core::ToString(c.phase)},
            {"values", values},     {"attribution", c.attribution},
            {"undisclosed", c.undisclosed}, {"sentence", c.sentence}, {"quote", c.quote},
            {"keywords", c.keywords}};
  if (offsets != nullptr) {
    j["start"] = (*offsets)(c.span.start);
    j["end"] = (*offsets)(c.span.end);
  }
  return j;
}

}  // namespace newsrecon::reports
