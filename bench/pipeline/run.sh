#!/usr/bin/env bash
# The whole pipeline on this machine: `newsrecon run` (fetch, text, claims, near-duplicates,
# reconcile, the run's reports) over PAGES article pages served by a loopback server
# (bench/fetch/server.cc: the 88 real pages of ../shared/bench/article-extraction, else
# samples/pages, each copy made unique), split over SOURCES sources, then
# `report contradictions --format html`. Prints articles per hour and peak memory
# (/usr/bin/time -v) beside the limits below, as ratios.
#
#   bench/pipeline/run.sh [BUILD_DIR]        env: PAGES=2000 SOURCES=7
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build}
pages=${PAGES:-2000}
sources=${SOURCES:-7}  # prime to 88: copies of one page land in several sources (near-duplicates)
target_per_hour=100000  # a night of thousands of articles in minutes
memory_limit_mb=1024
scratch=$root/bench/.scratch/pipeline
newsrecon=$build/cli/newsrecon
[ -x "$newsrecon" ] || { echo "bench: build newsrecon first ($newsrecon)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time missing (apt-get install time)" >&2; exit 1; }
rm -rf "$scratch" && mkdir -p "$scratch/pages"
shared=$root/../shared/bench/article-extraction/html
if [ -d "$shared" ]; then
  for f in "$shared"/*.html.gz; do gunzip -c "$f" >"$scratch/pages/$(basename "$f" .gz)"; done
  corpus="the 88 pages of ../shared/bench/article-extraction"
else
  cp "$root"/samples/pages/*.html "$scratch/pages/"
  corpus="samples/pages"
fi
g++ -O2 -std=c++20 -Wall -Wextra -Werror -o "$scratch/server" "$root/bench/fetch/server.cc"
"$scratch/server" "$scratch/pages" "$pages" "$scratch/port" &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 50); do [ -s "$scratch/port" ] && break; sleep 0.1; done
base="http://127.0.0.1:$(cat "$scratch/port")"
for s in $(seq 0 $((sources - 1))); do
  printf '[[source]]\nname = "Outlet %d"\nurls = [\n' "$s"
  for i in $(seq "$s" "$sources" $((pages - 1))); do printf '  "%s/p/%d.html",\n' "$base" "$i"; done
  printf ']\n\n'
done >"$scratch/bench.toml"

# Elapsed seconds and peak resident kB of one command, from /usr/bin/time -v. Exit 3 is
# fine: the benchmark pages include two paywall teasers, stored as rejects.
measure() {
  local rc=0
  /usr/bin/time -v -o "$scratch/time.txt" "$@" >"$scratch/out.txt" 2>"$scratch/err.txt" || rc=$?
  if [ "$rc" -ne 0 ] && [ "$rc" -ne 3 ]; then
    echo "bench: $* failed (exit $rc):" >&2; tail -5 "$scratch/err.txt" >&2; exit 1
  fi
  awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; wall = s}
              /Maximum resident set size/ {rss = $2} END {print wall, rss}' "$scratch/time.txt"
}
read -r run_s run_kb < <(measure "$newsrecon" run --config "$scratch/bench.toml" \
  --db "$scratch/bench.db" --report-dir "$scratch/reports" --quiet)
articles=$(sed -nE 's/^articles: +([0-9]+) new.*/\1/p' "$scratch/out.txt")
read -r report_s report_kb < <(measure "$newsrecon" report contradictions --format html \
  --out "$scratch/report.html" --db "$scratch/bench.db")
contradictions=$(sed -nE 's/^contradictions: +([0-9]+) new.*/\1/p' "$scratch/out.txt" || true)
total=$(echo "$run_s + $report_s" | bc -l)
per_hour=$(echo "$articles * 3600 / $total" | bc -l)
peak_mb=$(( (run_kb > report_kb ? run_kb : report_kb) / 1024 ))
printf '%d pages of %s over %d sources: %d articles stored\n' "$pages" "$corpus" "$sources" "$articles"
printf '  newsrecon run:                 %.2f s, peak %d MB\n' "$run_s" $((run_kb / 1024))
printf '  report contradictions (html):  %.2f s, peak %d MB\n' "$report_s" $((report_kb / 1024))
printf '  articles per hour:             %.0f (target %d: %.1fx)\n' "$per_hour" "$target_per_hour" \
  "$(echo "$per_hour / $target_per_hour" | bc -l)"
printf '  peak memory:                   %d MB (limit %d MB: %.2fx)\n' "$peak_mb" "$memory_limit_mb" \
  "$(echo "$peak_mb / $memory_limit_mb" | bc -l)"

. "$root/bench/lib.sh"
bench_begin pipeline
bench_row pipeline "whole pipeline: \`newsrecon run\` (fetch, text, claims, near-duplicates, reconcile, reports) then \`report contradictions --format html\`, $pages pages ($corpus, each copy made unique) from a loopback server, $sources sources" \
  "$(printf '%.1f s for %d articles: **%.0f articles/hour**; peak memory %d MB' "$total" "$articles" "$per_hour" "$peak_mb")" \
  "$(printf 'target %d articles/hour: **%.1fx**; memory limit %d MB: **%.2fx**' "$target_per_hour" "$(echo "$per_hour / $target_per_hour" | bc -l)" "$memory_limit_mb" "$(echo "$peak_mb / $memory_limit_mb" | bc -l)")"
