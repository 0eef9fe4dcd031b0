#!/usr/bin/env python3
"""Scores sorot's DATE layer on IndoTimex (Kompas articles, TimeML TIMEX3).

    python3 scripts/indotimex_eval.py --zip IndoTimex/dataset/Kompas_test_gold.zip
                                      [--bin target/release-native/sorot] [--errors N]
                                      [--gold-out FILE] [--system-out FILE] [--skip-refs]

IndoTimex (github.com/paramitamirza/IndoTimex; no license stated) is used for
evaluation only: nothing of it is committed or shipped. Fetch it and pass one
of its zips. Only `dataset/Kompas_test_gold.zip` (25 articles on the AirAsia
QZ8501 crash, Dec 2014) holds TIMEX3 annotations inside TEXT;
`kompas_development.zip` (50 articles) and `kompas_test.zip` are the raw
articles with only their creation time tagged, so there is nothing to score
on them: the script says so and exits with status 2 (after writing
--gold-out, if asked).

Conversion (so that a figure can be reproduced):
- Every `.tml` member of the zip is one document, read in name order. Bytes
  are decoded as UTF-8 (a BOM is dropped), else as Windows-1252 (bytes it
  leaves undefined are read as Latin-1). CRLF and lone CR become LF.
- id: the DOCID element (else the member's name without `.tml`).
  date: the value of the TIMEX3 with functionInDocument="CREATION_TIME"
  (the DCT element), zero-padded to YYYY-MM-DD (IndoTimex writes
  `2013-12-4`). The DCT is not a gold date: it lies outside TEXT.
- text: the content of the TEXT element with every tag removed (their
  content kept) and the five XML entities and numeric character references
  decoded (a bare `&`, which the files contain, stays as it is); newlines
  and paragraphs as in the file, then leading and trailing whitespace of
  the whole text stripped. The TITLE is not part of the text. Offsets are
  code points into this final text. (The gold zip's text was re-rendered by
  the annotation tool: quotation marks stand apart, `" Beliau ... andal, "`,
  lines end with a space, and non-ASCII characters such as the dateline's
  dash are dropped or turned into a space. It is scored as it is.)
- Gold dates: the TIMEX3 inside TEXT of type DATE or TIME (DURATION and SET
  are dropped, as in the guidelines), span = the tag's content with any
  surrounding whitespace trimmed. Values map to the guidelines' forms:
    YYYY-MM-DD, YYYY-MM, YYYY        zero-padded as they are
    YYYY-Www                         as it is (YYYY-Www-WE, a weekend, too)
    YYYY-Www-D                       that day, YYYY-MM-DD
    YYYY-MM-DDTHH[:MM[:SS]][zone]    YYYY-MM-DDTHH:MM (seconds and zone
                                     dropped; a bare hour gets `:00`)
    YYYY-MM-DDTMO|MI|AF|EV|NI|DT     the day YYYY-MM-DD (a part of day takes
                                     the day's value)
    YYYY-Qn, YYYY-Hn                 as they are
    YYYY-SP|SU|FA|WI (seasons)       the year YYYY
    anything else: PRESENT_REF, PAST_REF, FUTURE_REF, decades (`194`),
    centuries, values with X digits  `?` (span scored, value not)
  With --skip-refs, PRESENT_REF/PAST_REF/FUTURE_REF timexes (*saat ini*,
  *saat itu*, *kini*, *dulu*, *nanti*), which the guidelines do not count as
  DATE, become `skip` spans instead: a prediction inside one is ignored.
- The records (`{"id", "text", "date"}`) are fed to `sorot annotate --jsonl
  --layers dates`; its dates (code-point offsets) are the system file, and
  both go to the kit's `score.py`, of which only the `date` lines and the
  counts line (and with --errors, the error lines) are printed: date P/R/F1
  (exact span), date.overlap_f1, date.value_acc (gold dates with a known
  value whose overlapping prediction has the same value).
Build the binary first:
    cargo build --profile release-native
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import zipfile
from collections import Counter
from datetime import date

from kit import ROOT, score_command  # the evaluation kit's scorer (same folder)

KEEP_TYPES = ("DATE", "TIME")
REFS = ("PRESENT_REF", "PAST_REF", "FUTURE_REF")
ENTITIES = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}
# a tag, or an XML entity / character reference (a bare `&` is left alone)
MARKUP = re.compile(r"<(/?)([A-Za-z][\w.-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*?)(/?)>"
                    r"|&(amp|lt|gt|quot|apos|#[0-9]+|#x[0-9A-Fa-f]+);")
ATTR = re.compile(r"([\w:.-]+)\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")


def decode(raw):
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError:  # 0x81 0x8D 0x8F 0x90 0x9D are undefined in cp1252: read them as Latin-1
        return "".join(raw[i:i + 1].decode("cp1252", errors="ignore") or chr(raw[i]) for i in range(len(raw)))


def attrs(s):
    return {k: v1 or v2 for k, v1, v2 in ATTR.findall(s)}


def ymd(y, m, d):
    return f"{int(y):04d}-{int(m):02d}-{int(d):02d}"


def norm_value(v, stats):
    """A TimeML value in the guidelines' form, or "?"."""
    v = (v or "").strip()
    day = r"(\d{4})-(\d{1,2})-(\d{1,2})"
    if m := re.fullmatch(day, v):
        return ymd(*m.groups())
    if m := re.fullmatch(r"(\d{4})-(\d{1,2})", v):
        return f"{m[1]}-{int(m[2]):02d}"
    if re.fullmatch(r"\d{4}", v):
        return v
    if m := re.fullmatch(r"(\d{4})-W(\d{1,2})(-WE)?", v):
        return f"{m[1]}-W{int(m[2]):02d}"
    if m := re.fullmatch(r"(\d{4})-W(\d{1,2})-([1-7])", v):
        try:
            d = date.fromisocalendar(int(m[1]), int(m[2]), int(m[3]))
            return d.isoformat()
        except ValueError:
            return "?"
    if m := re.fullmatch(day + r"T(\d{1,2})(?::(\d{2}))?(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?", v):
        if m[5] is None:
            stats["hour without minutes → :00"] += 1
        return f"{ymd(m[1], m[2], m[3])}T{int(m[4]):02d}:{m[5] or '00'}"
    if m := re.fullmatch(day + r"T(MO|MI|AF|EV|NI|DT)", v):
        stats["part of day → day"] += 1
        return ymd(m[1], m[2], m[3])
    if re.fullmatch(r"\d{4}-[QH]\d", v):
        return v
    if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", v):
        stats["season → year"] += 1
        return m[1]
    stats[f"→ ? ({v if v in REFS else 'other: ' + v})"] += 1
    return "?"


