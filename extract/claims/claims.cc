// The claim extractor: clauses → slot templates → relation phrasings (prefiltered with one
// RE2::Set) → claims with roles, phase, polarity and values.
#include "extract/claims/claims.h"
#include "extract/claims/claims_impl.h"

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

constexpr char kCodeVersion[] = "claims-2";

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

// Lexicon patterns ignore case and run on bytes (Latin-1): their literals are ASCII, a
// non-ASCII literal matches its UTF-8 bytes, and a gap like [^<] is one byte class instead
// of a UTF-8 automaton, which keeps the phrasings' DFA small and fast.
RE2::Options LexiconOptions() {
  RE2::Options options;
  options.set_case_sensitive(false);
  options.set_log_errors(false);
  options.set_encoding(RE2::Options::EncodingLatin1);
  return options;
}

// One pattern for all phase cues, a named group per kind.
std::unique_ptr<RE2> CueRegex(const Lexicon& lex) {
  const std::pair<const char*, const std::vector<std::string>*> kinds[] = {
      {"past", &lex.cues_past}, {"ends", &lex.cues_ends},
      {"continues", &lex.cues_continues}, {"starts", &lex.cues_starts}};
  std::string pattern;
  for (const auto& [name, cues] : kinds) {
    std::string alternation;
    for (const auto& c : *cues) alternation += (alternation.empty() ? "" : "|") + c;
    if (alternation.empty()) alternation = "\\x{10FFFF}";  // a kind with no cues never matches
    pattern += std::string(pattern.empty() ? "" : "|") + "(?P<" + name + ">" + alternation + ")";
  }
  return std::make_unique<RE2>("\\b(?:" + pattern + ")\\b", LexiconOptions());
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

ClaimExtractor::ClaimExtractor(std::unique_ptr<Impl> impl, std::string version)
    : impl_(std::move(impl)), version_(std::move(version)) {}
ClaimExtractor::~ClaimExtractor() = default;

core::Result<std::unique_ptr<ClaimExtractor>> ClaimExtractor::Create(const Lexicon& lexicon) {
  auto impl = std::make_unique<Impl>();
  auto parties = PartyFinder::Create(lexicon.parties);
  if (!parties.ok()) return parties.status();
  impl->parties = std::move(*parties);
  std::vector<const RE2*> article = impl->values.patterns();
  const auto& party_patterns = impl->parties->patterns();
  article.insert(article.end(), party_patterns.begin(), party_patterns.end());
  article.push_back(&impl->undisclosed);
  auto article_scan = PatternUnion::Compile(std::move(article));
  if (!article_scan.ok()) return article_scan.status();
  impl->article_scan = std::move(*article_scan);
  impl->prefilter = std::make_unique<RE2::Set>(LexiconOptions(), RE2::UNANCHORED);
  for (const RelationEntry& r : lexicon.relations) {
    CompiledRelation compiled{r, nullptr, {}, {}};
    std::string where = r.origin + ": relation '" + r.id + "'";
    if (!r.topic.empty()) {
      compiled.topic = std::make_unique<RE2>(r.topic, LexiconOptions());
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
      auto re = std::make_unique<RE2>(pattern, LexiconOptions());
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
  std::string any;
  for (const CompiledRelation& rel : impl->relations) {
    for (const CompiledPhrasing& ph : rel.phrasings) any += (any.empty() ? "(?:" : "|(?:") + ph.re->pattern() + ")";
  }
  RE2::Options options = LexiconOptions();
  options.set_never_capture(true);
  options.set_max_mem(int64_t{256} << 20);
  impl->any_phrasing = std::make_unique<RE2>(any.empty() ? "\\x{10FFFF}" : any, options);
  if (!impl->any_phrasing->ok()) return core::Internal("relation phrasings: union does not compile");
  std::string least, most;
  if (impl->back_reference.PossibleMatchRange(&least, &most, 10) && !least.empty() && !most.empty()) {
    impl->back_reference_first[0] = static_cast<unsigned char>(least[0]);
    impl->back_reference_first[1] = static_cast<unsigned char>(most[0]);
  }
  impl->cues = CueRegex(lexicon);
  if (!impl->cues->ok()) return core::InvalidArgument("[phase] cues: RE2 error: " + impl->cues->error());
  const auto& cue_groups = impl->cues->NamedCapturingGroups();
  const char* kCueKinds[] = {"past", "ends", "continues", "starts"};
  for (int i = 0; i < 4; ++i) impl->cue_group[i] = cue_groups.at(kCueKinds[i]);
  std::string version = LexiconFingerprint(lexicon);
  return std::unique_ptr<ClaimExtractor>(new ClaimExtractor(std::move(impl), version));
}

core::Phase ClaimExtractor::Impl::PhaseOf(std::string_view clause) const {
  // One pass over the clause: a past cue anywhere wins; otherwise the earliest cue.
  core::Phase first = core::Phase::kUnspecified;
  bool past = false;
  auto matched = [&](const std::vector<Group>& g, int kind) {
    return g[static_cast<size_t>(cue_group[kind])].matched();
  };
  // The matches ForEachMatch would see, left to right; none after a past cue matters.
  std::vector<Group> g;
  size_t pos = 0;
  while (!past && pos <= clause.size() && MatchAt(*cues, clause, pos, RE2::UNANCHORED, &g)) {
    if (matched(g, 0)) past = true;
    if (first == core::Phase::kUnspecified) {
      if (matched(g, 1)) first = core::Phase::kEnds;
      if (matched(g, 2)) first = core::Phase::kContinues;
      if (matched(g, 3)) first = core::Phase::kStarts;
    }
    pos = g[0].end() > pos ? g[0].end() : pos + 1;
  }
  return past ? core::Phase::kPast : first;
}

void ClaimExtractor::Impl::AttachValues(const Extraction& found, core::Span clause,
                                        core::Claim* claim, std::set<size_t>* used_values,
                                        bool with_time) const {
  const CompiledRelation& rel = relations[relation_index.at(claim->relation)];
  bool has_tranche = std::any_of(claim->values.begin(), claim->values.end(), [](const core::Value& v) {
    return v.role != core::ValueRole::kNone;
  });
  for (size_t i = 0; i < found.values.size(); ++i) {
    const core::Value& v = found.values[i];
    if (v.span.start < clause.start || v.span.end > clause.end) continue;
    if (has_tranche && v.role == core::ValueRole::kNone) continue;
    bool time = with_time && (v.type == core::ValueType::kYear || v.type == core::ValueType::kDate);
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
  if (!any_phrasing->Match(tmpl, 0, tmpl.size(), RE2::UNANCHORED, nullptr, 0) || !prefilter->Match(tmpl, &hits)) return;
  std::sort(hits.begin(), hits.end());
  std::set<size_t> matched_relations;
  std::string_view raw = text.substr(clause.start, clause.size());
  for (int hit : hits) {
    auto [rel_index, phr_index] = set_index[static_cast<size_t>(hit)];
    if (matched_relations.count(rel_index) > 0) continue;
    const CompiledRelation& rel = relations[rel_index];
    if (rel.topic && !RE2::PartialMatch(re2::StringPiece(raw.data(), raw.size()), *rel.topic)) continue;
    const CompiledPhrasing& phrasing = rel.phrasings[phr_index];
    std::vector<Group> groups;  // the first match: the phrasing's reading of the clause
    if (!MatchAt(*phrasing.re, tmpl, 0, RE2::UNANCHORED, &groups)) continue;
    core::Claim claim = base;
    claim.relation = rel.entry.id;
    std::optional<size_t> value_slot;
    core::ValueRole value_role = core::ValueRole::kNone;
    for (const auto& [name, index] : phrasing.groups) {
      const Group& g = groups[static_cast<size_t>(index)];
      if (!g.matched()) continue;
      if (name == "value" || name == "start") {
        value_slot = SlotIndex(g.text);
        value_role = name == "start" ? core::ValueRole::kStart : core::ValueRole::kNone;
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
      if (value_role == core::ValueRole::kStart ? !time : rel.value_types.count(type) == 0) continue;
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
      if (value_role != core::ValueRole::kNone) claim.values.back().role = value_role;
      used_values->insert(*value_slot);
      for (size_t i = 0; i < found.values.size(); ++i) {
        const core::Value& w = found.values[i];
        bool in_clause = w.span.start >= clause.start && w.span.end <= clause.end;
        bool tranche = i != *value_slot && w.type == v.type && w.role != core::ValueRole::kNone &&
                       v.role != core::ValueRole::kNone;
        bool time = w.type == core::ValueType::kYear || w.type == core::ValueType::kDate;
        if (in_clause && i != *value_slot && (tranche || (time && v.type != w.type))) {
          claim.values.push_back(w);
          used_values->insert(i);
        }
      }
    } else {
      AttachValues(found, clause, &claim, used_values, /*with_time=*/true);
    }
    matched_relations.insert(rel_index);
    out->push_back(std::move(claim));
  }
}

}  // namespace newsrecon::extract
