// Tests for the one-screen run summary.
#include <catch2/catch.hpp>

#include "reports/summary.h"

namespace newsrecon::reports {
namespace {

ReportItem Item(int64_t id, const std::string& severity, const std::string& kind,
                const std::string& topic, bool is_new) {
  ReportItem item;
  item.id = id;
  REQUIRE(core::ParseSeverity(severity, &item.severity));
  REQUIRE(core::ParseContradictionKind(kind, &item.kind));
  item.topic = topic;
  item.is_new = is_new;
  return item;
}

TEST_CASE("the run summary fits one screen and lists what is new", "[reports]") {
  ContradictionReport report;
  report.run_id = 7;
  report.run_at = "2026-05-02T03:00:01.250Z";
  report.items = {Item(3, "high", "role", "revenue_share: Microsoft, OpenAI", true),
                  Item(1, "medium", "within_article", "value: stake: \x1b[31mA\x1b[0m, B (percent)", true),
                  Item(2, "low", "hedge", "investment: A, B", false)};
  report.summary.new_count = 2;
  report.summary.dismissed = 1;
  report.summary.by_severity = {{"high", 1}, {"medium", 1}, {"low", 1}};
  RunFigures figures;
  figures.run_id = 7;
  figures.sources_ok = 4;
  figures.sources_failed = 1;
  figures.articles_new = 3;
  figures.articles_unchanged = 9;
  figures.documents_failed = 2;
  figures.claims = 412;
  figures.claims_new = 37;
  figures.contradictions_gone = 5;
  figures.files = {"reports/run-7.html"};
  figures.db_path = "news.db";
  CHECK(RunSummary(figures, report) ==
        "newsrecon run 7 — 2026-05-02 03:00 UTC\n"
        "sources:        4 ok, 1 failed\n"
        "articles:       3 new, 9 unchanged, 2 failed\n"
        "claims:         37 stored by this run, 412 in all\n"
        "contradictions: 2 new, 3 open (1 high, 1 medium, 1 low), 5 gone, 1 dismissed\n"
        "\n"
        "new contradictions:\n"
        "  high   role            Revenue share — Microsoft and OpenAI  #3\n"
        "  medium within_article  Stake — [31mA[0m and B (percent)  #1\n"
        "\n"
        "report:   reports/run-7.html\n"
        "database: news.db\n");
}

TEST_CASE("the run summary lists eight new contradictions and counts the rest", "[reports]") {
  ContradictionReport report;
  for (int64_t i = 1; i <= 11; ++i) report.items.push_back(Item(i, "low", "date", "t", true));
  report.summary.new_count = 11;
  std::string text = RunSummary(RunFigures{}, report);
  CHECK(text.find("  low    date            t  #8\n  … and 3 more in the report\n") != std::string::npos);
  CHECK(text.find("#9") == std::string::npos);
}

}  // namespace
}  // namespace newsrecon::reports
