// The rules: claims grouped by relation and parties, then role, status, value, hedge,
// duration, date and single-source checks inside each group.
#include "reconcile/reconcile.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <map>
#include <set>

#include "core/candidates.h"
#include "core/dates.h"
#include "core/figures.h"
#include "reconcile/alignment.h"
#include "reconcile/emitter.h"
#include "reconcile/intervals.h"
#include "reconcile/quantities.h"
#include "reconcile/quotes.h"

namespace newsrecon::reconcile {
namespace {

using store::StoredClaim;
using Claims = std::vector<const StoredClaim*>;

bool Inactive(const core::Claim& c) {
  return c.phase == core::Phase::kEnds || c.polarity == core::Polarity::kNegated;
}
bool Active(const core::Claim& c) { return !Inactive(c) && c.phase != core::Phase::kPast; }
bool Directed(const core::Claim& c) { return c.roles.size() == 2; }

// Says the fact holds on: "will continue", "remains", or runs "through 2030". A bare
// mention ("their seven-year partnership") or its start ("began in 2019") says nothing
// about whether it goes on.
bool SaysContinues(const StoredClaim& sc) {
  const core::Claim& c = sc.claim;
  if (!Active(c)) return false;
  if (c.phase == core::Phase::kContinues) return true;
  int year = 0;
  if (auto d = core::ParseIsoDate(sc.published)) year = d->year;
  for (const core::Value& v : c.values) {
    bool until = v.qualifier == "through" || v.qualifier == "until" || v.qualifier == "till" ||
                 v.qualifier == "to" || v.qualifier == "until the end of";
    if (v.type == core::ValueType::kYear && until && v.high >= year) return true;
  }
  return false;
}

std::string DirectionOf(const core::Claim& c) {
  return c.roles[0].name + " " + c.roles[0].party + ", " + c.roles[1].name + " " + c.roles[1].party;
}

int PublishedYear(const StoredClaim& c) {
  auto d = core::ParseIsoDate(c.published);
  return d ? d->year : 0;
}

// True when `active` is older news that `inactive` updates: published earlier and saying
// nothing about a time after the newer article.
bool Superseded(const StoredClaim& active, const StoredClaim& inactive) {
  if (active.published.empty() || inactive.published.empty()) return false;
  if (active.published.substr(0, 10) >= inactive.published.substr(0, 10)) return false;
  int year = PublishedYear(inactive);
  for (const core::Value& v : active.claim.values) {
    if (v.type == core::ValueType::kYear && v.high >= year) return false;
  }
  return true;
}

std::string Topic(const std::string& relation, const Claims& claims) {
  std::set<std::string> parties;
  for (const auto* c : claims) parties.insert(c->claim.parties.begin(), c->claim.parties.end());
  std::string out = relation + ":";
  for (const auto& p : parties) out += (out.back() == ':' ? " " : ", ") + p;
  return out;
}

class GroupChecker {
 public:
  GroupChecker(const std::string& relation, const Claims& group,
               const std::set<std::pair<int64_t, long long>>& hedged, Emitter* out)
      : relation_(relation), group_(group), hedged_(hedged), out_(out) {
    topic_ = Topic(relation, group);
    for (const auto* c : group) {
      if (Directed(c->claim)) {
        directed_[DirectionOf(c->claim)].push_back(c);
      } else {
        undirected_.push_back(c);
      }
    }
  }

  void Run() {
    CheckRoles();
    CheckStatus();
    std::vector<Claims> scopes;
    for (const auto& [direction, claims] : directed_) scopes.push_back(claims);
    if (directed_.empty()) scopes.push_back(undirected_);
    for (const Claims& scope : scopes) {
      for (core::ValueType type : {core::ValueType::kMoney, core::ValueType::kPercent,
                                   core::ValueType::kPercentPoints, core::ValueType::kCount}) {
        CheckValues(scope, type);
      }
      CheckEndYears(scope);
      CheckDates(scope);
      CheckSingleSource(scope);
    }
    Claims all(group_.begin(), group_.end());
    CheckDurations(all);
  }

 private:
  // Two directions of an asymmetric relation, both said to have ended.
  void CheckRoles() {
    std::vector<Side> sides;
    for (const auto& [direction, claims] : directed_) {
      Side side{"ends (" + direction + ")", {}};
      for (const auto* c : claims) {
        if (Inactive(c->claim)) side.claims.push_back(c);
      }
      if (!side.claims.empty()) sides.push_back(std::move(side));
    }
    if (sides.size() >= 2) out_->Emit(core::ContradictionKind::kRole, core::Severity::kHigh, topic_, sides);
  }

