// What `newsrecon --version` prints: the version, the git commit built, the libraries.
#ifndef NEWSRECON_CLI_VERSION_H_
#define NEWSRECON_CLI_VERSION_H_

#include <string>

namespace newsrecon::cli {

// "newsrecon 0.1.0 (git 9c0e48c)\nbuilt with: libcurl 7.88.1, SQLite 3.40.1, ...\n". The
// commit is the source tree's at build time ("unknown" outside a git checkout, with
// "-dirty" when it had uncommitted changes); library versions are those built against.
std::string VersionText();

}  // namespace newsrecon::cli

#endif  // NEWSRECON_CLI_VERSION_H_
