#!/usr/bin/env python3
"""Same-event benchmark: the hand labels of data/same_event_labels.json against what
newsrecon flags on the real clusters of ../shared/corpus/same-event (ECB+, CC BY 3.0,
Cybulska & Vossen 2014; FA-KES, CC BY 4.0, Abu Salem et al. 2019).

Every labelled cluster is ingested into its own database as the pipeline would: one
`newsrecon ingest FILE --source OUTLET --url URL [--published DATE]` per article (an ECB+
topic's two halves together, so a flag joining them is counted), then `newsrecon
reconcile` and `report contradictions --format json`.

A flag matches a label when the label's two articles stand on two different sides of it,
each side's quote holding the label's figure as written. Per split (tune, heldout, all):
  recall    = conflict and developing labels matched / all of them
  precision = flags matching a conflict or developing label /
              (those + flags matching an agree, different_event or different_fact label
               + flags joining the two halves of an ECB+ topic)
  unjudged  = flags that match no label (listed with --verbose; not in precision)
Splits: tune (looked at while changing the code), heldout (checked at the end of a change),
fresh (labelled later from the texts alone, before the code was measured on them), flags
(flags that matched no label, judged afterwards by reading both articles: they count for
precision only, as a label made from a flag is found by construction).
  cross_topic = flags joining the two halves of an ECB+ topic (must be 0)

  same_event.py NEWSRECON [--shared DIR] [--labels FILE] [--work DIR] [--verbose] [--json OUT]
"""
import json
import os
import shutil
import subprocess
import sys


def arg(argv, name, default):
    return argv[argv.index(name) + 1] if name in argv else default


def ingest(newsrecon, db, path, source, url, published):
    cmd = [newsrecon, "ingest", path, "--source", source, "--url", url, "--db", db, "--quiet"]
    if published:
        cmd += ["--published", published]
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode not in (0, 3):
        raise SystemExit(f"same_event: {path}: ingest failed: {r.stderr.strip()}")


def ecb_docs(shared, topic):
    for half in ("ecb", "ecbplus"):
        d = os.path.join(shared, "corpus/same-event/ecbplus", f"{topic}_{half}")
        meta = json.load(open(os.path.join(d, "meta.json")))
        for doc in meta["docs"]:
            rel = f"{topic}_{half}/{doc['file']}"
            url = doc.get("url") or f"https://ecbplus.invalid/{rel}"
            outlet = doc.get("outlet") or f"ecb-{doc['doc_id']}"  # the _ecb half's outlets are unknown
            yield os.path.join(d, doc["file"]), rel, outlet, url, None


def fakes_docs(shared, cluster):
    d = os.path.join(shared, "corpus/same-event/fa-kes", cluster)
    meta = json.load(open(os.path.join(d, "meta.json")))
    for doc in meta["docs"]:
        url = f"https://fa-kes.invalid/{cluster}/{doc['file']}"
        yield os.path.join(d, doc["file"]), doc["file"], doc["outlet"], url, meta["date"]


def flags_of(newsrecon, shared, corpus, cluster, work):
    db = os.path.join(work, f"{corpus}-{cluster}.db")
    if os.path.exists(db):
        os.remove(db)
    docs = ecb_docs(shared, cluster) if corpus == "ecbplus" else fakes_docs(shared, cluster)
    by_url = {}
    for path, rel, outlet, url, published in docs:
        ingest(newsrecon, db, path, outlet, url, published)
        by_url[url] = rel
    subprocess.run([newsrecon, "reconcile", "--db", db, "--quiet"], check=True, capture_output=True)
    out = subprocess.run([newsrecon, "report", "contradictions", "--format", "json", "--db", db],
                         check=True, capture_output=True, text=True).stdout
    # Revisions (an outlet changing its own figure) are not contradictions between outlets.
    items = [i for i in json.loads(out)
             if not i.get("within_article") and i.get("kind") != "revision"]
    for item in items:
        for side in item["sides"]:
            side["files"] = [(by_url.get(e["url"], e["url"]), e["quote"]) for e in side["evidence"]]
    return items


