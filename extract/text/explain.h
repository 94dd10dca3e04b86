// A trace of the text stage's choices on one page, for people tuning the extractor.
#ifndef NEWSRECON_EXTRACT_TEXT_EXPLAIN_H_
#define NEWSRECON_EXTRACT_TEXT_EXPLAIN_H_

#include <string>
#include <string_view>

namespace newsrecon::extract {

// Runs the stage on `html` as ArticleFromHtml does and returns, one line per text block,
// whether the block was taken ('+'), left out ('-'), removed as boilerplate ('R') or lay
// outside the chosen container (' '), with its score, link density, element path and text.
std::string ExplainExtraction(std::string_view html, std::string_view url);

}  // namespace newsrecon::extract

#endif  // NEWSRECON_EXTRACT_TEXT_EXPLAIN_H_
