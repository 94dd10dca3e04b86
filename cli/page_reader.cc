// Reading and extracting one page without storing it.
#include "cli/page_reader.h"

#include <filesystem>
#include <utility>

#include "ingest/ingestor.h"
#include "ingest/local_files.h"
#include "ingest/near_duplicate.h"

namespace newsrecon::cli {
namespace {

namespace fs = std::filesystem;

bool HasScheme(const std::string& target, const std::string& scheme) {
  if (target.size() < scheme.size()) return false;
  for (size_t i = 0; i < scheme.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(target[i])) != scheme[i]) return false;
  }
  return true;
}

int HexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The path of a file:// URL ("file:///tmp/a%20b.html" gives "/tmp/a b.html").
std::string FilePath(const std::string& url) {
  std::string rest = url.substr(7);
  if (rest.rfind("localhost/", 0) == 0) rest = rest.substr(9);
  std::string path;
  for (size_t i = 0; i < rest.size(); ++i) {
    if (rest[i] == '%' && i + 2 < rest.size() && HexDigit(rest[i + 1]) >= 0 && HexDigit(rest[i + 2]) >= 0) {
      path += static_cast<char>(HexDigit(rest[i + 1]) * 16 + HexDigit(rest[i + 2]));
      i += 2;
    } else {
      path += rest[i];
    }
  }
  return path;
}

}  // namespace

HttpReader NoHttpReader() {
  return [](const std::string& url) -> core::Result<Page> {
    return core::InvalidArgument(url + ": this build reads only local pages (file:// URLs and "
                                 "paths); http and https need the fetch stage");
  };
}

HttpReader FetchHttpReader(fetch::FetchOptions options) {
  return [options](const std::string& url) -> core::Result<Page> {
    fetch::Fetcher fetcher(options);
    fetch::Response got;
    fetcher.Add({url, "", "", options.policy}, [&](fetch::Response&& r) { got = std::move(r); });
    NR_RETURN_IF_ERROR(fetcher.Run());
    if (!got.error.ok()) return core::BadInput(url + ": " + got.error.message());
    Page page;
    page.url = got.final_url.empty() ? url : got.final_url;
    page.where = url;
    page.bytes = std::move(got.body);
    page.content_type = std::move(got.content_type);
    return page;
  };
}

core::Result<Page> ReadPage(const std::string& target, const HttpReader& http) {
  if (HasScheme(target, "http://") || HasScheme(target, "https://")) return http(target);
  std::string path = target;
  if (HasScheme(target, "file://")) {
    path = FilePath(target);
  } else if (target.find("://") != std::string::npos) {
    return core::InvalidArgument(target + ": unsupported URL scheme (use http, https or file)");
  }
  auto page = ingest::ReadLocalFile(path);
  if (!page.ok()) return page.status();
  page->url = "file://" + fs::absolute(path).lexically_normal().string();
  return page;
}

core::Result<reports::PageUnderAudit> ExtractPage(const Page& page,
                                                  const extract::ClaimExtractor& extractor,
                                                  const std::string& url,
                                                  const std::string& published) {
  Page raw = page;
  if (!url.empty()) raw.url = url;
  raw.published = published;
  ingest::Ingestor ingestor({nullptr, &extractor});
  auto read = ingestor.Read(raw);
  if (!read.ok()) return read.status();
  const core::ArticleText& article = read->article;
  if (!article.not_article.empty()) return core::BadInput(page.where + ": " + article.not_article);
  reports::PageUnderAudit out;
  out.url = raw.url;
  out.canonical_url = article.canonical_url;
  out.title = article.title;
  out.published = article.published;
  out.site_name = article.site_name;
  ingest::TextFingerprints prints = ingest::FingerprintsOf(article.text);
  out.fingerprint = std::move(prints.print);
  out.minhash_bands = std::move(prints.bands);
  out.copies = ingest::Copies;
  out.claims = ingestor.Claims(article);
  return out;
}

}  // namespace newsrecon::cli
