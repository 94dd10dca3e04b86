// Tests for main-content extraction: each kind of boilerplate is left out, and the
// article's paragraphs, subheadings, lists, quotes and tables are kept in reading order.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "extract/text/article.h"

namespace newsrecon::extract {
namespace {

const char kFirst[] =
    "Acme agreed on Monday to buy Widgets Ltd for $400 million, the companies said in a joint "
    "statement.";
const char kSecond[] =
    "The deal, which needs regulatory approval, is expected to close in the autumn, according "
    "to people briefed on it.";
const char kThird[] =
    "Widgets will keep its brand, and its 3,000 staff will join Acme's industrial unit over the "
    "next year.";

// A page whose article holds three paragraphs, with `before`, `inside` (between the first
// and second paragraph) and `after` the article.
std::string Page(const std::string& before, const std::string& inside, const std::string& after) {
  return "<!doctype html><html><head><title>Acme buys Widgets | Daily Planet</title></head><body>" +
         before + "<div class=\"main\"><article><h1>Acme buys Widgets</h1><p>" + kFirst + "</p>" +
         inside + "<p>" + kSecond + "</p><p>" + kThird + "</p></article></div>" + after +
         "</body></html>";
}

const std::string kBody = std::string(kFirst) + "\n\n" + kSecond + "\n\n" + kThird;

TEST_CASE("each kind of boilerplate is left out of the article", "[extract][content]") {
  struct Case {
    const char* kind;
    std::string before, inside, after;
  };
  const std::string prose = "MARKER text, with commas, long enough to pass for a paragraph of prose.";
  const Case cases[] = {
      {"script", "", "<script>var s = \"" + prose + "\";</script>", ""},
      {"style", "<style>.x:after { content: \"" + prose + "\" }</style>", "", ""},
      {"noscript", "", "<noscript><p>" + prose + "</p></noscript>", ""},
      {"navigation", "<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/w\">MARKER world news</a></li></ul></nav>", "", ""},
      {"page header", "<header class=\"site-header\"><p>" + prose + "</p></header>", "", ""},
      {"page footer", "", "", "<footer><p>" + prose + " All rights reserved.</p></footer>"},
      {"sidebar (aside)", "", "", "<aside><p>" + prose + "</p></aside>"},
      {"sidebar (class)", "", "", "<div class=\"sidebar\"><p>" + prose + "</p></div>"},
      {"share bar", "", "<div class=\"share-tools\"><a href=\"#\">Share on Facebook</a> <a href=\"#\">MARKER Tweet</a></div>", ""},
      {"related articles", "", "", "<div class=\"related-articles\"><h3>Related</h3><ul><li><a href=\"/x\">MARKER headline of another story about markets</a></li></ul></div>"},
      {"comment section", "", "", "<section id=\"comments\"><div class=\"comment\"><p>" + prose + "</p></div></section>"},
      {"cookie banner", "<div class=\"cookie-banner\"><p>" + prose + " We use cookies.</p></div>", "", ""},
      {"ad slot", "", "<div class=\"ad-slot\"><span>MARKER</span></div>", ""},
      {"ad label", "", "<p>Advertisement</p>", ""},
      {"newsletter box", "", "<div class=\"newsletter-signup\"><p>" + prose + "</p></div>", ""},
      {"hidden by style", "", "<p style=\"display: none\">" + prose + "</p>", ""},
      {"hidden from readers", "", "<div aria-hidden=\"true\"><p>" + prose + "</p></div>", ""},
      {"figure caption", "", "<figure><img src=\"a.jpg\"><figcaption>" + prose + "</figcaption></figure>", ""},
      {"caption text in a figure", "", "<figure><img src=\"a.jpg\"><span>" + prose + "</span></figure>", ""},
      {"inline caption", "", "<div class=\"photo\"><img src=\"a.jpg\"><span class=\"image-caption\">MARKER (Image: Agency)</span></div>", ""},
      {"pointer to another story", "", "<p>Read more: <a href=\"/y\">MARKER other story headline</a></p>", ""},
      {"link-only paragraphs in a row", "",
       "<p><a href=\"/z\">MARKER another story you may like</a></p><p><a href=\"/v\">MARKER and one more</a></p>", ""},
      {"dateline", "", "<p>Updated at 1:23 p.m. EST</p>", ""},
      {"teaser cards beside the article", "", "",
       "<div class=\"more\"><div class=\"card\"><h3><a href=\"/a\">Other story</a></h3><p>" + prose +
           "</p></div><div class=\"card\"><h3><a href=\"/b\">Third story</a></h3><p>" + prose + "</p></div></div>"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.kind);
    auto a = ArticleFromHtml(Page(c.before, c.inside, c.after), "https://planet.example/acme");
    REQUIRE(a.ok());
    CHECK(a->not_article.empty());
    CHECK(a->text == kBody);
  }
}

TEST_CASE("the headline, calls to action and link clusters are not body text", "[extract][content]") {
  struct Case {
    const char* kind;
    std::string inside_last;  // after the third paragraph
  };
  const Case cases[] = {
      {"call to follow", "<p>Follow us on Twitter and Facebook for more stories like this.</p>"},
      {"call to subscribe", "<p>Get the latest news in your inbox. Subscribe to our newsletters.</p>"},
      {"heading over nothing", "<h3>More from the Daily Planet</h3>"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.kind);
    std::string html = Page("", "", "");
    html.insert(html.find("</article>"), c.inside_last);
    auto a = ArticleFromHtml(html, "");
    REQUIRE(a.ok());
    CHECK(a->text == kBody);
  }
  // A hover card inside a sentence: three links and nothing else.
  std::string card =
      "<p>Acme hired <span class=\"person\"><a href=\"/p/ann\">Ann Lee</a><span><a href=\"/1\">Ann "
      "Lee wins award</a> <a href=\"/2\">Ann Lee interview</a> <a href=\"/3\">More</a></span></span> "
      "as its new chief executive, the company said on Tuesday.</p>";
  auto a = ArticleFromHtml(Page("", card, ""), "");
  REQUIRE(a.ok());
  CHECK(a->text.find("Acme hired Ann Lee as its new chief executive, the company said on "
                     "Tuesday.") != std::string::npos);
  CHECK(a->text.find("interview") == std::string::npos);
}

TEST_CASE("subheadings, lists, quotes and tables are kept in reading order", "[extract][content]") {
  std::string html = Page(
      "",
      "<h2>What changes</h2><ul><li>Widgets keeps its brand and its factories in Ohio.</li>"
      "<li>Acme takes over sales in Europe, where it already has offices.</li></ul>"
      "<blockquote><p>\"This is a good day for both companies,\" said Acme's chief.</p></blockquote>"
      "<table><tr><th>Year</th><th>Revenue</th></tr><tr><td>2025</td><td>$1.2 billion</td></tr></table>",
      "");
  auto a = ArticleFromHtml(html, "");
  REQUIRE(a.ok());
  CHECK(a->text == std::string(kFirst) +
                       "\n\nWhat changes\n\nWidgets keeps its brand and its factories in Ohio.\n\n"
                       "Acme takes over sales in Europe, where it already has offices.\n\n"
                       "\"This is a good day for both companies,\" said Acme's chief.\n\nYear\n\n"
                       "Revenue\n\n2025\n\n$1.2 billion\n\n" +
                       kSecond + "\n\n" + kThird);
}

TEST_CASE("an article split into parts by ads or columns is taken whole", "[extract][content]") {
  std::string html =
      std::string("<html><body><nav><a href=\"/\">Home</a></nav><section itemprop=\"articleBody\">") +
      "<div class=\"column\"><div class=\"part\"><p>" + kFirst + "</p><p>" + kSecond + "</p></div></div>"
      "<div class=\"ad\"><span>Advertisement</span></div>"
      "<div class=\"column\"><div class=\"part\"><p>" + kThird + "</p></div></div>"
      "</section><footer><p>Copyright, all rights reserved, by the publisher of this site.</p></footer></body></html>";
  auto a = ArticleFromHtml(html, "");
  REQUIRE(a.ok());
  CHECK(a->text == kBody);
}

TEST_CASE("a body split in two by a box of other matter is taken whole", "[extract][content]") {
  const std::string box =
      "<div class=\"cta-holder\"><div class=\"overline\">Free download</div><div class=\"heading\">The 50 "
      "fastest-paying builders of the year</div><div><a href=\"/demo\">Watch the demo</a></div><div "
      "class=\"msg\">Thank you! Your submission has been received!</div><div class=\"msg\">Oops! Something "
      "went wrong while submitting the form.</div></div>";
  const std::string teasers =
      "<div class=\"rich-text\"><p><a href=\"/a\">Acme profit jumps 20 percent in a quarter of records</a>"
      "</p><p><a href=\"/b\">Widgets names a new chief executive after a long search</a></p></div>";
  struct Case {
    const char* kind;
    std::string second_part;  // after the box
    bool first_part_kept;
  };
  const Case cases[] = {
      {"the second part is the article's, in the same markup",
       std::string("<div class=\"rich-text\"><p>") + kSecond + "</p><p>" + kThird + "</p></div>", true},
      // A part of the same markup that is mostly links is not the article's.
      {"the part beside it is a list of links",
       std::string("<div class=\"rich-text\"><p>") + kSecond + "</p><p>" + kThird + "</p></div>" + teasers,
       true},
  };
  for (const Case& c : cases) {
    CAPTURE(c.kind);
    std::string html = std::string("<html><body><div class=\"post-body\"><div class=\"rich-text\"><p>") +
                       kFirst + "</p></div>" + box + c.second_part + "</div></body></html>";
    auto a = ArticleFromHtml(html, "");
    REQUIRE(a.ok());
    CAPTURE(a->text);
    CHECK(a->text.starts_with(kFirst) == c.first_part_kept);
    CHECK(a->text.find(kThird) != std::string::npos);
    CHECK(a->text.find("Thank you") == std::string::npos);
    CHECK(a->text.find("Acme profit jumps") == std::string::npos);
  }
}

TEST_CASE("captions and variant classes do not split an article", "[extract][content]") {
  // Short paragraphs, each below what counts as long prose on its own.
  const char* kShortSteps[] = {"Cut the foam two centimetres smaller.", "Insert the plant into the hole.",
                               "Cover the foam with moss, then the glass."};
  const std::string caption =
      "<figure><img src=\"a.jpg\"><figcaption class=\"small\">The Widgets plant outside Leeds, where most "
      "of the 3,000 staff work on the company's two assembly lines (Photo: Jane Doe)</figcaption></figure>";
  struct Case {
    const char* kind;
    std::string article;  // inside <main>
  };
  const Case cases[] = {
      // The lead's box holds its photo: the photo's caption is no reason to stop at the lead.
      {"a lead and its photo in one box, the rest in another",
       std::string("<div class=\"mod\"><div class=\"box intro\"><div class=\"text\"><p>") + kFirst +
           "</p></div>" + caption + "</div><div class=\"box\"><div class=\"text\"><p>" + kSecond +
           "</p><p>" + kThird + "</p></div></div></div>"},
      // "content lead" is a variant of "content": the paragraphs are marked up alike.
      {"paragraphs in containers of one class and its variant",
       std::string("<div class=\"mod\"><div class=\"content lead\"><p>") + kFirst + "</p><p>" + kSecond +
           "</p></div><div class=\"content\"><p>" + kShortSteps[0] + "</p><p>" + kShortSteps[1] + "</p><p>" +
           kShortSteps[2] + "</p></div></div>"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.kind);
    std::string html = "<html><body><nav><a href=\"/\">Home</a></nav><main><h1>Acme buys Widgets</h1>" +
                       c.article + "</main></body></html>";
    auto a = ArticleFromHtml(html, "");
    REQUIRE(a.ok());
    CAPTURE(a->text);
    CHECK(a->text.starts_with(kFirst));
    CHECK(a->text.find(kSecond) != std::string::npos);
    CHECK(a->text.find("(Photo: Jane Doe)") == std::string::npos);
    CHECK((a->text.find(kThird) != std::string::npos || a->text.ends_with(kShortSteps[2])));
  }
}

TEST_CASE("prose spread in small pieces is taken from the box that holds most of it", "[extract][content]") {
  const char* pieces[] = {
      "Get fast and easy access to the tools you use most, from one menu that you arrange yourself.",
      "Themes change how the browser looks. Choose one of thousands and dress it up in a click.",
      "Add-ons are small programs that add features: compare prices, check the weather, and more.",
      "Sync keeps your bookmarks, history and passwords with you on every device you use.",
      "Private windows forget what you searched for and the pages you saw when you close them.",
      "The reader view strips a page down to its words, in the type and size you like to read."};
  // Each section is marked up its own way, as on a product's landing page.
  const char* names[] = {"designed", "themes", "add-ons", "sync", "private", "reader"};
  std::string sections;
  for (int i = 0; i < 6; ++i) {
    sections += std::string("<section id=\"") + names[i] + "\"><div class=\"" + names[i] + "-copy\"><h2>" +
                names[i] + "</h2><p class=\"" + names[i] + "-lead\">" + pieces[i] +
                "</p><a href=\"/more\">Try it now</a> <a href=\"/learn\">Learn more</a></div></section>";
  }
  // A story of a few paragraphs beside a stream of teasers is not such a page.
  std::string teasers;
  for (const char* piece : pieces) {
    teasers += std::string("<li class=\"item\"><div><h3><a href=\"/t\">Teaser</a></h3><p>") + piece + "</p></div></li>";
  }
  struct Case {
    const char* kind;
    std::string body;
    std::vector<std::string> wanted, unwanted;
  };
  const Case cases[] = {
      {"a landing page of short sections", "<main>" + sections + "</main>",
       {pieces[0], pieces[1], pieces[2], pieces[3], pieces[4], pieces[5]}, {}},
      {"a story beside a stream of teasers",
       std::string("<main><article><div class=\"body\"><p>") + kFirst + "</p><p>" + kSecond + "</p><p>" + kThird +
           "</p></div></article><ul class=\"stream\">" + teasers + "</ul></main>",
       {kFirst, kThird}, {pieces[0], pieces[3]}},
  };
  for (const Case& c : cases) {
    CAPTURE(c.kind);
    auto a = ArticleFromHtml("<html><body><nav><a href=\"/\">Home</a></nav>" + c.body + "</body></html>", "");
    REQUIRE(a.ok());
    CAPTURE(a->text);
    for (const std::string& w : c.wanted) CHECK(a->text.find(w) != std::string::npos);
    for (const std::string& u : c.unwanted) CHECK(a->text.find(u) == std::string::npos);
  }
}

TEST_CASE("linked list items and subheadings in the body are the body's", "[extract][content]") {
  std::string html =
      std::string("<html><body><nav><a href=\"/\">Home</a></nav><main><div class=\"entry\"><p>") + kFirst +
      "</p><p>Pack these for the trip:</p><ul><li><a href=\"/s\">Tent stakes</a></li><li><a href=\"/g\">"
      "Guylines</a></li><li><a href=\"/n\">Notebook</a> + pen</li></ul><h2><a href=\"/t\">#1: Tyvek tote "
      "bag</a></h2><p>" + kSecond + "</p><div class=\"tags\"><a href=\"/a\">camping</a>, <a href=\"/b\">"
      "hiking</a>, <a href=\"/c\">gear</a></div><p>" + kThird + "</p></div></main></body></html>";
  auto a = ArticleFromHtml(html, "");
  REQUIRE(a.ok());
  CAPTURE(a->text);
  CHECK(a->text.starts_with(kFirst));
  for (const char* kept : {"Tent stakes", "Guylines", "Notebook + pen", "#1: Tyvek tote bag", kThird}) {
    CHECK(a->text.find(kept) != std::string::npos);
  }
  CHECK(a->text.find("camping") == std::string::npos);  // a row of links beside the body's markup
}

TEST_CASE("a box named a widget inside the body is the body's, a sidebar's widgets are not", "[extract][content]") {
  std::string html =
      std::string("<html><body><main><div class=\"article-body\"><p>") + kFirst + "</p><div class=\"product-widget\">"
      "<ul><li>Graphics: Nvidia RTX 3060</li><li>Memory: 8GB DDR4</li><li>Display: 15.6-inch, 1920 x 1080, 144Hz "
      "IPS</li></ul></div><p>" + kSecond + "</p><p>" + kThird + "</p></div></main><div class=\"sidebar\"><div "
      "class=\"widget\"><p>Our newsletter brings the week's best reviews to you every Friday, free.</p></div></div>"
      "</body></html>";
  auto a = ArticleFromHtml(html, "");
  REQUIRE(a.ok());
  CAPTURE(a->text);
  CHECK(a->text.find("Memory: 8GB DDR4") != std::string::npos);
  CHECK(a->text.find(kThird) != std::string::npos);
  CHECK(a->text.find("best reviews") == std::string::npos);
}

TEST_CASE("a gallery inside the body is left out even when its captions outweigh the body", "[extract][content]") {
  const std::string more[] = {
      "Analysts at two banks said the price, a premium of about a third, was fair for a business of its size.",
      "Shares in Widgets rose 12% in early trading in London, while Acme's were little changed, dealers said.",
      "The two companies have worked together since 2019, when Acme began to buy parts from Widgets' plants."};
  std::string gallery = "<div class=\"photo-gallery\"><ul>";
  for (int i = 1; i <= 12; ++i) {
    gallery += "<li><h2>" + std::to_string(i) + "/12 A year in markets</h2><p>SLIDE " + std::to_string(i) +
               ": traders on the floor, in the city's old exchange, watched prices fall for a third day as the "
               "central bank, once again, held rates.</p></li>";
  }
  gallery += "</ul></div>";
  struct Case {
    const char* kind;
    std::string body;
    bool slides_kept;
  };
  const Case cases[] = {
      {"a gallery in the middle of a story", std::string("<p>") + kFirst + "</p><p>" + kSecond + "</p><p>" + more[0] +
                                                "</p>" + gallery + "<p>" + kThird + "</p><p>" + more[1] + "</p><p>" +
                                                more[2] + "</p>", false},
      // A photo essay: the gallery, with a line of introduction, is the article.
      {"a photo essay", std::string("<p>") + kFirst + "</p>" + gallery, true},
  };
  for (const Case& c : cases) {
    CAPTURE(c.kind);
    auto a = ArticleFromHtml("<html><body><nav><a href=\"/\">Home</a></nav><main><div class=\"story-text\">" +
                             c.body + "</div></main></body></html>", "");
    REQUIRE(a.ok());
    CAPTURE(a->text);
    CHECK((a->text.find("SLIDE 7") != std::string::npos) == c.slides_kept);
    if (!c.slides_kept) CHECK((a->text.starts_with(kFirst) && a->text.ends_with(more[2])));
  }
}

TEST_CASE("an article laid out twice, for two screen sizes, is taken once", "[extract][content]") {
  const std::string copy = std::string("<div class=\"rich-text\"><p>") + kFirst + "</p><h2>What next</h2><p>" +
                           kSecond + "</p><p>" + kThird + "</p></div>";
  struct Case {
    const char* kind;
    std::string body;
  };
  const Case cases[] = {
      {"two copies side by side", "<div class=\"variant desktop\">" + copy + "</div><div class=\"variant mobile\">" +
                                      copy + "</div>"},
      {"a copy further down the page", "<section><div class=\"grid\">" + copy + "</div></section><section><div "
                                        "class=\"grid small\">" + copy + "</div></section>"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.kind);
    auto a = ArticleFromHtml("<html><body><main>" + c.body + "</main></body></html>", "");
    REQUIRE(a.ok());
    CHECK(a->text == std::string(kFirst) + "\n\nWhat next\n\n" + kSecond + "\n\n" + kThird);
  }
}

TEST_CASE("parts of a page streamed late are read where their placeholders stand", "[extract][content]") {
  // A server-rendered React page: the body's parts arrive in hidden <div id="S:n"> at the
  // end of <body> (a part may hold a placeholder of its own, P:n), for a script to move
  // into <template id="B:n">; other hidden text stays hidden.
  std::string html =
      std::string("<html><body><main><div class=\"article-body\"><template id=\"B:0\"></template><div>Loading"
                  "</div><h2>What next</h2><template id=\"B:1\"></template><div>Loading</div></div></main>"
                  "<div hidden id=\"S:1\"><p>") + kSecond + "</p><template id=\"P:2\"></template></div>"
                  "<div hidden id=\"S:0\"><p>" + kFirst + "</p></div><div hidden id=\"S:2\"><p>" + kThird +
      "</p></div><div hidden id=\"offer\"><p>HIDDEN offer, with commas, long enough to pass for prose.</p></div>"
      "</body></html>";
  auto a = ArticleFromHtml(html, "");
  REQUIRE(a.ok());
  CAPTURE(a->text);
  CHECK(a->text.starts_with(kFirst));
  CHECK(a->text.find(std::string("What next\n\n") + kSecond + "\n\n" + kThird) != std::string::npos);
  CHECK(a->text.find("HIDDEN") == std::string::npos);
}

TEST_CASE("another story's teaser card inside the article's container is not the article's", "[extract][content]") {
  const std::string summary =
      "TEASER summary of another story, long enough and with commas, so that the container widens over it: the "
      "board of the other company, which met on Tuesday, said it would weigh the offer, its third this year, and "
      "reply within a month, after talks with its largest shareholders.";
  const std::string card =
      "<article class=\"card\"><h3><a href=\"/other\">Another story's headline</a></h3><p>" + summary + "</p></article>";
  struct Case {
    const char* kind;
    std::string html;
    bool teasers_kept;
  };
  const Case cases[] = {
      {"cards below the article",
       std::string("<html><body><article class=\"post\"><div class=\"content\"><p>") + kFirst + "</p><p>" + kSecond +
           "</p><p>" + kThird + "</p></div><div class=\"more\">" + card + "</div></article></body></html>",
       false},
      // A page that is a list of stories keeps them: there is no article beside them.
      {"a list of stories", "<html><body><main><div class=\"list\">" + card + card + card + "</div></main></body></html>",
       true},
  };
  for (const Case& c : cases) {
    CAPTURE(c.kind);
    auto a = ArticleFromHtml(c.html, "");
    REQUIRE(a.ok());
    CAPTURE(a->text);
    CHECK((a->text.find("TEASER") != std::string::npos) == c.teasers_kept);
    if (!c.teasers_kept) CHECK(a->text == kBody);
  }
}

TEST_CASE("an <h1> below the article's prose is a subheading", "[extract][content]") {
  std::string html = std::string("<html><body><div class=\"post-body\"><h1>Acme buys Widgets</h1><p>") + kFirst +
                     "</p><h1>Next steps</h1><p>" + kSecond + "</p><h1>What is a widget?</h1><p>" + kThird +
                     "</p></div></body></html>";
  auto a = ArticleFromHtml(html, "");
  REQUIRE(a.ok());
  CHECK(a->text == std::string(kFirst) + "\n\nNext steps\n\n" + kSecond + "\n\nWhat is a widget?\n\n" + kThird);
}

TEST_CASE("a subheading whose class names a header is the body's", "[extract][content]") {
  std::string html =
      std::string("<html><body><div class=\"site-header\"><p>Daily Planet, the news of the city since 1938, ") +
      "every morning.</p></div><main><div class=\"body markup\"><p>" + kFirst + "</p><h2 class=\"header-anchor\">"
      "The cloud is not the computer</h2><p>" + kSecond + "</p><h3 class=\"section-header\">What changes</h3><p>" +
      kThird + "</p></div></main></body></html>";
  auto a = ArticleFromHtml(html, "");
  REQUIRE(a.ok());
  CHECK(a->text == std::string(kFirst) + "\n\nThe cloud is not the computer\n\n" + kSecond +
                       "\n\nWhat changes\n\n" + kThird);
}

TEST_CASE("articles the first choice used to miss are taken whole", "[extract][content]") {
  struct Case {
    const char* kind;
    std::string article;  // inside <main>, after the headline
  };
  const std::string p1 = std::string("<p>") + kFirst + "</p>", p2 = std::string("<p>") + kSecond + "</p>",
                    p3 = std::string("<p>") + kThird + "</p>";
  const std::string lead = "Acme's chief executive, Jane Roe, will chair the combined board, which will have "
                           "nine members, four from Widgets.";
  const Case cases[] = {
      // "visually_hidden" after other words hides the field's label, not the field.
      {"a field whose label is hidden",
       "<div class=\"field field--label-visually_hidden\"><div class=\"field__label visually-hidden\">Body</div>" +
           p1 + p2 + p3 + "</div>"},
      // A page builder numbers each block: the numbers do not make the blocks different.
      {"sections in numbered builder blocks",
       "<div class=\"con con-7f3a2c1\"><div class=\"inner\"><div class=\"el el-36b9482 text\">" + p1 +
           "</div></div></div><div class=\"con con-1b2c3d4\"><div class=\"inner\"><div class=\"el el-a8c51b6 "
           "heading\"><h2>The deal</h2></div></div></div><div class=\"con con-4a59922\"><div class=\"inner\">"
           "<div class=\"el el-86ba1fc text\">" + p2 + "</div></div></div><div class=\"con con-257e967\"><div "
           "class=\"inner\"><div class=\"el el-5ebb3b5 text\">" + p3 + "</div></div></div>"},
      // Items of a list in the body are the body's, however many they are.
      {"a section that is a list",
       "<div class=\"block\"><div class=\"html\">" + p1 + "</div></div><div class=\"block\"><div class=\"html\">"
       "<ul><li>" + p2 + "</li><li>" + p3 + "</li><li><p>" + lead + "</p></li></ul></div></div>"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.kind);
    std::string html = "<html><body><nav><a href=\"/\">Home</a></nav><main><h1>Acme buys Widgets</h1>" +
                       c.article + "</main><div class=\"promo-box\"><p>Tools, seeds and plants, delivered "
                       "to your door, from our own shop.</p></div></body></html>";
    auto a = ArticleFromHtml(html, "");
    REQUIRE(a.ok());
    CAPTURE(a->text);
    CHECK(a->text.starts_with(kFirst));
    CHECK(a->text.find(kSecond) != std::string::npos);
    CHECK(a->text.find(kThird) != std::string::npos);
    CHECK(a->text.find("Tools, seeds") == std::string::npos);
    CHECK(a->text.find("Body") == std::string::npos);
  }
}

TEST_CASE("paragraphs separated by line breaks, without <p>, are paragraphs", "[extract][content]") {
  std::string html = std::string("<html><body><div class=\"post\">") + kFirst + "<br><br>" + kSecond +
                     "<br/><br/>\n" + kThird + "</div></body></html>";
  auto a = ArticleFromHtml(html, "");
  REQUIRE(a.ok());
  CHECK(a->text == kBody);
}

TEST_CASE("JSON-LD articleBody stands in when the markup holds no text", "[extract][content]") {
  std::string html =
      std::string("<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", ") +
      "\"headline\": \"Acme buys Widgets\", \"articleBody\": \"" + kFirst + "\\n" + kSecond +
      " It&#8217;s done.\"}</script></head><body><div id=\"app\"></div></body></html>";
  auto a = ArticleFromHtml(html, "");
  REQUIRE(a.ok());
  CHECK(a->not_article.empty());
  CHECK(a->text == std::string(kFirst) + "\n\n" + kSecond + " It\xE2\x80\x99s done.");
}

}  // namespace
}  // namespace newsrecon::extract