  // Ended against continuing, for each direction. A claim that all of it ends ("ending
  // revenue-sharing obligations") stands against every direction said to continue; one that
  // some of it continues, without saying which, joins a conflict a direction already has.
  void CheckStatus() {
    Claims undirected_ends, undirected_continues;
    for (const auto* c : undirected_) {
      if (Inactive(c->claim)) undirected_ends.push_back(c);
      if (SaysContinues(*c)) undirected_continues.push_back(c);
    }
    auto sides_for = [&](const std::string& label, const Claims& claims, const Claims& extra_ends) {
      Side ends{"ends" + label, extra_ends}, continues{"continues" + label, {}};
      for (const auto* c : claims) {
        if (Inactive(c->claim) && Directed(c->claim)) ends.claims.push_back(c);
      }
      for (const auto* c : claims) {
        if (!SaysContinues(*c) || !Directed(c->claim)) continue;
        bool superseded = !ends.claims.empty() &&
                          std::all_of(ends.claims.begin(), ends.claims.end(),
                                      [&](const StoredClaim* e) { return Superseded(*c, *e); });
        if (!superseded) continues.claims.push_back(c);
      }
      return std::make_pair(continues, ends);
    };
    bool directed_conflict = false;
    for (const auto& [direction, claims] : directed_) {
      auto [continues, ends] = sides_for(" (" + direction + ")", claims, undirected_ends);
      if (!ends.claims.empty() && !continues.claims.empty()) {
        continues.claims.insert(continues.claims.end(), undirected_continues.begin(),
                                undirected_continues.end());
        out_->Emit(core::ContradictionKind::kStatus, core::Severity::kHigh, topic_, {continues, ends});
        directed_conflict = true;
      } else {
        out_->Corroborate(topic_, continues.claims.empty() ? ends : continues);
      }
    }
    if (!directed_conflict && !undirected_ends.empty() && !undirected_continues.empty()) {
      out_->Emit(core::ContradictionKind::kStatus, core::Severity::kHigh, topic_,
                 {Side{"continues", undirected_continues}, Side{"ends", undirected_ends}});
    }
  }

  // Figures of one type that cannot all be true; hedges dropped are reported apart.
  void CheckValues(const Claims& scope, core::ValueType type) {
    struct Point {
      const StoredClaim* claim;
      core::Value value;
      Interval interval;
    };
    // Claims about the past and about now, and about different years, are different facts.
    std::map<std::string, std::vector<Point>> buckets;
    for (const auto* c : scope) {
      core::Value v;
      if (!EffectiveValue(c->claim, type, &v)) continue;
      std::string key = c->claim.phase == core::Phase::kPast ? "past" : "now";
      for (const core::Value& y : c->claim.values) {
        if (y.type == core::ValueType::kYear && (y.qualifier.empty() || y.qualifier == "in" ||
                                                 y.qualifier == "for" || y.qualifier == "during")) {
          key += "|" + y.date;
        }
      }
      buckets[key].push_back({c, v, IntervalOf(v)});
    }
    for (auto& [key, points] : buckets) {
      std::sort(points.begin(), points.end(), [](const Point& a, const Point& b) {
        return a.value.amount < b.value.amount;
      });
      std::vector<Side> clusters;
      std::vector<Interval> ranges;
      std::vector<const Point*> bounded;
      for (const Point& p : points) {
        bool is_bound = p.value.bound == core::Bound::kUpTo || p.value.bound == core::Bound::kAtLeast ||
                        p.value.bound == core::Bound::kMoreThan || p.value.bound == core::Bound::kLessThan;
        if (is_bound) {
          bounded.push_back(&p);
          continue;
        }
        if (clusters.empty() || !ranges.back().Overlaps(p.interval)) {
          clusters.push_back({Describe(p.value), {}});
          ranges.push_back(p.interval);
        }
        clusters.back().claims.push_back(p.claim);
      }
      for (const Point* p : bounded) {
        bool placed = false;
        for (size_t i = 0; i < clusters.size() && !placed; ++i) {
          if (ranges[i].Overlaps(p->interval)) {
            clusters[i].claims.push_back(p->claim);
            placed = true;
          }
        }
        if (!placed) {
          clusters.push_back({Describe(p->value), {p->claim}});
          ranges.push_back(p->interval);
        }
      }
      if (clusters.size() >= 2) {
        double low = points.front().value.amount, high = points.back().value.amount;
        core::Severity severity =
            low > 0 && high / low > 1.2 ? core::Severity::kHigh : core::Severity::kMedium;
        out_->Emit(core::ContradictionKind::kValue, severity, topic_ + " (" + core::ToString(type) + ")", clusters);
      } else if (clusters.size() == 1) {
        out_->Corroborate(topic_, clusters.front());
      }
      CheckHedge(points);
    }
  }

