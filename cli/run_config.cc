// A run's recorded config, its differences from a worker's own, and the politeness the
// run's fetchers share through the database.
#include "cli/run_config.h"

#include <map>
#include <mutex>
#include <nlohmann/json.hpp>

#include "store/store.h"

namespace newsrecon::cli {
namespace {

using nlohmann::json;

json PolicyJson(const fetch::RequestPolicy& p) {
  return {{"user_agent", p.user_agent},     {"delay_ms", p.delay_ms},
          {"connect_timeout_ms", p.connect_timeout_ms}, {"timeout_ms", p.timeout_ms},
          {"retries", p.retries},           {"backoff_ms", p.backoff_ms},
          {"max_retry_after_ms", p.max_retry_after_ms}, {"max_body_bytes", p.max_body_bytes},
          {"max_redirects", p.max_redirects}, {"respect_robots", p.respect_robots}};
}

json SourceJson(const SourceConfig& s) {
  return {{"kind", core::ToString(s.kind)},   {"location", s.location}, {"urls", s.urls},
          {"url", s.url},     {"published", s.published}, {"policy", PolicyJson(s.policy)},
          {"max_pages", s.max_pages}};
}

// The lexicon as the extractor reads it (where each entry was written left out).
json LexiconJson(const extract::Lexicon& lexicon) {
  json parties = json::array(), relations = json::array();
  for (const auto& p : lexicon.parties) parties.push_back({p.name, p.aliases, p.descriptors});
  for (const auto& r : lexicon.relations) {
    relations.push_back({r.id, r.roles, r.values, r.topic, r.phrasings});
  }
  return {parties, relations, lexicon.cues_ends, lexicon.cues_continues, lexicon.cues_starts,
          lexicon.cues_past};
}

std::string Names(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& n : names) out += (out.empty() ? "'" : ", '") + n + "'";
  return out;
}

// "sources: lacks 'A'; adds 'B'; 'C' differs", or "" when the sources agree.
std::string SourceDifferences(const Config& mine, const Config& run) {
  std::map<std::string, json> own;
  for (const SourceConfig& s : mine.sources) own[s.name] = SourceJson(s);
  std::vector<std::string> lacks, differs;
  for (const SourceConfig& s : run.sources) {
    auto it = own.find(s.name);
    if (it == own.end()) {
      lacks.push_back(s.name);
      continue;
    }
    if (it->second != SourceJson(s)) differs.push_back(s.name);
    own.erase(it);
  }
  std::vector<std::string> adds;
  for (const auto& [name, unused] : own) adds.push_back(name);
  std::string out;
  auto add = [&out](const std::string& what, const std::vector<std::string>& names) {
    if (!names.empty()) out += (out.empty() ? "" : "; ") + what + Names(names);
  };
  add("lacks ", lacks);
  add("adds ", adds);
  add("differs in ", differs);
  return out.empty() ? "" : "sources: " + out;
}

// The run's politeness through its own store connection. A database error leaves the
// worker to its own politeness for that request (robots.txt read again, no shared wait).
class DbSharedHosts : public fetch::SharedHosts {
 public:
  DbSharedHosts(std::unique_ptr<store::Store> store, int64_t run_id, std::string holder)
      : store_(std::move(store)), run_id_(run_id), holder_(std::move(holder)) {}

  std::optional<std::string> LoadRobots(const std::string& host) override {
    std::lock_guard<std::mutex> lock(mu_);
    auto saved = store_->LoadHostRobots(run_id_, host);
    return saved.ok() ? *saved : std::nullopt;
  }
  void SaveRobots(const std::string& host, const std::string& saved) override {
    std::lock_guard<std::mutex> lock(mu_);
    (void)store_->SaveHostRobots(run_id_, host, saved);
  }
  int64_t ClaimStart(const std::string& host, int spacing_ms) override {
    std::lock_guard<std::mutex> lock(mu_);
    auto wait = store_->ClaimHostStart(run_id_, host, spacing_ms);
    return wait.ok() ? *wait : 0;
  }
  // Unlike the others, a database error here is no licence: the caller waits, asks again.
  int TakeSlot(const std::string& host, int slots, int64_t lease_ms) override {
    std::lock_guard<std::mutex> lock(mu_);
    auto slot = store_->TakeHostLease(run_id_, host, slots, holder_, lease_ms);
    return slot.ok() ? *slot : -1;
  }
  void ReleaseSlot(const std::string& host, int slot) override {
    std::lock_guard<std::mutex> lock(mu_);
    (void)store_->ReleaseHostLease(run_id_, host, slot, holder_);  // else its lease runs out
  }

 private:
  std::mutex mu_;
  std::unique_ptr<store::Store> store_;
  int64_t run_id_;
  std::string holder_;
};

}  // namespace

std::string SavedConfig(const Config& config) {
  // A [store] path with a password is kept without it: workers take --db, not [store].
  std::string text = config.text;
  std::string shown = store::RedactUrl(config.db_path);
  for (size_t at = 0; shown != config.db_path && (at = text.find(config.db_path, at)) != std::string::npos;
       at += shown.size()) {
    text.replace(at, config.db_path.size(), shown);
  }
  return json{{"file", config.file}, {"dir", config.dir}, {"toml", text}}.dump();
}

core::Result<Config> ConfigFromSaved(const std::string& saved, const std::string& where) {
  json j = json::parse(saved, nullptr, false);
  if (!j.is_object() || !j.value("file", json()).is_string() ||
      !j.value("dir", json()).is_string() || !j.value("toml", json()).is_string()) {
    return core::InvalidArgument(where + ": the recorded config is not one newsrecon wrote");
  }
  auto config = ParseConfig(j["toml"].get<std::string>(), j["file"].get<std::string>(),
                            j["dir"].get<std::string>());
  if (!config.ok()) return config.status().Prefixed(where + ": the recorded config");
  return config;
}

std::vector<std::string> ConfigDifferences(const Config& mine, const Config& run) {
  std::vector<std::string> out;
  if (std::string s = SourceDifferences(mine, run); !s.empty()) out.push_back(s);
  if (mine.fetch.max_connections != run.fetch.max_connections ||
      mine.fetch.max_per_host != run.fetch.max_per_host ||
      PolicyJson(mine.fetch.policy) != PolicyJson(run.fetch.policy)) {
    out.push_back("[fetch]");
  }
  if (LexiconJson(mine.lexicon) != LexiconJson(run.lexicon)) {
    out.push_back("[[party]]/[[relation]]/[phase]");
  }
  if (mine.max_article_chars != run.max_article_chars) out.push_back("[article]");
  if (mine.documents_days != run.documents_days) out.push_back("[retention]");
  return out;
}

core::Result<std::shared_ptr<fetch::SharedHosts>> OpenSharedHosts(const std::string& db,
                                                                  int64_t run_id,
                                                                  const std::string& holder) {
  auto store = store::Store::Open(db);
  if (!store.ok()) return store.status();
  return std::shared_ptr<fetch::SharedHosts>(
      std::make_shared<DbSharedHosts>(std::move(*store), run_id, holder));
}

}  // namespace newsrecon::cli
