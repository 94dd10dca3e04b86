// WorkerRun: lease, do, finish; top the queue up; reconcile once.
#include "cli/worker.h"

#include <unistd.h>

#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <mutex>
#include <nlohmann/json.hpp>
#include <random>
#include <thread>

#include "cli/command_support.h"
#include "cli/commands_report.h"
#include "cli/interrupt.h"
#include "cli/run_config.h"
#include "cli/sources_stage.h"

namespace newsrecon::cli {
namespace {

using nlohmann::json;
constexpr char kCommand[] = "run --worker";
constexpr auto kPoll = std::chrono::milliseconds(200);

// Renews this worker's leases every third of a lease, on a connection of its own, until
// destroyed. A worker that dies stops renewing: its items go back to the queue.
class LeaseKeeper {
 public:
  LeaseKeeper(std::unique_ptr<store::Store> store, int64_t run_id, std::string worker,
              int64_t lease_ms)
      : store_(std::move(store)), thread_([this, run_id, worker, lease_ms] {
          std::unique_lock<std::mutex> lock(mu_);
          while (!stop_.wait_for(lock, std::chrono::milliseconds(lease_ms / 3), [this] { return done_; })) {
            (void)store_->RenewLeases(run_id, worker, lease_ms);  // a miss is retried next time
          }
        }) {}
  ~LeaseKeeper() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      done_ = true;
    }
    stop_.notify_all();
    thread_.join();
  }

 private:
  std::unique_ptr<store::Store> store_;
  std::mutex mu_;
  std::condition_variable stop_;
  bool done_ = false;
  std::thread thread_;
};

json TallyJson(const SourceTally& t) {
  return {{"sources_ok", t.sources_ok},       {"sources_failed", t.sources_failed},
          {"articles_new", t.articles_new},   {"articles_unchanged", t.articles_unchanged},
          {"documents_failed", t.documents_failed}, {"failures", t.failures},
          {"rejects", t.rejects}};
}

void AddTally(const json& j, SourceTally* t) {
  t->sources_ok += j.value("sources_ok", 0);
  t->sources_failed += j.value("sources_failed", 0);
  t->articles_new += j.value("articles_new", 0);
  t->articles_unchanged += j.value("articles_unchanged", 0);
  t->documents_failed += j.value("documents_failed", 0);
  for (const auto& f : j.value("failures", json::array())) t->failures.push_back(f);
  for (const auto& r : j.value("rejects", json::array())) t->rejects.push_back(r);
}

// What is left to queue: documents without an article, articles with older claims.
core::Result<std::vector<store::WorkRequest>> Leftovers(Session& s) {
  std::vector<store::WorkRequest> items;
  auto pending = s.store->PendingDocuments();
  if (!pending.ok()) return pending.status();
  for (const auto& d : *pending) items.emplace_back(store::WorkKind::kDocument, std::to_string(d.document_id));
  auto stale = s.store->ArticlesNeedingClaims(s.extractor->version());
  if (!stale.ok()) return stale.status();
  for (int64_t id : *stale) items.emplace_back(store::WorkKind::kClaims, std::to_string(id));
  return items;
}

class Worker {
 public:
  Worker(Session& session, const Args& args, Io& io, Config& config)
      : s_(session), args_(args), io_(io), config_(config) {}

  // Does one item; its result goes into the queue.
  core::Status Do(const store::WorkItem& item) {
    SourceTally tally;
    NR_RETURN_IF_ERROR(Work(item, &tally));
    if (StopRequested()) return core::Status::Ok();  // left leased: its lease runs out
    auto finished = s_.store->FinishWork(item.id, worker_, TallyJson(tally).dump());
    if (!finished.ok()) return finished.status();
    for (const auto& f : tally.failures) mine_.failures.push_back(f);
    for (const auto& r : tally.rejects) mine_.rejects.push_back(r);
    return core::Status::Ok();
  }

  // Nothing ready, nothing held: queues what is left, or the reconciliation once nothing
  // is. Returns true when the run is over.
  core::Result<bool> TopUp() {
    NR_RETURN_IF_ERROR(s_.store->LockQueue(s_.run_id));
    auto over = TopUpLocked();
    core::Status unlocked = s_.store->UnlockQueue(s_.run_id);
    if (!over.ok()) return over.status();
    NR_RETURN_IF_ERROR(unlocked);
    return over;
  }

  std::string worker_;
  SourceTally mine_;  // this worker's failures and rejects