def side_has(side, file, figure):
    return any(f == file and figure.lower() in q.lower() for f, q in side["files"])


def matches(item, label):
    a, b = label["a"], label["b"]
    sides = item["sides"]
    for i, s in enumerate(sides):
        for j, t in enumerate(sides):
            if i != j and side_has(s, a["file"], a["figure"]) and side_has(t, b["file"], b["figure"]):
                return True
    return False


def cross_topic(item):
    halves = [{f.split("/")[0].split("_")[-1] for f, _ in s["files"] if "/" in f} for s in item["sides"]]
    return any(x and y and x != y and len(x) == 1 and len(y) == 1 for x in halves for y in halves)


def main(argv):
    if len(argv) < 2:
        print(__doc__.strip().splitlines()[-1].strip(), file=sys.stderr)
        return 2
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    newsrecon = argv[1]
    shared = arg(argv, "--shared", os.path.join(root, "..", "shared"))
    labels = json.load(open(arg(argv, "--labels", os.path.join(root, "data/same_event_labels.json"))))["labels"]
    work = arg(argv, "--work", os.path.join(root, "bench/.scratch/same_event"))
    os.makedirs(work, exist_ok=True)
    clusters = sorted({(l["corpus"], l["cluster"]) for l in labels})
    splits = sorted({l["split"] for l in labels}, key=lambda x: ("tune", "heldout", "fresh", "flags").index(x)
                    if x in ("tune", "heldout", "fresh", "flags") else 9)
    stats = {s: dict(tp=0, fp=0, positives=0, found=0, unjudged=0, cross_topic=0) for s in splits}
    verbose = "--verbose" in argv
    for corpus, cluster in clusters:
        items = flags_of(newsrecon, shared, corpus, cluster, work)
        mine = [l for l in labels if (l["corpus"], l["cluster"]) == (corpus, cluster)]
        split = mine[0]["split"]
        for l in mine:
            if l["verdict"] in ("conflict", "developing") and l["split"] != "flags":
                stats[l["split"]]["positives"] += 1
                hit = any(matches(i, l) for i in items)
                stats[l["split"]]["found"] += hit
                if verbose:
                    print(f"  {'found' if hit else 'missed'} #{l['id']} {cluster}: {l['a']['figure']} / {l['b']['figure']}")
        for item in items:
            good = [l for l in mine if l["verdict"] in ("conflict", "developing") and matches(item, l)]
            bad = [l for l in mine if l["verdict"] in ("agree", "different_event", "different_fact") and matches(item, l)]
            crossing = corpus == "ecbplus" and cross_topic(item)
            s = stats[(good or bad or [l for l in mine if l["split"] != "flags"] or mine)[0]["split"]]
            s["cross_topic"] += crossing
            if good and not crossing:
                s["tp"] += 1
            elif bad or crossing:
                s["fp"] += 1
                if verbose:
                    print(f"  false alarm {cluster}: {item['kind']} {item['topic']}: "
                          + " | ".join(x['value'] for x in item['sides']))
            else:
                s["unjudged"] += 1
                if verbose:
                    print(f"  unjudged {cluster}: {item['kind']} {item['topic']}: "
                          + " | ".join(x['value'] for x in item['sides']))
    result = {}
    for name, parts in [(x, [x]) for x in splits] + [("all", splits)]:
        t = {k: sum(stats[p][k] for p in parts) for k in stats[splits[0]]}
        judged = t["tp"] + t["fp"]
        t["precision"] = round(t["tp"] / judged, 3) if judged else 1.0
        t["recall"] = round(t["found"] / t["positives"], 3) if t["positives"] else 1.0
        result[name] = t
        print(f"{name}: precision {t['precision']} ({t['tp']}/{judged}), recall {t['recall']} "
              f"({t['found']}/{t['positives']}), unjudged flags {t['unjudged']}, "
              f"cross-topic flags {t['cross_topic']}")
    if "--json" in argv:
        json.dump(result, open(arg(argv, "--json", ""), "w"), indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
