// The speed baseline for the text stage: Gumbo's parse alone, for benchmarks.
#ifndef NEWSRECON_EXTRACT_TEXT_PARSE_BASELINE_H_
#define NEWSRECON_EXTRACT_TEXT_PARSE_BASELINE_H_

#include <cstddef>
#include <string_view>

namespace newsrecon::extract {

// Parses `html` with gumbo_parse and frees the tree, doing nothing else; returns the
// number of the root's children plus one (so the work cannot be optimised away). This is what
// the whole text stage (ArticleFromHtml) is measured against.
size_t ParseBaseline(std::string_view html);

// The stage's own way to parse, alone: the prefilter (PrefilterHtml) then Gumbo without
// error records, as ArticleFromHtml parses; returns what ParseBaseline returns. Shows how
// much of the stage's time is parsing and how much is extraction.
size_t PrefilterAndParse(std::string_view html);

}  // namespace newsrecon::extract

#endif  // NEWSRECON_EXTRACT_TEXT_PARSE_BASELINE_H_
