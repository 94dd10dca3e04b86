#!/usr/bin/env bash
# Grouping articles into stories: 100,000 generated articles stored 5,000 a night (not
# timed), each night's grouped incrementally against the stored stories on one core;
# prints every night's time and the total beside the limit (one minute), and how well the
# stories match the generated events. Then the ECB+ and FA-KES evaluation (real outlets).
#   bench/stories/run.sh [BUILD_DIR]        ARTICLES=100000 PER_NIGHT=5000
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build}
bench=$build/bench/stories_bench
[ -x "$bench" ] || { echo "stories bench: $bench not built (cmake --build $build --target stories_bench)" >&2; exit 1; }
scratch=$root/bench/.scratch/stories
mkdir -p "$scratch"
. "$root/bench/lib.sh"
bench_begin stories
n=${ARTICLES:-100000}
db=$scratch/stories-$n.db
rm -f "$db" "$db-wal" "$db-shm"
line=$(taskset -c 0 "$bench" "$db" "$n" "${PER_NIGHT:-5000}")
echo "$line"
secs=$(echo "$line" | sed -E 's/.* grouped in ([0-9.]+) s in all.*/\1/')
cpu=$(echo "$line" | sed -E 's/.*\(CPU ([0-9.]+) s;.*/\1/')
quality=$(echo "$line" | sed -E 's/.*; (purity [0-9.]+, completeness [0-9.]+).*/\1/')
bench_row stories "stories: $n generated articles grouped incrementally, ${PER_NIGHT:-5000} a night, one core" \
  "$secs s in all (CPU $cpu s); $quality against the generated events" \
  "limit 60 s: $(python3 -c "print('met' if $secs < 60 else 'missed')")"
for topics in 1-10 11-19; do
  python3 "$root/bench/stories/ecb_eval.py" "$build" ecb "$topics"
done
python3 "$root/bench/stories/ecb_eval.py" "$build" fakes