  template <typename Points>
  void CheckHedge(const Points& points) {
    Side hedged{"", {}}, plain{"", {}};
    for (const auto& p : points) {
      if (p.value.bound == core::Bound::kUpTo) {
        hedged.value = Describe(p.value);
        hedged.claims.push_back(p.claim);
      }
    }
    if (hedged.claims.empty()) return;
    double cap = 0;
    for (const auto* c : hedged.claims) {
      core::Value v;
      if (EffectiveValue(c->claim, points.front().value.type, &v)) cap = v.amount;
    }
    for (const auto& p : points) {
      // A total of tranches explains its hedge; a source that also wrote the hedge kept it.
      if (p.value.bound != core::Bound::kExact || p.value.role == core::ValueRole::kTotal) continue;
      if (std::abs(p.value.amount - cap) > cap * 0.02) continue;
      if (hedged_.count({p.claim->article_id, core::FigureKey(cap)}) > 0) continue;
      plain.value = Describe(p.value);
      plain.claims.push_back(p.claim);
    }
    if (!plain.claims.empty()) out_->Emit(core::ContradictionKind::kHedge, core::Severity::kLow, topic_, {hedged, plain});
  }

  // "Through 2030" against "until 2032": when the fact ends.
  void CheckEndYears(const Claims& scope) {
    std::map<int, Side> by_year;
    for (const auto* c : scope) {
      if (!Active(c->claim)) continue;
      int end = 0;
      for (const core::Value& v : c->claim.values) {
        if (v.type == core::ValueType::kYear &&
            (v.qualifier == "through" || v.qualifier == "until" || v.qualifier == "till" ||
             v.qualifier == "to" || v.qualifier == "until the end of")) {
          end = std::max(end, static_cast<int>(v.high));
        }
      }
      if (end == 0) continue;
      Side& s = by_year[end];
      s.value = "until " + std::to_string(end);
      s.claims.push_back(c);
    }
    std::vector<Side> sides;
    for (auto& [year, side] : by_year) sides.push_back(std::move(side));
    if (sides.size() >= 2) {
      out_->Emit(core::ContradictionKind::kValue, core::Severity::kMedium, topic_ + " (end year)", sides);
    } else if (sides.size() == 1) {
      out_->Corroborate(topic_, sides.front());
    }
  }

  // Different days for the same event.
  void CheckDates(const Claims& scope) {
    std::map<std::string, Side> by_date;
    for (const auto* c : scope) {
      for (const core::Value& v : c->claim.values) {
        if (v.type != core::ValueType::kDate || v.precision != core::DatePrecision::kDay || v.date.empty()) continue;
        Side& s = by_date[v.date];
        s.value = v.date;
        s.claims.push_back(c);
        break;
      }
    }
    std::vector<Side> sides;
    for (auto& [date, side] : by_date) sides.push_back(std::move(side));
    if (sides.size() >= 2) {
      out_->Emit(core::ContradictionKind::kDate, core::Severity::kMedium, topic_, sides);
    } else if (sides.size() == 1) {
      out_->Corroborate(topic_, sides.front());
    }
  }

  // A figure one voice gives where others say it was not disclosed.
  void CheckSingleSource(const Claims& scope) {
    Side figure{"", {}}, undisclosed{"not disclosed", {}};
    for (const auto* c : scope) {
      if (c->claim.undisclosed) {
        undisclosed.claims.push_back(c);
        continue;
      }
      for (const core::Value& v : c->claim.values) {
        if ((v.type == core::ValueType::kMoney || v.type == core::ValueType::kPercent) &&
            c->claim.phase != core::Phase::kPast) {
          figure.value = Describe(v);
          figure.claims.push_back(c);
          break;
        }
      }
    }
    if (figure.claims.empty() || undisclosed.claims.empty() || Voices(figure.claims) != 1) return;
    out_->Emit(core::ContradictionKind::kSingleSource, core::Severity::kLow, topic_, {figure, undisclosed});
  }

