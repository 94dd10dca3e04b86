// Benchmark of the text stage on the article-extraction pages: writes the stage's article
// bodies as PRED.json for the scorer, and times the whole stage (ArticleFromHtml: parse,
// main content, metadata, sentences) against Gumbo's bare parse of the same bytes, on one
// thread.
//
//   bench_extract_text --data ../shared/bench/article-extraction --out PRED.json [--rounds 5]
//                      (--rounds 0: write PRED.json, time nothing)
//                      [--dump DIR] [--explain KEY_PREFIX]
#include <zlib.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "extract/text/article.h"
#include "extract/text/explain.h"
#include "extract/text/parse_baseline.h"

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

struct Page {
  std::string key;
  std::string url;
  std::string html;
};

struct Options {
  std::string data;
  std::string out = "PRED.json";
  std::string dump;
  std::string explain;  // a page key prefix: print the extractor's trace for it and stop
  int rounds = 5;
};

struct GzCloser {
  void operator()(gzFile_s* f) const { gzclose(f); }
};

// The decompressed bytes of a .gz file; false when it cannot be read.
bool ReadGzip(const fs::path& path, std::string* out) {
  std::unique_ptr<gzFile_s, GzCloser> file(gzopen(path.c_str(), "rb"));
  if (!file) return false;
  char buffer[1 << 16];
  for (;;) {
    int n = gzread(file.get(), buffer, sizeof buffer);
    if (n < 0) return false;
    if (n == 0) return true;
    out->append(buffer, static_cast<size_t>(n));
  }
}

// Page URLs from ground-truth.json, when it is there: the URL is part of a page's input.
json ReadUrls(const fs::path& data) {
  std::ifstream in(data / "ground-truth.json");
  if (!in) return json::object();
  json truth = json::parse(in, nullptr, false);
  return truth.is_discarded() ? json::object() : truth;
}

bool LoadPages(const fs::path& data, std::vector<Page>* pages) {
  const std::string suffix = ".html.gz";
  json truth = ReadUrls(data);
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(data / "html", ec)) {
    std::string name = entry.path().filename().string();
    if (name.size() <= suffix.size() || !name.ends_with(suffix)) continue;
    Page page;
    page.key = name.substr(0, name.size() - suffix.size());
    if (!ReadGzip(entry.path(), &page.html)) {
      std::cerr << "bench_extract_text: " << entry.path().string() << ": cannot decompress\n";
      return false;
    }
    if (truth.contains(page.key)) page.url = truth[page.key].value("url", "");
    pages->push_back(std::move(page));
  }
  if (ec) std::cerr << "bench_extract_text: " << (data / "html").string() << ": " << ec.message() << "\n";
  std::sort(pages->begin(), pages->end(), [](const Page& a, const Page& b) { return a.key < b.key; });
  return !ec && !pages->empty();
}

// Seconds for one pass of `work` over every page; the best of `rounds` passes, so other
// load on the machine counts as little as possible.
template <typename Work>
double BestSeconds(const std::vector<Page>& pages, int rounds, Work work) {
  double best = 1e300;
  for (int r = 0; r < rounds; ++r) {
    auto start = std::chrono::steady_clock::now();
    for (const Page& p : pages) work(p);
    std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
    best = std::min(best, took.count());
  }
  return best;
}

void Dump(const Page& p, const newsrecon::core::Result<newsrecon::core::ArticleText>& article,
          const std::string& folder) {
  std::ofstream dump(fs::path(folder) / (p.key + ".txt"), std::ios::binary);
  if (!article.ok()) {
    dump << "error: " << article.status().message() << "\n";
    return;
  }
  const auto& a = *article;
  dump << "title: " << a.title << "\npublished: " << a.published << " (" << a.published_from
       << ")\nmodified: " << a.modified << " (" << a.modified_from << ")\nauthors: "
       << a.authors.size() << (a.authors.empty() ? "" : " " + a.authors[0])
       << "\nsite: " << a.site_name << "\nlanguage: " << a.language
       << "\ncanonical: " << a.canonical_url << "\nnot_article: " << a.not_article << "\n\n"
       << a.text << "\n";
}

