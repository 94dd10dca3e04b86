# Sourced by each bench/*/run.sh: the machine-readable result scripts/bench-table reads.
#   bench_begin NAME                 starts bench/.scratch/results/NAME.jsonl afresh
#   bench_row NAME STAGE FIGURE PEER adds one row of the README's benchmark table to it
# A row is one JSON object per line: {"stage": ..., "figure": ..., "peer": ...} (Markdown).
bench_results=${BENCH_RESULTS:-$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/.scratch/results}

bench_begin() {
  mkdir -p "$bench_results"
  : >"$bench_results/$1.jsonl"
}

bench_row() {
  python3 -c 'import json, sys; print(json.dumps(dict(stage=sys.argv[1], figure=sys.argv[2], peer=sys.argv[3]), ensure_ascii=False))' \
    "$2" "$3" "$4" >>"$bench_results/$1.jsonl"
}
