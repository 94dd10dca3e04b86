// ContentHash with OpenSSL's one-shot digest.
#include "fetch/content_hash.h"

#include <openssl/evp.h>

#include "core/sha256.h"

namespace newsrecon::fetch {

std::string ContentHash(std::string_view bytes) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  if (EVP_Digest(bytes.data(), bytes.size(), digest, &length, EVP_sha256(), nullptr) != 1) {
    return core::Sha256Hex(bytes);  // OpenSSL refused (no provider): the portable digest
  }
  static const char kHex[] = "0123456789abcdef";
  std::string out(2 * length, '0');
  for (unsigned int i = 0; i < length; ++i) {
    out[2 * i] = kHex[digest[i] >> 4];
    out[2 * i + 1] = kHex[digest[i] & 0xF];
  }
  return out;
}

}  // namespace newsrecon::fetch
