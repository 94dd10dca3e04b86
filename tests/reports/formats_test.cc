// The contradiction report in every format on the sample corpus: JSON and CSV parsed back,
// Markdown and HTML checked for every contradiction's quotes; filters and bad usage.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <set>

#include "reports/escape.h"
#include "reports/formats.h"
#include "tests/reports/html_tags.h"
#include "tests/test_support.h"

namespace newsrecon::testing {
namespace {

using nlohmann::json;

// RFC 4180: fields split by commas, records by CRLF, quoted fields with doubled quotes.
std::vector<std::vector<std::string>> ParseCsv(const std::string& text) {
  std::vector<std::vector<std::string>> rows(1);
  std::string field;
  bool quoted = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      rows.back().push_back(field);
      field.clear();
    } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      rows.back().push_back(field);
      field.clear();
      rows.emplace_back();
      ++i;
    } else {
      field += c;
    }
  }
  if (rows.back().empty()) rows.pop_back();
  return rows;
}

// What a spreadsheet-safe CSV cell holds for `text` (see reports::CsvField).
std::string CsvCell(const std::string& text) {
  bool formula = !text.empty() && std::string("=+-@\t\r").find(text[0]) != std::string::npos;
  return formula ? "'" + text : text;
}

// `html` without its highlights: <mark class="..."> and </mark> taken out.
std::string WithoutMarks(std::string html) {
  for (size_t at; (at = html.find("<mark class=\"")) != std::string::npos;) {
    html.erase(at, html.find('>', at) + 1 - at);
  }
  for (size_t at; (at = html.find("</mark>")) != std::string::npos;) html.erase(at, 7);
  return html;
}

struct Samples {
  TempDir dir;
  std::string db = dir.File("n.db");
  Samples() {
    std::string config = std::string(NEWSRECON_SOURCE_DIR) + "/samples/demo.toml";
    CliResult r = RunCli({"run", "--config", config, "--db", db, "--report-dir", dir.File("reports")});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
  }
  std::string Report(std::vector<std::string> extra) const {
    std::vector<std::string> args = {"report", "contradictions", "--db", db};
    args.insert(args.end(), extra.begin(), extra.end());
    CliResult r = RunCli(args);
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    return r.out;
  }
};

TEST_CASE("each format carries every contradiction and every quote", "[reports][e2e]") {
  Samples s;
  json items = json::parse(s.Report({"--format", "json"}));
  REQUIRE(items.size() == 8);
  auto rows = ParseCsv(s.Report({"--format", "csv"}));
  std::string md = s.Report({"--format", "md"});
  std::string html = s.Report({"--format", "html"});
  std::string plain_html = WithoutMarks(html);
  REQUIRE(!rows.empty());
  CHECK(rows[0] == std::vector<std::string>{"id", "kind", "severity", "topic", "status", "verdict",
                                            "new", "first_seen_run", "runs_present", "side",
                                            "side_value", "side_sources", "side_voices", "source",
                                            "url", "published", "quote", "values", "story_id",
                                            "story"});
  std::multiset<std::string> from_json, from_csv;
  for (size_t i = 1; i < rows.size(); ++i) {
    REQUIRE(rows[i].size() == 20);
    from_csv.insert(rows[i][0] + "|" + rows[i][1] + "|" + rows[i][2] + "|" + rows[i][9] + "|" +
                    rows[i][10] + "|" + rows[i][13] + "|" + rows[i][14] + "|" + rows[i][16]);
  }
  for (const json& item : items) {
    std::string id = std::to_string(item["id"].get<int64_t>());
    CAPTURE(id);
    CHECK(md.find("### #" + id + " " + item["severity"].get<std::string>()) != std::string::npos);
    CHECK(html.find("<article class=\"card " + item["severity"].get<std::string>() + "\" id=\"c" + id + "\">") !=
          std::string::npos);
    CHECK(html.find("<code>newsrecon triage " + id + " --confirm --db " + reports::EscapeHtml(s.db) + "</code>") !=
          std::string::npos);
    for (size_t side = 0; side < item["sides"].size(); ++side) {
      const json& sj = item["sides"][side];
      for (const json& e : sj["evidence"]) {
        std::string quote = e["quote"];
        CAPTURE(quote);
        from_json.insert(id + "|" + item["kind"].get<std::string>() + "|" +
                         item["severity"].get<std::string>() + "|" + std::to_string(side + 1) + "|" +
                         CsvCell(sj["value"]) + "|" + CsvCell(e["source"]) + "|" + CsvCell(e["url"]) +
                         "|" + CsvCell(quote));
        CHECK(md.find("> " + reports::EscapeMarkdown(quote) + "\n") != std::string::npos);
        CHECK(plain_html.find("<blockquote>" + reports::EscapeHtml(quote) + "</blockquote>") !=
              std::string::npos);
      }
    }
  }
  CHECK(from_csv == from_json);
  // The summary, the chart, the table of contents, and nothing that runs or loads.
  CHECK(html.find("<div class=\"tile new\"><div class=\"n\">8</div><div class=\"l\">new</div></div>") !=
        std::string::npos);
  CHECK(html.find("<svg xmlns=\"http://www.w3.org/2000/svg\"") != std::string::npos);
  CHECK(html.find("<div class=\"parties\">Corvane Motors · Nordaxis Cells</div>") != std::string::npos);
  for (const Tag& tag : StartTags(html)) {
    CHECK(tag.name != "script");
    CHECK(tag.name != "img");
    for (const auto& [name, value] : tag.attributes) {
      if (name != "href" && name != "src") continue;
      CAPTURE(value);
      CHECK((value.rfind("https://", 0) == 0 || value.rfind("http://", 0) == 0 || value.rfind("#", 0) == 0));
    }
  }
  CHECK(md.find("| 8 | 0 | 0 | 0 | 0 |") != std::string::npos);
}

