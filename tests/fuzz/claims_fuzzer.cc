// Fuzz target: any bytes as article text through the claim extractor.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "core/utf8.h"
#include "extract/claims/claims.h"
#include "extract/text/sentences.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace newsrecon;
  static const std::unique_ptr<extract::ClaimExtractor> extractor = [] {
    auto made = extract::ClaimExtractor::Create(extract::DefaultLexicon());
    if (!made.ok()) __builtin_trap();
    return std::move(*made);
  }();
  // The pipeline repairs UTF-8 before extraction; so does the fuzzer.
  std::string text = core::RepairUtf8(std::string_view(reinterpret_cast<const char*>(data), size));
  auto sentences = extract::SplitSentences(text);
  auto found = extractor->Extract(text, sentences, {core::CivilDate{2026, 3, 4}});
  for (const auto& v : found.values) {
    if (v.span.end > text.size() || v.span.start > v.span.end) __builtin_trap();
  }
  for (const auto& c : found.claims) {
    if (c.span.end > text.size()) __builtin_trap();
  }
  return 0;
}
