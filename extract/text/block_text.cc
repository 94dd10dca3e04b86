// Boilerplate labels in the languages news sites most often use, and text folding.
#include "extract/text/block_text.h"

#include <unordered_set>

namespace newsrecon::extract {
namespace {

// Folded forms (see Folded()) of labels sites put on ads, share bars, comment threads,
// related-article lists, tables of contents and image controls.
constexpr std::string_view kLabels[] = {
    "advertisement", "advertisements", "advert", "adverts", "ad", "ads", "advertising",
    "sponsored", "sponsoredcontent", "paidcontent", "anzeige", "werbung", "publicidad",
    "publicité", "pubblicità", "reklama", "iklan", "реклама", "comments", "comment",
    "showcomments", "viewcomments", "leaveacomment", "caption", "close", "hidecaption",
    "togglecaption", "expand", "topics", "tags", "share", "sharethis", "sharethisarticle",
    "sharethisstory", "likethis", "related", "relatednews", "relatedarticles",
    "relatedstories", "relatedposts", "relatedcontent", "readmore", "more", "seemore",
    "trending", "trendingnews", "trendingnow", "mostpopular", "mostread", "popular",
    "youmayalsolike", "youmightalsolike", "recommended", "recommendedforyou", "morestories",
    "continuereading", "storycontinuesbelow", "storycontinuesbelowadvertisement",
    "advertisementcontinuereadingbelow", "skipad", "loading", "clicktoexpand", "dontmiss",
    "mustread", "alsoread", "readalso", "enlarge", "enlargethisimage", "print", "email",
    "facebook", "twitter", "whatsapp", "linkedin", "pinterest", "reddit", "subscribe",
    "subscribenow", "signup", "minread", "minuteread", "minutesread", "readingtime",
    "readingtimeminutes", "readtime", "tempodeleituraminuto", "tempodeleituraminutos",
    "tiempodelecturaminuto", "tiempodelecturaminutos", "tempsdelectureminute",
    "tempsdelectureminutes", "lesezeitminuten", "lesezeitminute", "tableofcontents",
    "tableofcontent", "contents", "onthispage", "inthisarticle", "jumpto"};

// Folded labels that introduce a link to another story.
constexpr std::string_view kPointerLabels[] = {
    "related", "readmore", "seemore", "seealso", "also", "more", "readalso", "alsoread",
    "dontmiss", "mustread", "watch", "listen", "recommended", "moreonthis", "furtherreading",
    "relatedcoverage", "relatedarticle", "relatedstory", "relatedcontent", "tag", "tags",
    "filedunder", "topics", "source", "sources"};

// Phrases (lower case) of calls to action: each asks the reader to act.
constexpr std::string_view kCallsToAction[] = {
    "subscribe to", "subscribe now", "sign up for", "sign up to", "sign up now", "follow us",
    "click here", "share it with", "share this story", "download the app", "download our app",
    "get the app", "have a tip", "send us a tip", "listen back", "to your inbox",
    "in your inbox", "our newsletter"};

// Social networks a reader is asked to follow a writer or outlet on.
constexpr std::string_view kNetworks[] = {"on twitter", "on facebook", "on instagram",
                                          "on linkedin", "on youtube", "on tiktok"};

// Words that make a line of numbers a dateline (ASCII lower case) ...
constexpr std::string_view kDatelineWords[] = {
    "updated", "update", "published", "posted", "modified", "jan", "january", "feb",
    "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july", "aug",
    "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec",
    "december", "mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu",
    "thur", "thurs", "thursday", "fri", "friday", "sat", "saturday", "sun", "sunday", "am",
    "pm"};
// ... and the other words a dateline may hold.
constexpr std::string_view kOtherDateWords[] = {
    "last", "on", "at", "a", "m", "p", "the", "of", "st", "nd", "rd", "th", "est", "edt",
    "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "bst", "cet", "cest", "ist",
    "et", "pt", "ct"};

// 2 for a word that makes a dateline, 1 for another dateline word, 0 for any other word.
int DateWordKind(std::string_view word) {
  for (std::string_view w : kDatelineWords) {
    if (w == word) return 2;
  }
  for (std::string_view w : kOtherDateWords) {
    if (w == word) return 1;
  }
  return 0;
}

}  // namespace

bool IsDateLine(std::string_view text) {
  if (text.size() > 80) return false;
  bool number = false, defining = false;
  std::string word;
  auto done = [&]() {
    int kind = word.empty() ? 1 : DateWordKind(word);
    defining = defining || kind == 2;
    word.clear();
    return kind != 0;
  };
  for (char c : text) {
    if (c >= '0' && c <= '9') {
      if (!done()) return false;
      number = true;
    } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      word.push_back(static_cast<char>(c | 0x20));
    } else if (static_cast<unsigned char>(c) >= 0x80) {
      return false;  // words of other scripts: not a dateline this check can read
    } else if (!done()) {
      return false;
    }
  }
  return done() && number && defining;
}

std::string Folded(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    auto u = static_cast<unsigned char>(c);
    if (u >= 0x80 || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      out.push_back(c);
    } else if (c >= 'A' && c <= 'Z') {
      out.push_back(static_cast<char>(c - 'A' + 'a'));
    }
  }
  return out;
}

bool IsPointer(std::string_view text, double link_share) {
  if (link_share < 0.5) return false;
  size_t colon = text.find(':');
  if (colon == std::string_view::npos || colon > 32) return false;
  std::string label = Folded(text.substr(0, colon));
  for (std::string_view l : kPointerLabels) {
    if (label == l) return true;
  }
  return false;
}

bool IsCallToAction(std::string_view text) {
  if (text.size() > 300) return false;
  std::string lower;
  for (char c : text) lower.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c | 0x20) : c);
  for (std::string_view phrase : kCallsToAction) {
    if (lower.find(phrase) != std::string::npos) return true;
  }
  if (lower.find("follow ") == std::string::npos) return false;
  for (std::string_view network : kNetworks) {
    if (lower.find(network) != std::string::npos) return true;
  }
  return false;
}

bool IsShouted(std::string_view text) {
  size_t upper = 0, lower = 0;
  for (char c : text) {
    upper += c >= 'A' && c <= 'Z' ? 1 : 0;
    lower += c >= 'a' && c <= 'z' ? 1 : 0;
  }
  return upper >= 8 && upper > 4 * lower;
}

bool IsBoilerplateLabel(std::string_view text) {
  if (text.size() > 48) return false;
  static const auto* labels = new std::unordered_set<std::string_view>(std::begin(kLabels),
                                                                        std::end(kLabels));
  // Non-ASCII punctuation ("…", "’") survives folding; drop the common ones. Counts
  // ("12 comments", "3 min read") do not change what a label is.
  std::string folded;
  for (char c : Folded(text)) {
    if (c < '0' || c > '9') folded.push_back(c);
  }
  for (std::string_view junk : {"\xE2\x80\xA6", "\xE2\x80\x99", "\xC2\xA0"}) {
    for (size_t at = folded.find(junk); at != std::string::npos; at = folded.find(junk)) {
      folded.erase(at, junk.size());
    }
  }
  return labels->contains(folded);
}

}  // namespace newsrecon::extract
