// The scratch PostgreSQL server for the tests, and fresh databases on either engine.
#include "tests/pg_support.h"

#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <mutex>
#include <sstream>

namespace newsrecon::testing {
namespace {

const char kScript[] = NEWSRECON_SOURCE_DIR "/tests/pg_server.sh";

std::string Quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

std::string FirstLine(const std::string& text) { return text.substr(0, text.find('\n')); }

// psql from the same installation as the server binaries pg_server.sh uses.
std::string PsqlBinary() {
  const char* bin = std::getenv("NEWSRECON_PG_BIN");
  if (bin != nullptr) return std::string(bin) + "/psql";
  return "psql";
}

}  // namespace

PgServer* PgServer::Shared(std::string* why) {
  static std::mutex mu;
  static std::unique_ptr<PgServer> server;
  static std::string failure;
  std::lock_guard<std::mutex> lock(mu);
  if (server) return server.get();
  if (!failure.empty()) {
    *why = failure;
    return nullptr;
  }
  const char* given = std::getenv("NEWSRECON_TEST_PG_INFO");
  if (given != nullptr && *given != '\0') {
    std::string info = ReadFile(given);
    REQUIRE_FALSE(info.empty());  // the ctest fixture pg_server_start writes it
    server.reset(new PgServer(FirstLine(info), "", false));
    return server.get();
  }
  std::string info = "/tmp/newsrecon-pg-info-" + std::to_string(getpid());
  int status = std::system((std::string(kScript) + " start " + Quote(info)).c_str());
  int code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  if (code == 77) {
    failure = "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): skipped";
    *why = failure;
    return nullptr;
  }
  REQUIRE(code == 0);
  server.reset(new PgServer(FirstLine(ReadFile(info)), info, true));
  return server.get();
}

PgServer::~PgServer() {
  if (owned_) (void)std::system((std::string(kScript) + " stop " + Quote(info_)).c_str());
}

std::string PgServer::NewDatabase() {
  static std::atomic<int> counter{0};
  std::string name = "nrtest_" + std::to_string(getpid()) + "_" + std::to_string(++counter);
  Psql(base_ + "/postgres", "CREATE DATABASE " + name);
  return base_ + "/" + name;
}

std::string PgServer::Psql(const std::string& url, const std::string& sql) const {
  TempDir dir;
  WriteFile(dir.File("sql"), sql);
  std::string command = PsqlBinary() + " " + Quote(url) +
                        " -X -q -A -t -v ON_ERROR_STOP=1 -f " + dir.File("sql") + " >" +
                        dir.File("out") + " 2>" + dir.File("err");
  int status = std::system(command.c_str());
  INFO(ReadFile(dir.File("err")));
  REQUIRE((WIFEXITED(status) && WEXITSTATUS(status) == 0));
  return ReadFile(dir.File("out"));
}

bool TestingPostgres() {
  const char* info = std::getenv("NEWSRECON_TEST_PG_INFO");
  const char* backend = std::getenv("NEWSRECON_TEST_BACKEND");
  return (info != nullptr && *info != '\0') ||
         (backend != nullptr && std::string(backend) == "postgresql");
}

std::string FreshDb(const TempDir& dir, const std::string& name) {
  if (!TestingPostgres()) return dir.File(name);
  std::string why;
  PgServer* server = PgServer::Shared(&why);
  if (server == nullptr) FAIL(why);
  return server->NewDatabase();
}

std::unique_ptr<store::Store> StoreWithArticle(const std::string& db, const store::ArticleWrite& article) {
  auto store = store::Store::Open(db);
  REQUIRE(store.ok());
  auto source = (*store)->UpsertSource({0, "Wire", core::SourceKind::kFiles, ""});
  REQUIRE(source.ok());
  REQUIRE((*store)->PutArticle(*source, article).ok());
  return std::move(*store);
}

}  // namespace newsrecon::testing
