// The Fetcher on the wire, against a cpp-httplib server on 127.0.0.1: redirects, refusals,
// retries, Retry-After, timeouts, size limits, robots.txt, conditional GETs, politeness.
#include "fetch/fetcher.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "tests/fetch/test_server.h"

namespace newsrecon::testing {
namespace {

using fetch::Response;

fetch::FetchOptions TestOptions() {
  fetch::FetchOptions o;
  o.policy.user_agent = "newsrecon-test/1.0";
  o.policy.connect_timeout_ms = 1000;
  o.policy.timeout_ms = 2000;
  o.policy.retries = 2;
  o.policy.backoff_ms = 10;
  o.policy.max_retry_after_ms = 60000;
  return o;
}

std::vector<Response> FetchAll(const fetch::FetchOptions& options,
                               const std::vector<std::string>& urls) {
  std::vector<Response> out(urls.size());
  fetch::Fetcher fetcher(options);
  for (size_t i = 0; i < urls.size(); ++i) {
    fetch::Request request{urls[i], "", "", options.policy};
    fetcher.Add(request, [&out, i](Response&& r) { out[i] = std::move(r); });
  }
  REQUIRE(fetcher.Run().ok());
  return out;
}

Response FetchOne(const fetch::FetchOptions& options, const std::string& url) {
  return FetchAll(options, {url})[0];
}

// The statuses of the attempts at `url` and after (robots.txt fetches are listed too).
std::vector<int> Statuses(const Response& r) {
  std::vector<int> out;
  for (const auto& a : r.attempts) out.push_back(a.status);
  return out;
}

// A loopback port nothing listens on: bound, then closed.
int ClosedPort() {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
  socklen_t length = sizeof addr;
  getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &length);
  close(fd);
  return ntohs(addr.sin_port);
}

void Text(httplib::Response& res, const std::string& body, const char* type = "text/plain") {
  res.set_content(body, type);
}

TEST_CASE("redirects are followed, and loops, limits and other schemes refused", "[fetch]") {
  TestServer server;
  auto& http = server.http();
  http.Get("/chain/1", [](const httplib::Request&, httplib::Response& res) {
    res.set_redirect("/chain/2", 302);
  });
  http.Get("/chain/2", [&](const httplib::Request&, httplib::Response& res) {
    res.set_redirect(server.Url("/chain/3"), 301);
  });
  http.Get("/chain/3", [](const httplib::Request&, httplib::Response& res) {
    res.set_redirect("4", 307);  // relative to /chain/3
  });
  http.Get("/chain/4", [](const httplib::Request&, httplib::Response& res) { Text(res, "done"); });
  http.Get("/loop/a", [](const httplib::Request&, httplib::Response& res) {
    res.set_redirect("/loop/b", 302);
  });
  http.Get("/loop/b", [](const httplib::Request&, httplib::Response& res) {
    res.set_redirect("/loop/a", 302);
  });
  http.Get(R"(/hop/(\d+))", [](const httplib::Request& req, httplib::Response& res) {
    res.set_redirect("/hop/" + std::to_string(std::stoi(req.matches[1]) + 1), 302);
  });
  http.Get("/to-ftp", [](const httplib::Request&, httplib::Response& res) {
    res.set_redirect("ftp://127.0.0.1/file.txt", 302);
  });
  http.Get("/to-file", [](const httplib::Request&, httplib::Response& res) {
    res.set_redirect("file:///etc/passwd", 301);
  });
  server.Start();
  fetch::FetchOptions options = TestOptions();
  options.policy.max_redirects = 3;

  Response chain = FetchOne(options, server.Url("/chain/1"));
  CHECK(chain.error.message() == "");
  CHECK(chain.body == "done");
  CHECK(chain.status == 200);
  CHECK(chain.url == server.Url("/chain/1"));
  CHECK(chain.final_url == server.Url("/chain/4"));
  CHECK(Statuses(chain) == std::vector<int>{404, 302, 301, 307, 200});  // robots.txt first
  CHECK(chain.attempts[1].url == server.Url("/chain/1"));
  CHECK(chain.attempts[4].url == server.Url("/chain/4"));

  struct Case {
    std::string path;
    std::string error;
  };
  const Case cases[] = {
      {"/loop/a", "redirect loop: " + server.Url("/loop/a") + " -> " + server.Url("/loop/b") +
                      " -> " + server.Url("/loop/a")},
      {"/hop/1", "more than 3 redirects"},
      {"/to-ftp", "redirect to unsupported scheme 'ftp': ftp://127.0.0.1/file.txt"},
      {"/to-file", "redirect to unsupported scheme 'file': file:///etc/passwd"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.path);
    Response r = FetchOne(options, server.Url(c.path));
    CHECK(r.error.message() == c.error);
    CHECK(r.body.empty());
  }
  CHECK(server.Hits("/hop/5") == 0);
}

TEST_CASE("4xx fails at once but 5xx and 429 are retried, honouring Retry-After", "[fetch]") {
  TestServer server;
  auto& http = server.http();
  std::atomic<int> flaky{0}, limited{0};
  http.Get("/flaky", [&](const httplib::Request&, httplib::Response& res) {
    if (flaky++ == 0) {
      res.status = 500;
      return;
    }
    Text(res, "recovered");
  });
  http.Get("/down", [](const httplib::Request&, httplib::Response& res) { res.status = 503; });
  http.Get("/limited", [&](const httplib::Request&, httplib::Response& res) {
    if (limited++ == 0) {
      res.status = 429;
      res.set_header("Retry-After", "1");
      return;
    }
    Text(res, "your turn");
  });
  http.Get("/go-away", [](const httplib::Request&, httplib::Response& res) {
    res.status = 429;
    res.set_header("Retry-After", "3600");
  });
  server.Start();
  fetch::FetchOptions options = TestOptions();

  Response missing = FetchOne(options, server.Url("/missing"));
  CHECK(missing.error.message() == "HTTP 404 Not Found");
  CHECK(missing.status == 404);
  CHECK(server.Hits("/missing") == 1);

  Response recovered = FetchOne(options, server.Url("/flaky"));
  CHECK(recovered.error.ok());
  CHECK(recovered.body == "recovered");
  CHECK(Statuses(recovered) == std::vector<int>{404, 500, 200});
  CHECK(recovered.attempts[1].error == "HTTP 500 Internal Server Error");
  CHECK(recovered.attempts[2].error == "");

  Response down = FetchOne(options, server.Url("/down"));
  CHECK(down.error.message() == "HTTP 503 Service Unavailable (after 3 attempts)");
  CHECK(server.Hits("/down") == 3);

  auto start = std::chrono::steady_clock::now();
  Response waited = FetchOne(options, server.Url("/limited"));
  auto took = std::chrono::steady_clock::now() - start;
  CHECK(waited.error.ok());
  CHECK(waited.body == "your turn");
  CHECK(Statuses(waited) == std::vector<int>{404, 429, 200});
  CHECK(took >= std::chrono::milliseconds(1000));  // Retry-After: 1, not the 10 ms backoff

  Response refused = FetchOne(options, server.Url("/go-away"));
  CHECK(refused.error.message() ==
        "HTTP 429 Too Many Requests: Retry-After of 3600 s is over the 60 s limit");
  CHECK(server.Hits("/go-away") == 1);
}

TEST_CASE("a server that never answers times out and a closed port is retried then given up",
          "[fetch]") {
  TestServer server;
  server.http().Get("/hang", [&](const httplib::Request&, httplib::Response& res) {
    server.Hang(5000);
    Text(res, "too late");
  });
  server.Start();
  fetch::FetchOptions options = TestOptions();
  options.policy.timeout_ms = 300;
  options.policy.retries = 1;
  auto start = std::chrono::steady_clock::now();
  Response r = FetchOne(options, server.Url("/hang"));
  CHECK(r.error.message() == "timed out after 300 ms (after 2 attempts)");
  CHECK(r.status == 0);
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::milliseconds(2000));

