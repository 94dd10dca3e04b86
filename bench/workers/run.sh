#!/usr/bin/env bash
# Articles per hour for 1, 2 and 4 `newsrecon run --worker` processes sharing one run on
# a scratch PostgreSQL server, and the database's load. The corpus: the 88 pages of
# ../shared/bench/article-extraction/html, copied under SOURCES sources (each copy with its
# own URL and a line of its own), served over HTTP on 127.0.0.1 by python3 -m http.server.
# Prints its own table and writes its rows of the README's benchmark table (bench/lib.sh).
# With DELAY_MS > 0, politeness: every two sources share a host (a port of 127.0.0.1,
# bench/workers/site.py, which answers each request after SERVE_MS and logs it), so workers
# fetch from one host at once; [fetch] delay_ms = DELAY_MS and max_per_host = PER_HOST, and
# the table adds each run's busiest host (bench/workers/busiest.py): the shortest gap
# between two requests to one host, the most requests to one host in any second, and the
# most transfers one host was answering at once, against the limits the config sets.
#   bench/workers/run.sh [BUILD_DIR] [SOURCES] [DELAY_MS] [PER_HOST] [SERVE_MS]
#   (defaults: build, 8, 0, 4, 0)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build}
sources=${2:-8}
delay=${3:-0}
per_host=${4:-4}
serve_ms=${5:-0}
hosts=$(((sources + 1) / 2))
newsrecon=$build/cli/newsrecon
pages=$root/../shared/bench/article-extraction/html
[ -x "$newsrecon" ] || { echo "bench/workers: build first ($newsrecon missing)" >&2; exit 1; }
[ -d "$pages" ] || { echo "bench/workers: $pages missing" >&2; exit 1; }
. "$root/bench/lib.sh"

work=$(mktemp -d)
info=$work/pg.info
cleanup() {
  [ -n "${http_pid:-}" ] && kill "$http_pid" 2>/dev/null || true
  "$root/tests/pg_server.sh" stop "$info" || true
  rm -rf "$work"
}
trap cleanup EXIT

