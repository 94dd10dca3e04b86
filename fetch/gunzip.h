// gzip files served as they are (sitemap.xml.gz), not as a Content-Encoding. Internal.
#ifndef NEWSRECON_FETCH_GUNZIP_H_
#define NEWSRECON_FETCH_GUNZIP_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "core/status.h"

namespace newsrecon::fetch {

// True when `bytes` start with the gzip magic number.
bool IsGzip(std::string_view bytes);

// Decompresses `bytes`; fails with kBadInput "gzip data larger than the N-byte limit after
// decompression" or "bad gzip data (REASON)".
core::Result<std::string> Gunzip(std::string_view bytes, int64_t max_bytes);

}  // namespace newsrecon::fetch

#endif  // NEWSRECON_FETCH_GUNZIP_H_
