// RepairMojibake: double-encoded UTF-8 back to the characters it spells.
#include "extract/text/mojibake.h"

#include <cstdint>
#include <string_view>

namespace newsrecon::extract {
namespace {

// Windows-1252's characters for the bytes 0x80–0x9F (0 where it has none).
constexpr uint16_t kCp1252[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

// Decodes the UTF-8 character at `s[i]` (valid UTF-8 assumed) into *cp; returns its length.
size_t Decode(std::string_view s, size_t i, uint32_t* cp) {
  auto b = [&](size_t k) { return static_cast<unsigned char>(s[i + k]) & 0x3Fu; };
  auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80 || i + 1 >= s.size()) return *cp = c, 1;
  if (c < 0xE0) return *cp = ((c & 0x1Fu) << 6) | b(1), 2;
  if (c < 0xF0 || i + 2 >= s.size()) return *cp = ((c & 0x0Fu) << 12) | (b(1) << 6) | b(2), 3;
  return *cp = ((c & 0x07u) << 18) | (b(1) << 12) | (b(2) << 6) | b(3), 4;
}

// The byte a character stands for when read as Windows-1252 or Latin-1; -1 for none.
int ByteOf(uint32_t cp, bool* control) {
  *control = false;
  if (cp < 0x80) return static_cast<int>(cp);
  if (cp >= 0x80 && cp <= 0x9F) return *control = true, static_cast<int>(cp);
  if (cp <= 0xFF) return static_cast<int>(cp);
  for (int k = 0; k < 32; ++k) {
    if (kCp1252[k] == cp) return *control = true, 0x80 + k;
  }
  return -1;
}

// Tries to read one spelled character at `s[i]`: appends its bytes to *out and returns the
// length of the run, or 0 when the run is not one.
size_t SpelledAt(std::string_view s, size_t i, std::string* out) {
  uint32_t cp = 0;
  size_t at = i + Decode(s, i, &cp);
  if (cp < 0xC2 || cp > 0xF4) return 0;
  size_t trail = cp < 0xE0 ? 1 : cp < 0xF0 ? 2 : 3;
  char bytes[4] = {static_cast<char>(cp)};
  bool any_control = false;
  for (size_t k = 1; k <= trail; ++k) {
    if (at >= s.size()) return 0;
    uint32_t t = 0;
    at += Decode(s, at, &t);
    bool control = false;
    int byte = ByteOf(t, &control);
    if (byte < 0x80 || byte > 0xBF) return 0;
    any_control = any_control || control;
    bytes[k] = static_cast<char>(byte);
  }
  // Overlong forms and surrogates are not characters.
  auto second = static_cast<unsigned char>(bytes[1]);
  if ((cp == 0xE0 && second < 0xA0) || (cp == 0xED && second > 0x9F) ||
      (cp == 0xF0 && second < 0x90) || (cp == 0xF4 && second > 0x8F) || !any_control) {
    return 0;
  }
  out->append(bytes, trail + 1);
  return at - i;
}

}  // namespace

void RepairMojibake(std::string* text) {
  std::string_view s = *text;
  // Every spelled character holds a Latin-1 letter from U+00C2 on: "\xC3\x82".."\xC3\xB4".
  size_t first = s.find('\xC3');
  if (first == std::string_view::npos) return;
  std::string out;
  size_t copied = 0;
  for (size_t i = first; i < s.size(); ++i) {
    if (s[i] != '\xC3') continue;
    std::string bytes;
    size_t run = SpelledAt(s, i, &bytes);
    if (run == 0) continue;
    out.append(s.substr(copied, i - copied));
    out += bytes;
    copied = i + run;
    i = copied - 1;
  }
  if (copied == 0) return;
  out.append(s.substr(copied));
  *text = std::move(out);
}

}  // namespace newsrecon::extract
