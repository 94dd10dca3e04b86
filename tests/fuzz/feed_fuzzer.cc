// Fuzz target: any bytes as a feed, sitemap, sitemap index or URL list, gzipped or not.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fetch/charset.h"
#include "fetch/gunzip.h"
#include "fetch/listing.h"

namespace {

void Check(std::string_view bytes) {
  using namespace newsrecon;
  // As the crawler reads a listing: decoded to UTF-8 (declared or detected charset) first.
  std::string utf8 = fetch::DecodeText(bytes, "", fetch::TextKind::kXml).text;
  auto listing = fetch::ParseListing(utf8, "https://fuzz.example/feeds/news.xml");
  if (!listing.ok()) {
    if (listing.status().message().empty()) __builtin_trap();
    return;
  }
  for (const auto& item : listing->items) {
    // Listed pages are absolute http(s) URLs; anything else is counted as skipped.
    if (item.url.rfind("http://", 0) != 0 && item.url.rfind("https://", 0) != 0) __builtin_trap();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  Check(bytes);
  auto plain = newsrecon::fetch::Gunzip(bytes, 1 << 20);  // a .gz sitemap
  if (plain.ok()) Check(*plain);
  return 0;
}
