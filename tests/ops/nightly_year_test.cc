// A simulated year of nightly `run` + `vacuum` with retention on: the same sources, their
// pages changing a little every night, served from a loopback server, with NEWSRECON_NOW
// (core/clock.h) moving one day per night. The database must plateau: after night 365 it
// holds what it held after night 60, in about the same room.
//
// NEWSRECON_YEAR_CSV=FILE also writes each night's figures to FILE (bench/nightly/run.sh).
#include <catch2/catch.hpp>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "core/dates.h"
#include "tests/fetch/test_server.h"
#include "tests/ops/sample_site.h"
#include "tests/test_support.h"

namespace newsrecon::testing {
namespace {

namespace fs = std::filesystem;

struct Night {
  int night = 0;
  int64_t bytes = 0;  // the database file and its WAL
  int64_t documents = 0, bodies = 0, articles = 0, claims = 0, fetches = 0, runs = 0;
};

int64_t Count(const std::string& db, const std::string& sql) {
  return std::stoll(QueryOne(db, sql));
}

Night Measure(const std::string& path, int night) {
  Night n;
  n.night = night;
  std::error_code ec;
  n.bytes = static_cast<int64_t>(fs::file_size(path));
  if (fs::exists(path + "-wal")) n.bytes += static_cast<int64_t>(fs::file_size(path + "-wal", ec));
  n.documents = Count(path, "SELECT count(*) FROM documents");
  n.bodies = Count(path, "SELECT count(*) FROM documents WHERE length(body) > 0");
  n.articles = Count(path, "SELECT count(*) FROM articles");
  n.claims = Count(path, "SELECT count(*) FROM claims");
  n.fetches = Count(path, "SELECT count(*) FROM fetches");
  n.runs = Count(path, "SELECT count(*) FROM runs");
  return n;
}

// "2026-01-01T02:00:00Z" plus `night` days: the night's run starts at 2 a.m.
std::string NightTime(int night) {
  core::CivilDate day = core::CivilFromDays(core::DaysFromCivil({2026, 1, 1}) + night);
  return core::FormatIsoDate(day) + "T02:00:00Z";
}

// Sets NEWSRECON_NOW for the child processes; unsets it when done.
class SimulatedClock {
 public:
  ~SimulatedClock() { unsetenv("NEWSRECON_NOW"); }
  void Set(const std::string& when) { setenv("NEWSRECON_NOW", when.c_str(), 1); }
};

void WriteCsv(const std::vector<Night>& nights) {
  const char* path = std::getenv("NEWSRECON_YEAR_CSV");
  if (path == nullptr) return;
  std::ofstream out(path);
  out << "night,bytes,documents,bodies,articles,claims,fetches,runs\n";
  for (const Night& n : nights) {
    out << n.night << "," << n.bytes << "," << n.documents << "," << n.bodies << ","
        << n.articles << "," << n.claims << "," << n.fetches << "," << n.runs << "\n";
  }
}

TEST_CASE("a year of nightly runs with retention stays bounded", "[ops][year]") {
  const int kNights = 365, kPlateau = 60, kDays = 30;
  TestServer server;
  SampleSite site(server);
  server.Start();
  TempDir dir;
  std::string config = dir.File("c.toml");
  WriteFile(config, site.Config("[retention]\ndocuments_days = " + std::to_string(kDays) + "\n"));
  std::string db = dir.File("n.db");
  SimulatedClock clock;
  std::vector<Night> nights;
  for (int night = 1; night <= kNights; ++night) {
    CAPTURE(night);
    site.SetNight(night);
    clock.Set(NightTime(night));
    CliResult run = RunBinary({"run", "--config", config, "--db", db, "--report-dir",
                               dir.File("r"), "--quiet"});
    INFO(run.err);
    REQUIRE(run.exit_code == 0);
    CliResult vacuum = RunBinary({"vacuum", "--config", config, "--db", db, "--quiet"});
    INFO(vacuum.err);
    REQUIRE(vacuum.exit_code == 0);
    nights.push_back(Measure(db, night));
  }
  WriteCsv(nights);
  const Night& first = nights.front();
  const Night& plateau = nights[kPlateau - 1];
  const Night& last = nights.back();
  // The articles never changed: stored once, on the first night.
  CHECK(first.articles == 8);
  CHECK(last.articles == first.articles);
  CHECK(last.claims == first.claims);
  // Every night stored each HTML page's new bytes; only the last kDays nights' stay.
  CHECK(plateau.bodies == last.bodies);
  CHECK(last.bodies <= 8 + 6 * (kDays + 1));
  CHECK(plateau.documents == last.documents);
  // The fetch log keeps the last kDays nights: bounded, not fixed, as a night whose request
  // timed out on a loaded machine logs its retry too.
  CHECK(last.fetches <= plateau.fetches + plateau.fetches / 20);
  CHECK(last.runs == 2 * kNights);  // the run history is kept: the report's nightly chart
  CHECK(last.bytes <= plateau.bytes + plateau.bytes / 10);
  CHECK(QueryRows(db, "PRAGMA integrity_check") == std::vector<std::string>{"ok"});
}

}  // namespace
}  // namespace newsrecon::testing
