// Tests for escaping article text into HTML, Markdown, CSV, shell words and terminals.
#include <catch2/catch.hpp>

#include "reports/escape.h"

namespace newsrecon::reports {
namespace {

struct Case {
  std::string in, out;
};

TEST_CASE("EscapeHtml leaves no markup and no way out of an attribute", "[reports]") {
  const Case cases[] = {
      {"plain text", "plain text"},
      {"<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"},
      {"<img src=x onerror=\"alert(1)\">", "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;"},
      {"' autofocus onfocus='x", "&#39; autofocus onfocus=&#39;x"},
      {"AT&T &amp;", "AT&amp;T &amp;amp;"},
      {"bell\x07 and \x1b[31mred", "bell and [31mred"},
      {"tab\tand\nline", "tab\tand\nline"},
      {"Microsoft’s €1", "Microsoft’s €1"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.in);
    CHECK(EscapeHtml(c.in) == c.out);
  }
}

TEST_CASE("IsLinkable takes only absolute http and https URLs", "[reports]") {
  const std::pair<std::string, bool> cases[] = {
      {"https://www.ledgerwire.example/a?b=c", true},
      {"HTTP://Example.com/", true},
      {"http://", false},
      {"https:///path", false},
      {"javascript:alert(1)", false},
      {"JavaScript:alert(1)", false},
      {" javascript:alert(1)", false},
      {"data:text/html,<script>alert(1)</script>", false},
      {"file:///etc/passwd", false},
      {"//evil.example/x", false},
      {"/relative/path", false},
      {"https://a.example/x y", false},
      {"https://a.example/\nx", false},
      {"", false},
  };
  for (const auto& [url, linkable] : cases) {
    CAPTURE(url);
    CHECK(IsLinkable(url) == linkable);
  }
}

TEST_CASE("EscapeMarkdown keeps article text from becoming markup", "[reports]") {
  const Case cases[] = {
      {"plain text.", "plain text."},
      {"[click](javascript:alert(1))", "\\[click\\](javascript:alert(1))"},
      {"![x](https://evil.example/p.png)", "!\\[x\\](https://evil.example/p.png)"},
      {"<script>x</script>", "\\<script\\>x\\</script\\>"},
      {"*bold* _it_ `code` a|b ~~s~~ AT&T", "\\*bold\\* \\_it\\_ \\`code\\` a\\|b \\~\\~s\\~\\~ AT\\&T"},
      {"# Heading", "\\# Heading"},
      {"- Microsoft keeps a licence", "\\- Microsoft keeps a licence"},
      {"2030. The end", "2030\\. The end"},
      {"line\nbreak", "line break"},
      {"back\\slash", "back\\\\slash"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.in);
    CHECK(EscapeMarkdown(c.in) == c.out);
  }
}

TEST_CASE("CsvField quotes per RFC 4180 and defuses formulas", "[reports]") {
  const Case cases[] = {
      {"plain", "plain"},
      {"", ""},
      {"a,b", "\"a,b\""},
      {"say \"hi\"", "\"say \"\"hi\"\"\""},
      {"two\nlines", "\"two\nlines\""},
      {"=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\""},
      {"+1", "'+1"},
      {"- Microsoft keeps", "'- Microsoft keeps"},
      {"@SUM(A1)", "'@SUM(A1)"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.in);
    CHECK(CsvField(c.in) == c.out);
  }
}

TEST_CASE("ShellQuote and TerminalSafe", "[reports]") {
  CHECK(ShellQuote("news.db") == "news.db");
  CHECK(ShellQuote("/tmp/my news.db") == "'/tmp/my news.db'");
  CHECK(ShellQuote("it's") == "'it'\\''s'");
  CHECK(ShellQuote("") == "''");
  CHECK(ShellQuote("$(rm -rf /)") == "'$(rm -rf /)'");
  CHECK(TerminalSafe("red \x1b[31mtext\x07") == "red [31mtext");
  CHECK(TerminalSafe("C1 \xc2\x9b" "31m csi") == "C1 31m csi");
  CHECK(TerminalSafe("tab\tnew\nline") == "tab new line");
  CHECK(TerminalSafe("Microsoft’s é") == "Microsoft’s é");
}

}  // namespace
}  // namespace newsrecon::reports
