#!/usr/bin/env python3
"""Converts Duckling's English test corpora (../shared/corpus/duckling-en, BSD licence,
facebook/duckling; see that folder's SOURCE and LICENSE) into value cases, one JSON object
a line: {"file", "type", "text", "expect", "form", "half"}.

  type    money, number, ordinal, duration, distance, temperature, date, time_of_day,
          datetime, interval, quantity, volume (the last two we do not model)
  expect  what the mention must normalise to: {"amount", "high", "bound", "currency"} for
          money; {"amount"[, "high"]} in our units (metres, degrees Celsius, seconds) for
          the others; {"date"} (ISO 8601 at the value's grain) for dates; {"time": "HH:MM"}
          for times of day; null for negatives (type then names the corpus's kind)
  form    "news" or "conversational" (the rule is in Form below; decided before tuning)
  half    "tune" or "held-out": by a hash of the example's list (its expected value), so
          the spellings of one value all fall in one half and the held-out half has values
          (and their spellings) the tuning never saw
Usage: duckling_cases.py CORPUS_DIR > cases.jsonl
"""
import datetime
import hashlib
import json
import os
import re
import sys

REF = datetime.date(2013, 2, 12)  # testContext: 2013-02-12 04:30 UTC-2

MONEY = {"Dollar": "USD", "USD": "USD", "Cent": "USD", "EUR": "EUR", "Pound": "GBP",
         "GBP": "GBP", "INR": "INR", "CAD": "CAD", "CHF": "CHF", "CNY": "CNY", "KWD": "KWD",
         "LBP": "LBP", "EGP": "EGP", "QAR": "QAR", "SAR": "SAR", "BGN": "BGN", "MYR": "MYR",
         "ILS": "ILS", "Riyal": None, "Rial": None, "Dinar": None, "Unnamed": None,
         "MNT": "MNT", "UAH": "UAH", "AED": "AED", "JPY": "JPY", "KRW": "KRW", "RUB": "RUB"}
METRES = {"Kilometre": 1000, "Mile": 1609.344, "M": 1, "Metre": 1, "Centimetre": 0.01,
          "Millimetre": 0.001, "Inch": 0.0254, "Foot": 0.3048, "Yard": 0.9144}
SECONDS = {"Second": 1, "Minute": 60, "Hour": 3600, "Day": 86400, "Week": 604800,
           "Month": 2592000, "Quarter": 7862400, "Year": 31536000}


def hs_string(body):
    """Decodes a Haskell string literal's body."""
    out, i = [], 0
    while i < len(body):
        c = body[i]
        if c != "\\":
            out.append(c)
            i += 1
            continue
        n = body[i + 1]
        if n == "x":
            m = re.match(r"[0-9a-fA-F]+", body[i + 2:])
            out.append(chr(int(m.group(0), 16)))
            i += 2 + len(m.group(0))
        elif n == "&":
            i += 2
        elif n.isdigit():
            m = re.match(r"\d+", body[i + 1:])
            out.append(chr(int(m.group(0))))
            i += 1 + len(m.group(0))
        else:
            out.append({"n": "\n", "t": "\t"}.get(n, n))
            i += 2
    return "".join(out)


def strings(block):
    lines = [l for l in block.split("\n") if not l.strip().startswith("--")]
    return [hs_string(m) for m in re.findall(r'"((?:[^"\\]|\\.)*)"', "\n".join(lines))]


def sections(src):
    """Top-level definitions by name: 'corpus', 'negativeCorpus', 'latentCorpus', ..."""
    out, name, cur = {}, None, []
    for line in src.split("\n"):
        m = re.match(r"^([a-zA-Z][A-Za-z0-9_']*)\s*(::|=)", line)
        if m:
            if name:
                out[name] = out.get(name, "") + "\n".join(cur)
            name, cur = m.group(1), []
        cur.append(line)
    if name:
        out[name] = out.get(name, "") + "\n".join(cur)
    return out


def example_blocks(text):
    """(expression, [strings]) for each `examples (EXPR) [ ... ]`."""
    i = 0
    while True:
        i = text.find("examples", i)
        if i < 0:
            return
        j = text.find("(", i)
        depth, k = 0, j
        while k < len(text):
            depth += {"(": 1, ")": -1}.get(text[k], 0)
            if depth == 0:
                break
            k += 1
        expr = text[j + 1:k]
        a = text.find("[", k)
        depth, b, instr = 0, a, False
        while b < len(text):
            ch = text[b]
            if ch == '"' and text[b - 1] != "\\":
                instr = not instr
            elif not instr:
                depth += {"[": 1, "]": -1}.get(ch, 0)
                if depth == 0:
                    break
            b += 1
        yield expr, strings(text[a + 1:b])
        i = b


def num(s):
    return float(s.replace("(", "").replace(")", ""))