  int closed_port = ClosedPort();
  options.policy.respect_robots = false;
  std::string host = "127.0.0.1:" + std::to_string(closed_port);
  Response refused = FetchOne(options, "http://" + host + "/page");
  CHECK(refused.error.message() == "cannot connect to " + host + " (after 2 attempts)");
  CHECK(refused.attempts.size() == 2);
}

TEST_CASE("bodies over the limit are cut off, before and after decompression", "[fetch]") {
  TestServer server;
  auto& http = server.http();
  // Not a compressible type: cpp-httplib would otherwise compress these again.
  http.Get("/big", [](const httplib::Request&, httplib::Response& res) {
    res.set_content(std::string(5000, 'x'), "application/octet-stream");
  });
  http.Get("/big-chunked", [](const httplib::Request&, httplib::Response& res) {
    res.set_chunked_content_provider("application/octet-stream",
                                     [](size_t offset, httplib::DataSink& sink) {
                                       std::string chunk(500, 'y');
                                       sink.write(chunk.data(), chunk.size());
                                       if (offset >= 4500) sink.done();
                                       return true;
                                     });
  });
  std::string bomb = GzipForTest(std::string(20 << 20, '\0'));  // 20 MiB of zeros
  http.Get("/bomb", [&](const httplib::Request&, httplib::Response& res) {
    res.set_header("Content-Encoding", "gzip");
    res.set_content(bomb, "application/octet-stream");
  });
  http.Get("/small.gz", [](const httplib::Request&, httplib::Response& res) {
    res.set_header("Content-Encoding", "gzip");
    res.set_content(GzipForTest("hello, compressed world"), "application/octet-stream");
  });
  server.Start();
  fetch::FetchOptions options = TestOptions();
  options.policy.max_body_bytes = 1000;
  std::vector<Response> r =
      FetchAll(options, {server.Url("/big"), server.Url("/big-chunked"), server.Url("/small.gz")});
  CHECK(r[0].error.message() == "body larger than the 1000-byte limit");
  CHECK(r[1].error.message() == "body larger than the 1000-byte limit");
  CHECK(r[2].error.ok());
  CHECK(r[2].body == "hello, compressed world");
  CHECK(server.Hits("/big") == 1);  // not retried

  CHECK(bomb.size() < 100 * 1024);
  options.policy.max_body_bytes = 1 << 20;
  Response b = FetchOne(options, server.Url("/bomb"));
  CHECK(b.error.message() == "body larger than the 1048576-byte limit after decompression");
  CHECK(b.body.empty());
  CHECK(b.attempts.back().bytes == 1 << 20);
}

