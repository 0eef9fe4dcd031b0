#!/usr/bin/env python3
"""Scores the mention layer's links from pronouns and descriptions to a named
person on COIN, the Indonesian coreference benchmark.

    python3 scripts/coin_eval.py --file COIN/id/coref/dev.tsv
                                 [--bin target/release-native/sorot] [--errors N]

COIN (github.com/aimakerspace/seacorenlp-data, `id/coref/`, CC BY-SA 4.0)
is used for evaluation only: nothing of it is committed or shipped. Fetch
it and pass `dev.tsv` while working; `test.tsv` is for a final figure only.

What is scored. Sorot resolves a pronoun or a description closed by *itu*
(*ujarnya*, *kata dia*, *pria itu*) where it attributes a quote: the quote's
`referenceSpan` and `speaker`. For each such reference that is a COIN
mention whose gold chain (its IDENT links, followed transitively) holds a
proper-name mention before it, the answer is right when the speaker's name
shares a word of three letters or more with one of the chain's proper names.
A speaker `-` is no answer. Reported:
- how many such references sorot resolved, and how many it left `-`;
- accuracy of the resolved ones;
- the baseline on the same references: the nearest person mention (sorot's
  own PER entities, clustered to their fullest name) before the reference;
- the baseline over every COIN pronoun with a named antecedent in its chain
  (what a newsroom would get from "the last person named").

Conversion: each `#Text=` block is one document. Tokens are joined with a
space, except none before `. , ; : ? ! ) %`, none after `(`, and none
before a clitic *nya*, which the corpus cuts off (*ujar nya* → *ujarnya*);
a mention is the tokens that carry its id; chains are the IDENT links
between mention ids, followed transitively.
"""
import argparse
import json
import os
import re
import subprocess
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
LABEL = re.compile(r"([A-Z]+)\[([^\]]+)\]")


def read_docs(path):
    """Documents as (text, mentions {id: (start, end, type)}, links [(a, b)])."""
    docs = []
    cur = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("#Text="):
                cur = {"tokens": []}
                docs.append(cur)
                continue
            if not line or line.startswith("#") or cur is None:
                continue
            cols = line.split("\t")
            if len(cols) < 4:
                continue
            a, b = (int(x) for x in cols[1].split("-"))
            cur["tokens"].append((a, b, cols[2], cols[3]))
    out = []
    for d in docs:
        text, mentions, links = build(d["tokens"])
        out.append((text, mentions, links))
    return out


def build(tokens):
    parts = []
    pos = 0
    prev_end = None
    spans = {}
    types = {}
    links = []
    prev_tok = ""
    for a, b, tok, labels in tokens:
        glued = (
            prev_end is None
            or a <= prev_end
            or tok in {".", ",", ";", ":", "?", "!", ")", "%"}
            or prev_tok == "("
            # the corpus cuts the clitic off (ujar nya): news writes it joined
            or (tok.lower() == "nya" and prev_tok[-1:].isalpha())
        )
        prev_tok = tok
        if not glued:
            parts.append(" ")
            pos += 1
        start = pos
        parts.append(tok)
        pos += len(tok)
        prev_end = b
        if labels in ("_", ""):
            continue
        for kind, ids in LABEL.findall(labels):
            if kind == "IDENT":
                x, _, y = ids.partition("_")
                links.append((x, y))
            elif "_" not in ids:
                s, e = spans.get(ids, (start, pos))
                spans[ids] = (min(s, start), max(e, pos))
                types[ids] = kind
    mentions = {i: (s, e, types[i]) for i, (s, e) in spans.items()}
    return "".join(parts), mentions, links


def chains(mentions, links):
    parent = {m: m for m in mentions}

    def find(x):
        while parent.get(x, x) != x:
            parent[x] = parent.get(parent[x], parent[x])
            x = parent[x]
        return x

    for a, b in links:
        if a in parent and b in parent:
            parent[find(a)] = find(b)
    groups = defaultdict(list)
    for m in mentions:
        groups[find(m)].append(m)
    return {m: groups[find(m)] for m in mentions}


