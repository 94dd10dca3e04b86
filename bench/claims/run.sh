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
. "$root/bench/lib.sh"
bench_begin claims
out=$("$build/bench/claims_bench" "$truth" 30)
echo "$out"
mbps=$(echo "$out" | sed -nE 's/^claims stage: ([0-9.]+) MB\/s.*/\1/p')
median=$(echo "$out" | sed -nE 's/^claims stage: .*\(median ([0-9.]+);.*/\1/p')
first=$(echo "$out" | sed -nE 's/^first pass of a fresh extractor: ([0-9.]+) MB\/s/\1/p')
per=$(echo "$out" | sed -nE 's/^per article: ([0-9.]+) claims \(([0-9.]+) with a relation\), ([0-9.]+) value mentions/\1 \2 \3/p')
read -r claims relations values <<<"$per"
kb=$(echo "$out" | sed -nE 's/.*text ([0-9]+) kB.*/\1/p')
verdict=$(awk -v m="$mbps" 'BEGIN { print (m >= 50 ? "met" : "**not met**") }')
bench_row claims "claims: values, parties and relations on the true bodies of the 88 benchmark pages ($kb kB), one core" \
  "$(printf '%.1f MB/s, best of 30 steady passes (median %.1f; a fresh extractor'"'"'s first pass, building its DFAs: %.1f) — %.1f claims and %.1f value mentions per article; %.1f claims per article name a lexicon relation' "$mbps" "$median" "$first" "$claims" "$values" "$relations")" \
  "target ≥ 50 MB/s: $verdict"
