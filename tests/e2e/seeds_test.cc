// End to end on the five real seed articles in ../shared/corpus/seeds/ (skipped, with a
// message, when that folder is absent): the "stops paying" against "stops collecting"
// revenue-share contradiction is found, with both quotes.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "tests/test_support.h"

namespace newsrecon::testing {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;

std::vector<std::string> SeedFiles() {
  std::vector<std::string> files;
  std::error_code ec;
  std::string dir = std::string(NEWSRECON_SHARED_DIR) + "/corpus/seeds";
  if (!fs::is_directory(dir, ec)) return files;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    if (entry.path().extension() == ".txt") files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

TEST_CASE("seeds: stops paying against stops collecting", "[e2e][seeds]") {
  std::vector<std::string> files = SeedFiles();
  if (files.empty()) {
    WARN("SKIPPED: " NEWSRECON_SHARED_DIR "/corpus/seeds not found; the seed test needs it");
    return;
  }
  REQUIRE(files.size() == 5);
  TempDir dir;
  std::string db = dir.File("n.db");
  for (const std::string& f : files) {
    std::string source = "seed-" + fs::path(f).stem().string().substr(0, 3);
    REQUIRE(RunCli({"ingest", f, "--source", source, "--db", db}).exit_code == 0);
  }
  REQUIRE(RunCli({"reconcile", "--db", db}).exit_code == 0);
  CliResult r = RunCli({"report", "contradictions", "--db", db});
  REQUIRE(r.exit_code == 0);
  json report = json::parse(r.out);
  const json* role = nullptr;
  for (const json& item : report) {
    if (item["kind"] == "role" && item["topic"] == "revenue_share: Microsoft, OpenAI") role = &item;
  }
  REQUIRE(role != nullptr);
  auto quotes_of = [&](const json& side) {
    std::vector<std::string> quotes;
    for (const json& e : side["evidence"]) quotes.push_back(e["quote"].get<std::string>());
    return quotes;
  };
  REQUIRE((*role)["sides"].size() == 2);
  const json& pay = (*role)["sides"][0];
  const json& collect = (*role)["sides"][1];
  CHECK(pay["value"] == "ends (payer Microsoft, payee OpenAI)");
  CHECK(collect["value"] == "ends (payer OpenAI, payee Microsoft)");
  auto contains = [](const std::vector<std::string>& quotes, const std::string& text) {
    return std::any_of(quotes.begin(), quotes.end(),
                       [&](const std::string& q) { return q.find(text) != std::string::npos; });
  };
  CHECK(contains(quotes_of(collect), "Microsoft will no longer collect revenue shares from OpenAI"));
  CHECK(contains(quotes_of(pay), "Microsoft will no longer pay OpenAI a share of the revenue"));
  CHECK(contains(quotes_of(pay), "Microsoft said it will no longer pay a revenue share to OpenAI."));
  CHECK(collect["sources"] == 1);
  CHECK(pay["sources"] == 4);
}

}  // namespace
}  // namespace newsrecon::testing
