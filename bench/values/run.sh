#!/usr/bin/env bash
# Value mentions against Duckling's English corpora (../shared/corpus/duckling-en, BSD,
# facebook/duckling: see its SOURCE and LICENSE): converts the Haskell corpora into cases
# (duckling_cases.py), runs them all through `newsrecon claims` in one batch and reports
# recall and precision per type, for news and conversational forms and for the two halves
# (tune / held-out). What counts as a hit is written at the top of score.py.
#   bench/values/run.sh [BUILD_DIR]            figures and README rows
#   bench/values/run.sh --check [BUILD_DIR]    the floors the test asserts; exit 77 (skip)
#                                              when ../shared is absent
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
check=0
if [ "${1:-}" = "--check" ]; then check=1; shift; fi
build=${1:-$root/build}
corpus=$root/../shared/corpus/duckling-en
if [ ! -f "$corpus/Numeral.hs" ]; then
  echo "values bench: SKIPPED, $corpus not found" >&2
  exit $([ $check = 1 ] && echo 77 || echo 0)
fi
scratch=$root/bench/.scratch/values
mkdir -p "$scratch"
python3 "$root/bench/values/duckling_cases.py" "$corpus" >"$scratch/cases.jsonl"
if [ $check = 1 ]; then
  # Floors: a little under what this tree measures, so a regression fails; the issue's
  # targets (0.95/0.97; dates 0.85) are reported by the bench, not asserted (dates: met on the
  # tune half, not on the held-out one).
  exec python3 "$root/bench/values/score.py" "$build/cli/newsrecon" "$scratch/cases.jsonl" \
    --floor money=0.95/0.97 --floor number=0.96/0.97 --floor ordinal=0.95/0.97 \
    --floor distance=0.93/0.96 --floor temperature=0.93/0.95 --floor duration=0.95/0.98 \
    --floor date=0.82/0.88 >/dev/null
fi
python3 "$root/bench/values/score.py" "$build/cli/newsrecon" "$scratch/cases.jsonl" --json "$scratch/score.json" | tee "$scratch/score.txt"
. "$root/bench/lib.sh"
bench_begin values
python3 - "$scratch/score.json" <<'PY' | while IFS=$'\t' read -r stage figure peer; do bench_row values "$stage" "$figure" "$peer"; done
import json, sys
rows = {(r["type"], r["form"], r["half"]): r for r in json.load(open(sys.argv[1]))["rows"]}
f = lambda x: "-" if x is None else "%.2f" % x
for t in ["money", "number", "ordinal", "duration", "distance", "temperature", "date", "time_of_day"]:
    news, tune, held = rows.get((t, "news", "all")), rows.get((t, "news", "tune")), rows.get((t, "news", "held-out"))
    conv = rows.get((t, "conversational", "all"))
    if not news:
        continue
    target = "target ≥ 0.85 recall" if t == "date" else ("target ≥ 0.95 recall, ≥ 0.97 precision" if t in ("money", "number", "duration", "distance") else "no target in the issue")
    fig = "news forms (%d): R %s P %s (tune R %s P %s, held-out R %s P %s)" % (
        news["n"], f(news["recall"]), f(news["precision"]), f(tune and tune["recall"]),
        f(tune and tune["precision"]), f(held and held["recall"]), f(held and held["precision"]))
    if conv:
        fig += "; conversational (%d): R %s" % (conv["n"], f(conv["recall"]))
    print("values: Duckling EN %s, `newsrecon claims`\t%s\t%s" % (t, fig, target))
PY
