// [fetch] and per-source fetch settings: read into the config, and every mistake reported
// with the file, line and key.
#include <catch2/catch.hpp>

#include "cli/config.h"
#include "tests/test_support.h"

namespace newsrecon::testing {
namespace {

TEST_CASE("[fetch] settings and per-source overrides are read", "[cli][config]") {
  TempDir dir;
  WriteFile(dir.File("c.toml"),
            "[fetch]\nuser_agent = \"newsrecon/0.1 (+https://example.com/bot)\"\n"
            "max_connections = 32\nmax_per_host = 3\ndelay_ms = 250\nconnect_timeout_ms = 5000\n"
            "timeout_ms = 20000\nretries = 4\nbackoff_ms = 100\nmax_retry_after_ms = 30000\n"
            "max_body_bytes = 2000000\nmax_redirects = 7\nrespect_robots = false\n\n"
            "[[source]]\nname = \"Slow\"\nfeed = \"https://slow.example/feed\"\ndelay_ms = 2000\n"
            "user_agent = \"other/1\"\nmax_pages = 50\nrespect_robots = true\n\n"
            "[[source]]\nname = \"Plain\"\nurls = [\"https://plain.example/a\"]\n");
  auto config = cli::LoadConfig(dir.File("c.toml"));
  REQUIRE(config.ok());
  const fetch::FetchOptions& f = config->fetch;
  CHECK(f.max_connections == 32);
  CHECK(f.max_per_host == 3);
  CHECK(f.policy.user_agent == "newsrecon/0.1 (+https://example.com/bot)");
  CHECK(f.policy.delay_ms == 250);
  CHECK(f.policy.connect_timeout_ms == 5000);
  CHECK(f.policy.timeout_ms == 20000);
  CHECK(f.policy.retries == 4);
  CHECK(f.policy.backoff_ms == 100);
  CHECK(f.policy.max_retry_after_ms == 30000);
  CHECK(f.policy.max_body_bytes == 2000000);
  CHECK(f.policy.max_redirects == 7);
  CHECK_FALSE(f.policy.respect_robots);
  const cli::SourceConfig& slow = config->sources[0];
  CHECK(slow.policy.delay_ms == 2000);
  CHECK(slow.policy.user_agent == "other/1");
  CHECK(slow.policy.respect_robots);
  CHECK(slow.policy.timeout_ms == 20000);  // from [fetch]
  CHECK(slow.max_pages == 50);
  const cli::SourceConfig& plain = config->sources[1];
  CHECK(plain.policy.delay_ms == 250);
  CHECK(plain.max_pages == 0);
}

TEST_CASE("malformed fetch settings name the file, line and key", "[cli][config]") {
  TempDir dir;
  std::string file = dir.File("c.toml");
  struct Case {
    std::string toml, error;
  };
  const std::string source = "[[source]]\nname = \"S\"\nfeed = \"https://s.example/f\"\n";
  const Case cases[] = {
      {"[fetch]\nmax_connections = 0\n",
       ":2: key 'max_connections': must be an integer from 1 to 1000"},
      {"[fetch]\nmax_per_host = \"4\"\n",
       ":2: key 'max_per_host': must be an integer from 1 to 100"},
      {"[fetch]\n\ntimeout_ms = 1.5\n",
       ":3: key 'timeout_ms': must be an integer from 1 to 3600000"},
      {"[fetch]\nretries = 11\n", ":2: key 'retries': must be an integer from 0 to 10"},
      {"[fetch]\nmax_body_bytes = -1\n",
       ":2: key 'max_body_bytes': must be an integer from 1 to 1073741824"},
      {"[fetch]\nuser_agent = 5\n", ":2: key 'user_agent': must be a non-empty string on one line"},
      {"[fetch]\nuser_agent = \"\"\n",
       ":2: key 'user_agent': must be a non-empty string on one line"},
      {"[fetch]\nrespect_robots = \"yes\"\n", ":2: key 'respect_robots': must be true or false"},
      {"[fetch]\nmax_conections = 4\n", ":2: key 'max_conections': unknown fetch setting"},
      {"[fetch]\nmax_pages = 4\n", ":2: key 'max_pages': unknown fetch setting"},
      {"fetch = 3\n", ":1: key 'fetch': must be a table"},
      {source + "delay_ms = -5\n", ":4: key 'delay_ms': must be an integer from 0 to 3600000"},
      {source + "max_pages = \"all\"\n",
       ":4: key 'max_pages': must be an integer from 0 to 10000000"},
      {source + "max_connections = 4\n", ":4: key 'max_connections': unknown source setting"},
      {source + "\n\nrespect_robots = 1\n", ":6: key 'respect_robots': must be true or false"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.toml);
    WriteFile(file, c.toml);
    auto config = cli::LoadConfig(file);
    REQUIRE_FALSE(config.ok());
    CHECK(config.status().message() == file + c.error);
    CliResult r = RunCli({"fetch", "--config", file, "--db", dir.File("n.db")});
    CHECK(r.exit_code == 2);
    CHECK(r.err == "newsrecon: " + file + c.error + "\n");
  }
  CHECK_FALSE(Exists(dir.File("n.db")));
}

TEST_CASE("a source's kind is the key that names its location, any other key a one-line error",
          "[cli][config][enums]") {
  TempDir dir;
  std::string file = dir.File("c.toml");
  WriteFile(file,
            "[[source]]\nname = \"P\"\npath = \"pages\"\n\n"
            "[[source]]\nname = \"F\"\nfeed = \"https://f.example/feed\"\n\n"
            "[[source]]\nname = \"S\"\nsitemap = \"https://s.example/sitemap.xml\"\n\n"
            "[[source]]\nname = \"U\"\nurls = [\"https://u.example/a\"]\n");
  auto config = cli::LoadConfig(file);
  REQUIRE(config.ok());
  REQUIRE(config->sources.size() == 4);
  CHECK(config->sources[0].kind == core::SourceKind::kPath);
  CHECK(config->sources[0].location == dir.File("pages"));
  CHECK(config->sources[1].kind == core::SourceKind::kFeed);
  CHECK(config->sources[2].kind == core::SourceKind::kSitemap);
  CHECK(config->sources[3].kind == core::SourceKind::kUrls);
  struct Case {
    std::string toml, error;
  };
  const std::string exactly_one = "needs exactly one of 'path', 'feed', 'sitemap' or 'urls'";
  const Case cases[] = {
      {"[[source]]\nname = \"A\"\nrss = \"https://a.example/rss\"\n",
       ":3: key 'rss': unknown source setting"},
      // "files" is the kind of `ingest --source`, never written in a config.
      {"[[source]]\nname = \"A\"\nfiles = \"x\"\n", ":3: key 'files': unknown source setting"},
      {"[[source]]\nname = \"A\"\nkind = \"feed\"\n", ":3: key 'kind': unknown source setting"},
      {"[[source]]\nname = \"A\"\n", ":1: source 'A': " + exactly_one},
      {"[[source]]\nname = \"A\"\npath = \"x\"\nfeed = \"https://a.example/f\"\n",
       ":1: source 'A': " + exactly_one},
  };
  for (const Case& c : cases) {
    CAPTURE(c.toml);
    WriteFile(file, c.toml);
    auto bad = cli::LoadConfig(file);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.status().message() == file + c.error);
    CliResult r = RunCli({"fetch", "--config", file, "--db", dir.File("n.db")});
    CHECK(r.exit_code == 2);
    CHECK(r.err == "newsrecon: " + file + c.error + "\n");  // one line
  }
  CHECK_FALSE(Exists(dir.File("n.db")));
}

}  // namespace
}  // namespace newsrecon::testing
