#!/usr/bin/env python3
"""Republication benchmark generator: copies and shorter rewrites of real article bodies.

Reads the ground-truth bodies of ../shared/bench/article-extraction (Scrapinghub's
article-extraction benchmark, MIT licence: see its SOURCE and LICENSE) and writes, with a
fixed seed, for every body that states at least one figure:
  original/<key>.txt  the body as published (outlet "Wire")
  copy/<key>.txt      the whole body republished (outlet "Herald")
  rewrite/<key>.txt   a shorter rewrite (outlet "Courier"): about 60% of the sentences,
                      always those with a changed figure
In copies and rewrites 1-2 figures are changed (a different amount, or the direction of
change flipped: "rose 5%" -> "fell 5%") and every other figure is written in an
equivalent form ($4.2 billion = $4,200 million = US$4.2bn, 20% = 20 percent, dates in
another order). truth.json lists each change: key, kind (copy/rewrite), the original and
the changed figure as written, and the split (tune: keys 0-3..., heldout: keys 4-7...).

  make_republication.py GROUND_TRUTH.json OUT_DIR [--seed N]
"""
import json
import os
import random
import re
import sys

MONTHS = ("January February March April May June July August September October "
          "November December").split()
MONEY = re.compile(r"(?<![\w$])(US)?\$\s?(\d{1,3}(?:,\d{3})*(?:\.\d+)?|\d+(?:\.\d+)?)"
                   r"(?:\s?(billion|million|bn|m)\b)?")
PERCENT = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)\s?(%|percent\b|per cent\b)")
DATE = re.compile(r"\b(" + "|".join(MONTHS) + r") (\d{1,2}), (\d{4})\b")
COUNT = re.compile(r"(?<![\w$.,])(\d{1,3}(?:,\d{3})+|\d{2,})\s(people|employees|workers|jobs|"
                   r"users|customers|stores|companies|homes|cases|patients|deaths|members|"
                   r"students|games|players|vehicles|cars|units|shares|sites|years)\b")
DIRECTION = re.compile(r"\b(rose|fell|increased|decreased|gained|lost|jumped|dropped|climbed|"
                       r"declined|grew|shrank|up|down)\b(\s(?:by\s)?)$")
FLIP = {"rose": "fell", "fell": "rose", "increased": "decreased", "decreased": "increased",
        "gained": "lost", "lost": "gained", "jumped": "dropped", "dropped": "jumped",
        "climbed": "declined", "declined": "climbed", "grew": "shrank", "shrank": "grew",
        "up": "down", "down": "up"}


def num(text):
    return float(text.replace(",", ""))


def fmt(x):
    s = f"{x:,.2f}".rstrip("0").rstrip(".")
    return s


def money_equivalent(m, rng):
    amount, scale = num(m.group(2)), (m.group(3) or "").lower()
    if scale in ("billion", "bn"):
        forms = [f"${fmt(amount * 1000)} million", f"US${fmt(amount)}bn", f"${fmt(amount)}bn"]
    elif scale in ("million", "m"):
        forms = [f"US${fmt(amount)} million", f"${fmt(amount)}m", f"${fmt(amount)}mn"]
    else:
        return None
    return rng.choice(forms)


def money_changed(m, rng):
    amount = num(m.group(2))
    factor = rng.choice([0.6, 0.75, 1.4, 1.6, 2.5])
    new = round(amount * factor, 1 if amount < 100 else 0)
    if new == amount:
        new = amount + 1
    return f"{m.group(1) or ''}${fmt(new)}" + (f" {m.group(3)}" if m.group(3) else "")


def percent_equivalent(m, rng):
    return m.group(1) + (" percent" if m.group(2) == "%" else "%")


def percent_changed(m, rng):
    x = num(m.group(1))
    new = x + rng.choice([3, 5, 7, 12]) if x < 50 else x - rng.choice([5, 9, 15])
    return fmt(new) + m.group(0)[len(m.group(1)):]


def date_equivalent(m, rng):
    return f"{int(m.group(2))} {m.group(1)} {m.group(3)}"


def date_changed(m, rng):
    day = int(m.group(2))
    new = day + rng.choice([2, 3, 5]) if day < 20 else day - rng.choice([2, 3, 6])
    return f"{m.group(1)} {new}, {m.group(3)}"


def count_equivalent(m, rng):
    return None  # written as is: other outlets rarely respell a count


