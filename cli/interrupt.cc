// The stop flag and its signal handlers.
#include "cli/interrupt.h"

#include <csignal>

namespace newsrecon::cli {
namespace {

volatile std::sig_atomic_t g_stop_signal = 0;

extern "C" void OnStopSignal(int signal) { g_stop_signal = signal; }

}  // namespace

void InstallStopHandlers() {
  g_stop_signal = 0;
  struct sigaction action = {};
  action.sa_handler = &OnStopSignal;
  sigemptyset(&action.sa_mask);
  action.sa_flags = SA_RESETHAND;  // a second Ctrl-C does not wait for the article
  sigaction(SIGINT, &action, nullptr);
  sigaction(SIGTERM, &action, nullptr);
}

int StopSignal() { return g_stop_signal; }

int StopExitCode(int signal) { return 128 + signal; }

}  // namespace newsrecon::cli
