// The pipeline's steps, shared by `ingest`, `run` and `reconcile`.
#include "cli/pipeline.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/dates.h"
#include "core/utf8.h"
#include "extract/text/article.h"
#include "extract/text/simhash.h"
#include "reconcile/reconcile.h"

namespace newsrecon::cli {
namespace {

namespace fs = std::filesystem;

bool LooksLikeHtml(const std::string& path, std::string_view bytes) {
  std::string ext = fs::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  if (ext == ".html" || ext == ".htm" || ext == ".xhtml") return true;
  if (ext == ".txt" || ext == ".text") return false;
  size_t i = bytes.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
  return i != std::string_view::npos && bytes[i] == '<';
}

extract::DateContext ContextFor(const std::string& published) {
  extract::DateContext context;
  if (auto d = core::ParseIsoDate(published); d.has_value() && d->day != 0) context.published = d;
  return context;
}

}  // namespace

core::Result<InputFile> ReadInput(const std::string& path) {
  std::error_code ec;
  if (fs::is_directory(path, ec)) return core::BadInput(path + ": is a folder, not a file");
  std::ifstream in(path, std::ios::binary);
  if (!in) return core::BadInput(path + ": cannot read (" + std::strerror(errno) + ")");
  std::stringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return core::BadInput(path + ": read failed (" + std::strerror(errno) + ")");
  InputFile file{path, buffer.str(), ""};
  if (file.bytes.find_first_not_of(" \t\r\n") == std::string::npos) {
    return core::BadInput(path + ": empty file");
  }
  if (!extract::LooksLikeText(file.bytes)) {
    return core::BadInput(path + ": binary data, not an HTML or text document");
  }
  file.content_type = LooksLikeHtml(path, file.bytes) ? "text/html" : "text/plain";
  return file;
}

core::Result<store::ArticleWriteResult> IngestDocument(const Pipeline& p, int64_t source_id,
                                                       const std::string& where,
                                                       const std::string& bytes,
                                                       const std::string& content_type,
                                                       const std::string& url,
                                                       const std::string& published) {
  std::string utf8 = core::RepairUtf8(bytes);
  auto text = content_type == "text/html" ? extract::ArticleFromHtml(utf8, url)
                                          : extract::ArticleFromPlainText(utf8, url);
  if (!text.ok()) return text.status().Prefixed(where);
  if (text->published.empty() && !published.empty()) {
    text->published = published;
    text->published_from = "config";
  }
  if (text->url.empty()) text->url = url;
  store::ArticleWrite write;
  write.document.url = url;
  write.document.content_type = content_type;
  write.document.charset = "utf-8";
  write.document.body = bytes;
  write.claims_version = p.extractor->version();
  if (text->not_article.empty()) {
    extract::Extraction found =
        p.extractor->Extract(text->text, text->sentences, ContextFor(text->published));
    write.claims = std::move(found.claims);
    write.simhash = extract::SimHash(text->text);
    write.minhash = extract::MinHash(text->text);
    write.minhash_bands = extract::MinHashBands(write.minhash);
    write.near_duplicate_agreement = extract::kNearDuplicateAgreement;
  }
  write.run_id = p.run_id;
  write.text = std::move(*text);
  auto stored = p.store->PutArticle(source_id, std::move(write));
  if (!stored.ok()) return stored.status().Prefixed(where);
  return stored;
}

core::Result<int> RefreshClaims(const Pipeline& p) {
  auto ids = p.store->ArticlesNeedingClaims(p.extractor->version());
  if (!ids.ok()) return ids.status();
  for (int64_t id : *ids) {
    auto article = p.store->LoadArticle(id);
    if (!article.ok()) return article.status();
    const core::ArticleText& t = article->content;
    extract::Extraction found = p.extractor->Extract(t.text, t.sentences, ContextFor(t.published));
    NR_RETURN_IF_ERROR(p.store->ReplaceClaims(id, found.claims, p.extractor->version()));
  }
  return static_cast<int>(ids->size());
}

core::Result<store::ReconcileCounts> ReconcileStore(const Pipeline& p) {
  auto claims = p.store->LoadClaims();
  if (!claims.ok()) return claims.status();
  reconcile::Reconciliation result = reconcile::Reconcile(*claims);
  return p.store->SaveContradictions(p.run_id, result.contradictions);
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

}  // namespace newsrecon::cli
