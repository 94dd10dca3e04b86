// The store's part in one run shared by workers: one config, shared politeness per host.
//
// Promises: as store/runs.h says (one thread at a time, each call atomic, errors as
// values). Both engines. The first record of a run's config or of a host's robots.txt
// stands; ClaimHostStart and TakeHostLease are atomic across processes, by the database's
// clock.
#ifndef NEWSRECON_STORE_RUN_SHARE_H_
#define NEWSRECON_STORE_RUN_SHARE_H_

#include <cstdint>
#include <optional>
#include <string>

#include "core/status.h"

namespace newsrecon::store {

// The effective config a run recorded (RunShareStore::SaveRunConfig).
struct RunConfigRecord {
  std::string config;     // JSON
  std::string extractor;  // the claim extractor's version
};

class RunShareStore {
 public:
  virtual ~RunShareStore() = default;

  // Records the effective config (`config`, JSON) and claim extractor version of run
  // `run_id`; a run's first record stands (a second is ignored). A config and extractor
  // the same as an earlier run's are not stored again: the row names that run (same_as).
  virtual core::Status SaveRunConfig(int64_t run_id, const std::string& config,
                                     const std::string& extractor) = 0;
  // The config and extractor version run `run_id` recorded; nullopt when it recorded none
  // (runs before schema 10, and commands that take no config).
  virtual core::Result<std::optional<RunConfigRecord>> LoadRunConfig(int64_t run_id) = 0;
  // robots.txt of `host` (scheme://host:port) as the first worker of the run to read it
  // saved it (fetch::Robots' saved form); nullopt when none has.
  virtual core::Result<std::optional<std::string>> LoadHostRobots(int64_t run_id,
                                                                  const std::string& host) = 0;
  // Saves it, unless another worker already has (the first one stands).
  virtual core::Status SaveHostRobots(int64_t run_id, const std::string& host,
                                      const std::string& robots) = 0;
  // Forgets run `run_id`'s robots.txt, host times and host slots (they serve only while it
  // runs).
  virtual core::Status ForgetRunHosts(int64_t run_id) = 0;
  // Takes the next start of a request to `host` in run `run_id`, `spacing_ms` after the
  // previous one by any worker, by the database's clock, atomically: returns 0 when the
  // caller may start now (the next start is then `spacing_ms` from now), else how many ms
  // to wait before asking again.
  virtual core::Result<int64_t> ClaimHostStart(int64_t run_id, const std::string& host,
                                               int64_t spacing_ms) = 0;
  // Takes one of `slots` transfer slots of `host` in run `run_id` for `holder` until
  // `lease_ms` from now (the database's clock), atomically: a slot is free when released or
  // when its lease has run out (its holder was killed). Returns the slot's index, or -1
  // when all `slots` are held.
  virtual core::Result<int> TakeHostLease(int64_t run_id, const std::string& host, int slots,
                                          const std::string& holder, int64_t lease_ms) = 0;
  // Frees slot `slot` of `host` if `holder` still holds it (a lease taken over stays).
  virtual core::Status ReleaseHostLease(int64_t run_id, const std::string& host, int slot,
                                        const std::string& holder) = 0;
};

}  // namespace newsrecon::store

#endif  // NEWSRECON_STORE_RUN_SHARE_H_
