// SampleSite: demo.toml's sources as Atom feeds and pages on a TestServer.
#include "tests/ops/sample_site.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <sstream>

#include "cli/config.h"
#include "tests/test_support.h"

namespace newsrecon::testing {
namespace {

namespace fs = std::filesystem;

const char kDemo[] = NEWSRECON_SOURCE_DIR "/samples/demo.toml";

// demo.toml's lines outside its [[source]], [store] and [report] tables.
std::string LexiconPart() {
  std::istringstream in(ReadFile(kDemo));
  std::string line, kept;
  bool keep = true;
  while (std::getline(in, line)) {
    if (line.rfind('[', 0) == 0) {
      keep = line != "[[source]]" && line != "[store]" && line != "[report]";
    }
    if (keep) kept += line + "\n";
  }
  return kept;
}

std::string Atom(const std::string& name, const std::string& url, const std::string& published) {
  return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
         "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>" + name + "</title>"
         "<entry><title>" + name + "</title><link href=\"" + url + "\"/><id>" + url + "</id>" +
         (published.empty() ? "" : "<published>" + published + "T00:00:00Z</published>") +
         "</entry></feed>\n";
}

}  // namespace

SampleSite::SampleSite(TestServer& server) : lexicon_(LexiconPart()) {
  auto demo = cli::LoadConfig(kDemo);
  REQUIRE(demo.ok());
  for (size_t i = 0; i < demo->sources.size(); ++i) {
    const cli::SourceConfig& source = demo->sources[i];
    std::string dir = "/s" + std::to_string(i) + "/";
    std::string page = dir + fs::path(source.location).filename().string();
    bool html = fs::path(page).extension() == ".html";
    std::string feed = Atom(source.name, server.Url(page), source.published);
    std::string body = ReadFile(source.location);
    server.http().Get(dir + "feed.xml", [feed](const httplib::Request&, httplib::Response& res) {
      res.set_content(feed, "application/atom+xml");
    });
    server.http().Get(page, [this, body, html](const httplib::Request&, httplib::Response& res) {
      std::string served = body;
      int night = night_;
      if (html && night > 0) {
        std::string n = std::to_string(night);
        size_t end = served.rfind("</body>");
        served.insert(end == std::string::npos ? served.size() : end,
                      "<!-- served on night " + n + " --><script>var night = " + n + ";</script>");
      }
      res.set_content(served, html ? "text/html; charset=utf-8" : "text/plain; charset=utf-8");
    });
    sources_ += "[[source]]\nname = \"" + source.name + "\"\nfeed = \"" +
                server.Url(dir + "feed.xml") + "\"\n\n";
  }
}

std::string SampleSite::Config(const std::string& extra) const {
  return sources_ + lexicon_ + "\n" + extra;
}

}  // namespace newsrecon::testing
