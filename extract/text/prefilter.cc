// The prefilter: a small HTML tokenizer that copies what Gumbo needs and skips the rest.
// Script and style bodies are most of a modern page's bytes; Gumbo's tokenizer reads them
// a character at a time, so skipping them here makes the whole stage faster than a bare
// parse of the original bytes.
#include "extract/text/prefilter.h"

#include <cstdint>
#include <cstring>
#include <vector>

namespace newsrecon::extract {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// What the prefilter does with an element's start tag and content.
enum class TagClass { kPlain, kVoid, kOptionalEnd, kDropBody, kRawText, kPlaintext };

TagClass Classify(std::string_view name) {
  static constexpr std::string_view kVoid[] = {
      "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
      "source", "track", "wbr", "keygen", "basefont", "bgsound", "frame", "image", "command"};
  // Elements whose end tag may be left out: a later start tag closes them, so counting
  // them would make plain pages look deep.
  static constexpr std::string_view kOptionalEnd[] = {
      "p",     "li",    "dt",       "dd", "option", "optgroup", "tr", "td", "th", "tbody",
      "thead", "tfoot", "colgroup", "rb", "rt",     "rtc",      "rp", "html", "head", "body"};
  static constexpr std::string_view kRawText[] = {"title",   "textarea", "xmp",
                                                  "iframe",  "noembed",  "noframes"};
  if (name == "script" || name == "style" || name == "svg") return TagClass::kDropBody;
  if (name == "plaintext") return TagClass::kPlaintext;
  for (std::string_view v : kVoid) {
    if (name == v) return TagClass::kVoid;
  }
  for (std::string_view v : kOptionalEnd) {
    if (name == v) return TagClass::kOptionalEnd;
  }
  for (std::string_view v : kRawText) {
    if (name == v) return TagClass::kRawText;
  }
  return TagClass::kPlain;
}

uint64_t NameHash(std::string_view name) {
  uint64_t h = 1469598103934665603ull;
  for (char c : name) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  return h;
}

// A tag read from the input: [start, end) covers "<name ...>".
struct Tag {
  size_t end = 0;
  std::string name;  // lower case
  bool closing = false;
};

// Reads the tag whose '<' is at html[lt] (followed by a letter, or '/' and a letter); the
// attributes are skipped as the tokenizer skips them, so quoted '>' do not end the tag.
Tag ReadTag(std::string_view html, size_t lt) {
  Tag tag;
  size_t i = lt + 1;
  if (html[i] == '/') {
    tag.closing = true;
    ++i;
  }
  while (i < html.size() && !IsSpace(html[i]) && html[i] != '/' && html[i] != '>') {
    tag.name.push_back(Lower(html[i++]));
  }
  while (i < html.size() && html[i] != '>') {
    if (IsSpace(html[i]) || html[i] == '/') {
      ++i;
      continue;
    }
    ++i;  // an attribute name's first character may be '='
    while (i < html.size() && !IsSpace(html[i]) && html[i] != '/' && html[i] != '>' &&
           html[i] != '=') {
      ++i;
    }
    while (i < html.size() && IsSpace(html[i])) ++i;
    if (i >= html.size() || html[i] != '=') continue;
    ++i;
    while (i < html.size() && IsSpace(html[i])) ++i;
    if (i < html.size() && (html[i] == '"' || html[i] == '\'')) {
      size_t close = html.find(html[i], i + 1);
      i = close == std::string_view::npos ? html.size() : close + 1;
    } else {
      while (i < html.size() && !IsSpace(html[i]) && html[i] != '>') ++i;
    }
  }
  tag.end = i < html.size() ? i + 1 : html.size();
  return tag;
}

// The position of "</name" (any case) followed by space, '/' or '>' at or after `from`;
// npos when the element is never closed.
size_t FindEndTag(std::string_view html, size_t from, std::string_view name) {
  for (size_t i = html.find("</", from); i != std::string_view::npos; i = html.find("</", i + 2)) {
    size_t after = i + 2 + name.size();
    if (after > html.size()) return std::string_view::npos;
    bool same = true;
    for (size_t k = 0; k < name.size() && same; ++k) same = Lower(html[i + 2 + k]) == name[k];
    if (same && (after == html.size() || IsSpace(html[after]) || html[after] == '/' ||
                 html[after] == '>')) {
      return i;
    }
  }
  return std::string_view::npos;
}

bool IsJsonLd(std::string_view open_tag) {
  for (size_t i = 0; i + 7 <= open_tag.size(); ++i) {
    if (Lower(open_tag[i]) == 'l' && Lower(open_tag[i + 1]) == 'd' && open_tag[i + 2] == '+' &&
        Lower(open_tag[i + 3]) == 'j' && Lower(open_tag[i + 4]) == 's') {
      return true;
    }
  }
  return false;
}

class Prefilter {
 public:
  Prefilter(std::string_view html, PrefilterStats* stats)
      : html_(html), stats_(stats), budget_(kElementBudgetBase + html.size() / kBytesPerElement) {
    out_.reserve(html.size());
  }

