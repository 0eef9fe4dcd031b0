#!/usr/bin/env python3
"""Agreement between the corpus annotation and an independent second pass.

  scripts/corpus/agreement.py [--errors N]

`corpus/second-pass/ID.txt` holds a second annotator's marked text of
article ID, made from the raw text alone (never from the first pass). The
first pass (`corpus/corpus.jsonl`) is scored as gold and the second as the
system, with the evaluation kit's `score.py`: entity F1 is the agreement on
entities (symmetric: swapping the passes swaps P and R), date value
accuracy and speaker accuracy the agreement on values and speakers.
"""
import glob
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.dirname(HERE))
from kit import KIT  # noqa: E402  (where the evaluation kit is)

sys.path.insert(0, KIT)
import markup  # noqa: E402


def main():
    first = {}
    with open(os.path.join(ROOT, "corpus", "corpus.jsonl"), encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            first[r["id"]] = r
    gold, system = [], []
    for path in sorted(glob.glob(os.path.join(ROOT, "corpus", "second-pass", "*.txt"))):
        rid = os.path.basename(path)[:-4]
        with open(path, encoding="utf-8") as f:
            rec = markup.to_record(f.read(), rid)
        if rid not in first:
            sys.exit(f"agreement: {rid} is not in the corpus")
        if rec["text"] != first[rid]["text"]:
            sys.exit(f"agreement: the second pass of {rid} is of another text")
        gold.append(first[rid])
        system.append(rec)
    tmp = tempfile.mkdtemp(prefix="agreement-")
    paths = []
    for name, recs in (("first", gold), ("second", system)):
        p = os.path.join(tmp, name + ".jsonl")
        with open(p, "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        paths.append(p)
    words = sum(len(r["text"].split()) for r in gold)
    print(f"agreement over {len(gold)} articles ({words} words) of {len(first)}", file=sys.stderr)
    sys.exit(subprocess.run([sys.executable, os.path.join(KIT, "score.py"), *paths, *sys.argv[1:]]).returncode)


if __name__ == "__main__":
    main()
