// Tests for the closed sets' name tables (core/model.cc): every value round-trips through
// its name, the names are the ones stored (changing one would orphan stored rows), and an
// unknown name is refused.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/model.h"
#include "fetch/listing.h"
#include "reports/audit.h"
#include "reports/formats.h"
#include "store/work_queue.h"

namespace newsrecon::core {
namespace {

// Values 0..names.size()-1 of E have exactly these names, in order, and nothing else does.
template <typename E>
void CheckNames(const std::vector<std::string>& names, bool (*parse)(const std::string&, E*)) {
  for (size_t i = 0; i < names.size(); ++i) {
    CAPTURE(i, names[i]);
    const E e = static_cast<E>(i);
    CHECK(ToString(e) == names[i]);
    E parsed = static_cast<E>(names.size() - 1 - i);
    REQUIRE(parse(names[i], &parsed));
    CHECK(parsed == e);
  }
  CHECK(std::string(ToString(static_cast<E>(names.size()))) == "?");  // the table ends here
  const std::string last = names.back();
  for (const std::string& unknown : {std::string("no such name"), last + " ", " " + last,
                                     std::string("?"), std::string("High")}) {
    CAPTURE(unknown);
    E kept = static_cast<E>(0);
    CHECK_FALSE(parse(unknown, &kept));
    CHECK(kept == static_cast<E>(0));  // left as it was
  }
}

TEST_CASE("every closed set's value round-trips through its one name, and unknown names are refused",
          "[core][enums]") {
  SECTION("ValueType") {
    CheckNames<ValueType>({"money", "percent", "percentage_points", "year", "date", "duration",
                           "count", "number", "distance", "temperature", "time_of_day", "age",
                           "ordinal"},
                          ParseValueType);
  }
  SECTION("Bound") {
    CheckNames<Bound>({"exact", "about", "up_to", "at_least", "more_than", "less_than", "range"},
                      ParseBound);
  }
  SECTION("Polarity") { CheckNames<Polarity>({"affirmed", "negated"}, ParsePolarity); }
  SECTION("Phase") {
    CheckNames<Phase>({"unspecified", "starts", "continues", "ends", "past"}, ParsePhase);
  }
  SECTION("Severity") { CheckNames<Severity>({"low", "medium", "high"}, ParseSeverity); }
  SECTION("ContradictionStatus") {
    CheckNames<ContradictionStatus>({"open", "gone"}, ParseContradictionStatus);
  }
  SECTION("Verdict") { CheckNames<Verdict>({"", "confirmed", "dismissed"}, ParseVerdict); }
  SECTION("ContradictionKind") {
    CheckNames<ContradictionKind>({"role", "status", "value", "duration", "date", "hedge",
                                   "single_source", "copy divergence", "misquote",
                                   "within_article", "developing"},
                                  ParseContradictionKind);
  }
  SECTION("SourceKind") {
    CheckNames<SourceKind>({"path", "urls", "feed", "sitemap", "files"}, ParseSourceKind);
  }
  SECTION("DocumentFormat") {  // the media types documents have always been stored under
    CheckNames<DocumentFormat>({"text/html", "text/plain"}, ParseDocumentFormat);
  }
  SECTION("DatePrecision") {  // the names dates' precisions have always been stored as
    CheckNames<DatePrecision>({"", "minute", "day", "week", "month", "quarter", "season", "year"},
                              ParseDatePrecision);
  }
  SECTION("ValueRole") {
    CheckNames<ValueRole>({"", "initial", "additional", "total", "start"}, ParseValueRole);
  }
  SECTION("Direction") { CheckNames<Direction>({"", "up", "down"}, ParseDirection); }
  SECTION("reports::ClaimVerdict") {
    CheckNames<reports::ClaimVerdict>({"contradicted", "corroborated", "uncorroborated"},
                                      reports::ParseClaimVerdict);
  }
  SECTION("reports::OutputFormat") {
    CheckNames<reports::OutputFormat>({"text", "json", "html", "md", "csv"},
                                      reports::ParseOutputFormat);
  }
  SECTION("fetch::ListingFormat") {
    CheckNames<fetch::ListingFormat>({"rss", "rdf", "atom", "sitemap", "sitemapindex", "text"},
                                     fetch::ParseListingFormat);
  }
  SECTION("store::RunState") {
    CheckNames<store::RunState>({"running", "ok", "partial", "interrupted", "failed"},
                                store::ParseRunState);
  }
  SECTION("store::WorkKind") {
    CheckNames<store::WorkKind>({"source", "document", "claims", "reconcile"},
                                store::ParseWorkKind);
  }
}

TEST_CASE("severities compare least to most severe, as the reports sort them", "[core][enums]") {
  CHECK(Severity::kLow < Severity::kMedium);
  CHECK(Severity::kMedium < Severity::kHigh);
}

TEST_CASE("claim verdicts compare in the order an audit lists claims, and read as labels",
          "[core][enums]") {
  using reports::ClaimVerdict;
  CHECK(ClaimVerdict::kContradicted < ClaimVerdict::kCorroborated);
  CHECK(ClaimVerdict::kCorroborated < ClaimVerdict::kUncorroborated);
  CHECK(std::string(reports::VerdictLabel(ClaimVerdict::kContradicted)) == "Contradicted");
  CHECK(std::string(reports::VerdictLabel(ClaimVerdict::kCorroborated)) == "Corroborated");
  CHECK(std::string(reports::VerdictLabel(ClaimVerdict::kUncorroborated)) == "No other source");
}

}  // namespace
}  // namespace newsrecon::core
