// The content hash of fetched bytes: SHA-256 as lower-case hex, the same digest as
// core::Sha256Hex, computed with OpenSSL (which uses the CPU's SHA instructions) because
// the fetch stage hashes every page it receives.
#ifndef NEWSRECON_FETCH_CONTENT_HASH_H_
#define NEWSRECON_FETCH_CONTENT_HASH_H_

#include <string>
#include <string_view>

namespace newsrecon::fetch {

// Returns the SHA-256 of `bytes` as 64 lower-case hex digits.
std::string ContentHash(std::string_view bytes);

}  // namespace newsrecon::fetch

#endif  // NEWSRECON_FETCH_CONTENT_HASH_H_
