// Bad input: one clear line naming the file and the reason, a non-zero exit, and the
// database exactly as it was.
#include <catch2/catch.hpp>

#include <filesystem>

#include "core/sha256.h"
#include "tests/test_support.h"

namespace newsrecon::testing {
namespace {

const char kArticle[] =
    "Acme buys Widgets\n\nAcme Corp agreed to buy Widgets Ltd for $400 million on Monday.\n";

// Hashes of every file of the database (main file, WAL, shared memory index).
std::string DatabaseState(const std::string& db) {
  std::string state;
  for (const char* suffix : {"", "-wal"}) {
    std::string path = db + suffix;
    state += Exists(path) ? core::Sha256Hex(ReadFile(path)) : "absent";
    state += "\n";
  }
  return state;
}

TEST_CASE("bad inputs to ingest are refused and change nothing", "[cli]") {
  TempDir dir;
  std::string db = dir.File("n.db");
  WriteFile(dir.File("good.txt"), kArticle);
  REQUIRE(RunCli({"ingest", dir.File("good.txt"), "--source", "S", "--db", db}).exit_code == 0);
  WriteFile(dir.File("empty.txt"), "  \n");
  WriteFile(dir.File("binary.html"), std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  std::filesystem::create_directory(dir.File("folder"));
  struct Case {
    std::vector<std::string> args;
    int exit_code;
    std::string err;
  };
  const Case cases[] = {
      {{"ingest", dir.File("missing.html"), "--source", "S", "--db", db}, 1,
       "newsrecon: " + dir.File("missing.html") + ": cannot read (No such file or directory)\n"},
      {{"ingest", dir.File("empty.txt"), "--source", "S", "--db", db}, 1,
       "newsrecon: " + dir.File("empty.txt") + ": empty file\n"},
      {{"ingest", dir.File("binary.html"), "--source", "S", "--db", db}, 1,
       "newsrecon: " + dir.File("binary.html") + ": binary data, not an HTML or text document\n"},
      {{"ingest", dir.File("folder"), "--source", "S", "--db", db}, 1,
       "newsrecon: " + dir.File("folder") + ": is a folder, not a file\n"},
      {{"ingest", dir.File("good.txt"), "--db", db}, 2, "newsrecon: ingest: --source NAME is required\n"},
      {{"ingest", dir.File("good.txt"), "--source", "S", "--published", "May 1", "--db", db}, 2,
       "newsrecon: ingest: --published 'May 1': expected YYYY-MM-DD\n"},
      {{"ingest", dir.File("good.txt"), "--source", "S", "--colour", "--db", db}, 2,
       "newsrecon: unknown option --colour for 'ingest'\n"},
      {{"frobnicate", "--db", db}, 2, "newsrecon: unknown command 'frobnicate' (try 'newsrecon --help')\n"},
      {{"report", "everything", "--db", db}, 2, "newsrecon: report: unknown report (try 'report contradictions')\n"},
  };
  for (const Case& c : cases) {
    std::string joined;
    for (const auto& a : c.args) joined += a + " ";
    CAPTURE(joined);
    std::string before = DatabaseState(db);
    CliResult r = RunCli(c.args);
    CHECK(r.exit_code == c.exit_code);
    CHECK(r.err == c.err);
    CHECK(DatabaseState(db) == before);
  }
}

TEST_CASE("one bad file among good ones: the good are stored, exit 3", "[cli]") {
  TempDir dir;
  std::string db = dir.File("n.db");
  WriteFile(dir.File("good.txt"), kArticle);
  CliResult r = RunCli({"ingest", dir.File("good.txt"), dir.File("missing.txt"), "--source", "S",
                        "--db", db, "--quiet"});
  CHECK(r.exit_code == 3);
  CHECK(r.err == "newsrecon: " + dir.File("missing.txt") + ": cannot read (No such file or directory)\n"
                 "newsrecon: run 1: " + dir.File("good.txt") + ": no publication date found; "
                 "relative dates in it stay unresolved (give --published YYYY-MM-DD)\n");
  CHECK(r.out == "ingested 1 new article(s), 0 unchanged, 1 failed, into " + db + "\n"
                 "run 'newsrecon reconcile --db " + db + "' to find contradictions with the new article(s)\n");
  // Ingesting the same file again adds nothing.
  r = RunCli({"ingest", dir.File("good.txt"), "--source", "S", "--db", db});
  CHECK(r.out == "ingested 0 new article(s), 1 unchanged, 0 failed, into " + db + "\n");
}

TEST_CASE("a database file that is not SQLite is refused, untouched", "[cli]") {
  TempDir dir;
  std::string db = dir.File("notes.db");
  WriteFile(db, "my notes, not a database\n");
  WriteFile(dir.File("good.txt"), kArticle);
  CliResult r = RunBinary({"ingest", dir.File("good.txt"), "--source", "S", "--db", db});
  CHECK(r.exit_code == 1);
  CHECK(r.err == "newsrecon: " + db + ": not a newsrecon database (file is not a database)\n");
  CHECK(ReadFile(db) == "my notes, not a database\n");
  r = RunBinary({"report", "contradictions", "--db", db});
  CHECK(r.exit_code == 1);
  CHECK(r.err == "newsrecon: " + db + ": not a newsrecon database (file is not a database)\n");
}

TEST_CASE("every command answers --help", "[cli]") {
  for (const char* command : {"run", "ingest", "claims", "extract-text", "reconcile", "triage", "audit"}) {
    CAPTURE(command);
    CliResult r = RunBinary({command, "--help"});
    CHECK(r.exit_code == 0);
    CHECK(r.out.rfind(std::string("Usage: newsrecon ") + command, 0) == 0);
  }
  CliResult r = RunBinary({"report", "contradictions", "--help"});
  CHECK(r.exit_code == 0);
  CHECK(RunBinary({}).exit_code == 2);
  CHECK(RunBinary({"--help"}).exit_code == 0);
}

TEST_CASE("a malformed config names file, line and key", "[cli]") {
  TempDir dir;
  struct Case {
    std::string toml, err;
  };
  std::string file = dir.File("bad.toml");
  const Case cases[] = {
      {"[[source]]\nname = \"A\"\n", "newsrecon: " + file + ":1: source 'A': needs exactly one of 'path', 'feed', 'sitemap' or 'urls'\n"},
      {"[[source]]\npath = \"x\"\n", "newsrecon: " + file + ":1: missing key 'name'\n"},
      {"[[source]]\nname = \"A\"\npath = 3\n", "newsrecon: " + file + ":3: key 'path': must be a string\n"},
      {"[[source]]\nname = \"A\"\npath = \"x\"\nspeed = 1\n", "newsrecon: " + file + ":4: key 'speed': unknown source setting\n"},
      {"[stor]\npath = \"x\"\n", "newsrecon: " + file + ":1: key 'stor': unknown table\n"},
      {"[[source]]\nname = \"A\n", "newsrecon: " + file + ":2: Error while parsing string: unescaped control characters other than TAB (U+0009) are "
       "explicitly prohibited\n"},
      // `published` is checked as --published is.
      {"[[source]]\nname = \"A\"\npath = \"x\"\npublished = \"28 April 2026\"\n",
       "newsrecon: " + file + ":4: key 'published': '28 April 2026': expected a date, YYYY-MM-DD\n"},
      {"[[source]]\nname = \"A\"\npath = \"x\"\npublished = \"yesterday\"\n",
       "newsrecon: " + file + ":4: key 'published': 'yesterday': expected a date, YYYY-MM-DD\n"},
      {"[[source]]\nname = \"A\"\npath = \"x\"\npublished = \"2026-02-30\"\n",
       "newsrecon: " + file + ":4: key 'published': '2026-02-30': expected a date, YYYY-MM-DD\n"},
      {"[[source]]\nname = \"A\"\npath = \"x\"\npublished = 2026\n",
       "newsrecon: " + file + ":4: key 'published': expected a date, YYYY-MM-DD\n"},
      // Fetched sources are fetched over http(s) only: anything else is a config error.
      {"[[source]]\nname = \"A\"\nfeed = \"file:///etc/passwd\"\n",
       "newsrecon: " + file + ":3: key 'feed': 'file:///etc/passwd': file:// is not fetched "
       "(use http:// or https://; 'path' for local files)\n"},
      {"[[source]]\nname = \"A\"\nsitemap = \"ftp://news.example/sitemap.xml\"\n",
       "newsrecon: " + file + ":3: key 'sitemap': 'ftp://news.example/sitemap.xml': ftp:// is not "
       "fetched (use http:// or https://; 'path' for local files)\n"},
      {"[[source]]\nname = \"A\"\nurls = [\"https://a.example/x\",\n  \"gopher://b.example/1\"]\n",
       "newsrecon: " + file + ":4: key 'urls': 'gopher://b.example/1': gopher:// is not fetched "
       "(use http:// or https://; 'path' for local files)\n"},
      {"[[source]]\nname = \"A\"\nfeed = \"news.example/feed\"\n",
       "newsrecon: " + file + ":3: key 'feed': 'news.example/feed': not a URL "
       "(use http:// or https://; 'path' for local files)\n"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.toml);
    WriteFile(file, c.toml);
    CliResult r = RunCli({"run", "--config", file, "--db", dir.File("n.db")});
    CHECK(r.exit_code == 2);
    CHECK(r.err == c.err);
    CHECK_FALSE(Exists(dir.File("n.db")));
  }
}

}  // namespace
}  // namespace newsrecon::testing
