// Party finding: one RE2 alternation for the gazetteer's aliases, one case-insensitive
// alternation for its descriptors, and two patterns for organisations nobody configured.
#include "extract/claims/parties.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <unordered_map>

#include "extract/claims/match_loop.h"
#include "extract/claims/values_internal.h"
#include "core/word_set.h"

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
bool IsCommonWord(std::string_view w) {
  static const core::WordSet kCommon({
      "The", "A", "An", "In", "On", "At", "For", "But", "And", "Or", "As", "It", "Its", "This",
      "That", "These", "Those", "Under", "After", "Before", "While", "When", "With", "From",
      "By", "If", "Their", "They", "We", "He", "She", "His", "Her", "Our", "Mr", "Ms", "Mrs",
      "Dr", "CEO", "AI", "US", "UK", "EU", "Monday", "Tuesday", "Wednesday", "Thursday",
      "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June",
      "July", "August", "September", "October", "November", "December", "However", "Also",
      "According", "Read", "More", "Related", "Share", "Comments", "Published", "Updated",
      "Both", "Some", "Many", "Most", "Such", "Why", "What", "How", "Who", "Yes", "No", "So",
      "Now", "Still", "Even", "Meanwhile", "Conversely", "Furthermore", "Moreover", "Having",
      "Although", "Analysts", "Shares", "Chief", "Executive", "President"});
  return kCommon.Contains(w);
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
  std::unique_ptr<PatternUnion> scan;  // the above, for one pass
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
    // No groups: the match is the mention, and RE2 finds it without its capture engine.
    impl->aliases = std::make_unique<RE2>("\\b(?:" + Alternation(aliases) + ")\\b");
    if (!impl->aliases->ok()) return core::InvalidArgument("gazetteer aliases: " + impl->aliases->error());
  }
  if (!descriptors.empty()) {
    impl->descriptors = std::make_unique<RE2>("(?i)\\b(?:" + Alternation(descriptors) + ")\\b");
    if (!impl->descriptors->ok()) {
      return core::InvalidArgument("gazetteer descriptors: " + impl->descriptors->error());
    }
  }
  std::vector<const RE2*> patterns;
  for (const RE2* re : {impl->aliases.get(), impl->descriptors.get(), &impl->suffixed}) {
    if (re != nullptr) patterns.push_back(re);
  }
  auto scan = PatternUnion::Compile(std::move(patterns));
  if (!scan.ok()) return core::InvalidArgument("gazetteer: " + scan.status().message());
  impl->scan = std::move(*scan);
  return std::unique_ptr<PartyFinder>(new PartyFinder(std::move(impl)));
}

