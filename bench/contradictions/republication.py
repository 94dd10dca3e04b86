#!/usr/bin/env python3
"""Republication benchmark: generates copies and shorter rewrites of the article bodies of
../shared/bench/article-extraction (make_republication.py, fixed seed), ingests each kind
beside the originals into its own database, reconciles, and scores the flags.

A planted change is found when a flag has the original article on one side and the copy
(or rewrite) on another, with the original figure in the first side's quote and the
changed one in the second's. Precision: flags that find a planted change / all flags
between two sources (an unrelated body flagged counts against it). Per kind (copy,
rewrite) and split (tune: keys 0-3..., heldout: keys 4-7...).

  republication.py NEWSRECON [--shared DIR] [--work DIR] [--seed N] [--verbose] [--json OUT]
"""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def arg(argv, name, default):
    return argv[argv.index(name) + 1] if name in argv else default


def run(cmd):
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode not in (0, 3):
        raise SystemExit(f"republication: {' '.join(cmd[:3])}: {r.stderr.strip()}")
    return r.stdout


def build_db(newsrecon, work, kind, keys, gen):
    db = os.path.join(work, f"{kind}.db")
    if os.path.exists(db):
        os.remove(db)
    outlets = {"original": "Wire", "copy": "Herald", "rewrite": "Courier"}
    for sub in ("original", kind):
        for key in keys:
            path = os.path.join(gen, sub, key + ".txt")
            run([newsrecon, "ingest", path, "--source", outlets[sub], "--db", db, "--quiet",
                 "--url", f"https://{outlets[sub].lower()}.invalid/{key}", "--published", "2026-03-02"])
    run([newsrecon, "reconcile", "--db", db, "--quiet"])
    items = json.loads(run([newsrecon, "report", "contradictions", "--format", "json", "--db", db]))
    return [i for i in items if not i.get("within_article")]


def side_of(item, outlet_host, key, figure):
    url = f"https://{outlet_host}.invalid/{key}"
    for n, side in enumerate(item["sides"]):
        for e in side["evidence"]:
            if e["url"] == url and figure.lower() in e["quote"].lower():
                return n
    return None


def main(argv):
    if len(argv) < 2:
        print(__doc__.strip().splitlines()[-1].strip(), file=sys.stderr)
        return 2
    root = os.path.dirname(os.path.dirname(HERE))
    newsrecon = argv[1]
    shared = arg(argv, "--shared", os.path.join(root, "..", "shared"))
    work = arg(argv, "--work", os.path.join(root, "bench/.scratch/republication"))
    gen = os.path.join(work, "generated")
    os.makedirs(work, exist_ok=True)
    subprocess.run([sys.executable, os.path.join(HERE, "make_republication.py"),
                    os.path.join(shared, "bench/article-extraction/ground-truth.json"), gen,
                    "--seed", arg(argv, "--seed", "13")], check=True, capture_output=True)
    changes = json.load(open(os.path.join(gen, "truth.json")))["changes"]
    keys = sorted(f[:-4] for f in os.listdir(os.path.join(gen, "original")))
    split_of = {c["key"]: c["split"] for c in changes}
    result, verbose = {}, "--verbose" in argv
    for kind, host in (("copy", "herald"), ("rewrite", "courier")):
        items = build_db(newsrecon, work, kind, keys, gen)
        for split in ("tune", "heldout"):
            mine = [c for c in changes if c["split"] == split]
            found, good = 0, set()
            for c in mine:
                hit = False
                for n, item in enumerate(items):
                    a = side_of(item, "wire", c["key"], c["original_figure"])
                    b = side_of(item, host, c["key"], c["changed_figure"])
                    if a is not None and b is not None and a != b:
                        hit = True
                        good.add(n)
                found += hit
                if verbose and not hit:
                    print(f"  {kind} missed {c['key']}: {c['original']} -> {c['changed']}")
            def split_item(item):
                urls = [e["url"] for s in item["sides"] for e in s["evidence"]]
                return split_of.get(urls[0].rsplit("/", 1)[-1], "tune" if urls[0].rsplit("/", 1)[-1][0] in "0123" else "heldout")
            flagged = [n for n, i in enumerate(items) if split_item(i) == split]
            tp = len([n for n in flagged if n in good])
            if verbose:
                for n in flagged:
                    if n not in good:
                        i = items[n]
                        print(f"  {kind} false alarm: {i['kind']} {i['topic']}: "
                              + " | ".join(s['value'] for s in i['sides']))
            p = round(tp / len(flagged), 3) if flagged else 1.0
            r = round(found / len(mine), 3) if mine else 1.0
            result[f"{kind}/{split}"] = dict(precision=p, recall=r, flags=len(flagged), tp=tp,
                                             found=found, changes=len(mine))
            print(f"{kind} {split}: precision {p} ({tp}/{len(flagged)}), recall {r} ({found}/{len(mine)})")
    if "--json" in argv:
        json.dump(result, open(arg(argv, "--json", ""), "w"), indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
