// Building audits: a source's stored claims, or a page's fresh ones, against the store.
#include "reports/audit.h"

#include <algorithm>
#include <map>
#include <set>

#include "core/enum_table.h"
#include "reconcile/reconcile.h"
#include "reconcile/stories.h"

namespace newsrecon::reports {
namespace {

using store::StoredClaim;

// Claim id -> the corroborations that hold it.
using CorroborationIndex = std::map<int64_t, std::vector<const reconcile::Corroboration*>>;

CorroborationIndex IndexCorroborations(const std::vector<reconcile::Corroboration>& all) {
  CorroborationIndex index;
  for (const auto& c : all) {
    for (int64_t id : c.claim_ids) index[id].push_back(&c);
  }
  return index;
}

// The other sources, each a voice of its own, that state what `ca`'s claim states.
void AddAgreements(const CorroborationIndex& index,
                   const std::map<int64_t, const StoredClaim*>& by_id, ClaimAudit* ca) {
  auto it = index.find(ca->claim.claim.id);
  if (it == index.end()) return;
  std::set<std::pair<std::string, std::string>> seen;
  for (const reconcile::Corroboration* c : it->second) {
    for (int64_t id : c->claim_ids) {
      auto other = by_id.find(id);
      if (other == by_id.end()) continue;
      const StoredClaim& o = *other->second;
      if (o.source == ca->claim.source || o.voice == ca->claim.voice) continue;
      if (seen.insert({o.source, c->value}).second) ca->agreements.push_back({o.source, c->value, id});
    }
  }
}

constexpr core::EnumTable<ClaimVerdict, 3> kClaimVerdicts = {{
    {ClaimVerdict::kContradicted, "contradicted"},
    {ClaimVerdict::kCorroborated, "corroborated"},
    {ClaimVerdict::kUncorroborated, "uncorroborated"},
}};

// Verdicts, counts and order, once agreements and contradictions are known.
void Finish(Audit* audit) {
  for (ClaimAudit& ca : audit->claims) {
    if (!ca.contradictions.empty()) {
      ca.verdict = ClaimVerdict::kContradicted;
      ++audit->contradicted;
      if (!ca.agreements.empty()) ++audit->contradicted_backed;
    } else if (!ca.agreements.empty()) {
      ca.verdict = ClaimVerdict::kCorroborated;
      ++audit->corroborated;
    } else {
      ca.verdict = ClaimVerdict::kUncorroborated;
      ++audit->uncorroborated;
    }
  }
  std::stable_sort(audit->claims.begin(), audit->claims.end(),
                   [](const ClaimAudit& a, const ClaimAudit& b) {
                     return a.verdict < b.verdict;  // the enum's order is the listing's
                   });
}

// Other sources on the side of `ca`'s claim state what it states.
void AddSideAgreements(const ReportSide& side, ClaimAudit* ca) {
  for (const Evidence& e : side.evidence) {
    if (e.source == ca->claim.source || e.voice == ca->claim.voice) continue;
    bool known = std::any_of(ca->agreements.begin(), ca->agreements.end(), [&](const Agreement& a) {
      return a.source == e.source && a.value == side.value;
    });
    if (!known) ca->agreements.push_back({e.source, side.value, e.claim_id});
  }
}

// Adds `item` to the audit and points the subject's claims on its sides at it.
void AddContradiction(ReportItem item, const std::map<int64_t, size_t>& subject_claims,
                      Audit* audit) {
  size_t index = audit->contradictions.size();
  std::set<size_t> marked;
  for (const ReportSide& side : item.sides) {
    for (const Evidence& e : side.evidence) {
      auto it = subject_claims.find(e.claim_id);
      if (it == subject_claims.end() || !marked.insert(it->second).second) continue;
      ClaimAudit& ca = audit->claims[it->second];
      ca.contradictions.push_back(index);
      AddSideAgreements(side, &ca);
    }
  }
  if (!marked.empty()) audit->contradictions.push_back(std::move(item));
}

std::map<int64_t, const StoredClaim*> ById(const std::vector<StoredClaim>& claims) {
  std::map<int64_t, const StoredClaim*> by_id;
  for (const auto& c : claims) by_id[c.claim.id] = &c;
  return by_id;
}

// The voice of the stored article `page` copies (outside `excluded`), or -1 for its own.
core::Result<int64_t> PageVoice(store::DocumentStore& store, const PageUnderAudit& page,
                                const std::set<int64_t>& excluded) {
  if (!page.copies) return int64_t{-1};
  auto candidates = store.CopyCandidates(0, page.minhash_bands);
  if (!candidates.ok()) return candidates.status();
  for (const store::ArticleFingerprint& f : *candidates) {
    if (excluded.count(f.article_id) > 0) continue;
    if (page.copies(f, page.fingerprint)) return f.voice;
  }
  return int64_t{-1};
}

// The story the page would join, from its title, the sentences its claims quote and their
// parties; 0 for none.
core::Result<int64_t> PageStory(store::StoryStore& store, const PageUnderAudit& page) {
  store::StoryArticle a;
  a.title = page.title;
  a.published = page.published.substr(0, std::min<size_t>(10, page.published.size()));
  std::set<std::string> quotes, parties;
  for (const core::Claim& c : page.claims) {
    if (quotes.insert(c.quote).second) a.text += c.quote + "\n";
    parties.insert(c.parties.begin(), c.parties.end());
  }
  a.parties.assign(parties.begin(), parties.end());
  return reconcile::FindStory(store, a);
}

StoredClaim PageClaim(const PageUnderAudit& page, const core::Claim& claim, int64_t id,
                      int64_t voice) {
  StoredClaim sc;
  sc.claim = claim;
  sc.claim.id = id;
  sc.article_id = -1;
  sc.source = "this page";
  sc.url = page.url;
  sc.published = page.published;
  sc.title = page.title;
  sc.site_name = page.site_name;
  sc.voice = voice;
  return sc;
}

// The page's claims against its stored copy: which are new on the page, which are gone.
void CompareWithStoredCopy(const std::set<std::string>& stored_quotes,
                           const std::vector<core::Claim>& claims, Audit* audit) {
  std::set<std::string> page_quotes;
  for (const core::Claim& c : claims) page_quotes.insert(c.quote);
  for (const auto& q : page_quotes) {
    if (stored_quotes.count(q) == 0) audit->quotes_new.push_back(q);
  }
  for (const auto& q : stored_quotes) {
    if (page_quotes.count(q) == 0) audit->quotes_gone.push_back(q);
  }
}

// The articles stored from the page's URL or its canonical URL.
core::Result<std::set<int64_t>> StoredCopies(store::DocumentStore& store, const PageUnderAudit& page) {
  std::set<int64_t> ids;
  for (const std::string& url : {page.url, page.canonical_url}) {
    if (url.empty()) continue;
    auto same_url = store.ArticleIds("", url);
    if (!same_url.ok()) return same_url.status();
    ids.insert(same_url->begin(), same_url->end());
  }
  return ids;
}

}  // namespace

const char* ToString(ClaimVerdict verdict) { return core::NameOf(kClaimVerdicts, verdict); }

bool ParseClaimVerdict(const std::string& name, ClaimVerdict* out) {
  return core::ValueOf(kClaimVerdicts, name, out);
}

const char* VerdictLabel(ClaimVerdict verdict) {
  switch (verdict) {
    case ClaimVerdict::kContradicted: return "Contradicted";
    case ClaimVerdict::kCorroborated: return "Corroborated";
    case ClaimVerdict::kUncorroborated: break;
  }
  return "No other source";
}

double AgreementRate(const Audit& audit) {
  int spoken_to = audit.contradicted + audit.corroborated;
  if (spoken_to == 0) return -1;
  return static_cast<double>(audit.corroborated + audit.contradicted_backed) / spoken_to;
}

core::Result<Audit> AuditSource(store::Store& store, const std::string& name) {
  auto source = store.FindSource(name);
  if (!source.ok()) return source.status();
  if (!source->has_value()) return core::NotFound("no source named '" + name + "'");
  auto all = store.LoadClaims();
  if (!all.ok()) return all.status();
  auto stored = store.LoadContradictions(false);
  if (!stored.ok()) return stored.status();
  reconcile::Reconciliation found = reconcile::Reconcile(*all);
  CorroborationIndex index = IndexCorroborations(found.corroborations);
  auto by_id = ById(*all);

  Audit audit;
  audit.subject = name;
  std::set<int64_t> articles;
  for (const StoredClaim& sc : *all) {
    if (sc.source != name) continue;
    articles.insert(sc.article_id);
    audit.claims.push_back({sc, ClaimVerdict::kUncorroborated, {}, {}});
    AddAgreements(index, by_id, &audit.claims.back());
  }
  audit.articles = static_cast<int>(articles.size());
  std::map<int64_t, size_t> subject_claims;
  for (size_t i = 0; i < audit.claims.size(); ++i) subject_claims[audit.claims[i].claim.claim.id] = i;
  for (const store::StoredContradiction& sc : *stored) {
    ReportItem item = ItemFromStored(sc, *all);
    if (item.sides.size() >= 2) AddContradiction(std::move(item), subject_claims, &audit);
  }
  Finish(&audit);
  return audit;
}

core::Result<Audit> AuditPage(store::Store& store, const PageUnderAudit& page) {
  auto excluded = StoredCopies(store, page);
  if (!excluded.ok()) return excluded.status();
  auto voice = PageVoice(store, page, *excluded);
  if (!voice.ok()) return voice.status();
  auto all = store.LoadClaims();
  if (!all.ok()) return all.status();

  Audit audit;
  audit.subject = page.url;
  audit.page = true;
  audit.articles = 1;
  audit.stored_articles.assign(excluded->begin(), excluded->end());
  // The stored copies of the page are set aside: the page read now stands in for them.
  std::vector<StoredClaim> combined;
  std::set<std::string> stored_quotes;
  int64_t story = -1;  // the page's story: its stored copy's, when there is one
  for (StoredClaim& sc : *all) {
    if (excluded->count(sc.article_id) > 0) {
      stored_quotes.insert(sc.claim.quote);
      story = sc.story_id;
    } else {
      combined.push_back(std::move(sc));
    }
  }
  if (story < 0) {
    auto found_story = PageStory(store, page);
    if (!found_story.ok()) return found_story.status();
    story = *found_story;
  }
  std::map<int64_t, size_t> subject_claims;
  for (size_t i = 0; i < page.claims.size(); ++i) {
    int64_t id = -static_cast<int64_t>(i) - 1;  // stored claims have positive ids
    combined.push_back(PageClaim(page, page.claims[i], id, *voice));
    combined.back().story_id = story;
    audit.claims.push_back({combined.back(), ClaimVerdict::kUncorroborated, {}, {}});
    subject_claims[id] = i;
  }
  reconcile::Reconciliation found = reconcile::Reconcile(combined);
  CorroborationIndex index = IndexCorroborations(found.corroborations);
  auto by_id = ById(combined);
  for (ClaimAudit& ca : audit.claims) AddAgreements(index, by_id, &ca);
  for (const core::Contradiction& c : found.contradictions) {
    ReportItem item;  // found now, not stored: no id and no history
    item.kind = c.kind;
    item.severity = c.severity;
    item.confidence = c.confidence;
    item.topic = c.topic;
    item.within_article = c.within_article;
    item.status = core::ContradictionStatus::kOpen;
    item.sides = BuildSides(c, combined);
    if (item.sides.size() >= 2) AddContradiction(std::move(item), subject_claims, &audit);
  }
  if (!excluded->empty()) CompareWithStoredCopy(stored_quotes, page.claims, &audit);
  Finish(&audit);
  return audit;
}

}  // namespace newsrecon::reports
