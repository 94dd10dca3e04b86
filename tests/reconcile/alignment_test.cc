// Claims outside the lexicon: similar sentences with different figures are flagged; the
// same figure in other words is not; different facts with figures of one type are not.
#include <catch2/catch.hpp>

#include <set>

#include <nlohmann/json.hpp>

#include "core/event_words.h"
#include "tests/test_support.h"

namespace newsrecon::testing {
namespace {

using nlohmann::json;

json Reconciled(const std::vector<std::pair<std::string, std::string>>& articles) {
  TempDir dir;
  std::string db = dir.File("n.db");
  int n = 0;
  for (const auto& [source, body] : articles) {
    std::string file = dir.File(std::string("a").append(std::to_string(n++)).append(".txt"));
    WriteFile(file, "Title\n\n" + body + "\n");
    REQUIRE(RunCli({"ingest", file, "--source", source, "--db", db, "--published", "2026-03-04"}).exit_code == 0);
  }
  REQUIRE(RunCli({"reconcile", "--db", db}).exit_code == 0);
  return json::parse(RunCli({"report", "contradictions", "--db", db}).out);
}

TEST_CASE("aligned sentences with different figures are a value contradiction", "[reconcile]") {
  // Three different stories (not copies of one wire story) that share one fact.
  json report = Reconciled({
      {"Wire", "Cloud buyers in Frankfurt are weighing their options after a bruising year of outages. "
               "European regulators fined Microsoft $45 million in 2024 over late reporting of a cloud outage. "
               "Procurement teams say contracts now carry stricter notice clauses."},
      {"Daily", "Hospitals that moved records online last spring faced hours without access. "
                "European regulators fined Microsoft $54 million in 2024 over late reporting of a cloud outage. "
                "Several trusts have since added a second supplier."},
      {"Post", "Insurers have started pricing cloud concentration risk into cyber policies. "
               "European regulators fined Microsoft $45 million in 2024 over the late reporting of a cloud outage. "
               "Brokers expect premiums to rise again next renewal season."},
  });
  REQUIRE(report.size() == 1);
  CHECK(report[0]["kind"] == "value");
  CHECK(report[0]["sides"][0]["value"] == "45 million USD");
  CHECK(report[0]["sides"][0]["sources"] == 2);
  CHECK(report[0]["sides"][1]["value"] == "54 million USD");
}

TEST_CASE("different facts with figures of one type are not aligned", "[reconcile]") {
  json report = Reconciled({
      {"Wire", "Microsoft said cloud revenue rose 20 percent in the quarter, beating forecasts by analysts."},
      {"Daily", "Microsoft said its gaming revenue fell 12 percent in the quarter, missing forecasts by analysts."},
      {"Post", "Microsoft shares rose 3 percent after analysts said cloud demand in the quarter beat forecasts."},
      {"Times", "Microsoft said cloud revenue rose 20% in the quarter, beating the forecasts of analysts."},
  });
  CHECK(report.empty());
}

TEST_CASE("a sentence about an earlier event is not aligned with the story's figure", "[reconcile]") {
  // Similar wording, but the Daily's second sentence recalls an earlier blast.
  const char* wire = "Rescuers said 12 people were hurt when a gas tank blew up at the Varnet ferry terminal.";
  CHECK(Reconciled({
            {"Wire", wire},
            {"Daily", "Rescuers said a gas tank blew up at the Varnet ferry terminal on Friday. "
                      "In an earlier blast rescuers said 30 people were hurt when a tank blew up at the terminal."},
        }).empty());
  // Without the cue the same two sentences are one quantity.
  CHECK(Reconciled({
            {"Wire", wire},
            {"Daily", "Rescuers said a gas tank blew up at the Varnet ferry terminal on Friday. "
                      "Rescuers said 30 people were hurt when a tank blew up at the terminal."},
        }).size() == 1);
  // A month before publication (2026-03-04) dates the sentence to another event, even
  // where the month opens it.
  CHECK(Reconciled({
            {"Wire", wire},
            {"Daily", "Rescuers said a gas tank blew up at the Varnet ferry terminal on Friday. "
                      "In January, rescuers said 30 people were hurt when a tank blew up at the terminal."},
        }).empty());
  // A month and a day in it can be one time: the figures are one quantity.
  CHECK(Reconciled({
            {"Wire", "Rescuers said 12 people were hurt in March when a gas tank blew up at the Varnet ferry terminal."},
            {"Daily", "Rescuers said 30 people were hurt on March 2 when a gas tank blew up at the Varnet ferry terminal."},
        }).size() == 1);
}

TEST_CASE("a length between two events is not the length a frame reports", "[reconcile]") {
  // "nine days before the vote" is anchored to the vote; "in about 30 days" to now.
  CHECK(Reconciled({
            {"Wire", "The Varnet port authority said the new dredging rule will take effect in about 30 days."},
            {"Daily", "The Varnet port authority said the new dredging rule takes effect nine days before the vote."},
        }).empty());
  // The same lengths as lengths of one strike disagree, and read as they were written.
  json report = Reconciled({
      {"Wire", "The Varnet dock strike over night shifts lasted about 30 days, the port authority said."},
      {"Daily", "The Varnet dock strike over night shifts lasted nine days, the port authority said."},
  });
  REQUIRE(report.size() == 1);
  std::set<std::string> values;
  for (const json& side : report[0]["sides"]) values.insert(side["value"].get<std::string>());
  CHECK(values == std::set<std::string>{"about 30 days", "9 days"});
}

TEST_CASE("tolls of one group are compared, and other groups and totals are not", "[reconcile]") {
  // The Ledger gives a total (12) and its civilians (four); the Courier says eight
  // civilians. Four against eight is the disagreement; 12 is another quantity, and so are
  // the wounded and the count of shells.
  json report = Reconciled({
      {"Ledger", "At least 12 people died when shells hit the old market in Varnet on Thursday, a monitor said. "
                 "The monitor said four civilians had been killed and more than 70 wounded. "
                 "Witnesses counted more than 40 shells."},
      {"Courier", "Eight civilians were killed in Varnet on Thursday when shells hit the old market, "
                  "rescuers said. About 80 people were wounded, and 12 shells fell near the mosque."},
  });
  REQUIRE(report.size() == 1);
  CHECK(report[0]["topic"].get<std::string>().find("killed") != std::string::npos);
  REQUIRE(report[0]["sides"].size() == 2);
  CHECK(report[0]["sides"][0]["value"] == "4 civilians");
  CHECK(report[0]["sides"][1]["value"] == "8 civilians");
}

TEST_CASE("outlets that name the same fighters in their own words count one group", "[reconcile]") {
  // "Militants" and "terrorists" are the same dead named by two sides; "regime fighters"
  // are soldiers, another group, whose toll is not compared with the militants'.
  json report = Reconciled({
      {"Ledger", "Air raids killed 31 militants near Tessara on Sunday, a monitor said."},
      {"Courier", "Air strikes on Tessara killed 19 terrorists on Sunday, state media said."},
  });
  REQUIRE(report.size() == 1);
  CHECK(report[0]["sides"][0]["value"] == "19 terrorists");
  CHECK(report[0]["sides"][1]["value"] == "31 militants");
  CHECK(core::GroupOfPeople("fighters", "regime") == "troops");
  CHECK(core::GroupOfPeople("fighters", "rebel") == "fighters");
  CHECK(core::GroupOfPeople("jihadists", "") == "fighters");
  CHECK(core::GroupOfPeople("homers", "") == "homers");
}

TEST_CASE("two bidders' offers are two amounts, one bidder's two amounts disagree", "[reconcile]") {
  // Two outlets, each writing about one bidder for Keldan Foods in its own words.
  const std::pair<std::string, std::string> wire = {
      "Wire", "Keldan Foods shares jumped on Monday. The Halvorsen Group made an all-cash offer of $5.2 billion "
              "for Keldan Foods, people familiar with the talks said. Keldan's board will meet this week."};
  json rivals = Reconciled({wire, {"Daily", "A second suitor has emerged for the snack maker Keldan Foods. "
                                            "The Ostby Partners fund made an all-cash offer of $6 billion for "
                                            "Keldan Foods, according to a filing."}});
  CHECK(rivals.empty());
  json one = Reconciled({wire, {"Daily", "A suitor has firmed up its interest in the snack maker Keldan Foods. "
                                         "The Halvorsen Group made an all-cash offer of $6 billion for Keldan "
                                         "Foods, according to a filing."}});
  REQUIRE(one.size() == 1);
  CHECK(one[0]["sides"][0]["value"] == "5.2 billion USD");
}

TEST_CASE("a count of anyone never joins two groups into one quantity", "[reconcile]") {
  // "23 arrested" agrees with the 23 pirates; the boats and the rifles are not pirates.
  json report = Reconciled({
      {"Ledger", "The navy captured 23 pirates in the gulf on Saturday after a chase, officials said."},
      {"Courier", "Officials said 23 arrested men were brought ashore on Saturday by the navy."},
      {"Post", "The navy captured three boats and 47 rifles in the gulf on Saturday, officials said."},
  });
  CHECK(report.empty());
}

TEST_CASE("an article quoting two differing counts speaks by its first", "[reconcile]") {
  // The Ledger's own toll is its first; the rebels' 9 it quotes is not its position, so
  // the Courier's 30 agrees with the Ledger. The Post's 40 disagrees with both.
  json quoting = Reconciled({
      {"Ledger", "At least 25 people were killed in the shelling of Varnet on Thursday, a monitor said. "
                 "A rebel website said 9 people were killed in the shelling of Varnet."},
      {"Courier", "Shelling killed 30 people in Varnet on Thursday, rescuers said."},
  });
  CHECK(quoting.empty());
  json disputed = Reconciled({
      {"Ledger", "At least 25 people were killed in the shelling of Varnet on Thursday, a monitor said. "
                 "A rebel website said 9 people were killed in the shelling of Varnet."},
      {"Courier", "Shelling killed 30 people in Varnet on Thursday, rescuers said."},
      {"Post", "Shelling killed 40 people in Varnet on Thursday, the governor said."},
  });
  REQUIRE(disputed.size() == 1);
  REQUIRE(disputed[0]["sides"].size() == 2);
  // The Ledger's bound fits both 30 and 40, so it stands on neither side.
  CHECK(disputed[0]["sides"][0]["value"] == "30 people");
  CHECK(disputed[0]["sides"][1]["value"] == "40 people");
  for (const auto& side : disputed[0]["sides"]) CHECK(side["sources"] == 1);
}

// Each outlet's first toll stands for the story only when the two sentences share a word
// beyond their figures: a week's arrests "as stores were looted" and one day's arrests
// "over Saturday's protests" say nothing in common and may be two counts.
TEST_CASE("tolls whose sentences share no word are not taken for one count", "[reconcile]") {
  const std::string a_start = "Riots spread across Harwick after the death of a student, Mayor Elna Brask said. ";
  const std::string b_start = "Harwick saw a fourth night of riots after a student died, Mayor Elna Brask said. ";
  json apart = Reconciled({
      {"Wire", a_start + "Police said they made 86 arrests over Saturday's protests. Shops in Harwick stayed shut."},
      {"Daily", b_start + "Hundreds of stores were smashed and looted, and more than 200 people were arrested. "
                          "Harwick schools will close."},
  });
  CHECK(apart.empty());
  json together = Reconciled({
      {"Wire", a_start + "Police said 86 people were arrested during the riots. Shops in Harwick stayed shut."},
      {"Daily", b_start + "More than 200 people were arrested during the riots, police said. Harwick schools will close."},
  });
  CHECK(together.size() == 1);
}

// Published on Wednesday 4 March: "earlier this week" is Monday and Tuesday, not today.
TEST_CASE("a toll from earlier in the week is not today's toll", "[reconcile]") {
  const std::string today = "A strike killed 15 civilians in Korvel today, the Drava monitor said.";
  json apart = Reconciled({
      {"Wire", today},
      {"Daily", "Earlier this week a gas attack killed at least 87 civilians in Korvel, the Drava monitor said."},
  });
  CHECK(apart.empty());
  json together = Reconciled({
      {"Wire", today},
      {"Daily", "A gas attack killed at least 87 civilians in Korvel today, the Drava monitor said."},
  });
  CHECK(together.size() == 1);
}

TEST_CASE("things are never counted as a toll", "[reconcile]") {
  json report = Reconciled({
      {"Ledger", "The navy arrested 26 pirates in the gulf on Saturday and seized two boats, officials said."},
      {"Courier", "Officials said the navy arrested 26 pirates and seized three boats in the gulf on Saturday."},
  });
  for (const auto& item : report) {
    CHECK(item["topic"].get<std::string>().find("arrested") == std::string::npos);
  }
}

}  // namespace
}  // namespace newsrecon::testing
