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

}  // namespace newsrecon::core