def expect_of(kind, expr):
    """(type, expect) for one Duckling expression, or None when not modelled."""
    e = expr.split()
    head = e[0]
    if kind == "AmountOfMoney":
        cur = e[1]
        scale = 0.01 if cur == "Cent" else 1
        code = MONEY.get(cur, cur)
        if head == "simple":
            return "money", {"amount": num(e[2]) * scale, "currency": code}
        if head == "between":
            lo, hi = re.findall(r"[-\d.e]+", expr.split(None, 2)[2])
            return "money", {"amount": float(lo) * scale, "high": float(hi) * scale,
                             "bound": "range", "currency": code}
        bound = {"under": "less_than", "above": "more_than"}[head]
        return "money", {"amount": num(e[2]) * scale, "currency": code, "bound": bound}
    if kind == "Numeral":
        return "number", {"amount": num(expr.split(None, 1)[1])}
    if kind == "Ordinal":
        return "ordinal", {"amount": num(e[1])}
    if kind == "Duration":
        return "duration", {"amount": num(e[1]) * SECONDS[e[2]]}
    if kind == "Distance":
        f = METRES[e[1]]
        if head == "between":
            lo, hi = re.findall(r"[-\d.e]+", expr.split(None, 2)[2])
            return "distance", {"amount": float(lo) * f, "high": float(hi) * f, "bound": "range"}
        bound = {"simple": "exact", "under": "less_than", "above": "more_than"}[head]
        return "distance", {"amount": num(e[2]) * f, "bound": bound}
    if kind == "Temperature":
        unit = e[1]
        conv = (lambda x: (x - 32) * 5 / 9) if unit == "Fahrenheit" else (lambda x: x)
        if head == "between":
            lo, hi = re.findall(r"[-\d.e]+", expr.split(None, 2)[2])
            return "temperature", {"amount": conv(float(lo)), "high": conv(float(hi)), "bound": "range"}
        bound = {"simple": "exact", "under": "less_than", "above": "more_than"}[head]
        return "temperature", {"amount": conv(num(e[2])), "bound": bound}
    if kind in ("Quantity", "Volume"):
        return kind.lower(), None
    if kind == "Time":
        return time_expect(expr)
    return None


def iso_grain(y, m, d, grain):
    day = datetime.date(y, m, d)
    if grain == "Day":
        return day.isoformat()
    if grain == "Month":
        return "%04d-%02d" % (y, m)
    if grain == "Year":
        return "%04d" % y
    if grain == "Week":
        iy, iw, _ = day.isocalendar()
        return "%04d-W%02d" % (iy, iw)
    if grain == "Quarter":
        return "%04d-%02d/%04d-%02d" % (y, m, y, m + 2)
    return None


def time_expect(expr):
    tuples = re.findall(r"\((\d+),\s*(\d+),\s*(\d+),\s*(\d+),\s*(\d+),\s*(\d+)\)", expr)
    grain = re.search(r"\b(Second|Minute|Hour|Day|Week|Month|Quarter|Year)\b", expr)
    grain = grain.group(1) if grain else "Day"
    if "Interval" in expr.split()[0] or len(tuples) != 1:
        return "interval", {"expr": expr.strip()}
    y, m, d, h, mi, _ = (int(x) for x in tuples[0])
    if grain in ("Hour", "Minute", "Second"):
        t = "%02d:%02d" % (h, mi)
        if datetime.date(y, m, d) == REF:
            return "time_of_day", {"time": t}
        return "datetime", {"date": datetime.date(y, m, d).isoformat(), "time": t}
    return "date", {"date": iso_grain(y, m, d, grain), "grain": grain}


CASUAL = re.compile(r"\b(bucks|ish|tonite|tmrw|tomorow|2nite|o'clock|oclock|lol|a couple|couple of|"
                    r"a pair|few|nil|naught|nought|sec|secs|mins?|hrs?|dozens?|lkhs?|lac|koti|kr|cr)\b"
                    r"|\b\d+\s?[ap]\b|\d+'|''|\"|\b(at|by) \d{1,2}\b|@", re.I)
# Abbreviated month and weekday names in lower case ("thu", "fri.", "aug 8"): chat, not print.
ABBREVIATED = re.compile(r"\b(jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|mon|tues?|wed|thu|thurs?|"
                         r"fri|sat|sun)\b")
PROPER = re.compile(r"\b(january|february|march|april|june|july|august|september|october|november|"
                    r"december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|christmas|"
                    r"thanksgiving|easter|halloween|new year|boxing day|valentine)\b")


def form(ctype, text):
    """News forms: what a news report prints. Conversational: lower-case proper names (months,
    weekdays, holidays), slang and chat abbreviations, bare clock numbers, times of day joined
    to dates, open or closed time intervals."""
    if ctype in ("datetime", "interval"):
        return "conversational"
    if CASUAL.search(text):
        return "conversational"
    if PROPER.search(text):  # the lower-case spelling of a name news capitalises
        return "conversational"
    if ctype in ("date", "time_of_day") and ABBREVIATED.search(text):
        return "conversational"
    if ctype == "time_of_day" and not re.search(r"[ap]\.?m\b|noon|midnight|\d:\d\d", text, re.I):
        return "conversational"
    return "news"


def half(key):
    """A stable half for a key: the first byte of its SHA-1, even or odd."""
    return "tune" if hashlib.sha1(key.encode("utf-8")).digest()[0] % 2 == 0 else "held-out"


def main():
    root = sys.argv[1]
    for name in sorted(os.listdir(root)):
        if not name.endswith(".hs") or name.startswith("Testing"):
            continue
        kind = name[:-3]
        secs = sections(open(os.path.join(root, name), encoding="utf-8").read())
        for sec_name, body in secs.items():
            if sec_name.startswith("negativeCorpus"):
                for text in strings(body.split("examples", 1)[-1]):
                    print(json.dumps({"file": name, "type": "negative:" + kind, "text": text,
                                      "expect": None, "form": "news", "half": half(text)}))
                continue
            if sec_name not in ("allExamples", "defaultCorpus"):
                continue  # latent and diff corpora need options we do not have
            for expr, texts in example_blocks(body):
                got = expect_of(kind, expr)
                if got is None:
                    continue
                ctype, expect = got
                for text in texts:
                    print(json.dumps({"file": name, "type": ctype, "text": text, "expect": expect,
                                      "form": form(ctype, text),
                                      "half": half(name + ":" + expr)}))


if __name__ == "__main__":
    main()
