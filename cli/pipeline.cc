// The pipeline's steps, shared by `ingest`, `run` and `reconcile`.
#include "cli/pipeline.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "cli/interrupt.h"
#include "core/dates.h"
#include "core/utf8.h"
#include "extract/text/article.h"
#include "extract/text/simhash.h"
#include "fetch/sniff.h"
#include "reconcile/reconcile.h"
#include "reconcile/stories.h"

namespace newsrecon::cli {
namespace {

namespace fs = std::filesystem;

extract::DateContext ContextFor(const std::string& published) {
  extract::DateContext context;
  if (auto d = core::ParseIsoDate(published); d.has_value() && d->day != 0) context.published = d;
  return context;
}

// Why `text` is too long to be an article, or "".
std::string TooLong(const std::string& text, int64_t max_chars) {
  if (static_cast<int64_t>(text.size()) <= max_chars) return "";  // bytes >= characters
  int64_t chars = 0;
  for (char c : text) chars += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  if (chars <= max_chars) return "";
  return "text of " + std::to_string(chars) + " characters, more than an article's " +
         std::to_string(max_chars) + " ([article] max_chars)";
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
  InputFile file{path, buffer.str(), fetch::TextKind::kPlain, {}};
  if (file.bytes.find_first_not_of(" \t\r\n") == std::string::npos) {
    return core::BadInput(path + ": empty file");
  }
  auto page = fetch::ReadPageText(file.bytes, fetch::TypeForExtension(path));
  if (!page.ok()) return page.status().Prefixed(path);
  file.kind = page->kind;
  file.text = std::move(page->text);
  return file;
}

core::Result<core::ArticleText> ReadArticle(fetch::TextKind kind, std::string_view utf8,
                                            std::string_view url) {
  return kind == fetch::TextKind::kHtml ? extract::ArticleFromHtml(utf8, url)
                                        : extract::ArticleFromPlainText(utf8, url);
}

core::Result<store::ArticleWriteResult> IngestDocument(const Pipeline& p, int64_t source_id,
                                                       const DocumentInput& doc,
                                                       std::string* canonical_url) {
  const std::string& utf8 = doc.text.text;
  auto text = ReadArticle(doc.kind, utf8, doc.url);
  if (!text.ok()) return text.status().Prefixed(doc.where);
  if (text->published.empty() && !doc.published.empty()) {
    text->published = doc.published;
    text->published_from = doc.published_from;
  }
  if (text->url.empty()) text->url = doc.url;
  if (text->not_article.empty()) text->not_article = TooLong(text->text, p.max_article_chars);
  if (canonical_url != nullptr) *canonical_url = text->canonical_url;
  store::ArticleWrite write;
  write.document.url = doc.url;
  write.document.content_type = fetch::MediaTypeOf(doc.kind);
  write.document.charset = doc.text.charset;
  write.document.charset_from = doc.text.source;
  write.document.replaced = static_cast<int64_t>(doc.text.replaced);
  write.document.body = doc.bytes;
  if (utf8 != doc.bytes) write.document.text = utf8;
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
  size_t claims = write.claims.size();
  auto stored = p.store->PutArticle(source_id, std::move(write));
  if (!stored.ok()) return stored.status().Prefixed(doc.where);
  if (p.claims_stored != nullptr && stored->new_article) {
    *p.claims_stored += static_cast<int64_t>(claims);
  }
  if (p.log != nullptr && stored->new_article && stored->not_article.empty()) {
    p.log->Debug("article_stored",
                 "stored article " + std::to_string(stored->article_id) + ": " + doc.where +
                     " (" + std::to_string(claims) + " claim(s))",
                 {{"article_id", stored->article_id}, {"url", doc.url}, {"claims", claims},
                  {"duplicate_of", stored->duplicate_of}});
  }
  return stored;
}

core::Result<store::ArticleWriteResult> IngestDocument(const Pipeline& p, int64_t source_id,
                                                       const InputFile& input,
                                                       const std::string& url,
                                                       const std::string& published) {
  DocumentInput doc{input.path, url, published, input.kind, input.bytes, input.text};
  return IngestDocument(p, source_id, doc);
}

core::Result<int> ExtractDocument(const Pipeline& p, const store::PendingDocument& item,
                                  std::vector<std::string>* failures,
                                  std::vector<std::string>* rejects) {
  auto d = p.store->LoadDocument(item.document_id);
  if (!d.ok()) return d.status();
  fetch::TextKind kind = fetch::TextKind::kPlain;  // as stored; anything but HTML reads as text
  (void)fetch::TextKindOf(d->content_type, &kind);
  DocumentInput doc{d->url, d->url, item.published, kind, std::move(d->body), {}, "feed"};
  doc.text = {d->charset, d->charset_from, d->text.empty() ? doc.bytes : std::move(d->text),
              static_cast<size_t>(d->replaced)};
  std::string canonical;
  auto stored = IngestDocument(p, item.source_id, doc, &canonical);
  if (stored.ok() && !stored->not_article.empty()) {
    NR_RETURN_IF_ERROR(p.store->MarkRejected(item.document_id, stored->not_article));
    rejects->push_back(item.source + ": " + d->url + ": " + stored->not_article);
    return 0;
  }
  if (stored.ok() && !canonical.empty()) {  // what the fetch that stored it left undone
    NR_RETURN_IF_ERROR(p.store->SetCanonicalUrlOfDocument(item.document_id, canonical));
  }
  if (stored.ok()) return stored->new_article ? 1 : 0;
  if (stored.status().code() != core::Code::kBadInput) return stored.status();
  std::string why = stored.status().message();
  if (why.rfind(d->url + ": ", 0) == 0) why.erase(0, d->url.size() + 2);
  NR_RETURN_IF_ERROR(p.store->MarkRejected(item.document_id, why));
  failures->push_back(item.source + ": " + d->url + ": " + why);
  return 0;
}

core::Result<int> ExtractPending(const Pipeline& p, std::vector<std::string>* failures,
                                 std::vector<std::string>* rejects) {
  auto pending = p.store->PendingDocuments();
  if (!pending.ok()) return pending.status();
  int added = 0;
  for (const store::PendingDocument& item : *pending) {
    if (StopRequested()) break;  // the rest stay pending for the next run
    auto one = ExtractDocument(p, item, failures, rejects);
    if (!one.ok()) return one.status();
    added += *one;
  }
  return added;
}

core::Result<int> RefreshClaims(const Pipeline& p) {
  auto ids = p.store->ArticlesNeedingClaims(p.extractor->version());
  if (!ids.ok()) return ids.status();
  int refreshed = 0;
  for (int64_t id : *ids) {
    if (StopRequested()) break;  // the rest keep their older claims until the next run
    NR_RETURN_IF_ERROR(RefreshArticleClaims(p, id));
    ++refreshed;
  }
  return refreshed;
}

core::Status RefreshArticleClaims(const Pipeline& p, int64_t article_id) {
  auto article = p.store->LoadArticle(article_id);
  if (!article.ok()) return article.status();
  const core::ArticleText& t = article->content;
  extract::Extraction found = p.extractor->Extract(t.text, t.sentences, ContextFor(t.published));
  NR_RETURN_IF_ERROR(p.store->ReplaceClaims(article_id, found.claims, p.extractor->version()));
  if (p.claims_stored != nullptr) *p.claims_stored += static_cast<int64_t>(found.claims.size());
  return core::Status::Ok();
}

namespace {

// The ids of the open contradictions that are not dismissed.
core::Result<std::set<int64_t>> OpenIds(store::Store& store) {
  auto open = store.LoadContradictions(false);
  if (!open.ok()) return open.status();
  std::set<int64_t> ids;
  for (const store::StoredContradiction& c : *open) ids.insert(c.contradiction.id);
  return ids;
}

}  // namespace

core::Result<store::ReconcileCounts> ReconcileStore(const Pipeline& p, int* reopened) {
  NR_RETURN_IF_ERROR(reconcile::UpdateStories(*p.store).status());
  auto result = reconcile::ReconcileStore(*p.store);
  if (!result.ok()) return result.status();
  std::set<int64_t> before;
  if (reopened != nullptr) {
    auto ids = OpenIds(*p.store);
    if (!ids.ok()) return ids.status();
    before = std::move(*ids);
  }
  auto counts = p.store->SaveContradictions(p.run_id, result->contradictions);
  if (!counts.ok() || reopened == nullptr) return counts;
  auto open = p.store->LoadContradictions(false);
  if (!open.ok()) return open.status();
  *reopened = 0;
  for (const store::StoredContradiction& c : *open) {
    if (c.first_seen_run != p.run_id && before.count(c.contradiction.id) == 0) ++*reopened;
  }
  return counts;
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
