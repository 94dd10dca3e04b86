#!/usr/bin/env bash
# Claims-stage throughput on the true bodies of the 88 benchmark pages, beside the
# issue's 50 MB/s target. Skips with a message when ../shared is absent.
#   bench/claims/run.sh [BUILD_DIR]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build}
truth=$root/../shared/bench/article-extraction/ground-truth.json
if [ ! -f "$truth" ]; then
  echo "claims bench: SKIPPED, $truth not found" >&2
  exit 0
fi
"$build/bench/claims_bench" "$truth" 30
