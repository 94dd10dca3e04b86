// Articles from plain-text files: title line, optional date line, body.
#include <string>

#include "core/dates.h"
#include "extract/text/article.h"
#include "extract/text/date_text.h"
#include "extract/text/gumbo_tree.h"
#include "extract/text/sentences.h"

namespace newsrecon::extract {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) {
    s.remove_prefix(1);
  }
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' ||
                        s.back() == '\n')) {
    s.remove_suffix(1);
  }
  return s;
}

// Splits off the next line of `*rest`.
std::string_view NextLine(std::string_view* rest) {
  size_t nl = rest->find('\n');
  std::string_view line = rest->substr(0, nl);
  rest->remove_prefix(nl == std::string_view::npos ? rest->size() : nl + 1);
  return line;
}

// A short line in title case ("The Amazon Gambit: A Catalyst for Change") or ending in ':'.
bool IsHeading(std::string_view line) {
  if (line.size() >= 100) return false;
  if (line.back() == ':') return true;
  int words = 0, capitalised = 0;
  bool at_word = true;
  for (char c : line) {
    if (c == ' ') {
      at_word = true;
      continue;
    }
    if (at_word) {
      ++words;
      if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) ++capitalised;
    }
    at_word = false;
  }
  return words >= 2 && capitalised * 10 >= words * 6;
}

// True when the line break between `line` and `next` ends a paragraph.
bool EndsParagraph(std::string_view line, std::string_view next) {
  if (line.empty() || next.empty()) return true;
  char last = line.back();
  bool sentence_end = last == '.' || last == '!' || last == '?' || last == '"' ||
                      line.substr(line.size() >= 3 ? line.size() - 3 : 0) == "\xE2\x80\x9D";
  bool next_starts_upper = (next[0] >= 'A' && next[0] <= 'Z') || next[0] == '"' || next[0] == '-' ||
                           static_cast<unsigned char>(next[0]) >= 0xC3;
  if (line.size() > 160) return true;  // not hard-wrapped: each line is a paragraph
  return next_starts_upper && (sentence_end || IsHeading(line));
}

}  // namespace

bool LooksLikeText(std::string_view bytes) {
  size_t control = 0;
  for (char ch : bytes) {
    auto c = static_cast<unsigned char>(ch);
    if (c == 0) return false;
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++control;
  }
  return control * 100 <= bytes.size();
}

core::Result<core::ArticleText> ArticleFromPlainText(std::string_view text, std::string_view url) {
  core::ArticleText article;
  article.url = std::string(url);
  std::string_view rest = text;
  if (rest.substr(0, 3) == "\xEF\xBB\xBF") rest.remove_prefix(3);  // BOM
  while (!rest.empty() && article.title.empty()) article.title = std::string(Trim(NextLine(&rest)));
  // A dateline among the first short lines ("Published: May 1, 2026", "Desk · 28 APRIL
  // 2026 · 00:01"), the title line included, is the publication date.
  std::string_view head = text;
  for (int lines = 0; lines < 8 && !head.empty() && article.published.empty();) {
    std::string_view line = Trim(NextLine(&head));
    if (line.empty()) continue;
    ++lines;
    if (line.size() > 100) continue;
    if (auto date = FindDateInText(line)) {
      article.published = core::FormatIsoDate(*date);
      article.published_from = "dateline";
    }
  }
  // Paragraphs: blank-line separated. A single line break joins hard-wrapped lines, but
  // ends the paragraph after a long unwrapped line, a finished sentence, or a heading.
  std::string body;
  std::string paragraph;
  auto flush = [&] {
    if (paragraph.empty()) return;
    if (!body.empty()) body += "\n\n";
    body += paragraph;
    paragraph.clear();
  };
  std::string_view previous;
  while (!rest.empty()) {
    std::string_view l = Trim(NextLine(&rest));
    if (l.empty()) {
      flush();
      previous = {};
      continue;
    }
    if (!paragraph.empty() && EndsParagraph(previous, l)) flush();
    if (!paragraph.empty()) paragraph += ' ';
    AppendCollapsed(l, &paragraph);
    previous = l;
  }
  flush();
  if (body.empty()) return core::BadInput("no article text after the title line");
  article.text = std::move(body);
  article.sentences = SplitSentences(article.text);
  return article;
}

}  // namespace newsrecon::extract
