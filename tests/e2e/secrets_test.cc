// No password in sight: every command run on a PostgreSQL URL that holds one keeps it out
// of stdout, stderr, the log file, the reports and the runs table; libpq's own ways to
// find a password (PGPASSWORD, a passfile) reach the server through a URL without one.
#include <catch2/catch.hpp>

#include <stdlib.h>
#include <sys/stat.h>

#include "store/store.h"
#include "tests/pg_support.h"
#include "tests/test_support.h"

namespace newsrecon::testing {
namespace {

constexpr char kServerPassword[] = "newsrecon-test";  // tests/pg_server.sh's
constexpr char kPassword[] = "Qv7-wz!secret";           // one no path or message holds

PgServer* Server() {
  std::string why;
  PgServer* server = PgServer::Shared(&why);
  if (server == nullptr) FAIL(why);
  return server;
}

// Every file under `dir`, read whole, one after another.
std::string ReadTree(const std::string& dir) {
  std::string all;
  FILE* list = popen(("find '" + dir + "' -type f -exec cat {} +").c_str(), "r");
  char buf[4096];
  for (size_t n; list != nullptr && (n = fread(buf, 1, sizeof buf, list)) > 0;) all.append(buf, n);
  if (list != nullptr) pclose(list);
  return all;
}

std::string Port(const std::string& url) {
  size_t colon = url.rfind(':');
  return url.substr(colon + 1, url.find('/', colon) - colon - 1);
}

std::string DbName(const std::string& url) { return url.substr(url.rfind('/') + 1); }

// A new database owned by a role of its own whose password is kPassword; its URL.
std::string DatabaseWithPassword(PgServer* server) {
  std::string admin = server->NewDatabase();
  std::string name = DbName(admin);
  server->Psql(admin, "CREATE ROLE owner_" + name + " LOGIN PASSWORD '" + kPassword + "'");
  server->Psql(admin, "ALTER DATABASE " + name + " OWNER TO owner_" + name);
  return "postgresql://owner_" + name + ":" + kPassword + "@127.0.0.1:" + Port(admin) + "/" + name;
}

TEST_CASE("no command shows the password of a PostgreSQL URL", "[pg][secrets]") {
  PgServer* server = Server();
  TempDir dir;
  std::string url = DatabaseWithPassword(server);
  std::string demo = std::string(NEWSRECON_SOURCE_DIR) + "/samples/demo.toml";
  std::string page = std::string(NEWSRECON_SOURCE_DIR) + "/samples/pages/ledger-wire.html";
  std::string log = dir.File("events.jsonl");
  std::string reports = dir.File("reports");
  std::string sqlite = dir.File("copy.db");
  // key=value form of the same database, and URLs that cannot connect
  std::string user = url.substr(13, url.find(':', 13) - 13);
  std::string conninfo = "host=127.0.0.1 port=" + Port(url) + " user=" + user + " password='" +
                         kPassword + "' dbname=" + DbName(url);
  std::string query_form = "postgresql://" + user + "@127.0.0.1:" + Port(url) + "/" + DbName(url) +
                           "?password=" + kPassword;
  const std::vector<std::vector<std::string>> commands = {
      {"run", "--config", demo, "--db", url, "--report-dir", reports, "--log-file", log},
      {"fetch", "--config", demo, "--db", url, "--log-file", log},
      {"ingest", page, "--source", "Ledger Wire", "--db", url},
      {"reconcile", "--db", url},
      {"reconcile", "--db", conninfo},
      {"reconcile", "--db", query_form},
      {"report", "contradictions", "--db", url, "--format", "json", "--out", dir.File("r.json")},
      {"report", "contradictions", "--db", url, "--format", "md"},
      {"report", "contradictions", "--db", url, "--format", "html", "--out", dir.File("r.html")},
      {"report", "contradictions", "--db", url, "--format", "csv"},
      {"audit", "--source", "Ledger Wire", "--db", url, "--format", "json"},
      {"triage", "1", "--dismiss", "--db", url},
      {"triage", "999", "--dismiss", "--db", url},
      {"vacuum", "--documents-older-than", "90", "--db", url},
      {"run", "--worker", "--new-run", "--config", demo, "--db", url, "--report-dir", reports, "--log-file", log},
      {"run", "--worker", "--db", url, "--report-dir", reports},
      {"summary", "--run", "1", "--db", url},
      {"migrate", "--from", url, "--to", sqlite},
      {"migrate", "--from", sqlite, "--to", url},
      {"reconcile", "--db", "postgresql://newsrecon:" + std::string(kPassword) + "@127.0.0.1:1/x"},
      {"reconcile", "--db", "host=127.0.0.1 port=1 password=" + std::string(kPassword)},
      {"reconcile", "--db", "postgresql://newsrecon:%zz" + std::string(kPassword) + "@127.0.0.1/x"},
      {"run", "--worker", "--config", demo, "--db", "password=" + std::string(kPassword)},
  };
  int ok = 0;
  for (const auto& args : commands) {
    CAPTURE(args);
    CliResult r = RunBinary(args);
    CAPTURE(r.exit_code, r.out, r.err);
    CHECK(r.out.find(kPassword) == std::string::npos);
    CHECK(r.err.find(kPassword) == std::string::npos);
    ok += r.exit_code == 0;
  }
  CHECK(ok >= 14);  // the commands did their work: the checks above looked at real output
  std::string logged = ReadFile(log);
  CHECK(logged.find("\"db\":\"" + store::RedactUrl(url) + "\"") != std::string::npos);
  CHECK(logged.find(kPassword) == std::string::npos);
  std::string written = ReadTree(reports) + ReadFile(dir.File("r.json")) + ReadFile(dir.File("r.html"));
  CHECK(written.find("Ledger Wire") != std::string::npos);
  CHECK(written.find(kPassword) == std::string::npos);
  std::string runs = server->Psql(url, "SELECT * FROM runs");
  CHECK(runs.find("run") != std::string::npos);
  CHECK(runs.find(kPassword) == std::string::npos);
  std::string configs = server->Psql(url, "SELECT * FROM run_configs");
  CHECK(configs.find("Ledger Wire") != std::string::npos);
  CHECK(configs.find(kPassword) == std::string::npos);
}

TEST_CASE("a URL without a password takes it from PGPASSWORD or a passfile, as libpq does",
          "[pg][secrets]") {
  PgServer* server = Server();
  TempDir dir;
  std::string url = server->NewDatabase();
  std::string bare = "postgresql://newsrecon@127.0.0.1:" + Port(url) + "/" + DbName(url);
  unsetenv("PGPASSWORD");
  CliResult r = RunCli({"reconcile", "--db", bare + "?passfile=" + dir.File("none")});
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("password") != std::string::npos);  // the server asked for one

  setenv("PGPASSWORD", kServerPassword, 1);
  r = RunCli({"reconcile", "--db", bare});
  unsetenv("PGPASSWORD");
  INFO(r.err);
  CHECK(r.exit_code == 0);

  std::string passfile = dir.File("pgpass");
  WriteFile(passfile, "127.0.0.1:" + Port(url) + ":*:newsrecon:" + kServerPassword + "\n");
  chmod(passfile.c_str(), 0600);
  r = RunCli({"reconcile", "--db", bare + "?passfile=" + passfile});
  INFO(r.err);
  CHECK(r.exit_code == 0);
  r = RunCli({"reconcile", "--db", "host=127.0.0.1 port=" + Port(url) + " user=newsrecon dbname=" +
                                       DbName(url) + " passfile=" + passfile});
  INFO(r.err);
  CHECK(r.exit_code == 0);
  CHECK(server->Psql(url, "SELECT count(*) FROM runs") == "3\n");
}

}  // namespace
}  // namespace newsrecon::testing
