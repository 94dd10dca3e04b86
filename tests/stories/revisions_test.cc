// Revisions: a page ingested again at its URL with a figure changed supersedes its older
// version; the change is reported as a revision, and the old figure contradicts nobody.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "reconcile/revisions.h"
#include "tests/test_support.h"

namespace newsrecon::testing {
namespace {

using nlohmann::json;

std::string Page(const std::string& fine, const std::string& hours) {
  return "Regulators fine Microsoft over Azure outage\n\n"
         "European regulators fined Microsoft " + fine + " in 2024 over late reporting of a cloud "
         "outage in its Azure region in Frankfurt. The outage lasted " + hours + " hours, the "
         "regulator in Frankfurt said. Microsoft said Azure customers had been told in time.\n";
}

TEST_CASE("a revised page gives revisions and no contradiction of its old version", "[revisions]") {
  TempDir dir;
  std::string db = dir.File("n.db");
  std::string url = "https://ledger.example/azure-fine";
  auto ingest = [&](const std::string& name, const std::string& text, const std::string& source,
                    const std::string& at) {
    WriteFile(dir.File(name), text);
    auto r = RunCli({"ingest", dir.File(name), "--source", source, "--url", at, "--db", db,
                     "--published", "2026-03-04"});
    REQUIRE(r.exit_code == 0);
  };
  ingest("v1.txt", Page("$45 million", "nine"), "Ledger", url);
  ingest("courier.txt",
         "Azure fine for Microsoft\n\nInsurers in Frankfurt watched as European regulators "
         "fined Microsoft $54 million in 2024 over late reporting of a cloud outage in Azure. "
         "Microsoft has since added a second Azure region near Frankfurt.\n",
         "Courier", "https://courier.example/fine");
  ingest("v2.txt", Page("$54 million", "eleven"), "Ledger", url);

  REQUIRE(RunCli({"reconcile", "--db", db}).exit_code == 0);
  CHECK(QueryOne(db, "SELECT superseded_by FROM articles WHERE id = 1") == "3");
  CHECK(QueryOne(db, "SELECT count(*) FROM revisions") == "2");
  // One story for the three articles.
  CHECK(QueryOne(db, "SELECT count(DISTINCT story_id) FROM articles") == "1");

  json report = json::parse(RunCli({"report", "contradictions", "--db", db}).out);
  CHECK(report.empty());  // the old $45 million neither contradicts Courier nor its own update

  std::string md = RunCli({"report", "contradictions", "--format", "md", "--db", db}).out;
  CHECK(md.find("## Revisions") != std::string::npos);
  CHECK(md.find("Ledger changed $45 million to $54 million between") != std::string::npos);
  CHECK(md.find("Ledger changed nine to eleven between") != std::string::npos);
}

TEST_CASE("versions are compared sentence by sentence", "[revisions]") {
  core::Article older, newer;
  older.id = 1;
  newer.id = 2;
  older.content.text = "Rescuers worked all night. The quake measured 5.9 and hurt 12 people.";
  older.content.sentences = {{0, 26}, {27, older.content.text.size()}};
  newer.content.text = "A new first sentence was added. Rescuers worked all night. "
                       "The quake measured 6.1 and hurt 12 people.";
  newer.content.sentences = {{0, 31}, {32, 58}, {59, newer.content.text.size()}};
  auto revisions = reconcile::CompareVersions(older, newer);
  REQUIRE(revisions.size() == 1);
  CHECK(revisions[0].old_figure == "5.9");
  CHECK(revisions[0].new_figure == "6.1");
  CHECK(revisions[0].old_article == 1);
  CHECK(revisions[0].new_article == 2);
  CHECK(revisions[0].new_quote == "The quake measured 6.1 and hurt 12 people.");
}

}  // namespace
}  // namespace newsrecon::testing
