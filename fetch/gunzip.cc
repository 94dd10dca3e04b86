// Gunzip with zlib, bounded so a small bomb cannot fill memory.
#include "fetch/gunzip.h"

#include <zlib.h>

#include <array>
#include <limits>

namespace newsrecon::fetch {

bool IsGzip(std::string_view bytes) { return bytes.substr(0, 2) == "\x1f\x8b"; }

core::Result<std::string> Gunzip(std::string_view bytes, int64_t max_bytes) {
  if (bytes.size() > std::numeric_limits<uInt>::max())
    return core::BadInput("bad gzip data (too large)");
  z_stream z{};
  if (inflateInit2(&z, 15 + 16) != Z_OK) return core::BadInput("bad gzip data (zlib init failed)");
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  z.avail_in = static_cast<uInt>(bytes.size());
  std::string out;
  std::array<char, 64 * 1024> buffer;
  int rc = Z_OK;
  while (rc != Z_STREAM_END) {
    z.next_out = reinterpret_cast<Bytef*>(buffer.data());
    z.avail_out = static_cast<uInt>(buffer.size());
    rc = inflate(&z, Z_NO_FLUSH);
    if (rc != Z_OK && rc != Z_STREAM_END) break;
    out.append(buffer.data(), buffer.size() - z.avail_out);
    if (static_cast<int64_t>(out.size()) > max_bytes) {
      inflateEnd(&z);
      return core::BadInput("gzip data larger than the " + std::to_string(max_bytes) +
                            "-byte limit after decompression");
    }
    if (rc == Z_OK && z.avail_in == 0 && z.avail_out != 0) {
      rc = Z_BUF_ERROR;  // the input ended before the stream did
      break;
    }
  }
  std::string reason = z.msg != nullptr ? z.msg : "truncated";
  inflateEnd(&z);
  if (rc != Z_STREAM_END) return core::BadInput("bad gzip data (" + reason + ")");
  return out;
}

}  // namespace newsrecon::fetch
