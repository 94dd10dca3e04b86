// Audits on the seed articles and the sample corpus: which claims other sources
// corroborate or contradict, checked against what the articles say and against the
// contradiction report; page audits compare without storing anything.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "core/sha256.h"
#include "tests/fetch/test_server.h"
#include "tests/test_support.h"

namespace newsrecon::testing {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;
using Sources = std::set<std::string>;

// The audit's claim whose quote contains `text` (of `relation`, when given); fails the
// test when there is none.
const json& ClaimWith(const json& audit, const std::string& text, const std::string& relation = "") {
  for (const json& c : audit["claims"]) {
    if (!relation.empty() && c["relation"] != relation) continue;
    if (c["quote"].get<std::string>().find(text) != std::string::npos) return c;
  }
  FAIL("no claim quoting: " << text);
  static const json kNone;
  return kNone;
}

Sources Backers(const json& claim) {
  Sources out;
  for (const json& a : claim["corroborated_by"]) out.insert(a["source"].get<std::string>());
  return out;
}

std::set<std::string> Kinds(const json& audit, const json& claim) {
  std::set<std::string> out;
  for (const json& i : claim["contradictions"]) {
    out.insert(audit["contradictions"][i.get<size_t>()]["kind"].get<std::string>());
  }
  return out;
}

json Audit(const std::vector<std::string>& args) {
  std::vector<std::string> all = {"audit", "--format", "json"};
  all.insert(all.end(), args.begin(), args.end());
  CliResult r = RunCli(all);
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  return json::parse(r.out);
}

// Every claim of `source` standing on a side of a stored contradiction is contradicted in
// the audit, and no other: the audit agrees with `report contradictions`.
void CheckAgainstReport(const json& audit, const std::string& db, const std::string& source) {
  std::set<int64_t> on_sides;
  json report = json::parse(RunCli({"report", "contradictions", "--db", db}).out);
  for (const json& item : report) {
    for (const json& side : item["sides"]) {
      for (const json& e : side["evidence"]) {
        if (e["source"] == source) on_sides.insert(e["claim_id"].get<int64_t>());
      }
    }
  }
  std::set<int64_t> contradicted;
  for (const json& c : audit["claims"]) {
    if (c["verdict"] == "contradicted") contradicted.insert(c["claim_id"].get<int64_t>());
  }
  CHECK(contradicted == on_sides);
  const json& s = audit["summary"];
  CHECK(s["contradicted"].get<int>() + s["corroborated"].get<int>() + s["uncorroborated"].get<int>() ==
        static_cast<int>(audit["claims"].size()));
  double rate = double(s["corroborated"].get<int>() + s["contradicted_backed"].get<int>()) /
                (s["corroborated"].get<int>() + s["contradicted"].get<int>());
  CHECK(s["agreement_rate"].get<double>() == Approx(rate));
}

struct Seeds {
  TempDir dir;
  std::string db = dir.File("n.db");
  std::vector<std::string> files = SeedFiles();
  bool Load() { return IngestSeeds(db); }
};

TEST_CASE("audit of a seed source: what others back and what they contradict", "[audit][seeds]") {
  Seeds seeds;
  if (!seeds.Load()) {
    WARN("SKIPPED: " NEWSRECON_SHARED_DIR "/corpus/seeds not found; the seed audit test needs it");
    return;
  }
  json audit = Audit({"--source", "seed-000", "--db", seeds.db});
  CHECK(audit["kind"] == "source");
  CHECK(audit["summary"]["articles"] == 1);
  // The outlier: Microsoft "collecting" the share the four others say it stops paying.
  const json& collect = ClaimWith(audit, "Microsoft will no longer collect revenue shares from OpenAI");
  CHECK(collect["verdict"] == "contradicted");
  CHECK(Kinds(audit, collect).count("role") == 1);
  CHECK(Backers(collect).empty());
  // "A decade-long exclusive deal" against a partnership begun in 2019.
  const json& decade = ClaimWith(audit, "A decade-long exclusive deal");
  CHECK(decade["verdict"] == "contradicted");
  // Every other seed says Microsoft keeps its licence through 2032.
  for (const char* text : {"Microsoft retains non-exclusive licensing rights",
                           "the deal retains a non-exclusive license to OpenAI"}) {
    const json& licence = ClaimWith(audit, text);
    CHECK(licence["verdict"] == "corroborated");
    CHECK(Backers(licence) == Sources{"seed-001", "seed-002", "seed-003", "seed-004"});
  }
  // The 2019 $1 billion investment, which seed-004 writes "$1BN".
  const json& billion = ClaimWith(audit, "Microsoft made a landmark $1 billion investment in OpenAI");
  CHECK(billion["verdict"] == "corroborated");
  CHECK(Backers(billion) == Sources{"seed-004"});
  // OpenAI keeps paying through 2030: backed by others, though the article contradicts it.
  const json& continues = ClaimWith(audit, "OpenAI will continue honoring its existing revenue-sharing");
  CHECK(continues["verdict"] == "contradicted");
  CHECK(Backers(continues).count("seed-003") == 1);
  CHECK(ClaimWith(audit, "0 / 1200 CHARACTERS")["verdict"] == "uncorroborated");
  CheckAgainstReport(audit, seeds.db, "seed-000");

  // seed-004 from the other side: its $1BN is backed by seed-000, its seven-year
  // partnership stands against seed-000's decade.
  json other = Audit({"--source", "seed-004", "--db", seeds.db});
  const json& bn = ClaimWith(other, "Microsoft invested an initial $1BN into OpenAI", "investment");
  CHECK(bn["verdict"] == "corroborated");
  CHECK(Backers(bn) == Sources{"seed-000"});
  const json& pay = ClaimWith(other, "Microsoft will no longer be paying OpenAI a share of revenue");
  CHECK(pay["verdict"] == "contradicted");
  // seed-000's "ending revenue-sharing obligations" names no payer: it agrees that
  // Microsoft's payments end (and stands against OpenAI's going on).
  CHECK(Backers(pay) == Sources{"seed-000", "seed-001", "seed-002", "seed-003"});
  CheckAgainstReport(other, seeds.db, "seed-004");
}

TEST_CASE("audit of a page read now gives the verdicts of its stored copy, storing nothing",
          "[audit][seeds]") {
  Seeds seeds;
  if (!seeds.Load()) {
    WARN("SKIPPED: " NEWSRECON_SHARED_DIR "/corpus/seeds not found; the page audit test needs it");
    return;
  }
  auto state = [&] { return core::Sha256Hex(ReadFile(seeds.db)) + core::Sha256Hex(ReadFile(seeds.db + "-wal")); };
  std::string before = state();
  json source = Audit({"--source", "seed-000", "--db", seeds.db});
  json page = Audit({seeds.files[0], "--db", seeds.db});
  CHECK(page["kind"] == "page");
  CHECK(page["subject"] == "file://" + seeds.files[0]);
  CHECK(page["stored_articles"] == json::array({1}));
  CHECK(page["quotes_new"].empty());
  CHECK(page["quotes_gone"].empty());
  std::multimap<std::string, std::string> by_source, by_page;
  for (const json& c : source["claims"]) by_source.emplace(c["quote"].get<std::string>(), c["verdict"].get<std::string>());
  for (const json& c : page["claims"]) by_page.emplace(c["quote"].get<std::string>(), c["verdict"].get<std::string>());
  CHECK(by_page == by_source);
  CHECK(page["summary"] == source["summary"]);

  // The same page, corrected to agree on who pays: the role conflict is gone from it, and
  // the comparison with the stored copy shows the changed sentence.
  std::string text = ReadFile(seeds.files[0]);
  const std::string from = "Microsoft will no longer collect revenue shares from OpenAI";
  REQUIRE(text.find(from) != std::string::npos);
  text.replace(text.find(from), from.size(), "Microsoft will no longer pay revenue shares to OpenAI");
  WriteFile(seeds.dir.File("corrected.txt"), text);
  json corrected = Audit({"file://" + seeds.dir.File("corrected.txt"), "--url", "file://" + seeds.files[0],
                          "--db", seeds.db});
  const json& pays = ClaimWith(corrected, "Microsoft will no longer pay revenue shares to OpenAI");
  CHECK(Kinds(corrected, pays).count("role") == 0);
  CHECK(Backers(pays) == Sources{"seed-001", "seed-002", "seed-003", "seed-004"});
  REQUIRE(corrected["quotes_new"].size() == 1);
  CHECK(corrected["quotes_new"][0].get<std::string>().find("no longer pay revenue shares") != std::string::npos);
  REQUIRE(corrected["quotes_gone"].size() == 1);
  CHECK(corrected["quotes_gone"][0].get<std::string>().find(from) != std::string::npos);
  CHECK(state() == before);
}

TEST_CASE("audit of a sample outlet: its planted deviations and what the others back", "[audit][e2e]") {
  TempDir dir;
  std::string db = dir.File("n.db");
  std::string samples = std::string(NEWSRECON_SOURCE_DIR) + "/samples/";
  REQUIRE(RunCli({"run", "--config", samples + "demo.toml", "--db", db, "--report-dir", dir.File("r")}).exit_code == 0);
  json audit = Audit({"--source", "EV Dispatch", "--db", db});
  // C2: EV Dispatch alone says the supply agreement ends.
  const json& supply = ClaimWith(audit, "The new agreement ends the supply agreement between Nordaxis and Corvane.");
  CHECK(supply["verdict"] == "contradicted");
  CHECK(Kinds(audit, supply) == std::set<std::string>{"status"});
  CHECK(Backers(supply).empty());
  // C7: its unhedged $2 billion.
  CHECK(Kinds(audit, ClaimWith(audit, "Marrowgate Capital is making a $2 billion investment")) ==
        std::set<std::string>{"hedge"});
  // A3: the licence until 2030, as Ledger Wire (and its copy, Coastline Herald) write it.
  const json& licence = ClaimWith(audit, "Nordaxis licenses its cell technology to Corvane until 2030.");
  CHECK(licence["verdict"] == "corroborated");
  CHECK(Backers(licence) == Sources{"Ledger Wire", "Coastline Herald"});
  // T7: 27 percent, with five other outlets on its side of the stake conflict.
  const json& stake = ClaimWith(audit, "Corvane holds a stake of 27 percent in Nordaxis.");
  CHECK(stake["verdict"] == "contradicted");
  CHECK(Backers(stake) == Sources{"Ledger Wire", "Circuit & Capital", "Northgate Business Review",
                                  "Coastline Herald", "Dynamo Daily"});
  CheckAgainstReport(audit, db, "EV Dispatch");

  // The text form says the same, one line per fact.
  CliResult text = RunCli({"audit", "--source", "EV Dispatch", "--db", db});
  REQUIRE(text.exit_code == 0);
  CHECK(text.out.rfind("Audit of source EV Dispatch: 1 article(s), ", 0) == 0);
  CHECK(text.out.find("\nCONTRADICTED\n") != std::string::npos);
  CHECK(text.out.find("  claim " + std::to_string(supply["claim_id"].get<int64_t>()) +
                      ": The new agreement ends the supply agreement between Nordaxis and Corvane.\n"
                      "    says: supply; parties Corvane Motors, Nordaxis Cells, ends\n"
                      "    in:   #") != std::string::npos);
  for (const char* format : {"html", "md", "csv"}) {
    CliResult r = RunCli({"audit", "--source", "EV Dispatch", "--format", format, "--db", db});
    CAPTURE(format);
    CHECK(r.exit_code == 0);
    CHECK(r.out.find("Nordaxis licenses its cell technology to Corvane") != std::string::npos);
  }
}

TEST_CASE("audit: bad usage and missing subjects", "[audit][cli]") {
  TempDir dir;
  std::string db = dir.File("n.db");
  WriteFile(dir.File("a.txt"), "Acme buys Widgets\n\nAcme Corp agreed to buy Widgets Ltd for $400 million.\n");
  REQUIRE(RunCli({"ingest", dir.File("a.txt"), "--source", "S", "--db", db}).exit_code == 0);
  struct Case {
    std::vector<std::string> args;
    int exit_code;
    std::string err;
  };
  const Case cases[] = {
      {{"audit", "--db", db}, 2, "newsrecon: audit: give --source NAME, or one URL or FILE\n"},
      {{"audit", "--source", "S", dir.File("a.txt"), "--db", db}, 2,
       "newsrecon: audit: give --source NAME or one URL or FILE, not both\n"},
      {{"audit", dir.File("a.txt"), dir.File("a.txt"), "--db", db}, 2,
       "newsrecon: audit: give one URL or FILE\n"},
      {{"audit", "--source", "S", "--format", "pdf", "--db", db}, 2,
       "newsrecon: audit: --format must be text, json, html, md or csv\n"},
      {{"audit", "--source", "Nobody", "--db", db}, 1,
       "newsrecon: audit: no source named 'Nobody' (sources with claims: 'S')\n"},
      {{"audit", "http://127.0.0.1:1/a", "--db", db}, 1,
       "newsrecon: audit: http://127.0.0.1:1/a: robots.txt unreachable: cannot connect to "
       "127.0.0.1:1 (after 3 attempts)\n"},
      {{"audit", "ftp://news.example/a", "--db", db}, 2,
       "newsrecon: audit: ftp://news.example/a: unsupported URL scheme (use http, https or file)\n"},
      {{"audit", dir.File("missing.html"), "--db", db}, 1,
       "newsrecon: audit: " + dir.File("missing.html") + ": cannot read (No such file or directory)\n"},
      {{"audit", "--source", "S", "--db", dir.File("none.db")}, 1,
       "newsrecon: " + dir.File("none.db") + ": no such database\n"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.args);
    CliResult r = RunCli(c.args);
    CHECK(r.exit_code == c.exit_code);
    CHECK(r.err == c.err);
  }
  CHECK(!Exists(dir.File("none.db")));
  // A source's name in any case names it.
  CliResult lower = RunCli({"audit", "--source", "s", "--format", "json", "--db", db});
  CHECK(lower.exit_code == 0);
  CHECK(lower.err.empty());
  CHECK(lower.out == RunCli({"audit", "--source", "S", "--format", "json", "--db", db}).out);
}

}  // namespace
}  // namespace newsrecon::testing

namespace newsrecon::testing {
namespace {

TEST_CASE("audit of an http page fetched now, compared with what is stored", "[audit][fetch]") {
  TempDir dir;
  std::string db = dir.File("n.db");
  std::string samples = std::string(NEWSRECON_SOURCE_DIR) + "/samples/";
  REQUIRE(RunCli({"run", "--config", samples + "demo.toml", "--db", db, "--report-dir",
                  dir.File("reports")}).exit_code == 0);
  TestServer server;
  std::string page = ReadFile(samples + "pages/market-lantern.html");
  server.http().Get("/lantern.html", [&](const httplib::Request&, httplib::Response& res) {
    res.set_content(page, "text/html; charset=utf-8");
  });
  server.Start();
  json audit = Audit({server.Url("/lantern.html"), "--config", samples + "demo.toml", "--db", db});
  CHECK(audit["kind"] == "page");
  // Its 32% stake stands against the others' 27 percent; its licence-free claims are new.
  const json& stake = ClaimWith(audit, "Corvane holds a 32% stake in Nordaxis.");
  CHECK(stake["verdict"] == "contradicted");
}

}  // namespace
}  // namespace newsrecon::testing
