// The sentence splitter: a scan for terminal punctuation with a list of non-terminal cases.
#include "extract/text/sentences.h"

#include <array>
#include <cctype>
#include <string>

namespace newsrecon::extract {
namespace {

// Lower-cased words that end with a period without ending the sentence.
constexpr std::array<std::string_view, 48> kAbbreviations = {
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "gen", "col", "lt", "sgt",
    "capt", "gov", "sen", "rep", "rev", "inc", "corp", "co", "ltd", "plc", "llc", "bros",
    "no", "vs", "etc", "approx", "est", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "fig", "dept", "univ", "ave", "u.s", "u.k"};

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// True when the word ending just before `dot` (text[dot] == '.') does not end a sentence.
bool IsAbbreviation(std::string_view text, size_t dot) {
  size_t start = dot;
  while (start > 0 && !IsSpace(text[start - 1]) && text[start - 1] != '(' &&
         text[start - 1] != '"') {
    --start;
  }
  std::string word;
  for (size_t i = start; i < dot; ++i) {
    word.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(text[i]))));
  }
  if (word.empty()) return false;
  // Initials and dotted acronyms: "J.", "U.S", "a.m".
  if (word.size() == 1 && std::isalpha(static_cast<unsigned char>(word[0]))) return true;
  if (word.find('.') != std::string::npos) {
    bool dotted = true;
    for (size_t i = 0; i < word.size(); ++i) {
      bool letter = std::isalpha(static_cast<unsigned char>(word[i])) != 0;
      if ((i % 2 == 0 && !letter) || (i % 2 == 1 && word[i] != '.')) dotted = false;
    }
    if (dotted) return true;
  }
  for (std::string_view abbr : kAbbreviations) {
    if (word == abbr) return true;
  }
  return false;
}

// True when text[i..] starts a new sentence: an upper-case letter, a digit, an opening
// quote or bracket, or a non-ASCII letter (treated as a possible capital).
bool StartsSentence(std::string_view text, size_t i) {
  if (i >= text.size()) return true;
  char c = text[i];
  if (IsUpper(c) || IsDigit(c) || c == '"' || c == '\'' || c == '(' || c == '[') return true;
  if ((c == '-' || c == '*') && i + 1 < text.size() && text[i + 1] == ' ') return true;  // bullet
  if (static_cast<unsigned char>(c) == 0xE2) return true;  // curly quotes, dashes
  return static_cast<unsigned char>(c) >= 0xC3 && static_cast<unsigned char>(c) <= 0xDF;
}

size_t SkipClosers(std::string_view text, size_t i) {
  for (;;) {
    if (i < text.size() && (text[i] == '"' || text[i] == '\'' || text[i] == ')' ||
                            text[i] == ']')) {
      ++i;
    } else if (i + 2 < text.size() && static_cast<unsigned char>(text[i]) == 0xE2 &&
               static_cast<unsigned char>(text[i + 1]) == 0x80 &&
               (static_cast<unsigned char>(text[i + 2]) == 0x9D ||
                static_cast<unsigned char>(text[i + 2]) == 0x99)) {
      i += 3;  // ” or ’
    } else {
      return i;
    }
  }
}

void EmitOne(std::string_view text, size_t start, size_t end, std::vector<core::Span>* out) {
  while (start < end && IsSpace(text[start])) ++start;
  while (end > start && IsSpace(text[end - 1])) --end;
  if (end > start) out->push_back({start, end});
}

// Emits text[start, end), in pieces of at most kMaxSentenceBytes cut at spaces (or, with
// no space, at a UTF-8 character boundary).
void Emit(std::string_view text, size_t start, size_t end, std::vector<core::Span>* out) {
  while (end - start > kMaxSentenceBytes) {
    size_t cut = start + kMaxSentenceBytes;
    size_t space = cut;
    while (space > start + kMaxSentenceBytes / 2 && !IsSpace(text[space])) --space;
    if (IsSpace(text[space])) {
      cut = space;
    } else {
      while (cut > start && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    }
    EmitOne(text, start, cut, out);
    start = cut;
  }
  EmitOne(text, start, end, out);
}

}  // namespace

std::vector<core::Span> SplitSentences(std::string_view text) {
  std::vector<core::Span> out;
  size_t start = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\n') {
      Emit(text, start, i, &out);  // a line break ends a sentence (paragraphs, headings)
      start = i + 1;
      continue;
    }
    if (c != '.' && c != '!' && c != '?') continue;
    if (c == '.' && i + 1 < text.size() && text[i + 1] == '.') {  // ellipsis: skip to its end
      while (i + 1 < text.size() && text[i + 1] == '.') ++i;
    }
    if (c == '.' && i > 0 && IsDigit(text[i - 1]) && i + 1 < text.size() && IsDigit(text[i + 1])) {
      continue;  // decimal
    }
    size_t end = SkipClosers(text, i + 1);
    if (end < text.size() && !IsSpace(text[end])) continue;
    size_t next = end;
    while (next < text.size() && IsSpace(text[next])) ++next;
    if (c == '.' && IsAbbreviation(text, i)) {
      // "Acme Inc. said" continues; "... from Acme Inc. The" is ambiguous: keep together
      // unless the abbreviation is a company suffix followed by a new capitalised sentence
      // with a paragraph break.
      continue;
    }
    if (!StartsSentence(text, next)) continue;
    Emit(text, start, end, &out);
    start = end;
  }
  Emit(text, start, text.size(), &out);
  return out;
}

}  // namespace newsrecon::extract
