// SampleSite: samples/ on a loopback server, with the configs that fetch it.
#include "tests/e2e/sample_site.h"

#include <algorithm>

namespace newsrecon::testing {

const SamplePage kSamplePages[8] = {
    {"Ledger Wire", "pages/ledger-wire.html", ""},
    {"The Motorway Journal", "pages/motorway-journal.html", ""},
    {"Circuit & Capital", "pages/circuit-and-capital.html", ""},
    {"Northgate Business Review", "pages/northgate-business-review.html", ""},
    {"EV Dispatch", "pages/ev-dispatch.html", ""},
    {"The Market Lantern", "pages/market-lantern.html", ""},
    {"Coastline Herald", "text/coastline-herald.txt", "2026-03-04"},
    {"Dynamo Daily", "text/dynamo-daily.txt", "2026-03-04"},
};

SampleSite::SampleSite(const TempDir& dir, int delay_ms, const std::string& fetch_table)
    : fetch_table_(fetch_table) {
  auto arrived = [this](const std::string& path) {
    std::lock_guard<std::mutex> lock(mu_);
    arrivals_.emplace_back(path, std::chrono::duration_cast<std::chrono::milliseconds>(
                                     std::chrono::steady_clock::now() - started_).count());
  };
  server_.http().Get("/robots.txt", [arrived](const httplib::Request& req, httplib::Response& res) {
    arrived(req.path);
    res.set_content("User-agent: *\nAllow: /\n", "text/plain");
  });
  server_.http().Get(R"(/(pages|text)/([\w-]+)\.(html|txt))",
                     [this, delay_ms, arrived](const httplib::Request& req, httplib::Response& res) {
                       arrived(req.path);
                       InFlight(+1);
                       server_.Hang(delay_ms);
                       std::string file = ReadFile(std::string(NEWSRECON_SOURCE_DIR) + "/samples" + req.path);
                       InFlight(-1);
                       res.set_content(file, req.matches[3] == "html" ? "text/html; charset=utf-8"
                                                                      : "text/plain; charset=utf-8");
                     });
  server_.Start();
  path_ = WriteConfig(dir, "site.toml", 0, 7);
}

std::string SampleSite::WriteConfig(const TempDir& dir, const std::string& name, size_t first,
                                    size_t last) const {
  std::string demo = ReadFile(std::string(NEWSRECON_SOURCE_DIR) + "/samples/demo.toml");
  std::string config = "[fetch]\n" + fetch_table_ + "\n";
  for (size_t i = first; i <= last; ++i) {
    const SamplePage& p = kSamplePages[i];
    config += "[[source]]\nname = \"" + std::string(p.source) + "\"\nurls = [\"" +
              server_.Url(std::string("/") + p.file) + "\"]\n";
    if (*p.published != '\0') config += "published = \"" + std::string(p.published) + "\"\n";
    config += "\n";
  }
  config += demo.substr(demo.find("[[party]]"));
  std::string path = dir.File(name);
  WriteFile(path, config);
  return path;
}

void SampleSite::InFlight(int change) {
  std::lock_guard<std::mutex> lock(mu_);
  in_flight_ += change;
  peak_ = std::max(peak_, in_flight_);
}

int SampleSite::PeakInFlight() const {
  std::lock_guard<std::mutex> lock(mu_);
  return peak_;
}

void SampleSite::ResetPeak() {
  std::lock_guard<std::mutex> lock(mu_);
  peak_ = in_flight_;
}

std::vector<std::pair<std::string, int64_t>> SampleSite::Arrivals() const {
  std::lock_guard<std::mutex> lock(mu_);
  return arrivals_;
}

}  // namespace newsrecon::testing
