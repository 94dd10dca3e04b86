// ArticleFromHtml: prefilter, parse, read metadata, take the main content, split sentences.
#include "core/utf8.h"
#include "extract/text/article.h"
#include "extract/text/content.h"
#include "extract/text/explain.h"
#include "extract/text/gumbo_tree.h"
#include "extract/text/metadata.h"
#include "extract/text/page_model.h"
#include "extract/text/prefilter.h"
#include "extract/text/sentences.h"

namespace newsrecon::extract {
namespace {

// Larger pages are refused rather than parsed: no news article comes near, and Gumbo's
// tree takes several times the page's size in memory.
constexpr size_t kMaxHtmlBytes = size_t{32} << 20;

}  // namespace

core::Result<core::ArticleText> ArticleFromHtml(std::string_view html, std::string_view url) {
  if (html.size() > kMaxHtmlBytes) {
    return core::BadInput("the page is " + std::to_string(html.size() >> 20) +
                          " MiB, more than the " + std::to_string(kMaxHtmlBytes >> 20) +
                          " MiB the text stage reads");
  }
  core::ArticleText article;
  GumboTree tree(PrefilterHtml(core::RepairUtf8(html), nullptr));
  if (tree.root() == nullptr) return core::BadInput("the HTML parser gave no document");
  PageExtras extras;
  ReadMetadata(tree.root(), url, &article, &extras);
  PageModel page = BuildPageModel(tree.root());
  article.text = MainContent(page, {article.title, extras.json_ld_body});
  if (article.text.empty()) {
    article.not_article = "no article text found";
    return article;
  }
  article.sentences = SplitSentences(article.text);
  return article;
}

std::string ExplainExtraction(std::string_view html, std::string_view url) {
  GumboTree tree(PrefilterHtml(core::RepairUtf8(html), nullptr));
  if (tree.root() == nullptr) return "the HTML parser gave no document\n";
  core::ArticleText article;
  PageExtras extras;
  ReadMetadata(tree.root(), url, &article, &extras);
  return ExplainContent(BuildPageModel(tree.root()), {article.title, extras.json_ld_body});
}

}  // namespace newsrecon::extract