def words(s):
    return {w for w in re.findall(r"\w+", s.lower()) if len(w) >= 3}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--file", required=True, help="COIN id/coref/dev.tsv (or test.tsv for the final figure)")
    ap.add_argument("--bin", default=os.path.join(HERE, "..", "target", "release-native", "sorot"))
    ap.add_argument("--errors", type=int, default=0, help="print up to N wrong answers")
    args = ap.parse_args()
    if not os.path.exists(args.bin):
        sys.exit(f"coin_eval: no binary at {args.bin} (cargo build --profile release-native)")
    docs = read_docs(args.file)
    payload = "".join(json.dumps({"id": str(i), "text": t}, ensure_ascii=False) + "\n" for i, (t, _, _) in enumerate(docs))
    out = subprocess.run([args.bin, "annotate", "--jsonl"], input=payload.encode(), capture_output=True, check=True)
    system = {}
    for line in out.stdout.decode().splitlines():
        r = json.loads(line)
        system[r["id"]] = r

    resolved = right = unnamed = base_right = 0
    all_targets = all_base_right = 0
    errors = []
    for i, (text, mentions, links) in enumerate(docs):
        chain = chains(mentions, links)
        sysr = system.get(str(i), {})
        people = []  # (start, canonical name) of sorot's PER entities
        clusters = sysr.get("clusters", [])
        for e in sysr.get("entities", []):
            if e["label"] == "PER":
                name = clusters[e["cluster"]]["name"] if e.get("cluster") is not None and e["cluster"] < len(clusters) else e["text"]
                people.append((e["start"], name))

        def gold_names(m):
            s0 = mentions[m][0]
            return [text[s:e] for x in chain[m] for (s, e, t) in [mentions[x]] if t == "PROPER" and s < s0]

        def baseline(at):
            before = [n for (s, n) in people if s < at]
            return before[-1] if before else None

        def ok(name, names):
            return name is not None and any(words(name) & words(n) for n in names)

        # every COIN pronoun with a named antecedent: the nearest-name baseline
        for m, (s, e, t) in mentions.items():
            if t == "PRONOUN" and gold_names(m):
                all_targets += 1
                all_base_right += ok(baseline(s), gold_names(m))
        # sorot's references
        for q in sysr.get("quotes", []):
            ref = q.get("referenceSpan")
            if not ref:
                continue
            hit = [m for m, (s, e, t) in mentions.items() if s < ref["end"] and ref["start"] < e and t in ("PRONOUN", "NOUN")]
            hit = [m for m in hit if gold_names(m)]
            if not hit:
                continue
            m = min(hit, key=lambda x: mentions[x][1] - mentions[x][0])
            names = gold_names(m)
            if q["speaker"] == "-":
                unnamed += 1
                continue
            resolved += 1
            good = ok(q["speaker"], names)
            right += good
            base_right += ok(baseline(mentions[m][0]), names)
            if not good:
                s, e, _ = mentions[m]
                errors.append((i, text[s:e], q["speaker"], names[-1], text[max(0, s - 90):e + 30].replace("\n", " ")))

    def pct(a, b):
        return f"{a / b:.3f}" if b else "-"

    print(f"COIN {os.path.basename(args.file)}: {len(docs)} documents, {all_targets} pronouns with a named antecedent")
    print(f"sorot references to a named antecedent: {resolved} resolved, {unnamed} left '-'")
    print(f"accuracy of the resolved (mention layer)   {pct(right, resolved)}")
    print(f"baseline on the same (nearest person name) {pct(base_right, resolved)}")
    print(f"baseline on every pronoun                  {pct(all_base_right, all_targets)}")
    for err in errors[: args.errors]:
        print("  doc %s: %r → %s (gold %s) | %s" % err)


if __name__ == "__main__":
    main()
