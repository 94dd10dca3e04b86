// Store: what the reports read besides contradictions: runs, contradictions per run, and
// article fingerprints; and the run states' names.
#include "core/enum_table.h"
#include "store/internal/columns.h"
#include "store/internal/db.h"
#include "store/store.h"

namespace newsrecon::store {
namespace {

constexpr core::EnumTable<RunState, 5> kRunStates = {{
    {RunState::kRunning, "running"},
    {RunState::kOk, "ok"},
    {RunState::kPartial, "partial"},
    {RunState::kInterrupted, "interrupted"},
    {RunState::kFailed, "failed"},
}};

}  // namespace

const char* ToString(RunState state) { return core::NameOf(kRunStates, state); }
bool ParseRunState(const std::string& name, RunState* out) {
  return core::ValueOf(kRunStates, name, out);
}

core::Result<std::vector<RunRecord>> Store::LoadRuns() {
  auto stmt = db_->Prepare(
      "SELECT id, command, started_at, coalesce(finished_at, ''), status FROM runs ORDER BY id");
  if (!stmt.ok()) return stmt.status();
  std::vector<RunRecord> runs;
  core::Status bad;
  NR_RETURN_IF_ERROR(stmt->ForEachRow([&] {
    RunRecord run{stmt->Int(0), stmt->Text(1), stmt->Text(2), stmt->Text(3)};
    core::Status parsed = ParseColumn(ParseRunState, stmt->Text(4),
                                      "run " + std::to_string(run.id), "status", &run.status);
    if (!parsed.ok() && bad.ok()) bad = parsed;
    runs.push_back(std::move(run));
  }));
  NR_RETURN_IF_ERROR(bad);
  return runs;
}

core::Result<std::vector<RunContradictionCount>> Store::CountContradictionsByRun() {
  auto stmt = db_->Prepare(
      "SELECT r.id, r.started_at, count(cr.contradiction_id), "
      "sum(CASE WHEN c.first_seen_run = r.id THEN 1 ELSE 0 END) "
      "FROM runs r JOIN contradiction_runs cr ON cr.run_id = r.id "
      "JOIN contradictions c ON c.id = cr.contradiction_id GROUP BY r.id ORDER BY r.id");
  if (!stmt.ok()) return stmt.status();
  std::vector<RunContradictionCount> counts;
  NR_RETURN_IF_ERROR(stmt->ForEachRow([&] {
    counts.push_back({stmt->Int(0), stmt->Text(1), static_cast<int>(stmt->Int(2)),
                      static_cast<int>(stmt->Int(3))});
  }));
  return counts;
}

core::Result<std::vector<ArticleFingerprint>> Store::LoadFingerprints() {
  auto stmt = db_->Prepare(
      "SELECT id, coalesce(duplicate_of, id), simhash FROM articles "
      "WHERE simhash IS NOT NULL AND not_article IS NULL ORDER BY id");
  if (!stmt.ok()) return stmt.status();
  std::vector<ArticleFingerprint> out;
  NR_RETURN_IF_ERROR(stmt->ForEachRow([&] {
    out.push_back({stmt->Int(0), stmt->Int(1), static_cast<uint64_t>(stmt->Int(2)), {}});
  }));
  return out;
}

}  // namespace newsrecon::store
