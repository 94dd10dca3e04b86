// Fuzz target: any bytes as an HTML page through text extraction.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "extract/text/article.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view html(reinterpret_cast<const char*>(data), size);
  auto article = newsrecon::extract::ArticleFromHtml(html, "https://fuzz.example/2026/03/04/page");
  if (article.ok()) {
    for (const auto& s : article->sentences) {
      if (s.end > article->text.size() || s.start > s.end) __builtin_trap();
    }
  }
  return 0;
}
