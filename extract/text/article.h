// Article text and metadata from an HTML page or a plain-text file.
//
//   auto article = extract::ArticleFromHtml(html, "https://example.com/story");
//   if (article.ok() && article->not_article.empty()) Use(article->text);
#ifndef NEWSRECON_EXTRACT_TEXT_ARTICLE_H_
#define NEWSRECON_EXTRACT_TEXT_ARTICLE_H_

#include <string_view>

#include "core/model.h"
#include "core/status.h"

namespace newsrecon::extract {

// Parses `html` (UTF-8; ill-formed bytes become U+FFFD) and returns the article's title,
// dates (each with where it was found), authors, site, canonical URL, language, main text
// (paragraphs separated by a blank line) and sentences (byte spans into the text).
//
// Pages that are not articles — paywall teasers, consent walls, bot checks, error pages,
// pages with no article text — come back with `not_article` saying why and no sentences;
// `text` then holds what the page showed (a teaser, a notice), for the record only: it
// must not be used as article text.
//
// Any input gives a result: invalid, truncated, empty or deeply nested HTML included.
// Fails only for pages over 32 MiB (kBadInput, saying so).
core::Result<core::ArticleText> ArticleFromHtml(std::string_view html, std::string_view url);

// Plain text: the first non-empty line is the title when it looks like one (at most 160
// bytes, no final full stop, one sentence, not a dateline such as "27 NOVEMBER, 2005" or
// "Startups · 28 APRIL 2026 · 00:01"); otherwise there is no title and the line is the
// body's first. A date in one of the first short lines ("Published: May 1, 2026") is the
// publication date. Fails with kBadInput when there is no body.
core::Result<core::ArticleText> ArticleFromPlainText(std::string_view text, std::string_view url);

// Returns true when `bytes` look like text (UTF-8 or a single-byte charset), false for
// binary data (NUL bytes or many control characters).
bool LooksLikeText(std::string_view bytes);

}  // namespace newsrecon::extract

#endif  // NEWSRECON_EXTRACT_TEXT_ARTICLE_H_
