#!/usr/bin/env python3
"""Scores `newsrecon claims` on value cases (from duckling_cases.py).

What counts as a hit: the case's text, alone in its paragraph, yields a mention of the
expected type that covers the whole text (leading "the/on/at/in/a/an/for" and trailing
punctuation may stay outside) with the expected normalised value:
  money: amount (relative error <= 1e-3), the currency when the corpus names one, and the
         bound (range ends; "less_than"/"more_than", each also answered by the non-strict
         "up_to"/"at_least", see OPEN_BOUNDS; exact also accepts "about");
  number, ordinal, distance (metres), temperature (degrees Celsius), duration (seconds,
         our days x 86400): amount (and high for ranges), bound as for money;
  date: the ISO date at the example's grain (a "year" mention counts for a Year grain);
  time_of_day: "HH:MM"; datetime: one date and one time_of_day mention covering the text.
Intervals, quantities and volumes are not modelled: they count as misses.
Precision of a type: hits / cases that yield any mention of that type, over the type's own
cases and its corpus's negative examples (a negative that yields one is a false answer).
For dates a mention counts as an answer only when it is a hit or says something false: its
days do not contain the expected ones. A coarser mention that holds them ("2018" inside
"Eid al-Fitr 2018", "next month" inside "the 20th of next month", the ISO week of "three
weeks ago" where Duckling names the day) is a miss, not a false answer.
Usage: score.py NEWSRECON CASES.jsonl [--json OUT] [--floor TYPE=RECALL/PRECISION ...]
  --floor: exit 1 unless the type's news forms (both halves) reach both figures.
"""
import datetime
import json
import os
import subprocess
import sys
import tempfile

FILLER = {"the", "on", "at", "in", "a", "an", "for", "of"}
NEGATIVE_TYPES = {"negative:AmountOfMoney": ["money"], "negative:Duration": ["duration"],
                  "negative:Time": ["date", "year", "time_of_day"]}


def run(newsrecon, cases):
    text, offsets = "", []
    for c in cases:
        start = len(text)
        text += c["text"]
        offsets.append((start, len(text)))
        text += "\n\n\u2022\n\n"  # a bullet line: no value pattern reaches across it
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
        f.write(text)
        path = f.name
    try:
        out = subprocess.run([newsrecon, "claims", "--file", path, "--published", "2013-02-12"],
                             check=True, capture_output=True, text=True).stdout
    finally:
        os.unlink(path)
    values = json.loads(out)["values"]
    per = [[] for _ in cases]
    starts = [o[0] for o in offsets]
    import bisect
    for v in values:
        i = bisect.bisect_right(starts, v["start"]) - 1
        if i >= 0:
            per[i].append(v)
    return per, offsets


def covers(text, spans):
    """Whether spans (relative) cover text but for filler words and punctuation."""
    covered = [False] * len(text)
    for a, b in spans:
        for k in range(max(a, 0), min(b, len(text))):
            covered[k] = True
    rest = "".join(" " if covered[k] else ch for k, ch in enumerate(text))
    words = [w.strip(".,;:!?()'\"").lower() for w in rest.split()]
    return all(w == "" or w in FILLER for w in words)


# Duckling writes an open bound as an interval with one end ("to" or "from") and does not
# say whether the end is included: "at most" and "under" are both "to". An upper bound of
# ours (less_than or up_to) answers its "to", a lower one (more_than or at_least) its "from".
OPEN_BOUNDS = {"less_than": ("less_than", "up_to"), "more_than": ("more_than", "at_least")}


def close(a, b):
    return abs(a - b) <= 1e-3 * max(1.0, abs(b))


def number_of(v):
    for k in ("amount", "number", "percent", "count"):
        if k in v:
            return v[k]
    if "duration_days" in v:
        return v["duration_days"] * 86400
    return None


def value_ok(ctype, v, e):
    if ctype in ("date",):
        if v["type"] == "year":
            return e["grain"] == "Year" and str(v["year"]) == e["date"]
        return v["type"] == "date" and v.get("date") == e["date"]
    if ctype == "time_of_day":
        return v["type"] == "time_of_day" and v.get("time") == e["time"]
    if v["type"] != ctype:
        return False
    n = number_of(v)
    if n is None or not close(n, e["amount"]):
        return False
    bound = e.get("bound", "exact")
    if bound == "range":
        high = v.get("high")
        if ctype == "duration" and high is not None:
            high *= 86400
        return v["bound"] == "range" and high is not None and close(high, e["high"])
    if bound == "exact":
        if v["bound"] not in ("exact", "about"):
            return False
    elif v["bound"] not in OPEN_BOUNDS.get(bound, (bound,)):
        return False
    if ctype == "money" and e.get("currency") and v.get("currency") != e["currency"]:
        return False
    return True


