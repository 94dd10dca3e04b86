#!/usr/bin/env bash
# Peak memory of `extract-text` and `ingest` on pathological pages (mostly tags, nested
# 900 deep; nothing but tags; one 30 MB "article"), at the default page limit (10 MB,
# [fetch] max_body_bytes) and at 31 MB, measured with /usr/bin/time -v, against the limit
# the README promises: at most 20x the page's size plus a fixed base, never over 1 GB.
#   bench/memory/run.sh [BUILD_DIR] [NEWSRECON_FOR_COMPARISON]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build}
peer=${2:-}
bin=$build/cli/newsrecon
scratch=$root/bench/.scratch/memory
[ -x "$bin" ] || { echo "bench: build newsrecon first ($bin)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time is missing (apt-get install time)" >&2; exit 1; }
base_mb=100  # the fixed base: the binary, its libraries, the lexicon and SQLite's caches
mkdir -p "$scratch"

# Prints "peak_MB seconds" for a command.
measure() {
  /usr/bin/time -v "$@" >/dev/null 2>"$scratch/time.txt" || true
  awk -F': ' '/Maximum resident/ {kb = $2} /Elapsed/ {split($2, t, ":"); s = t[1] * 60 + t[2]}
    END {printf "%d %.1f\n", kb / 1024, s}' "$scratch/time.txt"
}

. "$root/bench/lib.sh"
bench_begin memory
worst=0
figures=""
for mb in 10 31; do
  mkdir -p "$scratch/$mb"
  python3 "$root/bench/memory/make_pages.py" "$scratch/$mb" $((mb * 1024 * 1024))
  for page in nested tags flat; do
    file=$scratch/$mb/$page.html
    bytes=$(stat -c %s "$file")
    limit=$(( bytes * 20 / 1048576 + base_mb ))
    [ "$limit" -gt 1024 ] && limit=1024
    for command in extract-text ingest; do
      rm -f "$scratch/n.db"*
      if [ "$command" = ingest ]; then
        args=(ingest "$file" --source S --db "$scratch/n.db" --quiet)
      else
        args=(extract-text "$file" --format json)
      fi
      read -r peak seconds < <(measure "$bin" "${args[@]}")
      line="$mb MB $page, $command: ${peak} MB in ${seconds} s (limit ${limit} MB)"
      if [ -n "$peer" ]; then
        rm -f "$scratch/n.db"*
        read -r peer_peak peer_seconds < <(measure "$peer" "${args[@]}")
        line="$line; the other binary: ${peer_peak} MB in ${peer_seconds} s"
      fi
      echo "$line"
      ratio=$(echo "$peak / $limit" | bc -l)
      if (( $(echo "$ratio > $worst" | bc -l) )); then worst=$ratio; fi
      figures="$figures${figures:+; }$mb MB $page $command ${peak} MB"
    done
  done
done
rm -f "$scratch/n.db"*
bench_row memory "peak memory (\`/usr/bin/time -v\`) of \`extract-text\` and \`ingest\` on 10 MB and 31 MB pages: \`<b>\` nested 900 deep, nothing but tags, one long \"article\"" \
  "$figures" \
  "$(printf 'limit 20x the page + %d MB, at most 1 GB: worst **%.2fx** of its limit' "$base_mb" "$worst")"
