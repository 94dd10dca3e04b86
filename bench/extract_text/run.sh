#!/usr/bin/env bash
# The text stage's benchmark, on the article-extraction pages in ../shared/bench:
#   - accuracy: the stage's article bodies scored by ../shared/bench/score-extraction,
#     beside the peer extractors' scores on the same pages; then per set (the 88 pages it
#     was tuned on, and the dev sets in ../shared/bench/article-extraction-more: wcxb-dev
#     in halves A and B, readability) its F1 beside Readability.js's and its complete
#     misses (F1 < 0.5 where Readability.js scores > 0.8), by score_sets.py;
#   - speed: MB of HTML per second on one core for the whole stage (ArticleFromHtml:
#     parse, main content, metadata, sentences), for Gumbo's bare parse of the same bytes,
#     and for Readability.js on jsdom (installed from npm into bench/.scratch, which git
#     ignores; the project never depends on it).
#
#   bench/extract_text/run.sh [--rounds N] [--readability-rounds N] [--no-readability]
#
# Prints a table; the raw outputs stay in bench/.scratch/. Skips, saying why, when the
# benchmark data is not beside the repository.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
shared=$(cd "$root/.." && pwd)/shared
data="$shared/bench/article-extraction"
more="$shared/bench/article-extraction-more"
scorer="$shared/bench/score-extraction"
rounds=5
readability_rounds=3
readability=1
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) rounds=$2; shift 2 ;;
    --readability-rounds) readability_rounds=$2; shift 2 ;;
    --no-readability) readability=0; shift ;;
    *) echo "usage: $0 [--rounds N] [--readability-rounds N] [--no-readability]" >&2; exit 2 ;;
  esac
done
if [ ! -d "$data/html" ] || [ ! -f "$scorer" ]; then
  echo "bench/extract_text: skipped: no benchmark data at $data (expected html/*.html.gz," \
       "ground-truth.json and ../score-extraction beside the repository)" >&2
  exit 0
fi

scratch="$root/bench/.scratch"
mkdir -p "$scratch"
build="$root/build"
echo "building bench_extract_text ..." >&2
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j2 --target bench_extract_text >/dev/null

echo "running the stage and Gumbo's bare parse ($rounds rounds) ..." >&2
"$build/bench/extract_text/bench_extract_text" --data "$data" --out "$scratch/pred.json" \
  --rounds "$rounds" >"$scratch/speed.txt"
python3 "$scorer" "$scratch/pred.json" --data "$data" >"$scratch/score.txt"
python3 "$scorer" "$scratch/pred.strict.json" --data "$data" >"$scratch/score.strict.txt"

# The dev sets the stage was not tuned on (wcxb-dev, readability), each beside Readability.js.
sets=("benchmark=$scratch/pred.json:$data")
for name in wcxb-dev readability; do
  dir="$more/$name"
  if [ ! -d "$dir/html" ]; then
    echo "bench/extract_text: $dir not found: $name not scored" >&2
    continue
  fi
  "$build/bench/extract_text/bench_extract_text" --data "$dir" --out "$scratch/pred.$name.json" \
    --rounds 0 >/dev/null
  sets+=("$name=$scratch/pred.$name.json:$dir")
done
python3 "$root/bench/extract_text/score_sets.py" --scorer "$scorer" --json "$scratch/sets.json" \
  "${sets[@]}" >"$scratch/sets.txt"

: >"$scratch/readability.txt"
if [ "$readability" = 1 ]; then
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    echo "bench/extract_text: node and npm not found: Readability.js not timed" >&2
  else
    peer="$scratch/readability"
    if [ ! -d "$peer/node_modules/jsdom" ] || [ ! -d "$peer/node_modules/@mozilla/readability" ]; then
      echo "installing jsdom and @mozilla/readability into $peer ..." >&2
      mkdir -p "$peer"
      (cd "$peer" && { [ -f package.json ] || npm init -y >/dev/null; } &&
        npm install --no-audit --no-fund --loglevel=error jsdom@26.1.0 @mozilla/readability@0.6.0 >/dev/null)
    fi
    echo "running Readability.js on jsdom ($readability_rounds rounds) ..." >&2
    NODE_PATH="$peer/node_modules" node "$root/bench/extract_text/readability_bench.js" \
      "$data" "$scratch/readability_pred.json" "$readability_rounds" >"$scratch/readability.txt"
  fi
fi