def count_changed(m, rng):
    x = int(num(m.group(1)))
    new = x + max(1, x // rng.choice([3, 4, 5]))
    return f"{new:,} {m.group(2)}" if "," in m.group(1) else f"{new} {m.group(2)}"


KINDS = [("money", MONEY, money_equivalent, money_changed),
         ("percent", PERCENT, percent_equivalent, percent_changed),
         ("date", DATE, date_equivalent, date_changed),
         ("count", COUNT, count_equivalent, count_changed)]


def figures(body):
    out = []
    for kind, regex, eq, ch in KINDS:
        for m in regex.finditer(body):
            if any(m.start() < f[1].end() and f[1].start() < m.end() for f in out):
                continue
            out.append((kind, m, eq, ch))
    out.sort(key=lambda f: f[1].start())
    return out


def sentences(body):
    spans, start = [], 0
    for m in re.finditer(r"(?<=[.!?])[\"”’]?\s+(?=[A-Z“\"(])|\n\n", body):
        spans.append((start, m.start() + (1 if body[m.start()] in "\"”’" else 0)))
        start = m.end()
    spans.append((start, len(body)))
    return [(a, b) for a, b in spans if body[a:b].strip()]


def edit(body, rng):
    """The copy's text and its changes: 1-2 figures changed, the rest equivalent."""
    figs = figures(body)
    if not figs:
        return None, []
    n = min(len(figs), rng.choice([1, 2]))
    chosen = set(rng.sample(range(len(figs)), n))
    # A figure after a verb of change is flipped instead, when the draw says so.
    turns = [i for i, f in enumerate(figs)
             if f[0] == "percent" and DIRECTION.search(body[max(0, f[1].start() - 20):f[1].start()])]
    if turns and rng.random() < 0.5:
        chosen = set(list(chosen)[:n - 1]) | {rng.choice(turns)}
    pieces, changes, at = [], [], 0
    for i, (kind, m, eq, ch) in enumerate(figs):
        pieces.append(body[at:m.start()])
        at = m.end()
        if i in chosen:
            before = body[max(0, m.start() - 20):m.start()]
            d = DIRECTION.search(before)
            if kind == "percent" and d:
                # The direction flipped: the word before the figure, the figure unchanged.
                word_start = m.start() - 20 + d.start(1) if m.start() >= 20 else d.start(1)
                prefix_cut = len(pieces[-1]) - (m.start() - word_start)
                pieces[-1] = pieces[-1][:prefix_cut] + FLIP[d.group(1)] + d.group(2)
                new = m.group(0)
                changes.append({"kind": "direction", "original": d.group(1) + d.group(2) + m.group(0),
                                "changed": FLIP[d.group(1)] + d.group(2) + new,
                                "original_figure": m.group(0), "changed_figure": new, "at": m.start()})
            else:
                new = ch(m, rng)
                changes.append({"kind": kind, "original": m.group(0), "changed": new,
                                "original_figure": m.group(0), "changed_figure": new, "at": m.start()})
            pieces.append(new)
        else:
            new = eq(m, rng)
            pieces.append(new if new else m.group(0))
    pieces.append(body[at:])
    return "".join(pieces), changes


def shorter(original, copy, changes, rng):
    """About 60% of the copy's sentences, always those holding a change."""
    keep_words = [c["changed"] for c in changes]
    out = []
    for a, b in sentences(copy):
        s = copy[a:b]
        if any(w in s for w in keep_words) or rng.random() < 0.6:
            out.append(s.strip())
    return "\n\n".join(out)


def main(argv):
    if len(argv) < 3:
        print(__doc__.strip().splitlines()[-1].strip(), file=sys.stderr)
        return 2
    seed = int(argv[argv.index("--seed") + 1]) if "--seed" in argv else 13
    truth_in, out_dir = argv[1], argv[2]
    bodies = json.load(open(truth_in, encoding="utf-8"))
    rng = random.Random(seed)
    truth = []
    for sub in ("original", "copy", "rewrite"):
        os.makedirs(os.path.join(out_dir, sub), exist_ok=True)
    for key in sorted(bodies):
        body = bodies[key]["articleBody"]
        copy, changes = edit(body, rng)
        if not changes:
            continue
        rewrite = shorter(body, copy, changes, rng)
        split = "tune" if key[0] in "0123" else "heldout"
        # A headline line, as a page's title would be: the body's first words.
        title = " ".join(re.sub(r"[^\w\s'’-]", " ", body).split()[:9]).strip()
        for sub, text in (("original", body), ("copy", copy), ("rewrite", rewrite)):
            with open(os.path.join(out_dir, sub, key[:16] + ".txt"), "w", encoding="utf-8") as f:
                f.write(title + "\n\n" + text + "\n")
        for c in changes:
            truth.append(dict(c, key=key[:16], split=split))
    with open(os.path.join(out_dir, "truth.json"), "w", encoding="utf-8") as f:
        json.dump({"seed": seed, "changes": truth}, f, indent=1, ensure_ascii=False)
    print(f"{len(truth)} changes in {len({t['key'] for t in truth})} bodies", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
