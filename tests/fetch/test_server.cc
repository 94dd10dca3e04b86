// TestServer: cpp-httplib on a loopback port, counting requests.
#include "tests/fetch/test_server.h"

#include <zlib.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>

namespace newsrecon::testing {

TestServer::TestServer() {
  port_ = server_.bind_to_any_port("127.0.0.1");
  if (port_ <= 0) {
    std::fprintf(stderr, "test server: cannot bind 127.0.0.1\n");
    std::abort();
  }
  server_.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response&) {
    std::lock_guard<std::mutex> lock(mu_);
    ++hits_[req.path];
    headers_[req.path] = req.headers;
    return httplib::Server::HandlerResponse::Unhandled;
  });
}

TestServer::~TestServer() {
  stopping_ = true;
  server_.stop();
  if (thread_.joinable()) thread_.join();
}

void TestServer::Start() {
  thread_ = std::thread([this] { server_.listen_after_bind(); });
}

int TestServer::Hits(const std::string& path) const {
  std::lock_guard<std::mutex> lock(mu_);
  auto it = hits_.find(path);
  return it == hits_.end() ? 0 : it->second;
}

std::string TestServer::LastHeader(const std::string& path, const std::string& name) const {
  std::lock_guard<std::mutex> lock(mu_);
  auto it = headers_.find(path);
  if (it == headers_.end()) return "";
  auto h = it->second.find(name);
  return h == it->second.end() ? "" : h->second;
}

void TestServer::Hang(int ms) const {
  auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(ms);
  while (!stopping_ && std::chrono::steady_clock::now() < until) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
}

std::string GzipForTest(const std::string& text) {
  z_stream z{};
  deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&z, static_cast<uLong>(text.size())), '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(text.data()));
  z.avail_in = static_cast<uInt>(text.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

}  // namespace newsrecon::testing
