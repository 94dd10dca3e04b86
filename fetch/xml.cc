// The forgiving XML reader.
#include "core/utf8.h"
#include "fetch/xml.h"

#include <algorithm>
#include <array>
#include <charconv>

namespace newsrecon::fetch {
namespace {

constexpr size_t kMaxDepth = 256;

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }
bool IsNameEnd(char c) { return IsSpace(c) || c == '>' || c == '/' || c == '='; }

std::string Lower(std::string_view s) { return core::AsciiLower(s); }

std::string Trim(std::string_view s) {
  size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return "";
  size_t e = s.find_last_not_of(" \t\r\n");
  return std::string(s.substr(b, e - b + 1));
}

void AppendUtf8(uint32_t cp, std::string* out) {
  if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  if (cp < 0x80) {
    *out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    *out += static_cast<char>(0xC0 | (cp >> 6));
    *out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    *out += static_cast<char>(0xE0 | (cp >> 12));
    *out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    *out += static_cast<char>(0xF0 | (cp >> 18));
    *out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    *out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// Decodes the reference `name` (between '&' and ';'); false when it is not one we know.
bool DecodeReference(std::string_view name, std::string* out) {
  struct Named {
    std::string_view name;
    uint32_t cp;
  };
  static constexpr std::array<Named, 14> kNamed = {{
      {"amp", '&'},
      {"lt", '<'},
      {"gt", '>'},
      {"quot", '"'},
      {"apos", '\''},
      {"nbsp", 0xA0},
      {"mdash", 0x2014},
      {"ndash", 0x2013},
      {"hellip", 0x2026},
      {"lsquo", 0x2018},
      {"rsquo", 0x2019},
      {"ldquo", 0x201C},
      {"rdquo", 0x201D},
      {"copy", 0xA9},
  }};
  if (name.size() > 1 && name[0] == '#') {
    bool hex = name[1] == 'x' || name[1] == 'X';
    std::string_view digits = name.substr(hex ? 2 : 1);
    uint32_t cp = 0;
    auto [end, ec] =
        std::from_chars(digits.data(), digits.data() + digits.size(), cp, hex ? 16 : 10);
    if (ec != std::errc() || end != digits.data() + digits.size() || digits.empty()) return false;
    AppendUtf8(cp, out);
    return true;
  }
  for (const Named& n : kNamed) {
    if (n.name == name) {
      AppendUtf8(n.cp, out);
      return true;
    }
  }
  return false;
}

class Reader {
 public:
  explicit Reader(std::string_view text) : s_(text) {}
  core::Result<XmlElement> Read();

 private:
  void Markup();
  void StartTag();
  void EndTag();
  void Close();
  void SkipPast(std::string_view end) {
    size_t at = s_.find(end, pos_);
    pos_ = at == std::string_view::npos ? s_.size() : at + end.size();
  }
  void AddText(std::string_view raw, bool decode) {
    if (stack_.empty() || stack_.size() > kMaxDepth) return;
    stack_.back().text += decode ? DecodeXmlText(raw) : std::string(raw);
  }
  std::string Attribute();

  std::string_view s_;
  size_t pos_ = 0;
  std::vector<XmlElement> stack_;
  std::vector<std::string> qualified_;  // the open elements' names as written
  std::vector<XmlElement> roots_;
  size_t ignored_depth_ = 0;  // open elements past kMaxDepth
};

core::Result<XmlElement> Reader::Read() {
  while (pos_ < s_.size()) {
    size_t lt = s_.find('<', pos_);
    if (lt == std::string_view::npos) lt = s_.size();
    if (lt > pos_) AddText(s_.substr(pos_, lt - pos_), true);
    pos_ = lt;
    if (pos_ < s_.size()) Markup();
  }
  while (!stack_.empty()) Close();
  if (roots_.empty()) return core::BadInput("not XML (no root element)");
  return std::move(roots_.front());
}

void Reader::Markup() {
  std::string_view rest = s_.substr(pos_);
  if (rest.substr(0, 4) == "<!--") return SkipPast("-->");
  if (rest.substr(0, 9) == "<![CDATA[") {
    size_t end = s_.find("]]>", pos_ + 9);
    size_t stop = end == std::string_view::npos ? s_.size() : end;
    AddText(s_.substr(pos_ + 9, stop - pos_ - 9), false);
    pos_ = end == std::string_view::npos ? s_.size() : end + 3;
    return;
  }
  if (rest.substr(0, 2) == "<?") return SkipPast("?>");
  if (rest.substr(0, 2) == "<!") {
    size_t gt = s_.find('>', pos_);
    size_t bracket = s_.find('[', pos_);
    if (bracket != std::string_view::npos && bracket < gt) return SkipPast("]>");
    return SkipPast(">");
  }
  if (rest.size() > 1 && rest[1] == '/') return EndTag();
  if (rest.size() > 1 && !IsNameEnd(rest[1])) return StartTag();
  AddText("<", false);
  ++pos_;
}

std::string Reader::Attribute() {
  while (pos_ < s_.size() && IsSpace(s_[pos_])) ++pos_;
  if (pos_ >= s_.size() || s_[pos_] != '=') return "";
  ++pos_;
  while (pos_ < s_.size() && IsSpace(s_[pos_])) ++pos_;
  if (pos_ < s_.size() && (s_[pos_] == '"' || s_[pos_] == '\'')) {
    char quote = s_[pos_++];
    size_t end = s_.find(quote, pos_);
    if (end == std::string_view::npos) end = s_.size();
    std::string value = DecodeXmlText(s_.substr(pos_, end - pos_));
    pos_ = std::min(end + 1, s_.size());
    return value;
  }
  size_t start = pos_;
  while (pos_ < s_.size() && !IsSpace(s_[pos_]) && s_[pos_] != '>') ++pos_;
  return DecodeXmlText(s_.substr(start, pos_ - start));
}

void Reader::StartTag() {
  size_t start = ++pos_;
  while (pos_ < s_.size() && !IsNameEnd(s_[pos_])) ++pos_;
  std::string qualified(s_.substr(start, pos_ - start));
  XmlElement element;
  size_t colon = qualified.find(':');
  element.name = Lower(colon == std::string::npos ? qualified : qualified.substr(colon + 1));
  element.prefix = colon == std::string::npos ? "" : qualified.substr(0, colon);
  bool self_closing = false;
  while (pos_ < s_.size() && s_[pos_] != '>') {
    if (s_[pos_] == '/') {
      self_closing = true;
      ++pos_;
      continue;
    }
    if (IsSpace(s_[pos_])) {
      ++pos_;
      continue;
    }
    size_t name_start = pos_;
    while (pos_ < s_.size() && !IsNameEnd(s_[pos_])) ++pos_;
    std::string name(s_.substr(name_start, pos_ - name_start));
    if (name.empty()) {
      ++pos_;  // a stray '=' or quote
      continue;
    }
    size_t c = name.find(':');
    std::string value = Attribute();
    element.attributes.emplace_back(Lower(c == std::string::npos ? name : name.substr(c + 1)),
                                    value);
    self_closing = false;
  }
  pos_ = std::min(pos_ + 1, s_.size());
  if (stack_.size() >= kMaxDepth) {
    if (!self_closing) ++ignored_depth_;
    return;
  }
  stack_.push_back(std::move(element));
  qualified_.push_back(std::move(qualified));
  if (self_closing) Close();
}

void Reader::EndTag() {
  size_t start = pos_ + 2;
  size_t gt = s_.find('>', start);
  if (gt == std::string_view::npos) gt = s_.size();
  std::string name = Trim(s_.substr(start, gt - start));
  pos_ = std::min(gt + 1, s_.size());
  if (ignored_depth_ > 0) {
    --ignored_depth_;
    return;
  }
  auto open = std::find(qualified_.rbegin(), qualified_.rend(), name);
  if (open == qualified_.rend()) return;  // an end tag for nothing open: ignored
  size_t depth = static_cast<size_t>(qualified_.rend() - open);
  while (stack_.size() >= depth) Close();
}

void Reader::Close() {
  XmlElement done = std::move(stack_.back());
  stack_.pop_back();
  qualified_.pop_back();
  if (stack_.empty()) {
    roots_.push_back(std::move(done));
  } else {
    stack_.back().children.push_back(std::move(done));
  }
}

}  // namespace

std::string DecodeXmlText(std::string_view raw) {
  std::string out;
  out.reserve(raw.size());
  size_t pos = 0;
  while (pos < raw.size()) {
    size_t amp = raw.find('&', pos);
    if (amp == std::string_view::npos) amp = raw.size();
    out.append(raw.substr(pos, amp - pos));
    if (amp == raw.size()) break;
    size_t semi = raw.find(';', amp);
    if (semi != std::string_view::npos && semi - amp <= 10 &&
        DecodeReference(raw.substr(amp + 1, semi - amp - 1), &out)) {
      pos = semi + 1;
    } else {
      out += '&';
      pos = amp + 1;
    }
  }
  return out;
}

const XmlElement* XmlElement::Child(std::string_view child_name) const {
  for (const XmlElement& c : children) {
    if (c.name == child_name) return &c;
  }
  return nullptr;
}

std::string XmlElement::ChildText(std::string_view child_name) const {
  const XmlElement* c = Child(child_name);
  return c == nullptr ? "" : Trim(c->text);
}

std::string XmlElement::Attribute(std::string_view attribute_name) const {
  for (const auto& [key, value] : attributes) {
    if (key == attribute_name) return value;
  }
  return "";
}

core::Result<XmlElement> ParseXml(std::string_view text) { return Reader(text).Read(); }

}  // namespace newsrecon::fetch
