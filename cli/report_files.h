// Writing report files so that a reader never sees half of one.
#ifndef NEWSRECON_CLI_REPORT_FILES_H_
#define NEWSRECON_CLI_REPORT_FILES_H_

#include <string>

#include "core/status.h"

namespace newsrecon::cli {

// Writes `content` to `path` through a temporary file and a rename, creating the folder.
// Fails with kIoError naming the file and the reason.
core::Status WriteFileAtomically(const std::string& path, const std::string& content);

}  // namespace newsrecon::cli

#endif  // NEWSRECON_CLI_REPORT_FILES_H_
