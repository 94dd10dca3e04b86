// Unrelated articles do not contradict each other: the true bodies of the 88 benchmark pages
// (../shared/bench/article-extraction/ground-truth.json, skipped when absent), each as its own
// source, yield no contradiction between different articles.
#include <catch2/catch.hpp>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "tests/pg_support.h"
#include "tests/test_support.h"

namespace newsrecon::testing {
namespace {

using nlohmann::json;

TEST_CASE("unrelated articles yield no contradiction between them", "[e2e]") {
  std::string truth_path = std::string(NEWSRECON_SHARED_DIR) + "/bench/article-extraction/ground-truth.json";
  if (!std::filesystem::exists(truth_path)) {
    WARN("SKIPPED: " + truth_path + " not found");
    return;
  }
  json truth = json::parse(ReadFile(truth_path));
  REQUIRE(truth.size() >= 10);
  TempDir dir;
  std::string db = FreshDb(dir);
  int n = 0;
  for (const auto& [key, page] : truth.items()) {
    std::string file = dir.File(key.substr(0, 12) + ".txt");
    WriteFile(file, key.substr(0, 12) + "\n\n" + page["articleBody"].get<std::string>() + "\n");
    CliResult r = RunCli({"ingest", file, "--source", "unrelated-" + std::to_string(n++), "--db", db});
    REQUIRE(r.exit_code == 0);
  }
  REQUIRE(RunCli({"reconcile", "--db", db}).exit_code == 0);
  json report = json::parse(RunCli({"report", "contradictions", "--db", db}).out);
  for (const json& item : report) {
    CAPTURE(item.dump());
    CHECK(item["within_article"].get<bool>());
  }
}

}  // namespace
}  // namespace newsrecon::testing
