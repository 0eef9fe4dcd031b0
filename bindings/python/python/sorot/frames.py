"""Tidy pandas tables from a DataFrame of articles (``pip install sorot[pandas]``).

>>> import pandas as pd, sorot.frames
>>> articles = pd.DataFrame({"text": ["Kata Joko Widodo di Jakarta."], "date": ["2023-09-12"]})
>>> t = sorot.frames.annotate_frame(articles)
>>> t.entities[["article", "label", "text"]].values.tolist()
[[0, 'PER', 'Joko Widodo'], [0, 'LOC', 'Jakarta']]

Every table has one row per span (or cluster, or failed article), keyed by
``article``: the DataFrame's index, or the column named by ``id``.
"""

from __future__ import annotations

from typing import Any, NamedTuple, Optional, Sequence

from ._rows import QUOTE_FIELDS, flat_quote
from ._sorot import Annotator

__all__ = ["Tables", "annotate_frame", "tables"]

_COLUMNS = {
    "entities": ["article", "start", "end", "label", "text", "cluster", "source"],
    "clusters": ["article", "cluster", "label", "name", "count"],
    "dates": ["article", "start", "end", "text", "value", "granularity"],
    "quotes": ["article", *QUOTE_FIELDS],
    "errors": ["article", "error"],
}


class Tables(NamedTuple):
    """One pandas DataFrame per kind of span, plus the articles that failed."""

    entities: Any
    clusters: Any
    dates: Any
    quotes: Any
    errors: Any


def tables(keys: Sequence[Any], results: Sequence[Any]) -> Tables:
    """Tables from ``Annotator.annotate_many(..., return_exceptions=True)``'s result."""
    import pandas as pd

    rows: dict[str, list] = {name: [] for name in _COLUMNS}
    for key, result in zip(keys, results):
        if isinstance(result, Exception):
            rows["errors"].append({"article": key, "error": str(result)})
            continue
        doc = result.to_dict()
        for c in doc["clusters"]:
            c["cluster"] = c.pop("id")
        doc["quotes"] = [flat_quote(q) for q in doc["quotes"]]
        for name in ("entities", "clusters", "dates", "quotes"):
            rows[name].extend({"article": key, **span} for span in doc[name])
    frames = {name: pd.DataFrame(rows[name], columns=cols) for name, cols in _COLUMNS.items()}
    nullable = [c for c in QUOTE_FIELDS if c.endswith(("_start", "_end", "_cluster"))]
    frames["quotes"] = frames["quotes"].astype({c: "Int64" for c in nullable})
    return Tables(**frames)


def _missing_to_none(value: Any) -> Any:
    """The value, or None for a missing one (None, NaN, NaT)."""
    import pandas as pd

    return None if value is None or (not isinstance(value, str) and pd.isna(value)) else value


def annotate_frame(
    df: Any,
    text: str = "text",
    date: Optional[str] = "date",
    id: Optional[str] = None,
    *,
    annotator: Optional[Annotator] = None,
    layers: Optional[Sequence[str]] = None,
    threads: Optional[int] = None,
) -> Tables:
    """Annotates ``df[text]`` (dates from ``df[date]`` when that column exists:
    str, datetime or missing) on ``threads`` cores; a bad article (no text,
    a bad date, a text that is not str) lands in ``errors`` with its reason,
    the others are annotated."""
    annotator = annotator or Annotator()
    texts = df[text].tolist()
    missing = [_missing_to_none(t) is None for t in texts]
    dates = [_missing_to_none(v) for v in df[date].tolist()] if date is not None and date in df else None
    keys = df[id].tolist() if id is not None else df.index.tolist()
    results = annotator.annotate_many(
        ["" if m else t for t, m in zip(texts, missing)], dates, layers, threads=threads, return_exceptions=True
    )
    results = [ValueError("no text") if m else r for r, m in zip(results, missing)]
    return tables(keys, results)
