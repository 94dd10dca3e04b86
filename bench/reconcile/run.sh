#!/usr/bin/env bash
# Reconciliation at 10k, 100k and 1M generated claims: time and peak memory of the
# reconcile step streamed from SQLite, then (when PostgreSQL is installed) the same claims
# copied by `newsrecon migrate` into a scratch PostgreSQL server and streamed from there.
# Each row also gives the store's share: the groups and blocks streamed to callbacks that
# do nothing (reconcile_bench stream); the rest is the reconciler's rules.
#   bench/reconcile/run.sh [BUILD_DIR]        PG=0 skips PostgreSQL
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build}
bench=$build/bench/reconcile_bench
newsrecon=$build/cli/newsrecon
[ -x "$bench" ] || { echo "reconcile bench: $bench not built (cmake --build $build --target reconcile_bench)" >&2; exit 1; }
scratch=$root/bench/.scratch/reconcile
mkdir -p "$scratch"
. "$root/bench/lib.sh"
bench_begin reconcile

# measure ENGINE N DB: one table row, and the figures into times/mems/streams.
measure() {
  local line secs mem found stream
  line=$("$bench" reconcile "$3")
  secs=$(echo "$line" | sed -E 's/.*reconciled in ([0-9.e-]+) s.*/\1/')
  mem=$(echo "$line" | sed -E 's/.*peak memory ([0-9]+) MB.*/\1/')
  found=$(echo "$line" | sed -E 's/.*contradictions ([0-9]+),.*/\1/')
  stream=$("$bench" stream "$3" | sed -E 's/.* in ([0-9.e-]+) s.*/\1/')
  printf "| %s | %s | %.2f s | %.2f s | %s MB | %s |\n" "$1" "$2" "$secs" "$stream" "$mem" "$found"
  times+=("$(printf '%.2f s' "$secs")")
  streams+=("$(printf '%.2f s' "$stream")")
  mems+=("$mem")
}

echo "| engine | claims | reconcile time | of which the store's (streamed, no rules) | peak memory | contradictions |"
echo "| --- | --- | --- | --- | --- | --- |"
times=() mems=() streams=()
for n in 10000 100000 1000000; do
  db=$scratch/claims-$n.db
  [ -f "$db" ] || "$bench" generate "$db" "$n" >/dev/null
  measure SQLite "$n" "$db"
done
bench_row reconcile "reconcile: 10,000 / 100,000 / 1,000,000 generated claims streamed from SQLite" \
  "${times[0]} / ${times[1]} / ${times[2]}; peak memory ${mems[0]} / ${mems[1]} / ${mems[2]} MB; the store's share ${streams[0]} / ${streams[1]} / ${streams[2]}" \
  "\"minutes, in bounded memory\": met when 1,000,000 claims take under 10 minutes (memory grows with the largest group, not the number of claims)"

[ "${PG:-1}" != 0 ] || exit 0
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "reconcile bench: PostgreSQL not installed, its rows skipped" >&2
  exit 0
fi
[ -x "$newsrecon" ] || { echo "reconcile bench: $newsrecon not built" >&2; exit 1; }
info=$(mktemp)
trap '"$root/tests/pg_server.sh" stop "$info" || true' EXIT
"$root/tests/pg_server.sh" start "$info"
base=$(sed -n 1p "$info")
times=() mems=() streams=()
for n in 100000 1000000; do
  psql -X -q "$base/postgres" -c "CREATE DATABASE claims_$n"
  "$newsrecon" migrate --from "$scratch/claims-$n.db" --to "$base/claims_$n" >/dev/null
  measure PostgreSQL "$n" "$base/claims_$n"
done
bench_row reconcile "reconcile: 100,000 / 1,000,000 generated claims streamed from PostgreSQL (a scratch server on this machine, the claims copied by \`migrate\`)" \
  "${times[0]} / ${times[1]}; peak memory ${mems[0]} / ${mems[1]} MB; the store's share ${streams[0]} / ${streams[1]}" \
  "bounded memory as on SQLite: met when 1,000,000 claims stay within 2x SQLite's peak"