TEST_CASE("report filters: severity, first seen, run, dismissed", "[reports][e2e]") {
  Samples s;
  auto kinds = [&](std::vector<std::string> extra) {
    extra.insert(extra.begin(), {"--format", "json"});
    std::multiset<std::string> out;
    for (const json& item : json::parse(s.Report(extra))) out.insert(item["kind"].get<std::string>());
    return out;
  };
  using Kinds = std::multiset<std::string>;
  CHECK(kinds({"--min-severity", "high"}) == Kinds{"role", "status"});
  CHECK(kinds({"--min-severity", "medium"}) ==
        Kinds{"role", "status", "value", "within_article", "duration", "date"});
  CHECK(kinds({"--min-severity", "low"}).size() == 8);
  CHECK(kinds({"--since", "2999-01-01"}).empty());
  CHECK(kinds({"--since", "2000-01-01"}).size() == 8);
  CHECK(kinds({"--run", "1"}).size() == 8);
  // A second run sees the same contradictions: none is new in it, all were new in run 1.
  std::string config = std::string(NEWSRECON_SOURCE_DIR) + "/samples/demo.toml";
  REQUIRE(RunCli({"run", "--config", config, "--db", s.db, "--report-dir", s.dir.File("r2")}).exit_code == 0);
  for (const json& item : json::parse(s.Report({"--run", "2"}))) {
    CHECK(item["new"] == false);
    CHECK(item["runs_present"] == 2);
  }
  for (const json& item : json::parse(s.Report({"--run", "1"}))) CHECK(item["new"] == true);
  // A dismissed contradiction leaves the report but is counted in its summary.
  json first = json::parse(s.Report({}))[0];
  std::string id = std::to_string(first["id"].get<int64_t>());
  REQUIRE(RunCli({"triage", id, "--dismiss", "--note", "same fact", "--db", s.db}).exit_code == 0);
  CHECK(kinds({}).size() == 7);
  CHECK(kinds({"--include-dismissed"}).size() == 8);
  CHECK(s.Report({"--format", "md"}).find("| 0 | 7 | 1 | 0 | 0 |") != std::string::npos);
  std::string html = s.Report({"--format", "html", "--include-dismissed"});
  CHECK(html.find("Dismissed: same fact") != std::string::npos);
}

TEST_CASE("report contradictions: bad usage is refused with one line", "[reports][cli]") {
  Samples s;
  struct Case {
    std::vector<std::string> args;
    int exit_code;
    std::string err;
  };
  const Case cases[] = {
      {{"--format", "xml"}, 2, "newsrecon: report contradictions: --format must be html, md, json or csv\n"},
      {{"--since", "2026-01-01", "--run", "1"}, 2,
       "newsrecon: report contradictions: give --since or --run, not both\n"},
      {{"--run", "first"}, 2, "newsrecon: report contradictions: --run needs a numeric run id\n"},
      {{"--min-severity", "critical"}, 2,
       "newsrecon: report contradictions: --min-severity 'critical': expected low, medium or high\n"},
      {{"--since", "yesterday"}, 2,
       "newsrecon: report contradictions: --since 'yesterday': expected YYYY-MM-DD\n"},
      {{"--since", "2026-02"}, 2, "newsrecon: report contradictions: --since '2026-02': expected YYYY-MM-DD\n"},
      {{"--run", "999"}, 1, "newsrecon: report contradictions: no run with id 999\n"},
      {{"extra"}, 2, "newsrecon: report contradictions: unexpected 'extra'\n"},
  };
  for (const Case& c : cases) {
    std::vector<std::string> args = {"report", "contradictions", "--db", s.db};
    args.insert(args.end(), c.args.begin(), c.args.end());
    CAPTURE(c.args);
    CliResult r = RunCli(args);
    CHECK(r.exit_code == c.exit_code);
    CHECK(r.err == c.err);
    CHECK(r.out.empty());
  }
}

TEST_CASE("the nightly chart has a bar, a count and a tooltip per night", "[reports]") {
  std::vector<reports::NightCount> nights = {{"2026-04-29", 3, 5, 5}, {"2026-04-30", 4, 7, 2},
                                             {"2026-05-01", 6, 6, 0}};
  std::string svg = reports::NightsSvg(nights);
  CHECK(svg.rfind("<svg ", 0) == 0);
  for (const char* tip : {"<title>2026-04-29 (run 3): 5 contradiction(s), 5 first seen that night</title>",
                          "<title>2026-04-30 (run 4): 7 contradiction(s), 2 first seen that night</title>",
                          "<title>2026-05-01 (run 6): 6 contradiction(s), 0 first seen that night</title>"}) {
    CAPTURE(tip);
    CHECK(svg.find(tip) != std::string::npos);
  }
  for (const char* label : {">04-29</text>", ">04-30</text>", ">05-01</text>"}) CHECK(svg.find(label) != std::string::npos);
  CHECK(reports::NightsSvg({}).empty());
}

}  // namespace
}  // namespace newsrecon::testing