namespace {

bool IsNameWord(std::string_view w) {
  if (w.empty() || w[0] < 'A' || w[0] > 'Z') return false;
  return w.size() >= 2 || w == "&";
}

// A capitalised run of up to three words ("Corvane Motors"); the name is the text itself,
// words joined by single spaces.
struct Run {
  core::Span span;
  std::string_view name;
};

constexpr std::array<bool, 256> kAlnum = [] {
  std::array<bool, 256> alnum{};
  for (int c = 0; c < 256; ++c) {
    alnum[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
  return alnum;
}();

constexpr std::array<bool, 256> kOpensRun = [] {
  std::array<bool, 256> opens{};
  for (int c = 'A'; c <= 'Z'; ++c) opens[c] = true;
  opens['&'] = true;
  return opens;
}();

bool IsAsciiAlnum(char c) { return kAlnum[static_cast<unsigned char>(c)]; }

bool IsWordChar(std::string_view text, size_t i) {
  char c = text[i];
  if (IsAsciiAlnum(c) || c == '&') return true;
  return c == '-' && i + 1 < text.size() && IsAsciiAlnum(text[i + 1]);
}

// The first i >= from where text[i, i + 8) holds a capital letter or an '&' (or fewer than
// eight bytes are left): the bytes before it open no run. Eight bytes are tested at once:
// a byte below 0x80 is flagged when it lies in 'A'..'Z' or is '&'; bytes from 0x80 up never.
size_t NextPossibleOpening(std::string_view text, size_t from) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
  constexpr uint64_t kLow7 = kOnes * 0x7F;
  size_t i = from;
  while (i + 8 <= text.size()) {
    uint64_t x;
    std::memcpy(&x, text.data() + i, 8);
    const uint64_t low = x & kLow7;  // each byte's low seven bits: no carry between bytes
    // Per byte: (low + 0x7F - 'Z') has its top bit set when low > 'Z'; (low + 0x80 - 'A')
    // when low >= 'A'. A capital is >= 'A' and not > 'Z', with its own top bit clear.
    const uint64_t at_least_a = low + kOnes * (0x80 - 'A');
    const uint64_t above_z = low + kOnes * (0x7F - 'Z');
    const uint64_t capital = at_least_a & ~above_z & ~x & kHigh;
    const uint64_t amp_diff = x ^ (kOnes * '&');  // zero bytes where x holds '&'
    const uint64_t amp = (((amp_diff & kLow7) + kLow7) | amp_diff) & kHigh;  // top bit clear where zero
    if (capital != 0 || amp != kHigh) return i;
    i += 8;
  }
  return i;
}

// Capitalised runs, skipping common words in front.
std::vector<Run> CapitalisedRuns(std::string_view text) {
  std::vector<Run> runs;
  runs.reserve(text.size() / 32 + 8);  // news has about one run per 40 bytes: rarely a regrowth
  size_t i = 0;
  while (i < text.size()) {
    // Only a word that starts with a capital (or an "&") can open a run: skip to one,
    // eight bytes at a time while none of them can.
    i = NextPossibleOpening(text, i);
    while (i < text.size() && !(kOpensRun[static_cast<unsigned char>(text[i])] &&
                                (i == 0 || !IsWordChar(text, i - 1)))) {
      ++i;
    }
    size_t start = i, end = i, words = 0;
    while (i < text.size()) {
      size_t w = i;
      while (i < text.size() && IsWordChar(text, i)) ++i;
      std::string_view word = text.substr(w, i - w);
      if (!IsNameWord(word) || IsCommonWord(word) || words == 3) {
        if (i == w) ++i;
        break;
      }
      if (words == 0) start = w;
      end = i;
      ++words;
      if (i + 1 < text.size() && text[i] == ' ' && text[i + 1] >= 'A' && text[i + 1] <= 'Z') {
        ++i;
        continue;
      }
      break;
    }
    if (words > 0) runs.push_back({{start, end}, text.substr(start, end - start)});
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

// `found` is sorted by start and free of overlaps: one binary search answers.
bool Overlaps(const std::vector<PartyMention>& found, const core::Span& s) {
  auto it = std::lower_bound(found.begin(), found.end(), s.end,
                             [](const PartyMention& m, size_t end) { return m.span.start < end; });
  return it != found.begin() && std::prev(it)->span.end > s.start;
}

}  // namespace

namespace {

// What an article says of each capitalised or suffixed name in it, sorted by name.
struct NameStats {
  std::string_view name;
  int count = 0;              // runs count 1, names with a legal suffix 2
  bool mid_sentence = false;  // seen somewhere other than at a sentence's start
  std::string_view longer;    // the repeated longer name this one starts, if any
  int longer_count = 0;
};

class NameTable {
 public:
  void Reserve(size_t n) { names_.reserve(n); }
  void Add(std::string_view name, int count, bool mid_sentence) {
    names_.push_back({name, count, mid_sentence, {}, 0});
  }
  // Merges the entries of each name; call once, after every Add().
  void Build() {
    std::sort(names_.begin(), names_.end(),
              [](const NameStats& a, const NameStats& b) { return a.name < b.name; });
    std::vector<NameStats> merged;
    merged.reserve(names_.size());
    for (const NameStats& n : names_) {
      if (merged.empty() || merged.back().name != n.name) {
        merged.push_back(n);
      } else {
        merged.back().count += n.count;
        merged.back().mid_sentence |= n.mid_sentence;
      }
    }
    names_ = std::move(merged);
  }
  NameStats* Find(std::string_view name) {
    auto it = LowerBound(name);
    return it != names_.end() && it->name == name ? &*it : nullptr;
  }
  // A name that was added (the entry stays where it is: nothing is added after Build).
  const NameStats& At(std::string_view name) { return *LowerBound(name); }
  std::vector<NameStats>& all() { return names_; }

 private:
  std::vector<NameStats>::iterator LowerBound(std::string_view name) {
    return std::lower_bound(names_.begin(), names_.end(), name,
                            [](const NameStats& n, std::string_view key) { return n.name < key; });
  }
  std::vector<NameStats> names_;
};

}  // namespace

void PartyFinder::AddUnknown(std::string_view text,
                             const std::vector<std::pair<core::Span, std::string_view>>& suffixed,
                             std::vector<PartyMention>* found) const {
  std::vector<Run> runs = CapitalisedRuns(text);
  NameTable names;
  names.Reserve(suffixed.size() + runs.size());
  // Organisations with a legal suffix name themselves.
  for (const auto& [span, name] : suffixed) names.Add(name, 2, false);
  // Capitalised names the article repeats count when seen mid-sentence at least once, or
  // when they have two words (a capitalised pair at a sentence start is rarely not a name).
  for (const Run& r : runs) names.Add(r.name, 1, !IsSentenceStart(text, r.span.start));
  names.Build();
  // Each candidate with its name's entry, looked up once.
  std::vector<std::pair<Run, const NameStats*>> candidates;
  candidates.reserve(suffixed.size() + runs.size());
  for (const auto& [span, name] : suffixed) candidates.push_back({{span, name}, &names.At(name)});
  for (const Run& r : runs) {
    const NameStats& n = names.At(r.name);
    bool multi_word = r.name.find(' ') != std::string_view::npos;
    if (n.count >= 2 && (n.mid_sentence || multi_word)) candidates.push_back({r, &n});
  }
  // A short form names the longer one it starts ("Corvane" is "Corvane Motors"): each
  // repeated longer name offers itself to its first word and first two words; on equal
  // counts the first in name order wins.
  for (const NameStats& n : names.all()) {
    if (n.count < 2 || !n.mid_sentence) continue;
    for (size_t space = n.name.find(' '); space != std::string_view::npos; space = n.name.find(' ', space + 1)) {
      NameStats* shorter = names.Find(n.name.substr(0, space));
      if (shorter != nullptr && n.count > shorter->longer_count) {
        shorter->longer = n.name;
        shorter->longer_count = n.count;
      }
    }
  }
  using Candidate = std::pair<Run, const NameStats*>;
  std::sort(candidates.begin(), candidates.end(), [](const Candidate& x, const Candidate& y) {
    const core::Span &a = x.first.span, &b = y.first.span;
    return a.start != b.start ? a.start < b.start : a.size() > b.size();
  });
  std::vector<PartyMention> added;
  added.reserve(candidates.size());
  for (const auto& [r, n] : candidates) {
    if (Overlaps(*found, r.span) || (!added.empty() && added.back().span.end > r.span.start)) continue;
    added.push_back({r.span, std::string(n->longer.empty() ? r.name : n->longer)});
  }
  found->insert(found->end(), std::make_move_iterator(added.begin()), std::make_move_iterator(added.end()));
}

const std::vector<const RE2*>& PartyFinder::patterns() const { return impl_->scan->patterns(); }

void PartyFinder::AddTo(PatternScan* scan, Collected* out) const {
  if (impl_->aliases) {
    scan->AddNonOverlapping(impl_->aliases.get(), [this, out](const std::vector<Group>& g) {
      out->known.push_back({{g[0].start, g[0].end()}, impl_->alias_to_name.at(std::string(g[0].text))});
    });
  }
  if (impl_->descriptors) {
    scan->AddNonOverlapping(impl_->descriptors.get(), [this, out](const std::vector<Group>& g) {
      auto it = impl_->descriptor_to_name.find(Lower(g[0].text));
      if (it != impl_->descriptor_to_name.end()) out->known.push_back({{g[0].start, g[0].end()}, it->second});
    });
  }
  scan->AddNonOverlapping(&impl_->suffixed, [out](const std::vector<Group>& g) {
    std::string_view name = g[1].text;
    if (!IsCommonWord(name.substr(0, name.find(' ')))) out->suffixed.push_back({{g[0].start, g[0].end()}, name});
  });
}

std::vector<PartyMention> PartyFinder::Finish(std::string_view text, Collected collected) const {
  // Gazetteer mentions first: an unknown name never overrides a configured one.
  std::vector<PartyMention> known = KeepEarliestLongest(std::move(collected.known));
  AddUnknown(text, collected.suffixed, &known);
  return KeepEarliestLongest(std::move(known));
}

std::vector<PartyMention> PartyFinder::Find(std::string_view text) const {
  Collected collected;
  PatternScan scan(*impl_->scan);
  AddTo(&scan, &collected);
  scan.Run(text);
  return Finish(text, std::move(collected));
}

}  // namespace newsrecon::extract
