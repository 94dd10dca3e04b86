#!/usr/bin/env bash
# A simulated year of nightly `run` + `vacuum` ([retention] documents_days = 30) on the
# sample corpus served from a loopback server: the test tests/ops/nightly_year_test.cc,
# with each night's figures written to a CSV. Prints the database's size over the year.
#   bench/nightly/run.sh [BUILD_DIR]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build}
scratch=$root/bench/.scratch/nightly
mkdir -p "$scratch"
tests=$build/tests/newsrecon_tests
[ -x "$tests" ] || { echo "bench: build the tests first ($tests)" >&2; exit 1; }
start=$(date +%s)
NEWSRECON_YEAR_CSV="$scratch/year.csv" "$tests" "[year]" >"$scratch/test.txt" 2>&1 ||
  { cat "$scratch/test.txt" >&2; exit 1; }
seconds=$(( $(date +%s) - start ))
echo "night | database (kB) | documents | with raw body | articles | claims | fetch-log rows"
awk -F, 'NR > 1 && ($1 == 1 || $1 == 7 || $1 == 30 || $1 == 60 || $1 == 90 || $1 % 60 == 0 || $1 == 365) {
  printf "%5d | %13d | %9d | %13d | %8d | %6d | %d\n", $1, $2 / 1024, $3, $4, $5, $6, $7 }' "$scratch/year.csv"
read -r kb60 kb365 < <(awk -F, '$1 == 60 {a = $2} $1 == 365 {b = $2} END {print int(a / 1024), int(b / 1024)}' "$scratch/year.csv")
series=$(awk -F, 'NR > 1 && ($1 == 1 || $1 == 30 || $1 % 90 == 0 || $1 == 365) {printf "%s%d: %d kB", (n++ ? ", " : ""), $1, $2 / 1024}' "$scratch/year.csv")
. "$root/bench/lib.sh"
bench_begin nightly
bench_row nightly "a simulated year: \`run\` + \`vacuum\` every night for 365 nights (NEWSRECON_NOW a day apart), 8 sample sources from a loopback server, pages changed a little every night, \`[retention] documents_days = 30\`; ${seconds} s in all" \
  "database by night — $series" \
  "$(printf 'bounded: night 365 is **%.2fx** night 60 (limit 1.10x; the run history, kept for the nightly chart, is what grows)' "$(echo "$kb365 / $kb60" | bc -l)")"
