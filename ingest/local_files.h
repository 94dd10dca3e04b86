// Local pages: the files of a "path" source, and one file's bytes as a RawPage.
#ifndef NEWSRECON_INGEST_LOCAL_FILES_H_
#define NEWSRECON_INGEST_LOCAL_FILES_H_

#include <string>
#include <vector>

#include "core/status.h"
#include "ingest/read.h"

namespace newsrecon::ingest {

// Reads a local file as a page: its bytes, the type its extension names
// (fetch::TypeForExtension) and `where` = path. Fails with kBadInput naming the file when
// it is missing, unreadable, a folder or empty. How it reads (HTML, text, binary) is
// ReadText's to say.
core::Result<RawPage> ReadLocalFile(const std::string& path);

// Lists the documents of a "path" source: the file itself, or a folder's .html, .htm and
// .txt files (recursively, sorted).
core::Result<std::vector<std::string>> ListSourceFiles(const std::string& location);

}  // namespace newsrecon::ingest

#endif  // NEWSRECON_INGEST_LOCAL_FILES_H_
