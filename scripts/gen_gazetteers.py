#!/usr/bin/env python3
"""Regenerates the generated entity lists under data/gazetteer/.

    python3 scripts/gen_gazetteers.py [--shared /work/shared/data] [--out data/gazetteer]

Inputs (all under --shared; licenses in data/gazetteer/LICENSES.md):
  gazetteers/wilayah/wilayah.sql          (MIT, cahyadsn/wilayah)
  gazetteers/countries-id/*_id.json       (MIT, i18n-iso-countries)
  idner-news-2k/train.txt                 (MIT)
  nergrit/train_preprocess.txt            (MIT / Apache-2.0)
  indolem-nerui/train.01.tsv              (CC BY 4.0, IndoLEM, Koto et al. 2020)
Only training splits are read: dev splits stay clean for choosing the
tagger's settings (src/tagger), test splits for reporting. data/entity/first-names.txt (hand-written) is
read too: corpus person names made only of known name words are left out.

Outputs:
  wilayah.txt    provinces, regencies/cities (bare names; the Rust side adds
                 `Kabupaten`/`Kab.`/`Kota` display forms) and districts.
                 Districts are kept only when they have two or more words,
                 not all of them common words.
  countries.txt  country names in Indonesian.
  corpus-names.txt  entity names seen in the NER training splits with a
                 consistent label ([PER]/[ORG]/[LOC] sections), name words
                 ([name]: words seen mostly capitalized inside PER names) and
                 common words ([common]: words seen in lower case more than twice as often
                 as inside person names, counted over the NER training splits and the
                 train and dev articles of corpus/).
"""
import argparse
import collections
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
CMD = "python3 scripts/gen_gazetteers.py"


def read_conll(path, col):
    """Sentences as lists of (token, tag) from a CoNLL-like file."""
    sents, cur = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip():
                if cur:
                    sents.append(cur)
                    cur = []
                continue
            parts = line.split("\t") if "\t" in line else line.split(" ")
            if len(parts) <= col:
                continue
            cur.append((parts[0], parts[col]))
    if cur:
        sents.append(cur)
    return sents


LABELS = {"PER": "PER", "PERSON": "PER", "ORG": "ORG", "ORGANISATION": "ORG", "ORGANIZATION": "ORG",
          "LOC": "LOC", "PLACE": "LOC", "LOCATION": "LOC"}


def spans(sent):
    out, cur, lab = [], [], None
    for tok, tag in sent + [("", "O")]:
        if tag.startswith("B-") or tag == "O" or (tag.startswith("I-") and LABELS.get(tag[2:]) != lab):
            if cur:
                out.append((" ".join(cur), lab))
            cur, lab = [], None
            if tag != "O":
                cur, lab = [tok], LABELS.get(tag[2:])
        else:
            cur.append(tok)
    return out


def corpora(shared):
    files = [
        (os.path.join(shared, "idner-news-2k/train.txt"), 2),
        (os.path.join(shared, "nergrit/train_preprocess.txt"), 1),
        (os.path.join(shared, "indolem-nerui/train.01.tsv"), 1),
    ]
    for path, col in files:
        yield from read_conll(path, col)


