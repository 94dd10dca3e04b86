// Peak memory on pathological pages: at most 20 times the page's size plus a fixed base,
// and an "article" longer than [article] max_chars is a reject, not 50,000 claims.
// [peak-rss] tests measure the binary's own memory: the sanitizer build leaves them out
// (tests/CMakeLists.txt), since ASan's shadow memory and quarantine are not the product's.
#include <catch2/catch.hpp>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>

#include "tests/test_support.h"

namespace newsrecon::testing {
namespace {

constexpr long kBaseKb = 100 * 1024;  // the binary, its libraries, the lexicon, SQLite

// Runs newsrecon with `args`; returns its peak resident memory in kB (its exit code in
// *exit_code).
long PeakKb(const std::vector<std::string>& args, const std::string& log, int* exit_code) {
  pid_t pid = SpawnBinary(args, log);
  int status = 0;
  struct rusage usage = {};
  REQUIRE(wait4(pid, &status, 0, &usage) == pid);
  *exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return usage.ru_maxrss;
}

// `size` bytes of paragraphs of <b> nested 900 deep around a sentence.
std::string NestedPage(size_t size) {
  std::string block = "<p>";
  for (int i = 0; i < 900; ++i) block += "<b>";
  block += "Corvane said it will pay Nordaxis $40 million in 2026 for the cells. ";
  for (int i = 0; i < 900; ++i) block += "</b>";
  block += "</p>\n";
  std::string page = "<html><head><title>Nested</title></head><body><article><h1>Nested</h1>";
  while (page.size() < size) page += block;
  return page + "</article></body></html>\n";
}

TEST_CASE("memory: a page of nested tags takes at most 20x its size plus a base",
          "[ops][memory][peak-rss]") {
  TempDir dir;
  std::string page = NestedPage(8 << 20);
  WriteFile(dir.File("nested.html"), page);
  long limit_kb = static_cast<long>(page.size() / 1024) * 20 + kBaseKb;
  int exit_code = -1;
  long extract_kb = PeakKb({"extract-text", dir.File("nested.html"), "--format", "json"},
                           dir.File("out.txt"), &exit_code);
  CHECK(exit_code == 0);
  CHECK(extract_kb <= limit_kb);
  long ingest_kb = PeakKb({"ingest", dir.File("nested.html"), "--source", "S", "--db",
                           dir.File("n.db"), "--quiet"},
                          dir.File("ingest.txt"), &exit_code);
  INFO(ReadFile(dir.File("ingest.txt")));
  CHECK(exit_code == 0);
  CHECK(ingest_kb <= limit_kb);
}

TEST_CASE("memory: a 4 MB \"article\" is a reject, in bounded memory, without claims",
          "[ops][memory][peak-rss]") {
  TempDir dir;
  std::string page = "<html><head><title>Flat</title></head><body><article><h1>Flat</h1>";
  while (page.size() < (4 << 20)) {
    page += "<p>Corvane said it will pay Nordaxis $40 million in 2026 for the cells it buys.</p>\n";
  }
  WriteFile(dir.File("flat.html"), page + "</article></body></html>\n");
  long limit_kb = static_cast<long>(page.size() / 1024) * 20 + kBaseKb;
  int exit_code = -1;
  long ingest_kb = PeakKb({"ingest", dir.File("flat.html"), "--source", "S", "--db",
                           dir.File("n.db"), "--quiet"},
                          dir.File("ingest.txt"), &exit_code);
  std::string log = ReadFile(dir.File("ingest.txt"));
  INFO(log);
  CHECK(ingest_kb <= limit_kb);
  CHECK(exit_code == 3);
  CHECK(log.find("characters, more than an article's 200000 ([article] max_chars)") !=
        std::string::npos);
  CHECK(QueryOne(dir.File("n.db"), "SELECT count(*) FROM claims") == "0");
}

TEST_CASE("memory: [article] max_chars sets what is too long for an article", "[ops][memory]") {
  TempDir dir;
  std::string text = "Long read\n\n";
  while (text.size() < 30000) text += "Corvane said it will pay Nordaxis $40 million in 2026. ";
  std::filesystem::create_directory(dir.File("pages"));
  WriteFile(dir.File("pages/long.txt"), text);
  WriteFile(dir.File("c.toml"), "[article]\nmax_chars = 20000\n[[source]]\nname = \"S\"\n"
                                "path = \"pages\"\npublished = \"2026-03-04\"\n");
  CliResult r = RunCli({"run", "--config", dir.File("c.toml"), "--quiet"});
  CHECK(r.exit_code == 3);
  CHECK(r.err.find("long.txt: text of 3") != std::string::npos);
  CHECK(r.err.find(" characters, more than an article's 20000 ([article] max_chars)\n") !=
        std::string::npos);
  WriteFile(dir.File("c.toml"), "[article]\nmax_chars = 100000\n[[source]]\nname = \"S\"\n"
                                "path = \"pages\"\npublished = \"2026-03-04\"\n");
  r = RunCli({"run", "--config", dir.File("c.toml"), "--quiet", "--db", dir.File("other.db")});
  CHECK(r.exit_code == 0);
  CHECK(QueryOne(dir.File("other.db"), "SELECT count(*) FROM claims") != "0");
  WriteFile(dir.File("c.toml"), "[article]\nmax_chars = 5\n");
  r = RunCli({"run", "--config", dir.File("c.toml")});
  CHECK(r.exit_code == 2);
  CHECK(r.err == "newsrecon: " + dir.File("c.toml") +
                     ":2: key 'max_chars': must be a whole number from 1000 to 100000000\n");
}

}  // namespace
}  // namespace newsrecon::testing
