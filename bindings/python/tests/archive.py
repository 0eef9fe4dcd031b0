"""A generated archive of news articles for the tests and the benchmark.

Articles are assembled from the paragraphs of the project's news corpus
(``corpus/corpus.jsonl``), shuffled with a fixed seed, with emoji and curly
quotes mixed in and publication dates spread over ten years. Every 97th
record is bad on purpose (no text, null text, or a bad date) and must end in
an error, never be lost.
"""

from __future__ import annotations

import datetime
import json
import random
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
CORPUS = REPO / "corpus" / "corpus.jsonl"

#: The bad dates the archive holds.
BAD_DATES = ("2023-02-30", "kemarin", "12/09/2023")

#: The bad records, cycled: what is wrong with each.
BAD = [
    ("missing text", lambda r: r.pop("text")),
    ("null text", lambda r: r.update(text=None)),
    *((f"bad date {d}", lambda r, d=d: r.update(date=d)) for d in BAD_DATES),
]

_DECOR = ["", "", "", "😀 ", "🇮🇩 ", "“Kita lihat nanti,” ujarnya. ", "Baca juga: Harga beras naik lagi\n"]


def paragraphs() -> list[str]:
    out = []
    with CORPUS.open(encoding="utf-8") as f:
        for line in f:
            out.extend(p for p in json.loads(line)["text"].split("\n") if p.strip())
    return out


def generate(n: int, seed: int = 23) -> list[dict]:
    """``n`` records ``{id, text, date}``; the bad ones are every 97th."""
    rng = random.Random(seed)
    paras = paragraphs()
    start = datetime.date(2014, 1, 1)
    records = []
    for i in range(n):
        body = [rng.choice(_DECOR) + rng.choice(paras) for _ in range(rng.randint(3, 9))]
        date = start + datetime.timedelta(days=rng.randrange(3650))
        record = {"id": f"a{i:05d}", "text": "\n".join(body), "date": date.isoformat()}
        if i % 11 == 5:
            record["date"] = None  # anchored on the text's own first date
        elif i % 13 == 7:
            record.pop("date")
        if i % 97 == 96:
            BAD[(i // 97) % len(BAD)][1](record)
        records.append(record)
    return records


def write_jsonl(records: list[dict], path: Path) -> Path:
    with path.open("w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return path