def parse_doc(name, raw, source, skip_refs, stats):
    s = decode(raw).replace("\r\n", "\n").replace("\r", "\n")
    m = re.search(r"<DOCID>\s*(.*?)\s*</DOCID>", s, re.S)
    doc_id = m[1] if m else re.sub(r"\.tml$", "", os.path.basename(name))
    dct = None
    for t in re.finditer(r"<TIMEX3\b([^>]*)>", s):
        a = attrs(t[1])
        if a.get("functionInDocument") == "CREATION_TIME":
            mm = re.match(r"(\d{4})-(\d{1,2})-(\d{1,2})", a.get("value", ""))
            if mm:
                dct = ymd(*mm.groups())
            break
    if dct is None:
        stats["documents without a DCT date"] += 1
    m = re.search(r"<TEXT\b[^>]*>(.*?)</TEXT>", s, re.S)
    body = m[1] if m else ""
    if not m:
        stats["documents without TEXT"] += 1
    # strip tags, decode entities, note TIMEX3 spans on the tag-free string
    out, pos, n, stack, spans = [], 0, 0, [], []
    for mk in MARKUP.finditer(body):
        chunk = body[pos:mk.start()]
        out.append(chunk)
        n += len(chunk)
        pos = mk.end()
        if mk[5]:  # entity
            e = mk[5]
            ch = ENTITIES.get(e) or chr(int(e[2:], 16) if e.startswith("#x") else int(e[1:]))
            out.append(ch)
            n += len(ch)
            continue
        close, tag, rest, selfclose = mk[1], mk[2], mk[3], mk[4]
        if tag != "TIMEX3":
            stats[f"other tags in TEXT ({tag})"] += 1
            continue
        if close:
            if stack:
                a, start = stack.pop()
                spans.append((start, n, a))
            continue
        if selfclose:
            stats["empty TIMEX3 in TEXT (ignored)"] += 1
            continue
        stack.append((attrs(rest), n))
    out.append(body[pos:])
    if stack:
        stats["unclosed TIMEX3 (ignored)"] += len(stack)
    full = "".join(out)
    lead = len(full) - len(full.lstrip())
    text = full.strip()
    dates, skip = [], []
    for start, end, a in sorted(spans, key=lambda x: (x[0], x[1])):
        typ = a.get("type", "?")
        stats[f"read {typ}"] += 1
        if typ not in KEEP_TYPES:
            continue
        start, end = max(0, start - lead), min(len(text), end - lead)
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start >= end:
            stats["empty span after trimming (dropped)"] += 1
            continue
        value = a.get("value", "")
        if skip_refs and value in REFS:
            stats[f"skipped {typ} {value}"] += 1
            skip.append({"start": start, "end": end})
            continue
        stats[f"kept {typ}"] += 1
        dates.append({"start": start, "end": end, "text": text[start:end], "value": norm_value(value, stats)})
    return {"id": doc_id, "date": dct, "source": source, "text": text, "entities": [], "dates": dates,
            "quotes": [], "skip": skip}


