// [fetch] settings and per-source overrides; every error names file, line and key.
#include "cli/config_fetch.h"

#include <array>
#include <cstdint>

namespace newsrecon::cli {
namespace {

struct IntSetting {
  std::string_view key;
  int64_t min;
  int64_t max;
};

// The integer settings a source may override, with their ranges.
constexpr std::array<IntSetting, 9> kPolicyInts = {{
    {"delay_ms", 0, 3600000},
    {"connect_timeout_ms", 1, 600000},
    {"timeout_ms", 1, 3600000},
    {"retries", 0, 10},
    {"backoff_ms", 0, 600000},
    {"max_retry_after_ms", 0, 86400000},
    {"max_body_bytes", 1, int64_t{1} << 30},
    {"max_redirects", 0, 20},
    {"max_pages", 0, 10000000},
}};

std::string At(const std::string& file, const toml::node& node) {
  return file + ":" + std::to_string(node.source().begin.line);
}

core::Status ReadInt(const toml::table& t, const IntSetting& s, const std::string& file,
                     int64_t* out) {
  const toml::node* node = t.get(s.key);
  if (node == nullptr) return core::Status::Ok();
  std::optional<int64_t> v = node->is_integer() ? node->value<int64_t>() : std::nullopt;
  if (!v || *v < s.min || *v > s.max) {
    return core::InvalidArgument(At(file, *node) + ": key '" + std::string(s.key) +
                                 "': must be an integer from " + std::to_string(s.min) + " to " +
                                 std::to_string(s.max));
  }
  *out = *v;
  return core::Status::Ok();
}

void StoreInt(fetch::RequestPolicy* p, std::string_view key, int64_t v, int* max_pages) {
  int value = static_cast<int>(v);
  if (key == "delay_ms") p->delay_ms = value;
  if (key == "connect_timeout_ms") p->connect_timeout_ms = value;
  if (key == "timeout_ms") p->timeout_ms = value;
  if (key == "retries") p->retries = value;
  if (key == "backoff_ms") p->backoff_ms = value;
  if (key == "max_retry_after_ms") p->max_retry_after_ms = value;
  if (key == "max_body_bytes") p->max_body_bytes = v;
  if (key == "max_redirects") p->max_redirects = value;
  if (key == "max_pages" && max_pages != nullptr) *max_pages = value;
}

core::Status ReadPolicy(const toml::table& t, const std::string& file, fetch::RequestPolicy* p,
                        int* max_pages) {
  for (const IntSetting& s : kPolicyInts) {
    if ((s.key == "max_pages" && max_pages == nullptr) || t.get(s.key) == nullptr) continue;
    int64_t value = 0;
    NR_RETURN_IF_ERROR(ReadInt(t, s, file, &value));
    StoreInt(p, s.key, value, max_pages);
  }
  if (const toml::node* ua = t.get("user_agent")) {
    auto v = ua->value<std::string>();
    if (!v || v->empty() || v->find_first_of("\r\n") != std::string::npos) {
      return core::InvalidArgument(At(file, *ua) +
                                   ": key 'user_agent': must be a non-empty string on one line");
    }
    p->user_agent = *v;
  }
  if (const toml::node* robots = t.get("respect_robots")) {
    auto v = robots->value<bool>();
    if (!v || !robots->is_boolean()) {
      return core::InvalidArgument(At(file, *robots) +
                                   ": key 'respect_robots': must be true or false");
    }
    p->respect_robots = *v;
  }
  return core::Status::Ok();
}

}  // namespace

bool IsSourceFetchKey(std::string_view key) {
  if (key == "user_agent" || key == "respect_robots") return true;
  for (const IntSetting& s : kPolicyInts) {
    if (s.key == key) return true;
  }
  return false;
}

core::Status ParseFetchTable(const toml::table& root, const std::string& file,
                             fetch::FetchOptions* options) {
  const toml::node* fetch = root.get("fetch");
  if (fetch == nullptr) return core::Status::Ok();
  const toml::table* found = fetch->as_table();
  if (found == nullptr)
    return core::InvalidArgument(At(file, *fetch) + ": key 'fetch': must be a table");
  const toml::table& table = *found;
  for (const auto& [key, node] : table) {
    std::string_view k = key.str();
    if (k == "max_pages" ||
        (!IsSourceFetchKey(k) && k != "max_connections" && k != "max_per_host")) {
      return core::InvalidArgument(At(file, node) + ": key '" + std::string(k) +
                                   "': unknown fetch setting");
    }
  }
  int64_t connections = options->max_connections, per_host = options->max_per_host;
  NR_RETURN_IF_ERROR(ReadInt(table, {"max_connections", 1, 1000}, file, &connections));
  NR_RETURN_IF_ERROR(ReadInt(table, {"max_per_host", 1, 100}, file, &per_host));
  options->max_connections = static_cast<int>(connections);
  options->max_per_host = static_cast<int>(per_host);
  return ReadPolicy(table, file, &options->policy, nullptr);
}

core::Status ParseSourceFetch(const toml::table& source, const std::string& file,
                              fetch::RequestPolicy* policy, int* max_pages) {
  return ReadPolicy(source, file, policy, max_pages);
}

}  // namespace newsrecon::cli
