// Frame blocks: candidate pairs within a publication window, union-find over aligned
// pairs, then each aligned set's figures as sides. Copies: sentences aligned by key words.
#include "reconcile/quantities.h"


#include <algorithm>
#include <cctype>
#include <map>
#include <numeric>
#include <set>
#include <string>
#include <tuple>

#include "core/dates.h"
#include "core/event_words.h"
#include "core/utf8.h"
#include "reconcile/alignment.h"
#include "reconcile/decide.h"
#include "reconcile/intervals.h"

namespace newsrecon::reconcile {
namespace {

using store::StoredClaim;

struct Entry {
  const StoredClaim* claim;
  const core::Value* value;
  int64_t day;        // days since 1970 of publication; -1 when unknown
  bool lead;          // the article's first figure of this frame, or one agreeing with it
  bool group_lead;    // the same among the figures of this frame and group
  bool elsewhere;     // the sentence speaks of another event or time
  std::string group;  // whom it counts (GroupOf), found once
  const std::set<std::string>* groups = nullptr;  // the groups its article counts in this frame
};

// Whom a count counts, as a group: "" for anyone ("people", "others", "victims", or the
// event word itself: "44 killed"), else its noun's group ("civilians", "fighters", "homers").
std::string GroupOf(const core::Value& v) {
  static const std::set<std::string> kAnyone = {"", "people", "persons", "others", "individuals",
                                                "victims", "casualties", "person"};
  if (v.type != core::ValueType::kCount) return "";
  std::string unit = core::AsciiLower(v.unit);
  size_t space = unit.find_last_of(' ');
  std::string noun = space == std::string::npos ? unit : unit.substr(space + 1);
  if (kAnyone.count(noun) > 0 || !core::EventOfWord(noun).empty()) return "";
  return core::GroupOfPeople(noun, space == std::string::npos ? "" : std::string_view(unit).substr(0, space));
}

// Words that say a figure is about some other event, time or total than the story's own.
bool SpeaksElsewhere(const std::vector<std::string>& keywords) {
  static const std::set<std::string> kCues = {
      "earlier", "previous", "previously", "another", "since", "last", "similar", "war",
      "conflict", "overall", "altogether", "cumulative", "ago", "year", "month", "record"};
  return std::any_of(keywords.begin(), keywords.end(),
                     [](const std::string& w) { return kCues.count(w) > 0; });
}

// Amounts that belong to whoever makes, holds or receives them: two bidders' offers, two
// firms' stakes, two defendants' sentences are different quantities.
bool ActorFrame(const std::string& frame) {
  static const std::set<std::string> kActors = {"offer", "bid", "stake", "fine", "bail", "ransom", "reward", "sentence"};
  return kActors.count(frame) > 0;
}

// Frames that name one measured quantity of an event, not just a thing counted.
bool StrongFrame(const core::Value& v) {
  static const std::set<std::string> kMeasures = {"magnitude", "depth", "turnout", "toll", "temperature", "damage"};
  return DevelopingFrame(v.frame) || kMeasures.count(v.frame) > 0 || ActorFrame(v.frame);
}

// Whether two figures name different actors: both have a subject (the nearest name before
// the figure) and the two share no word ("Halvorsen Group" and "Ostby Partners"; "Mark
// Teixeira" and "Teixeira" are one).
bool OtherActors(const core::Value& a, const core::Value& b) {
  if (a.subject.empty() || b.subject.empty()) return false;
  auto words = [](const std::string& subject) {
    std::set<std::string> out;
    std::string lower = core::AsciiLower(subject);
    for (size_t at = 0; at < lower.size();) {
      size_t end = std::min(lower.find(' ', at), lower.size());
      if (end > at) out.insert(lower.substr(at, end - at));
      at = end + 1;
    }
    return out;
  };
  std::set<std::string> x = words(a.subject), y = words(b.subject);
  return std::none_of(x.begin(), x.end(), [&](const std::string& w) { return y.count(w) > 0; });
}

// Figures of one group, or a figure of anyone against a group its article does not count
// on its own: when an article gives both "nine people" and "four civilians" killed, its
// nine is a total, not its count of civilians.
bool GroupsCompatible(const Entry& a, const Entry& b) {
  const std::string& x = a.group;
  const std::string& y = b.group;
  if (x == y) return true;
  if (x.empty()) return a.groups->count(y) == 0;
  if (y.empty()) return b.groups->count(x) == 0;
  return false;
}

// Whether two figures can refer to one time: either says none, or their days overlap ("in
// July" and "on July 9" can; "on Monday" and "on Tuesday" cannot).
bool WhensOverlap(const core::Value& a, const core::Value& b) {
  int64_t a0 = 0, a1 = 0, b0 = 0, b1 = 0;
  if (!core::IsoDaySpan(a.when, &a0, &a1) || !core::IsoDaySpan(b.when, &b0, &b1)) return true;
  return a0 <= b1 && b0 <= a1;
}

// kCopy: the sentences are one wording (a copy or a light rewrite), so a changed hedge is
// a changed figure; kWording: similar sentences written apart, and kFrame: the same frame,
// whose figures are compared by what they allow ("at least 10" and "at least 20" agree).
enum class Link { kNone, kCopy, kWording, kFrame };

// Key-word overlap from which two sentences count as one wording.
constexpr double kCopyWording = 0.8;

// Whether two figures are about one quantity: by their sentences' wording, or by frame.
Link Aligned(const Entry& a, const Entry& b) {
  if (a.claim->voice == b.claim->voice) return Link::kNone;
  if (Compare(*a.value, *b.value) == Verdict::kIncomparable || !GroupsCompatible(a, b)) {
    return Link::kNone;
  }
  if (!WhensOverlap(*a.value, *b.value)) return Link::kNone;
  size_t shared = 0;
  double overlap = KeywordJaccard(a.claim->claim.keywords, b.claim->claim.keywords, &shared);
  if (overlap >= kCopyWording && shared >= 3) return Link::kCopy;
  // A sentence that speaks of another event or time ("In February, a gunman killed five")
  // is aligned only as a copy: written apart, its figure is not the story's.
  if (a.elsewhere || b.elsewhere) return Link::kNone;
  // Two actors' amounts ("Halvorsen offered $5.2 billion", "Ostby offered $6 billion") are
  // two quantities however alike their sentences.
  if (ActorFrame(a.value->frame) && a.value->frame == b.value->frame && OtherActors(*a.value, *b.value)) {
    return Link::kNone;
  }
  if (overlap >= 0.5 && shared >= 3) return Link::kWording;
  if (a.value->frame.empty() || a.value->frame != b.value->frame) return Link::kNone;
  // Each article's own figure for the frame: its first one (and those agreeing with it),
  // within one group when both name the same group ("civilians"), else over the frame.
  bool same_group = !a.group.empty() && a.group == b.group;
  bool leads = same_group ? a.group_lead && b.group_lead : a.lead && b.lead;
  bool lead = leads && StrongFrame(*a.value);
  // A story's first toll stands for the story when the two sentences share a word beyond
  // their figures; any other frame needs one more (a place, a name, a thing).
  bool near = shared >= (DevelopingFrame(a.value->frame) ? 1u : 2u);
  return lead && near ? Link::kFrame : Link::kNone;
}

size_t Find(std::vector<size_t>& parent, size_t i) {
  while (parent[i] != i) i = parent[i] = parent[parent[i]];
  return i;
}

// "$US1 million ($1.52 million)": a sum right after another in parentheses is the same sum
// converted, often in a currency the sign does not name; it is not a figure of its own.
bool Conversion(const StoredClaim& sc, const core::Value& v) {
  const core::Claim& c = sc.claim;
  if (v.type != core::ValueType::kMoney || v.span.start < c.span.start + 1) return false;
  size_t at = v.span.start - c.span.start;
  if (at > c.quote.size() || c.quote[at - 1] != '(') return false;
  return std::any_of(c.values.begin(), c.values.end(), [&](const core::Value& w) {
    return &w != &v && w.type == v.type && w.span.end <= v.span.start && v.span.start - w.span.end <= 3;
  });
}

// "nine days before the inauguration", "two weeks later": a length between two events,
// anchored to another one than the frame's; it measures nothing the frame reports ("takes
// effect in 30 days" is not contradicted by "takes effect nine days before the vote").
bool Offset(const StoredClaim& sc, const core::Value& v) {
  static const std::set<std::string> kAnchors = {"before", "after", "earlier", "later", "prior", "ahead"};
  const core::Claim& c = sc.claim;
  if (v.type != core::ValueType::kDuration || v.span.end < c.span.start) return false;
  size_t at = v.span.end - c.span.start;
  while (at < c.quote.size() && c.quote[at] == ' ') ++at;
  size_t end = at;
  while (end < c.quote.size() && std::isalpha(static_cast<unsigned char>(c.quote[end]))) ++end;
  return kAnchors.count(core::AsciiLower(c.quote.substr(at, end - at))) > 0;
}

// Where a figure stands in its article: sentence, then offset. An article's first figure
// of a quantity is the one its lead gives.
std::pair<size_t, size_t> Position(const Entry& e) { return {e.claim->claim.sentence, e.value->span.start}; }

// An article's figures of one frame, keyed by (article, frame, kind of figure, group).
using LeadKey = std::tuple<int64_t, std::string, int, std::string>;

LeadKey KeyOf(const Entry& e, bool by_group) {
  const core::Value& v = *e.value;
  int kind = CountLike(v.type) ? -1 : static_cast<int>(v.type);
  return {e.claim->article_id, v.frame, kind, by_group ? e.group : std::string()};
}

// Marks each article's own figure of a frame: the first it states (by sentence, then
// position) and every later one that agrees with it. A later figure that disagrees is
// about something else (another day, another attack, a running total).
template <typename Flag>
void MarkLeads(std::vector<Entry>* entries, bool by_group, Flag flag) {
  std::map<LeadKey, const Entry*> first;
  for (const Entry& e : *entries) {
    const Entry*& f = first[KeyOf(e, by_group)];
    if (f == nullptr || Position(e) < Position(*f)) f = &e;
  }
  for (Entry& e : *entries) {
    const Entry* f = first[KeyOf(e, by_group)];
    e.*flag = f == &e || Compare(*f->value, *e.value) == Verdict::kAgree;
  }
}

// The groups each (article, frame) counts on its own; entries point into it.
using GroupsByFrame = std::map<std::pair<int64_t, std::string>, std::set<std::string>>;

// Whether the sentence dates itself before its article's days: "In February, a gunman
// killed five people" in an April story is another event.
bool DatedEarlier(const StoredClaim& sc) {
  int64_t published = core::IsoDay(sc.published);
  if (published < 0) return false;
  // The sentence's own dates, and the month its figures refer to (a date of another frame:
  // "In February, a gunman killed five"). A day they refer to is compared figure by figure.
  for (const core::Value& v : sc.claim.values) {
    int64_t first = 0, last = 0;
    bool dated = (v.type == core::ValueType::kDate || v.type == core::ValueType::kYear) &&
                 core::IsoDaySpan(v.date, &first, &last);
    if (dated && last < published - kFrameWindowDays) return true;
    bool month = core::IsoDaySpan(v.when, &first, &last) && last > first;
    if (month && last < published - kFrameWindowDays) return true;
  }
  return false;
}

std::vector<Entry> EntriesOf(const std::vector<StoredClaim>& block, GroupsByFrame* groups) {
  std::vector<Entry> entries;
  for (const StoredClaim& sc : block) {
    if (sc.claim.phase == core::Phase::kPast) continue;
    bool elsewhere = SpeaksElsewhere(sc.claim.keywords) || DatedEarlier(sc);
    for (const core::Value& v : sc.claim.values) {
      // A bare "one" or "1" is seldom a figure anyone reports ("one of its leaders").
      if (v.type == core::ValueType::kNumber && v.amount < 2) continue;
      if (Conversion(sc, v) || Offset(sc, v)) continue;
      entries.push_back({&sc, &v, core::IsoDay(sc.published), false, false, elsewhere, GroupOf(v)});
    }
  }
  MarkLeads(&entries, false, &Entry::lead);
  MarkLeads(&entries, true, &Entry::group_lead);
  for (const Entry& e : entries) {
    std::set<std::string>& counted = (*groups)[{e.claim->article_id, e.value->frame}];
    if (!e.group.empty()) counted.insert(e.group);
  }
  for (Entry& e : entries) e.groups = &(*groups)[{e.claim->article_id, e.value->frame}];
  std::stable_sort(entries.begin(), entries.end(),
                   [](const Entry& a, const Entry& b) { return a.day < b.day; });
  return entries;
}

struct Placed {
  Side side;
  std::vector<const core::Value*> values;
  std::vector<const Entry*> entries;
  int64_t first_day = -1;
};

// Whether two aligned figures can both be true. A count of one group against a count of
// anyone is a part against a total: "2 women" fits "3 people", "5 civilians" does not.
bool Fits(const Entry& a, const Entry& b, Mode mode) {
  const std::string& x = a.group;
  const std::string& y = b.group;
  if (x == y || !CountLike(a.value->type) || !CountLike(b.value->type)) {
    return Compare(*a.value, *b.value, mode) == Verdict::kAgree;
  }
  const core::Value& part = x.empty() ? *b.value : *a.value;
  const core::Value& total = x.empty() ? *a.value : *b.value;
  return TolerantInterval(part).low <= TolerantInterval(total).high;
}

// Each article speaks once about one quantity. When its figures in the set cannot all hold
// together ("ISIS said 10 were killed" beside "at least 20 militants", or "state media say
// 30, the monitor 34"), it is quoting sources that differ, and its first figure, the one
// its lead gives, stands for it.
std::vector<const Entry*> OwnFigures(const std::vector<const Entry*>& set, Mode mode) {
  std::map<int64_t, std::vector<const Entry*>> by_article;
  for (const Entry* e : set) by_article[e->claim->article_id].push_back(e);
  std::vector<const Entry*> own;
  for (auto& [article, entries] : by_article) {
    bool together = true;
    for (size_t i = 0; i < entries.size() && together; ++i) {
      for (size_t j = i + 1; j < entries.size() && together; ++j) together = Fits(*entries[i], *entries[j], mode);
    }
    if (together) {
      own.insert(own.end(), entries.begin(), entries.end());
      continue;
    }
    own.push_back(*std::min_element(entries.begin(), entries.end(),
                                    [](const Entry* a, const Entry* b) { return Position(*a) < Position(*b); }));
  }
  return own;
}

// The figures that disagree with some other: a bound that fits every figure ("more than
// 40" beside 1,300 and "more than 1,400") takes no side.
std::vector<const Entry*> Disputed(const std::vector<const Entry*>& set, Mode mode) {
  std::vector<const Entry*> out;
  for (const Entry* e : set) {
    if (!std::all_of(set.begin(), set.end(), [&](const Entry* f) { return f == e || Fits(*e, *f, mode); })) {
      out.push_back(e);
    }
  }
  return out;
}

// The figures of one aligned set as sides that each hold compatible figures.
std::vector<Placed> SidesOf(const std::vector<const Entry*>& set, Mode mode) {
  std::vector<const Entry*> sorted = Disputed(OwnFigures(set, mode), mode);
  std::stable_sort(sorted.begin(), sorted.end(), [](const Entry* a, const Entry* b) {
    return a->value->amount < b->value->amount ||
           (a->value->amount == b->value->amount && a->value->date < b->value->date);
  });
  std::vector<Placed> sides;
  for (const Entry* e : sorted) {
    Placed* home = nullptr;
    for (Placed& p : sides) {
      bool fits = std::all_of(p.entries.begin(), p.entries.end(), [&](const Entry* other) {
        return Fits(*other, *e, mode);
      });
      if (fits) {
        home = &p;
        break;
      }
    }
    if (home == nullptr) {
      sides.push_back({{Describe(*e->value), {}}, {}, {}, e->day});
      if (e->value->direction != core::Direction::kNone) {
        sides.back().side.value += std::string(" (") + core::ToString(e->value->direction) + ")";
      }
      home = &sides.back();
    }
    home->values.push_back(e->value);
    home->entries.push_back(e);
    if (std::find(home->side.claims.begin(), home->side.claims.end(), e->claim) == home->side.claims.end()) {
      home->side.claims.push_back(e->claim);
    }
    if (e->day >= 0 && (home->first_day < 0 || e->day < home->first_day)) home->first_day = e->day;
  }
  return sides;
}

std::string What(const std::string& frame) {
  if (frame.empty() || frame[0] == '#') return "";
  if (DevelopingFrame(frame)) return "the number " + frame;
  return "the " + frame;
}

// A toll that only grows with time is developing; a later, lower one is a contradiction.
void EmitSet(const std::vector<const Entry*>& set, Mode mode, Emitter* out) {
  std::vector<Placed> placed = SidesOf(set, mode);
  if (placed.size() < 2) return;
  const core::Value& v = *set.front()->value;
  std::string topic = "figure: " + (v.frame.empty() ? std::string(core::ToString(v.type)) : v.frame);
  if (!v.subject.empty()) topic += " (" + v.subject + ")";
  EmitOptions options;
  options.what = What(v.frame);
  options.within = false;
  options.fresh_only = true;
  core::ContradictionKind kind =
      v.type == core::ValueType::kDate ? core::ContradictionKind::kDate : core::ContradictionKind::kValue;
  double low = placed.front().values.front()->amount, high = placed.back().values.front()->amount;
  core::Severity severity =
      low > 0 && high / low > 1.2 ? core::Severity::kHigh : core::Severity::kMedium;
  if (DevelopingFrame(v.frame) && v.type == core::ValueType::kCount) {
    std::vector<Placed> by_time = placed;
    std::stable_sort(by_time.begin(), by_time.end(),
                     [](const Placed& a, const Placed& b) { return a.first_day < b.first_day; });
    bool grows = true;
    for (size_t i = 1; i < by_time.size(); ++i) {
      bool later = by_time[i].first_day > by_time[i - 1].first_day;
      if (later && by_time[i].values.front()->amount < by_time[i - 1].values.front()->amount) grows = false;
    }
    if (grows) {
      kind = core::ContradictionKind::kDeveloping;
      severity = core::Severity::kLow;
      placed = by_time;
      options.explanation = "The " + v.frame + " figure changed as the story developed: " + Explain("", [&] {
        std::vector<Side> sides;
        for (const Placed& p : placed) sides.push_back(p.side);
        return sides;
      }());
    }
  }
  std::vector<Side> sides;
  for (Placed& p : placed) sides.push_back(std::move(p.side));
  out->Emit(kind, severity, topic, std::move(sides), options);
}

}  // namespace

void AlignFrameBlock(const std::vector<StoredClaim>& block, Emitter* out) {
  if (block.size() < 2) return;
  GroupsByFrame groups_by_frame;
  std::vector<Entry> entries = EntriesOf(block, &groups_by_frame);
  std::vector<size_t> parent(entries.size());
  std::iota(parent.begin(), parent.end(), 0);
  std::vector<bool> logical_link(entries.size(), false);  // joined otherwise than as a copy
  std::vector<std::string> group(entries.size());      // a set's group, kept at its root
  for (size_t i = 0; i < entries.size(); ++i) group[i] = entries[i].group;
  for (size_t i = 0; i < entries.size(); ++i) {
    for (size_t j = i + 1; j < entries.size() && j - i <= kFrameCandidates; ++j) {
      const Entry& a = entries[i];
      const Entry& b = entries[j];
      if (a.day >= 0 && b.day >= 0 && b.day - a.day > kFrameWindowDays) break;
      if (a.claim->article_id == b.claim->article_id) continue;
      Link link = Aligned(a, b);
      if (link == Link::kNone) continue;
      // One aligned set is one quantity: it never holds two groups ("pirates", "boats"),
      // even when a figure of anyone ("23 arrested") agrees with each.
      size_t ri = Find(parent, i), rj = Find(parent, j);
      if (!group[ri].empty() && !group[rj].empty() && group[ri] != group[rj]) continue;
      parent[ri] = rj;
      if (group[rj].empty()) group[rj] = group[ri];
      if (link != Link::kCopy) logical_link[i] = logical_link[j] = true;
    }
  }
  std::map<size_t, std::vector<const Entry*>> sets;
  std::map<size_t, bool> logical;
  for (size_t i = 0; i < entries.size(); ++i) {
    size_t root = Find(parent, i);
    sets[root].push_back(&entries[i]);
    if (logical_link[i]) logical[root] = true;
  }
  for (const auto& [root, set] : sets) {
    if (set.size() >= 2) EmitSet(set, logical[root] ? Mode::kLogical : Mode::kSameWording, out);
  }
}

}  // namespace newsrecon::reconcile
