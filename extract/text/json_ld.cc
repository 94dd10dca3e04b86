// JSON-LD reading with nlohmann::json: objects are visited through @graph, arrays and
// nested values, so an article inside a WebPage's mainEntity is found too.
#include "extract/text/json_ld.h"

#include <nlohmann/json.hpp>

namespace newsrecon::extract {
namespace {

using nlohmann::json;

bool HasType(const json& type, bool (*match)(std::string_view)) {
  if (type.is_string()) return match(type.get_ref<const std::string&>());
  if (type.is_array()) {
    for (const auto& t : type) {
      if (t.is_string() && match(t.get_ref<const std::string&>())) return true;
    }
  }
  return false;
}

bool IsArticleType(std::string_view t) {
  return t.find("Article") != std::string_view::npos || t == "BlogPosting" || t == "Report" ||
         t == "LiveBlogPosting" || t == "SocialMediaPosting";
}
bool IsPageType(std::string_view t) { return t.find("Page") != std::string_view::npos; }

std::string StringOf(const json& j) {
  if (j.is_string()) return j.get<std::string>();
  if (j.is_object() && j.contains("name")) return StringOf(j["name"]);  // {"name": ...}
  if (j.is_array() && !j.empty()) return StringOf(j[0]);
  return {};
}

void SetOnce(std::string* field, const json& object, const char* key) {
  if (field->empty() && object.contains(key)) *field = StringOf(object[key]);
}

void ReadAuthors(const json& a, std::vector<std::string>* out) {
  if (a.is_string()) out->push_back(a.get<std::string>());
  if (a.is_object() && a.contains("name")) {
    std::string name = StringOf(a["name"]);
    if (!name.empty()) out->push_back(name);
  }
  if (a.is_array()) {
    for (const auto& x : a) ReadAuthors(x, out);
  }
}

int FreeFlag(const json& v) {
  if (v.is_boolean()) return v.get<bool>() ? 1 : 0;
  if (v.is_string()) {
    std::string s = v.get<std::string>();
    if (s == "false" || s == "False" || s == "FALSE") return 0;
    if (s == "true" || s == "True" || s == "TRUE") return 1;
  }
  return -1;
}

void ReadArticle(const json& j, JsonLdFacts* f) {
  SetOnce(&f->headline, j, "headline");
  SetOnce(&f->published, j, "datePublished");
  if (f->published.empty()) SetOnce(&f->published, j, "dateCreated");
  SetOnce(&f->modified, j, "dateModified");
  SetOnce(&f->body, j, "articleBody");
  SetOnce(&f->language, j, "inLanguage");
  if (f->publisher.empty() && j.contains("publisher")) f->publisher = StringOf(j["publisher"]);
  if (f->authors.empty() && j.contains("author")) ReadAuthors(j["author"], &f->authors);
  if (f->accessible_for_free < 0 && j.contains("isAccessibleForFree")) {
    f->accessible_for_free = FreeFlag(j["isAccessibleForFree"]);
  }
}

void Visit(const json& j, JsonLdFacts* f, int depth) {
  if (depth > 8) return;
  if (j.is_array()) {
    for (const auto& x : j) Visit(x, f, depth + 1);
    return;
  }
  if (!j.is_object()) return;
  json type = j.value("@type", json());
  if (HasType(type, IsArticleType)) {
    ReadArticle(j, f);
  } else if (HasType(type, IsPageType)) {
    SetOnce(&f->page_published, j, "datePublished");
    SetOnce(&f->page_modified, j, "dateModified");
    SetOnce(&f->language, j, "inLanguage");
  }
  for (const auto& [key, value] : j.items()) {
    if (value.is_object() || value.is_array()) Visit(value, f, depth + 1);
  }
}

}  // namespace

void ReadJsonLd(std::string_view script, JsonLdFacts* facts) {
  std::string text(script);
  for (char& c : text) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  json parsed = json::parse(text, nullptr, false);
  if (!parsed.is_discarded()) Visit(parsed, facts, 0);
}

}  // namespace newsrecon::extract
