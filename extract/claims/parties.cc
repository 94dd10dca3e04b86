// Party finding: one RE2 alternation for the gazetteer's aliases, one case-insensitive
// alternation for its descriptors, and two patterns for organisations nobody configured.
#include "extract/claims/parties.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <unordered_map>

#include "extract/claims/match_loop.h"
#include "extract/claims/values_internal.h"

namespace newsrecon::extract {
namespace {

std::string Alternation(std::vector<std::string> words) {
  std::sort(words.begin(), words.end(),
            [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  std::string out;
  for (const auto& w : words) {
    if (!out.empty()) out += '|';
    out += RE2::QuoteMeta(w);
  }
  return out;
}

// Capitalised words that start sentences or name things other than organisations.
bool IsCommonWord(const std::string& w) {
  static const std::set<std::string> kCommon = {
      "The", "A", "An", "In", "On", "At", "For", "But", "And", "Or", "As", "It", "Its", "This",
      "That", "These", "Those", "Under", "After", "Before", "While", "When", "With", "From",
      "By", "If", "Its", "Their", "They", "We", "He", "She", "His", "Her", "Our", "Mr", "Ms",
      "Mrs", "Dr", "CEO", "AI", "US", "UK", "EU", "Monday", "Tuesday", "Wednesday", "Thursday",
      "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June",
      "July", "August", "September", "October", "November", "December", "However", "Also",
      "According", "Read", "More", "Related", "Share", "Comments", "Published", "Updated",
      "Both", "Some", "Many", "Most", "Such", "Why", "What", "How", "Who", "Yes", "No", "So",
      "Now", "Still", "Even", "Under", "Meanwhile", "Conversely", "Furthermore", "Moreover",
      "Having", "Although", "Analysts", "Shares", "Chief", "Executive", "President"};
  return kCommon.count(w) > 0;
}

bool IsSentenceStart(std::string_view text, size_t at) {
  size_t i = at;
  while (i > 0 && (text[i - 1] == ' ' || text[i - 1] == '"' || text[i - 1] == '\n')) --i;
  return i == 0 || text[i - 1] == '.' || text[i - 1] == '!' || text[i - 1] == '?' ||
         text[i - 1] == '\n' || text[i - 1] == ':';
}

}  // namespace

struct PartyFinder::Impl {
  std::unique_ptr<RE2> aliases;
  std::unique_ptr<RE2> descriptors;
  std::unordered_map<std::string, std::string> alias_to_name;
  std::unordered_map<std::string, std::string> descriptor_to_name;  // lower-case keys
  RE2 suffixed{R"(\b((?:[A-Z][\w&'-]*\s+){0,3}[A-Z][\w&'-]*)\s+(?:Inc|Corp|Corporation|Ltd|LLC|plc|PLC|Holdings|AG|SA|GmbH|NV|SE|Co)\b\.?)"};
};

PartyFinder::PartyFinder(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
PartyFinder::~PartyFinder() = default;

core::Result<std::unique_ptr<PartyFinder>> PartyFinder::Create(
    const std::vector<PartyEntry>& parties) {
  auto impl = std::make_unique<Impl>();
  std::vector<std::string> aliases, descriptors;
  for (const PartyEntry& p : parties) {
    for (const auto& a : p.aliases) {
      aliases.push_back(a);
      impl->alias_to_name[a] = p.name;
    }
    for (const auto& d : p.descriptors) {
      descriptors.push_back(d);
      impl->descriptor_to_name[Lower(d)] = p.name;
    }
  }
  if (!aliases.empty()) {
    impl->aliases = std::make_unique<RE2>("\\b(" + Alternation(aliases) + ")\\b");
    if (!impl->aliases->ok()) return core::InvalidArgument("gazetteer aliases: " + impl->aliases->error());
  }
  if (!descriptors.empty()) {
    impl->descriptors = std::make_unique<RE2>("(?i)\\b(" + Alternation(descriptors) + ")\\b");
    if (!impl->descriptors->ok()) {
      return core::InvalidArgument("gazetteer descriptors: " + impl->descriptors->error());
    }
  }
  return std::unique_ptr<PartyFinder>(new PartyFinder(std::move(impl)));
}

namespace {

bool IsNameWord(std::string_view w) {
  if (w.empty() || w[0] < 'A' || w[0] > 'Z') return false;
  return w.size() >= 2 || w == "&";
}

// Capitalised runs of up to three words ("Corvane Motors"), skipping common words in front.
std::vector<PartyMention> CapitalisedRuns(std::string_view text) {
  std::vector<PartyMention> runs;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && !std::isalnum(static_cast<unsigned char>(text[i]))) ++i;
    size_t start = i, end = i, words = 0;
    std::string name;
    while (i < text.size()) {
      size_t w = i;
      while (i < text.size() && (std::isalnum(static_cast<unsigned char>(text[i])) || text[i] == '&' ||
                                 (text[i] == '-' && i + 1 < text.size() && std::isalnum(static_cast<unsigned char>(text[i + 1]))))) {
        ++i;
      }
      std::string word(text.substr(w, i - w));
      bool ok = IsNameWord(word) && !(words == 0 && IsCommonWord(word)) && words < 3 &&
                !(words > 0 && IsCommonWord(word));
      if (!ok) {
        if (i == w) ++i;
        break;
      }
      if (words == 0) start = w;
      name += (words == 0 ? "" : " ") + word;
      end = i;
      ++words;
      if (i < text.size() && text[i] == ' ' && i + 1 < text.size() && text[i + 1] >= 'A' && text[i + 1] <= 'Z') {
        ++i;
        continue;
      }
      break;
    }
    if (words > 0) runs.push_back({{start, end}, name});
  }
  return runs;
}

// Sorts mentions and drops any that overlaps an earlier (or, at one start, longer) one.
std::vector<PartyMention> KeepEarliestLongest(std::vector<PartyMention> found) {
  std::sort(found.begin(), found.end(), [](const PartyMention& a, const PartyMention& b) {
    if (a.span.start != b.span.start) return a.span.start < b.span.start;
    return a.span.size() > b.span.size();
  });
  std::vector<PartyMention> out;
  for (auto& m : found) {
    if (!out.empty() && m.span.start < out.back().span.end) continue;
    out.push_back(std::move(m));
  }
  return out;
}

bool Overlaps(const std::vector<PartyMention>& found, const core::Span& s) {
  for (const auto& m : found) {
    if (s.start < m.span.end && m.span.start < s.end) return true;
  }
  return false;
}

}  // namespace

void PartyFinder::AddUnknown(std::string_view text, std::vector<PartyMention>* found) const {
  // Organisations with a legal suffix name themselves.
  std::vector<PartyMention> unknown;
  ForEachMatch(impl_->suffixed, text, [&](const std::vector<Group>& g) {
    std::string name(g[1].text);
    size_t space = name.find(' ');
    if (IsCommonWord(space == std::string::npos ? name : name.substr(0, space))) return;
    unknown.push_back({{g[0].start, g[0].end()}, name});
  });
  // Capitalised names the article repeats, at least once mid-sentence, are parties too.
  std::map<std::string, int> count;
  std::set<std::string> mid_sentence;
  std::vector<PartyMention> runs = CapitalisedRuns(text);
  for (const auto& r : runs) {
    ++count[r.canonical];
    if (!IsSentenceStart(text, r.span.start)) mid_sentence.insert(r.canonical);
  }
  for (const auto& r : unknown) count[r.canonical] += 2;
  // A repeated name counts when seen mid-sentence at least once, or when it has two words
  // (a capitalised pair at a sentence start is rarely anything but a name).
  for (const auto& r : runs) {
    bool multi_word = r.canonical.find(' ') != std::string::npos;
    if (count[r.canonical] >= 2 && (mid_sentence.count(r.canonical) > 0 || multi_word)) {
      unknown.push_back(r);
    }
  }
  // A short form names the longer one it starts ("Corvane" is "Corvane Motors").
  for (auto& m : unknown) {
    std::string best = m.canonical;
    int best_count = 0;
    for (const auto& [name, n] : count) {
      if (name.size() > m.canonical.size() && name.rfind(m.canonical + " ", 0) == 0 &&
          n > best_count && count[m.canonical] >= 1 && mid_sentence.count(name) > 0 && n >= 2) {
        best = name;
        best_count = n;
      }
    }
    m.canonical = best;
  }
  for (auto& m : unknown) {
    if (!Overlaps(*found, m.span)) found->push_back(std::move(m));
  }
}

std::vector<PartyMention> PartyFinder::Find(std::string_view text) const {
  std::vector<PartyMention> found;
  if (impl_->aliases) {
    ForEachMatch(*impl_->aliases, text, [&](const std::vector<Group>& g) {
      found.push_back({{g[1].start, g[1].end()}, impl_->alias_to_name.at(std::string(g[1].text))});
    });
  }
  if (impl_->descriptors) {
    ForEachMatch(*impl_->descriptors, text, [&](const std::vector<Group>& g) {
      auto it = impl_->descriptor_to_name.find(Lower(g[1].text));
      if (it != impl_->descriptor_to_name.end()) found.push_back({{g[1].start, g[1].end()}, it->second});
    });
  }
  // Gazetteer mentions first: an unknown name never overrides a configured one.
  std::vector<PartyMention> known = KeepEarliestLongest(std::move(found));
  AddUnknown(text, &known);
  return KeepEarliestLongest(std::move(known));
}

}  // namespace newsrecon::extract