TEST_CASE("robots.txt is read once per host and obeyed, with our User-Agent", "[fetch]") {
  TestServer server;
  auto& http = server.http();
  http.Get("/robots.txt", [](const httplib::Request&, httplib::Response& res) {
    Text(res,
         "User-agent: *\nDisallow: /\n\n"
         "User-agent: newsrecon-test\nDisallow: /private/\nAllow: /private/open\n");
  });
  for (const char* path : {"/news/1", "/news/2", "/private/open", "/private/closed"}) {
    http.Get(path,
             [](const httplib::Request& req, httplib::Response& res) { Text(res, req.path); });
  }
  server.Start();
  std::vector<Response> r =
      FetchAll(TestOptions(), {server.Url("/news/1"), server.Url("/news/2"),
                               server.Url("/private/open"), server.Url("/private/closed")});
  CHECK(r[0].body == "/news/1");
  CHECK(r[1].body == "/news/2");
  CHECK(r[2].body == "/private/open");
  CHECK(r[3].error.message() == "disallowed by robots.txt");
  CHECK(server.Hits("/robots.txt") == 1);
  CHECK(server.Hits("/private/closed") == 0);
  CHECK(server.LastHeader("/news/1", "User-Agent") == "newsrecon-test/1.0");
  CHECK(server.LastHeader("/robots.txt", "User-Agent") == "newsrecon-test/1.0");

  fetch::FetchOptions ignore = TestOptions();
  ignore.policy.respect_robots = false;
  CHECK(FetchOne(ignore, server.Url("/private/closed")).body == "/private/closed");
}

TEST_CASE("robots.txt that fails with 5xx keeps the whole host off limits", "[fetch]") {
  TestServer server;
  server.http().Get("/robots.txt",
                    [](const httplib::Request&, httplib::Response& res) { res.status = 500; });
  server.http().Get("/page",
                    [](const httplib::Request&, httplib::Response& res) { Text(res, "x"); });
  server.Start();
  fetch::FetchOptions options = TestOptions();
  options.policy.retries = 1;
  Response r = FetchOne(options, server.Url("/page"));
  CHECK(r.error.message() ==
        "robots.txt unavailable: HTTP 500 Internal Server Error (after 2 attempts)");
  CHECK(server.Hits("/page") == 0);
  CHECK(r.attempts.size() == 2);  // both robots.txt attempts, recorded with the page
}

