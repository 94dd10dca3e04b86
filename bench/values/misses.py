#!/usr/bin/env python3
"""Lists the misses of one type from score.py's --json output, grouped by half and form:
each case's text, what was expected, what was found and whether it was a false answer.
Usage: misses.py SCORE.json TYPE [FORM [HALF]]   (run.sh writes bench/.scratch/values/score.json)
"""
import json
import sys


def main():
    if len(sys.argv) < 3:
        sys.exit("usage: misses.py SCORE.json TYPE [FORM [HALF]]")
    misses = json.load(open(sys.argv[1], encoding="utf-8"))["misses"]
    want = sys.argv[2:5]
    keys = ("type", "form", "half")
    rows = [m for m in misses if all(m.get(k) == w for k, w in zip(keys, want))]
    for m in sorted(rows, key=lambda m: (m["half"], m["form"], not m["false"], m["text"])):
        exp = m["expect"] and (m["expect"].get("date") or m["expect"].get("time") or m["expect"].get("amount"))
        got = "; ".join("%s %s" % (v["type"], v.get("date") or v.get("year") or v.get("time") or v.get("amount", ""))
                        for v in m["found"])
        print("%-8s %-14s %s %-40r want %-12s got %s" % (m["half"], m["form"], "FALSE" if m["false"] else "miss ",
                                                         m["text"], exp, got))
    print("%d misses" % len(rows), file=sys.stderr)


if __name__ == "__main__":
    main()
