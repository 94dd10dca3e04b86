// The same corpus gives the same report whatever order its articles arrive in.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>

#include "tests/test_support.h"

namespace newsrecon::testing {
namespace {

// The sample config with its sources in the order `order` gives and absolute paths.
std::string Reordered(const std::vector<size_t>& order) {
  std::string config = ReadFile(NEWSRECON_SOURCE_DIR "/samples/demo.toml");
  std::vector<std::string> blocks;
  size_t at = config.find("\n[[source]]");
  std::string head = config.substr(0, at);
  while (at != std::string::npos) {
    size_t next = config.find("\n[[source]]", at + 1);
    blocks.push_back(config.substr(at, next == std::string::npos ? std::string::npos : next - at));
    at = next;
  }
  REQUIRE(blocks.size() == order.size());
  std::string out = head;
  for (size_t i : order) out += blocks[i];
  std::string absolute;
  const std::string kPath = "path = \"";
  for (size_t from = 0;;) {
    size_t p = out.find(kPath, from);
    absolute += out.substr(from, p == std::string::npos ? std::string::npos : p + kPath.size() - from);
    if (p == std::string::npos) break;
    absolute += NEWSRECON_SOURCE_DIR "/samples/";
    from = p + kPath.size();
  }
  return absolute;
}

TEST_CASE("reports do not depend on the order articles arrive in", "[reports]") {
  TempDir dir;
  const std::vector<std::vector<size_t>> orders = {
      {0, 1, 2, 3, 4, 5, 6, 7}, {7, 6, 5, 4, 3, 2, 1, 0}, {3, 0, 6, 1, 7, 4, 2, 5}};
  std::vector<std::string> json, markdown, csv;
  for (size_t i = 0; i < orders.size(); ++i) {
    std::string config = dir.File("c" + std::to_string(i) + ".toml");
    std::string db = dir.File("n" + std::to_string(i) + ".db");
    WriteFile(config, Reordered(orders[i]));
    REQUIRE(RunCli({"run", "--config", config, "--db", db, "--quiet",
                    "--report-dir", dir.File("r" + std::to_string(i))}).exit_code == 0);
    CliResult j = RunCli({"report", "contradictions", "--db", db, "--format", "json"});
    REQUIRE(j.exit_code == 0);
    json.push_back(WithoutTimesAndIds(nlohmann::json::parse(j.out)).dump(1));
    CliResult md = RunCli({"report", "contradictions", "--db", db, "--format", "md"});
    REQUIRE(md.exit_code == 0);
    // Its triage commands name the database; runs a minute apart print other times.
    markdown.push_back(WithoutTimes(WithoutDb(md.out, db)));
    CliResult c = RunCli({"report", "contradictions", "--db", db, "--format", "csv"});
    REQUIRE(c.exit_code == 0);
    csv.push_back(WithoutTimes(c.out));
  }
  CHECK(json[0].size() > 1000);
  CHECK(markdown[0].size() > 1000);
  CHECK(csv[0].size() > 1000);
  for (size_t i = 1; i < orders.size(); ++i) {
    CAPTURE(i);
    CHECK(json[i] == json[0]);
    CHECK(markdown[i] == markdown[0]);
    CHECK(csv[i] == csv[0]);
  }
}

}  // namespace
}  // namespace newsrecon::testing
