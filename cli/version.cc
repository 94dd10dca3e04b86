// The version text; NEWSRECON_* definitions come from cli/CMakeLists.txt, the commit from
// the git_commit.h the build writes (cli/git_commit.cmake).
#include "cli/version.h"

#include "git_commit.h"

namespace newsrecon::cli {

std::string VersionText() {
  std::string out = std::string("newsrecon ") + NEWSRECON_VERSION + " (git " + kGitCommit + ")\n";
  out += "built with: " NEWSRECON_LIBRARIES "\n";
  return out;
}

}  // namespace newsrecon::cli
