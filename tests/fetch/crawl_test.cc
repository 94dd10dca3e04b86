// `newsrecon fetch` and `run` on the wire: feeds, sitemap indexes, conditional GETs on the
// second run, charsets, and failures logged and listed while the rest is stored.
#include <atomic>
#include <catch2/catch.hpp>

#include "store/store.h"
#include "tests/fetch/test_server.h"
#include "tests/test_support.h"

namespace newsrecon::testing {
namespace {

std::string Page(const std::string& title, const std::string& text, const std::string& head = "") {
  return "<!DOCTYPE html><html><head>" + head + "<title>" + title +
         "</title></head><body>"
         "<article><h1>" +
         title + "</h1><p>" + text +
         "</p><p>The company said the plan would "
         "take effect next year, according to a statement released on its website.</p>"
         "</article></body></html>";
}

void Html(httplib::Response& res, const std::string& body) { res.set_content(body, "text/html"); }

// A config with short timeouts and backoffs, then the sources.
std::string Config(const std::string& sources) {
  return "[fetch]\nuser_agent = \"newsrecon-test/1.0\"\ntimeout_ms = 3000\nbackoff_ms = 10\n"
         "retries = 1\n\n" +
         sources;
}

std::unique_ptr<store::Store> OpenStore(const std::string& db) {
  auto s = store::Store::Open(db);
  REQUIRE(s.ok());
  return std::move(*s);
}

int64_t SourceId(store::Store& s, const std::string& name) {
  auto source = s.FindSource(name);
  REQUIRE(source.ok());
  REQUIRE(source->has_value());
  return (*source)->id;
}

core::Article ArticleAt(store::Store& s, const std::string& url) {
  auto ids = s.ArticleIds("", url);
  REQUIRE(ids.ok());
  REQUIRE(ids->size() == 1);
  auto article = s.LoadArticle(ids->front());
  REQUIRE(article.ok());
  return *article;
}

TEST_CASE("feeds and a sitemap index are fetched, with the listings' metadata", "[fetch][e2e]") {
  TestServer server;
  auto& http = server.http();
  std::string base = server.Base();
  http.Get("/rss.xml", [&](const httplib::Request&, httplib::Response& res) {
    res.set_content(
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title>"
        "<item><title>Alpha story</title><link>" +
            base +
            "/a.html?utm_source=rss</link>"
            "<pubDate>Wed, 04 Mar 2026 09:30:00 -0500</pubDate><guid>wire-1</guid></item>"
            "<item><title>Beta story</title><link>/b.html</link><guid>wire-2</guid></item>"
            "</channel></rss>",
        "application/rss+xml");
  });
  http.Get("/atom.xml", [&](const httplib::Request&, httplib::Response& res) {
    res.set_content(
        "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Desk</title><entry>"
        "<title>Gamma story</title><link rel=\"alternate\" href=\"/c.html\"/>"
        "<id>urn:desk:3</id><published>2026-03-05T08:00:00Z</published></entry></feed>",
        "application/atom+xml");
  });
  http.Get("/sitemap_index.xml", [&](const httplib::Request&, httplib::Response& res) {
    res.set_content("<sitemapindex><sitemap><loc>" + base +
                        "/news-sitemap.xml</loc></sitemap>"
                        "<sitemap><loc>/pages.xml.gz</loc></sitemap></sitemapindex>",
                    "application/xml");
  });
  http.Get("/news-sitemap.xml", [&](const httplib::Request&, httplib::Response& res) {
    res.set_content(
        "<urlset xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\"><url>"
        "<loc>" +
            base +
            "/d.html</loc><news:news><news:publication_date>2026-03-06"
            "</news:publication_date><news:title>Delta story</news:title></news:news>"
            "</url></urlset>",
        "application/xml");
  });
  http.Get("/pages.xml.gz", [&](const httplib::Request&, httplib::Response& res) {
    res.set_content(GzipForTest("<urlset><url><loc>" + base + "/e.html</loc></url></urlset>"),
                    "application/gzip");
  });
  const char* names[] = {"a", "b", "c", "d", "e"};
  for (const char* n : names) {
    std::string name = n;
    http.Get("/" + name + ".html", [name](const httplib::Request&, httplib::Response& res) {
      Html(res, Page("Story " + name, "Corvane Motors agreed to buy " + name +
                                          " Widgets Ltd for $400 million on Monday."));
    });
  }
  server.Start();
  TempDir dir;
  WriteFile(dir.File("c.toml"), Config("[[source]]\nname = \"Wire\"\nfeed = \"" + base +
                                       "/rss.xml\"\n"
                                       "[[source]]\nname = \"Desk\"\nfeed = \"" +
                                       base +
                                       "/atom.xml\"\n"
                                       "[[source]]\nname = \"Maps\"\nsitemap = \"" +
                                       base +
                                       "/sitemap_index.xml\"\n"
                                       "[[source]]\nname = \"Capped\"\nfeed = \"" +
                                       base + "/rss.xml\"\nmax_pages = 1\n"));
  std::string db = dir.File("n.db");
  CliResult r = RunCli({"fetch", "--config", dir.File("c.toml"), "--db", db, "--quiet"});
  INFO(r.err);
  CHECK(r.exit_code == 0);
  CHECK(r.err == "");
  CHECK(r.out.rfind("newsrecon fetch 1: 4 source(s) ok, 0 failed; 6 page(s) fetched, ", 0) == 0);
  CHECK(r.out.find("; 6 new document(s), 6 new article(s), 0 unchanged, 0 failed\ndatabase: " + db +
                   "\n") != std::string::npos);
  CHECK(server.Hits("/robots.txt") == 1);  // one host, read once for all four sources
  CHECK(server.Hits("/a.html") == 2);      // Wire and Capped each fetch their own copy
  CHECK(server.Hits("/b.html") == 1);      // Capped stops after max_pages = 1

  auto s = OpenStore(db);
  auto wire = s->LoadFeedItems(SourceId(*s, "Wire"));
  REQUIRE(wire.ok());
  REQUIRE(wire->size() == 2);
  CHECK((*wire)[0].url == base + "/a.html");  // canonical: the tracking parameter is gone
  CHECK((*wire)[0].title == "Alpha story");
  CHECK((*wire)[0].published == "2026-03-04T09:30:00-05:00");
  CHECK((*wire)[0].guid == "wire-1");
  CHECK((*wire)[0].origin == base + "/rss.xml");
  CHECK((*wire)[1].url == base + "/b.html");
  auto maps = s->LoadFeedItems(SourceId(*s, "Maps"));
  REQUIRE(maps.ok());
  REQUIRE(maps->size() == 2);
  auto a = s->ArticleIds("Wire", base + "/a.html");
  REQUIRE(a.ok());
  REQUIRE(a->size() == 1);
  CHECK(s->LoadArticle(a->front())->content.published == "2026-03-04T09:30:00-05:00");
  CHECK(ArticleAt(*s, base + "/c.html").content.published == "2026-03-05T08:00:00Z");
  CHECK(ArticleAt(*s, base + "/d.html").content.published == "2026-03-06");
  CHECK(ArticleAt(*s, base + "/e.html").content.title == "Story e");
  CHECK(ArticleAt(*s, base + "/d.html").source_name == "Maps");
}

TEST_CASE("the second run takes 304s and unchanged bytes without re-processing", "[fetch][e2e]") {
  TestServer server;
  auto& http = server.http();
  std::atomic<int> live_version{1};
  http.Get("/etag.html", [](const httplib::Request& req, httplib::Response& res) {
    if (req.get_header_value("If-None-Match") == "\"e1\"") {
      res.status = 304;
      return;
    }
    res.set_header("ETag", "\"e1\"");
    Html(res, Page("Tagged", "Nordaxis Cells will supply batteries to Corvane Motors."));
  });
  http.Get("/dated.html", [](const httplib::Request& req, httplib::Response& res) {
    if (req.has_header("If-Modified-Since")) {
      res.status = 304;
      return;
    }
    res.set_header("Last-Modified", "Wed, 04 Mar 2026 09:30:00 GMT");
    Html(res, Page("Dated", "Marrowgate Capital invested $2 billion in Nordaxis Cells."));
  });
  http.Get("/plain.html", [](const httplib::Request&, httplib::Response& res) {
    Html(res, Page("Plain", "Quillfen Materials was bought by Nordaxis Cells for $90 million."));
  });
  http.Get("/live.html", [&](const httplib::Request&, httplib::Response& res) {
    Html(res, Page("Live", "The live blog is at version " + std::to_string(live_version) + "."));
  });
  server.Start();
  TempDir dir;
  std::string base = server.Base();
  WriteFile(dir.File("c.toml"),
            Config("[[source]]\nname = \"Pages\"\nurls = [\"" + base + "/etag.html\", \"" + base +
                   "/dated.html\", \"" + base + "/plain.html\", \"" + base + "/live.html\"]\n"));
  std::string db = dir.File("n.db");
  CliResult first = RunCli({"fetch", "--config", dir.File("c.toml"), "--db", db});
  CHECK(first.exit_code == 0);
  CHECK(first.out.find("4 new article(s), 0 unchanged, 0 failed") != std::string::npos);
  int64_t documents = 0;
  {
    auto s = OpenStore(db);
    documents = *s->Count("documents");
    CHECK(documents == 4);
  }
  live_version = 2;
  CliResult second = RunCli({"fetch", "--config", dir.File("c.toml"), "--db", db, "--quiet"});
  INFO(second.out);
  INFO(second.err);
  CHECK(second.exit_code == 0);
  CHECK(second.out.find("1 new article(s), 3 unchanged, 0 failed") != std::string::npos);
  CHECK(server.LastHeader("/etag.html", "If-None-Match") == "\"e1\"");
  CHECK(server.LastHeader("/dated.html", "If-Modified-Since") == "Wed, 04 Mar 2026 09:30:00 GMT");
  auto s = OpenStore(db);
  CHECK(*s->Count("documents") == documents + 1);  // only the live page changed
  CHECK(*s->Count("articles") == 5);
  auto log = s->LoadFetchLog(2);
  REQUIRE(log.ok());
  std::map<std::string, int> status;
  for (const auto& e : *log) status[e.url] = e.status;
  CHECK(status[base + "/etag.html"] == 304);
  CHECK(status[base + "/dated.html"] == 304);
  CHECK(status[base + "/plain.html"] == 200);
  CHECK(status[base + "/live.html"] == 200);
}

// "Café owners said the “deal” was worth €5 million — a record." in windows-1252 and UTF-8.
const char kCp1252[] =
    "Caf\xE9 owners said the \x93"
    "deal\x94 was worth \x80"
    "5 million \x97 a record.";
const char kCp1252Utf8[] =
    "Caf\xC3\xA9 owners said the \xE2\x80\x9C"
    "deal\xE2\x80\x9D was worth "
    "\xE2\x82\xAC"
    "5 million \xE2\x80\x94 a record.";
// "東京の電池メーカーは新しい工場を建設すると発表した。" in Shift_JIS and UTF-8.
const char kSjis[] =
    "\x93\x8C\x8B\x9E\x82\xCC\x93\x64\x92\x72\x83\x81\x81\x5B\x83\x4A\x81\x5B\x82"
    "\xCD\x90\x56\x82\xB5\x82\xA2\x8D\x48\x8F\xEA\x82\xF0\x8C\x9A\x90\xDD\x82\xB7"
    "\x82\xE9\x82\xC6\x94\xAD\x95\x5C\x82\xB5\x82\xBD\x81\x42";
const char kSjisUtf8[] =
    "\xE6\x9D\xB1\xE4\xBA\xAC\xE3\x81\xAE\xE9\x9B\xBB\xE6\xB1\xA0\xE3\x83\xA1"
    "\xE3\x83\xBC\xE3\x82\xAB\xE3\x83\xBC\xE3\x81\xAF\xE6\x96\xB0\xE3\x81\x97"
    "\xE3\x81\x84\xE5\xB7\xA5\xE5\xA0\xB4\xE3\x82\x92\xE5\xBB\xBA\xE8\xA8\xAD"
    "\xE3\x81\x99\xE3\x82\x8B\xE3\x81\xA8\xE7\x99\xBA\xE8\xA1\xA8\xE3\x81\x97"
    "\xE3\x81\x9F\xE3\x80\x82";

TEST_CASE("pages in windows-1252 and Shift_JIS are stored as UTF-8 beside their bytes",
          "[fetch][e2e]") {
  TestServer server;
  auto& http = server.http();
  std::string cp1252 = Page("Cafe", kCp1252, "<meta charset=\"windows-1252\">");
  std::string sjis = Page("Tokyo", kSjis);
  std::string broken = Page("Broken", "Bytes \xFF\xFE that are not UTF-8 are kept, not dropped.");
  http.Get("/cp1252.html",
           [&](const httplib::Request&, httplib::Response& res) { Html(res, cp1252); });
  http.Get("/sjis.html", [&](const httplib::Request&, httplib::Response& res) {
    res.set_content(sjis, "text/html; charset=Shift_JIS");
  });
  http.Get("/broken.html", [&](const httplib::Request&, httplib::Response& res) {
    res.set_content(broken, "text/html; charset=utf-8");
  });
  server.Start();
  TempDir dir;
  std::string base = server.Base();
  WriteFile(dir.File("c.toml"),
            Config("[[source]]\nname = \"World\"\nurls = [\"" + base + "/cp1252.html\", \"" + base +
                   "/sjis.html\", \"" + base + "/broken.html\"]\n"));
  std::string db = dir.File("n.db");
  CliResult r = RunCli({"fetch", "--config", dir.File("c.toml"), "--db", db});
  INFO(r.err);
  CHECK(r.exit_code == 0);
  auto s = OpenStore(db);
  struct Case {
    std::string path, raw, text, charset, from;
    int64_t replaced;
  };
  const Case cases[] = {
      {"/cp1252.html", cp1252, kCp1252Utf8, "windows-1252", "meta", 0},
      {"/sjis.html", sjis, kSjisUtf8, "shift_jis", "header", 0},
      {"/broken.html", broken, "Bytes \xEF\xBF\xBD\xEF\xBF\xBD that are", "utf-8", "header", 2},
  };
  for (const Case& c : cases) {
    CAPTURE(c.path);
    core::Article article = ArticleAt(*s, base + c.path);
    CHECK(article.content.text.find(c.text) != std::string::npos);
    auto doc = s->LoadDocument(article.document_id);
    REQUIRE(doc.ok());
    CHECK(doc->body == c.raw);
    CHECK(doc->text.find(c.text) != std::string::npos);
    CHECK(doc->charset == c.charset);
    CHECK(doc->charset_from == c.from);
    CHECK(doc->replaced == c.replaced);
  }
}

TEST_CASE("failures are logged and listed, the rest stored, and the exit code is 3",
          "[fetch][e2e]") {
  TestServer server;
  auto& http = server.http();
  http.Get("/robots.txt", [](const httplib::Request&, httplib::Response& res) {
    res.set_content("User-agent: *\nDisallow: /private/\n", "text/plain");
  });
  http.Get("/down.rss", [](const httplib::Request&, httplib::Response& res) { res.status = 500; });
  http.Get("/ok.html", [](const httplib::Request&, httplib::Response& res) {
    Html(res, Page("Fine", "Corvane Motors will no longer pay Nordaxis Cells a share of revenue."));
  });
  http.Get("/empty.html", [](const httplib::Request&, httplib::Response& res) {
    Html(res, "<html><head><title>Nothing</title></head><body></body></html>");
  });
  http.Get("/report.pdf", [](const httplib::Request&, httplib::Response& res) {
    res.set_content("%PDF-1.4", "application/pdf");
  });
  server.Start();
  TempDir dir;
  std::string base = server.Base();
  WriteFile(dir.File("c.toml"), Config("[[source]]\nname = \"Broken\"\nfeed = \"" + base +
                                       "/down.rss\"\nretries = 0\n"
                                       "[[source]]\nname = \"Mixed\"\nurls = [\"" +
                                       base + "/ok.html\", \"" + base + "/nope.html\", \"" + base +
                                       "/private/x.html\", \"" + base +
                                       "/empty.html\", \"" + base + "/report.pdf\"]\n"));
  std::string db = dir.File("n.db");
  CliResult r = RunCli({"fetch", "--config", dir.File("c.toml"), "--db", db, "--quiet"});
  CHECK(r.exit_code == 3);
  CHECK(r.err == "newsrecon: run 1: failed: Broken: " + base +
                     "/down.rss: HTTP 500 Internal Server Error\n"
                     "newsrecon: run 1: failed: Mixed: " +
                     base +
                     "/nope.html: HTTP 404 Not Found\n"
                     "newsrecon: run 1: failed: Mixed: " +
                     base +
                     "/private/x.html: disallowed by robots.txt\n"
                     "newsrecon: run 1: failed: Mixed: " +
                     base + "/report.pdf: unsupported content type 'application/pdf'\n"
                     "newsrecon: run 1: rejected: Mixed: " + base + "/empty.html: no article text found\n");
  CHECK(r.out.rfind("newsrecon fetch 1: 0 source(s) ok, 2 failed; 3 page(s) fetched, ", 0) == 0);
  CHECK(r.out.find("; 2 new document(s), 1 new article(s), 0 unchanged, 1 rejected, 3 failed\n") !=
        std::string::npos);
  auto s = OpenStore(db);
  CHECK(*s->Count("articles") == 2);  // the article and the reject, stored with its reason
  auto log = s->LoadFetchLog(1);
  REQUIRE(log.ok());
  std::vector<std::string> rows;
  for (const auto& e : *log) {
    rows.push_back(e.url.substr(e.url.find("/", 8)) + " " + std::to_string(e.status) + " " +
                   e.error);
  }
  std::sort(rows.begin(), rows.end());
  CHECK(rows == std::vector<std::string>{
                    "/down.rss 500 HTTP 500 Internal Server Error",
                    "/empty.html 200 ",  // fetched fine; the document records the reject
                    "/nope.html 404 HTTP 404 Not Found",
                    "/ok.html 200 ",
                    "/private/x.html 0 disallowed by robots.txt",
                    "/report.pdf 200 unsupported content type 'application/pdf'",
                    "/robots.txt 200 ",  // (an ftp:// URL is a config error: cli_errors_test)
                });
}

TEST_CASE("fetch --no-extract stores documents and the next fetch makes their articles",
          "[fetch][e2e]") {
  TestServer server;
  server.http().Get(R"(/(\w+).html)", [](const httplib::Request& req, httplib::Response& res) {
    if (req.has_header("If-None-Match")) {
      res.status = 304;
      return;
    }
    res.set_header("ETag", "\"1\"");
    if (req.matches[1] == "menu") return Html(res, "<html><body><nav>Home</nav></body></html>");
    Html(res, Page("Story " + req.matches[1].str(),
                   "Corvane Motors said " + req.matches[1].str() + " would ship on Monday."));
  });
  server.Start();
  TempDir dir;
  std::string base = server.Base();
  WriteFile(dir.File("c.toml"),
            Config("[[source]]\nname = \"Later\"\nurls = [\"" + base + "/one.html\", \"" + base +
                   "/two.html\", \"" + base + "/menu.html\"]\n"));
  std::string db = dir.File("n.db");
  CliResult first = RunCli({"fetch", "--config", dir.File("c.toml"), "--no-extract", "--db", db});
  INFO(first.err);
  CHECK(first.exit_code == 0);
  CHECK(first.out.find("; 3 new document(s), 0 new article(s), 0 unchanged, 0 failed\n") !=
        std::string::npos);
  {
    auto s = OpenStore(db);
    CHECK(*s->Count("documents") == 3);
    CHECK(*s->Count("articles") == 0);
  }
  CliResult second = RunCli({"fetch", "--config", dir.File("c.toml"), "--db", db, "--quiet"});
  INFO(second.out);
  CHECK(second.exit_code == 3);
  CHECK(second.out.find("; 0 new document(s), 2 new article(s), 3 unchanged, 1 rejected, 0 failed\n") !=
        std::string::npos);
  CHECK(second.err == "newsrecon: run 2: rejected: Later: " + base + "/menu.html: no article text found\n");
  CliResult third = RunCli({"fetch", "--config", dir.File("c.toml"), "--db", db});
  CHECK(third.exit_code == 0);  // the reject is stored: not tried, nor listed, again
  CHECK(third.out.find("; 0 new document(s), 0 new article(s), 3 unchanged, 0 failed\n") !=
        std::string::npos);
  auto s = OpenStore(db);
  CHECK(*s->Count("articles") == 3);  // the two articles and the reject, stored with its reason
}

TEST_CASE("run fetches its remote sources, then extracts and reconciles", "[fetch][e2e]") {
  TestServer server;
  server.http().Get("/story.html", [](const httplib::Request&, httplib::Response& res) {
    Html(res, Page("Deal", "Corvane Motors agreed to pay Nordaxis Cells $400 million on Monday."));
  });
  server.Start();
  TempDir dir;
  WriteFile(dir.File("c.toml"),
            Config("[[source]]\nname = \"One\"\nurls = [\"" + server.Url("/story.html") + "\"]\n"));
  CliResult r = RunCli({"run", "--config", dir.File("c.toml"), "--db", dir.File("n.db"),
                        "--report-dir", dir.File("reports")});
  INFO(r.err);
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("sources:        1 ok, 0 failed\n") != std::string::npos);
  CHECK(r.out.find("articles:       1 new, 0 unchanged, 0 failed\n") != std::string::npos);
  CHECK(Exists(dir.File("reports/contradictions.json")));
}

}  // namespace
}  // namespace newsrecon::testing