# The corpus and the config: source s lists its 88 copies.
port=$((20000 + RANDOM % 40000))
{
  echo "[fetch]"
  echo "delay_ms = $delay"
  echo "max_connections = 16"
  echo "max_per_host = $per_host"
  for s in $(seq 1 "$sources"); do
    mkdir -p "$work/site/s$s"
    echo "[[source]]"
    echo "name = \"Source $s\""
    echo "published = \"2026-03-04\""
    printf 'urls = ['
    sep=""
    for f in "$pages"/*.html.gz; do
      name=$(basename "$f" .gz)
      { zcat "$f"; echo "<p>Copy $s of $name.</p>"; } >"$work/site/s$s/$name"
      host_port=$port
      [ "$delay" -gt 0 ] && host_port=$((port + (s - 1) % hosts))  # sources s and s+hosts share one
      printf '%s"http://127.0.0.1:%s/s%s/%s"' "$sep" "$host_port" "$s" "$name"
      sep=", "
    done
    echo "]"
  done
} >"$work/bench.toml"
requests=$work/requests.log
if [ "$delay" -gt 0 ]; then
  python3 "$root/bench/workers/site.py" "$work/site" "$port" "$hosts" "$requests" "$serve_ms" >"$work/site.out" 2>&1 &
  http_pid=$!
  until grep -q ready "$work/site.out" 2>/dev/null; do sleep 0.1; done
else
  (cd "$work/site" && exec python3 -m http.server "$port" --bind 127.0.0.1 >/dev/null 2>&1) &
  http_pid=$!
fi
"$root/tests/pg_server.sh" start "$info"
base=$(sed -n 1p "$info")
postmaster=$(head -n 1 "$(sed -n 2p "$info")/data/postmaster.pid")
sleep 1

# CPU seconds the server used so far: the postmaster and the backends it has reaped.
server_cpu() {
  awk -v hz="$(getconf CLK_TCK)" '{ print ($14 + $15 + $16 + $17) / hz }' "/proc/$postmaster/stat"
}
stat() { psql -X -q -A -t "$base/$1" -c "SELECT xact_commit, tup_inserted + tup_updated + tup_deleted FROM pg_stat_database WHERE datname = '$1'"; }

total=$((sources * 88))
if [ "$delay" -gt 0 ]; then
  echo "($hosts hosts, two sources each, each page answered after $serve_ms ms; [fetch] delay_ms = $delay: at most $((1000 / delay)) requests/s to one host; max_per_host = $per_host)"
  echo "| workers | articles | seconds | articles/hour | DB commits/s | DB rows written/s | DB CPU (s) | DB CPU share | shortest gap to one host (ms) | most requests to one host in 1 s (limit $((1000 / delay))) | most transfers at once to one host (limit $per_host) |"
  echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
else
  echo "| workers | articles | seconds | articles/hour | DB commits/s | DB rows written/s | DB CPU (s) | DB CPU share |"
  echo "| --- | --- | --- | --- | --- | --- | --- | --- |"
fi
for workers in 1 2 4; do
  db=bench_$workers
  psql -X -q "$base/postgres" -c "CREATE DATABASE $db"
  before_cpu=$(server_cpu)
  IFS='|' read -r c0 w0 <<<"$(stat "$db")"
  : >"$requests"
  start=$(date +%s.%N)
  pids=()
  for w in $(seq 1 "$workers"); do
    "$newsrecon" run --worker --new-run --config "$work/bench.toml" --db "$base/$db" \
      --report-dir "$work/reports$w" >"$work/worker$w.log" 2>&1 &
    pids+=($!)
  done
  for p in "${pids[@]}"; do
    code=0
    wait "$p" || code=$?
    # 3: some pages are rejects (paywalls, ...), stored as such: the run is whole.
    [ "$code" -eq 0 ] || [ "$code" -eq 3 ] || { echo "bench/workers: a worker exited $code:" >&2; tail -n 5 "$work"/worker*.log >&2; exit 1; }
  done
  end=$(date +%s.%N)
  IFS='|' read -r c1 w1 <<<"$(stat "$db")"
  after_cpu=$(server_cpu)
  articles=$(psql -X -q -A -t "$base/$db" -c "SELECT count(*) FROM articles WHERE not_article IS NULL")
  line=$(awk -v w="$workers" -v a="$articles" -v s="$start" -v e="$end" -v c="$((c1 - c0))" \
      -v r="$((w1 - w0))" -v cpu0="$before_cpu" -v cpu1="$after_cpu" -v n="$(nproc)" 'BEGIN {
    t = e - s
    printf "| %d | %d | %.1f | %.0f | %.0f | %.0f | %.1f | %.0f%% |\n", w, a, t, a * 3600 / t, c / t, r / t, cpu1 - cpu0, 100 * (cpu1 - cpu0) / (t * n)
  }')
  if [ "$delay" -gt 0 ]; then
    read -r gap most at_once <<<"$(python3 "$root/bench/workers/busiest.py" "$requests")"
    echo "$line $gap | $most | $at_once |"
  else
    echo "$line"
  fi
  IFS='|' read -r _ _ n_articles seconds per_hour commits rows cpu share _ <<<"$line"
  per_hour=$(echo $per_hour)
  [ "$workers" -eq 1 ] && one_worker=$per_hour
  [ "$workers" -eq 1 ] && [ "$delay" -eq 0 ] && bench_begin workers
  [ "$delay" -gt 0 ] && continue  # its own table only: the README's rows are the delay-0 ones
  bench_row workers \
    "workers: $workers \`run --worker\` process(es) sharing one run on a scratch PostgreSQL, $total pages from $sources sources on 127.0.0.1 (fetch to report)" \
    "$(echo $n_articles) articles in $(echo $seconds) s: **$per_hour articles/hour**; database: $(echo $commits) commits/s, $(echo $rows) rows written/s, $(echo $cpu) CPU s ($(echo $share) of the cores)" \
    "1 worker: $one_worker articles/hour — **$(awk -v a="$per_hour" -v b="$one_worker" 'BEGIN { printf "%.2f", a / b }')x** (workers, server and HTTP server share $(nproc) cores)"
done
echo
echo "($total pages from $sources sources on 127.0.0.1; $(nproc) cores; PostgreSQL $(psql -X -A -t "$base/postgres" -c 'SHOW server_version'))"
