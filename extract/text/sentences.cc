// The sentence splitter: a scan for terminal punctuation, with the cases where a period
// does not end a sentence decided by the word before it and the word after it.
#include "extract/text/sentences.h"

#include <array>
#include <string>

#include "core/word_set.h"

namespace newsrecon::extract {
namespace {

// Words (lower case, without their period) after which a sentence never ends: titles
// that always precede a name.
const core::WordSet& Titles() {
  static const core::WordSet words({
      "mr", "mrs", "ms", "mx", "dr", "prof", "st", "mt", "ft", "gen", "col", "lt", "sgt",
      "capt", "cmdr", "adm", "maj", "gov", "sen", "rep", "reps", "sens", "rev", "hon", "pres",
      "supt", "det", "insp", "atty", "messrs", "mme", "mlle", "e.g", "i.e", "cf", "viz"});
  return words;
}

// Words that end a sentence only when a digit does not follow ("No. 5", "Vol. 2").
const core::WordSet& NumberPrefixes() {
  static const core::WordSet words({
      "no", "nos", "vol", "fig", "p", "pp", "art", "sec", "ch", "op", "nr"});
  return words;
}

// Other abbreviations: they end a sentence only when the next word is one that usually
// starts one ("... from Acme Inc. The deal", but "Acme Inc. said").
const core::WordSet& Abbreviations() {
  static const core::WordSet words({
      "inc", "corp", "co", "ltd", "plc", "llc", "bros", "jr", "sr", "vs", "etc", "approx",
      "est", "dept", "univ", "ave", "blvd", "rd", "jan", "feb", "mar", "apr", "jun", "jul",
      "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thurs",
      "fri", "sat", "sun", "a.m", "p.m", "u.s", "u.k", "u.n", "e.u", "d.c", "ph.d", "al"});
  return words;
}

// Words that usually begin a sentence (lower case).
const core::WordSet& Starters() {
  static const core::WordSet words({
      "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "his", "her", "its",
      "their", "our", "my", "but", "and", "or", "so", "yet", "in", "on", "at", "as", "for",
      "if", "when", "while", "after", "before", "this", "that", "these", "those", "there",
      "here", "some", "many", "most", "both", "such", "what", "why", "how", "who", "where",
      "meanwhile", "however", "still", "also", "then", "now", "last", "next", "shares",
      "analysts", "officials", "according", "under", "since", "despite", "although"});
  return words;
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsLetter(char c) { return (c >= 'a' && c <= 'z') || IsUpper(c); }
char Lower(char c) { return IsUpper(c) ? static_cast<char>(c | 0x20) : c; }

// The lower-cased word that ends just before `dot` (text[dot] == '.').
std::string WordBefore(std::string_view text, size_t dot) {
  size_t start = dot;
  while (start > 0 && !IsSpace(text[start - 1]) && text[start - 1] != '(' &&
         text[start - 1] != '"' && text[start - 1] != '[') {
    --start;
  }
  std::string word;
  for (size_t i = start; i < dot; ++i) word.push_back(Lower(text[i]));
  return word;
}

// The lower-cased letters of the word starting at text[i].
std::string WordAt(std::string_view text, size_t i) {
  std::string word;
  while (i < text.size() && IsLetter(text[i])) word.push_back(Lower(text[i++]));
  return word;
}

// Initials and dotted acronyms: "J", "U.S", "a.m", "Ph.D".
bool IsDotted(const std::string& word) {
  if (word.size() == 1) return IsLetter(word[0]);
  if (word.find('.') == std::string::npos) return false;
  for (char c : word) {
    if (!IsLetter(c) && c != '.') return false;
  }
  return word.find("..") == std::string::npos;
}

// True when the period at text[dot] ends no sentence, `next` being where the next word
// starts.
bool PeriodContinues(std::string_view text, size_t dot, size_t next) {
  std::string word = WordBefore(text, dot);
  if (word.empty()) return false;
  if (Titles().Contains(word)) return true;
  bool digit_follows = next < text.size() && IsDigit(text[next]);
  if (NumberPrefixes().Contains(word)) return digit_follows;
  if (Abbreviations().Contains(word) || IsDotted(word)) {
    return digit_follows || !Starters().Contains(WordAt(text, next));
  }
  return false;
}

// True when text[i..] can start a sentence: an upper-case letter, a digit, an opening
// quote or bracket, a bullet, or a non-ASCII character (a capital, a curly quote, a dash).
bool StartsSentence(std::string_view text, size_t i) {
  if (i >= text.size()) return true;
  char c = text[i];
  if (IsUpper(c) || IsDigit(c) || c == '"' || c == '\'' || c == '(' || c == '[') return true;
  if ((c == '-' || c == '*') && i + 1 < text.size() && text[i + 1] == ' ') return true;
  return static_cast<unsigned char>(c) >= 0xC3;
}

size_t SkipClosers(std::string_view text, size_t i) {
  for (;;) {
    if (i < text.size() &&
        (text[i] == '"' || text[i] == '\'' || text[i] == ')' || text[i] == ']')) {
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

// Where the sentence that has terminal punctuation at text[i] ends, or 0 when it goes on.
size_t SentenceEnd(std::string_view text, size_t* i) {
  char c = text[*i];
  if (c == '.' && *i + 1 < text.size() && text[*i + 1] == '.') {  // an ellipsis: to its end
    while (*i + 1 < text.size() && text[*i + 1] == '.') ++*i;
    c = '\0';
  }
  if (c == '.' && *i > 0 && IsDigit(text[*i - 1]) && *i + 1 < text.size() &&
      IsDigit(text[*i + 1])) {
    return 0;  // a decimal
  }
  size_t end = SkipClosers(text, *i + 1);
  if (end < text.size() && !IsSpace(text[end])) return 0;
  size_t next = end;
  while (next < text.size() && IsSpace(text[next])) ++next;
  if (c == '.' && PeriodContinues(text, *i, next)) return 0;
  return StartsSentence(text, next) ? end : 0;
}

// The bytes the splitter stops at; every other byte is skipped with one table look-up.
constexpr std::array<bool, 256> kStops = [] {
  std::array<bool, 256> stops{};
  for (unsigned char c : {'\n', '.', '!', '?'}) stops[c] = true;
  return stops;
}();

}  // namespace

std::vector<core::Span> SplitSentences(std::string_view text) {
  std::vector<core::Span> out;
  size_t start = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (!kStops[static_cast<unsigned char>(text[i])]) continue;
    char c = text[i];
    if (c == '\n') {
      Emit(text, start, i, &out);  // a line break ends a sentence (paragraphs, headings)
      start = i + 1;
      continue;
    }
    size_t end = SentenceEnd(text, &i);
    if (end == 0) continue;
    Emit(text, start, end, &out);
    start = end;
  }
  Emit(text, start, text.size(), &out);
  return out;
}

}  // namespace newsrecon::extract
