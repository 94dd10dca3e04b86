// Alignment: key-word similarity within a block of parties, union-find over aligned pairs,
// then the figures of each aligned set compared as intervals.
#include "reconcile/alignment.h"

#include <algorithm>
#include <cctype>
#include <numeric>
#include <set>
#include <string>

#include "reconcile/intervals.h"

namespace newsrecon::reconcile {

double KeywordJaccard(const std::vector<std::string>& a, const std::vector<std::string>& b,
                      size_t* shared) {
  std::vector<std::string> common;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(common));
  if (shared != nullptr) *shared = common.size();
  size_t all = a.size() + b.size() - common.size();
  return all == 0 ? 0 : static_cast<double>(common.size()) / static_cast<double>(all);
}

namespace {

using store::StoredClaim;

// How much of two sentences' key words must be shared (Jaccard) to align them.
constexpr double kMinSimilarity = 0.6;

struct Item {
  const StoredClaim* claim;
  core::Value value;
  std::set<std::string> near;  // words right next to the figure
  std::string year;            // the event year the sentence names, if any
};

// Lower-case words of `quote` within three words either side of [start, end).
std::set<std::string> WordsNear(const std::string& quote, size_t start, size_t end) {
  // Function words and verbs of change say nothing about what the figure measures.
  static const std::set<std::string> kSkip = {
      "the", "a", "an", "of", "in", "to", "for", "and", "by", "on", "at", "its", "their",
      "about", "up", "more", "than", "some", "with", "from", "was", "is", "said", "says",
      "rose", "fell", "grew", "jumped", "dropped", "climbed", "increased", "decreased",
      "reported", "after", "before", "down", "over", "nearly", "almost", "roughly"};
  std::vector<std::pair<size_t, std::string>> words;
  std::string w;
  size_t w_start = 0;
  for (size_t i = 0; i <= quote.size(); ++i) {
    char c = i < quote.size() ? quote[i] : ' ';
    if (std::isalpha(static_cast<unsigned char>(c))) {
      if (w.empty()) w_start = i;
      w.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    } else if (!w.empty()) {
      words.emplace_back(w_start, w);
      w.clear();
    }
  }
  std::set<std::string> out;
  size_t before = 0, after = 0;
  for (auto it = words.rbegin(); it != words.rend() && before < 3; ++it) {
    if (it->first >= start) continue;
    if (kSkip.count(it->second) == 0) out.insert(it->second);
    ++before;
  }
  for (const auto& [at, word] : words) {
    if (at < end || after >= 3) continue;
    if (kSkip.count(word) == 0) out.insert(word);
    ++after;
  }
  return out;
}

bool Aligned(const Item& a, const Item& b) {
  if (a.claim->voice == b.claim->voice) return false;
  if (!a.year.empty() && !b.year.empty() && a.year != b.year) return false;
  size_t shared = 0;
  if (KeywordJaccard(a.claim->claim.keywords, b.claim->claim.keywords, &shared) < kMinSimilarity ||
      shared < 3) {
    return false;
  }
  return std::any_of(a.near.begin(), a.near.end(), [&](const std::string& w) { return b.near.count(w) > 0; });
}

size_t Find(std::vector<size_t>& parent, size_t i) {
  while (parent[i] != i) i = parent[i] = parent[parent[i]];
  return i;
}

std::vector<Item> ItemsOf(const std::vector<StoredClaim>& block, core::ValueType type) {
  std::vector<Item> items;
  for (const StoredClaim& sc : block) {
    const core::Claim& c = sc.claim;
    if (c.phase == core::Phase::kPast || c.keywords.size() < 4) continue;
    const core::Value* only = nullptr;
    int count = 0;
    std::string year;
    for (const core::Value& v : c.values) {
      if (v.type == type) {
        only = &v;
        ++count;
      }
      if (v.type == core::ValueType::kYear && (v.qualifier.empty() || v.qualifier == "in" || v.qualifier == "for")) {
        year = v.date;
      }
    }
    if (count != 1 || only->span.start < c.span.start || only->span.end > c.span.end) continue;
    size_t start = only->span.start - c.span.start, end = only->span.end - c.span.start;
    items.push_back({&sc, *only, WordsNear(c.quote, start, end), year});
  }
  return items;
}

// Figures of one aligned set, as sides of compatible values.
void CompareAligned(const std::vector<const Item*>& set, Emitter* out) {
  std::vector<const Item*> sorted = set;
  std::sort(sorted.begin(), sorted.end(), [](const Item* a, const Item* b) {
    return a->value.amount < b->value.amount;
  });
  std::vector<Side> sides;
  std::vector<Interval> ranges;
  for (const Item* item : sorted) {
    Interval interval = IntervalOf(item->value);
    bool placed = false;
    for (size_t i = 0; i < sides.size() && !placed; ++i) {
      if (ranges[i].Overlaps(interval)) {
        sides[i].claims.push_back(item->claim);
        placed = true;
      }
    }
    if (!placed) {
      sides.push_back({Describe(item->value), {item->claim}});
      ranges.push_back(interval);
    }
  }
  if (sides.size() < 2) return;
  std::set<std::string> words;
  for (const Item* item : set) words.insert(item->near.begin(), item->near.end());
  std::string topic = "aligned sentences:";
  for (const auto& p : set.front()->claim->claim.parties) topic += (topic.back() == ':' ? " " : ", ") + p;
  topic += " (";
  size_t n = 0;
  for (const auto& w : words) {
    if (n++ == 3) break;
    topic += (n > 1 ? " " : "") + w;
  }
  out->Emit(core::ContradictionKind::kValue, core::Severity::kMedium, topic + ")", sides);
}

}  // namespace

void AlignBlock(const std::vector<StoredClaim>& block, Emitter* out) {
  if (block.size() < 2 || block.size() > kMaxAlignmentBlock) return;
  for (core::ValueType type : {core::ValueType::kMoney, core::ValueType::kPercent,
                               core::ValueType::kPercentPoints, core::ValueType::kCount}) {
    std::vector<Item> items = ItemsOf(block, type);
    std::vector<size_t> parent(items.size());
    std::iota(parent.begin(), parent.end(), 0);
    for (size_t i = 0; i < items.size(); ++i) {
      for (size_t j = i + 1; j < items.size(); ++j) {
        if (Aligned(items[i], items[j])) parent[Find(parent, i)] = Find(parent, j);
      }
    }
    std::vector<std::vector<const Item*>> sets(items.size());
    for (size_t i = 0; i < items.size(); ++i) sets[Find(parent, i)].push_back(&items[i]);
    for (const auto& set : sets) {
      if (set.size() >= 2) CompareAligned(set, out);
    }
  }
}

}  // namespace newsrecon::reconcile
