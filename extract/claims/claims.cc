// The claim extractor: clauses → slot templates → relation phrasings (prefiltered with one
// RE2::Set) → claims with roles, phase, polarity and values.
#include "extract/claims/claims.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <map>
#include <set>

#include "core/sha256.h"
#include "extract/claims/clauses.h"
#include "extract/claims/match_loop.h"
#include "extract/claims/values_internal.h"

namespace newsrecon::extract {
namespace {

constexpr char kCodeVersion[] = "claims-1";

struct CompiledPhrasing {
  std::unique_ptr<RE2> re;
  std::map<std::string, int> groups;  // role or "value" → capture index
};

struct CompiledRelation {
  RelationEntry entry;
  std::unique_ptr<RE2> topic;
  std::vector<CompiledPhrasing> phrasings;
  std::set<core::ValueType> value_types;
};

// Expands {ROLE}, {party}, {value} and {gap}; other braces (RE2 counts) are left alone.
std::string ExpandMacros(const std::string& phrasing, const RelationEntry& r) {
  std::string out;
  for (size_t i = 0; i < phrasing.size(); ++i) {
    if (phrasing[i] != '{') {
      out.push_back(phrasing[i]);
      continue;
    }
    size_t close = phrasing.find('}', i);
    std::string name = close == std::string::npos ? "" : phrasing.substr(i + 1, close - i - 1);
    std::string expansion;
    bool is_role = std::find(r.roles.begin(), r.roles.end(), name) != r.roles.end();
    if (is_role) {
      // A symmetric relation names its one role twice; the groups get distinct names.
      bool seen = out.find("(?P<" + name + ">") != std::string::npos;
      expansion = "(?P<" + name + (seen ? "_2" : "") + "><<P\\d+>>)";
    } else if (name == "party") {
      expansion = "<<P\\d+>>";
    } else if (name == "value" || name == "start") {
      expansion = "(?P<" + name + "><<V\\d+>>)";
    } else if (name == "gap") {
      expansion = "(?:[^<]|<<V\\d+>>)*?";
    } else {
      out.push_back(phrasing[i]);
      continue;
    }
    out += expansion;
    i = close;
  }
  return out;
}

RE2::Options CaseInsensitive() {
  RE2::Options options;
  options.set_case_sensitive(false);
  options.set_log_errors(false);
  return options;
}

std::unique_ptr<RE2> CueRegex(const std::vector<std::string>& cues) {
  std::string alternation;
  for (const auto& c : cues) alternation += (alternation.empty() ? "" : "|") + c;
  if (alternation.empty()) alternation = "(?!)x^";
  return std::make_unique<RE2>("\\b(?:" + alternation + ")\\b", CaseInsensitive());
}

std::string LexiconFingerprint(const Lexicon& lex) {
  std::string all = kCodeVersion;
  for (const auto& p : lex.parties) {
    all += "|p:" + p.name;
    for (const auto& a : p.aliases) all += "," + a;
    for (const auto& d : p.descriptors) all += ";" + d;
  }
  for (const auto& r : lex.relations) {
    all += "|r:" + r.id + ":" + r.topic;
    for (const auto& x : r.roles) all += "," + x;
    for (const auto& x : r.values) all += "," + x;
    for (const auto& x : r.phrasings) all += "\n" + x;
  }
  for (const auto* cues : {&lex.cues_ends, &lex.cues_continues, &lex.cues_starts, &lex.cues_past}) {
    all += "|c";
    for (const auto& c : *cues) all += "," + c;
  }
  return std::string(kCodeVersion) + ":" + core::Sha256Hex(all).substr(0, 16);
}

}  // namespace

struct ClaimExtractor::Impl {
  ValueFinder values;
  std::unique_ptr<PartyFinder> parties;
  std::vector<CompiledRelation> relations;
  std::map<std::string, size_t> relation_index;  // id → relations[i]
  std::unique_ptr<RE2::Set> prefilter;
  std::vector<std::pair<size_t, size_t>> set_index;  // set entry → (relation, phrasing)
  std::unique_ptr<RE2> ends, continues, starts, past;
  RE2 negation{R"((?i)\b(?:not|never|cannot)\b|n't\b)"};
  RE2 attribution{R"((?i)<<P(\d+)>>(?:'s)?(?:\s+\w+)?\s+(?:said|says|stated|announced|added|noted|told|confirmed|wrote)\b|\b(?:said|says|according to)\s+<<P(\d+)>>)"};
  RE2 undisclosed{R"((?i)\b(?:not|n't|never)\s+(?:been\s+)?(?:publicly\s+)?(?:disclosed|revealed|made public)\b|\bundisclosed\b|\b(?:did not|didn't|declined to|would not|wouldn't)\s+(?:disclose|reveal|say)\b)"};
  RE2 back_reference{R"(^(?:The company|The firm|The group|It)\b)"};

