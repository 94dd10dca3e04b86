// Shared command plumbing.
#include "cli/command_support.h"

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
    const char* status = exit_code == kExitOk        ? "ok"
                         : exit_code == kExitPartial ? "partial"
                         : exit_code == StopExitCode(SIGINT) || exit_code == StopExitCode(SIGTERM)
                             ? "interrupted"
                             : "failed";
    core::Status s = store->FinishRun(run_id, status, "");
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

std::unique_ptr<extract::ClaimExtractor> MakeExtractor(const Args& args, Io& io,
                                                       const extract::Lexicon* lexicon) {
  extract::Lexicon from_config;
  if (lexicon == nullptr && args.Has("config")) {
    auto config = LoadConfig(args.Get("config"));
    if (!config.ok()) {
      Fail(io, config.status());
      return nullptr;
    }
    from_config = std::move(config->lexicon);
    lexicon = &from_config;
  }
  auto extractor = extract::ClaimExtractor::Create(lexicon ? *lexicon : extract::DefaultLexicon());
  if (!extractor.ok()) {
    Fail(io, extractor.status());
    return nullptr;
  }
  return std::move(*extractor);
}

std::string DbPath(const Args& args, const std::string& default_db) {
  return args.Get("db", default_db.empty() ? "newsrecon.db" : default_db);
}

std::unique_ptr<RunLock> LockDatabase(const Args& args, Io& io, const std::string& default_db,
                                      int* exit_code) {
  auto lock = RunLock::Acquire(DbPath(args, default_db));
  if (lock.ok()) return std::move(*lock);
  Fail(io, lock.status());
  *exit_code = lock.status().code() == core::Code::kBusy ? kExitLocked : kExitFailure;
  return nullptr;
}

std::unique_ptr<Session> OpenSession(const Args& args, Io& io, const std::string& command,
                                     const std::string& default_db,
                                     const extract::Lexicon* lexicon) {
  auto session = std::make_unique<Session>();
  session->log = &io.log;
  session->extractor = MakeExtractor(args, io, lexicon);
  if (!session->extractor) return nullptr;
  session->db_path = DbPath(args, default_db);
  auto store = store::Store::Open(session->db_path);
  if (!store.ok()) {
    Fail(io, store.status());
    return nullptr;
  }
  session->store = std::move(*store);
  if (!command.empty()) {
    auto run = session->store->BeginRun(command);
    if (!run.ok()) {
      Fail(io, run.status().Prefixed(session->shown_db()));
      return nullptr;
    }
    session->run_id = *run;
    io.log.SetRun(*run, command);
    io.log.Info("run_start", "started " + command + " on " + session->shown_db(),
                {{"db", session->shown_db()}});
  }
  return session;
}

}  // namespace newsrecon::cli