 private:
  // The work an item asks for, its failures and counts in *tally.
  core::Status Work(const store::WorkItem& item, SourceTally* tally) {
    switch (item.kind) {
      case store::WorkKind::kSource: {
        Config one = config_;
        one.sources.clear();
        for (const auto& source : config_.sources) {
          if (source.name == item.item) one.sources.push_back(source);
        }
        if (one.sources.empty()) tally->failures.push_back(item.item + ": not a source of the run's config");
        return StoreSourceList(s_, one, true, io_, tally);
      }
      case store::WorkKind::kDocument: {
        auto pending = s_.store->FindPendingDocument(std::stoll(item.item));
        if (!pending.ok()) return pending.status();
        if (pending->has_value()) {
          auto added = ExtractDocument(s_.pipeline(), **pending, &tally->failures, &tally->rejects);
          if (!added.ok()) return added.status();
          tally->articles_new += *added;
          tally->documents_failed += static_cast<int>(tally->failures.size());
        }
        return core::Status::Ok();
      }
      case store::WorkKind::kClaims:
        return RefreshArticleClaims(s_.pipeline(), std::stoll(item.item));
      case store::WorkKind::kReconcile:
        return Reconcile();
    }
    return core::Status::Ok();
  }

  core::Result<bool> TopUpLocked() {
    auto status = s_.store->RunStatus(s_.run_id);
    if (!status.ok()) return status.status();
    if (*status != store::RunState::kRunning) return true;
    auto counts = s_.store->CountWork(s_.run_id);
    if (!counts.ok()) return counts.status();
    if (counts->ready + counts->held > 0) return false;  // another worker topped it up
    auto left = Leftovers(s_);
    if (!left.ok()) return left.status();
    auto added = s_.store->EnqueueWork(s_.run_id, *left);
    if (!added.ok()) return added.status();
    if (*added > 0) return false;
    added = s_.store->EnqueueWork(s_.run_id, {{store::WorkKind::kReconcile, ""}});
    if (!added.ok()) return added.status();
    return false;  // the reconcile item, or a reconciliation about to finish the run
  }

  core::Status Reconcile() {
    int reopened = 0;
    auto counts = ReconcileStore(s_.pipeline(), &reopened);
    if (!counts.ok()) return counts.status();
    auto results = s_.store->WorkResults(s_.run_id);
    if (!results.ok()) return results.status();
    SourceTally all;
    for (const std::string& r : *results) AddTally(json::parse(r, nullptr, false), &all);
    NR_RETURN_IF_ERROR(WriteRunReport(s_, args_, config_, all, *counts, reopened, io_));
    bool partial = !all.failures.empty() || !all.rejects.empty();
    NR_RETURN_IF_ERROR(s_.store->ForgetRunHosts(s_.run_id));  // every fetch is over
    return s_.store->FinishRun(s_.run_id, partial ? store::RunState::kPartial : store::RunState::kOk,
                                s_.summary);
  }

  Session& s_;
  const Args& args_;
  Io& io_;
  Config& config_;
};

// "HOST:PID:INSTANCE": INSTANCE, 8 random hex digits, tells apart workers whose containers
// share a hostname and a pid.
std::string WorkerName() {
  char host[64] = {};
  gethostname(host, sizeof host - 1);
  std::random_device random;
  char instance[9];
  std::snprintf(instance, sizeof instance, "%08x", static_cast<unsigned>(random()));
  return std::string(host) + ":" + std::to_string(getpid()) + ":" + instance;
}

// `config` with the run's shared politeness, `worker` holding its leases.
core::Result<Config> Share(Session& s, int64_t run_id, const std::string& worker, Config config) {
  auto shared = OpenSharedHosts(s.db_path, run_id, worker);
  if (!shared.ok()) return shared.status();
  config.fetch.shared = *shared;
  return config;
}

// The config of run `run_id`, which this worker works by: the one the run recorded (a
// --config that differs is said so, in one line, and set aside), with its extractor, which
// must be the run's, and the run's shared politeness (`worker` holds its leases). A run
// that recorded none (opened by a newsrecon before schema 10) is worked by --config, said
// so in one line; without --config it is an error. The report folder and log file stay
// this machine's.
core::Result<Config> TakeRunConfig(Session& s, int64_t run_id, const Config* own,
                                   const std::string& worker, Io& io) {
  auto record = s.store->LoadRunConfig(run_id);
  if (!record.ok()) return record.status();
  std::string run = "run " + std::to_string(run_id);
  if (!record->has_value()) {
    if (own == nullptr) {
      return core::InvalidArgument(std::string(kCommand) + ": " + s.shown_db() + ": " + run +
                                   " recorded no config (an older newsrecon opened it): give "
                                   "--config FILE, the config its other workers run by");
    }
    io.log.Warn("run_config_missing", std::string(kCommand) + ": " + run +
                                          " recorded no config (an older newsrecon opened it): "
                                          "working by " + own->file,
                {{"config", own->file}, {"run_id", run_id}});
    Config config = *own;
    return Share(s, run_id, worker, std::move(config));
  }
  auto config = ConfigFromSaved((*record)->config, s.shown_db() + ": " + run);
  if (!config.ok()) return config.status();
  if (own != nullptr) {
    std::string differs;
    for (const std::string& d : ConfigDifferences(*own, *config)) differs += (differs.empty() ? "" : "; ") + d;
    if (!differs.empty()) {
      io.log.Warn("config_differs", std::string(kCommand) + ": " + own->file + " differs from " +
                                        run + "'s config (" + differs + "): using the run's",
                  {{"config", own->file}, {"run_id", run_id}, {"differs", differs}});
    }
  }
  auto extractor = MakeExtractor(io, &config->lexicon);
  if (!extractor) return core::Internal(run + ": its lexicon gives no claim extractor");
  if (extractor->version() != (*record)->extractor) {
    return core::Internal(std::string(kCommand) + ": " + run + " extracts claims with extractor " +
                          (*record)->extractor + ", this worker with " + extractor->version() +
                          ": every worker of a run must run the same newsrecon");
  }
  s.extractor = std::move(extractor);
  s.max_article_chars = config->max_article_chars;
  config->report_folder = own != nullptr ? own->report_folder : "";
  config->log_file = own != nullptr ? own->log_file : "";
  return Share(s, run_id, worker, std::move(*config));
}

