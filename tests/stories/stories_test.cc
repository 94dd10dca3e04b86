// Stories: articles about one event group together, two events of one kind stay apart, a
// new night's articles join the stored stories, and claims of two stories are never compared.
#include <catch2/catch.hpp>

#include <map>
#include <string>
#include <vector>

#include "reconcile/reconcile.h"
#include "reconcile/stories.h"
#include "reconcile/story_terms.h"
#include "store/store.h"
#include "tests/test_support.h"

namespace newsrecon::testing {
namespace {

struct Story {
  const char* source;
  const char* published;
  const char* title;
  const char* text;
};

class StoryDb {
 public:
  StoryDb() {
    auto opened = store::Store::Open(dir_.File("s.db"));
    REQUIRE(opened.ok());
    store_ = std::move(*opened);
  }

  int64_t Put(const Story& s) {
    auto source = store_->UpsertSource({0, s.source, core::SourceKind::kFiles, ""});
    REQUIRE(source.ok());
    store::ArticleWrite w;
    w.document.url = "https://" + std::string(s.source) + ".example/" + std::to_string(++n_);
    w.document.format = core::DocumentFormat::kPlainText;
    w.document.body = s.text;
    w.text.title = s.title;
    w.text.text = s.text;
    w.text.published = s.published;
    auto put = store_->PutArticle(*source, std::move(w));
    REQUIRE(put.ok());
    return put->article_id;
  }

  reconcile::StoryCounts Group() {
    auto counts = reconcile::AssignStories(*store_);
    REQUIRE(counts.ok());
    return *counts;
  }

  std::map<int64_t, int64_t> Stories() {
    auto placed = store_->ArticleStories();
    REQUIRE(placed.ok());
    return {placed->begin(), placed->end()};
  }

  store::Store& store() { return *store_; }

