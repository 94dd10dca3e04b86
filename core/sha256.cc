// SHA-256 with OpenSSL's one-shot digest (it uses the CPU's SHA instructions): every page
// the fetch stage receives and every article's text is hashed, so this is on the hot path.
#include "core/sha256.h"

#include <openssl/evp.h>

#include <cstdio>
#include <cstdlib>

namespace newsrecon::core {

std::string Sha256Hex(std::string_view data) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  if (EVP_Digest(data.data(), data.size(), digest, &length, EVP_sha256(), nullptr) != 1) {
    // Only without OpenSSL's default provider; a wrong hash would merge different pages.
    std::fputs("newsrecon: OpenSSL: SHA-256 is not available\n", stderr);
    std::abort();
  }
  static const char kHex[] = "0123456789abcdef";
  std::string out(2 * length, '0');
  for (unsigned int i = 0; i < length; ++i) {
    out[2 * i] = kHex[digest[i] >> 4];
    out[2 * i + 1] = kHex[digest[i] & 0xF];
  }
  return out;
}

}  // namespace newsrecon::core
