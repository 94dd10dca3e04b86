// ArticleFromHtml: parse, read metadata, take the main content, split sentences.
#include "core/utf8.h"
#include "extract/text/article.h"
#include "extract/text/content.h"
#include "extract/text/gumbo_tree.h"
#include "extract/text/metadata.h"
#include "extract/text/sentences.h"

namespace newsrecon::extract {

core::Result<core::ArticleText> ArticleFromHtml(std::string_view html, std::string_view url) {
  core::ArticleText article;
  GumboTree tree(core::RepairUtf8(html));
  if (tree.root() == nullptr) return core::BadInput("the HTML parser gave no document");
  PageExtras extras;
  ReadMetadata(tree.root(), url, &article, &extras);
  article.text = MainContent(tree.root());
  // Structured data is the publisher's own statement of the body: prefer it when the
  // page's blocks gave much less (script-rendered pages, unusual markup).
  if (extras.json_ld_body.size() > article.text.size() * 2) {
    std::string body;
    AppendCollapsed(extras.json_ld_body, &body);
    article.text = body;
  }
  if (article.text.empty()) {
    article.not_article = "no article text found";
    return article;
  }
  article.sentences = SplitSentences(article.text);
  return article;
}

}  // namespace newsrecon::extract
