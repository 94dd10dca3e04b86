// Tests for lexicon parsing and the errors a malformed entry gets.
#include <catch2/catch.hpp>

#include "extract/claims/claims.h"
#include "extract/claims/lexicon.h"

namespace newsrecon::extract {
namespace {

TEST_CASE("the shipped lexicon parses and compiles", "[extract][lexicon]") {
  const Lexicon& lex = DefaultLexicon();
  CHECK(lex.relations.size() >= 13);
  CHECK_FALSE(lex.cues_ends.empty());
  auto extractor = ClaimExtractor::Create(lex);
  REQUIRE(extractor.ok());
  CHECK((*extractor)->version().rfind("claims-2:", 0) == 0);
}

TEST_CASE("malformed lexicon entries name file, line and reason", "[extract][lexicon]") {
  struct Case {
    std::string toml;
    std::string error;
  };
  const Case cases[] = {
      {"[[relation]]\nid = \"x\"\nroles = [\"a\"]\nphrasings = ['{a}']\n",
       "ops.toml:1: relation 'x': 'roles' must name two roles"},
      {"[[relation]]\nroles = [\"a\", \"b\"]\n", "ops.toml:1: relation needs an 'id'"},
      {"\n[[party]]\naliases = [\"X\"]\n", "ops.toml:2: party needs a 'name'"},
      {"[[relation]]\nid = \"x\"\nroles = [\"a\", \"b\"]\nphrasings = 'oops'\n",
       "ops.toml:1: relation 'x': 'phrasings' must be an array of strings"},
      {"[[relation]\n", "ops.toml:1: Error while parsing table header: expected ']', saw '\\n'"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.toml);
    auto lex = ParseLexicon(c.toml, "ops.toml");
    REQUIRE_FALSE(lex.ok());
    CHECK(lex.status().message() == c.error);
  }
}

TEST_CASE("a phrasing RE2 rejects is reported with its entry and RE2's error", "[extract][lexicon]") {
  auto lex = ParseLexicon(
      "[[relation]]\nid = \"broken\"\nroles = [\"a\", \"b\"]\nphrasings = ['{a} pays (unclosed {b}']\n",
      "ops.toml");
  REQUIRE(lex.ok());
  auto extractor = ClaimExtractor::Create(*lex);
  REQUIRE_FALSE(extractor.ok());
  CHECK(extractor.status().message() ==
        "ops.toml:1: relation 'broken' phrasing 1: RE2 error: missing ): "
        "(?P<a><<P\\d+>>) pays (unclosed (?P<b><<P\\d+>>)");
}

TEST_CASE("operator entries extend parties and replace relations", "[extract][lexicon]") {
  Lexicon base = DefaultLexicon();
  auto extra = ParseLexicon(
      "[[party]]\nname = \"Microsoft\"\naliases = [\"MS\"]\n"
      "[[relation]]\nid = \"stake\"\nroles = [\"owner\", \"owned\"]\nphrasings = ['{owner} owns {owned}']\n",
      "ops.toml");
  REQUIRE(extra.ok());
  size_t relations = base.relations.size();
  MergeLexicon(*extra, &base);
  CHECK(base.relations.size() == relations);
  for (const auto& p : base.parties) {
    if (p.name == "Microsoft") CHECK(std::find(p.aliases.begin(), p.aliases.end(), "MS") != p.aliases.end());
  }
  for (const auto& r : base.relations) {
    if (r.id == "stake") CHECK(r.roles == std::vector<std::string>{"owner", "owned"});
  }
}

}  // namespace
}  // namespace newsrecon::extract
