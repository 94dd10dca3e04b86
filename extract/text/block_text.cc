// Boilerplate labels in the languages news sites most often use, and text folding.
#include "extract/text/block_text.h"

#include <unordered_set>

namespace newsrecon::extract {
namespace {

// Folded forms (see Folded()) of labels sites put on ads, share bars, comment threads,
// related-article lists and image controls.
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
    "facebook", "twitter", "whatsapp", "linkedin", "pinterest", "reddit"};

}  // namespace

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

bool IsBoilerplateLabel(std::string_view text) {
  if (text.size() > 48) return false;
  static const auto* labels = new std::unordered_set<std::string_view>(std::begin(kLabels),
                                                                        std::end(kLabels));
  // Non-ASCII punctuation ("…", "’") survives folding; drop the common ones.
  std::string folded = Folded(text);
  for (std::string_view junk : {"\xE2\x80\xA6", "\xE2\x80\x99", "\xC2\xA0"}) {
    for (size_t at = folded.find(junk); at != std::string::npos; at = folded.find(junk)) {
      folded.erase(at, junk.size());
    }
  }
  return labels->contains(folded);
}

}  // namespace newsrecon::extract
