// SHA-256 of a byte string, as used for content hashes (documents, articles).
#ifndef NEWSRECON_CORE_SHA256_H_
#define NEWSRECON_CORE_SHA256_H_

#include <string>
#include <string_view>

namespace newsrecon::core {

// Returns the SHA-256 digest of `data` as 64 lower-case hex digits.
std::string Sha256Hex(std::string_view data);

}  // namespace newsrecon::core

#endif  // NEWSRECON_CORE_SHA256_H_
