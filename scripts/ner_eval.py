#!/usr/bin/env python3
"""Scores the sorot CLI on a public NER corpus's test (or dev) split (exact-span F1).

    python3 scripts/ner_eval.py [--corpus idner|nergrit|indolem] [--split test|dev]
                                [--rules | --model FILE] [--data /work/shared/data]
                                [--bin target/release-native/sorot] [--errors N]

Conversion (documented so the figure can be reproduced):
- Each CoNLL sentence (token, [UD POS,] IOB tag; blank line between sentences)
  becomes one text: its tokens joined with single spaces, exactly as given
  (so `Jokowi , kata` keeps the space before the comma).
- Gold spans: the character ranges of B-/I- runs of PER/ORG/LOC (a run
  starts at B-X or at an I-X that does not continue an X run); NERGrit's
  PERSON/PLACE/ORGANISATION and IndoLEM's PERSON/LOCATION/ORGANIZATION map
  to PER/LOC/ORG.
- The texts are fed to `sorot annotate --jsonl --layers entities` (one JSON
  line per sentence: {"id", "text"}); its entities (code-point offsets) are
  compared with gold on exact start, end and label.
- Reported: micro P/R/F1 overall and per label, and overlap F1 (same label,
  overlapping spans).
Build the binary first:
    cargo build --profile release-native
"""
import argparse
import json
import os
import subprocess
import sys
from collections import Counter

from gen_gazetteers import LABELS, read_conll  # the one CoNLL reader (same folder)

HERE = os.path.dirname(os.path.abspath(__file__))


# corpus → (name, files by split, tag column)
CORPORA = {
    "idner": ("idner-news-2k", {"test": "idner-news-2k/test.txt", "dev": "idner-news-2k/dev.txt"}, 2),
    "nergrit": ("NERGrit", {"test": "nergrit/test_preprocess.txt", "dev": "nergrit/valid_preprocess.txt"}, 1),
    "indolem": ("IndoLEM NER UI", {"test": "indolem-nerui/test.01.tsv", "dev": "indolem-nerui/dev.01.tsv"}, 1),
}


def to_record(sent):
    text, spans, pos = "", [], 0
    cur = None  # (label, start)
    offsets = []
    for k, (tok, _) in enumerate(sent):
        if k:
            text += " "
        offsets.append((len(text), len(text) + len(tok)))
        text += tok
    for k, (_, tag) in enumerate(sent + [("", "O")]):
        lab = LABELS.get(tag[2:]) if tag != "O" else None
        cont = tag.startswith("I-") and cur is not None and cur[0] == lab
        if cur is not None and not cont:
            spans.append((cur[1], offsets[k - 1][1], cur[0]))
            cur = None
        if lab and not cont:
            cur = (lab, offsets[k][0])
    del pos
    return text, spans


def prf(tp, npred, ngold):
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", choices=sorted(CORPORA), default="idner")
    ap.add_argument("--split", choices=["test", "dev"], default="test")
    ap.add_argument("--data", default="/work/shared/data")
    ap.add_argument("--bin", default=os.path.join(HERE, "..", "target", "release-native", "sorot"))
    ap.add_argument("--errors", type=int, default=0, help="print up to N errors")
    ap.add_argument("--rules", action="store_true", help="entities from the rules alone (sorot annotate --rules); default: rules and tagger")
    ap.add_argument("--model", help="tagger model file to use instead of the built-in one")
    a = ap.parse_args()

    name, files, col = CORPORA[a.corpus]
    sents = read_conll(os.path.join(a.data, files[a.split]), col)
    recs = [to_record(s) for s in sents]
    payload = "".join(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n" for i, (t, _) in enumerate(recs))
    cmd = [a.bin, "annotate", "--jsonl", "--layers", "entities"]
    cmd += ["--rules"] if a.rules else []
    cmd += ["--model", a.model] if a.model else []
    out = subprocess.run(cmd, input=payload,
                         capture_output=True, text=True, check=True).stdout
    sys_by_id = {}
    for line in out.splitlines():
        if line.strip():
            r = json.loads(line)
            sys_by_id[int(r["id"])] = [(e["start"], e["end"], e["label"]) for e in r.get("entities", [])]

    tp, npred, ngold = Counter(), Counter(), Counter()
    otp, errors = 0, []
    for i, (text, gold) in enumerate(recs):
        pred = sys_by_id.get(i, [])
        gs, ps = set(gold), set(pred)
        for s in pred:
            npred[s[2]] += 1
            npred["all"] += 1
            if s in gs:
                tp[s[2]] += 1
                tp["all"] += 1
            elif len(errors) < a.errors:
                errors.append(f"{i}\tspurious {s[2]}\t{text[s[0]:s[1]]}")
            if any(g[2] == s[2] and g[0] < s[1] and s[0] < g[1] for g in gold):
                otp += 1
        for g in gold:
            ngold[g[2]] += 1
            ngold["all"] += 1
            if g not in ps and len(errors) < a.errors:
                errors.append(f"{i}\tmissed {g[2]}\t{text[g[0]:g[1]]}")
    print(f"{name} {a.split}: {len(recs)} sentences, {ngold['all']} gold entities")
    print(f"{'metric':<12} {'P':>6} {'R':>6} {'F1':>6}")
    for lab in ("all", "PER", "ORG", "LOC"):
        p, r, f = prf(tp[lab], npred[lab], ngold[lab])
        print(f"{'entity' if lab == 'all' else lab:<12} {p:6.3f} {r:6.3f} {f:6.3f}")
    op = otp / npred["all"] if npred["all"] else 0.0
    ogold = sum(1 for i, (_, gold) in enumerate(recs) for g in gold
                if any(g[2] == s[2] and g[0] < s[1] and s[0] < g[1] for s in sys_by_id.get(i, [])))
    orr = ogold / ngold["all"] if ngold["all"] else 0.0
    print(f"{'overlap_f1':<12} {2 * op * orr / (op + orr) if op + orr else 0.0:20.3f}")
    for e in errors:
        print(e)


if __name__ == "__main__":
    main()