TEST_CASE("conditional GETs send the validators and take a 304", "[fetch]") {
  TestServer server;
  server.http().Get("/story", [](const httplib::Request& req, httplib::Response& res) {
    if (req.get_header_value("If-None-Match") == "\"v1\"") {
      res.status = 304;
      return;
    }
    res.set_header("ETag", "\"v1\"");
    res.set_header("Last-Modified", "Wed, 04 Mar 2026 09:30:00 GMT");
    Text(res, "<p>story</p>", "text/html");
  });
  server.Start();
  fetch::FetchOptions options = TestOptions();
  Response first = FetchOne(options, server.Url("/story"));
  CHECK(first.status == 200);
  CHECK(first.etag == "\"v1\"");
  CHECK(first.last_modified == "Wed, 04 Mar 2026 09:30:00 GMT");
  CHECK(first.body == "<p>story</p>");

  fetch::Fetcher fetcher(options);
  Response second;
  fetcher.Add({server.Url("/story"), first.etag, first.last_modified, options.policy},
              [&](Response&& r) { second = std::move(r); });
  REQUIRE(fetcher.Run().ok());
  CHECK(second.error.ok());
  CHECK(second.status == 304);
  CHECK(second.not_modified);
  CHECK(second.body.empty());
  CHECK(server.LastHeader("/story", "If-None-Match") == "\"v1\"");
  CHECK(server.LastHeader("/story", "If-Modified-Since") == "Wed, 04 Mar 2026 09:30:00 GMT");
}

TEST_CASE("transfers per host are capped and spaced by the delay", "[fetch]") {
  TestServer server;
  std::atomic<int> current{0}, peak{0};
  std::mutex mu;
  std::vector<std::chrono::steady_clock::time_point> starts;
  server.http().Get(R"(/slow/(\d+))", [&](const httplib::Request& req, httplib::Response& res) {
    int now = ++current;
    for (int p = peak; now > p && !peak.compare_exchange_weak(p, now);) {
    }
    {
      std::lock_guard<std::mutex> lock(mu);
      starts.push_back(std::chrono::steady_clock::now());
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(60));
    --current;
    Text(res, req.matches[1]);
  });
  server.Start();
  fetch::FetchOptions options = TestOptions();
  options.max_per_host = 2;
  options.policy.respect_robots = false;
  std::vector<std::string> urls;
  for (int i = 0; i < 6; ++i) urls.push_back(server.Url("/slow/" + std::to_string(i)));
  std::vector<Response> r = FetchAll(options, urls);
  for (int i = 0; i < 6; ++i) CHECK(r[static_cast<size_t>(i)].body == std::to_string(i));
  CHECK(peak == 2);

  starts.clear();
  options.max_per_host = 4;
  options.policy.delay_ms = 150;
  FetchAll(options, {urls[0], urls[1], urls[2]});
  REQUIRE(starts.size() == 3);
  CHECK(starts[1] - starts[0] >= std::chrono::milliseconds(140));
  CHECK(starts[2] - starts[1] >= std::chrono::milliseconds(140));
}

// Slots shared by the fetchers of one process, as cli/run_config.cc's shares them through
// the database between workers: the fetcher's part (taking a slot before each transfer,
// freeing it after) is what this checks. No robots.txt, no spacing.
class MemoryHosts : public fetch::SharedHosts {
 public:
  std::optional<std::string> LoadRobots(const std::string&) override { return std::nullopt; }
  void SaveRobots(const std::string&, const std::string&) override {}
  int64_t ClaimStart(const std::string&, int) override { return 0; }
  int TakeSlot(const std::string& host, int slots, int64_t) override {
    std::lock_guard<std::mutex> lock(mu_);
    std::vector<bool>& held = held_[host];
    held.resize(std::max(held.size(), static_cast<size_t>(slots)));
    for (int i = 0; i < slots; ++i) {
      if (!held[static_cast<size_t>(i)]) {
        held[static_cast<size_t>(i)] = true;
        return i;
      }
    }
    return -1;
  }
  void ReleaseSlot(const std::string& host, int slot) override {
    std::lock_guard<std::mutex> lock(mu_);
    held_[host][static_cast<size_t>(slot)] = false;
  }
  int Held() {
    std::lock_guard<std::mutex> lock(mu_);
    int n = 0;
    for (const auto& [host, held] : held_) n += static_cast<int>(std::count(held.begin(), held.end(), true));
    return n;
  }

