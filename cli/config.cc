// Config loading with toml++; every error names file, line and key.
#include "cli/config.h"

#include "cli/config_fetch.h"
#include "core/dates.h"
#include "fetch/url.h"
#include "store/store.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

namespace newsrecon::cli {
namespace {

namespace fs = std::filesystem;

std::string At(const std::string& file, const toml::node& node) {
  return file + ":" + std::to_string(node.source().begin.line);
}

// A fetched source's URL: http or https, or the config error that says why not.
core::Status CheckFetchUrl(const std::string& url, const std::string& at, const char* key) {
  std::string scheme = fetch::SchemeOf(url);
  if (scheme == "http" || scheme == "https") return core::Status::Ok();
  std::string why = scheme.empty() ? "not a URL" : scheme + ":// is not fetched";
  return core::InvalidArgument(at + ": key '" + key + "': '" + url + "': " + why +
                               " (use http:// or https://; 'path' for local files)");
}

// `published` as the config gives it: a TOML date, or a YYYY-MM-DD string of a real day.
core::Status ParsePublished(const toml::table& t, const std::string& file, std::string* out) {
  const toml::node* p = t.get("published");
  if (p == nullptr) return core::Status::Ok();
  if (p->is_date()) {
    const toml::date d = p->as_date()->get();
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
    *out = buf;
    return core::Status::Ok();
  }
  auto text = p->value<std::string>();
  auto date = text ? core::ParseIsoDate(*text) : std::nullopt;
  if (!text || text->size() != 10 || !date || date->day == 0) {
    std::string shown = text ? "'" + *text + "': " : "";
    return core::InvalidArgument(At(file, *p) + ": key 'published': " + shown +
                                 "expected a date, YYYY-MM-DD");
  }
  *out = *text;
  return core::Status::Ok();
}

std::string Resolve(const fs::path& dir, const std::string& p) {
  fs::path path(p);
  return (path.is_absolute() ? path : dir / path).lexically_normal().string();
}

core::Result<std::string> StringKey(const toml::table& t, const char* key,
                                    const std::string& file, bool required) {
  const toml::node* node = t.get(key);
  if (node == nullptr) {
    if (required) return core::InvalidArgument(At(file, t) + ": missing key '" + key + "'");
    return std::string();
  }
  auto s = node->value<std::string>();
  if (!s) return core::InvalidArgument(At(file, *node) + ": key '" + key + "': must be a string");
  return *s;
}

core::Result<SourceConfig> ParseSource(const toml::table& t, const std::string& file,
                                       const fs::path& dir, const fetch::RequestPolicy& policy) {
  static const std::set<std::string> kKnown = {"name", "path", "feed", "sitemap", "urls",
                                               "url",  "published"};
  for (const auto& [key, node] : t) {
    if (kKnown.count(std::string(key.str())) == 0 && !IsSourceFetchKey(key.str())) {
      return core::InvalidArgument(At(file, node) + ": key '" + std::string(key.str()) +
                                   "': unknown source setting");
    }
  }
  SourceConfig s;
  s.line = static_cast<int>(t.source().begin.line);
  s.policy = policy;
  NR_RETURN_IF_ERROR(ParseSourceFetch(t, file, &s.policy, &s.max_pages));
  auto name = StringKey(t, "name", file, true);
  if (!name.ok()) return name.status();
  if (name->empty()) return core::InvalidArgument(At(file, t) + ": key 'name': must not be empty");
  s.name = *name;
  int kinds = 0;
  // A source's kind is the key that names its location: path = "...", feed = "...", ...
  for (core::SourceKind kind : {core::SourceKind::kPath, core::SourceKind::kFeed,
                                core::SourceKind::kSitemap}) {
    const char* key = core::ToString(kind);
    auto v = StringKey(t, key, file, false);
    if (!v.ok()) return v.status();
    if (v->empty()) continue;
    ++kinds;
    s.kind = kind;
    s.location = kind == core::SourceKind::kPath ? Resolve(dir, *v) : *v;
    if (kind != core::SourceKind::kPath) {
      NR_RETURN_IF_ERROR(CheckFetchUrl(*v, At(file, *t.get(key)), key));
    }
  }
  if (const toml::node* urls = t.get("urls")) {
    const toml::array* arr = urls->as_array();
    if (arr == nullptr) return core::InvalidArgument(At(file, *urls) + ": key 'urls': must be an array of strings");
    for (const toml::node& u : *arr) {
      auto str = u.value<std::string>();
      if (!str) return core::InvalidArgument(At(file, u) + ": key 'urls': must be an array of strings");
      NR_RETURN_IF_ERROR(CheckFetchUrl(*str, At(file, u), "urls"));
      s.urls.push_back(*str);
    }
    ++kinds;
    s.kind = core::SourceKind::kUrls;
  }
  if (kinds != 1) {
    return core::InvalidArgument(At(file, t) + ": source '" + s.name +
                                 "': needs exactly one of 'path', 'feed', 'sitemap' or 'urls'");
  }
  auto url = StringKey(t, "url", file, false);
  if (!url.ok()) return url.status();
  s.url = *url;
  NR_RETURN_IF_ERROR(ParsePublished(t, file, &s.published));
  return s;
}

}  // namespace

core::Result<Config> LoadConfig(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return core::IoError(path + ": cannot read config (" + std::strerror(errno) + ")");
  std::stringstream buffer;
  buffer << in.rdbuf();
  return ParseConfig(buffer.str(), path, fs::absolute(fs::path(path)).parent_path().string());
}

core::Result<Config> ParseConfig(std::string_view text, const std::string& path,
                                 const std::string& dir_name) {
  Config config;
  config.file = path;
  config.dir = dir_name;
  config.text = std::string(text);
  fs::path dir(dir_name);
  toml::table root;
  try {
    root = toml::parse(text, path);
  } catch (const toml::parse_error& e) {
    return core::InvalidArgument(path + ":" + std::to_string(e.source().begin.line) + ": " +
                                 std::string(e.description()));
  }
  // The config carries the operator's [[party]] and [[relation]] entries.
  auto extra = extract::ParseLexicon(text, path);
  if (!extra.ok()) return extra.status();
  config.lexicon = extract::DefaultLexicon();
  extract::MergeLexicon(*extra, &config.lexicon);

  static const std::set<std::string> kTables = {"source", "store", "report", "fetch", "party",
                                                "relation", "phase", "log", "retention", "article"};
  for (const auto& [key, node] : root) {
    if (kTables.count(std::string(key.str())) == 0) {
      return core::InvalidArgument(At(path, node) + ": key '" + std::string(key.str()) + "': unknown table");
    }
  }
  NR_RETURN_IF_ERROR(ParseFetchTable(root, path, &config.fetch));
  if (const toml::node* sources = root.get("source")) {
    const toml::array* arr = sources->as_array();
    if (arr == nullptr) return core::InvalidArgument(At(path, *sources) + ": key 'source': use [[source]] tables");
    std::set<std::string> names;
    for (const toml::node& n : *arr) {
      const toml::table* t = n.as_table();
      if (t == nullptr) return core::InvalidArgument(At(path, n) + ": key 'source': must be a table");
      auto s = ParseSource(*t, path, dir, config.fetch.policy);
      if (!s.ok()) return s.status();
      if (!names.insert(s->name).second) {
        return core::InvalidArgument(At(path, n) + ": key 'name': source '" + s->name + "' is defined twice");
      }
      config.sources.push_back(std::move(*s));
    }
  }
  if (const toml::table* store = root["store"].as_table()) {
    auto db = StringKey(*store, "path", path, false);
    if (!db.ok()) return db.status();
    if (!db->empty()) config.db_path = store::IsPostgresUrl(*db) ? *db : Resolve(dir, *db);
  }
  if (const toml::table* report = root["report"].as_table()) {
    auto folder = StringKey(*report, "folder", path, false);
    if (!folder.ok()) return folder.status();
    if (!folder->empty()) config.report_folder = Resolve(dir, *folder);
  }
  if (const toml::table* log = root["log"].as_table()) {
    auto file = StringKey(*log, "file", path, false);
    if (!file.ok()) return file.status();
    if (!file->empty()) config.log_file = Resolve(dir, *file);
  }
  // Without [store] or [report], the database and the reports live beside the config, as
  // every other path of it does, wherever the command runs from.
  if (config.db_path.empty()) config.db_path = Resolve(dir, "newsrecon.db");
  if (config.report_folder.empty()) config.report_folder = Resolve(dir, "reports");
  if (const toml::table* article = root["article"].as_table()) {
    if (const toml::node* max = article->get("max_chars")) {
      auto v = max->value<int64_t>();
      if (!v || *v < 1000 || *v > 100000000) {
        return core::InvalidArgument(At(path, *max) +
                                     ": key 'max_chars': must be a whole number from 1000 to 100000000");
      }
      config.max_article_chars = *v;
    }
  }
  if (const toml::table* retention = root["retention"].as_table()) {
    if (const toml::node* days = retention->get("documents_days")) {
      auto v = days->value<int64_t>();
      if (!v || *v < 1 || *v > 100000) {
        return core::InvalidArgument(At(path, *days) +
                                     ": key 'documents_days': must be a whole number of days, 1 or more");
      }
      config.documents_days = static_cast<int>(*v);
    }
  }
  return config;
}

}  // namespace newsrecon::cli
