// An HTTP server on 127.0.0.1 inside the test process (cpp-httplib), on a port the system
// picks, with a record of what it was asked.
//
//   TestServer server;
//   server.http().Get("/a", [](const httplib::Request&, httplib::Response& res) {...});
//   server.Start();
//   Fetch(server.Url("/a"));
#ifndef NEWSRECON_TESTS_FETCH_TEST_SERVER_H_
#define NEWSRECON_TESTS_FETCH_TEST_SERVER_H_

#include <httplib.h>

#include <atomic>
#include <map>
#include <mutex>
#include <string>
#include <thread>

namespace newsrecon::testing {

class TestServer {
 public:
  TestServer();   // binds; register handlers on http(), then Start()
  ~TestServer();  // stops hanging handlers, the server, and joins its thread
  TestServer(const TestServer&) = delete;
  TestServer& operator=(const TestServer&) = delete;

  httplib::Server& http() { return server_; }
  void Start();
  int port() const { return port_; }
  std::string Base() const { return "http://127.0.0.1:" + std::to_string(port_); }
  std::string Url(const std::string& path) const { return Base() + path; }

  // Requests seen for `path`, and the last value of a request header for it.
  int Hits(const std::string& path) const;
  std::string LastHeader(const std::string& path, const std::string& name) const;

  // For handlers that never answer: waits `ms` or until the server is being stopped.
  void Hang(int ms) const;

 private:
  httplib::Server server_;
  int port_ = 0;
  std::thread thread_;
  mutable std::mutex mu_;
  std::map<std::string, int> hits_;
  std::map<std::string, httplib::Headers> headers_;
  std::atomic<bool> stopping_{false};
};

// `text` gzip-compressed (for Content-Encoding and .gz files).
std::string GzipForTest(const std::string& text);

}  // namespace newsrecon::testing

#endif  // NEWSRECON_TESTS_FETCH_TEST_SERVER_H_
