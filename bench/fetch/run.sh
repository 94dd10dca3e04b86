#!/usr/bin/env bash
# The fetch benchmark: 2,000 article pages from a loopback server, fetched on the same
# URLs, N at a time, by
#   - curl --parallel --parallel-max N, each page written to a file (curl's store);
#   - the same curl with every page thrown away (-o /dev/null): the network floor;
#   - the fetch library alone (fetch::Crawl with a sink that keeps nothing): URL
#     canonical form, robots.txt, politeness, content hash and UTF-8 decoding, no store;
#   - newsrecon fetch --no-extract: the fetch stage, each page stored in SQLite as raw
#     bytes and UTF-8 text with its content hash, page state and fetch-log rows;
#   - newsrecon fetch: the same, then text and claims extracted into articles (once, at
#     the end, for scale: extraction is the next stage's cost, not the fetcher's).
#
#   bench/fetch/run.sh [BUILD_DIR]        env: PAGES=2000 N=16 RUNS=5
#
# Runs the first two in turn RUNS times and prints each run and the medians: seconds,
# pages per second, and newsrecon's time over curl's.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build}
pages=${PAGES:-2000}
n=${N:-16}
runs=${RUNS:-5}
scratch=$root/bench/.scratch/fetch
mkdir -p "$scratch"

newsrecon=$build/cli/newsrecon
[ -x "$newsrecon" ] || { echo "bench: build newsrecon first ($newsrecon)" >&2; exit 1; }
if ! command -v curl >/dev/null; then
  echo "bench: installing curl (the peer)" >&2
  if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get install -y -qq --no-install-recommends curl >/dev/null
fi

g++ -O2 -std=c++20 -Wall -Wextra -Werror -o "$scratch/server" "$root/bench/fetch/server.cc"
for lib in fetch/libnewsrecon_fetch.a core/libnewsrecon_core.a; do
  [ -f "$build/$lib" ] || { echo "bench: build newsrecon first ($build/$lib)" >&2; exit 1; }
done
g++ -O2 -std=c++20 -Wall -Wextra -Werror -I"$root" -o "$scratch/crawl_only" \
  "$root/bench/fetch/crawl_only.cc" "$build/fetch/libnewsrecon_fetch.a" \
  "$build/core/libnewsrecon_core.a" -lcurl $(pkg-config --libs uchardet icu-uc) -lz -lcrypto
rm -f "$scratch/port"
"$scratch/server" "$root/samples/pages" "$pages" "$scratch/port" &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 50); do [ -s "$scratch/port" ] && break; sleep 0.1; done
base="http://127.0.0.1:$(cat "$scratch/port")"

# The same URL list for both tools.
: >"$scratch/curl.cfg"
: >"$scratch/curl-null.cfg"
{
  echo "[fetch]"
  echo "max_connections = $n"
  echo "max_per_host = $n"
  echo "[[source]]"
  echo "name = \"Bench\""
  echo "urls = ["
  for i in $(seq 0 $((pages - 1))); do
    echo "  \"$base/p/$i.html\","
    printf 'url = "%s/p/%d.html"\noutput = "%s/curl-out/%d.html"\n' "$base" "$i" "$scratch" "$i" >>"$scratch/curl.cfg"
    printf 'url = "%s/p/%d.html"\noutput = "/dev/null"\n' "$base" "$i" >>"$scratch/curl-null.cfg"
  done
  echo "]"
} >"$scratch/bench.toml"

