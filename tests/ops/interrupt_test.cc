// Stopping and crashing: SIGTERM stops `run` after the current article (exit 143, run
// "interrupted"); SIGKILL at random points of a run fetching the sample corpus from a
// loopback server never leaves a damaged, duplicated or partial store, and the runs that
// follow end where an uninterrupted run ends.
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <map>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "tests/fetch/test_server.h"
#include "tests/ops/sample_site.h"
#include "tests/test_support.h"

namespace newsrecon::testing {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

// False until a run has created the database and that table of its schema.
bool HasTable(const std::string& db, const std::string& table) {
  return fs::exists(db) &&
         QueryRows(db, "SELECT count(*) FROM sqlite_master WHERE name = '" + table + "'").at(0) != "0";
}

int64_t CountRows(const std::string& db, const std::string& table) {
  if (!HasTable(db, table)) return 0;
  return std::stoll(QueryRows(db, "SELECT count(*) FROM " + table).at(0));
}

// Everything a run leaves, by content, never by id.
// Near-duplicates by the other copies of an article's voice, not by which copy came first:
// pages come over HTTP in any order, so either of two copies may be stored first and be
// the one the other points at, in an uninterrupted run as well.
const char kArticles[] =
    "SELECT s.name, a.url, a.title, IFNULL(a.published, ''), a.hash, IFNULL(a.not_article, ''), "
    "IFNULL((SELECT group_concat(bs.name) FROM articles b JOIN sources bs ON bs.id = b.source_id "
    "WHERE b.id != a.id AND coalesce(b.duplicate_of, b.id) = coalesce(a.duplicate_of, a.id)), '') "
    "FROM articles a JOIN sources s ON s.id = a.source_id ORDER BY 1, 5";
const char kClaims[] =
    "SELECT s.name || '/' || a.hash, c.sentence_idx, c.relation, c.roles, c.parties, c.polarity, "
    "c.phase, c.start, c.end, c.quote, (SELECT group_concat(v.type || ':' || v.text || ':' || "
    "v.amount || ':' || v.date, '|') FROM claim_values v WHERE v.claim_id = c.id) "
    "FROM claims c JOIN articles a ON a.id = c.article_id JOIN sources s ON s.id = a.source_id "
    "ORDER BY 1, 2, 8, 9, 3, 4, 11";
const char kContradictions[] =
    "SELECT fingerprint, kind, severity, topic, evidence, status FROM contradictions ORDER BY 1";

// The claims of each article ("SOURCE/HASH"), as kClaims lists them.
std::map<std::string, std::vector<std::string>> ClaimsByArticle(const std::string& db) {
  std::map<std::string, std::vector<std::string>> by_article;
  for (const std::string& row : QueryRows(db, kClaims)) {
    by_article[row.substr(0, row.find('\t'))].push_back(row);
  }
  return by_article;
}

TEST_CASE("SIGTERM stops a run after the current article and the next run carries on",
          "[ops][interrupt]") {
  TempDir dir;
  fs::create_directory(dir.File("bulk"));
  const std::string body = ReadFile(NEWSRECON_SOURCE_DIR "/samples/text/dynamo-daily.txt");
  const int kFiles = 300;
  for (int i = 0; i < kFiles; ++i) {
    WriteFile(dir.File("bulk/" + std::to_string(1000 + i) + ".txt"),
              body + "\nThis is copy number " + std::to_string(i) + ".\n");
  }
  WriteFile(dir.File("c.toml"),
            "[[source]]\nname = \"Bulk\"\npath = \"bulk\"\npublished = \"2026-03-04\"\n");
  std::string db = dir.File("n.db");
  std::vector<std::string> args = {"run", "--config", dir.File("c.toml"), "--db", db,
                                   "--report-dir", dir.File("r"), "--quiet"};
  pid_t pid = SpawnBinary(args, dir.File("log"));
  auto deadline = Clock::now() + std::chrono::seconds(20);
  while (CountRows(db, "articles") == 0 && Clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  kill(pid, SIGTERM);
  CHECK(WaitExitCode(pid) == 143);
  CHECK(ReadFile(dir.File("log")) ==
        "newsrecon: run 1: interrupted by SIGTERM: stopped after the current article; the next run "
        "carries on\n");
  int64_t stored = CountRows(db, "articles");
  CHECK(stored > 0);
  CHECK(stored < kFiles);
  CHECK(QueryRows(db, "SELECT status FROM runs") == std::vector<std::string>{"interrupted"});
  CHECK(QueryRows(db, "PRAGMA integrity_check") == std::vector<std::string>{"ok"});

  CliResult again = RunBinary(args);
  CHECK(again.exit_code == 0);
  CHECK(CountRows(db, "articles") == kFiles);
  CHECK(QueryRows(db, "SELECT status FROM runs") ==
        std::vector<std::string>{"interrupted", "ok"});
}

TEST_CASE("SIGKILL at random points of a run over HTTP leaves a sound store that ends as an uninterrupted run's",
          "[ops][interrupt][crash]") {
  TestServer server;
  SampleSite site(server);
  server.Start();
  TempDir dir;
  const std::string config = dir.File("c.toml");
  WriteFile(config, site.Config());
  std::string reference = dir.File("reference.db");
  auto started = Clock::now();
  REQUIRE(RunBinary({"run", "--config", config, "--db", reference, "--report-dir",
                     dir.File("r0")}).exit_code == 0);
  auto full_ms = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - started);
  auto reference_claims = ClaimsByArticle(reference);

  REQUIRE(CountRows(reference, "articles") == 8);  // the whole corpus came over HTTP
  REQUIRE(CountRows(reference, "contradictions") == 8);

  std::mt19937 random(20260304);
  std::uniform_int_distribution<int> delay_ms(0, static_cast<int>(full_ms.count()) + 20);
  // Two chains from an empty store, each until 12 runs were killed mid-way (a run that
  // finished before its kill does not count).
  const int kChains = 2, kKillsPerChain = 12;
  int killed = 0;
  for (int chain = 0; chain < kChains; ++chain) {
    std::string db = dir.File("killed" + std::to_string(chain) + ".db");
    std::vector<std::string> args = {"run", "--config", config, "--db", db, "--report-dir",
                                     dir.File("r"), "--quiet"};
    int kills = 0;
    for (int attempt = 0; kills < kKillsPerChain && attempt < 5 * kKillsPerChain; ++attempt) {
      int delay = delay_ms(random);
      CAPTURE(chain, attempt, delay);
      pid_t pid = SpawnBinary(args, dir.File("log"));
      std::this_thread::sleep_for(std::chrono::milliseconds(delay));
      kill(pid, SIGKILL);
      if (WaitExitCode(pid) == 128 + SIGKILL) ++kills;  // else 0: the run finished first
      if (!fs::exists(db)) continue;
      CHECK(QueryRows(db, "PRAGMA integrity_check") == std::vector<std::string>{"ok"});
      if (!HasTable(db, "claims")) continue;  // killed before the schema was made
      CHECK(QueryRows(db, "SELECT source_id, hash FROM articles GROUP BY 1, 2 HAVING count(*) > 1")
                .empty());
      CHECK(QueryRows(db, "SELECT url, hash FROM documents GROUP BY 1, 2 HAVING count(*) > 1")
                .empty());
      // Each stored article has all its claims, once: never a part, never twice.
      for (const auto& [article, claims] : ClaimsByArticle(db)) {
        CAPTURE(article);
        CHECK(claims == reference_claims[article]);
      }
    }
    killed += kills;
    CliResult last = RunBinary(args);
    CHECK(last.exit_code == 0);
    CHECK(QueryRows(db, kArticles) == QueryRows(reference, kArticles));
    CHECK(QueryRows(db, kClaims) == QueryRows(reference, kClaims));
    CHECK(QueryRows(db, kContradictions) == QueryRows(reference, kContradictions));
  }
  CHECK(killed == kChains * kKillsPerChain);
}

}  // namespace
}  // namespace newsrecon::testing
