// RFC 822 / RFC 2822 dates, as RSS writes them, into ISO 8601.
#include <array>
#include <cctype>
#include <cstdio>
#include <string>
#include <vector>

#include "core/dates.h"
#include "fetch/listing.h"

namespace newsrecon::fetch {
namespace {

std::vector<std::string> Tokens(std::string_view text) {
  std::vector<std::string> out;
  std::string current;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == ',' || c == '\r' || c == '\n') {
      if (!current.empty()) out.push_back(std::move(current));
      current.clear();
    } else {
      current += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  if (!current.empty()) out.push_back(std::move(current));
  return out;
}

bool AllDigits(const std::string& s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

int Month(const std::string& token) {
  static const std::array<const char*, 12> kMonths = {"jan", "feb", "mar", "apr", "may", "jun",
                                                      "jul", "aug", "sep", "oct", "nov", "dec"};
  if (token.size() < 3) return 0;
  for (size_t i = 0; i < kMonths.size(); ++i) {
    if (token.compare(0, 3, kMonths[i]) == 0) return static_cast<int>(i) + 1;
  }
  return 0;
}

// "+01:00", "Z", or "" for an unknown zone; false when the token is not a zone at all.
bool Zone(const std::string& token, std::string* out) {
  struct Named {
    const char* name;
    const char* offset;
  };
  static const std::array<Named, 12> kZones = {{{"gmt", "Z"},
                                                {"ut", "Z"},
                                                {"utc", "Z"},
                                                {"z", "Z"},
                                                {"est", "-05:00"},
                                                {"edt", "-04:00"},
                                                {"cst", "-06:00"},
                                                {"cdt", "-05:00"},
                                                {"mst", "-07:00"},
                                                {"mdt", "-06:00"},
                                                {"pst", "-08:00"},
                                                {"pdt", "-07:00"}}};
  if ((token[0] == '+' || token[0] == '-') && token.size() == 5 && AllDigits(token.substr(1))) {
    *out = token.substr(0, 3) + ":" + token.substr(3);
    if (*out == "+00:00") *out = "Z";
    return true;
  }
  for (const Named& z : kZones) {
    if (token == z.name) {
      *out = z.offset;
      return true;
    }
  }
  return false;
}

bool Time(const std::string& token, int* h, int* m, int* s) {
  *s = 0;
  int n = std::sscanf(token.c_str(), "%d:%d:%d", h, m, s);
  return n >= 2 && *h >= 0 && *h < 24 && *m >= 0 && *m < 60 && *s >= 0 && *s <= 60;
}

}  // namespace

std::string Rfc822ToIso(std::string_view date) {
  std::vector<std::string> t = Tokens(date);
  size_t i = 0;
  if (i < t.size() && !AllDigits(t[i])) ++i;  // the day of the week
  if (t.size() < i + 4 || !AllDigits(t[i]) || t[i].size() > 2) return "";
  core::CivilDate d;
  d.day = std::stoi(t[i]);
  d.month = Month(t[i + 1]);
  if (!AllDigits(t[i + 2]) || (t[i + 2].size() != 2 && t[i + 2].size() != 4)) return "";
  d.year = std::stoi(t[i + 2]);
  if (t[i + 2].size() == 2) d.year += d.year < 50 ? 2000 : 1900;
  int h = 0, m = 0, s = 0;
  if (d.month == 0 || !core::IsValidDate(d) || !Time(t[i + 3], &h, &m, &s)) return "";
  std::string zone;
  if (t.size() > i + 4 && !Zone(t[i + 4], &zone)) zone.clear();
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d", d.year, d.month, d.day, h, m,
                s < 60 ? s : 59);
  return buf + zone;
}

}  // namespace newsrecon::fetch
