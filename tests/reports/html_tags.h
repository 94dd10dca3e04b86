// For tests that look inside HTML: the start tags of a document with their attributes,
// read the way a browser's tokenizer splits them (quoted values may hold '>').
#ifndef NEWSRECON_TESTS_REPORTS_HTML_TAGS_H_
#define NEWSRECON_TESTS_REPORTS_HTML_TAGS_H_

#include <cctype>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace newsrecon::testing {

struct Tag {
  std::string name;  // lower case
  std::vector<std::pair<std::string, std::string>> attributes;  // names in lower case
};

inline std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Every start tag ("<name ...>") of `html`; comments, end tags and text are skipped.
inline std::vector<Tag> StartTags(std::string_view html) {
  std::vector<Tag> tags;
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; };
  size_t i = 0;
  while ((i = html.find('<', i)) != std::string_view::npos) {
    ++i;
    if (i >= html.size() || !std::isalpha(static_cast<unsigned char>(html[i]))) continue;
    Tag tag;
    size_t start = i;
    while (i < html.size() && !space(html[i]) && html[i] != '/' && html[i] != '>') ++i;
    tag.name = Lower(html.substr(start, i - start));
    while (i < html.size() && html[i] != '>') {
      if (space(html[i]) || html[i] == '/') {
        ++i;
        continue;
      }
      start = i;
      while (i < html.size() && !space(html[i]) && html[i] != '/' && html[i] != '>' && html[i] != '=') ++i;
      std::string name = Lower(html.substr(start, i - start));
      std::string value;
      if (i < html.size() && html[i] == '=') {
        ++i;
        if (i < html.size() && (html[i] == '"' || html[i] == '\'')) {
          char quote = html[i++];
          size_t end = html.find(quote, i);
          if (end == std::string_view::npos) end = html.size();
          value = std::string(html.substr(i, end - i));
          i = end < html.size() ? end + 1 : end;
        } else {
          start = i;
          while (i < html.size() && !space(html[i]) && html[i] != '>') ++i;
          value = std::string(html.substr(start, i - start));
        }
      }
      tag.attributes.emplace_back(name, value);
    }
    tags.push_back(std::move(tag));
  }
  return tags;
}

}  // namespace newsrecon::testing

#endif  // NEWSRECON_TESTS_REPORTS_HTML_TAGS_H_
