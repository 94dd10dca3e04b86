// Test helpers.
#include "tests/test_support.h"

#include <re2/re2.h>

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include <fcntl.h>

#include "cli/commands.h"
#include "fetch/curl_global.h"
#include "store/internal/sqlite.h"

namespace newsrecon::testing {

namespace fs = std::filesystem;

namespace {
// libcurl's global state for the whole test binary, as main() holds it for newsrecon.
const fetch::CurlGlobal kCurl;
}  // namespace

TempDir::TempDir() {
  std::random_device rd;
  for (;;) {
    fs::path p = fs::temp_directory_path() / ("newsrecon-test-" + std::to_string(rd()));
    std::error_code ec;
    if (fs::create_directory(p, ec)) {
      path_ = p.string();
      return;
    }
  }
}

TempDir::~TempDir() {
  std::error_code ec;
  fs::remove_all(path_, ec);
}

CliResult RunCli(const std::vector<std::string>& args) {
  std::ostringstream out, err;
  cli::Io io{out, err};
  CliResult r;
  r.exit_code = cli::Main(args, io);
  r.out = out.str();
  r.err = err.str();
  return r;
}

CliResult RunBinary(const std::vector<std::string>& args) {
  TempDir dir;
  std::string command = "'" NEWSRECON_BINARY "'";
  for (const auto& a : args) {
    std::string quoted;
    for (char c : a) {
      if (c == '\'') quoted += "'\\''"; else quoted += c;
    }
    command += " '" + quoted + "'";
  }
  command += " >" + dir.File("out") + " 2>" + dir.File("err") + " </dev/null";
  int status = std::system(command.c_str());
  CliResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = ReadFile(dir.File("out"));
  r.err = ReadFile(dir.File("err"));
  return r;
}

pid_t SpawnBinary(const std::vector<std::string>& args, const std::string& log,
                  void (*in_child)()) {
  pid_t pid = fork();
  if (pid == 0) {
    int fd = open(log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    dup2(fd, 1);
    dup2(fd, 2);
    if (in_child != nullptr) in_child();
    std::vector<char*> argv{const_cast<char*>(NEWSRECON_BINARY)};
    for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    execv(NEWSRECON_BINARY, argv.data());
    _exit(127);
  }
  return pid;
}

int WaitExitCode(pid_t pid) {
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

void ExecSql(const std::string& db, const std::string& sql, const std::vector<std::string>& params) {
  INFO(sql);
  auto opened = store::Db::Open(db);
  REQUIRE(opened.ok());
  if (params.empty()) {
    REQUIRE((*opened)->Exec(sql).message() == "");
    return;
  }
  auto stmt = (*opened)->Prepare(sql);
  REQUIRE(stmt.ok());
  for (size_t i = 0; i < params.size(); ++i) stmt->Bind(static_cast<int>(i) + 1, params[i]);
  REQUIRE(stmt->Run().message() == "");
}

std::vector<std::string> QueryRows(const std::string& db, const std::string& sql) {
  auto opened = store::Db::Open(db, true);
  REQUIRE(opened.ok());
  auto stmt = (*opened)->Prepare(sql);
  INFO(sql);
  REQUIRE(stmt.ok());
  std::vector<std::string> rows;
  for (;;) {
    auto row = stmt->Step();
    REQUIRE(row.ok());
    if (!*row) break;
    std::string line;
    for (int i = 0; i < stmt->ColumnCount(); ++i) {
      std::string cell;
      if (stmt->Type(i) == store::ColumnType::kDouble) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.17g", stmt->Double(i));
        cell = buf;
      } else {
        cell = stmt->Text(i);
      }
      line += (i ? "\t" : "") + cell;
    }
    rows.push_back(line);
  }
  return rows;
}

std::string QueryOne(const std::string& db_path, const std::string& sql) {
  std::vector<std::string> rows = QueryRows(db_path, sql);
  REQUIRE(!rows.empty());
  return rows[0].substr(0, rows[0].find('\t'));
}

nlohmann::json WithoutTimesAndIds(nlohmann::json j) {
  if (j.is_object()) {
    nlohmann::json out = nlohmann::json::object();
    for (auto& [key, value] : j.items()) {
      if (key == "claim_id" || (key.size() > 3 && key.compare(key.size() - 3, 3, "_at") == 0)) continue;
      out[key] = WithoutTimesAndIds(value);
    }
    return out;
  }
  if (j.is_array()) {
    for (auto& v : j) v = WithoutTimesAndIds(v);
  }
  return j;
}

std::string WithoutDb(std::string text, const std::string& db) {
  for (size_t at = 0; (at = text.find(db, at)) != std::string::npos; at += 2) text.replace(at, db.size(), "DB");
  return text;
}

std::string WithoutTimes(std::string text) {
  static const RE2 kTime(R"(\d{4}-\d{2}-\d{2}(?: \d{2}:\d{2} UTC|T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z))");
  RE2::GlobalReplace(&text, kTime, "TIME");
  return text;
}

std::string DescribeContradiction(const nlohmann::json& item, const std::string& after_source) {
  std::string out = item["kind"].get<std::string>() + " | " + item["topic"].get<std::string>();
  for (const nlohmann::json& side : item["sides"]) {
    std::set<std::string> sources;
    for (const nlohmann::json& e : side["evidence"]) sources.insert(e["source"].get<std::string>());
    out += " | " + side["value"].get<std::string>() + ":";
    for (const auto& source : sources) out += " " + source + after_source;
  }
  return out;
}

std::vector<std::string> SeedFiles() {
  std::vector<std::string> files;
  std::error_code ec;
  std::string dir = std::string(NEWSRECON_SHARED_DIR) + "/corpus/seeds";
  if (!fs::is_directory(dir, ec)) return files;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    if (entry.path().extension() == ".txt") files.push_back(entry.path().lexically_normal().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

bool IngestSeeds(const std::string& db) {
  std::vector<std::string> files = SeedFiles();
  if (files.empty()) return false;
  REQUIRE(files.size() == 5);
  for (const std::string& f : files) {
    std::string source = "seed-" + fs::path(f).stem().string().substr(0, 3);
    REQUIRE(RunCli({"ingest", f, "--source", source, "--db", db}).exit_code == 0);
  }
  REQUIRE(RunCli({"reconcile", "--db", db}).exit_code == 0);
  return true;
}

store::ArticleWrite OneClaimArticle(const std::string& url, const std::string& body, core::Claim claim) {
  store::ArticleWrite w;
  w.document.url = url;
  w.document.format = core::DocumentFormat::kPlainText;
  w.document.body = body;
  w.text.title = "Title";
  w.text.text = body;
  w.text.sentences = {{0, body.size()}};
  claim.quote = body;
  claim.span = {0, body.size()};
  w.claims.push_back(std::move(claim));
  w.claims_version = "test-1";
  return w;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

void WriteFile(const std::string& path, const std::string& content) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << content;
}

bool Exists(const std::string& path) {
  std::error_code ec;
  return fs::exists(path, ec);
}

}  // namespace newsrecon::testing