def judge(case, found, start):
    ctype, e, text = case["type"], case["expect"], case["text"]
    rel = [(v, v["start"] - start, v["end"] - start) for v in found]
    if ctype == "datetime":
        d = [r for r in rel if r[0]["type"] == "date" and r[0].get("date") == e["date"]]
        t = [r for r in rel if r[0]["type"] == "time_of_day" and r[0].get("time") == e["time"]]
        return bool(d and t and covers(text, [(d[0][1], d[0][2]), (t[0][1], t[0][2])]))
    if e is None or ctype in ("interval", "quantity", "volume"):
        return False
    return any(value_ok(ctype, v, e) and covers(text, [(a, b)]) for v, a, b in rel)


def days(iso):
    """The first and last day an ISO date, month, year, week or month interval covers."""
    d = datetime.date
    if "/" in iso:
        a, b = iso.split("/")
        return days(a)[0], days(b)[1]
    if "-W" in iso:
        y, w = iso.split("-W")
        first = d.fromisocalendar(int(y), int(w), 1)
        return first, first + datetime.timedelta(days=6)
    parts = [int(x) for x in iso.split("-")]
    if len(parts) == 3:
        return d(*parts), d(*parts)
    if len(parts) == 2:
        nxt = d(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return d(parts[0], parts[1], 1), nxt - datetime.timedelta(days=1)
    return d(parts[0], 1, 1), d(parts[0], 12, 31)


def false_date(v, e):
    """Whether a date or year mention states days that do not hold the expected ones."""
    got = str(v["year"]) if v["type"] == "year" else v.get("date")
    if not got:
        return False  # typed but unresolved: says nothing false
    try:
        (a, b), (x, y) = days(got), days(e["date"])
    except ValueError:
        return True
    return not (a <= x and y <= b)


def answered(ctype, found, case=None):
    if ctype == "date" and case is not None and case["expect"] is not None:
        return any(v["type"] in ("date", "year") and false_date(v, case["expect"]) for v in found)
    kinds = {"date": ("date", "year"), "datetime": ("date", "time_of_day")}.get(ctype, (ctype,))
    return any(v["type"] in kinds for v in found)


def main():
    newsrecon, path = sys.argv[1], sys.argv[2]
    cases = [json.loads(l) for l in open(path, encoding="utf-8")]
    per, offsets = run(newsrecon, cases)
    table = {}
    misses = []
    for case, found, (start, _) in zip(cases, per, offsets):
        types = NEGATIVE_TYPES.get(case["type"], [case["type"]])
        for t in types:
            for key in ((t, case["form"], case["half"]), (t, "all", "all"), (t, case["form"], "all")):
                row = table.setdefault(key, {"n": 0, "hits": 0, "answers": 0, "correct": 0})
                neg = case["expect"] is None and case["type"].startswith("negative")
                hit = False if neg else judge(case, found, start)
                if not neg:
                    row["n"] += 1
                    row["hits"] += hit
                if hit or answered(t, found, case):
                    row["answers"] += 1
                    row["correct"] += hit
            if not hit and not case["type"].startswith("negative"):
                misses.append({"type": t, "text": case["text"], "form": case["form"], "half": case["half"],
                               "expect": case["expect"], "false": answered(t, found, case), "found": [
                    {k: v[k] for k in v if k not in ("start", "end")} for v in found]})
    rows = []
    for (t, form, half), r in sorted(table.items()):
        recall = r["hits"] / r["n"] if r["n"] else None
        precision = r["correct"] / r["answers"] if r["answers"] else None
        rows.append({"type": t, "form": form, "half": half, "n": r["n"], "recall": recall,
                     "precision": precision})
        fmt = lambda x: "  -  " if x is None else "%.3f" % x
        print("%-12s %-15s %-9s n=%4d recall %s precision %s" % (t, form, half, r["n"], fmt(recall), fmt(precision)))
    failed = []
    for i, arg in enumerate(sys.argv):
        if arg != "--floor":
            continue
        t, figures = sys.argv[i + 1].split("=")
        want_r, want_p = (float(x) for x in figures.split("/"))
        r = table.get((t, "news", "all"), {"n": 0, "hits": 0, "answers": 0, "correct": 0})
        recall = r["hits"] / r["n"] if r["n"] else 0
        precision = r["correct"] / r["answers"] if r["answers"] else 1
        if recall < want_r or precision < want_p:
            failed.append("%s: recall %.3f (floor %.2f), precision %.3f (floor %.2f)" % (t, recall, want_r, precision, want_p))
    for f in failed:
        print("BELOW FLOOR " + f, file=sys.stderr)
    if "--json" in sys.argv:
        with open(sys.argv[sys.argv.index("--json") + 1], "w") as f:
            json.dump({"rows": rows, "misses": misses}, f, indent=1)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