 private:
  std::mutex mu_;
  std::map<std::string, std::vector<bool>> held_;
};

TEST_CASE("fetchers sharing a host's slots hold max_per_host transfers at once between them",
          "[fetch]") {
  TestServer server;
  std::atomic<int> current{0}, peak{0};
  server.http().Get(R"(/slow/(\d+))", [&](const httplib::Request& req, httplib::Response& res) {
    int now = ++current;
    for (int p = peak; now > p && !peak.compare_exchange_weak(p, now);) {
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(80));
    --current;
    Text(res, req.matches[1]);
  });
  server.Start();
  const struct {
    int max_per_host;
    bool shared;
    int most;  // transfers at once the server may see
  } cases[] = {{1, true, 1}, {2, true, 2}, {1, false, 3}};
  for (const auto& c : cases) {
    CAPTURE(c.max_per_host, c.shared);
    peak = 0;
    auto shared = std::make_shared<MemoryHosts>();
    fetch::FetchOptions options = TestOptions();
    options.max_per_host = c.max_per_host;
    options.policy.respect_robots = false;
    if (c.shared) options.shared = shared;
    // Three fetchers (as three workers would), four requests to the one host each.
    std::vector<std::thread> fetchers;
    std::atomic<int> ok{0};
    for (int f = 0; f < 3; ++f) {
      fetchers.emplace_back([&, f] {
        std::vector<std::string> urls;
        for (int i = 0; i < 4; ++i) urls.push_back(server.Url("/slow/" + std::to_string(f * 4 + i)));
        fetch::Fetcher fetcher(options);
        for (const std::string& url : urls) {
          fetcher.Add({url, "", "", options.policy}, [&ok](Response&& r) { ok += r.error.ok(); });
        }
        if (fetcher.Run().ok()) ok += 100;
      });
    }
    for (std::thread& t : fetchers) t.join();
    CHECK(ok == 3 * 100 + 12);
    CHECK(peak <= c.most);
    if (c.shared) CHECK(peak == c.max_per_host);  // and the slots are all used
    // Sharing is what holds them to max_per_host: each alone would keep one transfer
    // going, so between them the server sees up to three.
    if (!c.shared) CHECK(peak > c.max_per_host);
    CHECK(shared->Held() == 0);  // every slot freed as its transfer ended
  }
}

TEST_CASE("compressed responses are accepted and decoded and bad URLs are refused", "[fetch]") {
  TestServer server;
  std::string page = "<html><body>";
  for (int i = 0; i < 500; ++i) page += "<p>Paragraph " + std::to_string(i) + " of the story.</p>";
  page += "</body></html>";
  server.http().Get("/page.html", [&](const httplib::Request&, httplib::Response& res) {
    Text(res, page, "text/html; charset=utf-8");  // cpp-httplib compresses text for us
  });
  server.Start();
  std::vector<Response> r =
      FetchAll(TestOptions(), {server.Url("/page.html"), "ftp://127.0.0.1/x", "no url at all"});
  CHECK(server.LastHeader("/page.html", "Accept-Encoding") == "gzip, deflate, br");
  CHECK(!r[0].Header("content-encoding").empty());
  CHECK(r[0].body == page);
  CHECK(r[0].content_type == "text/html; charset=utf-8");
  CHECK(r[1].error.message() == "unsupported scheme 'ftp'");
  CHECK(r[2].error.message() == "not a valid URL");
}

TEST_CASE("a cancelled run stops soon, without calling back", "[fetch]") {
  TestServer server;
  server.http().Get("/hang", [&](const httplib::Request&, httplib::Response& res) {
    server.Hang(5000);
    Text(res, "too late");
  });
  server.Start();
  fetch::FetchOptions options = TestOptions();
  options.policy.respect_robots = false;
  fetch::Fetcher fetcher(options);
  bool called = false;
  fetcher.Add({server.Url("/hang"), "", "", options.policy}, [&](Response&&) { called = true; });
  std::atomic<bool> cancel{false};
  std::thread canceller([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    cancel = true;
  });
  auto start = std::chrono::steady_clock::now();
  CHECK(fetcher.Run(&cancel).ok());
  canceller.join();
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::milliseconds(1000));
  CHECK_FALSE(called);
}

}  // namespace
}  // namespace newsrecon::testing
