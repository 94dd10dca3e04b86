// A loopback HTTP/1.1 server for the fetch benchmark: serves COUNT article pages made from
// the sample pages (each made unique), /robots.txt and /urls.txt, from memory, with
// keep-alive, on one epoll thread so the client's cost is what gets measured.
//
//   server PAGES_DIR COUNT PORT_FILE      (writes the port it bound to PORT_FILE)
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

namespace {

std::string Response(int status, const std::string& type, const std::string& body) {
  std::string reason = status == 200 ? "OK" : "Not Found";
  return "HTTP/1.1 " + std::to_string(status) + " " + reason + "\r\nContent-Type: " + type +
         "\r\nContent-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
}

// The sample pages, each copy made unique: a numbered sentence opens its third paragraph.
std::vector<std::string> Templates(const std::string& dir) {
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    if (e.path().extension() == ".html") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  std::vector<std::string> out;
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    out.push_back(s.str());
  }
  return out;
}

std::string MakePage(const std::string& page, int i) {
  size_t at = 0;
  for (int k = 0; k < 3; ++k) {
    size_t next = page.find("<p>", at == 0 ? 0 : at + 3);
    if (next == std::string::npos) break;
    at = next;
  }
  std::string unique = "<p>Bulletin " + std::to_string(i) + ": the desk filed update number " +
                       std::to_string(i * 7 + 3) + " on this story. ";
  return page.substr(0, at) + unique + page.substr(at + 3);
}

struct Connection {
  std::string in;
  std::string out;
  size_t sent = 0;
};

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::fprintf(stderr, "usage: server PAGES_DIR COUNT PORT_FILE\n");
    return 2;
  }
  std::vector<std::string> templates = Templates(argv[1]);
  int count = std::atoi(argv[2]);
  if (templates.empty() || count <= 0) return 2;
  std::unordered_map<std::string, std::string> routes;
  std::string urls;
  for (int i = 0; i < count; ++i) {
    std::string path = "/p/" + std::to_string(i) + ".html";
    routes[path] = Response(200, "text/html; charset=utf-8",
                            MakePage(templates[static_cast<size_t>(i) % templates.size()], i));
    urls += path + "\n";
  }
  routes["/robots.txt"] = Response(200, "text/plain", "User-agent: *\nDisallow: /admin/\n");
  routes["/urls.txt"] = Response(200, "text/plain", urls);
  const std::string not_found = Response(404, "text/plain", "not found\n");

  int listener = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
  int one = 1;
  setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (bind(listener, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 ||
      listen(listener, 1024) != 0) {
    std::perror("bind");
    return 1;
  }
  socklen_t length = sizeof addr;
  getsockname(listener, reinterpret_cast<sockaddr*>(&addr), &length);
  std::ofstream(argv[3]) << ntohs(addr.sin_port) << "\n";

  int ep = epoll_create1(0);
  epoll_event ev{};
  ev.events = EPOLLIN;
  ev.data.fd = listener;
  epoll_ctl(ep, EPOLL_CTL_ADD, listener, &ev);
  std::unordered_map<int, Connection> connections;
  std::vector<epoll_event> events(256);
  char buffer[16384];
  for (;;) {
    int n = epoll_wait(ep, events.data(), static_cast<int>(events.size()), -1);
    for (int k = 0; k < n; ++k) {
      int fd = events[static_cast<size_t>(k)].data.fd;
      if (fd == listener) {
        for (int c; (c = accept4(listener, nullptr, nullptr, SOCK_NONBLOCK)) >= 0;) {
          setsockopt(c, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
          epoll_event cev{};
          cev.events = EPOLLIN | EPOLLOUT | EPOLLET;
          cev.data.fd = c;
          epoll_ctl(ep, EPOLL_CTL_ADD, c, &cev);
          connections[c];
        }
        continue;
      }
      Connection& conn = connections[fd];
      bool closed = false;
      for (;;) {
        ssize_t got = read(fd, buffer, sizeof buffer);
        if (got > 0) {
          conn.in.append(buffer, static_cast<size_t>(got));
        } else {
          closed = got == 0 || (errno != EAGAIN && errno != EWOULDBLOCK);
          break;
        }
      }
      // Answer every complete request (GET only; bodies are not expected).
      for (size_t end; (end = conn.in.find("\r\n\r\n")) != std::string::npos;) {
        std::string line = conn.in.substr(0, conn.in.find("\r\n"));
        conn.in.erase(0, end + 4);
        size_t a = line.find(' '), b = line.find(' ', a + 1);
        std::string path = a == std::string::npos ? "" : line.substr(a + 1, b - a - 1);
        auto route = routes.find(path);
        conn.out += route == routes.end() ? not_found : route->second;
      }
      while (conn.sent < conn.out.size()) {
        ssize_t put = write(fd, conn.out.data() + conn.sent, conn.out.size() - conn.sent);
        if (put <= 0) break;
        conn.sent += static_cast<size_t>(put);
      }
      if (conn.sent == conn.out.size()) {
        conn.out.clear();
        conn.sent = 0;
      }
      if (closed) {
        close(fd);
        connections.erase(fd);
      }
    }
  }
}
