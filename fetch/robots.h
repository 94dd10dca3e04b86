// robots.txt (RFC 9309): parsing and matching a URL path against the rules for our
// user agent.
//
//   fetch::Robots robots = fetch::Robots::Parse(text);
//   if (!robots.Allowed("newsrecon/0.1", "/private/page?x=1")) Skip();
#ifndef NEWSRECON_FETCH_ROBOTS_H_
#define NEWSRECON_FETCH_ROBOTS_H_

#include <string>
#include <string_view>
#include <vector>

namespace newsrecon::fetch {

class Robots {
 public:
  // Allows everything (no robots.txt, or one that is unavailable with a 4xx).
  Robots() = default;
  // Parses robots.txt text; lines it does not understand are ignored, as the RFC asks.
  static Robots Parse(std::string_view text);
  // Disallows everything: robots.txt could not be read (5xx, network error); `why` says so.
  static Robots DisallowAll(std::string why);

  // True when `path_and_query` may be fetched by `user_agent` (the product token before
  // the first '/' or space is matched, case-insensitively; '*' groups apply otherwise).
  // The longest matching rule wins; Allow wins a tie. /robots.txt is always allowed.
  bool Allowed(std::string_view user_agent, std::string_view path_and_query) const;

  // The Crawl-delay for `user_agent` in milliseconds; 0 when none is given.
  int CrawlDelayMs(std::string_view user_agent) const;

  // The robots.txt as it can be saved and read back (FromSaved), for other processes that
  // fetch from the host: "allow", "deny\nWHY" or "text\nTEXT".
  const std::string& saved() const { return saved_; }
  static Robots FromSaved(std::string_view saved);

  // Why everything is disallowed; empty when rules (or none) apply.
  const std::string& unavailable() const { return unavailable_; }

 private:
  struct Rule {
    bool allow = false;
    std::string pattern;
  };
  struct Group {
    std::vector<std::string> agents;  // lower case
    std::vector<Rule> rules;
    int crawl_delay_ms = 0;
  };
  std::vector<const Group*> GroupsFor(std::string_view user_agent) const;

  std::vector<Group> groups_;
  std::string unavailable_;
  std::string saved_ = "allow";
};

// True when the robots.txt `pattern` ('*' any run of characters, a final '$' the end)
// matches the start of `path`.
bool RobotsPatternMatches(std::string_view pattern, std::string_view path);

}  // namespace newsrecon::fetch

#endif  // NEWSRECON_FETCH_ROBOTS_H_