  // Matches every relation phrasing against one clause's template.
  void MatchRelations(std::string_view text, core::Span clause, const std::string& tmpl,
                      const Extraction& found, const core::Claim& base,
                      std::set<size_t>* used_values, std::vector<core::Claim>* out) const;
  core::Phase PhaseOf(std::string_view clause) const;
  // Gives a claim the values of its relation's types found in text[clause].
  void AttachValues(const Extraction& found, core::Span clause, core::Claim* claim,
                    std::set<size_t>* used_values) const;
};

ClaimExtractor::ClaimExtractor(std::unique_ptr<Impl> impl, std::string version)
    : impl_(std::move(impl)), version_(std::move(version)) {}
ClaimExtractor::~ClaimExtractor() = default;

core::Result<std::unique_ptr<ClaimExtractor>> ClaimExtractor::Create(const Lexicon& lexicon) {
  auto impl = std::make_unique<Impl>();
  auto parties = PartyFinder::Create(lexicon.parties);
  if (!parties.ok()) return parties.status();
  impl->parties = std::move(*parties);
  impl->prefilter = std::make_unique<RE2::Set>(CaseInsensitive(), RE2::UNANCHORED);
  for (const RelationEntry& r : lexicon.relations) {
    CompiledRelation compiled{r, nullptr, {}, {}};
    std::string where = r.origin + ": relation '" + r.id + "'";
    if (!r.topic.empty()) {
      compiled.topic = std::make_unique<RE2>(r.topic, CaseInsensitive());
      if (!compiled.topic->ok()) {
        return core::InvalidArgument(where + " topic: RE2 error: " + compiled.topic->error());
      }
    }
    for (const std::string& v : r.values) {
      core::ValueType type;
      if (!core::ParseValueType(v, &type)) {
        return core::InvalidArgument(where + ": unknown value type '" + v + "'");
      }
      compiled.value_types.insert(type);
    }
    for (size_t i = 0; i < r.phrasings.size(); ++i) {
      std::string pattern = ExpandMacros(r.phrasings[i], r);
      auto re = std::make_unique<RE2>(pattern, CaseInsensitive());
      if (!re->ok()) {
        return core::InvalidArgument(where + " phrasing " + std::to_string(i + 1) +
                                     ": RE2 error: " + re->error());
      }
      std::string set_error;
      if (impl->prefilter->Add(pattern, &set_error) < 0) {
        return core::InvalidArgument(where + " phrasing " + std::to_string(i + 1) +
                                     ": RE2 error: " + set_error);
      }
      impl->set_index.emplace_back(impl->relations.size(), compiled.phrasings.size());
      compiled.phrasings.push_back({std::move(re), {}});
      compiled.phrasings.back().groups = compiled.phrasings.back().re->NamedCapturingGroups();
    }
    impl->relation_index[r.id] = impl->relations.size();
    impl->relations.push_back(std::move(compiled));
  }
  if (!impl->prefilter->Compile()) return core::Internal("relation phrasings: RE2::Set compile failed (too large)");
  impl->ends = CueRegex(lexicon.cues_ends);
  impl->continues = CueRegex(lexicon.cues_continues);
  impl->starts = CueRegex(lexicon.cues_starts);
  impl->past = CueRegex(lexicon.cues_past);
  for (const RE2* cue : {impl->ends.get(), impl->continues.get(), impl->starts.get(), impl->past.get()}) {
    if (!cue->ok()) return core::InvalidArgument("[phase] cues: RE2 error: " + cue->error());
  }
  std::string version = LexiconFingerprint(lexicon);
  return std::unique_ptr<ClaimExtractor>(new ClaimExtractor(std::move(impl), version));
}

namespace {

// The index encoded in a "<<P12>>" or "<<V3>>" slot.
size_t SlotIndex(std::string_view slot) {
  size_t n = 0;
  for (char c : slot) {
    if (c >= '0' && c <= '9') n = n * 10 + static_cast<size_t>(c - '0');
  }
  return n;
}

// Position of the first match of `re` in `text`, or npos.
size_t FirstAt(const RE2& re, std::string_view text) {
  re2::StringPiece m;
  if (!re.Match(re2::StringPiece(text.data(), text.size()), 0, text.size(), RE2::UNANCHORED, &m, 1)) {
    return std::string_view::npos;
  }
  return static_cast<size_t>(m.data() - text.data());
}

}  // namespace

core::Phase ClaimExtractor::Impl::PhaseOf(std::string_view clause) const {
  if (FirstAt(*past, clause) != std::string_view::npos) return core::Phase::kPast;
  size_t e = FirstAt(*ends, clause), c = FirstAt(*continues, clause), s = FirstAt(*starts, clause);
  size_t first = std::min({e, c, s});
  if (first == std::string_view::npos) return core::Phase::kUnspecified;
  return first == e ? core::Phase::kEnds : first == c ? core::Phase::kContinues : core::Phase::kStarts;
}

void ClaimExtractor::Impl::AttachValues(const Extraction& found, core::Span clause,
                                        core::Claim* claim, std::set<size_t>* used_values) const {
  const CompiledRelation& rel = relations[relation_index.at(claim->relation)];
  bool has_tranche = std::any_of(claim->values.begin(), claim->values.end(),
                                 [](const core::Value& v) { return !v.role.empty(); });
  for (size_t i = 0; i < found.values.size(); ++i) {
    const core::Value& v = found.values[i];
    if (v.span.start < clause.start || v.span.end > clause.end) continue;
    if (has_tranche && v.role.empty()) continue;
    bool time = v.type == core::ValueType::kYear || v.type == core::ValueType::kDate;
    if (rel.value_types.count(v.type) == 0 && !time) continue;
    claim->values.push_back(v);
    used_values->insert(i);
  }
}

void ClaimExtractor::Impl::MatchRelations(std::string_view text, core::Span clause,
                                          const std::string& tmpl, const Extraction& found,
                                          const core::Claim& base, std::set<size_t>* used_values,
                                          std::vector<core::Claim>* out) const {
  std::vector<int> hits;
  if (!prefilter->Match(tmpl, &hits)) return;
  std::sort(hits.begin(), hits.end());
  std::set<size_t> matched_relations;
  std::string_view raw = text.substr(clause.start, clause.size());
  for (int hit : hits) {
    auto [rel_index, phr_index] = set_index[static_cast<size_t>(hit)];
    if (matched_relations.count(rel_index) > 0) continue;
    const CompiledRelation& rel = relations[rel_index];
    if (rel.topic && !RE2::PartialMatch(re2::StringPiece(raw.data(), raw.size()), *rel.topic)) continue;
    const CompiledPhrasing& phrasing = rel.phrasings[phr_index];
    std::vector<Group> groups;
    ForEachMatch(*phrasing.re, tmpl, [&](const std::vector<Group>& g) {
      if (groups.empty()) groups = g;
    });
    if (groups.empty()) continue;
    core::Claim claim = base;
    claim.relation = rel.entry.id;
    std::optional<size_t> value_slot;
    std::string value_role;
    for (const auto& [name, index] : phrasing.groups) {
      const Group& g = groups[static_cast<size_t>(index)];
      if (!g.matched()) continue;
      if (name == "value" || name == "start") {
        value_slot = SlotIndex(g.text);
        value_role = name == "start" ? "start" : "";
        continue;
      }
      bool second = name.size() > 2 && name.compare(name.size() - 2, 2, "_2") == 0;
      claim.roles.push_back({second ? name.substr(0, name.size() - 2) : name,
                             found.parties[SlotIndex(g.text)].canonical});
    }
    if (claim.roles.size() == 2 && claim.roles[0].party == claim.roles[1].party) continue;
    // The slot's value must be of a type the relation carries (a start is a year or date).
    if (value_slot) {
      core::ValueType type = found.values[*value_slot].type;
      bool time = type == core::ValueType::kYear || type == core::ValueType::kDate;
      if (value_role == "start" ? !time : rel.value_types.count(type) == 0) continue;
    }
    if (rel.entry.symmetric()) {
      std::sort(claim.roles.begin(), claim.roles.end(),
                [](const core::Role& a, const core::Role& b) { return a.party < b.party; });
    } else {
      std::stable_sort(claim.roles.begin(), claim.roles.end(),
                       [&](const core::Role& a, const core::Role& b) {
                         return a.name == rel.entry.roles[0] && b.name != rel.entry.roles[0];
                       });
    }
    if (!claim.roles.empty()) {
      std::set<std::string> names;
      for (const auto& r : claim.roles) names.insert(r.party);
      if (names.size() == 2 || claim.parties.size() < 2) claim.parties.assign(names.begin(), names.end());
    }
    if (value_slot) {
      // The phrasing's value, plus its tranches ("$1.5 billion initial ... additional $500 million").
      const core::Value& v = found.values[*value_slot];
      claim.values.push_back(v);
      if (!value_role.empty()) claim.values.back().role = value_role;
      used_values->insert(*value_slot);
      for (size_t i = 0; i < found.values.size(); ++i) {
        const core::Value& w = found.values[i];
        bool in_clause = w.span.start >= clause.start && w.span.end <= clause.end;
        bool tranche = i != *value_slot && w.type == v.type && !w.role.empty() && !v.role.empty();
        bool time = w.type == core::ValueType::kYear || w.type == core::ValueType::kDate;
        if (in_clause && i != *value_slot && (tranche || (time && v.type != w.type))) {
          claim.values.push_back(w);
          used_values->insert(i);
        }
      }
    } else {
      AttachValues(found, clause, &claim, used_values);
    }
    matched_relations.insert(rel_index);
    out->push_back(std::move(claim));
  }
}

namespace {

// "The company ..." or "It ..." opening a sentence stands for the previous sentence's
// first party; the mention is added so clauses and templates see it.
void AddBackReferences(std::string_view text, const std::vector<core::Span>& sentences,
                       const RE2& pattern, std::vector<PartyMention>* parties) {
  std::vector<PartyMention> added;
  std::string previous_first;
  size_t next = 0;
  for (const core::Span& s : sentences) {
    std::string first;
    while (next < parties->size() && (*parties)[next].span.start < s.start) ++next;
    if (next < parties->size() && (*parties)[next].span.end <= s.end) first = (*parties)[next].canonical;
    re2::StringPiece match;
    std::string_view sentence = text.substr(s.start, s.size());
    if (!previous_first.empty() &&
        pattern.Match(re2::StringPiece(sentence.data(), sentence.size()), 0, sentence.size(),
                      RE2::ANCHOR_START, &match, 1)) {
      added.push_back({{s.start, s.start + match.size()}, previous_first});
      if (first.empty()) first = previous_first;
    }
    previous_first = first;
  }
  parties->insert(parties->end(), added.begin(), added.end());
  std::sort(parties->begin(), parties->end(), [](const PartyMention& a, const PartyMention& b) {
    return a.span.start < b.span.start;
  });
}

// The article's main parties: the two named most often (each at least twice).
std::vector<std::string> TopicParties(const std::vector<PartyMention>& parties) {
  std::map<std::string, int> count;
  for (const auto& p : parties) ++count[p.canonical];
  std::vector<std::pair<int, std::string>> ranked;
  for (const auto& [name, n] : count) {
    if (n >= 2) ranked.emplace_back(-n, name);
  }
  std::sort(ranked.begin(), ranked.end());
  std::vector<std::string> top;
  for (size_t i = 0; i < ranked.size() && i < 2; ++i) top.push_back(ranked[i].second);
  std::sort(top.begin(), top.end());
  return top;
}

// The party mention that opens text[clause] (within its first three words), or -1.
int OpeningParty(std::string_view text, core::Span clause, const std::vector<PartyMention>& parties) {
  size_t limit = clause.start, words = 0;
  while (limit < clause.end && words < 3) {
    if (text[limit] == ' ') ++words;
    ++limit;
  }
  for (size_t i = 0; i < parties.size(); ++i) {
    const core::Span& p = parties[i].span;
    if (p.start >= clause.start && p.start < limit && p.end <= clause.end) return static_cast<int>(i);
  }
  return -1;
}

}  // namespace

Extraction ClaimExtractor::Extract(std::string_view text, const std::vector<core::Span>& sentences,
                                   const DateContext& context) const {
  Extraction found;
  found.values = impl_->values.Find(text, context);
  found.parties = impl_->parties->Find(text);
  AddBackReferences(text, sentences, impl_->back_reference, &found.parties);
  const std::vector<std::string> topic = TopicParties(found.parties);
  size_t previous_claims_begin = 0;
  for (size_t s = 0; s < sentences.size(); ++s) {
    const core::Span sentence = sentences[s];
    if (sentence.end > text.size() || sentence.start >= sentence.end) continue;
    size_t claims_begin = found.claims.size();
    core::Claim base;
    base.sentence = s;
    base.span = sentence;
    base.quote = std::string(text.substr(sentence.start, sentence.size()));
    std::set<std::string> names;
    for (const auto& p : found.parties) {
      if (p.span.start >= sentence.start && p.span.end <= sentence.end) names.insert(p.canonical);
    }
    // Too few parties named: the article's main parties stand in (they are what it is about).
    for (size_t i = 0; names.size() < 2 && i < topic.size(); ++i) names.insert(topic[i]);
    base.parties.assign(names.begin(), names.end());
    base.keywords = Keywords(text, sentence, found.parties, found.values);
    std::string sentence_tmpl = SlotTemplate(text, sentence, found.parties, found.values, -1);
    ForEachMatch(impl_->attribution, sentence_tmpl, [&](const std::vector<Group>& g) {
      if (!base.attribution.empty()) return;
      const Group& who = g[1].matched() ? g[1] : g[2];
      base.attribution = found.parties[SlotIndex(who.text)].canonical;
    });

    std::set<size_t> used_values;
    int last_subject = -1;
    bool party_seen = false;
    core::Phase lead_phase = core::Phase::kUnspecified;
    std::vector<size_t> pending;  // relation claims of this sentence still without a value
    for (const core::Span& clause : SplitClauses(text, sentence)) {
      int opening = OpeningParty(text, clause, found.parties);
      std::string_view raw = text.substr(clause.start, clause.size());
      core::Claim clause_base = base;
      clause_base.phase = impl_->PhaseOf(raw);
      if (clause_base.phase == core::Phase::kUnspecified) clause_base.phase = lead_phase;
      if (FirstAt(impl_->negation, raw) != std::string_view::npos) {
        clause_base.polarity = core::Polarity::kNegated;
      }
      std::set<std::string> clause_names;
      for (const auto& p : found.parties) {
        if (p.span.start >= clause.start && p.span.end <= clause.end) clause_names.insert(p.canonical);
      }
      if (clause_names.size() >= 2) clause_base.parties.assign(clause_names.begin(), clause_names.end());
      if (opening >= 0) {
        pending.clear();
      } else {
        // A continuation ("..., for $310 million") completes the claims before it.
        for (size_t index : pending) impl_->AttachValues(found, clause, &found.claims[index], &used_values);
      }
      int subject = opening >= 0 ? -1 : last_subject;
      std::string tmpl = SlotTemplate(text, clause, found.parties, found.values, subject);
      size_t before = found.claims.size();
      impl_->MatchRelations(text, clause, tmpl, found, clause_base, &used_values, &found.claims);
      for (size_t i = before; i < found.claims.size(); ++i) {
          bool tranche = std::any_of(found.claims[i].values.begin(), found.claims[i].values.end(),
                                   [](const core::Value& v) { return v.role == "initial"; });
        if (found.claims[i].values.empty() || tranche) pending.push_back(i);
      }
      if (opening >= 0) last_subject = opening;
      if (!clause_names.empty()) party_seen = true;
      if (!party_seen && clause_base.phase != core::Phase::kUnspecified) lead_phase = clause_base.phase;
    }
    // "Terms were not disclosed." speaks of this sentence's claims, or else the previous one's.
    if (RE2::PartialMatch(re2::StringPiece(base.quote), impl_->undisclosed)) {
      size_t from = found.claims.size() > claims_begin ? claims_begin : previous_claims_begin;
      for (size_t i = from; i < found.claims.size(); ++i) {
        if (!found.claims[i].relation.empty()) found.claims[i].undisclosed = true;
      }
    }
    // Values no relation took stay together as one claim about the sentence.
    core::Claim rest = base;
    for (size_t i = 0; i < found.values.size(); ++i) {
      const core::Value& v = found.values[i];
      if (v.span.start >= sentence.start && v.span.end <= sentence.end && used_values.count(i) == 0) {
        rest.values.push_back(v);
      }
    }
    if (!rest.values.empty()) found.claims.push_back(std::move(rest));
    previous_claims_begin = claims_begin;
  }
  return found;
}

}  // namespace newsrecon::extract
