#!/usr/bin/env python3
"""Snapshot of `newsrecon claims` JSON over the 88 benchmark bodies and the samples.

A speed change to the claims stage must leave its output byte-for-byte alone: run this
before and after and diff the two files.
  bench/claims/snapshot.py NEWSRECON_BINARY OUT_FILE
"""
import json
import os
import subprocess
import sys

root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
binary, out_path = sys.argv[1], sys.argv[2]
truth_path = os.path.join(root, "..", "shared", "bench", "article-extraction", "ground-truth.json")


def claims(args):
    run = subprocess.run([binary, "claims", *args, "--published", "2026-03-04", "--format", "json"],
                         capture_output=True, text=True)
    return "exit %d\n%s%s" % (run.returncode, run.stdout, run.stderr)


with open(out_path, "w") as out:
    if os.path.exists(truth_path):
        with open(truth_path) as f:
            truth = json.load(f)
        for key in sorted(truth):
            out.write("== body %s\n" % key)
            out.write(claims(["--text", truth[key].get("articleBody", "")]))
    else:
        print("snapshot: %s absent, bodies skipped" % truth_path, file=sys.stderr)
    for folder in ("samples/text", "samples/pages", "../shared/corpus/seeds"):
        if not os.path.isdir(os.path.join(root, folder)):
            continue
        for name in sorted(os.listdir(os.path.join(root, folder))):
            out.write("== file %s/%s\n" % (folder, name))
            out.write(claims(["--file", os.path.join(root, folder, name)]))
