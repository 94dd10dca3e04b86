// ReadLocalFile and ListSourceFiles.
#include "ingest/local_files.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace newsrecon::ingest {

namespace fs = std::filesystem;

core::Result<RawPage> ReadLocalFile(const std::string& path) {
  std::error_code ec;
  if (fs::is_directory(path, ec)) return core::BadInput(path + ": is a folder, not a file");
  std::ifstream in(path, std::ios::binary);
  if (!in) return core::BadInput(path + ": cannot read (" + std::strerror(errno) + ")");
  std::stringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return core::BadInput(path + ": read failed (" + std::strerror(errno) + ")");
  RawPage page;
  page.bytes = buffer.str();
  if (page.bytes.find_first_not_of(" \t\r\n") == std::string::npos) {
    return core::BadInput(path + ": empty file");
  }
  page.content_type = fetch::TypeForExtension(path);
  page.where = path;
  return page;
}

core::Result<std::vector<std::string>> ListSourceFiles(const std::string& location) {
  std::error_code ec;
  if (!fs::exists(location, ec)) return core::BadInput(location + ": no such file or folder");
  if (!fs::is_directory(location, ec)) return std::vector<std::string>{location};
  std::vector<std::string> files;
  for (auto it = fs::recursive_directory_iterator(location, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (!it->is_regular_file()) continue;
    std::string ext = it->path().extension().string();
    if (ext == ".html" || ext == ".htm" || ext == ".txt") files.push_back(it->path().string());
  }
  if (ec) return core::BadInput(location + ": cannot list (" + ec.message() + ")");
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace newsrecon::ingest
