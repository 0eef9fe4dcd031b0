#!/usr/bin/env python3
"""Scores sorot's quotes and speakers on PFSA-ID (public figures' statements).

    python3 scripts/pfsa_eval.py --file PFSA/corpus/pfsa-id-test/dev.txt
                                 [--bin target/release-native/sorot] [--errors N]
                                 [--gold-out FILE] [--limit DOCS]

PFSA-ID (github.com/sigit-purnomo/pfsa-id-dl, CC BY-NC-SA 4.0) is used for
evaluation only: nothing of it is committed or shipped. Fetch it, and pass
a file of `corpus/pfsa-id-test/` (`dev.txt` while working, `test-data.txt`
for the final figure only).

Conversion (so that a figure can be reproduced):
- The file is BILOU-tagged tokens, a blank line after each sentence. A
  document starts with the sentence where an ISSUE span (the article's
  lead) starts.
- Each sentence becomes one line of text, except that the sentences of
  one statement stay on one line (a quote lies within a paragraph). Tokens are joined with a space,
  except none before `. , ; : ? ! ) %` and none after `(`; `-` and `/`
  between two word characters join them (`Covid-19`, `13/04/2020`). The
  corpus's sentence splitter leaves a quote's opening mark at the end of
  the sentence before it: a mark that opens a STATEMENT is moved to the
  start of the next line. A quotation mark attaches to the word inside the
  quote (a STATEMENT's first mark opens, its last closes; others alternate).
- Gold quotes: each STATEMENT, cut into one span per line (the guidelines
  give a quote one span per paragraph), without its marks. A statement that
  starts or ends with a quotation mark is `direct`, else `indirect` (PFSA's
  indirect statements keep their cue words, unlike the guidelines: read the
  direct figures).
- Speaker: the PERSON, PERSONCOREF or CUECOREF span nearest to the
  statement on its line (after it first). A PERSONCOREF that is a name
  (*kata Teguh*, where *Teguh P. Nugroho* is a PERSON of the document) is
  that person; one that is a title (*ujar Presiden*) is the last PERSON
  written after that title (*Presiden Joko Widodo*); any other PERSONCOREF
  (*dia*) or CUECOREF (*ujarnya*) is the last PERSON before it in the
  document. Leading titles and ranks (`data/titles.txt`) are cut from PFSA's
  PERSON spans, which sometimes hold them. A name becomes its fullest form:
  the longest PERSON span in the document that holds all its words. A statement whose speaker
  cannot be found that way is not scored: it becomes a `skip` span, so
  predictions inside it are ignored too.
- Scored by `../shared/eval/score.py` (quote.f1, quote.speaker_acc,
  quote.speaker_lenient are the direct-quote figures).
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

from kit import ROOT, score_command  # the evaluation kit's scorer (same folder)
MARKS = set('"“”„«»')
NO_SPACE_BEFORE = set(".,;:?!)%")


def read_docs(path):
    """Documents as lists of sentences; a sentence is a list of (token, tag).
    A document starts with the sentence holding the start of an ISSUE span
    (its dateline, *JAKARTA, KOMPAS —*, comes first in that sentence)."""
    sents, sent = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip():
                if sent:
                    sents.append(sent)
                    sent = []
                continue
            tok, _, tag = line.rpartition("\t")
            sent.append((tok, tag.strip() or "O"))
    if sent:
        sents.append(sent)
    docs = []
    for s in sents:
        if not docs or any(tag in ("B-ISSUE", "U-ISSUE") for _, tag in s):
            docs.append([])
        docs[-1].append(s)
    return docs


def spans_of(tokens, label):
    """(first, last) token indexes of the `label` spans in a flat tag list."""
    out, start = [], None
    for i, (_, tag) in enumerate(tokens):
        pre, _, lab = tag.partition("-")
        if lab != label:
            if start is not None:
                out.append((start, i - 1))
                start = None
            continue
        if pre in ("B", "U") or start is None:
            if start is not None:
                out.append((start, i - 1))
            start = i
        if pre in ("L", "U"):
            out.append((start, i))
            start = None
    if start is not None:
        out.append((start, len(tokens) - 1))
    return out


def build(doc):
    """Text, token char offsets and line index per token of one document."""
    # move a statement's opening mark from a sentence end to the next sentence
    sents = [list(s) for s in doc]
    for i in range(len(sents) - 1):
        tok, tag = sents[i][-1]
        if tok in MARKS and tag.startswith(("B-STATEMENT", "U-STATEMENT")) and len(sents[i]) > 1:
            sents[i].pop()
            nxt_tok, nxt_tag = sents[i + 1][0]
            sents[i + 1].insert(0, (tok, "B-STATEMENT"))
            if nxt_tag.startswith("B-STATEMENT"):
                sents[i + 1][1] = (nxt_tok, "I-STATEMENT")
            elif nxt_tag.startswith("U-STATEMENT"):
                sents[i + 1][1] = (nxt_tok, "L-STATEMENT")
    # a sentence boundary inside a statement is no line break: a quote
    # lies within one paragraph of the article
    lines = []
    for i, sent in enumerate(sents):
        inside = i and sents[i - 1][-1][1][:2] in ("B-", "I-") and sents[i - 1][-1][1].endswith("STATEMENT") \
            and sent[0][1][:2] in ("I-", "L-") and sent[0][1].endswith("STATEMENT")
        if inside:
            lines[-1].extend(sent)
        else:
            lines.append(list(sent))
    flat, offsets, line_of = [], [], []
    text = ""
    opened = False  # a quotation mark is open
    for li, sent in enumerate(lines):
        if li:
            text += "\n"
        for k, (tok, tag) in enumerate(sent):
            prev = sent[k - 1][0] if k else None
            is_open = False
            if tok in MARKS:
                if tag in ("B-STATEMENT", "U-STATEMENT"):
                    is_open = True
                elif tag == "L-STATEMENT":
                    is_open = False
                else:
                    is_open = not opened
                opened = is_open
            glue = False
            if k == 0:
                glue = True
            elif tok in MARKS:
                glue = not is_open  # a closing mark touches the word before it
            elif prev in MARKS:
                glue = prev_was_open  # so does an opening mark the word after it
            elif tok in NO_SPACE_BEFORE or prev == "(":
                glue = True
            elif tok in "-/" or prev in ("-", "/"):
                nxt = sent[k + 1][0] if k + 1 < len(sent) else ""
                if tok in "-/":
                    glue = prev[-1:].isalnum() and nxt[:1].isalnum()
                else:
                    p2 = sent[k - 2][0] if k >= 2 else ""
                    glue = p2[-1:].isalnum() and tok[:1].isalnum()
            if tok in MARKS:
                prev_was_open = is_open
            if not glue:
                text += " "
            offsets.append((len(text), len(text) + len(tok)))
            text += tok
            flat.append((tok, tag))
            line_of.append(li)
    return text, flat, offsets, line_of


def load_titles():
    words = []
    with open(os.path.join(ROOT, "data", "titles.txt"), encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#"):
                words.append(line.lower().split())
    return sorted(words, key=len, reverse=True)


TITLES = sorted(load_titles() + [["dokter", "gigi"]], key=len, reverse=True)


# Words that end a military or police rank (*Laksamana Pertama*, *Kolonel
# Laut*, *Marsma TNI*, *Kombes (Pol)*, *Brigjen (Purn)*): PFSA's PERSON span
# sometimes starts after the rank's first word and keeps its tail.
RANK_TAILS = {"pertama", "muda", "madya", "tni", "polri", "pol", "laut", "udara", "darat",
              "purn", "mar", "czi", "inf", "kav", "arh", "cpm", "chk", "kes", "psk", "tek"}


def strip_titles(name):
    """PFSA's PERSON spans sometimes hold a rank or title (*Kombes Yusri
    Yunus*); the guidelines' names never do."""
    words = name.split()
    changed = True
    while changed and len(words) > 1:
        changed = False
        low = [w.lower().rstrip(".") for w in words]
        if low[0].strip("()") in RANK_TAILS and (low[0].startswith("(") or len(words) > 2):
            words = words[1:]
            changed = True
            continue
        for t in TITLES:
            if len(t) < len(words) and [w.rstrip(".") for w in t] == low[:len(t)]:
                words = words[len(t):]
                changed = True
                break
    return " ".join(words)


