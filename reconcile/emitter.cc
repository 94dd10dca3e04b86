// Emitter: sides to contradictions.
#include "reconcile/emitter.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "core/sha256.h"

namespace newsrecon::reconcile {

int Voices(const std::vector<const store::StoredClaim*>& claims) {
  std::set<int64_t> voices;
  for (const auto* c : claims) voices.insert(c->voice);
  return static_cast<int>(voices.size());
}

namespace {

// "Ledger Wire", "Ledger Wire and Daily Post", "Ledger Wire and two other outlets".
std::string Outlets(const std::vector<const store::StoredClaim*>& claims, bool* plural) {
  std::vector<std::string> names;
  for (const auto* c : claims) {
    if (std::find(names.begin(), names.end(), c->source) == names.end()) names.push_back(c->source);
  }
  static const char* kCounts[] = {"no", "one", "two", "three", "four", "five", "six", "seven",
                                  "eight", "nine"};
  *plural = names.size() > 1;
  if (names.size() == 1) return names[0];
  if (names.size() == 2) return names[0] + " and " + names[1];
  size_t others = names.size() - 1;
  std::string n = others < 10 ? kCounts[others] : std::to_string(others);
  return names[0] + " and " + n + " other outlets";
}

// The order evidence is listed in, whatever order the articles arrived in: the earliest
// publication first (undated last), then the source's name, the URL, the sentence.
bool EvidenceBefore(const store::StoredClaim* a, const store::StoredClaim* b) {
  auto key = [](const store::StoredClaim* c) {
    return std::make_tuple(c->published.empty(), c->published.substr(0, 10), c->published,
                           c->source, c->url, c->claim.sentence, c->claim.span.start);
  };
  return key(a) < key(b);
}

}  // namespace

std::string Explain(const std::string& what, const std::vector<Side>& sides) {
  std::string out;
  for (size_t i = 0; i < sides.size(); ++i) {
    bool plural = false;
    std::string who = Outlets(sides[i].claims, &plural);
    std::string verb = plural ? " say " : " says ";
    if (i == 0) {
      out = who + verb + (what.empty() ? "" : what + " is ") + sides[i].value;
    } else {
      out += "; " + who + verb + sides[i].value;
    }
  }
  return out + ".";
}

void Emitter::Emit(core::ContradictionKind kind, core::Severity severity, const std::string& topic,
                   std::vector<Side> sides, const EmitOptions& options) {
  sides.erase(std::remove_if(sides.begin(), sides.end(),
                             [](const Side& s) { return s.claims.empty(); }),
              sides.end());
  if (sides.size() < 2) return;
  for (Side& s : sides) std::sort(s.claims.begin(), s.claims.end(), EvidenceBefore);
  std::stable_sort(sides.begin(), sides.end(), [](const Side& a, const Side& b) {
    return Voices(a.claims) > Voices(b.claims);
  });
  // Across sources: some voice on one side differs from some voice on another.
  std::set<int64_t> all_voices;
  for (const Side& s : sides) {
    for (const auto* c : s.claims) all_voices.insert(c->voice);
  }
  bool cross = false;
  for (size_t i = 0; i < sides.size() && !cross; ++i) {
    for (size_t j = i + 1; j < sides.size() && !cross; ++j) {
      for (const auto* a : sides[i].claims) {
        for (const auto* b : sides[j].claims) {
          if (a->voice != b->voice || (options.same_voice && a->article_id != b->article_id)) cross = true;
        }
      }
    }
  }
  // A disagreement another rule reported already (the same claims on opposite sides) is
  // not reported twice.
  std::set<std::pair<int64_t, int64_t>> pairs;
  for (size_t i = 0; i < sides.size(); ++i) {
    for (size_t j = i + 1; j < sides.size(); ++j) {
      for (const auto* a : sides[i].claims) {
        for (const auto* b : sides[j].claims) {
          pairs.insert(std::minmax(a->claim.id, b->claim.id));
        }
      }
    }
  }
  bool fresh = std::any_of(pairs.begin(), pairs.end(),
                           [&](const auto& p) { return opposed_.count(p) == 0; });
  if (options.fresh_only && !fresh) return;
  if (cross) opposed_.insert(pairs.begin(), pairs.end());
  std::string explanation =
      options.explanation.empty() ? Explain(options.what, sides) : options.explanation;
  if (cross) Add(kind, severity, topic, false, sides, explanation);
  if (!options.within) return;
  // Within one article: the article's own claims on two or more sides.
  std::map<int64_t, std::vector<Side>> by_article;
  for (size_t i = 0; i < sides.size(); ++i) {
    std::map<int64_t, Side> mine;
    for (const auto* c : sides[i].claims) {
      Side& s = mine[c->article_id];
      s.value = sides[i].value;
      s.claims.push_back(c);
    }
    for (auto& [article, side] : mine) by_article[article].push_back(std::move(side));
  }
  for (auto& [article, article_sides] : by_article) {
    if (article_sides.size() >= 2) {
      Add(core::ContradictionKind::kWithinArticle, severity,
          std::string(core::ToString(kind)) + ": " + topic, true, article_sides,
          Explain(options.what, article_sides));
    }
  }
}

void Emitter::Add(core::ContradictionKind kind, core::Severity severity, const std::string& topic,
                  bool within, const std::vector<Side>& sides, const std::string& explanation) {
  core::Contradiction c;
  c.explanation = explanation;
  c.kind = kind;
  c.severity = severity;
  c.topic = topic;
  c.within_article = within;
  std::vector<std::string> values, quotes;
  int voices = 0;
  for (const Side& s : sides) {
    core::ContradictionSide side;
    side.value = s.value;
    for (const auto* claim : s.claims) {
      side.claim_ids.push_back(claim->claim.id);
      quotes.push_back(claim->source + "|" + claim->claim.quote);
    }
    values.push_back(s.value);
    voices += Voices(s.claims);
    c.sides.push_back(std::move(side));
  }
  std::sort(values.begin(), values.end());
  std::sort(quotes.begin(), quotes.end());
  std::string key = std::string(core::ToString(kind)) + "\n" + topic + "\n" + (within ? "within" : "across");
  if (within) key += "\n" + sides.front().claims.front()->url;
  // The same disagreement in two stories is two contradictions.
  if (int64_t story = sides.front().claims.front()->story_id; story != 0) {
    key += "\nstory " + std::to_string(story);
  }
  for (const auto& v : values) key += "\n" + v;
  c.fingerprint = core::Sha256Hex(key).substr(0, 32);
  std::string evidence;
  for (const auto& q : quotes) evidence += q + "\n";
  c.evidence = core::Sha256Hex(evidence).substr(0, 32);
  // More voices behind each side make it likelier the sources really disagree.
  double factor =
      kind == core::ContradictionKind::kHedge || kind == core::ContradictionKind::kSingleSource ? 0.6 : 0.8;
  c.confidence = std::min(0.99, factor * (0.6 + 0.1 * std::min(voices, 4)));
  result_.contradictions.push_back(std::move(c));
}

void Emitter::Corroborate(const std::string& topic, const Side& side) {
  int voices = Voices(side.claims);
  if (voices < 2) return;
  Corroboration c;
  c.topic = topic;
  c.value = side.value;
  c.voices = voices;
  for (const auto* claim : side.claims) c.claim_ids.push_back(claim->claim.id);
  result_.corroborations.push_back(std::move(c));
}

Reconciliation Emitter::Take() {
  std::stable_sort(result_.contradictions.begin(), result_.contradictions.end(),
                   [](const core::Contradiction& a, const core::Contradiction& b) {
                     return a.severity > b.severity;  // most severe first
                   });
  return std::move(result_);
}

}  // namespace newsrecon::reconcile
