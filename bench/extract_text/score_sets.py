#!/usr/bin/env python3
"""Per-set figures for the text stage: newsrecon's F1 beside Readability.js's on the same pages.

Usage:
  score_sets.py --scorer ../shared/bench/score-extraction NAME=PRED.json:DATA_DIR ... [--json OUT]

For each set, scored with the shared scorer's own functions (4-token shingles, means over
pages): newsrecon's F1, P and R; Readability.js's F1 from DATA_DIR/peer-outputs.json
("readability_js"); and the pages where newsrecon is below F1 0.5 while Readability.js is
above 0.8 (complete misses). A set is also scored in halves by the first hex digit of the
page key (0-7: half A, 8-f: half B), the split used to tune on one half and check on the
other. Prints one line per set and half; --json writes the same figures for the bench table.
"""
import argparse
import importlib.machinery
import importlib.util
import json
import sys
from pathlib import Path


def load_scorer(path):
    loader = importlib.machinery.SourceFileLoader("score_extraction", str(path))
    spec = importlib.util.spec_from_loader("score_extraction", loader)
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


def page_f1(scorer, truth, pred):
    tp, fp, fn = scorer.page_counts(truth, pred)
    if fp == fn == 0:
        return 1.0
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def figures(scorer, truth, ours, peer, keys):
    subset = {k: truth[k] for k in keys}
    (f, p, r), _ = scorer.score(subset, ours)
    (pf, _, _), _ = scorer.score(subset, peer)
    misses = []
    for k in keys:
        body = truth[k].get("articleBody", "")
        mine = page_f1(scorer, body, (ours.get(k) or {}).get("articleBody", ""))
        theirs = page_f1(scorer, body, (peer.get(k) or {}).get("articleBody", ""))
        if mine < 0.5 and theirs > 0.8:
            misses.append({"page": k[:16], "f1": round(mine, 3), "readability_js": round(theirs, 3)})
    return {"pages": len(keys), "f1": round(f, 4), "precision": round(p, 4), "recall": round(r, 4),
            "readability_js_f1": round(pf, 4), "misses": misses}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--scorer", required=True)
    ap.add_argument("--json")
    ap.add_argument("sets", nargs="+", help="NAME=PRED.json:DATA_DIR")
    a = ap.parse_args()
    scorer = load_scorer(a.scorer)
    out = {}
    for spec in a.sets:
        name, _, rest = spec.partition("=")
        pred_path, _, data = rest.partition(":")
        data = Path(data)
        truth = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
        peers = json.loads((data / "peer-outputs.json").read_text(encoding="utf-8"))
        peer = peers.get("readability_js", {})
        ours = json.loads(Path(pred_path).read_text(encoding="utf-8"))
        keys = sorted(truth)
        halves = {"all": keys,
                  "A": [k for k in keys if k[0] in "01234567"],
                  "B": [k for k in keys if k[0] not in "01234567"]}
        if not halves["A"] or not halves["B"]:  # a set that is one half already
            halves = {"all": keys}
        out[name] = {}
        for half, ks in halves.items():
            if not ks:
                continue
            fig = figures(scorer, truth, ours, peer, ks)
            out[name][half] = fig
            print(f"{name:<12} {half:<3} pages {fig['pages']:>3}  newsrecon F1 {fig['f1']:.3f} "
                  f"(P {fig['precision']:.3f}, R {fig['recall']:.3f})  Readability.js F1 "
                  f"{fig['readability_js_f1']:.3f}  complete misses {len(fig['misses'])}"
                  + "".join(f"\n    miss {m['page']} F1 {m['f1']} (Readability.js {m['readability_js']})"
                            for m in fig["misses"]))
    if a.json:
        Path(a.json).write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
