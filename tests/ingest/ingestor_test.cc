// ingest::Ingestor: each Outcome, one way of reading a page with and without a store.
#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <vector>

#include "extract/claims/claims.h"
#include "extract/claims/lexicon.h"
#include "ingest/ingestor.h"
#include "ingest/local_files.h"
#include "store/store.h"
#include "tests/test_support.h"

namespace newsrecon::ingest {
namespace {

using testing::TempDir;

std::string Page(const std::string& title, const std::string& body, const std::string& head = "") {
  return "<!DOCTYPE html><html><head>" + head + "<title>" + title + "</title></head><body><article>" +
         body + "</article></body></html>";
}

const std::string kDeal =
    "<p>Acme Corp agreed on Monday to buy Widgets Ltd for $400 million, the companies said "
    "in a joint statement released in London.</p><p>The deal, which needs regulatory "
    "approval, is expected to close in the autumn, Acme's chief executive told reporters.</p>";
const std::string kDealRevised =
    "<p>Acme Corp agreed on Monday to buy Widgets Ltd for $450 million, the companies said "
    "in a joint statement released in London.</p><p>The deal, which needs regulatory "
    "approval, is expected to close in the autumn, Acme's chief executive told reporters.</p>";
const std::string kConsent =
    "<div class=\"wall\"><h1>We value your privacy</h1><p>We and our partners store and/or "
    "access information on a device, such as cookies, and process personal data for "
    "personalised ads and content, ad and content measurement.</p><p>You can accept all, "
    "reject all or manage preferences at any time in privacy settings.</p></div>";
// Latin-1 bytes: "Café" and "£1.5 billion".
const std::string kLatin1Body =
    "<p>Caf\xE9 Nero agreed on Monday to buy Coffee Ltd for \xA3" "1.5 billion, the companies "
    "said in a statement released in London on Monday morning.</p><p>The deal still needs the "
    "approval of the competition regulator, the chief executive told reporters.</p>";
const std::string kPng = std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16) + std::string(64, '\x01');

struct Fixture {
  TempDir dir;
  std::unique_ptr<store::Store> store;
  std::unique_ptr<extract::ClaimExtractor> extractor;
  Fixture() {
    auto opened = store::Store::Open(dir.File("i.db"));
    REQUIRE(opened.ok());
    store = std::move(*opened);
    auto made = extract::ClaimExtractor::Create(extract::DefaultLexicon());
    REQUIRE(made.ok());
    extractor = std::move(*made);
  }
  int64_t Source(const std::string& name) {
    auto id = store->UpsertSource({0, name, core::SourceKind::kFiles, ""});
    REQUIRE(id.ok());
    return *id;
  }
  Ingestor With() { return Ingestor({store.get(), extractor.get(), 0}); }
  Ingestor Without() { return Ingestor({nullptr, extractor.get(), 0}); }
};

RawPage Raw(std::string bytes, std::string url, int64_t source, std::string type = "text/html") {
  RawPage page;
  page.bytes = std::move(bytes);
  page.content_type = std::move(type);
  page.url = url;
  page.where = url;
  page.source_id = source;
  return page;
}

bool HasMoney(const std::vector<core::Claim>& claims, const std::string& currency, double amount) {
  for (const core::Claim& c : claims) {
    for (const core::Value& v : c.values) {
      if (v.type == core::ValueType::kMoney && v.currency == currency && v.amount == amount) return true;
    }
  }
  return false;
}

TEST_CASE("Process gives each outcome, in turn, as the store's state makes it", "[ingest]") {
  Fixture f;
  int64_t wire = f.Source("Wire"), herald = f.Source("Herald");
  struct Case {
    const char* what;
    RawPage page;
    OutcomeKind kind;
    const char* why_starts;
  };
  std::vector<Case> cases = {
      {"a new article", Raw(Page("Acme buys Widgets", kDeal), "https://wire.example/deal", wire),
       OutcomeKind::kStored, ""},
      {"the same page again", Raw(Page("Acme buys Widgets", kDeal), "https://wire.example/deal", wire),
       OutcomeKind::kUnchanged, ""},
      {"a new version at the same URL",
       Raw(Page("Acme buys Widgets", kDealRevised), "https://wire.example/deal", wire),
       OutcomeKind::kRevised, ""},
      {"a consent wall", Raw(Page("Before you continue", kConsent), "https://herald.example/c", herald),
       OutcomeKind::kRejected, "consent wall: "},
      {"an image", Raw(kPng, "https://herald.example/logo", herald, ""), OutcomeKind::kBadInput,
       "binary data, not an HTML or text document"},
      {"an image served as HTML", Raw(kPng, "https://herald.example/logo2", herald),
       OutcomeKind::kBadInput, "binary data, not an HTML or text document"},
      {"a PDF", Raw("%PDF-1.7\n" + std::string(40, 'x'), "https://herald.example/r.pdf", herald,
                    "application/pdf"),
       OutcomeKind::kBadInput, "unsupported content type 'application/pdf'"},
  };
  Ingestor ingestor = f.With();
  for (const Case& c : cases) {
    CAPTURE(c.what);
    auto out = ingestor.Process(c.page);
    REQUIRE(out.ok());
    CHECK(OutcomeName(out->kind) == OutcomeName(c.kind));
    CHECK(out->why.rfind(c.why_starts, 0) == 0);
    CHECK(out->url == c.page.url);
    CHECK(out->new_article() == (c.kind == OutcomeKind::kStored || c.kind == OutcomeKind::kRevised));
    if (out->new_article()) CHECK(out->claims > 0);
    if (c.kind == OutcomeKind::kBadInput) CHECK(out->document_id == 0);
  }
  CHECK(*f.store->Count("documents") == 3);  // the article twice (two texts), the wall
}

TEST_CASE("Process marks a copy from another outlet with its original", "[ingest]") {
  Fixture f;
  int64_t wire = f.Source("Wire"), herald = f.Source("Herald");
  Ingestor ingestor = f.With();
  auto first = ingestor.Process(Raw(Page("Acme buys Widgets", kDeal), "https://wire.example/a", wire));
  REQUIRE(first.ok());
  REQUIRE(first->kind == OutcomeKind::kStored);
  CHECK(first->duplicate_of == 0);
  // The same story under another headline, with a credit line added.
  auto copy = ingestor.Process(Raw(Page("Acme to buy Widgets for $400m", kDeal + "<p>Reporting by Wire staff.</p>"),
                                   "https://herald.example/b", herald));
  REQUIRE(copy.ok());
  CHECK(copy->kind == OutcomeKind::kStored);
  CHECK(copy->duplicate_of == first->article_id);
  auto own = ingestor.Process(Raw(Page("Privacy", kConsent + kConsent), "https://herald.example/c", herald));
  REQUIRE(own.ok());
  CHECK(own->duplicate_of == 0);
}

TEST_CASE("a Latin-1 page reads the same with a store and without one", "[ingest]") {
  struct Case {
    const char* what;
    std::string head;
    std::string header_charset;
  };
  const std::vector<Case> cases = {
      {"meta charset", "<meta charset=\"iso-8859-1\">", ""},
      {"charset named apart from the type", "", "latin1"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.what);
    Fixture f;
    RawPage page = Raw(Page("Caf\xE9 deal", kLatin1Body, c.head), "https://wire.example/cafe", f.Source("Wire"));
    page.header_charset = c.header_charset;
    // Without a store: what `extract-text` and `audit` read.
    auto read = f.Without().Read(page);
    REQUIRE(read.ok());
    CHECK(read->page.text.charset == "windows-1252");
    CHECK(read->article.text.find("Caf\xC3\xA9 Nero") != std::string::npos);
    CHECK(read->article.text.find("\xC2\xA3" "1.5 billion") != std::string::npos);
    CHECK(HasMoney(f.Without().Claims(read->article), "GBP", 1.5e9));
    // With a store: what `ingest`, `fetch` and `run` store.
    auto out = f.With().Process(page);
    REQUIRE(out.ok());
    REQUIRE(out->kind == OutcomeKind::kStored);
    auto stored = f.store->LoadArticle(out->article_id);
    REQUIRE(stored.ok());
    CHECK(stored->content.text == read->article.text);
    auto claims = f.store->LoadClaims();
    REQUIRE(claims.ok());
    std::vector<core::Claim> found;
    for (const auto& s : *claims) found.push_back(s.claim);
    CHECK(HasMoney(found, "GBP", 1.5e9));
  }
}

TEST_CASE("a page with a stray NUL byte is read, and a binary one is refused in one line", "[ingest]") {
  Fixture f;
  int64_t source = f.Source("Wire");
  std::string with_nul = Page("Acme buys Widgets", kDeal);
  with_nul.insert(with_nul.find("<p>") + 3, std::string(1, '\0'));
  for (const char* type : {"text/html", ""}) {
    CAPTURE(type);
    // Each from its own outlet: the same text twice from one would be unchanged.
    RawPage page = Raw(with_nul, std::string("https://wire.example/nul/") + type,
                       f.Source(std::string("Outlet ") + type), type);
    auto read = f.Without().Read(page);
    REQUIRE(read.ok());
    CHECK(read->page.kind == fetch::TextKind::kHtml);
    CHECK(read->article.not_article.empty());
    auto out = f.With().Process(page);
    REQUIRE(out.ok());
    CHECK(out->kind == OutcomeKind::kStored);
  }
  RawPage binary = Raw(kPng, "https://wire.example/logo.png", source, "");
  auto refused = f.Without().Read(binary);
  REQUIRE(!refused.ok());
  CHECK(refused.status().code() == core::Code::kBadInput);
  CHECK(refused.status().message() ==
        "https://wire.example/logo.png: binary data, not an HTML or text document");
}

TEST_CASE("a local file reads as a page: its extension declares its type", "[ingest]") {
  TempDir dir;
  struct Case {
    const char* name;
    std::string bytes;
    const char* type;  // declared
    const char* error; // "" when it reads
  };
  const std::vector<Case> cases = {
      {"a.html", Page("T", kDeal), "text/html", ""},
      {"b.txt", "Title\n\nSome text.\n", "text/plain", ""},
      {"c", "plain words\n", "", ""},
      {"empty.html", " \n\t", "", "empty file"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.name);
    testing::WriteFile(dir.File(c.name), c.bytes);
    auto page = ReadLocalFile(dir.File(c.name));
    if (*c.error != '\0') {
      REQUIRE(!page.ok());
      CHECK(page.status().message() == dir.File(c.name) + ": " + c.error);
      continue;
    }
    REQUIRE(page.ok());
    CHECK(page->content_type == c.type);
    CHECK(page->where == dir.File(c.name));
    CHECK(page->bytes == c.bytes);
  }
  auto folder = ReadLocalFile(dir.path());
  REQUIRE(!folder.ok());
  CHECK(folder.status().message() == dir.path() + ": is a folder, not a file");
}

TEST_CASE("every outcome has one name", "[ingest]") {
  const std::vector<std::pair<OutcomeKind, const char*>> names = {
      {OutcomeKind::kStored, "stored"},     {OutcomeKind::kUnchanged, "unchanged"},
      {OutcomeKind::kRevised, "revised"},   {OutcomeKind::kRejected, "rejected"},
      {OutcomeKind::kBadInput, "bad_input"},
  };
  for (const auto& [kind, name] : names) CHECK(OutcomeName(kind) == name);
}

}  // namespace
}  // namespace newsrecon::ingest
