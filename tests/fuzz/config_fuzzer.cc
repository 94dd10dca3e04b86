// Fuzz target: any bytes as a newsrecon TOML config (sources, tables, lexicon entries).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "cli/config.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto config = newsrecon::cli::ParseConfig(text, "fuzz.toml", "/tmp");
  if (!config.ok() && config.status().message().rfind("fuzz.toml", 0) != 0) __builtin_trap();
  return 0;
}
