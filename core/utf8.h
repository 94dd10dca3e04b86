// UTF-8 helpers: validation, repair and offsets in code points.
#ifndef NEWSRECON_CORE_UTF8_H_
#define NEWSRECON_CORE_UTF8_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace newsrecon::core {

// Returns true when `text` is well-formed UTF-8 (no overlongs, surrogates or bytes past U+10FFFF).
bool IsValidUtf8(std::string_view text);

// Returns `text` with every ill-formed sequence replaced by U+FFFD; `replaced`, when given,
// receives how many replacements were made (a reader that drops bytes says how many).
std::string RepairUtf8(std::string_view text, size_t* replaced = nullptr);

// Converts a byte offset into `text` (valid UTF-8) to a count of code points before it.
// Linear in the offset: for many offsets into one text use CodePointIndex.
size_t CodePointOffset(std::string_view text, size_t byte_offset);

// Byte offsets to code-point offsets for one text, each in constant time: counts are kept
// at every 64th byte.
class CodePointIndex {
 public:
  explicit CodePointIndex(std::string_view text);
  size_t operator()(size_t byte_offset) const;

 private:
  std::string_view text_;
  std::vector<size_t> before_block_;  // code points before each 64-byte block
};

// `s` with ASCII letters in lower case (other bytes, UTF-8 included, unchanged).
std::string AsciiLower(std::string_view s);

// Returns the number of leading bytes of the UTF-8 sequence that starts with `lead`
// (1 for ASCII and for stray continuation bytes).
size_t Utf8SequenceLength(unsigned char lead);

}  // namespace newsrecon::core

#endif  // NEWSRECON_CORE_UTF8_H_
