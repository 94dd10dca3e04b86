// The text stage on the public extraction sets in ../shared/bench: per set, its mean F1 of
// 4-token shingles (the metric of ../shared/bench/score-extraction) stays above a floor and
// above Readability.js's on the same pages, and it misses no page completely where
// Readability.js finds the body. Skips when the sets are absent.
#include <zlib.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "extract/text/article.h"

namespace newsrecon::extract {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

std::string Gunzip(const fs::path& path) {
  std::string out;
  gzFile file = gzopen(path.c_str(), "rb");
  if (file == nullptr) return out;
  char buffer[1 << 16];
  for (int n; (n = gzread(file, buffer, sizeof buffer)) > 0;) out.append(buffer, static_cast<size_t>(n));
  gzclose(file);
  return out;
}

// Whether the code point is a word character as Python's \w sees it, near enough: letters,
// digits and '_' of any script, but not the punctuation, quotes and spaces above ASCII.
bool IsWordPoint(uint32_t c) {
  if (c < 0x80) return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  if (c <= 0xBF || c == 0xD7 || c == 0xF7) return c == 0xAA || c == 0xB5 || c == 0xBA;
  return !(c >= 0x2000 && c <= 0x206F) && !(c >= 0x3000 && c <= 0x303F) && c != 0xFEFF;
}

std::vector<std::string> Tokens(const std::string& s) {
  std::vector<std::string> out;
  std::string token;
  for (size_t i = 0; i < s.size();) {
    auto b = static_cast<unsigned char>(s[i]);
    size_t n = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
    uint32_t c = n == 1 ? b : b & (0x7F >> n);
    for (size_t k = 1; k < n && i + k < s.size(); ++k) c = (c << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    if (IsWordPoint(c)) {
      token.append(s, i, n);
    } else if (!token.empty()) {
      out.push_back(std::move(token));
      token.clear();
    }
    i += n;
  }
  if (!token.empty()) out.push_back(std::move(token));
  return out;
}

std::map<std::string, int> Shingles(const std::string& text) {
  std::vector<std::string> t = Tokens(text);
  std::map<std::string, int> out;
  for (size_t i = 0; i + 4 <= t.size() || (i == 0 && !t.empty()); ++i) {
    std::string g;
    for (size_t k = i; k < std::min(i + 4, t.size()); ++k) g += t[k] + '\x1f';
    ++out[g];
  }
  return out;
}

struct Counts {
  double tp = 0, fp = 0, fn = 0;  // normalised per page, as the scorer does
};

Counts PageCounts(const std::string& truth, const std::string& pred) {
  auto t = Shingles(truth), p = Shingles(pred);
  double tp = 0, np = 0, nt = 0;
  for (const auto& [g, n] : p) np += n;
  for (const auto& [g, n] : t) {
    nt += n;
    auto it = p.find(g);
    if (it != p.end()) tp += std::min(n, it->second);
  }
  double sum = tp + (np - tp) + (nt - tp);
  return sum == 0 ? Counts{} : Counts{tp / sum, (np - tp) / sum, (nt - tp) / sum};
}

double PageF1(const Counts& c) {
  if (c.fp == 0 && c.fn == 0) return 1;
  double p = c.tp + c.fp > 0 ? c.tp / (c.tp + c.fp) : 0, r = c.tp + c.fn > 0 ? c.tp / (c.tp + c.fn) : 0;
  return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

// Mean precision and recall over pages, then their harmonic mean: the scorer's F1.
double SetF1(const std::vector<Counts>& pages) {
  double ps = 0, rs = 0;
  int np = 0, nr = 0;
  for (const Counts& c : pages) {
    bool perfect = c.fp == 0 && c.fn == 0;
    if (c.tp + c.fp > 0) ps += perfect ? 1 : c.tp / (c.tp + c.fp), ++np;
    if (c.tp + c.fn > 0) rs += perfect ? 1 : c.tp / (c.tp + c.fn), ++nr;
  }
  double p = np > 0 ? ps / np : 0, r = nr > 0 ? rs / nr : 0;
  return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

json ReadJson(const fs::path& path) {
  std::ifstream in(path);
  return in ? json::parse(in, nullptr, false) : json();
}

struct SetFloor {
  std::string dir;         // under ../shared/bench
  double min_f1;           // the stage's F1 on the set
  double min_over_peer;    // the stage's F1 minus Readability.js's
  int max_complete_misses;  // pages below F1 0.5 where Readability.js is above 0.8
};

TEST_CASE("text stage: per-set F1 floors on the public extraction sets", "[extract][text][sets]") {
  // Floors a little under today's figures (0.986; 0.957 and +0.034; 0.948 and 1 miss): a
  // change that loses pages fails here; the figures themselves are bench/extract_text's.
  const std::vector<SetFloor> sets = {
      {"article-extraction", 0.98, 0.0, 0},
      {"article-extraction-more/wcxb-dev", 0.95, 0.03, 0},
      {"article-extraction-more/readability", 0.94, -1.0, 1},
  };
  for (const SetFloor& s : sets) {
    fs::path dir = fs::path(NEWSRECON_SHARED_DIR) / "bench" / s.dir;
    json truth = ReadJson(dir / "ground-truth.json");
    json peers = ReadJson(dir / "peer-outputs.json");
    if (!truth.is_object() || !peers.is_object() || !peers.contains("readability_js")) {
      WARN("SKIPPED: " + dir.string() + " not found; this test needs ground-truth.json, "
           "peer-outputs.json and html/");
      continue;
    }
    std::vector<Counts> ours, theirs;
    int misses = 0;
    for (const auto& [key, page] : truth.items()) {
      std::string body = page.value("articleBody", "");
      auto article = ArticleFromHtml(Gunzip(dir / "html" / (key + ".html.gz")), page.value("url", ""));
      ours.push_back(PageCounts(body, article.ok() ? article->text : ""));
      const json& peer = peers["readability_js"];
      theirs.push_back(PageCounts(body, peer.contains(key) ? peer[key].value("articleBody", "") : ""));
      if (PageF1(ours.back()) < 0.5 && PageF1(theirs.back()) > 0.8) ++misses;
    }
    double f1 = SetF1(ours), peer_f1 = SetF1(theirs);
    CAPTURE(s.dir, f1, peer_f1, misses);
    CHECK(f1 >= s.min_f1);
    CHECK(f1 - peer_f1 >= s.min_over_peer);
    CHECK(misses <= s.max_complete_misses);
  }
}

}  // namespace
}  // namespace newsrecon::extract