now() { date +%s.%N; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
curl_times=() null_times=() lib_times=() newsrecon_times=()
for run in $(seq "$runs"); do
  rm -rf "$scratch/curl-out" && mkdir -p "$scratch/curl-out"
  t0=$(now)
  curl --parallel --parallel-max "$n" --no-progress-meter -K "$scratch/curl.cfg"
  t1=$(now)
  got=$(ls "$scratch/curl-out" | wc -l)
  [ "$got" -eq "$pages" ] || { echo "bench: curl saved $got of $pages pages" >&2; exit 1; }
  curl_times+=("$(echo "$t1 - $t0" | bc -l)")

  t0=$(now)
  curl --parallel --parallel-max "$n" --no-progress-meter -K "$scratch/curl-null.cfg"
  t1=$(now)
  null_times+=("$(echo "$t1 - $t0" | bc -l)")

  t0=$(now)
  "$scratch/crawl_only" "$base" "$pages" "$n" >/dev/null
  t1=$(now)
  lib_times+=("$(echo "$t1 - $t0" | bc -l)")

  rm -f "$scratch/bench.db" "$scratch/bench.db-wal" "$scratch/bench.db-shm"
  t0=$(now)
  "$newsrecon" fetch --config "$scratch/bench.toml" --db "$scratch/bench.db" --no-extract \
    >"$scratch/newsrecon.out"
  t1=$(now)
  grep -q "; $pages new document(s), 0 new article(s), 0 unchanged, 0 failed" "$scratch/newsrecon.out" ||
    { echo "bench: newsrecon did not store $pages documents:" >&2; cat "$scratch/newsrecon.out" >&2; exit 1; }
  newsrecon_times+=("$(echo "$t1 - $t0" | bc -l)")
  printf 'run %d: curl to files %.3f s, curl to /dev/null %.3f s, fetch library %.3f s, newsrecon fetch --no-extract %.3f s\n' \
    "$run" "${curl_times[-1]}" "${null_times[-1]}" "${lib_times[-1]}" "${newsrecon_times[-1]}"
done

rm -f "$scratch/bench.db" "$scratch/bench.db-wal" "$scratch/bench.db-shm"
t0=$(now)
"$newsrecon" fetch --config "$scratch/bench.toml" --db "$scratch/bench.db" >"$scratch/newsrecon.out"
t1=$(now)
grep -q "; $pages new document(s), $pages new article(s), 0 unchanged, 0 failed" "$scratch/newsrecon.out" ||
  { echo "bench: newsrecon did not store $pages articles:" >&2; cat "$scratch/newsrecon.out" >&2; exit 1; }
full=$(echo "$t1 - $t0" | bc -l)

c=$(printf '%s\n' "${curl_times[@]}" | median)
z=$(printf '%s\n' "${null_times[@]}" | median)
f=$(printf '%s\n' "${newsrecon_times[@]}" | median)
l=$(printf '%s\n' "${lib_times[@]}" | median)
rate() { echo "$pages / $1" | bc -l; }
printf '\n%d pages of %s, %d at once, median of %d runs (load average %s)\n' "$pages" \
  "$(du -sh "$scratch/curl-out" | cut -f1)" "$n" "$runs" "$(cut -d' ' -f1 /proc/loadavg)"
printf '  curl --parallel-max %d, pages to files:     %.3f s  %6.0f pages/s\n' "$n" "$c" "$(rate "$c")"
printf '  curl --parallel-max %d, pages to /dev/null: %.3f s  %6.0f pages/s\n' "$n" "$z" "$(rate "$z")"
printf '  fetch library alone (no store):           %.3f s  %6.0f pages/s  %.2fx curl to /dev/null\n' \
  "$l" "$(rate "$l")" "$(echo "$l / $z" | bc -l)"
printf '  newsrecon fetch --no-extract:             %.3f s  %6.0f pages/s  %.2fx curl to files, %.2fx curl to /dev/null\n' \
  "$f" "$(rate "$f")" "$(echo "$f / $c" | bc -l)" "$(echo "$f / $z" | bc -l)"
printf '  newsrecon fetch, with articles (1 run):   %.3f s  %6.0f pages/s\n' "$full" "$(rate "$full")"

. "$root/bench/lib.sh"
bench_begin fetch
mb=$(du -sb "$scratch/curl-out" | awk '{printf "%.1f", $1 / 1e6}')
bench_row fetch "fetch stage: \`newsrecon fetch --no-extract\`, $pages pages ($mb MB) from a loopback server, $n at once, every page stored in SQLite (raw bytes, UTF-8 text, content hash, page state, fetch log)" \
  "$(printf '%.3f s, %.0f pages/s' "$f" "$(rate "$f")")" \
  "$(printf '`curl --parallel --parallel-max %d` writing each page to a file: %.3f s, %.0f pages/s; newsrecon takes **%.2fx** curl'"'"'s time (limit 1.5x)' "$n" "$c" "$(rate "$c")" "$(echo "$f / $c" | bc -l)")"
bench_row fetch "the same, beside curl keeping nothing" "$(printf '%.3f s' "$f")" \
  "$(printf 'curl with `-o /dev/null`: %.3f s, %.0f pages/s; **%.2fx** (nothing stored, nothing hashed)' "$z" "$(rate "$z")" "$(echo "$f / $z" | bc -l)")"
bench_row fetch "the fetch library alone (\`fetch::Crawl\`, a sink that keeps nothing)" \
  "$(printf '%.3f s, %.0f pages/s' "$l" "$(rate "$l")")" \
  "$(printf 'curl with `-o /dev/null`: **%.2fx**' "$(echo "$l / $z" | bc -l)")"
bench_row fetch "\`newsrecon fetch\` with articles: text and claims extracted from the $pages pages" \
  "$(printf '%.2f s, %.0f pages/s' "$full" "$(rate "$full")")" "bound by extraction, not by fetching"
