// Atomic report writes.
#include "cli/report_files.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

namespace newsrecon::cli {

namespace fs = std::filesystem;

core::Status WriteFileAtomically(const std::string& path, const std::string& content) {
  std::error_code ec;
  fs::path parent = fs::path(path).parent_path();
  if (!parent.empty()) fs::create_directories(parent, ec);
  if (ec) return core::IoError(parent.string() + ": cannot create folder (" + ec.message() + ")");
  std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return core::IoError(tmp + ": cannot write (" + std::strerror(errno) + ")");
    out << content;
    out.flush();
    if (!out) return core::IoError(tmp + ": write failed (" + std::strerror(errno) + ")");
  }
  fs::rename(tmp, path, ec);
  if (ec) return core::IoError(path + ": cannot replace (" + ec.message() + ")");
  return core::Status::Ok();
}

}  // namespace newsrecon::cli
