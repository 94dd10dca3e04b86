#!/usr/bin/env python3
"""The busiest host of bench/workers/site.py's log: prints "GAP_MS PER_S AT_ONCE", the
shortest gap between the starts of two requests to one host, the most requests to one
host starting within any one second, and the most requests one host was answering at once.
  busiest.py LOG"""
import collections
import sys

starts = collections.defaultdict(list)
spans = collections.defaultdict(list)
with open(sys.argv[1]) as log:
    for line in log:
        port, start, end, _ = line.split(" ", 3)
        starts[port].append(float(start))
        spans[port].append((float(start), float(end)))
gap, per_s, at_once = None, 0, 0
for port, times in starts.items():
    times.sort()
    for i in range(1, len(times)):
        g = times[i] - times[i - 1]
        gap = g if gap is None else min(gap, g)
    first = 0
    for i, t in enumerate(times):
        while times[first] <= t - 1.0:
            first += 1
        per_s = max(per_s, i - first + 1)
    # An end at the same instant as a start is counted first: the two did not overlap.
    events = sorted([(e, -1) for _, e in spans[port]] + [(s, 1) for s, _ in spans[port]])
    current = 0
    for _, change in events:
        current += change
        at_once = max(at_once, current)
print(f"{(gap or 0) * 1000:.0f} {per_s} {at_once}")
