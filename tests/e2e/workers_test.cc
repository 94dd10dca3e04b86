// Workers: four `run --worker` processes on one PostgreSQL database, fetching the sample
// corpus from a loopback server, end in exactly the state one plain SQLite run ends in,
// compared by content (never by ids); a worker killed mid-run loses nothing.
#include <catch2/catch.hpp>
#include <re2/re2.h>

#include <signal.h>

#include <chrono>
#include <cstdio>
#include <map>
#include <set>
#include <thread>

#include "tests/e2e/sample_site.h"
#include "tests/fetch/test_server.h"
#include "tests/pg_support.h"
#include "tests/test_support.h"

namespace newsrecon::testing {
namespace {

using Clock = std::chrono::steady_clock;

// What a run leaves, by content: documents, articles, which articles share a voice,
// claims with their values, contradictions.
struct State {
  std::vector<std::string> documents, articles, claims, contradictions;
  std::set<std::set<std::string>> voices;
};

State Read(const std::string& db) {
  State s;
  s.documents = QueryRows(db,
                     "SELECT s.name, d.url, d.content_type, d.hash, coalesce(d.text, ''), "
                     "coalesce(d.rejected, '') FROM documents d JOIN sources s ON s.id = d.source_id "
                     "ORDER BY 1, 2, 4");
  s.articles = QueryRows(db,
                    "SELECT s.name, a.url, a.canonical_url, a.title, coalesce(a.published, ''), "
                    "a.hash, coalesce(a.not_article, ''), a.text FROM articles a "
                    "JOIN sources s ON s.id = a.source_id ORDER BY 1, 6");
  std::map<std::string, std::set<std::string>> by_voice;
  for (const std::string& row :
       QueryRows(db, "SELECT coalesce(a.duplicate_of, a.id), s.name || '/' || a.hash FROM articles a "
                "JOIN sources s ON s.id = a.source_id")) {
    by_voice[row.substr(0, row.find('\t'))].insert(row.substr(row.find('\t') + 1));
  }
  for (const auto& [voice, members] : by_voice) s.voices.insert(members);
  std::map<std::string, std::string> values;  // claim id -> its values
  for (const std::string& row :
       QueryRows(db, "SELECT claim_id, idx, type, bound, text, start, \"end\", amount, high, currency, "
                "date, role FROM claim_values ORDER BY claim_id, idx")) {
    size_t tab = row.find('\t');
    values[row.substr(0, tab)].append(1, '|').append(row, tab + 1);
  }
  for (std::string row :
       QueryRows(db, "SELECT c.id, s.name || '/' || a.hash, c.sentence_idx, c.relation, c.roles, "
                "c.parties, c.polarity, c.phase, c.attribution, c.keywords, c.start, c.\"end\", "
                "c.quote FROM claims c JOIN articles a ON a.id = c.article_id "
                "JOIN sources s ON s.id = a.source_id")) {
    size_t tab = row.find('\t');
    s.claims.push_back(row.substr(tab + 1) + values[row.substr(0, tab)]);
  }
  std::sort(s.claims.begin(), s.claims.end());
  s.contradictions = QueryRows(db,
                          "SELECT fingerprint, kind, severity, topic, within_article, evidence, "
                          "status, confidence FROM contradictions ORDER BY 1");
  return s;
}

void CheckSame(const State& got, const State& want) {
  CHECK(got.documents.size() == 8);
  CHECK(got.documents == want.documents);
  CHECK(got.articles == want.articles);
  CHECK(got.voices == want.voices);
  CHECK(got.claims == want.claims);
  CHECK(got.contradictions.size() == 8);
  CHECK(got.contradictions == want.contradictions);
}

PgServer* Server() {
  std::string why;
  PgServer* server = PgServer::Shared(&why);
  if (server == nullptr) FAIL(why);
  return server;
}

std::vector<int> StartWorkers(int n, const std::string& config, const std::string& db,
                              const TempDir& dir) {
  std::vector<int> pids;
  for (int i = 0; i < n; ++i) {
    pids.push_back(SpawnBinary({"run", "--worker", "--new-run", "--lease", "2", "--config", config,
                                "--db", db, "--report-dir", dir.File("reports" + std::to_string(i))},
                               dir.File("worker" + std::to_string(i) + ".log")));
  }
  return pids;
}

TEST_CASE("four workers on PostgreSQL end as one SQLite run does", "[pg][workers]") {
  PgServer* server = Server();
  TempDir dir;
  SampleSite site(dir, 50);
  std::string reference = dir.File("reference.db");
  CliResult plain = RunCli({"run", "--config", site.config(), "--db", reference, "--report-dir",
                            dir.File("reports")});
  INFO(plain.err);
  REQUIRE(plain.exit_code == 0);

  std::string db = server->NewDatabase();
  std::vector<int> pids = StartWorkers(4, site.config(), db, dir);
  for (size_t i = 0; i < pids.size(); ++i) {
    CAPTURE(i, ReadFile(dir.File("worker" + std::to_string(i) + ".log")));
    CHECK(WaitExitCode(pids[i]) == 0);
  }
  CheckSame(Read(db), Read(reference));
  // And the same reports, byte for byte apart from times, row ids and the database's name,
  // whatever the engine and the number of workers.
  for (const char* format : {"json", "md", "csv"}) {
    CAPTURE(format);
    std::vector<std::string> reports;
    for (const std::string& from : {db, reference}) {
      CliResult r = RunCli({"report", "contradictions", "--db", from, "--format", format});
      INFO(r.err);
      REQUIRE(r.exit_code == 0);
      // The Markdown's triage commands name the database.
      reports.push_back(std::string(format) == "json"
                            ? WithoutTimesAndIds(nlohmann::json::parse(r.out)).dump(1)
                            : WithoutTimes(WithoutDb(r.out, store::RedactUrl(from))));
    }
    CHECK(reports[0].size() > 1000);
    CHECK(reports[0] == reports[1]);
  }
  // robots.txt read once for all workers: the fetch log is a plain run's.
  CHECK(QueryRows(db, "SELECT url, status FROM fetches ORDER BY 1") ==
        QueryRows(reference, "SELECT url, status FROM fetches ORDER BY 1"));
  // One run, reconciled once, every item done once; the work was shared.
  CHECK(server->Psql(db, "SELECT command, status FROM runs") == "run --worker|ok\n");
  CHECK(server->Psql(db, "SELECT count(*) FROM contradiction_runs WHERE run_id = 1") == "8\n");
  CHECK(server->Psql(db, "SELECT kind, count(*), max(attempts) FROM work_items GROUP BY kind "
                         "ORDER BY kind") == "reconcile|1|1\nsource|8|1\n");
  CHECK(std::stoi(server->Psql(db, "SELECT count(DISTINCT worker) FROM work_items")) > 1);
}

TEST_CASE("a worker killed mid-run loses nothing: its item is taken over", "[pg][workers]") {
  PgServer* server = Server();
  TempDir dir;
  SampleSite site(dir, 600);  // slow pages: the kill lands while a page is on the wire
  std::string reference = dir.File("reference.db");
  REQUIRE(RunCli({"run", "--config", site.config(), "--db", reference, "--report-dir",
                  dir.File("reports")}).exit_code == 0);

  std::string db = server->NewDatabase();
  std::vector<int> pids = StartWorkers(4, site.config(), db, dir);
  // Kill the first worker once it holds an item.
  std::string held;
  auto deadline = Clock::now() + std::chrono::seconds(30);
  while (held.empty() && Clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    if (server->Psql(db, "SELECT to_regclass('work_items') IS NULL") == "t\n") continue;
    held = server->Psql(db, "SELECT item FROM work_items WHERE state = 'leased' AND worker LIKE '%:" +
                                std::to_string(pids[0]) + ":%'");
  }
  REQUIRE_FALSE(held.empty());
  kill(pids[0], SIGKILL);
  CHECK(WaitExitCode(pids[0]) == 128 + SIGKILL);
  for (size_t i = 1; i < pids.size(); ++i) {
    CAPTURE(i, ReadFile(dir.File("worker" + std::to_string(i) + ".log")));
    CHECK(WaitExitCode(pids[i]) == 0);
  }
  CheckSame(Read(db), Read(reference));
  CHECK(server->Psql(db, "SELECT status FROM runs") == "ok\n");
  // The killed worker's item was leased again, by another worker, and done.
  CHECK(server->Psql(db, "SELECT state, attempts FROM work_items WHERE item = '" +
                             held.substr(0, held.find('\n')) + "'") == "done|2\n");
}

TEST_CASE("migrate copies a SQLite database into PostgreSQL without loss", "[pg][migrate]") {
  PgServer* server = Server();
  TempDir dir;
  SampleSite site(dir, 0);
  std::string from = dir.File("news.db");
  REQUIRE(RunCli({"run", "--config", site.config(), "--db", from, "--report-dir",
                  dir.File("reports")}).exit_code == 0);
  REQUIRE(RunCli({"triage", "1", "--dismiss", "--note", "two deals", "--db", from}).exit_code == 0);
  std::string to = server->NewDatabase();
  CliResult r = RunCli({"migrate", "--from", from, "--to", to});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find("migrate: copied " + from + " into " + store::RedactUrl(to) + "\n  runs: 1\n") == 0);
  CHECK(r.out.find("\n  documents: 8\n") != std::string::npos);
  CheckSame(Read(to), Read(from));
  // Every table, every column, ids and all.
  for (const char* table : {"runs", "sources", "fetches", "documents", "articles", "sentences",
                            "claims", "claim_values", "contradictions", "contradiction_runs",
                            "url_state", "feed_items", "article_bands", "stories", "story_keys",
                            "revisions"}) {
    CAPTURE(table);
    std::string sql = std::string("SELECT * FROM ") + table + " ORDER BY 1, 2";
    CHECK(QueryRows(to, sql) == QueryRows(from, sql));
  }
  // The planner has the copied tables' statistics (reltuples is -1 until ANALYZE).
  CHECK(server->Psql(to, "SELECT reltuples::bigint = (SELECT count(*) FROM claims) FROM pg_class "
                         "WHERE relname = 'claims'") == "t\n");
  // Ids go on after the copied ones; a second migrate into it is refused.
  REQUIRE(RunCli({"reconcile", "--db", to}).exit_code == 0);
  CHECK(server->Psql(to, "SELECT max(id) FROM runs") == "2\n");
  r = RunCli({"migrate", "--from", from, "--to", to});
  CHECK(r.exit_code == 2);
  CHECK(r.err == "newsrecon: migrate: " + store::RedactUrl(to) +
                     ": not empty (2 runs): migrate copies into an empty database only\n");
}

TEST_CASE("a worker started after the run has ended joins nothing, unless --new-run", "[pg][workers]") {
  PgServer* server = Server();
  TempDir dir;
  SampleSite site(dir, 0);
  std::string db = server->NewDatabase();
  auto worker = [&](bool new_run) {
    std::vector<std::string> args = {"run", "--worker", "--config", site.config(), "--db", db,
                                     "--report-dir", dir.File("reports")};
    if (new_run) args.push_back("--new-run");
    return RunBinary(args);
  };
  // Nothing ever opened: nothing to join.
  CliResult r = worker(false);
  CHECK(r.exit_code == 0);
  CHECK(r.err == "newsrecon: run --worker: no worker run is open on " + store::RedactUrl(db) +
                     ": nothing to join (--new-run opens one)\n");
  CHECK(server->Psql(db, "SELECT count(*) FROM runs") == "0\n");
  r = worker(true);
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  // Run 1 has ended: a late worker says so and leaves the database as it is.
  r = worker(false);
  CHECK(r.exit_code == 0);
  CHECK(r.err.rfind("newsrecon: run --worker: no worker run is open on " + store::RedactUrl(db) +
                        " (run 1 ended ok at 20", 0) == 0);
  CHECK(r.err.find("): nothing to join (--new-run opens one)\n") != std::string::npos);
  CHECK(server->Psql(db, "SELECT id, status FROM runs") == "1|ok\n");
  r = worker(true);
  CHECK(r.exit_code == 0);
  CHECK(server->Psql(db, "SELECT id, status FROM runs ORDER BY id") == "1|ok\n2|ok\n");
  // Each worker is HOST:PID:INSTANCE, INSTANCE 8 random hex digits.
  std::string workers = server->Psql(db, "SELECT DISTINCT worker FROM work_items ORDER BY 1");
  CHECK(std::count(workers.begin(), workers.end(), '\n') == 2);
  CHECK(RE2::FullMatch(workers, "([^:\n]+:[0-9]+:[0-9a-f]{8}\n){2}"));  // RE2: see help_test.cc
}

TEST_CASE("a document stored without its article is completed when its page comes back 304",
          "[pg][workers]") {
  // What a worker killed between storing a page and making its article leaves: the
  // document and its URL state, no article, no canonical URL (here: fetch --no-extract).
  PgServer* server = Server();
  TempDir dir;
  TestServer site;
  std::string page = ReadFile(std::string(NEWSRECON_SOURCE_DIR) + "/samples/pages/ledger-wire.html");
  site.http().Get("/story", [&page](const httplib::Request& req, httplib::Response& res) {
    res.set_header("ETag", "\"v1\"");
    if (req.get_header_value("If-None-Match") == "\"v1\"") {
      res.status = 304;
      return;
    }
    res.set_content(page, "text/html; charset=utf-8");
  });
  site.Start();
  std::string config = dir.File("site.toml");
  WriteFile(config, "[fetch]\ndelay_ms = 0\n\n[[source]]\nname = \"Ledger Wire\"\nurls = [\"" +
                        site.Url("/story") + "\"]\n");
  const std::string canonical =
      "https://www.ledgerwire.example/business/autos/corvane-nordaxis-rewrite-battery-pact";
  struct Case {
    const char* how;
    std::vector<std::string> run;
    bool postgres;
  };
  const Case cases[] = {
      {"a worker", {"run", "--worker", "--new-run"}, true},
      {"a plain run", {"run"}, false},
  };
  for (const Case& c : cases) {
    CAPTURE(c.how);
    std::string db = c.postgres ? server->NewDatabase() : dir.File("plain.db");
    REQUIRE(RunBinary({"fetch", "--no-extract", "--config", config, "--db", db}).exit_code == 0);
    CHECK(QueryRows(db, "SELECT count(*) FROM articles") == std::vector<std::string>{"0"});
    CHECK(QueryRows(db, "SELECT canonical_url FROM url_state") == std::vector<std::string>{""});
    std::vector<std::string> args = c.run;
    args.insert(args.end(), {"--config", config, "--db", db, "--report-dir", dir.File("reports")});
    CliResult r = RunBinary(args);
    INFO(r.err);
    CHECK(r.exit_code == 0);
    CHECK(QueryRows(db, "SELECT status FROM url_state") == std::vector<std::string>{"304"});
    CHECK(QueryRows(db, "SELECT canonical_url FROM articles") == std::vector<std::string>{canonical});
    CHECK(QueryRows(db, "SELECT canonical_url FROM url_state") == std::vector<std::string>{canonical});
  }
}

}  // namespace
}  // namespace newsrecon::testing
