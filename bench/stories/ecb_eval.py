#!/usr/bin/env python3
"""Story grouping on real same-event news: ECB+ topics (CC BY 3.0, Cybulska & Vossen 2014,
via cltl/ECB-parser) and FA-KES folders (CC BY 4.0, Abu Salem et al. 2019), read from
../shared/corpus/same-event. Each folder is ingested with the built newsrecon (one `ingest`
per folder, in a fixed shuffled order, so stories grow incrementally as on nights), then the
stories the articles landed in are compared with the folders.

ECB+: each topic has two different events of one kind (<t>_ecb, <t>_ecbplus); the two
halves must never share a story. Reported per topic set: the share of cross-half article
pairs put in one story (must be ~0), pairs of different topics in one story, purity (each
story's largest folder share) and completeness (each folder's largest story share).

  bench/stories/ecb_eval.py BUILD_DIR ecb 1-10       tuning topics
  bench/stories/ecb_eval.py BUILD_DIR ecb 11-19      held-out topics
  bench/stories/ecb_eval.py BUILD_DIR fakes          FA-KES (dated by folder)
  DATED=1 ... ecb ...   every ECB+ article published on one day (time cannot help)
"""
import itertools, json, os, random, sqlite3, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CORPUS = os.path.join(ROOT, "..", "shared", "corpus", "same-event")


def topics(spec):
    lo, hi = (int(x) for x in spec.split("-"))
    return list(range(lo, hi + 1))


def ingest(newsrecon, db, folder, published):
    files = sorted(os.path.join(folder, f) for f in os.listdir(folder) if f.endswith(".txt"))
    if not files:
        return
    args = [newsrecon, "ingest", *files, "--source", "corpus", "--db", db]
    if published:
        args += ["--published", published]
    # Exit 3: some files were not articles (too short); the others are stored.
    done = subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if done.returncode not in (0, 3):
        sys.exit(f"ecb_eval: ingest failed on {folder} (exit {done.returncode})")
    # Stories are assigned when reconciling: one folder is one night.
    subprocess.run([newsrecon, "reconcile", "--db", db], check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)


def placed(db):
    con = sqlite3.connect(db)
    rows = con.execute("SELECT d.url, a.story_id FROM articles a JOIN documents d ON d.id = a.document_id "
                       "WHERE a.not_article IS NULL").fetchall()
    return [(os.path.basename(os.path.dirname(url.replace("file://", ""))), story) for url, story in rows]


def shares(rows):
    by_story, by_gold = {}, {}
    for gold, story in rows:
        by_story.setdefault(story, {}).setdefault(gold, 0)
        by_story[story][gold] += 1
        by_gold.setdefault(gold, {}).setdefault(story, 0)
        by_gold[gold][story] += 1
    n = len(rows)
    purity = sum(max(c.values()) for c in by_story.values()) / n
    completeness = sum(max(c.values()) for c in by_gold.values()) / n
    return purity, completeness, len(by_story), len(by_gold)


def ecb(newsrecon, spec):
    folders = [f"{t}_{h}" for t in topics(spec) for h in ("ecb", "ecbplus")
               if os.path.isdir(os.path.join(CORPUS, "ecbplus", f"{t}_{h}"))]
    random.Random(13).shuffle(folders)
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "ecb.db")
        for f in folders:
            ingest(newsrecon, db, os.path.join(CORPUS, "ecbplus", f), "2026-01-05" if os.environ.get("DATED") else "")
        rows = placed(db)
    cross_half = cross_half_same = cross_topic = cross_topic_same = 0
    merged_topics = set()
    for (ga, sa), (gb, sb) in itertools.combinations(rows, 2):
        ta, tb = ga.split("_")[0], gb.split("_")[0]
        if ga == gb:
            continue
        if ta == tb:
            cross_half += 1
            cross_half_same += sa == sb
            if sa == sb:
                merged_topics.add(ta)
        else:
            cross_topic += 1
            cross_topic_same += sa == sb
    purity, completeness, stories, golds = shares(rows)
    print(f"ECB+ topics {spec}: {len(rows)} articles in {golds} events -> {stories} stories; "
          f"cross-half pairs in one story {cross_half_same}/{cross_half} "
          f"({100.0 * cross_half_same / max(cross_half, 1):.2f}%, topics {sorted(merged_topics, key=int)}); "
          f"cross-topic pairs in one story {cross_topic_same}/{cross_topic}; "
          f"purity {purity:.3f}, completeness {completeness:.3f}")


def fakes(newsrecon):
    base = os.path.join(CORPUS, "fa-kes")
    folders = sorted(f for f in os.listdir(base) if os.path.isdir(os.path.join(base, f)))
    random.Random(13).shuffle(folders)
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "fakes.db")
        for f in folders:
            ingest(newsrecon, db, os.path.join(base, f), f.split("_")[0])
        rows = placed(db)
    purity, completeness, stories, golds = shares(rows)
    print(f"FA-KES: {len(rows)} articles in {golds} day-and-place folders -> {stories} stories; "
          f"purity {purity:.3f}, completeness {completeness:.3f} (a folder may hold two incidents)")


def main():
    build = sys.argv[1]
    newsrecon = os.path.join(build, "cli", "newsrecon")
    if sys.argv[2] == "ecb":
        ecb(newsrecon, sys.argv[3])
    else:
        fakes(newsrecon)


if __name__ == "__main__":
    main()