  // Lengths ("decade-long", "seven-year") against start years, as intervals of start year.
  void CheckDurations(const Claims& scope) {
    struct Start {
      const StoredClaim* claim;
      double low, high;
      std::string label;
    };
    std::vector<Start> starts;
    for (const auto* c : scope) {
      for (const core::Value& v : c->claim.values) {
        if (v.type == core::ValueType::kYear && v.role == core::ValueRole::kStart) {
          starts.push_back({c, v.amount, v.amount, "began " + v.date});
        } else if (v.type == core::ValueType::kDuration) {
          int year = PublishedYear(*c);
          if (year == 0) continue;
          double n = v.amount / 365.0;
          double shortest = n - 1, longest = n + 1;  // whole years, counted either way
          if (v.bound == core::Bound::kAbout) {
            shortest = n * 0.9 - 0.5;
            longest = n * 1.1 + 0.5;
          } else if (v.bound == core::Bound::kAtLeast || v.bound == core::Bound::kMoreThan) {
            shortest = n - 0.5;
            longest = std::numeric_limits<double>::infinity();
          }
          starts.push_back({c, year - longest, year - shortest, Describe(v) + " (in " + std::to_string(year) + ")"});
        }
      }
    }
    std::sort(starts.begin(), starts.end(), [](const Start& a, const Start& b) { return a.high < b.high; });
    std::vector<Side> sides;
    double low = 0, high = 0;
    for (const Start& s : starts) {
      if (sides.empty() || s.low > high || s.high < low) {
        sides.push_back({s.label, {}});
        low = s.low;
        high = s.high;
      } else {
        low = std::max(low, s.low);
        high = std::min(high, s.high);
      }
      if (std::find(sides.back().claims.begin(), sides.back().claims.end(), s.claim) ==
          sides.back().claims.end()) {
        sides.back().claims.push_back(s.claim);
      }
    }
    if (sides.size() >= 2) out_->Emit(core::ContradictionKind::kDuration, core::Severity::kMedium, topic_, sides);
  }

