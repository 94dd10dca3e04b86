// ReadText, ReadArticle, ReadPage.
#include "ingest/read.h"

#include "extract/text/article.h"

namespace newsrecon::ingest {

core::Result<fetch::PageText> ReadText(const RawPage& page) {
  if (page.read.has_value()) return *page.read;
  std::string supplied = page.content_type;
  if (!page.header_charset.empty() && fetch::ParseContentType(supplied).charset.empty()) {
    // The charset goes with the type the page is read as: declared, or else sniffed.
    auto kind = fetch::SniffPage(page.bytes, supplied);
    if (!kind.ok()) return kind.status().Prefixed(page.where);
    supplied = std::string(core::ToString(fetch::FormatOf(*kind))) + "; charset=" + page.header_charset;
  }
  auto read = fetch::ReadPageText(page.bytes, supplied);
  if (!read.ok()) return read.status().Prefixed(page.where);
  return read;
}

core::Result<core::ArticleText> ReadArticle(fetch::TextKind kind, std::string_view utf8,
                                            std::string_view url) {
  return kind == fetch::TextKind::kHtml ? extract::ArticleFromHtml(utf8, url)
                                        : extract::ArticleFromPlainText(utf8, url);
}

core::Result<PageRead> ReadPage(const RawPage& page) {
  auto text = ReadText(page);
  if (!text.ok()) return text.status();
  auto article = ReadArticle(text->kind, text->text.text, page.url);
  if (!article.ok()) return article.status().Prefixed(page.where);
  if (article->published.empty() && !page.published.empty()) {
    article->published = page.published;
    article->published_from = page.published_from;
  }
  if (article->url.empty()) article->url = page.url;
  return PageRead{std::move(*text), std::move(*article)};
}

}  // namespace newsrecon::ingest
