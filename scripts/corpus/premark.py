#!/usr/bin/env python3
"""Pre-annotate a raw article with sorot, in the evaluation kit's inline markup.

  premark.py RAW.txt --date YYYY-MM-DD > DRAFT.marked.txt

The draft is a starting point for a human (or helper) pass against
`../shared/eval/GUIDELINES.md`: every span in it must be checked, and
sorot's guess never settles a doubtful case. Markup: [[PER|…]], [[ORG|…]],
[[LOC|…]], [[DATE=value|…]], [[QD=speaker|…]], [[QI=speaker|…]], [[SKIP|…]].
Spans that would cross another span are left out of the draft.
"""
import argparse
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CLI = os.environ.get("SOROT_CLI") or os.path.join(ROOT, "target", "release-native", "sorot")


def spans_of(doc):
    out = []
    for e in doc["entities"]:
        out.append((e["start"], e["end"], e["label"]))
    for d in doc["dates"]:
        out.append((d["start"], d["end"], "DATE=" + d["value"]))
    for q in doc["quotes"]:
        tag = "QD" if q["kind"] == "direct" else "QI"
        out.append((q["start"], q["end"], f"{tag}={q['speaker']}"))
    for b in doc["boilerplate"]:
        out.append((b["start"], b["end"], "SKIP"))
    return out


def mark(text, spans):
    """Inline markup of non-crossing spans (outer spans first at equal starts)."""
    spans = sorted(spans, key=lambda s: (s[0], -s[1]))
    kept, stack = [], []
    for s, e, tag in spans:
        if s >= e:
            continue
        while stack and stack[-1][1] <= s:
            stack.pop()
        if stack and e > stack[-1][1]:
            continue  # crosses its enclosing span
        kept.append((s, e, tag))
        stack.append((s, e, tag))
    opens, closes = {}, {}
    for s, e, tag in kept:
        opens.setdefault(s, []).append((e, tag))
        closes[e] = closes.get(e, 0) + 1
    out = []
    for i in range(len(text) + 1):
        out.append("]]" * closes.get(i, 0))
        for e, tag in sorted(opens.get(i, []), key=lambda x: -x[0]):
            out.append(f"[[{tag}|")
        if i < len(text):
            out.append(text[i])
    return "".join(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("raw")
    ap.add_argument("--date", help="publication date, YYYY-MM-DD")
    args = ap.parse_args()
    if not os.path.exists(CLI):
        sys.exit(f"premark: build the CLI first: cargo build --profile release-native ({CLI})")
    with open(args.raw, encoding="utf-8") as f:
        text = f.read()
    cmd = [CLI, "annotate", args.raw]
    if args.date:
        cmd += ["--date", args.date]
    doc = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)
    sys.stdout.write(mark(text, spans_of(doc)))


if __name__ == "__main__":
    main()
