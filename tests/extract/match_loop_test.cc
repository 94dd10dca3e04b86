// Tests for PatternScan: each pattern's handler sees the matches and groups its own
// anchored search gives, whichever pattern the union's search found first (patterns
// without groups get no search of their groups, which would otherwise check the match).
#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "extract/claims/match_loop.h"

namespace newsrecon::extract {
namespace {

struct Seen {
  size_t pattern;
  size_t start;
  std::string whole;
  std::string group;  // group 1, "-" when it did not take part
  bool operator==(const Seen& o) const {
    return pattern == o.pattern && start == o.start && whole == o.whole && group == o.group;
  }
};

std::vector<Seen> Scan(const std::vector<std::string>& patterns, const std::string& text) {
  std::vector<std::unique_ptr<RE2>> owned;
  std::vector<const RE2*> list;
  for (const auto& p : patterns) {
    owned.push_back(std::make_unique<RE2>(p));
    list.push_back(owned.back().get());
  }
  auto compiled = PatternUnion::Compile(list);
  REQUIRE(compiled.ok());
  std::vector<Seen> seen;
  PatternScan scan(**compiled);
  for (size_t i = 0; i < list.size(); ++i) {
    scan.Add(list[i], [&seen, &list, &text, i](const std::vector<Group>& g) {
      seen.push_back({i, g[0].start, std::string(g[0].text), g.size() > 1 && g[1].matched() ? std::string(g[1].text) : "-"});
      // The groups are those of the pattern's own search at that start.
      std::vector<Group> own;
      REQUIRE(MatchAt(*list[i], text, g[0].start, RE2::ANCHOR_START, &own));
      CHECK(own[0].text == g[0].text);
      CHECK(own.size() == g.size());
    });
  }
  scan.Run(text);
  return seen;
}

TEST_CASE("a pattern scan gives each pattern its own matches", "[extract][match_loop]") {
  struct Case {
    std::string name;
    std::vector<std::string> patterns;
    std::string text;
    std::vector<Seen> want;
  };
  const Case cases[] = {
      {"the union's first alternative and a later one at one start",
       {"ab(c)?", "a(b)"},
       "abc ab",
       {{0, 0, "abc", "c"}, {1, 0, "ab", "b"}, {0, 4, "ab", "-"}, {1, 4, "ab", "b"}}},
      {"the shorter pattern first: the longer one searches on its own",
       {"a(b)", "ab(c)?"},
       "abc",
       {{0, 0, "ab", "b"}, {1, 0, "abc", "c"}}},
      {"\\b after a letter: the set, blind to it, names a pattern that does not match",
       {"\\bab(c)?", "(?i)b(c)"},
       "ab xabc",
       {{0, 0, "ab", "-"}, {1, 5, "bc", "c"}}},
      {"\\b after a letter, where a later pattern matches: the first is not taken on the set's word",
       {"\\bab", "a"},
       "xab",
       {{1, 1, "a", "-"}}},
      {"a pattern anchored at the text's start matches only there",
       {"^a", "a"},
       "a a",
       {{0, 0, "a", "-"}, {1, 0, "a", "-"}, {1, 2, "a", "-"}}},
      {"no match", {"z(z)"}, "abc", {}},
  };
  for (const Case& c : cases) {
    CAPTURE(c.name);
    std::vector<Seen> got = Scan(c.patterns, c.text);
    CHECK(got.size() == c.want.size());
    for (size_t i = 0; i < got.size() && i < c.want.size(); ++i) {
      CAPTURE(i, got[i].pattern, got[i].start, got[i].whole, got[i].group);
      CHECK(got[i] == c.want[i]);
    }
  }
}


TEST_CASE("a pattern scan routes each handler to its own pattern, in any order of adding",
          "[extract][match_loop]") {
  // Handlers are found by a sorted index of the union's patterns: added in reverse, one
  // checked (refusing the match at 3), one pattern without a handler.
  const std::vector<std::string> patterns = {"a(b)", "c(d)", "e(f)", "x"};
  std::vector<std::unique_ptr<RE2>> owned;
  std::vector<const RE2*> list;
  for (const auto& p : patterns) {
    owned.push_back(std::make_unique<RE2>(p));
    list.push_back(owned.back().get());
  }
  auto compiled = PatternUnion::Compile(list);
  REQUIRE(compiled.ok());
  const std::string text = "ab cd ef cd x";
  std::vector<std::pair<std::string, size_t>> seen;  // (group 1, start)
  auto record = [&seen](const std::vector<Group>& g) {
    REQUIRE(g.size() == 2);
    seen.emplace_back(std::string(g[1].text), g[0].start);
  };
  PatternScan scan(**compiled);
  scan.Add(list[2], record);
  scan.AddChecked(list[1], [](const Group& whole) { return whole.start != 3; }, record);
  scan.AddNonOverlapping(list[0], record);
  scan.Run(text);
  const std::vector<std::pair<std::string, size_t>> want = {{"b", 0}, {"f", 6}, {"d", 9}};
  CHECK(seen == want);
}

}  // namespace
}  // namespace newsrecon::extract
