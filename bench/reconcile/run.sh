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
done
