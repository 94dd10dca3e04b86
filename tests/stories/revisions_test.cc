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

  // The old $45 million neither contradicts Courier nor its own update: the JSON array holds
  // the two revisions and nothing else.
  json report = json::parse(RunCli({"report", "contradictions", "--db", db}).out);
  REQUIRE(report.size() == 2);
  for (const json& item : report) {
    CHECK(item["kind"] == "revision");
    CHECK(item["sides"].size() == 2);
    CHECK(item["sides"][0]["evidence"].size() == 1);
  }
  CHECK(report[0]["explanation"].get<std::string>().rfind("Ledger changed ", 0) == 0);

  std::string md = RunCli({"report", "contradictions", "--format", "md", "--db", db}).out;
  CHECK(md.find("## Revisions") != std::string::npos);
  CHECK(md.find("Ledger changed $45 million to $54 million between") != std::string::npos);
  CHECK(md.find("Ledger changed nine to eleven between") != std::string::npos);
  std::string html = RunCli({"report", "contradictions", "--format", "html", "--db", db}).out;
  CHECK(html.find("<section class=\"panel revisions\" id=\"revisions\"><h2>Revisions</h2>") !=
        std::string::npos);
  CHECK(html.find("Ledger changed $45 million to $54 million between") != std::string::npos);
}

TEST_CASE("the report groups items by story under its title", "[revisions][stories]") {
  TempDir dir;
  std::string db = dir.File("n.db");
  std::string config = std::string(NEWSRECON_SOURCE_DIR) + "/samples/demo.toml";
  REQUIRE(RunCli({"run", "--config", config, "--db", db, "--report-dir", dir.File("r")}).exit_code == 0);
  json items = json::parse(RunCli({"report", "contradictions", "--db", db}).out);
  REQUIRE(items.size() == 8);
  for (const json& item : items) {
    CHECK(item["story_id"] == items[0]["story_id"]);
    CHECK(item["story"] == items[0]["story"]);
  }
  CHECK(items[0]["story_id"].get<int64_t>() != 0);
  std::string title = items[0]["story"];
  CHECK(title.find("Corvane") != std::string::npos);
  std::string html = RunCli({"report", "contradictions", "--format", "html", "--db", db}).out;
  size_t heading = html.find("<h2 class=\"story\"");
  REQUIRE(heading != std::string::npos);
  CHECK(html.find("<h2 class=\"story\"", heading + 1) == std::string::npos);  // one story
  CHECK(heading < html.find("<article class=\"card"));
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
