// The fetch library alone, for the benchmark: fetch::Crawl over the bench's URL list with
// a sink that only counts bytes (no store), printing the seconds it took.
//
//   crawl_only BASE_URL PAGES N      e.g. crawl_only http://127.0.0.1:4321 2000 16
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "fetch/crawler.h"
#include "fetch/curl_global.h"

int main(int argc, char** argv) {
  if (argc != 4) {
    std::fprintf(stderr, "usage: crawl_only BASE_URL PAGES N\n");
    return 2;
  }
  newsrecon::fetch::CurlGlobal curl;
  newsrecon::fetch::FetchOptions options;
  options.max_connections = std::atoi(argv[3]);
  options.max_per_host = options.max_connections;
  newsrecon::fetch::SourceSpec source;
  source.name = "Bench";
  source.kind = newsrecon::core::SourceKind::kUrls;
  source.policy = options.policy;
  for (int i = 0; i < std::atoi(argv[2]); ++i) {
    source.urls.push_back(std::string(argv[1]) + "/p/" + std::to_string(i) + ".html");
  }
  size_t bytes = 0, failed = 0;
  auto start = std::chrono::steady_clock::now();
  auto status = newsrecon::fetch::Crawl(options, {source}, [&](newsrecon::fetch::CrawlEvent&& e) {
    bytes += e.response.body.size();
    failed += e.status.ok() ? 0 : 1;
  });
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (!status.ok() || failed > 0) {
    std::fprintf(stderr, "crawl_only: %zu failed %s\n", failed, status.message().c_str());
    return 1;
  }
  std::printf("%.6f %zu\n", seconds, bytes);
  return 0;
}
