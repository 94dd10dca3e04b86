// ClaimExtractor::Extract: one pass over an article's sentences. Work is spent only where
// it can pay: sentences with a party or a value, clauses whose template some phrasing can
// match, key words and attribution only for sentences that yield a claim.
#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "extract/claims/claims.h"
#include "extract/claims/claims_impl.h"
#include "extract/claims/clauses.h"
#include "extract/claims/frames.h"

namespace newsrecon::extract {
namespace {

// "The company ..." or "It ..." opening a sentence stands for the previous sentence's
// first party; the mention is added so clauses and templates see it.
void AddBackReferences(std::string_view text, const std::vector<core::Span>& sentences,
                       const ClaimExtractor::Impl& impl, std::vector<PartyMention>* parties) {
  const RE2& pattern = impl.back_reference;
  // A sentence that opens with a byte no match can start with is not asked (most are not).
  auto may_open = [&](size_t at) {
    auto c = static_cast<unsigned char>(text[at]);
    return c >= impl.back_reference_first[0] && c <= impl.back_reference_first[1];
  };
  std::vector<PartyMention> added;
  std::string previous_first;
  size_t next = 0;
  for (const core::Span& s : sentences) {
    std::string first;
    while (next < parties->size() && (*parties)[next].span.start < s.start) ++next;
    if (next < parties->size() && (*parties)[next].span.end <= s.end) first = (*parties)[next].canonical;
    std::vector<Group> g;
    if (!previous_first.empty() && s.end <= text.size() && s.start < s.end && may_open(s.start) &&
        MatchAt(pattern, text.substr(0, s.end), s.start, RE2::ANCHOR_START, &g)) {
      added.push_back({{g[0].start, g[0].end()}, previous_first});
      if (first.empty()) first = previous_first;
    }
    previous_first = first;
  }
  if (added.empty()) return;
  parties->insert(parties->end(), added.begin(), added.end());
  std::sort(parties->begin(), parties->end(), [](const PartyMention& a, const PartyMention& b) {
    return a.span.start < b.span.start;
  });
}

// `text` with no-break, thin and other Unicode spaces replaced by as many ASCII spaces as
// they have bytes, so that offsets stay valid; nothing when it has none. Their UTF-8 starts
// with 0xC2 or 0xE2, and memchr finds those.
std::optional<std::string> SpacesAsAscii(std::string_view text) {
  std::optional<std::string> out;
  auto at = [&](size_t k) { return k < text.size() ? static_cast<unsigned char>(text[k]) : 0; };
  auto blank = [&](size_t from, size_t width) {
    if (!out) out.emplace(text);
    for (size_t k = 0; k < width; ++k) (*out)[from + k] = ' ';
  };
  for (size_t i = text.find('\xC2'); i != std::string_view::npos; i = text.find('\xC2', i + 1)) {
    if (at(i + 1) == 0xA0) blank(i, 2);
  }
  for (size_t i = text.find('\xE2'); i != std::string_view::npos; i = text.find('\xE2', i + 1)) {
    if (at(i + 1) == 0x80 && ((at(i + 2) >= 0x80 && at(i + 2) <= 0x8A) || at(i + 2) == 0xAF)) blank(i, 3);
  }
  return out;
}

// Whether `text` holds "not", "never" or "n't" in any case: every match of the negation
// pattern holds one ("cannot" holds "not"), so where none is the pattern need not run.
bool MayNegate(std::string_view text) {
  auto lower = [&](size_t k) { return k < text.size() ? static_cast<char>(text[k] | 0x20) : '\0'; };
  // Each 'n' and 'N' in turn, found by memchr.
  size_t small = text.find('n'), capital = text.find('N');
  while (small != std::string_view::npos || capital != std::string_view::npos) {
    size_t i = std::min(small, capital);
    if (lower(i + 1) == 'o' && lower(i + 2) == 't') return true;
    if (lower(i + 1) == 'e' && lower(i + 2) == 'v' && lower(i + 3) == 'e' && lower(i + 4) == 'r') return true;
    if (i + 1 < text.size() && text[i + 1] == '\'' && lower(i + 2) == 't') return true;
    if (i == small) {
      small = text.find('n', i + 1);
    } else {
      capital = text.find('N', i + 1);
    }
  }
  return false;
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

class ArticlePass {
 public:
  // `undisclosed`: where the article says "not disclosed"; sentences look them up.
  ArticlePass(const ClaimExtractor::Impl& impl, std::string_view text, Extraction* found,
              std::vector<size_t> undisclosed)
      : impl_(impl), text_(text), found_(*found), topic_(TopicParties(found->parties)),
        undisclosed_(std::move(undisclosed)) {}

  void Sentence(size_t index, core::Span sentence) {
    size_t claims_begin = found_.claims.size();
    Slice slice = SliceOf(sentence);
    if (Worth(slice)) {
      may_negate_ = MayNegate(text_.substr(sentence.start, sentence.size()));
      core::Claim base = Base(index, sentence);
      std::set<size_t> used_values;
      std::string tmpl = SlotTemplate(text_, sentence, found_.parties, found_.values, slice, -1);
      if (impl_.any_phrasing->Match(tmpl, 0, tmpl.size(), RE2::UNANCHORED, nullptr, 0)) Clauses(sentence, slice, base, &used_values);
      Rest(sentence, slice, std::move(base), used_values);
      if (found_.claims.size() > claims_begin) Describe(sentence, slice, tmpl, claims_begin);
    }
    MarkUndisclosed(sentence, claims_begin);
    previous_claims_begin_ = claims_begin;
  }

 private:
  // Whether the negation pattern matches `part` of the current sentence.
  bool Negated(std::string_view part) const {
    return may_negate_ && FirstAt(impl_.negation, part) != std::string_view::npos;
  }

  // Index ranges of the parties and values inside `span`; spans come in text order.
  Slice SliceOf(core::Span span) {
    while (party_ < found_.parties.size() && found_.parties[party_].span.start < span.start) ++party_;
    while (value_ < found_.values.size() && found_.values[value_].span.start < span.start) ++value_;
    Slice s{party_, party_, value_, value_};
    while (s.party_end < found_.parties.size() && found_.parties[s.party_end].span.end <= span.end) ++s.party_end;
    while (s.value_end < found_.values.size() && found_.values[s.value_end].span.end <= span.end) ++s.value_end;
    return s;
  }

  // Whether a sentence can yield a claim: a party, or a value other than a bare number or
  // ordinal (those are found for what builds on them, but claim nothing alone).
  bool Worth(const Slice& slice) const {
    if (slice.party_begin != slice.party_end) return true;
    for (size_t i = slice.value_begin; i < slice.value_end; ++i) {
      core::ValueType t = found_.values[i].type;
      if (t != core::ValueType::kNumber && t != core::ValueType::kOrdinal) return true;
    }
    return false;
  }

  core::Claim Base(size_t index, core::Span sentence) const {
    core::Claim base;
    base.sentence = index;
    base.span = sentence;
    base.quote = std::string(text_.substr(sentence.start, sentence.size()));
    std::vector<std::string>& names = base.parties;
    size_t end = party_;
    while (end < found_.parties.size() && found_.parties[end].span.end <= sentence.end) ++end;
    names.reserve(end - party_ + topic_.size());  // one allocation
    for (size_t i = party_; i < end; ++i) {
      names.push_back(found_.parties[i].canonical);
    }
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    // Too few parties named: the article's main parties stand in (they are what it is about).
    for (size_t i = 0; names.size() < 2 && i < topic_.size(); ++i) {
      auto at = std::lower_bound(names.begin(), names.end(), topic_[i]);
      if (at == names.end() || *at != topic_[i]) names.insert(at, topic_[i]);
    }
    return base;
  }

  // The party mention that opens text[clause] (within its first three words), or -1.
  int OpeningParty(core::Span clause, const Slice& slice) const {
    size_t limit = clause.start, words = 0;
    while (limit < clause.end && words < 3) {
      if (text_[limit] == ' ') ++words;
      ++limit;
    }
    for (size_t i = slice.party_begin; i < slice.party_end; ++i) {
      const core::Span& p = found_.parties[i].span;
      if (p.start >= clause.start && p.start < limit && p.end <= clause.end) return static_cast<int>(i);
    }
    return -1;
  }

  void Clauses(core::Span sentence, const Slice& slice, const core::Claim& base,
               std::set<size_t>* used_values) {
    int last_subject = -1;
    bool party_seen = false;
    core::Phase lead_phase = core::Phase::kUnspecified;
    std::vector<size_t> pending;  // relation claims of this sentence still without a value
    for (const core::Span& clause : SplitClauses(text_, sentence)) {
      int opening = OpeningParty(clause, slice);
      std::string_view raw = text_.substr(clause.start, clause.size());
      core::Claim clause_base = base;
      clause_base.phase = impl_.PhaseOf(raw);
      if (clause_base.phase == core::Phase::kUnspecified) clause_base.phase = lead_phase;
      if (Negated(raw)) {
        clause_base.polarity = core::Polarity::kNegated;
      }
      std::set<std::string> clause_names;
      for (size_t i = slice.party_begin; i < slice.party_end; ++i) {
        const core::Span& p = found_.parties[i].span;
        if (p.start >= clause.start && p.end <= clause.end) clause_names.insert(found_.parties[i].canonical);
      }
      if (clause_names.size() >= 2) clause_base.parties.assign(clause_names.begin(), clause_names.end());
      if (opening >= 0) {
        pending.clear();
      } else {
        // A continuation ("..., for $310 million") completes the claims before it.
        // Only the relation's own kinds of value: a later clause's time is its own.
        for (size_t index : pending) {
          impl_.AttachValues(found_, clause, &found_.claims[index], used_values, /*with_time=*/false);
        }
      }
      int subject = opening >= 0 ? -1 : last_subject;
      std::string tmpl = SlotTemplate(text_, clause, found_.parties, found_.values, slice, subject);
      size_t before = found_.claims.size();
      impl_.MatchRelations(text_, clause, tmpl, found_, clause_base, used_values, &found_.claims);
      for (size_t i = before; i < found_.claims.size(); ++i) {
        const auto& values = found_.claims[i].values;
        bool tranche = std::any_of(values.begin(), values.end(), [](const core::Value& v) {
          return v.role == core::ValueRole::kInitial;
        });
        if (values.empty() || tranche) pending.push_back(i);
      }
      if (opening >= 0) last_subject = opening;
      if (!clause_names.empty()) party_seen = true;
      if (!party_seen && clause_base.phase != core::Phase::kUnspecified) lead_phase = clause_base.phase;
    }
  }

  // Values no relation took stay together as one claim about the sentence; those in a
  // negated clause ("did not pay $10 billion") make a negated claim of their own. Bare
  // numbers and ordinals are found but make no claim.
  void Rest(core::Span sentence, const Slice& slice, core::Claim rest, const std::set<size_t>& used_values) {
    std::string_view raw = text_.substr(sentence.start, sentence.size());
    std::vector<core::Span> denied;  // the sentence's negated clauses
    if (Negated(raw)) {
      for (const core::Span& clause : SplitClauses(text_, sentence)) {
        if (Negated(text_.substr(clause.start, clause.size()))) {
          denied.push_back(clause);
        }
      }
    }
    std::vector<const core::Value*> negated_values;  // the claim is made only when there are some
    rest.values.reserve(rest.values.size() + (slice.value_end - slice.value_begin));  // one allocation
    for (size_t i = slice.value_begin; i < slice.value_end; ++i) {
      const core::Value& v = found_.values[i];
      if (used_values.count(i) > 0 || v.type == core::ValueType::kNumber || v.type == core::ValueType::kOrdinal) {
        continue;
      }
      bool in_denied = std::any_of(denied.begin(), denied.end(), [&](const core::Span& c) {
        return v.span.start >= c.start && v.span.end <= c.end;
      });
      if (in_denied) {
        negated_values.push_back(&v);
      } else {
        rest.values.push_back(v);
      }
    }
    if (!negated_values.empty()) {
      core::Claim negated = rest;
      negated.polarity = core::Polarity::kNegated;
      negated.values.clear();
      for (const core::Value* v : negated_values) negated.values.push_back(*v);
      if (!rest.values.empty()) found_.claims.push_back(std::move(rest));
      found_.claims.push_back(std::move(negated));
    } else if (!rest.values.empty()) {
      found_.claims.push_back(std::move(rest));
    }
  }

  // Key words and attribution, computed once for the sentence's claims.
  void Describe(core::Span sentence, const Slice& slice, const std::string& tmpl, size_t claims_begin) {
    std::vector<std::string> keywords = Keywords(text_, sentence, found_.parties, found_.values, slice);
    // A named speaker first ("Jane Doe, chief executive of Acme, said"), then a party.
    std::string attribution;
    std::string_view raw = text_.substr(sentence.start, sentence.size());
    // Only the first match of each counts: one search, not a walk over all of them.
    std::vector<Group> g;
    if (MatchAt(impl_.speaker, raw, 0, RE2::UNANCHORED, &g)) {
      attribution = std::string(g[1].matched() ? g[1].text : g[2].text);
    }
    if (attribution.empty() && MatchAt(impl_.attribution, tmpl, 0, RE2::UNANCHORED, &g)) {
      const Group& who = g[1].matched() ? g[1] : g[2];
      attribution = found_.parties[SlotIndex(who.text)].canonical;
    }
    for (size_t i = claims_begin; i < found_.claims.size(); ++i) {
      bool last = i + 1 == found_.claims.size();  // the last claim takes them, the others copy
      found_.claims[i].keywords = last ? std::move(keywords) : keywords;
      found_.claims[i].attribution = last ? std::move(attribution) : attribution;
    }
  }

  // "Terms were not disclosed." speaks of this sentence's claims, or else the previous one's.
  void MarkUndisclosed(core::Span sentence, size_t claims_begin) {
    bool said = std::any_of(undisclosed_.begin(), undisclosed_.end(), [&](size_t at) {
      return at >= sentence.start && at < sentence.end;
    });
    if (!said) return;
    size_t from = found_.claims.size() > claims_begin ? claims_begin : previous_claims_begin_;
    for (size_t i = from; i < found_.claims.size(); ++i) {
      if (!found_.claims[i].relation.empty()) found_.claims[i].undisclosed = true;
    }
  }

  const ClaimExtractor::Impl& impl_;
  std::string_view text_;
  Extraction& found_;
  std::vector<std::string> topic_;
  std::vector<size_t> undisclosed_;
  size_t party_ = 0, value_ = 0;  // cursors for SliceOf
  size_t previous_claims_begin_ = 0;
  bool may_negate_ = false;  // MayNegate of the current sentence
};

}  // namespace

Extraction ClaimExtractor::Extract(std::string_view original,
                                   const std::vector<core::Span>& sentences,
                                   const DateContext& context) const {
  // Patterns see Unicode spaces as plain ones; the copy keeps every byte offset.
  std::optional<std::string> work = SpacesAsAscii(original);
  std::string_view text = work ? std::string_view(*work) : original;
  // One pass of every article-wide pattern: values, parties and "not disclosed".
  std::vector<core::Value> values;
  values.reserve(text.size() / 64 + 16);  // about what an article's scan finds: no regrowth moves
  PartyFinder::Collected parties;
  std::vector<size_t> undisclosed;
  PatternScan scan(*impl_->article_scan);
  impl_->values.AddTo(&scan, text, context, &values);
  impl_->parties->AddTo(&scan, &parties);
  scan.AddNonOverlapping(&impl_->undisclosed,
                         [&](const std::vector<Group>& g) { undisclosed.push_back(g[0].start); });
  scan.Run(text);
  Extraction found;
  found.values = ValueFinder::Resolve(text, std::move(values));
  found.parties = impl_->parties->Finish(text, std::move(parties));
  AddBackReferences(text, sentences, *impl_, &found.parties);
  for (const core::Span& s : sentences) AssignFrames(text, s, &found.values);
  ArticlePass pass(*impl_, text, &found, std::move(undisclosed));
  for (size_t s = 0; s < sentences.size(); ++s) {
    const core::Span sentence = sentences[s];
    if (sentence.end > text.size() || sentence.start >= sentence.end) continue;
    pass.Sentence(s, sentence);
  }
  // What the source wrote, not the working copy.
  if (work) {
    for (core::Value& v : found.values) v.text = original.substr(v.span.start, v.span.size());
    for (core::Claim& c : found.claims) {
      c.quote = original.substr(c.span.start, c.span.size());
      for (core::Value& v : c.values) v.text = original.substr(v.span.start, v.span.size());
    }
  }
  return found;
}

}  // namespace newsrecon::extract
