// The newsrecon executable: all work happens in cli::Main.
#include <iostream>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "fetch/curl_global.h"

int main(int argc, char** argv) {
  newsrecon::fetch::CurlGlobal curl;
  if (!curl.ok()) {
    std::cerr << "newsrecon: libcurl failed to initialise\n";
    return newsrecon::cli::kExitFailure;
  }
  std::vector<std::string> args(argv + 1, argv + argc);
  newsrecon::cli::Io io{std::cout, std::cerr};
  return newsrecon::cli::Main(args, io);
}
