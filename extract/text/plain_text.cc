// Articles from plain-text files: title line, optional date line, body.
#include <algorithm>
#include <cctype>
#include <iterator>
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

// Words of letters in `s`, outside the byte range [skip_from, skip_to).
int LetterWords(std::string_view s, size_t skip_from, size_t skip_to) {
  int words = 0;
  bool in_word = false;
  for (size_t i = 0; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    bool letter = (i < skip_from || i >= skip_to) &&
                  ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c >= 0x80);
    if (letter && !in_word) ++words;
    in_word = letter;
  }
  return words;
}

// A line that is a date with at most a section or outlet name and a time around it
// ("27 NOVEMBER, 2005", "Startups · 28 APRIL 2026 · 00:01", "Published: May 1, 2026").
bool IsDateline(std::string_view line) {
  size_t at = 0;
  auto date = FindDateInText(line, &at);
  if (!date.has_value() || line.size() > 100) return false;
  // The date itself is at most "September 30, 2026" long; its month name is not a word.
  size_t end = std::min(line.size(), at + 20);
  while (end < line.size() && line[end] != ' ' && line[end] != ',') ++end;
  return LetterWords(line, at, end) <= 3;
}

// Whether the first line of a text file is its headline: short, not a sentence that ends
// with a full stop, not a dateline, not the lead paragraph (several sentences).
bool LooksLikeTitleLine(std::string_view line) {
  constexpr size_t kMaxTitleBytes = 160;
  if (line.empty() || line.size() > kMaxTitleBytes || IsDateline(line)) return false;
  if (line.back() == '.' && !line.ends_with("...")) return false;
  for (size_t i = line.find(". "); i != std::string_view::npos; i = line.find(". ", i + 2)) {
    if (i + 2 < line.size() && line[i + 2] >= 'A' && line[i + 2] <= 'Z') return false;
  }
  return LetterWords(line, 0, 0) <= 25;
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

// Takes the first non-empty line of `*rest` as the title when it looks like one;
// otherwise leaves it in `*rest` as the start of the body (a lead paragraph keeps its
// figures) and returns "".
std::string TakeTitle(std::string_view* rest) {
  while (!rest->empty()) {
    std::string_view before = *rest;
    std::string_view first = Trim(NextLine(rest));
    if (first.empty()) continue;
    if (LooksLikeTitleLine(first)) return std::string(first);
    *rest = before;
    break;
  }
  return {};
}

// Whether `prefix`, the words before a date that opens a paragraph, makes the date the
// paragraph's dateline: nothing, a weekday, or words of publishing ("Published", "Posted
// on", "Date of publication"). "On March 3, 2019, the board ..." opens with an event's date.
bool DatelinePrefix(std::string_view prefix) {
  static const std::string_view kPublishing[] = {"published", "posted", "publication", "dated"};
  static const std::string_view kOthers[] = {"on", "date", "of", "monday", "tuesday", "wednesday", "thursday",
                                             "friday", "saturday", "sunday", "mon", "tue", "wed", "thu",
                                             "fri", "sat", "sun"};
  bool publishing = false, other = false;
  std::string word;
  for (size_t i = 0; i <= prefix.size(); ++i) {
    char c = i < prefix.size() ? prefix[i] : ' ';
    if (std::isalpha(static_cast<unsigned char>(c))) {
      word.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
      continue;
    }
    if (word.empty()) continue;
    if (std::find(std::begin(kPublishing), std::end(kPublishing), word) != std::end(kPublishing)) {
      publishing = true;
    } else if (std::find(std::begin(kOthers), std::end(kOthers), word) == std::end(kOthers)) {
      return false;
    } else if (word == "on" || word == "date" || word == "of") {
      other = true;
    }
    word.clear();
  }
  return publishing || !other;
}

// A dateline among the first lines, the title line included, is the publication date: a
// short line that holds a date ("Published: May 1, 2026", "Desk · 28 APRIL 2026 · 00:01"),
// or a paragraph that opens with one ("Published September 25 2016 At least ...").
void ReadDateline(std::string_view text, core::ArticleText* article) {
  for (int lines = 0; lines < 8 && !text.empty() && article->published.empty();) {
    std::string_view line = Trim(NextLine(&text));
    if (line.empty()) continue;
    ++lines;
    size_t at = 0;
    auto date = FindDateInText(line, &at);
    if (!date.has_value()) continue;
    if (line.size() > 100 && (at > 40 || !DatelinePrefix(line.substr(0, at)))) continue;
    article->published = core::FormatIsoDate(*date);
    article->published_from = "dateline";
  }
}

// Paragraphs: blank-line separated. A single line break joins hard-wrapped lines, but
// ends the paragraph after a long unwrapped line, a finished sentence, or a heading.
std::string Paragraphs(std::string_view rest) {
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
  return body;
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
  article.title = TakeTitle(&rest);
  ReadDateline(text, &article);
  std::string body = Paragraphs(rest);
  if (body.empty()) return core::BadInput("no article text after the title line");
  article.text = std::move(body);
  article.sentences = SplitSentences(article.text);
  return article;
}

}  // namespace newsrecon::extract