 private:
  TempDir dir_;
  std::unique_ptr<store::Store> store_;
  int n_ = 0;
};

const Story kQuake2025[] = {
    {"Ledger", "2025-03-10", "Strong quake shakes Tarvonia's northern coast",
     "A magnitude 5.9 earthquake struck near Port Elsby in northern Tarvonia on Monday, "
     "collapsing several homes. Rescuers in Elsby searched the rubble through the night. "
     "Governor Mira Castellan said twelve people were injured and schools in Elsby would close."},
    {"Courier", "2025-03-11", "Elsby counts the damage after earthquake",
     "Residents of Port Elsby cleared rubble on Tuesday after Monday's earthquake, which the "
     "national seismic office measured at magnitude 6.1. Governor Mira Castellan visited the "
     "damaged harbour in Elsby and promised repairs."},
};
const Story kQuake2026[] = {
    {"Ledger", "2026-02-20", "Earthquake hits Tarvonia coast again",
     "An earthquake of magnitude 5.4 struck off the coast of Tarvonia near the fishing town of "
     "Kessel Bay on Friday. The Kessel Bay mayor, Oren Duvak, said the harbour wall cracked and "
     "two people were hurt. Rescuers checked homes along the coast."},
    {"Courier", "2026-02-21", "Kessel Bay shaken by quake",
     "Mayor Oren Duvak of Kessel Bay said on Saturday that repairs to the harbour would take "
     "months after Friday's earthquake. The seismic office put the quake at magnitude 5.4 and "
     "said aftershocks could follow along the Tarvonia coast."},
};

TEST_CASE("a title-cased headline names only what its body names", "[stories]") {
  struct Row {
    const char* title;
    const char* text;
    std::vector<std::string> names, not_names, words;
  };
  const Row rows[] = {
      // The body writes the headline's words in lower case.
      {"Dozens Injured In Varnet Market Attack",
       "Dozens Injured In Varnet Market Attack\n\nShells hit the market in Varnet on Thursday. "
       "Rescuers said dozens were injured in the attack, and the Halvik Brigade denied any role.",
       {"varnet", "halvik"}, {"dozens", "injured", "market", "attack"}, {"attack"}},
      // The body never writes "Target" at all: the headline's capital alone names nothing.
      {"Rebels Target Varnet Depot With Rocket Fire",
       "Rockets hit a fuel depot in Varnet on Friday night, the Halvik Brigade said. "
       "Fire crews worked until dawn.",
       {"varnet", "halvik"}, {"rebel", "rebels", "target", "depot"}, {"target"}},
      // An acronym opening a sentence names an agency; an ordinary opening word does not.
      {"Depot Fire In Varnet",
       "KRNA says rockets hit a depot in Varnet. Crews worked until dawn.\n"
       "Officials said the fire was out.",
       {"krna", "varnet"}, {"crews", "officials"}, {}},
  };
  for (const Row& row : rows) {
    CAPTURE(row.title);
    store::StoryArticle a;
    a.title = row.title;
    a.text = row.text;
    std::map<std::string, double> terms;
    for (const reconcile::Term& t : reconcile::ArticleTerms(a)) terms[t.first] = t.second;
    auto term = [](const std::string& word) { return reconcile::TermSpelling(word); };
    for (const std::string& name : row.names) CHECK(terms.count("@" + term(name)) == 1);
    for (const std::string& word : row.not_names) CHECK(terms.count("@" + term(word)) == 0);
    for (const std::string& word : row.words) CHECK(terms.count(term(word)) == 1);
  }
}

TEST_CASE("a name another article writes only as a word is shared with it, not missing", "[stories]") {
  reconcile::TermVector story({{"@varnet", 0.6}, {"@halvik", 0.5}, {"@ostby", 0.4}, {"depot", 0.3}});
  reconcile::TermVector names_it({{"@varnet", 0.6}, {"@ostby", 0.4}, {"halvik", 0.3}});
  reconcile::TermVector lacks_it({{"@varnet", 0.6}, {"@ostby", 0.4}, {"depot", 0.3}});
  CHECK(reconcile::MissingNames(story, names_it, 3) == 0);
  CHECK(reconcile::MissingNames(story, lacks_it, 3) == 1);
  CHECK(reconcile::SharedNames(story, names_it) == 3);
  CHECK(reconcile::SharedNames(story, lacks_it) == 2);
}

TEST_CASE("a place transliterated with and without a doubled letter is one name", "[stories]") {
  store::StoryArticle one, other;
  one.title = "Air raids hit Tessara";
  one.text = "Jets struck Tessara and the Hallek road on Sunday, a monitor said.";
  other.title = "Raids on Tesara";
  other.text = "Planes bombed Tesara near the Halek road on Sunday, activists said.";
  reconcile::TermVector a(reconcile::ArticleTerms(one)), b(reconcile::ArticleTerms(other));
  CHECK(reconcile::SharedNames(a, b) == 2);
  CHECK(reconcile::MissingNames(a, b, 2) == 0);
}

TEST_CASE("two quakes in one region a year apart are two stories", "[stories]") {
  StoryDb db;
  int64_t a1 = db.Put(kQuake2025[0]), a2 = db.Put(kQuake2025[1]);
  int64_t b1 = db.Put(kQuake2026[0]), b2 = db.Put(kQuake2026[1]);
  reconcile::StoryCounts counts = db.Group();
  CHECK(counts.articles == 4);
  CHECK(counts.new_stories == 2);
  auto stories = db.Stories();
  CHECK(stories[a1] == stories[a2]);
  CHECK(stories[b1] == stories[b2]);
  CHECK(stories[a1] != stories[b1]);
}

TEST_CASE("two arrests in one city on one day with different people are two stories", "[stories]") {
  StoryDb db;
  int64_t a = db.Put({"Ledger", "2026-04-02", "Police arrest Varn Ostby over Halden bank fraud",
                      "Police in Halden arrested businessman Varn Ostby on Thursday over a fraud at "
                      "the Halden Savings Bank. Detectives said Ostby moved client money abroad. "
                      "Ostby's lawyer, Ilse Marr, said her client denies the charges."});
  int64_t b = db.Put({"Courier", "2026-04-02", "Halden police detain teenager after stabbing",
                      "Halden police arrested a 17-year-old on Thursday after a stabbing outside "
                      "the Rosk Street market. Inspector Tomas Brevik said the victim, a market "
                      "trader, was in hospital. The teenager will appear in court on Friday."});
  int64_t c = db.Put({"Post", "2026-04-03", "Banker Ostby held over Halden Savings fraud",
                      "Varn Ostby, the Halden businessman arrested over fraud at Halden Savings "
                      "Bank, spent the night in custody. His lawyer Ilse Marr said Ostby would "
                      "fight the charges. Detectives are tracing the money."});
  db.Group();
  auto stories = db.Stories();
  CHECK(stories[a] == stories[c]);
  CHECK(stories[a] != stories[b]);
}

// Two outlets on one blast, each leading with its own names: the first with the border
// town and the governor, the second with the fighters and the monitor. Each article looks
// stories up by only its heaviest names, so a story must be filed under more of its names
// than that, or the second outlet never finds the first's story.
TEST_CASE("an outlet leading with other names than the first still finds its story", "[stories]") {
  const Story kBlast[] = {
      {"Ledger", "2026-05-03", "Bomb near Korvel camp kills at least 15",
       "A suicide bomber struck a bus near the Korvel camp on the Tessin border on Sunday. "
       "Governor Alma Reske of Tessin said Korvel hospitals took the injured. Reske said the "
       "Korvel crossing stays shut. The Drava Observatory said the bus carried Narvik Front fighters."},
      {"Courier", "2026-05-03", "Narvik Front fighters killed in blast",
       "More than 30 Narvik Front fighters were killed when a bomber hit their bus, the Drava "
       "Observatory said on Sunday. The Drava Observatory said Narvik Front had sent the fighters "
       "north. The bus was near Korvel on the Tessin border."},
  };
  for (size_t filed : {size_t{1}, size_t{12}}) {
    CAPTURE(filed);
    StoryDb db;
    int64_t a = db.Put(kBlast[0]), b = db.Put(kBlast[1]);
    reconcile::StoryOptions options;
    options.name_keys = 1;
    options.word_keys = 0;
    options.stored_name_keys = filed;
    options.stored_word_keys = 0;
    REQUIRE(reconcile::AssignStories(db.store(), options).ok());
    auto stories = db.Stories();
    CHECK((stories[a] == stories[b]) == (filed > 1));
  }
}

TEST_CASE("a second night's article joins a stored story without regrouping", "[stories]") {
  StoryDb db;
  int64_t a1 = db.Put(kQuake2025[0]);
  int64_t b1 = db.Put(kQuake2026[0]);
  CHECK(db.Group().new_stories == 2);
  auto first = db.Stories();
  auto story_before = db.store().LoadStory(first[a1]);
  REQUIRE(story_before.ok());
  int64_t a2 = db.Put(kQuake2025[1]);
  reconcile::StoryCounts counts = db.Group();
  CHECK(counts.articles == 1);
  CHECK(counts.new_stories == 0);
  auto second = db.Stories();
  CHECK(second[a2] == first[a1]);
  CHECK(second[a1] == first[a1]);
  CHECK(second[b1] == first[b1]);
  auto story_after = db.store().LoadStory(first[a1]);
  REQUIRE(story_after.ok());
  CHECK(story_after->articles == 2);
  CHECK(story_after->first_published == "2025-03-10");
  CHECK(story_after->last_published == "2025-03-11");
  CHECK_FALSE(story_after->title.empty());
  CHECK(db.Group().articles == 0);  // nothing left to place
}

TEST_CASE("an article not stored finds the story it would join, changing nothing", "[stories]") {
  StoryDb db;
  int64_t a1 = db.Put(kQuake2025[0]);
  db.Put(kQuake2026[0]);
  db.Group();
  auto before = db.Stories();
  store::StoryArticle page;
  page.published = "2025-03-12";
  page.title = kQuake2025[1].title;
  page.text = kQuake2025[1].text;
  auto found = reconcile::FindStory(db.store(), page);
  REQUIRE(found.ok());
  CHECK(*found == before[a1]);
  page.published = "2027-03-12";  // the same words two years on: no stored story
  found = reconcile::FindStory(db.store(), page);
  REQUIRE(found.ok());
  CHECK(*found == 0);
  CHECK(db.Stories() == before);
  CHECK(db.Group().articles == 0);
}

TEST_CASE("claims of two stories are never compared", "[stories]") {
  auto claim = [](int64_t id, int64_t story, double percent) {
    store::StoredClaim sc;
    sc.claim.id = id;
    sc.claim.relation = "stake";
    sc.claim.roles = {{"holder", "Corvane"}, {"company", "Nordaxis"}};
    sc.claim.parties = {"Corvane", "Nordaxis"};
    sc.claim.quote = "Corvane holds a stake of " + std::to_string(percent) + " percent in Nordaxis.";
    core::Value v;
    v.type = core::ValueType::kPercent;
    v.amount = v.high = percent;
    sc.claim.values = {v};
    sc.article_id = sc.voice = id;
    sc.source = "outlet " + std::to_string(id);
    sc.published = "2026-03-04";
    sc.story_id = story;
    return sc;
  };
  // The same claims with different figures: a contradiction within one story, none across two.
  auto same = reconcile::Reconcile({claim(1, 7, 27), claim(2, 7, 32)});
  REQUIRE(same.contradictions.size() == 1);
  CHECK(same.contradictions[0].kind == core::ContradictionKind::kValue);
  CHECK(reconcile::Reconcile({claim(1, 7, 27), claim(2, 8, 32)}).contradictions.empty());
  // A third outlet in story 7 with 32 percent brings it back, between 1 and 3 only.
  auto mixed = reconcile::Reconcile({claim(1, 7, 27), claim(2, 8, 32), claim(3, 7, 32)});
  REQUIRE(mixed.contradictions.size() == 1);
  CHECK(mixed.contradictions[0].sides.size() == 2);
  CHECK(mixed.contradictions[0].sides[0].claim_ids.size() == 1);
  CHECK(mixed.contradictions[0].sides[1].claim_ids.size() == 1);
}

}  // namespace
}  // namespace newsrecon::testing
