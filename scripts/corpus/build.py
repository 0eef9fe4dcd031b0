#!/usr/bin/env python3
"""Builds the corpus files from the marked articles (the source of truth).

  scripts/corpus/build.py            # corpus/marked/*.txt + corpus/meta.jsonl → corpus/corpus.jsonl
  scripts/corpus/build.py --split    # also draws corpus/split.json (once: refuses if it exists)
  scripts/corpus/build.py --import DIR [DIR …]
                                     # adds ID.marked.txt / ID.raw.txt / ID.meta.json triples
                                     # from working folders (checked, then copied in)

`corpus/corpus.jsonl` holds one record per article in the evaluation kit's
format (`id`, `date`, `source`, `text`, `entities`, `dates`, `quotes`,
`skip`; offsets in code points) plus `outlet`, `url` and `topic`.

The split is drawn once, by a seeded shuffle of the sorted ids: 30 test, 30
dev, the rest train. It never changes: an article added later joins train.
"""
import argparse
import glob
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
CORPUS = os.path.join(ROOT, "corpus")
sys.path.insert(0, os.path.dirname(HERE))
from kit import KIT  # noqa: E402  (where the evaluation kit is)

sys.path.insert(0, KIT)
import markup  # noqa: E402  (the evaluation kit's inline-markup reader)

SEED = 20
TOPICS = {"politics", "police and courts", "economy", "sport", "disaster and weather", "health", "international",
          "regional government", "entertainment", "education", "technology", "other"}


def read_meta():
    path = os.path.join(CORPUS, "meta.jsonl")
    if not os.path.exists(path):
        return {}
    with open(path, encoding="utf-8") as f:
        return {m["id"]: m for m in map(json.loads, filter(str.strip, f))}


def write_meta(meta):
    with open(os.path.join(CORPUS, "meta.jsonl"), "w", encoding="utf-8") as f:
        for k in sorted(meta):
            f.write(json.dumps(meta[k], ensure_ascii=False) + "\n")


def check_meta(m):
    for key in ("id", "date", "outlet", "url", "topic"):
        if not m.get(key):
            raise ValueError(f"{m.get('id')}: meta lacks {key}")
    if m["topic"] not in TOPICS:
        raise ValueError(f"{m['id']}: unknown topic {m['topic']!r}")
    y, mo, d = m["date"].split("-")
    if not (2000 <= int(y) <= 2026 and 1 <= int(mo) <= 12 and 1 <= int(d) <= 31):
        raise ValueError(f"{m['id']}: bad date {m['date']}")


def import_dirs(dirs):
    meta = read_meta()
    os.makedirs(os.path.join(CORPUS, "marked"), exist_ok=True)
    urls = {m["url"] for m in meta.values()}
    added = 0
    for d in dirs:
        for mpath in sorted(glob.glob(os.path.join(d, "*.meta.json"))):
            rid = os.path.basename(mpath)[: -len(".meta.json")]
            marked_path = os.path.join(d, rid + ".marked.txt")
            raw_path = os.path.join(d, rid + ".raw.txt")
            if not (os.path.exists(marked_path) and os.path.exists(raw_path)):
                print(f"skip {rid}: unfinished", file=sys.stderr)
                continue
            with open(mpath, encoding="utf-8") as f:
                m = json.load(f)
            m["id"] = rid
            check_meta(m)
            with open(marked_path, encoding="utf-8") as f:
                marked = f.read()
            with open(raw_path, encoding="utf-8") as f:
                raw = f.read()
            text, _ = markup.parse(marked)
            if text != raw:
                raise ValueError(f"{rid}: marked text differs from its raw text")
            if m["url"] in urls and rid not in meta:
                print(f"skip {rid}: URL already in the corpus", file=sys.stderr)
                continue
            urls.add(m["url"])
            meta[rid] = {k: m[k] for k in ("id", "date", "outlet", "url", "topic")}
            with open(os.path.join(CORPUS, "marked", rid + ".txt"), "w", encoding="utf-8") as f:
                f.write(marked)
            added += 1
    write_meta(meta)
    print(f"imported {added} articles", file=sys.stderr)
    # the split never changes: articles added after it was drawn join train
    split_path = os.path.join(CORPUS, "split.json")
    if os.path.exists(split_path):
        with open(split_path, encoding="utf-8") as f:
            split = json.load(f)
        placed = set(split["train"]) | set(split["dev"]) | set(split["test"])
        new = sorted(set(meta) - placed)
        if new:
            split["train"] = sorted(split["train"] + new)
            with open(split_path, "w", encoding="utf-8") as f:
                json.dump(split, f, indent=1)
                f.write("\n")
            print(f"split.json: {len(new)} new articles join train", file=sys.stderr)


def build():
    meta = read_meta()
    records = []
    for rid in sorted(meta):
        m = meta[rid]
        with open(os.path.join(CORPUS, "marked", rid + ".txt"), encoding="utf-8") as f:
            marked = f.read()
        rec = markup.to_record(marked, rid, m["date"], f"{m['outlet']} — {m['url']}")
        rec.update(outlet=m["outlet"], url=m["url"], topic=m["topic"])
        records.append(rec)
    with open(os.path.join(CORPUS, "corpus.jsonl"), "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"corpus.jsonl: {len(records)} articles, {sum(len(r['text'].split()) for r in records)} words",
          file=sys.stderr)
    return records


def draw_split(records):
    path = os.path.join(CORPUS, "split.json")
    if os.path.exists(path):
        sys.exit("split.json exists: the split is drawn once and never changes (new articles join train by hand)")
    ids = sorted(r["id"] for r in records)
    random.Random(SEED).shuffle(ids)
    split = {"seed": SEED, "test": sorted(ids[:30]), "dev": sorted(ids[30:60]), "train": sorted(ids[60:])}
    with open(path, "w", encoding="utf-8") as f:
        json.dump(split, f, indent=1)
        f.write("\n")
    print(f"split.json: train {len(split['train'])}, dev {len(split['dev'])}, test {len(split['test'])}", file=sys.stderr)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--import", dest="imports", nargs="+", metavar="DIR")
    ap.add_argument("--split", action="store_true")
    args = ap.parse_args()
    if args.imports:
        import_dirs(args.imports)
    records = build()
    if args.split:
        draw_split(records)


if __name__ == "__main__":
    main()
