// Store: contradictions across runs (new, still present, gone) and analysts' verdicts.
#include <nlohmann/json.hpp>
#include <set>

#include "store/internal/columns.h"
#include "store/internal/db.h"
#include "store/store.h"

namespace newsrecon::store {
namespace {

using nlohmann::json;

std::string SidesJson(const std::vector<core::ContradictionSide>& sides) {
  json out = json::array();
  for (const auto& s : sides) out.push_back({{"value", s.value}, {"claims", s.claim_ids}});
  return out.dump();
}

// Decodes a contradiction's sides column: a JSON array of {"value": text, "claims": [ids]}.
// Fails with kCorruption on anything else; never throws.
core::Status ParseSides(const std::string& text, std::vector<core::ContradictionSide>* sides) {
  json parsed = json::parse(text, nullptr, false);
  bool ok = parsed.is_array();
  for (size_t i = 0; ok && i < parsed.size(); ++i) {
    const json& s = parsed[i];
    ok = s.is_object();
    core::ContradictionSide side;
    if (ok && s.contains("value")) {
      ok = s["value"].is_string();
      if (ok) side.value = s["value"].get<std::string>();
    }
    if (ok && s.contains("claims")) {
      ok = s["claims"].is_array();
      for (size_t c = 0; ok && c < s["claims"].size(); ++c) {
        ok = s["claims"][c].is_number_integer();
        if (ok) side.claim_ids.push_back(s["claims"][c].get<int64_t>());
      }
    }
    if (ok) sides->push_back(std::move(side));
  }
  if (ok) return core::Status::Ok();
  std::string shown = text.size() > 60 ? text.substr(0, 60) + "..." : text;
  return core::Corruption("sides '" + shown + "' are not a JSON array of {value, claims}");
}

int64_t FirstClaim(const core::Contradiction& c, size_t side) {
  if (c.sides.size() <= side || c.sides[side].claim_ids.empty()) return 0;
  return c.sides[side].claim_ids.front();
}

}  // namespace

core::Result<ReconcileCounts> Store::SaveContradictions(int64_t run_id,
                                                        std::vector<core::Contradiction>& found) {
  ReconcileCounts counts;
  Transaction txn(db_.get());
  NR_RETURN_IF_ERROR(txn.Begin());
  auto lookup = db_->Prepare(
      "SELECT id, verdict, verdict_evidence FROM contradictions WHERE fingerprint = ?");
  auto insert = db_->Prepare(
      "INSERT INTO contradictions(fingerprint, kind, severity, confidence, topic, within_article, "
      "claim_a, claim_b, sides, evidence, first_seen_run, last_seen_run, explanation) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
  auto update = db_->Prepare(
      "UPDATE contradictions SET severity = ?, confidence = ?, topic = ?, claim_a = ?, "
      "claim_b = ?, sides = ?, evidence = ?, last_seen_run = ?, status = 'open', explanation = ?, "
      "verdict = CASE WHEN verdict = 'dismissed' AND verdict_evidence != ? THEN NULL "
      "ELSE verdict END WHERE id = ?");
  auto seen = db_->Prepare(
      "INSERT INTO contradiction_runs(contradiction_id, run_id) VALUES (?, ?) ON CONFLICT DO NOTHING");
  if (!lookup.ok()) return lookup.status();
  if (!insert.ok()) return insert.status();
  if (!update.ok()) return update.status();
  if (!seen.ok()) return seen.status();

  std::set<int64_t> present;
  for (core::Contradiction& c : found) {
    lookup->Reset();
    lookup->Bind(1, c.fingerprint);
    auto row = lookup->Step();
    if (!row.ok()) return row.status();
    auto bind_claim = [](Stmt& s, int index, int64_t id) {
      if (id == 0)
        s.BindNull(index);
      else
        s.Bind(index, id);
    };
    if (*row) {
      c.id = lookup->Int(0);
      update->Reset();
      update->Bind(1, core::ToString(c.severity)).Bind(2, c.confidence).Bind(3, c.topic);
      bind_claim(*update, 4, FirstClaim(c, 0));
      bind_claim(*update, 5, FirstClaim(c, 1));
      update->Bind(6, SidesJson(c.sides)).Bind(7, c.evidence).Bind(8, run_id);
      update->Bind(9, c.explanation).Bind(10, c.evidence).Bind(11, c.id);
      NR_RETURN_IF_ERROR(update->Run());
      ++counts.still_present;
    } else {
      insert->Reset();
      insert->Bind(1, c.fingerprint).Bind(2, core::ToString(c.kind));
      insert->Bind(3, core::ToString(c.severity)).Bind(4, c.confidence);
      insert->Bind(5, c.topic).Bind(6, int64_t{c.within_article ? 1 : 0});
      bind_claim(*insert, 7, FirstClaim(c, 0));
      bind_claim(*insert, 8, FirstClaim(c, 1));
      insert->Bind(9, SidesJson(c.sides)).Bind(10, c.evidence).Bind(11, run_id).Bind(12, run_id);
      insert->Bind(13, c.explanation);
      auto inserted = insert->RunReturningId();
      if (!inserted.ok()) return inserted.status();
      c.id = inserted->value_or(0);
      ++counts.new_count;
    }
    present.insert(c.id);
    seen->Reset();
    NR_RETURN_IF_ERROR(seen->Bind(1, c.id).Bind(2, run_id).Run());
  }

  auto open = db_->Prepare("SELECT id FROM contradictions WHERE status = 'open'");
  auto gone = db_->Prepare("UPDATE contradictions SET status = 'gone' WHERE id = ?");
  if (!open.ok()) return open.status();
  if (!gone.ok()) return gone.status();
  std::vector<int64_t> to_close;
  NR_RETURN_IF_ERROR(open->ForEachRow([&] {
    if (present.count(open->Int(0)) == 0) to_close.push_back(open->Int(0));
  }));
  for (int64_t id : to_close) {
    gone->Reset();
    NR_RETURN_IF_ERROR(gone->Bind(1, id).Run());
    ++counts.gone;
  }
  NR_RETURN_IF_ERROR(txn.Commit());
  return counts;
}

namespace {

// Reads one row of QueryContradictions' select. Fails with kCorruption, naming the
// contradiction, when a column holds what no contradiction can have.
core::Status ReadContradiction(const Stmt& stmt, int64_t new_run, StoredContradiction* sc) {
  core::Contradiction& c = sc->contradiction;
  c.id = stmt.Int(0);
  const std::string row = "contradiction " + std::to_string(c.id);
  NR_RETURN_IF_ERROR(ParseColumn(core::ParseContradictionKind, stmt.Text(1), row, "kind", &c.kind));
  NR_RETURN_IF_ERROR(ParseColumn(core::ParseSeverity, stmt.Text(2), row, "severity", &c.severity));
  c.confidence = stmt.Double(3);
  c.topic = stmt.Text(4);
  c.within_article = stmt.Int(5) != 0;
  NR_RETURN_IF_ERROR(ParseSides(stmt.Text(6), &c.sides).Prefixed(row));
  c.fingerprint = stmt.Text(7);
  c.evidence = stmt.Text(8);
  sc->first_seen_run = stmt.Int(9);
  sc->last_seen_run = stmt.Int(10);
  NR_RETURN_IF_ERROR(ParseColumn(core::ParseContradictionStatus, stmt.Text(11), row, "status",
                                 &sc->status));
  NR_RETURN_IF_ERROR(ParseColumn(core::ParseVerdict, stmt.Text(12), row, "verdict", &sc->verdict));
  sc->verdict_note = stmt.Text(13);
  sc->runs_present = static_cast<int>(stmt.Int(14));
  sc->is_new = sc->first_seen_run == (new_run != 0 ? new_run : stmt.Int(15));
  c.explanation = stmt.Text(16);
  return core::Status::Ok();
}

// Reads the contradictions `where` selects (bound by `bind`), most severe first, then the
// most recently found. `new_run` names the run whose first sightings count as new; 0 means
// the latest run that reconciled.
template <typename BindFn>
core::Result<std::vector<StoredContradiction>> QueryContradictions(Db* db, const std::string& where,
                                                                   int64_t new_run, BindFn bind) {
  auto stmt = db->Prepare(
      "SELECT c.id, c.kind, c.severity, c.confidence, c.topic, c.within_article, c.sides, "
      "c.fingerprint, c.evidence, coalesce(c.first_seen_run, 0), coalesce(c.last_seen_run, 0), "
      "c.status, coalesce(c.verdict, ''), coalesce(c.verdict_note, ''), "
      "(SELECT count(*) FROM contradiction_runs r WHERE r.contradiction_id = c.id), "
      "(SELECT max(id) FROM runs WHERE id IN (SELECT run_id FROM contradiction_runs)), "
      "c.explanation "
      "FROM contradictions c " +
      where +
      " ORDER BY CASE c.severity WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END, "
      "c.first_seen_run DESC, c.id");
  if (!stmt.ok()) return stmt.status();
  bind(*stmt);
  std::vector<StoredContradiction> out;
  core::Status bad;
  NR_RETURN_IF_ERROR(stmt->ForEachRow([&] {
    if (!bad.ok()) return;
    StoredContradiction sc;
    bad = ReadContradiction(*stmt, new_run, &sc);
    if (bad.ok()) out.push_back(std::move(sc));
  }));
  NR_RETURN_IF_ERROR(bad);
  return out;
}

}  // namespace

core::Result<std::vector<StoredContradiction>> Store::LoadContradictions(bool include_dismissed) {
  return QueryContradictions(
      db_.get(),
      "WHERE c.status = 'open' AND (?1 != 0 OR c.verdict IS NULL OR c.verdict != 'dismissed')", 0,
      [&](Stmt& s) { s.Bind(1, int64_t{include_dismissed ? 1 : 0}); });
}

core::Result<std::vector<StoredContradiction>> Store::LoadContradictionsInRun(int64_t run_id) {
  return QueryContradictions(
      db_.get(),
      "WHERE c.id IN (SELECT contradiction_id FROM contradiction_runs WHERE run_id = ?1)", run_id,
      [&](Stmt& s) { s.Bind(1, run_id); });
}

core::Status Store::Triage(int64_t contradiction_id, core::Verdict verdict,
                           const std::string& note) {
  auto stmt = db_->Prepare(
      "UPDATE contradictions SET verdict = ?, verdict_note = ?, verdict_evidence = evidence "
      "WHERE id = ?");
  if (!stmt.ok()) return stmt.status();
  NR_RETURN_IF_ERROR(stmt->BindOptional(1, core::ToString(verdict)).BindOptional(2, note).Bind(3, contradiction_id).Run());
  if (db_->Changes() == 0) {
    return core::NotFound("no contradiction with id " + std::to_string(contradiction_id));
  }
  return core::Status::Ok();
}

}  // namespace newsrecon::store
