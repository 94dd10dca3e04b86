// Every command reads a page the same way: a Latin-1 page is Latin-1 to ingest,
// extract-text, claims and audit alike, and stray control bytes in a real page do not make
// it binary data.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "tests/test_support.h"

namespace newsrecon::testing {
namespace {

using nlohmann::json;

// A news page in ISO-8859-1 that says so only in its <meta>: "Café" and "£1.5 billion".
const char kLatin1Page[] =
    "<!DOCTYPE html>\n<html><head><meta charset=\"iso-8859-1\">"
    "<title>Caf\xE9 Nero agrees takeover</title>"
    "<meta name=\"date\" content=\"2024-03-04\"></head>\n<body><article>"
    "<h1>Caf\xE9 Nero agrees takeover</h1>"
    "<p>Caf\xE9 Nero agreed on Monday to buy Pret Holdings for \xA3" "1.5 billion, the two "
    "companies said in a statement.</p>"
    "<p>The deal, approved by both boards, is expected to close in the summer after "
    "regulators review it.</p></article></body></html>\n";

const char kCafe[] = "Caf\xC3\xA9";                // "Café" in UTF-8
const char kMoney[] = "\xC2\xA3" "1.5 billion";  // "£1.5 billion" in UTF-8

bool HasGbpClaim(const json& claims) {
  for (const json& c : claims) {
    if (c.dump().find("\"GBP\"") != std::string::npos) return true;
  }
  return false;
}

TEST_CASE("a Latin-1 page reads alike in extract-text, claims, audit and ingest", "[cli][charset]") {
  TempDir dir;
  std::string page = dir.File("latin1.html"), db = dir.File("n.db");
  WriteFile(page, kLatin1Page);

  CliResult text = RunCli({"extract-text", page});
  INFO(text.err);
  REQUIRE(text.exit_code == 0);
  json article = json::parse(text.out);
  CHECK(article["title"] == std::string(kCafe) + " Nero agrees takeover");
  CHECK(article["text"].get<std::string>().find(kMoney) != std::string::npos);
  CHECK(text.out.find("\xEF\xBF\xBD") == std::string::npos);  // no U+FFFD

  CliResult claims = RunCli({"claims", "--file", page, "--format", "json"});
  REQUIRE(claims.exit_code == 0);
  CHECK(HasGbpClaim(json::parse(claims.out)["values"]));

  REQUIRE(RunCli({"ingest", page, "--source", "Wire", "--db", db, "--quiet"}).exit_code == 0);
  CHECK(QueryOne(db, "SELECT title FROM articles") == std::string(kCafe) + " Nero agrees takeover");
  CliResult audit = RunCli({"audit", page, "--format", "json", "--db", db});
  INFO(audit.err);
  REQUIRE(audit.exit_code == 0);
  json a = json::parse(audit.out);
  REQUIRE_FALSE(a["claims"].empty());
  CHECK(HasGbpClaim(a["claims"]));
  CHECK(a["quotes_new"].empty());  // the page read now says what its stored copy says
  CHECK(a["quotes_gone"].empty());
  CHECK(audit.out.find(kMoney) != std::string::npos);
  CHECK(audit.out.find("\xEF\xBF\xBD") == std::string::npos);
}

TEST_CASE("a real page with stray control bytes is read as HTML, not refused", "[cli][charset]") {
  std::string sample = ReadFile(NEWSRECON_SOURCE_DIR "/samples/pages/ledger-wire.html");
  REQUIRE(sample.size() > 2000);
  TempDir dir;
  WriteFile(dir.File("clean.html"), sample);
  CliResult clean = RunCli({"extract-text", dir.File("clean.html")});
  REQUIRE(clean.exit_code == 0);
  const std::string clean_text = json::parse(clean.out)["text"].get<std::string>();
  // One NUL deep in the page, a vertical tab and a unit separator near its top, each in
  // markup: a browser renders the page, and so must we.
  std::string stray = sample;
  stray.insert(stray.rfind("</body>"), 1, '\0');
  stray.insert(stray.find("<head>") + 6, "\x0B\x1F");
  struct Case {
    std::string name;
    std::string bytes;
  };
  const Case cases[] = {
      {"stray.html", stray},
      {"stray-no-extension", stray},  // sniffed: it opens with <!DOCTYPE html>
      {"nul-early.html", sample.substr(0, 200) + std::string(1, '\0') + sample.substr(200)},
  };
  for (const Case& c : cases) {
    CAPTURE(c.name);
    WriteFile(dir.File(c.name), c.bytes);
    CliResult r = RunCli({"extract-text", dir.File(c.name)});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    CHECK(json::parse(r.out)["text"] == clean_text);
    CHECK(RunCli({"ingest", dir.File(c.name), "--source", c.name, "--db", dir.File("n.db"),
                  "--quiet"}).exit_code == 0);
  }
  // Binary data in a text file's first bytes is still refused, naming the file.
  WriteFile(dir.File("bin.txt"), std::string("Title\n\n\x01\x02\x03 body", 16));
  CliResult bin = RunCli({"extract-text", dir.File("bin.txt")});
  CHECK(bin.exit_code == 1);
  CHECK(bin.err == "newsrecon: " + dir.File("bin.txt") + ": binary data, not an HTML or text document\n");
}

}  // namespace
}  // namespace newsrecon::testing