def head_words():
    """data/entity/heads.txt's entries (as written), by section name."""
    sections = collections.defaultdict(set)
    section = None
    with open(os.path.join(HERE, "..", "data", "entity", "heads.txt"), encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line.startswith("["):
                section = line.strip("[]")
            elif line and not line.startswith("#"):
                sections[section].add(line)
    return sections


def corpus_org_acronyms(min_uses=3, min_docs=2, share=0.8):
    """All-caps words of the news corpus's train and dev articles that open a gold
    ORG span in at least `share` of their uses (at least `min_uses`, in
    `min_docs` articles): *ICW*, *PTUN*, *BWF*. Counts only, never text."""
    root = os.path.join(HERE, "..", "corpus")
    with open(os.path.join(root, "split.json"), encoding="utf-8") as f:
        split = json.load(f)
    keep = set(split["train"]) | set(split["dev"])
    uses, opens, docs = collections.Counter(), collections.Counter(), collections.defaultdict(set)
    with open(os.path.join(root, "corpus.jsonl"), encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            if doc["id"] not in keep:
                continue
            org_starts = {e["start"] for e in doc["entities"] if e["label"] == "ORG"}
            for m in re.finditer(r"(?<![\w'-])[A-Z][A-Z0-9&]{1,7}(?![\w'-])", doc["text"]):
                uses[m.group()] += 1
                docs[m.group()].add(doc["id"])
                if m.start() in org_starts:
                    opens[m.group()] += 1
    return {w for w, n in uses.items() if n >= min_uses and len(docs[w]) >= min_docs and opens[w] >= share * n}


def corpus_words():
    """(word, label) of every word of the news corpus's train and dev articles:
    the gold entity label of the span it is in, or None."""
    root = os.path.join(HERE, "..", "corpus")
    with open(os.path.join(root, "split.json"), encoding="utf-8") as f:
        split = json.load(f)
    keep = set(split["train"]) | set(split["dev"])
    with open(os.path.join(root, "corpus.jsonl"), encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            if doc["id"] not in keep:
                continue
            text = doc["text"]
            label = [None] * len(text)
            for e in doc["entities"]:
                for k in range(e["start"], e["end"]):
                    label[k] = e["label"]
            for m in re.finditer(r"(?<![\w'-])[A-Za-z][A-Za-z'\-]*", text):
                yield m.group(), label[m.start()]


def header(what, source, license_):
    return (f"# {what}\n# Source: {source}. License: {license_} (see data/gazetteer/LICENSES.md).\n"
            f"# Generated; regenerate with: {CMD}\n")


def curated_forms(out):
    """Every name form the curated lists give the gazetteer, as written: the
    generated wilayah.txt and countries.txt in `out` with the forms the Rust
    side adds (`Provinsi X`, `Kabupaten X`, `Kab. X`, `Kota X`, `DKI X`), and
    the hand-written world.txt, places.txt and orgs.txt."""
    def entries(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if line and not line.startswith("#") and not (line.startswith("[") and line.endswith("]")):
                    yield line
    forms, sec = set(), ""
    with open(os.path.join(out, "wilayah.txt"), encoding="utf-8") as f:
        for line in f:
            n = line.strip()
            if not n or n.startswith("#"):
                continue
            if n.startswith("[") and n.endswith("]"):
                sec = n[1:-1]
            elif sec == "prov":
                forms |= {n, "Provinsi " + n}
                for long, short in (("Daerah Khusus Ibukota ", "DKI "), ("Daerah Istimewa ", "DI "),
                                    ("Kepulauan Bangka Belitung", "Bangka Belitung")):
                    if n.startswith(long):
                        rest = n[len(long):]
                        forms |= {short + rest, "Provinsi " + short + rest, rest}
                    elif n == long:
                        forms.add(short)
            elif sec == "kab":
                forms |= {n, "Kabupaten " + n, "Kab. " + n}
            elif sec == "kota":
                forms |= {n, "Kota " + n}
            else:
                forms.add(n)
    data = os.path.join(HERE, "..", "data")
    for path in (os.path.join(out, "countries.txt"), os.path.join(data, "gazetteer", "world.txt"),
                 os.path.join(data, "places.txt"), os.path.join(data, "gazetteer", "orgs.txt")):
        forms.update(entries(path))
    return forms


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default="/work/shared/data")
    ap.add_argument("--out", default=os.path.join(HERE, "..", "data", "gazetteer"))
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)

    # ---- NER corpora: names, name words, common words
    ent = collections.defaultdict(collections.Counter)
    lower = collections.Counter()      # word seen lower case outside entities
    cap_out = collections.Counter()    # capitalized outside entities, not sentence-initial
    in_per = collections.Counter()     # word inside a PER span
    in_ent = collections.Counter()
    for sent in corpora(a.shared):
        for i, (tok, tag) in enumerate(sent):
            if tag == "O":
                if tok.islower():
                    lower[tok] += 1
                elif tok[:1].isupper() and i > 0 and sent[i - 1][0] not in {'"', "“", "(", "."}:
                    cap_out[tok.lower()] += 1
            else:
                in_ent[tok.lower()] += 1
                if LABELS.get(tag[2:]) == "PER":
                    in_per[tok.lower()] += 1
        for name, lab in spans(sent):
            if lab:
                ent[name][lab] += 1
    # Common words also count the news corpus's train and dev articles (never
    # its test split): their lower-case words and the words of their gold
    # person names. (Name words and names come from the NER splits only.)
    lower_all, in_per_all = collections.Counter(lower), collections.Counter(in_per)
    for w, lab in corpus_words():
        if lab == "PER":
            in_per_all[w.lower()] += 1
        elif lab is None and w.islower():
            lower_all[w] += 1
    # (words that end organization names, data/entity/heads.txt's [suffix]
    # and [orgtail], stay out: *Center of Reform on Economics* is a name although
    # *call center* is written in lower case)
    heads = head_words()
    org_tails = {w.lower() for w in heads["suffix"] | heads["orgtail"]}
    common = set()
    for w, n in lower_all.items():
        if not re.fullmatch(r"[a-z][a-z\-]*", w) or len(w) < 2 or w in org_tails:
            continue
        if n > 2 * in_per_all[w] and n >= 5:
            common.add(w)
    name_words = set()
    for w, n in in_per.items():
        if re.fullmatch(r"[a-z][a-z'\-]+", w) and w not in common and lower[w] == 0 and n > cap_out[w]:
            name_words.add(w)
    by_label = {"PER": set(), "ORG": set(), "LOC": set()}
    for name, c in ent.items():
        lab, n = c.most_common(1)[0]
        total = sum(c.values())
        if n < 0.8 * total:
            continue
        if not name[:1].isupper() or len(name) < 2 or len(name) > 60:
            continue
        if not re.fullmatch(r"[\w .&'\-]+", name):
            continue
        words = name.split()
        if all(w.lower() in common for w in words):
            continue
        if len(words) == 1 and len(name) < 3 and not name.isupper():
            continue
        by_label[lab].add(name)

    # Person names made only of name words are found by the name-word rule
    # anyway: leave them out to keep the list small.
    hand = set()
    with open(os.path.join(HERE, "..", "data", "entity", "first-names.txt"), encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#"):
                hand.update(line.split())
    known = name_words | hand
    # Size budget (the wasm must stay small): of the corpus organizations only
    # acronyms are kept; full names are mostly found by head words and
    # curated lists.
    # Category words, not named institutions (the guidelines' ORG is one with a
    # name: *perusahaan BUMN* names no company); in the news corpus's train and
    # dev gold, BUMN alone is ORG 0 times in 11, TPI 0 in 7, SPBU (a filling
    # station) a place 1 time in 9.
    generic = {"BUMN", "BUMD", "TPI", "SPBU"}
    by_label["ORG"] = {n for n in by_label["ORG"] if re.fullmatch(r"[A-Z0-9&\-]{2,8}", n) and n not in generic}
    # The news corpus's own acronyms (train and dev gold, counts only).
    # (not a head word, which opens names without being one: *PT*, *SMAN*)
    all_heads = set().union(*heads.values())
    by_label["ORG"] |= corpus_org_acronyms() - generic - all_heads - by_label["PER"] - by_label["LOC"]
    by_label["LOC"] -= generic
    by_label["PER"] = {n for n in by_label["PER"] if not all(w.lower() in known for w in n.split())}
    # The guidelines keep titles and honorifics out of a person's name
    # (*Presiden [PER SBY]*, *Pangeran [PER Diponegoro]*): a name the NER
    # corpora labelled with its title (*Presiden SBY*, *Mbak Tutut*) is left
    # out. A royal name is kept whole (*Sri Sultan Hamengku Buwono X*, as the
    # news corpus annotates it).
    titled = set()
    for rel in (("titles.txt",), ("entity", "honorifics.txt")):
        with open(os.path.join(HERE, "..", "data", *rel), encoding="utf-8") as f:
            titled.update(l.strip().lower().rstrip(".") for l in f if l.strip() and not l.startswith("#"))
    titled.discard("sultan")

    def opens_with_title(name):
        words = name.lower().split()
        return any(" ".join(words[:k]).rstrip(" .") in titled for k in range(1, len(words)))

    by_label["PER"] = {n for n in by_label["PER"] if not opens_with_title(n)}
    # ---- wilayah
    sql = open(os.path.join(a.shared, "gazetteers/wilayah/wilayah.sql"), encoding="utf-8").read()
    rows = re.findall(r"\('([0-9.]+)','((?:[^']|'')*)'\)", sql)
    prov, kab, kota, kec = [], [], [], set()
    for code, name in rows:
        name = name.replace("''", "'").strip()
        depth = code.count(".")
        if depth == 0:
            prov.append(name)
        elif depth == 1:
            if name.startswith("Kabupaten "):
                kab.append(name[len("Kabupaten "):])
            elif name.startswith("Kota "):
                kota.append(name[len("Kota "):])
        elif depth == 2:
            kec.add(name)
    regency_names = set(kab) | set(kota)
    kept_kec = []
    for n in sorted(kec):
        words = n.split()
        if n in regency_names or not n[:1].isupper():
            continue
        # Size budget and precision: one-word districts (half the list, and
        # often a surname or a word) are left to the `Kecamatan X` / `di X` rules.
        if len(words) == 1:
            continue
        if all(w.lower() in common for w in words):
            continue
        if not re.fullmatch(r"[A-Za-z' .\-()]+", n) or "(" in n:
            continue
        kept_kec.append(n)
    with open(os.path.join(a.out, "wilayah.txt"), "w", encoding="utf-8") as f:
        f.write(header(
            "Indonesian provinces, regencies/cities (bare names) and districts",
            "cahyadsn/wilayah wilayah.sql (Kepmendagri 300.2.2-2430/2025); villages left out for size",
            "MIT"))
        f.write("# [prov] province; [kab] regency (also matched as `Kabupaten X`, `Kab. X`);\n")
        f.write("# [kota] city (also `Kota X`); [kec] district (bare; multi-word names only:\n")
        f.write("# one-word districts are left to the `Kecamatan X` and `di X` rules).\n")
        for sec, items in (("prov", prov), ("kab", sorted(set(kab))), ("kota", sorted(set(kota))), ("kec", kept_kec)):
            f.write(f"[{sec}]\n")
            for n in items:
                f.write(n + "\n")

    # ---- countries
    js = json.load(open(os.path.join(a.shared, "gazetteers/countries-id/i18n-iso-countries_7.14.0_id.json"),
                        encoding="utf-8"))
    names = set()
    for v in js["countries"].values():
        for n in v if isinstance(v, list) else [v]:
            names.add(n)
    with open(os.path.join(a.out, "countries.txt"), "w", encoding="utf-8") as f:
        f.write(header("Country names in Indonesian (ISO 3166)",
                       "npm i18n-iso-countries 7.14.0 langs/id.json", "MIT"))
        for n in sorted(names):
            f.write(n + "\n")
    # Names a curated list has in the same form are left out: the curated
    # entry wins in the gazetteer anyway (src/entity/gazetteer.rs, `finish`),
    # so they would only add bytes to the wasm.
    for lab in by_label:
        by_label[lab] -= curated_forms(a.out)
    with open(os.path.join(a.out, "corpus-names.txt"), "w", encoding="utf-8") as f:
        f.write(header(
            "Entity names, person-name words and common words from the NER training splits",
            "idner-news-2k train, NERGrit train, IndoLEM NER UI fold-1 train (never dev or test)",
            "MIT (idner-news-2k), MIT/Apache-2.0 (NERGrit), CC BY 4.0 (IndoLEM, Koto et al. 2020)"))
        f.write("# [PER]/[ORG]/[LOC]: names labelled so in >= 80% of their occurrences\n")
        f.write("# (PER names made only of [name] words or data/entity/first-names.txt left out;\n")
        f.write("# ORG: acronyms only, for size; with the all-caps words that open a gold ORG span in >= 80%\n")
        f.write("# of their uses, >= 3 uses in >= 2 articles, in the news corpus's train and dev splits, heads left out).\n")
        f.write("# Names a curated list (wilayah, countries, world, places, orgs) has in the same form are left out.\n")
        f.write("# [name]: words seen inside PER names and never in lower case.\n")
        f.write("# [common]: words seen in lower case at least 5 times and more than twice as often as inside\n")
        f.write("# person names, counted over the NER training splits and this repository's news corpus\n")
        f.write("# (corpus/, train and dev splits only: word counts, no text).\n")
        for lab in ("PER", "ORG", "LOC"):
            f.write(f"[{lab}]\n")
            for n in sorted(by_label[lab]):
                f.write(n + "\n")
        f.write("[name]\n")
        for w in sorted(name_words):
            f.write(w + "\n")
        f.write("[common]\n")
        for w in sorted(common):
            f.write(w + "\n")

    print(f"PER {len(by_label['PER'])} ORG {len(by_label['ORG'])} LOC {len(by_label['LOC'])} "
          f"name {len(name_words)} common {len(common)} prov {len(prov)} kab {len(kab)} kota {len(kota)} "
          f"kec {len(kept_kec)} countries {len(names)}")


if __name__ == "__main__":
    main()