. "$root/bench/lib.sh"
bench_begin extract_text
python3 - "$scratch" "$bench_results/extract_text.jsonl" <<'PY'
import json, re, sys
from pathlib import Path
d = Path(sys.argv[1])
def kv(text):
    return dict(re.findall(r"(\w+)=([\d.]+)", text))
speed, peer = kv((d / "speed.txt").read_text()), kv((d / "readability.txt").read_text())
rows = re.findall(r"^(\S+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)$", (d / "score.txt").read_text(), re.M)
strict = re.search(r"^ours\s+([\d.]+)", (d / "score.strict.txt").read_text(), re.M).group(1)
print("accuracy (88 pages; F1, precision, recall of 4-token shingles, means over pages)")
for name, f, p, r in rows:
    print(f"  {'newsrecon' if name == 'ours' else name:<16} F1 {f}  P {p}  R {r}")
print(f"  newsrecon with its {speed['not_articles']} not-an-article page(s) scored as empty: F1 {strict}")
stage, parse = float(speed["stage_mbps"]), float(speed["gumbo_parse_mbps"])
print(f"speed (MB of HTML per second, one core; {speed['mb']} MB in {speed['pages']} pages)")
print(f"  newsrecon text stage     {stage:8.2f}")
print(f"  Gumbo bare parse         {parse:8.2f}   stage time / parse time = {parse / stage:.2f}")
print(f"  (the stage's prefilter and parse alone: {float(speed['prefilter_parse_mbps']):.2f})")
if "readability_mbps" in peer:
    rd = float(peer["readability_mbps"])
    print(f"  Readability.js (jsdom)   {rd:8.2f}   stage / Readability.js = {stage / rd:.1f}x")
print((d / "sets.txt").read_text(), end="")
# The README's rows (scripts/bench-table).
ours = next((f, p, r) for name, f, p, r in rows if name == "ours")
peers = ", ".join(f"{name} {f}" for name, f, p, r in sorted(rows, key=lambda x: -float(x[1]))
                  if name != "ours")
table = [
    ("text: article-body F1 on the 88 pages of `../shared/bench/article-extraction` (4-token shingles, means over pages; "
     "the set tuned on: all its keys fall in half A)",
     f"**{ours[0]}** (P {ours[1]}, R {ours[2]}); {strict} when the {speed['not_articles']} pages the stage "
     "calls not articles count as empty, as the pipeline stores them",
     f"target ≥ 0.98; {peers}"),
    ("text: whole stage (prefilter, parse, content, metadata, sentences), MB of HTML/s on one core",
     f"**{stage:.1f}** (the prefilter and parse alone: {float(speed['prefilter_parse_mbps']):.1f})",
     f"Gumbo's bare `gumbo_parse` of the same bytes: {parse:.1f} — the stage takes **{parse / stage:.2f}×** "
     "its time (limit 1.5×)"),
]
sets = json.loads((d / "sets.json").read_text())
def set_row(name, what, target=""):
    halves = sets[name]
    a = halves["all"]
    misses = len(a["misses"])
    figure = f"**{a['f1']:.3f}** (P {a['precision']:.3f}, R {a['recall']:.3f})"
    if "A" in halves:
        figure += f"; half A {halves['A']['f1']:.3f}, half B {halves['B']['f1']:.3f}"
    return (f"text: article-body F1 on {what}", figure,
            f"Readability.js {a['readability_js_f1']:.3f} (newsrecon **{a['f1'] - a['readability_js_f1']:+.3f}**{target}); "
            f"pages below F1 0.5 where Readability.js is above 0.8: **{misses}**")
if "wcxb-dev" in sets:
    table.append(set_row("wcxb-dev", "the 400 pages of `../shared/bench/article-extraction-more/wcxb-dev` "
                         "(WCXB, 2025–26), halves by key: A (0-7) tuned on, B (8-f) held out", "; target +0.04"))
if "readability" in sets:
    table.append(set_row("readability", "the 93 pages of `../shared/bench/article-extraction-more/readability` "
                         "(Readability.js's regression pages; its truth is Readability.js's output)"))
if "readability_mbps" in peer:
    table.append(("text: the same, beside Readability.js 0.6.0 on jsdom 26.1.0 (node, warm)", f"{stage:.1f}",
                  f"Readability.js: {rd:.1f} — the stage is **{stage / rd:.0f}×** faster (target ≥ 20×)"))
with open(sys.argv[2], "a") as out:
    for stage_, figure, peer_ in table:
        out.write(json.dumps({"stage": stage_, "figure": figure, "peer": peer_}, ensure_ascii=False) + "\n")
PY
