// Names of the model's enumerations, as they appear in JSON and in the store.
#include "core/model.h"

#include "core/enum_table.h"

namespace newsrecon::core {
namespace {

constexpr EnumTable<ValueType, 13> kValueTypes = {{
    {ValueType::kMoney, "money"},
    {ValueType::kPercent, "percent"},
    {ValueType::kPercentPoints, "percentage_points"},
    {ValueType::kYear, "year"},
    {ValueType::kDate, "date"},
    {ValueType::kDuration, "duration"},
    {ValueType::kCount, "count"},
    {ValueType::kNumber, "number"},
    {ValueType::kDistance, "distance"},
    {ValueType::kTemperature, "temperature"},
    {ValueType::kTimeOfDay, "time_of_day"},
    {ValueType::kAge, "age"},
    {ValueType::kOrdinal, "ordinal"},
}};

constexpr EnumTable<Bound, 7> kBounds = {{
    {Bound::kExact, "exact"},
    {Bound::kAbout, "about"},
    {Bound::kUpTo, "up_to"},
    {Bound::kAtLeast, "at_least"},
    {Bound::kMoreThan, "more_than"},
    {Bound::kLessThan, "less_than"},
    {Bound::kRange, "range"},
}};

constexpr EnumTable<Phase, 5> kPhases = {{
    {Phase::kUnspecified, "unspecified"},
    {Phase::kStarts, "starts"},
    {Phase::kContinues, "continues"},
    {Phase::kEnds, "ends"},
    {Phase::kPast, "past"},
}};

constexpr EnumTable<Polarity, 2> kPolarities = {{
    {Polarity::kAffirmed, "affirmed"},
    {Polarity::kNegated, "negated"},
}};

constexpr EnumTable<Severity, 3> kSeverities = {{
    {Severity::kLow, "low"},
    {Severity::kMedium, "medium"},
    {Severity::kHigh, "high"},
}};

constexpr EnumTable<ContradictionStatus, 2> kContradictionStatuses = {{
    {ContradictionStatus::kOpen, "open"},
    {ContradictionStatus::kGone, "gone"},
}};

constexpr EnumTable<Verdict, 3> kVerdicts = {{
    {Verdict::kNone, ""},
    {Verdict::kConfirmed, "confirmed"},
    {Verdict::kDismissed, "dismissed"},
}};

constexpr EnumTable<ContradictionKind, 11> kContradictionKinds = {{
    {ContradictionKind::kRole, "role"},
    {ContradictionKind::kStatus, "status"},
    {ContradictionKind::kValue, "value"},
    {ContradictionKind::kDuration, "duration"},
    {ContradictionKind::kDate, "date"},
    {ContradictionKind::kHedge, "hedge"},
    {ContradictionKind::kSingleSource, "single_source"},
    {ContradictionKind::kCopyDivergence, "copy divergence"},
    {ContradictionKind::kMisquote, "misquote"},
    {ContradictionKind::kWithinArticle, "within_article"},
    {ContradictionKind::kDeveloping, "developing"},
}};

constexpr EnumTable<SourceKind, 5> kSourceKinds = {{
    {SourceKind::kPath, "path"},
    {SourceKind::kUrls, "urls"},
    {SourceKind::kFeed, "feed"},
    {SourceKind::kSitemap, "sitemap"},
    {SourceKind::kFiles, "files"},
}};

// The media types documents have always been stored under, so old rows keep reading.
constexpr EnumTable<DocumentFormat, 2> kDocumentFormats = {{
    {DocumentFormat::kHtml, "text/html"},
    {DocumentFormat::kPlainText, "text/plain"},
}};

// The names dates' precisions, roles and directions have always been stored and written as.
constexpr EnumTable<DatePrecision, 8> kDatePrecisions = {{
    {DatePrecision::kNone, ""},
    {DatePrecision::kMinute, "minute"},
    {DatePrecision::kDay, "day"},
    {DatePrecision::kWeek, "week"},
    {DatePrecision::kMonth, "month"},
    {DatePrecision::kQuarter, "quarter"},
    {DatePrecision::kSeason, "season"},
    {DatePrecision::kYear, "year"},
}};

constexpr EnumTable<ValueRole, 5> kValueRoles = {{
    {ValueRole::kNone, ""},
    {ValueRole::kInitial, "initial"},
    {ValueRole::kAdditional, "additional"},
    {ValueRole::kTotal, "total"},
    {ValueRole::kStart, "start"},
}};

constexpr EnumTable<Direction, 3> kDirections = {{
    {Direction::kNone, ""},
    {Direction::kUp, "up"},
    {Direction::kDown, "down"},
}};

}  // namespace

const char* ToString(ValueType type) { return NameOf(kValueTypes, type); }
const char* ToString(Bound bound) { return NameOf(kBounds, bound); }
const char* ToString(Phase phase) { return NameOf(kPhases, phase); }
const char* ToString(Polarity polarity) { return NameOf(kPolarities, polarity); }
const char* ToString(Severity severity) { return NameOf(kSeverities, severity); }
const char* ToString(ContradictionStatus status) { return NameOf(kContradictionStatuses, status); }
const char* ToString(Verdict verdict) { return NameOf(kVerdicts, verdict); }
const char* ToString(ContradictionKind kind) { return NameOf(kContradictionKinds, kind); }
const char* ToString(SourceKind kind) { return NameOf(kSourceKinds, kind); }
const char* ToString(DocumentFormat format) { return NameOf(kDocumentFormats, format); }
const char* ToString(DatePrecision precision) { return NameOf(kDatePrecisions, precision); }
const char* ToString(ValueRole role) { return NameOf(kValueRoles, role); }
const char* ToString(Direction direction) { return NameOf(kDirections, direction); }

bool ParseValueType(const std::string& name, ValueType* out) {
  return ValueOf(kValueTypes, name, out);
}
bool ParseBound(const std::string& name, Bound* out) { return ValueOf(kBounds, name, out); }
bool ParsePhase(const std::string& name, Phase* out) { return ValueOf(kPhases, name, out); }
bool ParsePolarity(const std::string& name, Polarity* out) {
  return ValueOf(kPolarities, name, out);
}
bool ParseSeverity(const std::string& name, Severity* out) {
  return ValueOf(kSeverities, name, out);
}
bool ParseContradictionStatus(const std::string& name, ContradictionStatus* out) {
  return ValueOf(kContradictionStatuses, name, out);
}
bool ParseVerdict(const std::string& name, Verdict* out) { return ValueOf(kVerdicts, name, out); }
bool ParseContradictionKind(const std::string& name, ContradictionKind* out) {
  return ValueOf(kContradictionKinds, name, out);
}
bool ParseSourceKind(const std::string& name, SourceKind* out) {
  return ValueOf(kSourceKinds, name, out);
}
bool ParseDocumentFormat(const std::string& name, DocumentFormat* out) {
  return ValueOf(kDocumentFormats, name, out);
}
bool ParseDatePrecision(const std::string& name, DatePrecision* out) {
  return ValueOf(kDatePrecisions, name, out);
}
bool ParseValueRole(const std::string& name, ValueRole* out) {
  return ValueOf(kValueRoles, name, out);
}
bool ParseDirection(const std::string& name, Direction* out) {
  return ValueOf(kDirections, name, out);
}

}  // namespace newsrecon::core
