// ArticleFromHtml: prefilter, parse, read metadata, take the main content, judge whether the
// page is an article at all, split sentences.
#include "core/utf8.h"
#include "extract/text/article.h"
#include "extract/text/block_text.h"
#include "extract/text/content.h"
#include "extract/text/explain.h"
#include "extract/text/gumbo_tree.h"
#include "extract/text/metadata.h"
#include "extract/text/metadata_util.h"
#include "extract/text/mojibake.h"
#include "extract/text/not_article.h"
#include "extract/text/page_model.h"
#include "extract/text/prefilter.h"
#include "extract/text/sentences.h"

namespace newsrecon::extract {
namespace {

// Larger pages are refused rather than parsed: no news article comes near, and Gumbo's
// tree takes several times the page's size in memory.
constexpr size_t kMaxHtmlBytes = size_t{32} << 20;

// All the page's visible text, boilerplate included, up to `limit` bytes.
std::string PageText(const PageModel& page, size_t limit) {
  std::string out;
  for (const TextBlock& b : page.blocks) {
    if (out.size() >= limit) break;
    out += b.text;
    out += '\n';
  }
  return out;
}

// The JSON-LD articleBody as paragraphs: the publisher's own statement of the body, used
// when the page's markup yields much less (pages that render their text with scripts).
std::string StructuredBody(const std::string& body) {
  std::string out;
  size_t start = 0;
  while (start <= body.size()) {
    size_t nl = body.find('\n', start);
    if (nl == std::string::npos) nl = body.size();
    std::string paragraph = CleanText(body.substr(start, nl - start));
    if (!paragraph.empty()) out += (out.empty() ? "" : "\n\n") + paragraph;
    start = nl + 1;
  }
  return out;
}

// The page as valid UTF-8, with text that was encoded twice (the page's UTF-8 read as
// Windows-1252 on its way to the server) repaired.
std::string Utf8Page(std::string_view html) {
  std::string page = core::RepairUtf8(html);
  RepairMojibake(&page);
  return page;
}

}  // namespace

core::Result<core::ArticleText> ArticleFromHtml(std::string_view html, std::string_view url) {
  if (html.size() > kMaxHtmlBytes) {
    return core::BadInput("the page is " + std::to_string(html.size() >> 20) +
                          " MiB, more than the " + std::to_string(kMaxHtmlBytes >> 20) +
                          " MiB the text stage reads");
  }
  core::ArticleText article;
  GumboTree tree(PrefilterHtml(Utf8Page(html), nullptr));
  if (tree.root() == nullptr) return core::BadInput("the HTML parser gave no document");
  PageExtras extras;
  ReadMetadata(tree.root(), url, &article, &extras);
  PageModel page = BuildPageModel(tree.root());
  article.text = MainContent(page, {article.title, extras.json_ld_body});
  if (Folded(extras.json_ld_body).size() > Folded(article.text).size() * 2) {
    article.text = StructuredBody(extras.json_ld_body);
  }
  std::string page_text = PageText(page, 20000);
  article.not_article = NotArticleReason(
      {extras.title_tag, extras.h1, article.text, page_text, extras.accessible_for_free});
  if (article.text.empty() && article.not_article.empty()) {
    article.not_article = "no article text found";
  }
  if (article.not_article.empty()) article.sentences = SplitSentences(article.text);
  return article;
}

std::string ExplainExtraction(std::string_view html, std::string_view url) {
  GumboTree tree(PrefilterHtml(Utf8Page(html), nullptr));
  if (tree.root() == nullptr) return "the HTML parser gave no document\n";
  core::ArticleText article;
  PageExtras extras;
  ReadMetadata(tree.root(), url, &article, &extras);
  return ExplainContent(BuildPageModel(tree.root()), {article.title, extras.json_ld_body});
}

}  // namespace newsrecon::extract