def read_zip(path, skip_refs, stats):
    recs = []
    with zipfile.ZipFile(path) as z:
        names = sorted(n for n in z.namelist()
                       if n.lower().endswith(".tml") and not n.startswith("__MACOSX/")
                       and not os.path.basename(n).startswith("._"))
        for n in names:
            src = f"IndoTimex {os.path.basename(path)}:{n}"
            recs.append(parse_doc(n, z.read(n), src, skip_refs, stats))
    ids = Counter(r["id"] for r in recs)
    for r in recs:  # ids must be unique for score.py
        if ids[r["id"]] > 1:
            r["id"] = f"{r['id']}:{r['source'].rsplit(':', 1)[1]}"
    return recs


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--zip", required=True, help="an IndoTimex zip (dataset/Kompas_test_gold.zip)")
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release-native", "sorot"))
    ap.add_argument("--errors", type=int, default=0, metavar="N", help="list the first N errors")
    ap.add_argument("--gold-out", help="also write the converted gold records here")
    ap.add_argument("--system-out", help="also write sorot's output records here")
    ap.add_argument("--skip-refs", action="store_true",
                    help="PRESENT_REF/PAST_REF/FUTURE_REF timexes become unscored skip spans, not `?` dates")
    args = ap.parse_args()

    stats = Counter()
    gold = read_zip(args.zip, args.skip_refs, stats)
    tmp = tempfile.mkdtemp(prefix="indotimex-")
    gold_path = args.gold_out or os.path.join(tmp, "gold.jsonl")
    with open(gold_path, "w", encoding="utf-8") as f:
        for r in gold:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    read = {k[5:]: v for k, v in stats.items() if k.startswith("read ")}
    kept = {k[5:]: v for k, v in stats.items() if k.startswith("kept ")}
    print(f"IndoTimex {os.path.basename(args.zip)}: {len(gold)} documents; TIMEX3 in TEXT read "
          f"{json.dumps(dict(sorted(read.items())))}, kept {json.dumps(dict(sorted(kept.items())))}; "
          f"{sum(len(r['dates']) for r in gold)} gold dates, "
          f"{sum(d['value'] == '?' for r in gold for d in r['dates'])} of them valued ?", file=sys.stderr)
    for k, v in sorted(stats.items()):
        if not k.startswith(("read ", "kept ")):
            print(f"  {k}: {v}", file=sys.stderr)
    if not read:
        print(f"no TIMEX3 inside TEXT in {args.zip}: it is not annotated (IndoTimex's gold is "
              "dataset/Kompas_test_gold.zip); nothing to score", file=sys.stderr)
        sys.exit(2)

    if not os.path.exists(args.bin):
        sys.exit(f"{args.bin} not found: build it with `cargo build --profile release-native`")
    inp = "".join(json.dumps({"id": r["id"], "text": r["text"], "date": r["date"]}, ensure_ascii=False) + "\n"
                  for r in gold)
    out = subprocess.run([args.bin, "annotate", "--jsonl", "--layers", "dates"], input=inp,
                         capture_output=True, text=True, check=True).stdout
    sys_path = args.system_out or os.path.join(tmp, "system.jsonl")
    with open(sys_path, "w", encoding="utf-8") as f:
        for line in out.splitlines():
            if line.strip():
                f.write(line + "\n")

    res = subprocess.run(score_command(gold_path, sys_path, args.errors), capture_output=True, text=True)
    sys.stderr.write(res.stderr)
    after_counts = False
    for line in res.stdout.splitlines():
        if after_counts or line.startswith(("metric", "date")):
            print(line)
        elif line.startswith("counts"):
            print(line)
            after_counts = True
    sys.exit(res.returncode)


if __name__ == "__main__":
    main()
