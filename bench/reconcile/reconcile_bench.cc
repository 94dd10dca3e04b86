// Reconciliation at scale: generated claims, streamed from SQLite or PostgreSQL, with time
// and peak memory.
//
//   reconcile_bench generate DB CLAIMS   writes CLAIMS claims (10 per article, 5 articles per
//                                        source; a third name a relation) into a new DB
//   reconcile_bench reconcile DB         reconciles DB and prints seconds, contradictions and
//                                        this process's peak resident memory
//   reconcile_bench stream DB            streams DB's claim groups and alignment blocks to
//                                        callbacks that do nothing: the store's share
// DB is a SQLite file or a postgresql:// URL.
#include <sys/resource.h>

#include <chrono>
#include <cstdlib>
#include <iostream>
#include <random>
#include <string>

#include "reconcile/reconcile.h"
#include "store/store.h"

namespace {

using newsrecon::core::Claim;
using newsrecon::core::Value;
using newsrecon::core::ValueType;

long PeakRssKb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

Claim MakeClaim(std::mt19937_64& random, size_t parties) {
  static const char* kRelations[] = {"stake", "investment", "revenue_share", "supply", "licence"};
  static const char* kRoles[][2] = {{"holder", "company"}, {"investor", "investee"},
                                    {"payer", "payee"},    {"supplier", "customer"},
                                    {"licensor", "licensee"}};
  Claim c;
  size_t a = random() % parties, b = (a + 1 + random() % 7) % parties;
  std::string pa = "Company " + std::to_string(a), pb = "Company " + std::to_string(b);
  Value v;
  v.type = ValueType::kPercent;
  // Most sources agree on a pair's figure; one in fifty says something else.
  v.amount = v.high = static_cast<double>(10 + (a * 7 + b) % 40 + (random() % 50 == 0 ? 9 : 0));
  v.text = std::to_string(static_cast<int>(v.amount)) + " percent";
  if (random() % 3 == 0) {
    size_t r = random() % 5;
    c.relation = kRelations[r];
    c.roles = {{kRoles[r][0], pa}, {kRoles[r][1], pb}};
  }
  c.parties = {std::min(pa, pb), std::max(pa, pb)};
  c.values = {v};
  c.quote = pa + " and " + pb + ": " + v.text + ".";
  c.span = {0, c.quote.size()};
  c.keywords = {"stake", "percent"};
  return c;
}

int Generate(const std::string& db, size_t claims) {
  auto store = newsrecon::store::Store::Open(db);
  if (!store.ok()) {
    std::cerr << store.status().message() << "\n";
    return 1;
  }
  std::mt19937_64 random(42);
  size_t parties = std::max<size_t>(50, claims / 200);
  size_t articles = (claims + 9) / 10;
  int64_t source = 0;
  for (size_t i = 0; i < articles; ++i) {
    if (i % 5 == 0) {
      auto id = (*store)->UpsertSource({0, "source " + std::to_string(i / 5), newsrecon::core::SourceKind::kFiles, ""});
      if (!id.ok()) return 1;
      source = *id;
    }
    newsrecon::store::ArticleWrite w;
    w.document.url = "https://bench.example/" + std::to_string(i);
    w.document.format = newsrecon::core::DocumentFormat::kPlainText;
    w.document.body = "article " + std::to_string(i);
    w.text.text = w.document.body;
    w.text.published = "2026-03-04";
    for (size_t k = 0; k < 10; ++k) w.claims.push_back(MakeClaim(random, parties));
    auto put = (*store)->PutArticle(source, std::move(w));
    if (!put.ok()) {
      std::cerr << put.status().message() << "\n";
      return 1;
    }
  }
  std::cout << "generated " << articles * 10 << " claims in " << articles << " articles\n";
  return 0;
}

int Reconcile(const std::string& db) {
  auto store = newsrecon::store::Store::Open(db);
  if (!store.ok()) {
    std::cerr << store.status().message() << "\n";
    return 1;
  }
  auto claims = (*store)->Count("claims");
  auto start = std::chrono::steady_clock::now();
  auto result = newsrecon::reconcile::ReconcileStore(**store);
  if (!result.ok()) {
    std::cerr << result.status().message() << "\n";
    return 1;
  }
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::cout << "claims " << (claims.ok() ? *claims : 0) << ", reconciled in " << seconds
            << " s, contradictions " << result->contradictions.size() << ", corroborations "
            << result->corroborations.size() << ", peak memory " << PeakRssKb() / 1024 << " MB\n";
  return 0;
}

// The store's part alone: every claim group and alignment block streamed to callbacks that
// do nothing, as ReconcileStore reads them.
int Stream(const std::string& db) {
  auto store = newsrecon::store::Store::Open(db);
  if (!store.ok()) {
    std::cerr << store.status().message() << "\n";
    return 1;
  }
  auto start = std::chrono::steady_clock::now();
  using Claims = std::vector<newsrecon::store::StoredClaim>;
  int64_t groups = 0, blocks = 0, claims = 0;
  auto status = (*store)->ForEachClaimGroup([&](const Claims& g) {
    ++groups;
    claims += static_cast<int64_t>(g.size());
    return newsrecon::core::Status::Ok();
  });
  if (status.ok()) {
    status = (*store)->ForEachAlignmentBlock([&](const Claims& b) {
      ++blocks;
      claims += static_cast<int64_t>(b.size());
      return newsrecon::core::Status::Ok();
    });
  }
  if (!status.ok()) {
    std::cerr << status.message() << "\n";
    return 1;
  }
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::cout << "streamed " << groups << " groups and " << blocks << " blocks (" << claims
            << " claims) in " << seconds << " s, peak memory " << PeakRssKb() / 1024 << " MB\n";
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::string mode = argc > 1 ? argv[1] : "";
  if (mode == "generate" && argc == 4) return Generate(argv[2], std::strtoull(argv[3], nullptr, 10));
  if (mode == "reconcile" && argc == 3) return Reconcile(argv[2]);
  if (mode == "stream" && argc == 3) return Stream(argv[2]);
  std::cerr << "usage: reconcile_bench generate DB CLAIMS | reconcile_bench reconcile DB | "
               "reconcile_bench stream DB\n";
  return 2;
}
