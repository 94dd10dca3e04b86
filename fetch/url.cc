// URL handling on top of libcurl's URL API (CURLU).
#include "core/utf8.h"
#include "fetch/url.h"

#include <curl/curl.h>

#include <algorithm>
#include <array>
#include <memory>

namespace newsrecon::fetch {
namespace {

struct UrlFree {
  void operator()(CURLU* u) const { curl_url_cleanup(u); }
};
using UrlHandle = std::unique_ptr<CURLU, UrlFree>;

// Owns a string libcurl allocated.
struct CurlFree {
  void operator()(char* p) const { curl_free(p); }
};
using CurlString = std::unique_ptr<char, CurlFree>;

std::string Lower(std::string_view s) { return core::AsciiLower(s); }

// Parses `url` into a handle; null when it is not an absolute URL with a host.
UrlHandle Parse(std::string_view url) {
  UrlHandle h(curl_url());
  if (!h) return nullptr;
  std::string copy(url);
  if (copy.find_first_of(std::string_view("\0\r\n", 3)) != std::string::npos) return nullptr;
  if (curl_url_set(h.get(), CURLUPART_URL, copy.c_str(), CURLU_NON_SUPPORT_SCHEME) != CURLUE_OK) {
    return nullptr;
  }
  return h;
}

std::string Part(CURLU* h, CURLUPart part, unsigned flags = 0) {
  char* raw = nullptr;
  if (curl_url_get(h, part, &raw, flags) != CURLUE_OK) return "";
  CurlString owned(raw);
  return owned ? std::string(owned.get()) : std::string();
}

// The query without tracking parameters, in the order given.
std::string CleanQuery(std::string_view query) {
  std::string out;
  size_t pos = 0;
  while (pos <= query.size()) {
    size_t amp = query.find('&', pos);
    if (amp == std::string_view::npos) amp = query.size();
    std::string_view param = query.substr(pos, amp - pos);
    std::string_view name = param.substr(0, param.find('='));
    if (!param.empty() && !IsTrackingParameter(Lower(name))) {
      if (!out.empty()) out += '&';
      out += param;
    }
    pos = amp + 1;
  }
  return out;
}

}  // namespace

bool IsTrackingParameter(std::string_view name) {
  static const std::array<std::string_view, 16> kNames = {
      "fbclid", "gclid", "gclsrc", "dclid",  "msclkid", "yclid",   "igshid", "mc_cid",
      "mc_eid", "_ga",   "_gl",    "_hsenc", "_hsmi",   "mkt_tok", "twclid", "ttclid"};
  if (name.substr(0, 4) == "utm_") return true;
  return std::find(kNames.begin(), kNames.end(), name) != kNames.end();
}

core::Result<std::string> ResolveUrl(std::string_view base, std::string_view reference) {
  UrlHandle h = Parse(base);
  std::string ref(reference);
  auto trim = [](std::string& s) {
    size_t b = s.find_first_not_of(" \t\r\n");
    size_t e = s.find_last_not_of(" \t\r\n");
    s = b == std::string::npos ? "" : s.substr(b, e - b + 1);
  };
  trim(ref);
  if (!h || ref.empty() ||
      curl_url_set(h.get(), CURLUPART_URL, ref.c_str(), CURLU_NON_SUPPORT_SCHEME) != CURLUE_OK) {
    return core::BadInput("not a valid URL: " + ref);
  }
  return Part(h.get(), CURLUPART_URL);
}

core::Result<std::string> CanonicalUrl(std::string_view url) {
  std::string scheme = SchemeOf(url);
  if (!scheme.empty() && scheme != "http" && scheme != "https") {
    return core::BadInput("unsupported scheme '" + scheme + "'");
  }
  UrlHandle h = Parse(url);
  if (!h || scheme.empty()) return core::BadInput("not a valid URL");
  std::string host = Lower(Part(h.get(), CURLUPART_HOST));
  if (host.empty()) return core::BadInput("not a valid URL");
  std::string port = Part(h.get(), CURLUPART_PORT, CURLU_NO_DEFAULT_PORT);
  std::string path = Part(h.get(), CURLUPART_PATH);
  std::string query = CleanQuery(Part(h.get(), CURLUPART_QUERY));
  std::string out = scheme + "://";
  std::string user = Part(h.get(), CURLUPART_USER);
  if (!user.empty()) {
    std::string password = Part(h.get(), CURLUPART_PASSWORD);
    out += user + (password.empty() ? "" : ":" + password) + "@";
  }
  out += host;
  if (!port.empty()) out += ":" + port;
  out += path.empty() ? "/" : path;
  if (!query.empty()) out += "?" + query;
  return out;
}

std::string HostKey(std::string_view url) {
  UrlHandle h = Parse(url);
  if (!h) return "";
  std::string host = Lower(Part(h.get(), CURLUPART_HOST));
  std::string port = Part(h.get(), CURLUPART_PORT, CURLU_DEFAULT_PORT);
  if (host.empty()) return "";
  return Lower(Part(h.get(), CURLUPART_SCHEME)) + "://" + host + ":" + port;
}

std::string SchemeOf(std::string_view url) {
  size_t colon = url.find(':');
  if (colon == std::string_view::npos || colon == 0) return "";
  for (size_t i = 0; i < colon; ++i) {
    unsigned char c = static_cast<unsigned char>(url[i]);
    if (!std::isalnum(c) && c != '+' && c != '-' && c != '.') return "";
  }
  return Lower(url.substr(0, colon));
}

std::string PathAndQuery(std::string_view url) {
  UrlHandle h = Parse(url);
  if (!h) return "/";
  std::string path = Part(h.get(), CURLUPART_PATH);
  std::string query = Part(h.get(), CURLUPART_QUERY);
  if (path.empty()) path.push_back('/');  // not `= "/"`: GCC 12 warns (-Wrestrict) on it
  if (!query.empty()) path.append(1, '?').append(query);
  return path;
}

}  // namespace newsrecon::fetch