  std::string relation_;
  std::string topic_;
  const Claims& group_;
  const std::set<std::pair<int64_t, long long>>& hedged_;
  Emitter* out_;
  std::map<std::string, Claims> directed_;
  Claims undirected_;
};

}  // namespace

struct Reconciler::State {
  std::set<std::pair<int64_t, long long>> hedged;
  Emitter emitter;
};

Reconciler::Reconciler(std::set<std::pair<int64_t, long long>> hedged)
    : state_(std::make_unique<State>()) {
  state_->hedged = std::move(hedged);
}
Reconciler::~Reconciler() = default;

namespace {

// Calls `each` with the claims of every story in `claims`, one story at a time: claims of
// two stories are never compared. Articles not yet in a story (0) count as one.
template <typename Each>
void ByStory(const std::vector<StoredClaim>& claims, Each each) {
  bool one = std::all_of(claims.begin(), claims.end(), [&](const StoredClaim& c) {
    return c.story_id == claims.front().story_id;
  });
  if (one) return each(claims);
  std::map<int64_t, std::vector<StoredClaim>> stories;
  for (const StoredClaim& c : claims) stories[c.story_id].push_back(c);
  for (const auto& [story, part] : stories) each(part);
}

}  // namespace

void Reconciler::AddGroup(const std::vector<StoredClaim>& group) {
  if (group.empty()) return;
  ByStory(group, [&](const std::vector<StoredClaim>& story) {
    Claims claims;
    for (const StoredClaim& sc : story) claims.push_back(&sc);
    GroupChecker(story.front().claim.relation, claims, state_->hedged, &state_->emitter).Run();
  });
}

void Reconciler::AddAlignmentBlock(const std::vector<StoredClaim>& block) {
  if (block.empty()) return;
  ByStory(block, [&](const std::vector<StoredClaim>& story) { AlignBlock(story, &state_->emitter); });
}

void Reconciler::AddFrameBlock(const std::vector<StoredClaim>& block) {
  AlignFrameBlock(block, &state_->emitter);
}

void Reconciler::AddCopyGroup(const std::vector<StoredClaim>& group) {
  CompareCopies(group, &state_->emitter);
}

void Reconciler::AddSpeakerGroup(const std::vector<StoredClaim>& group) {
  CompareQuotes(group, &state_->emitter);
}

Reconciliation Reconciler::Finish() { return state_->emitter.Take(); }

namespace {

// The in-memory twin of ClaimStore::ForEachFrameBlock: each claim outside the lexicon, with
// only its values of one frame (or, with no frame, of one type), under its story and that key.
std::map<std::string, std::vector<StoredClaim>> FrameBlocks(const std::vector<StoredClaim>& claims) {
  std::map<std::string, std::vector<StoredClaim>> blocks;
  for (const StoredClaim& sc : claims) {
    if (!core::InFrameBlocks(sc.claim)) continue;
    std::map<std::string, std::vector<core::Value>> by_key;
    for (const core::Value& v : sc.claim.values) {
      by_key[std::to_string(sc.story_id) + " " + core::FrameOf(v)].push_back(v);
    }
    for (auto& [key, values] : by_key) {
      StoredClaim copy = sc;
      copy.claim.values = std::move(values);
      blocks[key].push_back(std::move(copy));
    }
  }
  return blocks;
}

}  // namespace

Reconciliation Reconcile(const std::vector<StoredClaim>& claims) {
  // Every hedged figure an article states ("up to $50 billion"), wherever it stands.
  std::set<std::pair<int64_t, long long>> hedged;
  std::map<std::string, std::vector<StoredClaim>> groups, blocks;
  for (const StoredClaim& sc : claims) {
    for (const core::Value& v : sc.claim.values) {
      if (v.bound == core::Bound::kUpTo) hedged.insert({sc.article_id, core::FigureKey(v.amount)});
    }
    const core::Claim& c = sc.claim;
    std::string parties;
    for (const auto& p : c.parties) parties += "\n" + p;
    if (core::InAlignmentBlock(c)) blocks[parties].push_back(sc);
    if (core::InRelationGroup(c)) groups[c.relation + parties].push_back(sc);
  }
  Reconciler reconciler(std::move(hedged));
  for (const auto& [key, group] : groups) reconciler.AddGroup(group);
  for (const auto& [key, block] : blocks) reconciler.AddAlignmentBlock(block);
  for (const auto& [key, block] : FrameBlocks(claims)) reconciler.AddFrameBlock(block);
  std::map<int64_t, std::vector<StoredClaim>> voices;
  std::map<std::string, std::vector<StoredClaim>> speakers;
  for (const StoredClaim& sc : claims) {
    voices[sc.voice].push_back(sc);
    if (core::InSpeakerGroup(sc.claim)) {
      speakers[std::to_string(sc.story_id) + " " + sc.claim.attribution].push_back(sc);
    }
  }
  for (const auto& entry : voices) {  // no structured binding: clang 14 cannot capture one
    int64_t voice = entry.first;
    const std::vector<StoredClaim>& group = entry.second;
    bool copies = std::any_of(group.begin(), group.end(),
                              [&](const StoredClaim& c) { return c.article_id != voice; });
    if (copies) reconciler.AddCopyGroup(group);
  }
  for (const auto& [speaker, group] : speakers) reconciler.AddSpeakerGroup(group);
  return reconciler.Finish();
}

core::Result<Reconciliation> ReconcileStore(store::ClaimStore& store) {
  auto hedged = store.HedgedFigures();
  if (!hedged.ok()) return hedged.status();
  Reconciler reconciler(std::move(*hedged));
  using Group = std::vector<StoredClaim>;
  using Stream = core::Status (store::ClaimStore::*)(const std::function<core::Status(const Group&)>&);
  using Rules = void (Reconciler::*)(const Group&);
  // Each stream of the store and the rule set that takes its groups, in this order.
  const std::pair<Stream, Rules> kPasses[] = {
      {&store::ClaimStore::ForEachClaimGroup, &Reconciler::AddGroup},
      {&store::ClaimStore::ForEachAlignmentBlock, &Reconciler::AddAlignmentBlock},
      {&store::ClaimStore::ForEachFrameBlock, &Reconciler::AddFrameBlock},
      {&store::ClaimStore::ForEachCopyGroup, &Reconciler::AddCopyGroup},
      {&store::ClaimStore::ForEachSpeaker, &Reconciler::AddSpeakerGroup},
  };
  for (const auto& pass : kPasses) {
    Rules add = pass.second;  // no structured binding: clang 14 cannot capture one
    core::Status status = (store.*pass.first)([&](const Group& group) {
      (reconciler.*add)(group);
      return core::Status::Ok();
    });
    if (!status.ok()) return status;
  }
  return reconciler.Finish();
}

}  // namespace newsrecon::reconcile
