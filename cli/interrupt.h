// Stopping cleanly on SIGINT and SIGTERM: a handler records the signal, and the
// per-document loops of run and fetch look at it between documents and stop. Every
// document is one transaction, so what was stored stays and the next run carries on.
#ifndef NEWSRECON_CLI_INTERRUPT_H_
#define NEWSRECON_CLI_INTERRUPT_H_

namespace newsrecon::cli {

// Installs the handlers for SIGINT and SIGTERM (each once: a second signal of the same kind
// ends the process at once, the default action) and clears any earlier request.
void InstallStopHandlers();

// The signal that asked to stop (SIGINT or SIGTERM), or 0 when none did.
int StopSignal();
inline bool StopRequested() { return StopSignal() != 0; }

// The exit code of a run stopped by `signal`: 128 + the signal (130 SIGINT, 143 SIGTERM),
// as shells report a process the signal killed.
int StopExitCode(int signal);

}  // namespace newsrecon::cli

#endif  // NEWSRECON_CLI_INTERRUPT_H_
