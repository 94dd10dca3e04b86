// UTF-8 validation and repair following the well-formed table of Unicode 15, section 3.9.
#include "core/utf8.h"

namespace newsrecon::core {
namespace {

// Returns the length of the well-formed sequence at text[i], or 0 when it is ill-formed.
size_t WellFormedLength(std::string_view text, size_t i) {
  auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
  unsigned char b0 = byte(i);
  if (b0 < 0x80) return 1;
  size_t n = Utf8SequenceLength(b0);
  if (n == 1 || b0 < 0xC2 || b0 > 0xF4 || i + n > text.size()) return 0;
  unsigned char b1 = byte(i + 1);
  unsigned char lo = 0x80, hi = 0xBF;
  if (b0 == 0xE0) lo = 0xA0;
  if (b0 == 0xED) hi = 0x9F;
  if (b0 == 0xF0) lo = 0x90;
  if (b0 == 0xF4) hi = 0x8F;
  if (b1 < lo || b1 > hi) return 0;
  for (size_t k = 2; k < n; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
  }
  return n;
}

}  // namespace

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

size_t Utf8SequenceLength(unsigned char lead) {
  if (lead < 0xC0) return 1;
  if (lead < 0xE0) return 2;
  if (lead < 0xF0) return 3;
  return 4;
}

bool IsValidUtf8(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    size_t n = WellFormedLength(text, i);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

std::string RepairUtf8(std::string_view text, size_t* replaced) {
  std::string out;
  out.reserve(text.size());
  size_t count = 0;
  for (size_t i = 0; i < text.size();) {
    size_t n = WellFormedLength(text, i);
    if (n == 0) {
      out += "\xEF\xBF\xBD";
      ++count;
      ++i;
      continue;
    }
    out.append(text.substr(i, n));
    i += n;
  }
  if (replaced != nullptr) *replaced = count;
  return out;
}

CodePointIndex::CodePointIndex(std::string_view text) : text_(text) {
  size_t count = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (i % 64 == 0) before_block_.push_back(count);
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++count;
  }
}

size_t CodePointIndex::operator()(size_t byte_offset) const {
  if (byte_offset >= text_.size()) return CodePointOffset(text_, text_.size());
  size_t block = byte_offset / 64;
  size_t count = before_block_[block];
  for (size_t i = block * 64; i < byte_offset; ++i) {
    if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++count;
  }
  return count;
}

size_t CodePointOffset(std::string_view text, size_t byte_offset) {
  size_t count = 0;
  for (size_t i = 0; i < byte_offset && i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++count;
  }
  return count;
}

}  // namespace newsrecon::core