// Writes the stage's bodies for the scorer: PRED.json holds the text of every page, the one
// beside it (PRED.strict.json) leaves out the pages the stage calls not articles, as the
// pipeline does. Prints the pages called not articles.
bool WritePredictions(const std::vector<Page>& pages, const Options& o) {
  json pred = json::object(), strict = json::object();
  int rejected = 0;
  for (const Page& p : pages) {
    auto article = newsrecon::extract::ArticleFromHtml(p.html, p.url);
    std::string body = article.ok() ? article->text : "";
    bool reject = !article.ok() || !article->not_article.empty();
    pred[p.key] = {{"articleBody", body}};
    strict[p.key] = {{"articleBody", reject ? "" : body}};
    if (reject) {
      ++rejected;
      std::printf("not_article %s: %s\n", p.key.substr(0, 16).c_str(),
                  article.ok() ? article->not_article.c_str() : article.status().message().c_str());
    }
    if (!o.dump.empty()) Dump(p, article, o.dump);
  }
  std::printf("not_articles=%d\n", rejected);
  std::string strict_path = o.out.ends_with(".json")
                                ? o.out.substr(0, o.out.size() - 5) + ".strict.json"
                                : o.out + ".strict";
  for (const auto& [path, value] : {std::pair{o.out, &pred}, std::pair{strict_path, &strict}}) {
    std::ofstream out(path, std::ios::binary);
    out << value->dump(1, ' ', false, json::error_handler_t::replace) << "\n";
    if (!out) return false;
  }
  return true;
}

bool ParseArgs(int argc, char** argv, Options* o) {
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string flag = argv[i];
    std::string value = argv[i + 1];
    if (flag == "--data") o->data = value;
    else if (flag == "--out") o->out = value;
    else if (flag == "--dump") o->dump = value;
    else if (flag == "--explain") o->explain = value;
    else if (flag == "--rounds") o->rounds = std::max(0, std::atoi(value.c_str()));
    else return false;
  }
  return argc % 2 == 1 && !o->data.empty();
}

// Times Gumbo's bare parse, the stage's own prefilter and parse, and the whole stage, and
// prints them in MB of HTML per second.
void TimeStage(const std::vector<Page>& pages, int rounds) {
  size_t bytes = 0, sink = 0;
  for (const Page& p : pages) bytes += p.html.size();
  double parse = BestSeconds(pages, rounds, [&](const Page& p) {
    sink += newsrecon::extract::ParseBaseline(p.html);
  });
  double own_parse = BestSeconds(pages, rounds, [&](const Page& p) {
    sink += newsrecon::extract::PrefilterAndParse(p.html);
  });
  double stage = BestSeconds(pages, rounds, [&](const Page& p) {
    auto a = newsrecon::extract::ArticleFromHtml(p.html, p.url);
    sink += a.ok() ? a->sentences.size() : 0;
  });
  double mb = static_cast<double>(bytes) / 1e6;
  std::printf("pages=%zu mb=%.2f rounds=%d sink=%zu\n", pages.size(), mb, rounds, sink);
  std::printf("gumbo_parse_mbps=%.2f\nprefilter_parse_mbps=%.2f\nstage_mbps=%.2f\n"
              "stage_vs_parse=%.2f\n",
              mb / parse, mb / own_parse, mb / stage, stage / parse);
}

}  // namespace

int main(int argc, char** argv) {
  Options o;
  if (!ParseArgs(argc, argv, &o)) {
    std::cerr << "usage: bench_extract_text --data DIR [--out PRED.json] [--rounds N] [--dump DIR]\n"
                 "       [--explain KEY_PREFIX]\n";
    return 2;
  }
  if (!fs::is_directory(fs::path(o.data) / "html")) {
    std::cerr << "bench_extract_text: skipped: " << o.data << "/html not found\n";
    return 2;
  }
  std::vector<Page> pages;
  if (!LoadPages(o.data, &pages)) return 1;
  if (!o.explain.empty()) {
    for (const Page& p : pages) {
      if (p.key.starts_with(o.explain)) std::cout << newsrecon::extract::ExplainExtraction(p.html, p.url);
    }
    return 0;
  }
  if (!o.dump.empty()) fs::create_directories(o.dump);
  if (!WritePredictions(pages, o)) {
    std::cerr << "bench_extract_text: " << o.out << ": cannot write\n";
    return 1;
  }
  if (o.rounds > 0) TimeStage(pages, o.rounds);  // --rounds 0: accuracy only
  return 0;
}