// Joins the open worker run; or, when none is open and `may_begin`, opens one with `own`'s
// work queued and `own` recorded as its config. 0 when there is none to join (*last: the
// latest run, as JoinOrBeginRun says).
core::Result<int64_t> JoinRun(Session& s, const Config* own, bool may_begin, std::string* last) {
  std::vector<store::WorkRequest> items;
  store::RunConfigRecord record;
  if (own != nullptr) {
    for (const auto& source : own->sources) items.emplace_back(store::WorkKind::kSource, source.name);
    auto left = Leftovers(s);
    if (!left.ok()) return left.status();
    items.insert(items.end(), left->begin(), left->end());
    record = {SavedConfig(*own), s.extractor->version()};
  }
  bool began = false;
  return s.store->JoinOrBeginRun(kCommand, items, record, may_begin, &began, last);
}

}  // namespace

int WorkerRun(const Args& args, Io& io, Setup& setup) {
  const Config* own = setup.config ? &*setup.config : nullptr;
  const std::string& db = setup.db;
  if (!store::IsPostgresUrl(db)) {
    return Usage(io, "run --worker: " + store::RedactUrl(db) +
                         ": workers share a PostgreSQL database (--db postgresql://...); a SQLite "
                         "database takes one run at a time");
  }
  int64_t lease_s = 60;
  if (args.Has("lease") && (!ParseId(args.Get("lease"), &lease_s) || lease_s < 1 || lease_s > 86400)) {
    return Usage(io, "run --worker: --lease needs a number of seconds, 1 to 86400");
  }
  if (own == nullptr && args.Has("new-run")) {
    return Usage(io, "run --worker: --new-run needs --config FILE, the config the new run is queued with");
  }
  auto lock = RunLock::Acquire(db, true);
  if (!lock.ok()) {
    Fail(io, lock.status());
    return lock.status().code() == core::Code::kBusy ? kExitLocked : kExitFailure;
  }
  auto session = OpenSession(setup, io, "");
  if (!session) return kExitFailure;
  std::string last;
  auto run = JoinRun(*session, own, args.Has("new-run"), &last);
  if (!run.ok()) return Fail(io, run.status().Prefixed(session->shown_db()));
  if (*run == 0) {
    io.log.Info("worker_idle", "run --worker: no worker run is open on " + session->shown_db() +
                                   (last.empty() ? "" : " (" + last + ")") +
                                   ": nothing to join (--new-run opens one)");
    return kExitOk;
  }
  session->run_id = *run;
  const std::string name = WorkerName();
  auto config = TakeRunConfig(*session, *run, own, name, io);
  if (!config.ok()) return Fail(io, config.status());
  Worker worker(*session, args, io, *config);
  worker.worker_ = name;
  auto keeper_store = store::Store::Open(db);
  if (!keeper_store.ok()) return Fail(io, keeper_store.status());
  LeaseKeeper keeper(std::move(*keeper_store), *run, worker.worker_, lease_s * 1000);
  InstallStopHandlers();
  for (;;) {
    if (StopRequested()) return Interrupted(io);  // the shared run goes on without us
    auto leased = session->store->LeaseWork(*run, worker.worker_, 1, lease_s * 1000);
    if (!leased.ok()) return Fail(io, leased.status());
    for (const store::WorkItem& item : *leased) {
      core::Status done = worker.Do(item);
      if (!done.ok()) return Fail(io, done.Prefixed(std::string(store::ToString(item.kind)) + " " + item.item));
    }
    if (!leased->empty()) continue;
    auto counts = session->store->CountWork(*run);
    if (!counts.ok()) return Fail(io, counts.status());
    if (counts->ready > 0) continue;
    if (counts->held == 0) {
      auto over = worker.TopUp();
      if (!over.ok()) return Fail(io, over.status());
      if (*over) break;
    }
    std::this_thread::sleep_for(kPoll);
  }
  return ReportProblems(worker.mine_, io);
}

}  // namespace newsrecon::cli
