// Claims-stage throughput on real article text: the true bodies of the 88 benchmark pages.
//
//   claims_bench GROUND_TRUTH.json [ROUNDS]
//
// Runs sentence splitting and claim extraction (values, parties, relations) over every
// body, ROUNDS times on one thread, and prints MB/s per core and claims per article.
#include <chrono>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "extract/claims/claims.h"
#include "extract/text/sentences.h"

int main(int argc, char** argv) {
  using namespace newsrecon;
  if (argc < 2) {
    std::cerr << "usage: claims_bench GROUND_TRUTH.json [ROUNDS]\n";
    return 2;
  }
  std::ifstream in(argv[1]);
  if (!in) {
    std::cerr << "claims_bench: " << argv[1] << ": cannot read\n";
    return 1;
  }
  int rounds = argc > 2 ? std::atoi(argv[2]) : 20;
  nlohmann::json truth = nlohmann::json::parse(in, nullptr, false);
  if (!truth.is_object()) {
    std::cerr << "claims_bench: " << argv[1] << ": not a JSON object\n";
    return 1;
  }
  std::vector<std::string> bodies;
  size_t bytes = 0;
  for (const auto& [key, page] : truth.items()) {
    bodies.push_back(page.value("articleBody", ""));
    bytes += bodies.back().size();
  }
  auto extractor = extract::ClaimExtractor::Create(extract::DefaultLexicon());
  if (!extractor.ok()) {
    std::cerr << "claims_bench: " << extractor.status().message() << "\n";
    return 1;
  }
  size_t claims = 0, relation_claims = 0, values = 0;
  auto start = std::chrono::steady_clock::now();
  for (int r = 0; r < rounds; ++r) {
    for (const std::string& body : bodies) {
      auto found = (*extractor)->Extract(body, extract::SplitSentences(body), {});
      if (r == 0) {
        claims += found.claims.size();
        values += found.values.size();
        for (const auto& c : found.claims) relation_claims += c.relation.empty() ? 0 : 1;
      }
    }
  }
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  double mb = static_cast<double>(bytes) * rounds / 1e6;
  std::cout << "articles " << bodies.size() << ", text " << bytes / 1000 << " kB, rounds " << rounds
            << "\nclaims stage: " << mb / seconds << " MB/s on one core\n"
            << "per article: " << static_cast<double>(claims) / static_cast<double>(bodies.size())
            << " claims (" << static_cast<double>(relation_claims) / static_cast<double>(bodies.size())
            << " with a relation), " << static_cast<double>(values) / static_cast<double>(bodies.size())
            << " value mentions\n";
  return 0;
}
