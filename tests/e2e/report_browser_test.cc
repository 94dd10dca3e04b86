// The HTML report in a real browser (headless Chromium, no network): articles full of
// scripts, event handlers, javascript: links and quotes that break out of attributes are
// ingested and reported, and nothing of them runs or becomes markup. Also renders the
// seed articles' report to build/seeds-report.png for a person to look at.
//
// Chromium is installed by scripts/install-deps.sh; the test skips, saying so, only when
// there is no chromium at all.
#include <catch2/catch.hpp>

#include <sys/wait.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>

#include "reports/escape.h"
#include "tests/reports/html_tags.h"
#include "tests/test_support.h"

namespace newsrecon::testing {
namespace {

namespace fs = std::filesystem;

// What every hostile string does if it ever runs: retitles the page and adds a marker.
#define RUN_JS "document.title='XSS-RAN';document.body.insertAdjacentHTML('beforeend','<div id=xss-marker></div>')"

std::string ChromiumPath() {
  for (const char* path : {"/usr/bin/chromium", "/usr/bin/chromium-browser"}) {
    std::error_code ec;
    if (fs::exists(path, ec)) return path;
  }
  return "";
}

std::string Quote(const std::string& word) {
  std::string out = "'";
  for (char c : word) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

// Runs headless Chromium on `file` with `mode` (--dump-dom or --screenshot=...), bounded in
// time, with a fresh profile and no network. Returns standard output.
std::string RunChromium(const std::string& file, const std::string& mode, int width, int height) {
  TempDir profile;
  std::string command =
      "timeout -k 5 90 " + ChromiumPath() +
      " --headless --no-sandbox --disable-gpu --disable-quic --no-first-run"
      " --disable-background-networking --disable-component-update --disable-sync"
      " --disable-extensions --disable-dev-shm-usage --mute-audio --hide-scrollbars"
      " --host-resolver-rules='MAP * ~NOTFOUND' --virtual-time-budget=3000"
      " --user-data-dir=" + Quote(profile.File("profile")) +
      " --window-size=" + std::to_string(width) + "," + std::to_string(height) + " " + mode + " " +
      Quote("file://" + file) + " >" + Quote(profile.File("out")) + " 2>" + Quote(profile.File("err"));
  int status = std::system(command.c_str());
  INFO(ReadFile(profile.File("err")));
  REQUIRE(WIFEXITED(status));
  REQUIRE(WEXITSTATUS(status) == 0);
  return ReadFile(profile.File("out"));
}

// The page as the browser holds it after loading, with every script that could run run.
std::string DomAfterLoad(const std::string& file) { return RunChromium(file, "--dump-dom", 1280, 900); }

const char kHostileText[] =
    "Corvane stake <script>" RUN_JS "</script> news\n"
    "\n"
    "Corvane holds a stake of 45 percent in Nordaxis <img src=x onerror=\"" RUN_JS "\"> "
    "according to <svg onload=\"" RUN_JS "\"> filings seen by <script>" RUN_JS "</script> us.\n"
    "\n"
    "Corvane holds a stake of 45 percent in Nordaxis \" autofocus onfocus=\"" RUN_JS "\" x=\" "
    "and ' autofocus onfocus='" RUN_JS "' x=' and </blockquote></figure></div><script>" RUN_JS
    "</script> and <a href=\"javascript:" RUN_JS "\">read more</a> and <iframe srcdoc=\"<script>"
    "parent." RUN_JS "</script>\"></iframe> and <meta http-equiv=\"refresh\" "
    "content=\"0;url=javascript:" RUN_JS "\"> and <base href=\"https://evil.example/\"> and "
    "<style>body{display:none}</style> [click](javascript:alert(1)) says a filing.\n";

const char kHostileHtml[] =
    "<!DOCTYPE html><html><head><title>&lt;script&gt;" RUN_JS "&lt;/script&gt; Stake</title>"
    "<meta property=\"og:site_name\" content=\"&lt;img src=x onerror=&quot;" RUN_JS "&quot;&gt;\">"
    "<script>" RUN_JS "</script></head><body><article><h1>Corvane and Nordaxis</h1>"
    "<p>Corvane holds a stake of 45 percent in Nordaxis &lt;img src=x onerror=&quot;" RUN_JS
    "&quot;&gt; according to &lt;script&gt;" RUN_JS "&lt;/script&gt; people familiar with it.</p>"
    "<p>The carmaker said &quot;&gt;&lt;svg onload=&quot;" RUN_JS "&quot;&gt; nothing more about "
    "the stake that day.</p></article></body></html>";

// Checks the page after load: the report's own title, no marker, and none of the article's
// markup as elements or attributes.
void CheckNothingRan(const std::string& dom) {
  CHECK(dom.find("<title>newsrecon — contradictions") != std::string::npos);
  CHECK(dom.find("XSS-RAN</title>") == std::string::npos);
  std::vector<std::string> found;  // what should not be there
  int styles = 0;
  for (const Tag& tag : StartTags(dom)) {
    for (const char* banned : {"script", "img", "iframe", "object", "embed", "base", "frame", "form"}) {
      if (tag.name == banned) found.push_back("<" + tag.name + ">");
    }
    styles += tag.name == "style" ? 1 : 0;
    for (const auto& [name, value] : tag.attributes) {
      std::string where = "<" + tag.name + " " + name + "=\"" + value + "\">";
      bool link = name == "href" || name == "src" || name == "action" || name == "content";
      if (name.rfind("on", 0) == 0 || name == "autofocus" || (name == "id" && value == "xss-marker") ||
          (link && Lower(value).find("javascript:") != std::string::npos) ||
          (tag.name == "meta" && name == "http-equiv" && Lower(value) == "refresh")) {
        found.push_back(where);
      }
    }
  }
  CHECK(found.empty());
  CHECK(styles == 1);  // the report's own
}

// `html` without its Content-Security-Policy <meta>.
std::string WithoutCsp(const std::string& html) {
  size_t at = html.find("<meta http-equiv=\"Content-Security-Policy\"");
  if (at == std::string::npos) return html;
  return html.substr(0, at) + html.substr(html.find('>', at) + 1);
}

TEST_CASE("browser: nothing from hostile articles runs in the HTML report", "[e2e][browser]") {
  if (ChromiumPath().empty()) {
    WARN("SKIPPED: chromium is not installed (scripts/install-deps.sh installs it); "
         "the browser test cannot run");
    return;
  }
  TempDir dir;
  std::string db = dir.File("n.db");
  std::string config = std::string(NEWSRECON_SOURCE_DIR) + "/samples/demo.toml";
  REQUIRE(RunCli({"run", "--config", config, "--db", db, "--report-dir", dir.File("r")}).exit_code == 0);
  WriteFile(dir.File("hostile.txt"), kHostileText);
  WriteFile(dir.File("hostile.html"), kHostileHtml);
  CliResult r = RunCli({"ingest", dir.File("hostile.txt"), "--source", "<script>" RUN_JS "</script>Evil Wire",
                        "--url", "javascript:" RUN_JS, "--published", "2026-03-04", "--db", db,
                        "--config", config});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  r = RunCli({"ingest", dir.File("hostile.html"), "--source", "Evil \"Daily' <b>", "--url",
              "https://evil.example/x\"autofocus/onfocus=\"" RUN_JS "\"", "--published", "2026-03-04",
              "--db", db, "--config", config});
  REQUIRE(r.exit_code == 0);
  REQUIRE(RunCli({"reconcile", "--db", db}).exit_code == 0);
  std::string report = dir.File("hostile-report.html");
  REQUIRE(RunCli({"report", "contradictions", "--format", "html", "--out", report, "--db", db}).exit_code == 0);
  std::string html = ReadFile(report);
  // The hostile quotes are in the report, as text.
  REQUIRE(html.find("45 percent") != std::string::npos);
  CHECK(html.find(reports::EscapeHtml("<script>" RUN_JS "</script>Evil Wire")) != std::string::npos);
  CHECK(html.find(reports::EscapeHtml("javascript:" RUN_JS)) != std::string::npos);
  CHECK(html.find(reports::EscapeHtml("<iframe srcdoc=\"<script>parent.")) != std::string::npos);
  CHECK(html.find(reports::EscapeHtml("Evil \"Daily' <b>")) != std::string::npos);

  // A control page proves the browser runs scripts and the checks would see it.
  WriteFile(dir.File("control.html"), "<!DOCTYPE html><html><head><title>control</title></head><body>"
                                      "<img src=x onerror=\"" RUN_JS "\"></body></html>");
  std::string control = DomAfterLoad(dir.File("control.html"));
  REQUIRE(control.find("<title>XSS-RAN</title>") != std::string::npos);
  REQUIRE(control.find("<div id=\"xss-marker\"") != std::string::npos);

  std::string dom = DomAfterLoad(report);
  REQUIRE(dom.find("45 percent") != std::string::npos);
  CheckNothingRan(dom);
  // The same page without its Content-Security-Policy still runs nothing: the escaping
  // alone keeps the articles inert.
  std::string no_csp = WithoutCsp(html);
  REQUIRE(no_csp != html);
  WriteFile(dir.File("no-csp.html"), no_csp);
  CheckNothingRan(DomAfterLoad(dir.File("no-csp.html")));
}

TEST_CASE("browser: a screenshot of the seed articles' report", "[e2e][browser][seeds]") {
  std::string seeds = std::string(NEWSRECON_SHARED_DIR) + "/corpus/seeds";
  std::error_code ec;
  if (!fs::is_directory(seeds, ec)) {
    WARN("SKIPPED: " << seeds << " not found; the seeds screenshot needs it");
    return;
  }
  if (ChromiumPath().empty()) {
    WARN("SKIPPED: chromium is not installed (scripts/install-deps.sh installs it)");
    return;
  }
  TempDir dir;
  std::string db = dir.File("n.db");
  std::vector<std::string> files;
  for (const auto& entry : fs::directory_iterator(seeds, ec)) {
    if (entry.path().extension() == ".txt") files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  REQUIRE(files.size() == 5);
  for (const std::string& f : files) {
    std::string source = "seed-" + fs::path(f).stem().string().substr(0, 3);
    REQUIRE(RunCli({"ingest", f, "--source", source, "--db", db}).exit_code == 0);
  }
  REQUIRE(RunCli({"reconcile", "--db", db}).exit_code == 0);
  std::string html = std::string(NEWSRECON_BUILD_DIR) + "/seeds-report.html";
  std::string png = std::string(NEWSRECON_BUILD_DIR) + "/seeds-report.png";
  REQUIRE(RunCli({"report", "contradictions", "--format", "html", "--out", html, "--db", db}).exit_code == 0);
  fs::remove(png, ec);
  RunChromium(html, "--screenshot=" + Quote(png), 1280, 3000);
  std::string image = ReadFile(png);
  REQUIRE(image.size() > 10000);
  CHECK(image.compare(0, 8, "\x89PNG\r\n\x1a\n") == 0);
  CheckNothingRan(DomAfterLoad(html));
}

// A probe for a copy of the report (its policy removed so the probe may run): checks every
// filter option against the items' own data attributes, alone and with "new", and writes
// the outcome into the title: "FILTERS <options checked> BAD <options that went wrong>".
const char kFilterProbe[] = R"js(<script>
const items = [...document.querySelectorAll('[data-filter]')];
const visible = () => items.filter(e => getComputedStyle(e).display !== 'none');
const has = (e, attr, token) => (e.getAttribute('data-' + attr) || '').split(' ').includes(token);
const reset = () => document.querySelectorAll('input[id$="--_all"]').forEach(i => i.checked = true);
const same = (a, b) => a.length === b.length && a.every(e => b.includes(e));
let bad = [], checked = 0;
if (!same(visible(), items)) bad.push('all');
for (const input of document.querySelectorAll('input[type=radio]:not([id$="--_all"])')) {
  const [attr, token] = input.id.slice(2).split('--');
  reset();
  input.checked = true;
  const want = items.filter(e => has(e, attr, token));
  if (want.length === 0 || !same(visible(), want)) bad.push(input.id);
  const fresh = document.getElementById('f-new--new');
  if (fresh && attr !== 'new') {
    fresh.checked = true;
    if (!same(visible(), want.filter(e => has(e, 'new', 'new')))) bad.push(input.id + '+new');
  }
  ++checked;
}
reset();
document.title = 'FILTERS ' + checked + ' BAD ' + bad.join(',');
</script>)js";

TEST_CASE("browser: the report's filters show exactly the items they select, without scripts",
          "[e2e][browser]") {
  if (ChromiumPath().empty()) {
    WARN("SKIPPED: chromium is not installed (scripts/install-deps.sh installs it)");
    return;
  }
  TempDir dir;
  std::string db = dir.File("n.db");
  std::string config = std::string(NEWSRECON_SOURCE_DIR) + "/samples/demo.toml";
  REQUIRE(RunCli({"run", "--config", config, "--db", db, "--report-dir", dir.File("r")}).exit_code == 0);
  // A later page changes one contradiction: it is new, the others are still open.
  WriteFile(dir.File("late.txt"), "Corvane stake\n\nCorvane Motors holds a stake of 45 percent in "
                                  "Nordaxis Cells, the company said on Friday.\n");
  REQUIRE(RunCli({"ingest", dir.File("late.txt"), "--source", "Late Wire", "--published",
                  "2026-03-07", "--db", db, "--config", config}).exit_code == 0);
  REQUIRE(RunCli({"reconcile", "--db", db}).exit_code == 0);
  std::string report = dir.File("report.html");
  REQUIRE(RunCli({"report", "contradictions", "--format", "html", "--out", report, "--db", db}).exit_code == 0);
  std::string html = ReadFile(report);
  int options = 0, fresh = 0, all = 0;
  for (const Tag& tag : StartTags(html)) {
    CHECK(tag.name != "script");  // the report itself runs nothing
    for (const auto& [name, value] : tag.attributes) {
      if (tag.name == "input" && name == "id") (value.find("--_all") == std::string::npos ? options : all)++;
      if (tag.name == "article" && name == "data-new") ++fresh;
    }
  }
  REQUIRE(all == 4);  // severity, kind, source, new
  REQUIRE(options >= 8);
  REQUIRE(fresh >= 1);
  std::string probe = WithoutCsp(html);
  probe.insert(probe.rfind("</body>"), kFilterProbe);
  WriteFile(dir.File("probe.html"), probe);
  std::string dom = DomAfterLoad(dir.File("probe.html"));
  CHECK(dom.find("<title>FILTERS " + std::to_string(options) + " BAD </title>") != std::string::npos);
  // With its policy the same page stays inert.
  CheckNothingRan(DomAfterLoad(report));
}

}  // namespace
}  // namespace newsrecon::testing