def fullest(name, persons):
    words = name.lower().split()
    best = name
    for p in persons:
        pw = p.lower().split()
        if all(w in pw for w in words) and len(p) > len(best):
            best = p
    return best


def record(doc_id, doc):
    text, flat, offsets, line_of = build(doc)
    persons = spans_of(flat, "PERSON")
    corefs = spans_of(flat, "PERSONCOREF")
    cuecorefs = spans_of(flat, "CUECOREF")
    person_names = [strip_titles(text[offsets[a][0]:offsets[b][1]]) for a, b in persons]
    def is_name(said):
        return said[:1].isupper() and any(set(said.lower().split()) <= set(n.lower().split())
                                          for n in person_names)

    name_corefs = [(c, t) for c in corefs for t in [text[offsets[c[0]][0]:offsets[c[1]][1]]] if is_name(t)]
    quotes, skip = [], []
    for a, b in spans_of(flat, "STATEMENT"):
        toks = [flat[i][0] for i in range(a, b + 1)]
        kind = "direct" if toks[0] in MARKS or toks[-1] in MARKS else "indirect"
        # speaker: the nearest PERSON, PERSONCOREF or CUECOREF (*ujarnya*)
        # in the lines the statement touches, after it first
        lines = set(line_of[a:b + 1])
        cands = [(s, e, "P") for s, e in persons] + [(s, e, "C") for s, e in corefs + cuecorefs]
        near = [c for c in cands if line_of[c[0]] in lines and not (a <= c[0] <= b)]
        after = sorted([c for c in near if c[0] > b], key=lambda c: c[0])
        before = sorted([c for c in near if c[1] < a], key=lambda c: -c[1])
        pick = (after or before or [None])[0]
        speaker = None
        if pick is not None:
            s, e, kind_of = pick
            if kind_of == "P":
                speaker = person_names[persons.index((s, e))]
            else:
                said = text[offsets[s][0]:offsets[e][1]]
                if is_name(said):
                    # a coreferent name (*Teguh*) is the person of that name
                    speaker = said
                else:
                    prior = [i for i, p in enumerate(persons) if p[1] < s]
                    # a title (*Presiden*) is the last person it stood before
                    n = e - s + 1
                    titled = [i for i in prior if persons[i][0] >= n and
                              [t.lower() for t, _ in flat[persons[i][0] - n:persons[i][0]]] ==
                              [t.lower() for t, _ in flat[s:e + 1]]]
                    if titled:
                        speaker = person_names[titled[-1]]
                    else:
                        # anything else (*dia*, *ujarnya*): the last name
                        # written before it, a PERSON or a coreferent name
                        names = [(p[1], person_names[i]) for i, p in enumerate(persons) if p[1] < s]
                        names += [(c[1], t) for c, t in name_corefs if c[1] < s]
                        if names:
                            speaker = max(names, key=lambda x: x[0])[1]
        if speaker is not None:
            speaker = fullest(speaker, person_names)
        # one span per line, marks trimmed
        for li in sorted(lines):
            idx = [i for i in range(a, b + 1) if line_of[i] == li and flat[i][0] not in MARKS]
            if not idx:
                continue
            s0, e0 = offsets[idx[0]][0], offsets[idx[-1]][1]
            if speaker is None:
                skip.append({"start": s0, "end": e0})
            else:
                quotes.append({"start": s0, "end": e0, "text": text[s0:e0], "kind": kind, "speaker": speaker})
    return {"id": doc_id, "date": None, "source": "PFSA-ID", "text": text, "entities": [], "dates": [],
            "quotes": quotes, "skip": skip}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--file", required=True, help="a PFSA-ID BILOU file (corpus/pfsa-id-test/dev.txt)")
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release-native", "sorot"))
    ap.add_argument("--errors", type=int, default=0)
    ap.add_argument("--gold-out", help="also write the converted gold records here")
    ap.add_argument("--limit", type=int, help="only the first N documents")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    docs = read_docs(args.file)[: args.limit]
    gold = [record(f"pfsa-{i:04d}", d) for i, d in enumerate(docs)]
    tmp = tempfile.mkdtemp(prefix="pfsa-")
    gold_path = args.gold_out or os.path.join(tmp, "gold.jsonl")
    with open(gold_path, "w", encoding="utf-8") as f:
        for r in gold:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    inp = "".join(json.dumps({"id": r["id"], "text": r["text"]}, ensure_ascii=False) + "\n" for r in gold)
    out = subprocess.run([args.bin, "annotate", "--jsonl", "--layers", "entities,quotes"], input=inp,
                         capture_output=True, text=True, check=True).stdout
    sys_path = os.path.join(tmp, "system.jsonl")
    with open(sys_path, "w", encoding="utf-8") as f:
        for line in out.splitlines():
            r = json.loads(line)
            r["entities"] = []  # PFSA-ID marks speakers, not every entity: score quotes only
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    n_direct = sum(q["kind"] == "direct" for r in gold for q in r["quotes"])
    n_skip = sum(len(r["skip"]) for r in gold)
    print(f"PFSA-ID {os.path.basename(args.file)}: {len(gold)} documents, {n_direct} direct quotes scored, "
          f"{n_skip} statement pieces without a findable speaker left unscored", file=sys.stderr)
    sys.exit(subprocess.run(score_command(gold_path, sys_path, args.errors, args.json)).returncode)


if __name__ == "__main__":
    main()
