#!/usr/bin/env bash
# Configures and builds newsrecon into a build folder, warnings as errors (for developers
# and CI; a plain cmake build leaves NEWSRECON_WERROR off).
#   scripts/build.sh [BUILD_DIR] [extra cmake options...]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
shift || true
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DNEWSRECON_WERROR=ON "$@" >/dev/null
cmake --build "$build" -j"$(nproc)"