  std::string Run() {
    size_t i = 0;
    while (i < html_.size()) {
      const void* found = std::memchr(html_.data() + i, '<', html_.size() - i);
      size_t lt = found == nullptr ? html_.size()
                                   : static_cast<size_t>(static_cast<const char*>(found) - html_.data());
      out_.append(html_.substr(i, lt - i));
      if (lt >= html_.size()) break;
      i = Markup(lt);
    }
    return std::move(out_);
  }

 private:
  // Handles the markup at html_[lt] == '<'; returns where to go on.
  size_t Markup(size_t lt) {
    std::string_view rest = html_.substr(lt);
    if (rest.starts_with("<!--")) {
      size_t end = html_.find("-->", lt + 4);
      if (rest.starts_with("<!-->")) return lt + 5;
      if (rest.starts_with("<!--->")) return lt + 6;
      return end == std::string_view::npos ? html_.size() : end + 3;
    }
    char next = rest.size() > 1 ? rest[1] : '\0';
    if (next == '!' || next == '?') return Bogus(lt, next == '!');
    bool end_tag = next == '/' && rest.size() > 2 && IsAlpha(rest[2]);
    if (!end_tag && !IsAlpha(next)) {
      out_.push_back('<');  // a literal '<' in text
      return lt + 1;
    }
    Tag tag = ReadTag(html_, lt);
    if (OverBudget()) {  // the text goes on; no more elements (end tags would make some)
      ++stats_->over_budget;
      return tag.closing ? tag.end : OpenOverBudget(tag);
    }
    if (tag.closing) {
      Close(tag.name);
      out_.append(html_.substr(lt, tag.end - lt));
      return tag.end;
    }
    return Open(lt, tag);
  }

  // Counts a tag against the element budget; true once it is spent.
  bool OverBudget() {
    if (tags_ >= budget_) return true;
    ++tags_;
    return false;
  }

  // Past the budget a start tag is dropped; an element whose content is not markup
  // (script, style, title, textarea, ...) is dropped whole, so its content is not read as
  // markup.
  size_t OpenOverBudget(const Tag& tag) {
    TagClass c = Classify(tag.name);
    if (c != TagClass::kDropBody && c != TagClass::kRawText) return tag.end;
    size_t close = FindEndTag(html_, tag.end, tag.name);
    return close == std::string_view::npos ? html_.size() : close;
  }

  // "<!DOCTYPE ...>" is kept; other "<!...>" and "<?...>" are bogus comments, dropped.
  size_t Bogus(size_t lt, bool bang) {
    size_t gt = html_.find('>', lt);
    size_t end = gt == std::string_view::npos ? html_.size() : gt + 1;
    std::string_view text = html_.substr(lt, end - lt);
    if (bang && text.size() > 9 && Lower(text[2]) == 'd' && Lower(text[3]) == 'o') out_.append(text);
    return end;
  }

  size_t Open(size_t lt, const Tag& tag) {
    std::string_view open = html_.substr(lt, tag.end - lt);
    switch (Classify(tag.name)) {
      case TagClass::kVoid:
      case TagClass::kOptionalEnd:
        out_.append(open);
        return tag.end;
      case TagClass::kPlaintext:
        out_.append(html_.substr(lt));
        return html_.size();
      case TagClass::kDropBody:
      case TagClass::kRawText:
        return Raw(lt, tag);
      case TagClass::kPlain:
        break;
    }
    if (stack_.size() >= kMaxNestingDepth) {
      ++stats_->dropped_tags;
      return tag.end;
    }
    stack_.push_back(NameHash(tag.name));
    if (stack_.size() > stats_->max_depth) stats_->max_depth = stack_.size();
    out_.append(open);
    return tag.end;
  }

  // Elements whose content is text up to their end tag: copied, or dropped when the
  // content is never read (scripts other than JSON-LD, styles, SVG drawings).
  size_t Raw(size_t lt, const Tag& tag) {
    std::string_view open = html_.substr(lt, tag.end - lt);
    size_t close = FindEndTag(html_, tag.end, tag.name);
    if (close == std::string_view::npos) close = html_.size();
    bool keep = Classify(tag.name) == TagClass::kRawText || (tag.name == "script" && IsJsonLd(open));
    out_.append(keep ? html_.substr(lt, close - lt) : open);
    return close;
  }

  // An end tag closes the nearest open element of its name among the innermost few; one
  // that matches none is stray and changes nothing.
  void Close(const std::string& name) {
    uint64_t h = NameHash(name);
    size_t limit = stack_.size() > 64 ? stack_.size() - 64 : 0;
    for (size_t k = stack_.size(); k > limit; --k) {
      if (stack_[k - 1] == h) {
        stack_.resize(k - 1);
        return;
      }
    }
  }

  std::string_view html_;
  PrefilterStats* stats_;
  std::string out_;
  std::vector<uint64_t> stack_;
  size_t budget_;    // tags kept at most
  size_t tags_ = 0;  // tags kept so far
};

}  // namespace

std::string PrefilterHtml(std::string_view html, PrefilterStats* stats) {
  PrefilterStats ignored;
  return Prefilter(html, stats != nullptr ? stats : &ignored).Run();
}

}  // namespace newsrecon::extract
