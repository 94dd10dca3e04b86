// robots.txt parsing and matching (RFC 9309).
#include "core/utf8.h"
#include "fetch/robots.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace newsrecon::fetch {
namespace {

std::string Lower(std::string_view s) { return core::AsciiLower(s); }

std::string_view Trim(std::string_view s) {
  size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return {};
  size_t e = s.find_last_not_of(" \t\r\n");
  return s.substr(b, e - b + 1);
}

// The product token of a User-Agent: "newsrecon/0.1 (+https://...)" -> "newsrecon".
std::string ProductToken(std::string_view user_agent) {
  std::string_view t = Trim(user_agent);
  size_t end = t.find_first_of("/ \t");
  return Lower(t.substr(0, end));
}

// Milliseconds from a Crawl-delay value in (possibly fractional) seconds; 0 when invalid.
int ParseDelay(std::string_view value) {
  std::string v(value);
  char* end = nullptr;
  double seconds = std::strtod(v.c_str(), &end);
  if (end == v.c_str() || !std::isfinite(seconds) || seconds <= 0) return 0;
  return static_cast<int>(std::min(seconds, 3600.0) * 1000);
}

}  // namespace

bool RobotsPatternMatches(std::string_view pattern, std::string_view path) {
  bool anchored = !pattern.empty() && pattern.back() == '$';
  if (anchored) pattern.remove_suffix(1);
  // Glob matching with backtracking to the last '*' only: linear in practice.
  size_t p = 0, s = 0, star = std::string_view::npos, mark = 0;
  while (s < path.size()) {
    if (p == pattern.size() && !anchored) return true;
    if (p < pattern.size() && pattern[p] == '*') {
      star = p++;
      mark = s;
    } else if (p < pattern.size() && pattern[p] == path[s]) {
      ++p;
      ++s;
    } else if (star != std::string_view::npos) {
      p = star + 1;
      s = ++mark;
    } else {
      return false;
    }
  }
  while (p < pattern.size() && pattern[p] == '*') ++p;
  return p == pattern.size();
}

Robots Robots::Parse(std::string_view text) {
  Robots robots;
  bool last_was_agent = false;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find_first_of("\r\n", pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    pos = nl + 1;
    line = Trim(line.substr(0, line.find('#')));
    size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    std::string key = Lower(Trim(line.substr(0, colon)));
    std::string_view value = Trim(line.substr(colon + 1));
    if (key == "user-agent") {
      if (!last_was_agent || robots.groups_.empty()) robots.groups_.emplace_back();
      robots.groups_.back().agents.push_back(ProductToken(value));
      last_was_agent = true;
      continue;
    }
    last_was_agent = false;
    if (robots.groups_.empty()) continue;  // rules before any User-agent line
    Group& group = robots.groups_.back();
    if ((key == "allow" || key == "disallow") && !value.empty()) {
      group.rules.push_back({key == "allow", std::string(value)});
    } else if (key == "crawl-delay") {
      group.crawl_delay_ms = ParseDelay(value);
    }
  }
  robots.saved_ = "text\n" + std::string(text);
  return robots;
}

Robots Robots::DisallowAll(std::string why) {
  Robots robots;
  robots.unavailable_ = std::move(why);
  robots.saved_ = "deny\n" + robots.unavailable_;
  return robots;
}

Robots Robots::FromSaved(std::string_view saved) {
  size_t nl = saved.find('\n');
  std::string_view kind = saved.substr(0, nl);
  std::string_view rest = nl == std::string_view::npos ? "" : saved.substr(nl + 1);
  if (kind == "text") return Parse(rest);
  if (kind == "deny") return DisallowAll(std::string(rest));
  return Robots();
}

std::vector<const Robots::Group*> Robots::GroupsFor(std::string_view user_agent) const {
  std::string token = ProductToken(user_agent);
  std::vector<const Group*> mine, star;
  for (const Group& g : groups_) {
    for (const std::string& agent : g.agents) {
      if (!token.empty() && agent == token) {
        mine.push_back(&g);
        break;
      }
      if (agent == "*") {
        star.push_back(&g);
        break;
      }
    }
  }
  return mine.empty() ? star : mine;
}

bool Robots::Allowed(std::string_view user_agent, std::string_view path_and_query) const {
  if (path_and_query == "/robots.txt") return true;
  if (!unavailable_.empty()) return false;
  const Rule* best = nullptr;
  for (const Group* g : GroupsFor(user_agent)) {
    for (const Rule& rule : g->rules) {
      if (!RobotsPatternMatches(rule.pattern, path_and_query)) continue;
      if (best == nullptr || rule.pattern.size() > best->pattern.size() ||
          (rule.pattern.size() == best->pattern.size() && rule.allow && !best->allow)) {
        best = &rule;
      }
    }
  }
  return best == nullptr || best->allow;
}

int Robots::CrawlDelayMs(std::string_view user_agent) const {
  int delay = 0;
  for (const Group* g : GroupsFor(user_agent)) delay = std::max(delay, g->crawl_delay_ms);
  return delay;
}

}  // namespace newsrecon::fetch
