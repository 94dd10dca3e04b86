// Tests for quantity frames: what each figure measures, its direction, its day.
#include <catch2/catch.hpp>

#include "extract/claims/frames.h"
#include "extract/claims/values.h"

namespace newsrecon::extract {
namespace {

std::vector<core::Value> Framed(const std::string& text) {
  ValueFinder finder;
  std::vector<core::Value> values = finder.Find(text, {core::CivilDate{2026, 3, 4}});
  AssignFrames(text, {0, text.size()}, &values);
  return values;
}

// The values of `sentence` written as `figure` (every one, so a repeated figure is checked
// each time); CHECKs that there is one.
std::vector<core::Value> FramedFigure(const std::string& sentence, const std::string& figure) {
  std::vector<core::Value> out;
  for (core::Value& v : Framed(sentence)) {
    if (v.text == figure) out.push_back(std::move(v));
  }
  CHECK(!out.empty());
  return out;
}

TEST_CASE("frames: what a figure measures", "[reconcile][frames]") {
  struct Case {
    const char* sentence;
    const char* figure;
    const char* frame;
    const char* direction;
  };
  const Case cases[] = {
      {"The Boston Red Sox have made Teixeira an eight-year, $200 million offer.", "$200 million", "offer", ""},
      {"Turnout reached 93.87 percent in the election.", "93.87 percent", "turnout", ""},
      {"Revenue rose 5% to $4.2 billion.", "5%", "revenue", "up"},
      {"Revenue rose 5% to $4.2 billion.", "$4.2 billion", "revenue", ""},
      {"Sales fell by 12 percent in the quarter.", "12 percent", "sales", "down"},
      {"Both teams received $250,000 fines.", "$250,000", "fines", ""},
      {"Damage to the church was estimated at $1 million.", "$1 million", "damage", ""},
      {"He holds a stake of 27 percent in the company.", "27 percent", "stake", ""},
  };
  for (const Case& c : cases) {
    CAPTURE(c.sentence, c.figure);
    for (const core::Value& v : FramedFigure(c.sentence, c.figure)) {
      CHECK(v.frame == c.frame);
      CHECK(std::string(core::ToString(v.direction)) == c.direction);
    }
  }
}

// The event a count reports is the event word nearest to it, counting only content words
// between them; a count whose own noun is an event word ("70 wounded") reports that event.
// A name that a giving verb takes as its object receives the figure; the subject is the
// name before the verb.
TEST_CASE("frames: whose figure it is", "[reconcile][frames]") {
  struct Case {
    const char* sentence;
    const char* figure;
    const char* subject;
  };
  const Case cases[] = {
      {"The Halvorsen Group made Ostby an eight-year, $160 million offer.", "$160 million", "Halvorsen Group"},
      {"The Varnet Trust has made club captain Ilse Marr a $20 million offer.", "$20 million", "Varnet Trust"},
      {"Rival bidder Halvorsen offered $5.2 billion for the Ostby mill.", "$5.2 billion", "Halvorsen"},
      {"Last year Kessel paid Marr $3 million.", "$3 million", "Kessel"},
      {"We made Marr a $2 million offer.", "$2 million", ""},
  };
  for (const Case& c : cases) {
    CAPTURE(c.sentence);
    for (const core::Value& v : FramedFigure(c.sentence, c.figure)) CHECK(v.subject == c.subject);
  }
}

TEST_CASE("frames: the event a count reports", "[reconcile][frames]") {
  struct Case {
    const char* sentence;
    const char* figure;
    const char* frame;
  };
  const Case cases[] = {
      {"A bomb in the town killed 48 people and left dozens more wounded.", "48 people", "killed"},
      {"Four civilians had been killed and more than 70 wounded in the assault.", "Four civilians", "killed"},
      {"Four civilians had been killed and more than 70 wounded in the assault.", "more than 70 wounded", "injured"},
      {"At least 44 killed, dozens injured as twin blasts hit the city", "At least 44 killed", "killed"},
      {"Officials said at least 140 people were injured.", "at least 140 people", "injured"},
      {"Two people were slightly hurt in the crash.", "Two people", "injured"},
      {"The raids killed at least 31 fighters and wounded dozens of them.", "at least 31 fighters", "killed"},
      {"Police detained 86 protesters after the march, and three officers were hurt.", "86 protesters", "arrested"},
      {"Police detained 86 protesters after the march, and three officers were hurt.", "three officers", "injured"},
      {"A guard died and two visitors were hurt in the fire.", "two visitors", "injured"},
      // Tolls count people, not the things an event took or hit.
      {"The navy arrested the crew and seized three boats.", "three boats", "boats"},
      // An event noun before another noun names that noun's kind, not what the figure counts.
      {"He was spared a death sentence by three jurors who held out.", "three jurors", "jurors"},
      {"Prosecutors filed murder charges against two men on Friday.", "two men", "men"},
      {"The strike killed civilians and 12 fighters near the border.", "12 fighters", "killed"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.sentence, c.figure);
    for (const core::Value& v : FramedFigure(c.sentence, c.figure)) CHECK(v.frame == c.frame);
  }
}

TEST_CASE("frames: event words fold to one form", "[reconcile][frames]") {
  CHECK(FoldFrameWord("killing") == "killed");
  CHECK(FoldFrameWord("dead") == "killed");
  CHECK(FoldFrameWord("wounded") == "injured");
  CHECK(FoldFrameWord("detained") == "arrested");
  CHECK(FoldFrameWord("offer") == "offer");
}

TEST_CASE("frames: a dated sentence gives its figures that day", "[reconcile][frames]") {
  for (const core::Value& v : Framed("On March 2, 2026, the company paid a $5 million fine.")) {
    CAPTURE(v.text);
    CHECK(v.when == "2026-03-02");
  }
}

}  // namespace
}  // namespace newsrecon::extract
