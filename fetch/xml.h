// A small, forgiving XML reader for feeds and sitemaps: elements, attributes, text,
// CDATA and character references. It never loads DTDs or expands defined entities, so a
// hostile document cannot make it fetch files or grow without bound. Internal to fetch/.
#ifndef NEWSRECON_FETCH_XML_H_
#define NEWSRECON_FETCH_XML_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/status.h"

namespace newsrecon::fetch {

struct XmlElement {
  std::string name;    // local name in lower case ("link" for <atom:link>)
  std::string prefix;  // namespace prefix as written ("atom"), "" when none
  std::vector<std::pair<std::string, std::string>> attributes;  // local names, lower case
  std::string text;  // character data directly inside, references decoded
  std::vector<XmlElement> children;

  // The first child named `name` (local, lower case), or null.
  const XmlElement* Child(std::string_view child_name) const;
  // That child's text, trimmed; "" when there is none.
  std::string ChildText(std::string_view child_name) const;
  // The value of attribute `name` (local, lower case), or "".
  std::string Attribute(std::string_view attribute_name) const;
};

// Parses `text` (UTF-8) and returns its root element. Mismatched or missing end tags are
// tolerated; elements nested deeper than 256 levels are ignored. Fails with kBadInput
// "not XML (no root element)" when there is no element at all.
core::Result<XmlElement> ParseXml(std::string_view text);

// Decodes the five XML entities, numeric references and a few HTML entities feeds use
// (&nbsp; &mdash; ...); anything else is kept as written.
std::string DecodeXmlText(std::string_view raw);

}  // namespace newsrecon::fetch

#endif  // NEWSRECON_FETCH_XML_H_
