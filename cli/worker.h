// `run --worker`: one of several processes, on any machines, that share one run through a
// queue in a PostgreSQL database.
//
// A worker joins the open worker run. With --new-run, the first to find none open opens
// one, records its config (every worker then works by that one: a worker needs only --db)
// and queues its work: each source of the config, the documents earlier runs left
// without an article, the articles whose claims an older extractor made; without it, a
// worker that finds none open (the run has ended) exits 0: nothing to join. Every worker leases items (FOR UPDATE SKIP LOCKED), does them and marks
// them done; a thread renews its leases, so an item is only taken over when its worker is
// gone (killed, or its machine lost) and the lease has run out. When nothing is ready or
// held, one worker at a time (the queue lock) queues what is left (documents a dead worker
// stored but did not extract), and once nothing is, the reconciliation: one worker
// reconciles, writes the report and finishes the run. Every write is the same store call a
// plain `run` makes, so the result is the one a plain run gives.
#ifndef NEWSRECON_CLI_WORKER_H_
#define NEWSRECON_CLI_WORKER_H_

#include "cli/commands.h"
#include "cli/config.h"

namespace newsrecon::cli {

// Runs as a worker of the open worker run of setup.db (--db, else the config's); opens one with
// --new-run (which needs a config) when none is open, else says there is nothing to join
// and returns 0. Works by the run's recorded config: a --config that differs is warned
// about in one line; an extractor that is not the run's fails (1). A run that recorded no
// config (opened by an older newsrecon) is worked by --config, warned about in one line,
// and is bad usage (2) without one. Fetches share the run's politeness with the other workers:
// robots.txt read once per host, request starts spaced per host, and at most
// max_per_host transfers at once per host over all workers (leased slots).
// Exit codes as `run`: 0, 1, 2 (bad usage: a SQLite database), 3 (some of this worker's
// sources or documents failed), 4 (a plain run holds the database), 128 + signal.
int WorkerRun(const Args& args, Io& io, Setup& setup);

}  // namespace newsrecon::cli

#endif  // NEWSRECON_CLI_WORKER_H_
