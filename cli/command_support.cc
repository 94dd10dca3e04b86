// Shared command plumbing.
#include "cli/command_support.h"

#include <cassert>
#include <csignal>

#include "cli/config.h"
#include "cli/interrupt.h"
#include "core/dates.h"

namespace newsrecon::cli {

int Usage(Io& io, const std::string& message) {
  io.log.Error("usage", message);
  return kExitUsage;
}

int Fail(Io& io, const core::Status& status) {
  io.log.Error("error", status.message());
  return status.code() == core::Code::kInvalidArgument ? kExitUsage : kExitFailure;
}

int Interrupted(Io& io) {
  int signal = StopSignal();
  const char* name = signal == SIGTERM ? "SIGTERM" : "SIGINT";
  io.log.Warn("interrupted", std::string("interrupted by ") + name +
                                 ": stopped after the current article; the next run carries on",
              {{"signal", name}});
  return StopExitCode(signal);
}

int StartLog(const Args& args, const std::string& config_file, Io& io) {
  if (args.Has("verbose") && args.Has("quiet")) return Usage(io, "give --verbose or --quiet, not both");
  if (args.Has("verbose")) io.log.SetThreshold(Level::kDebug);
  if (args.Has("quiet")) io.log.SetThreshold(Level::kWarn);
  std::string file = args.Get("log-file", config_file);
  if (file.empty()) return kExitOk;
  core::Status opened = io.log.OpenFile(file);
  return opened.ok() ? kExitOk : Fail(io, opened);
}

bool IsIsoDay(const std::string& text) {
  auto d = core::ParseIsoDate(text);
  return text.size() == 10 && d.has_value() && d->day != 0;
}

bool ParseId(const std::string& text, int64_t* id) {
  if (text.empty() || text.size() > 18) return false;
  int64_t v = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  *id = v;
  return true;
}

int Session::Finish(int exit_code) {
  if (run_id != 0 && store) {
    using store::RunState;
    const RunState state = exit_code == kExitOk        ? RunState::kOk
                           : exit_code == kExitPartial ? RunState::kPartial
                           : exit_code == StopExitCode(SIGINT) || exit_code == StopExitCode(SIGTERM)
                               ? RunState::kInterrupted
                               : RunState::kFailed;
    const char* status = store::ToString(state);
    core::Status s = store->FinishRun(run_id, state, summary);
    if (!s.ok()) {
      log->Error("error", s.message());
      return kExitFailure;
    }
    counts["status"] = status;
    counts["exit_code"] = exit_code;
    log->Info("run_end", std::string("ended: ") + status + " (exit " + std::to_string(exit_code) + ")",
              counts);
  }
  return exit_code;
}

std::unique_ptr<extract::ClaimExtractor> MakeExtractor(Io& io, const extract::Lexicon* lexicon) {
  auto extractor = extract::ClaimExtractor::Create(lexicon ? *lexicon : extract::DefaultLexicon());
  if (!extractor.ok()) {
    Fail(io, extractor.status());
    return nullptr;
  }
  return std::move(*extractor);
}

std::string ResolveDatabase(const Args& args, const Config* config) {
  if (args.Has("db")) return args.Get("db");
  if (config != nullptr && !config->db_path.empty()) return config->db_path;
  return "newsrecon.db";
}

std::unique_ptr<RunLock> LockDatabase(const Setup& setup, Io& io, int* exit_code) {
  assert(setup.command != nullptr && setup.command->needs.lock);
  core::Status exists = setup.command->needs.store == StoreUse::kExisting
                            ? store::CheckDatabaseExists(setup.db)
                            : core::Status::Ok();
  if (!exists.ok()) {  // no lock file beside a database that is not there
    *exit_code = Fail(io, exists);
    return nullptr;
  }
  auto lock = RunLock::Acquire(setup.db);
  if (lock.ok()) return std::move(*lock);
  Fail(io, lock.status());
  *exit_code = lock.status().code() == core::Code::kBusy ? kExitLocked : kExitFailure;
  return nullptr;
}

std::unique_ptr<Session> OpenSession(const Setup& setup, Io& io, const std::string& run_command) {
  assert(setup.command != nullptr && setup.command->needs.store != StoreUse::kNone);
  auto session = std::make_unique<Session>();
  session->log = &io.log;
  session->extractor = MakeExtractor(io, setup.lexicon());
  if (!session->extractor) return nullptr;
  session->db_path = setup.db;
  auto mode = setup.command->needs.store == StoreUse::kCreate ? store::OpenMode::kCreate
                                                              : store::OpenMode::kExisting;
  auto store = store::Store::Open(session->db_path, mode);
  if (!store.ok()) {
    Fail(io, store.status());
    return nullptr;
  }
  session->store = std::move(*store);
  if (!run_command.empty()) {
    auto run = session->store->BeginRun(run_command);
    if (!run.ok()) {
      Fail(io, run.status().Prefixed(session->shown_db()));
      return nullptr;
    }
    session->run_id = *run;
    io.log.SetRun(*run, run_command);
    io.log.Info("run_start", "started " + run_command + " on " + session->shown_db(),
                {{"db", session->shown_db()}});
  }
  return session;
}

}  // namespace newsrecon::cli
