#!/usr/bin/env bash
# Reconciliation at 10k, 100k and 1M generated claims: time and peak memory of the
# reconcile step (streamed from SQLite), printed as a table.
#   bench/reconcile/run.sh [BUILD_DIR]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build}
bench=$build/bench/reconcile_bench
[ -x "$bench" ] || { echo "reconcile bench: $bench not built (cmake --build $build --target reconcile_bench)" >&2; exit 1; }
scratch=$root/bench/.scratch/reconcile
mkdir -p "$scratch"
. "$root/bench/lib.sh"
bench_begin reconcile
times=() mems=()
echo "| claims | reconcile time | peak memory | contradictions |"
echo "| --- | --- | --- | --- |"
for n in 10000 100000 1000000; do
  db=$scratch/claims-$n.db
  [ -f "$db" ] || "$bench" generate "$db" "$n" >/dev/null
  line=$("$bench" reconcile "$db")
  secs=$(echo "$line" | sed -E 's/.*reconciled in ([0-9.]+) s.*/\1/')
  mem=$(echo "$line" | sed -E 's/.*peak memory ([0-9]+) MB.*/\1/')
  found=$(echo "$line" | sed -E 's/.*contradictions ([0-9]+),.*/\1/')
  printf "| %s | %.2f s | %s MB | %s |\n" "$n" "$secs" "$mem" "$found"
  times+=("$(printf '%.2f s' "$secs")")
  mems+=("$mem")
done
bench_row reconcile "reconcile: 10,000 / 100,000 / 1,000,000 generated claims streamed from SQLite" \
  "${times[0]} / ${times[1]} / ${times[2]}; peak memory ${mems[0]} / ${mems[1]} / ${mems[2]} MB" \
  "\"minutes, in bounded memory\": met when 1,000,000 claims take under 10 minutes (memory grows with the largest group, not the number of claims)"
