// The not-an-article checks: phrase lists for each kind of page and the text lengths
// below which a page that uses them is taken at its word.
#include "core/utf8.h"
#include "extract/text/not_article.h"

#include <string>

namespace newsrecon::extract {
namespace {

// An article body shorter than this may be all a paywall, consent wall or check left.
constexpr size_t kShortBody = 1500;

constexpr std::string_view kErrorTitles[] = {
    "404", "page not found", "not found", "file not found", "page cannot be found",
    "page could not be found", "page doesn't exist", "page does not exist",
    "page no longer exists", "500 internal server error", "internal server error",
    "503 service unavailable", "service unavailable", "bad gateway", "error 404", "error 500"};

constexpr std::string_view kErrorPhrases[] = {
    "page not found", "the page you requested could not be found",
    "the page you are looking for", "the page you were looking for", "this page doesn't exist",
    "this page does not exist", "page cannot be found", "page could not be found",
    "error 404", "404 error", "404 not found", "internal server error",
    "service unavailable", "we can't find the page", "we couldn't find the page",
    "we could not find the page", "this page is no longer available"};

constexpr std::string_view kBotPhrases[] = {
    "are you a robot", "are you a human", "verify you are human", "verify you are a human",
    "verify that you are human", "confirm you are human", "checking your browser",
    "checking if the site connection is secure", "complete the captcha", "solve the captcha",
    "captcha", "unusual traffic from your computer", "access to this page has been denied",
    "please enable js and disable any ad blocker", "please enable javascript and cookies",
    "attention required", "ddos protection by", "press & hold", "press and hold",
    "request unsuccessful", "you have been blocked", "why have i been blocked"};

constexpr std::string_view kConsentPhrases[] = {
    "cookie", "consent", "privacy settings", "privacy preferences", "accept all",
    "reject all", "manage preferences", "manage settings", "we and our partners",
    "your privacy choices", "before you continue", "legitimate interest",
    "personalised ads", "personalized ads", "store and/or access information"};

constexpr std::string_view kPaywallPhrases[] = {
    "subscribe to continue reading", "to continue reading", "continue reading your article",
    "subscribers only", "for subscribers only", "exclusive to subscribers",
    "already a subscriber", "subscribe to read", "to read the full story",
    "to read the full article", "this article is for subscribers",
    "this content is for subscribers", "create a free account to continue",
    "you have reached your limit", "you've reached your limit", "free articles remaining",
    "register to continue reading", "sign in to continue reading", "unlock this article",
    "become a subscriber to read"};

std::string Lower(std::string_view s) { return core::AsciiLower(s); }

// The first listed phrase found in `text` (lower case), or "".
template <size_t N>
std::string_view FirstFound(const std::string& text, const std::string_view (&phrases)[N]) {
  for (std::string_view p : phrases) {
    if (text.find(p) != std::string::npos) return p;
  }
  return {};
}

template <size_t N>
int CountFound(const std::string& text, const std::string_view (&phrases)[N]) {
  int count = 0;
  for (std::string_view p : phrases) count += text.find(p) != std::string::npos ? 1 : 0;
  return count;
}

bool Truncated(std::string_view body) {
  while (!body.empty() && (body.back() == ' ' || body.back() == '\n')) body.remove_suffix(1);
  return body.ends_with("...") || body.ends_with("\xE2\x80\xA6");  // "…"
}

std::string ErrorReason(const PageSignals& p, const std::string& heads, const std::string& body) {
  // Error pages say little: a title naming the error counts below a few paragraphs.
  if (p.body.size() >= 800) return {};
  std::string_view found = FirstFound(heads, kErrorTitles);
  if (found.empty() && p.body.size() < 600) found = FirstFound(body, kErrorPhrases);
  return found.empty() ? std::string() : "error page: the page says \"" + std::string(found) + "\"";
}

std::string BotReason(const PageSignals& p, const std::string& heads, const std::string& page) {
  if (p.body.size() >= kShortBody) return {};
  std::string_view found = FirstFound(heads, kBotPhrases);
  if (found.empty()) found = FirstFound(page, kBotPhrases);
  return found.empty() ? std::string() : "bot check: the page says \"" + std::string(found) + "\"";
}

std::string ConsentReason(const PageSignals& p, const std::string& heads, const std::string& body) {
  if (p.body.size() >= kShortBody) return {};
  int found = CountFound(body, kConsentPhrases) + CountFound(heads, kConsentPhrases);
  if (found < 2) return {};
  return "consent wall: the page asks for consent to cookies or tracking before its content";
}

std::string PaywallReason(const PageSignals& p, const std::string& page) {
  bool flagged = p.accessible_for_free == 0;
  bool short_body = p.body.size() < kShortBody;
  if (flagged && (short_body || Truncated(p.body))) {
    return "paywall: the page marks itself as not free and shows only a teaser";
  }
  std::string_view found = p.body.size() < 1200 ? FirstFound(page, kPaywallPhrases) : "";
  if (found.empty()) return {};
  return "paywall: the page shows a teaser and says \"" + std::string(found) + "\"";
}

}  // namespace

std::string NotArticleReason(const PageSignals& p) {
  std::string heads = Lower(p.title) + "\n" + Lower(p.headline);
  std::string body = Lower(p.body);
  std::string page = Lower(p.page_text.substr(0, 20000));
  for (std::string reason : {ErrorReason(p, heads, body), BotReason(p, heads, page),
                             ConsentReason(p, heads, body), PaywallReason(p, page)}) {
    if (!reason.empty()) return reason;
  }
  return {};
}

}  // namespace newsrecon::extract
