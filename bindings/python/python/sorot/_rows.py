"""Flat rows from a document's dict: the shape of the pandas and Spark tables."""

from __future__ import annotations

from typing import Any, Optional

#: A quote's columns: the spans flattened to nullable start/end pairs.
QUOTE_FIELDS = [
    "start", "end", "text", "kind", "speaker", "speaker_cluster",
    "speaker_start", "speaker_end", "cue_start", "cue_end", "reference_start", "reference_end",
]


def _at(span: Optional[dict], key: str) -> Optional[int]:
    return None if span is None else span[key]


def flat_quote(q: dict) -> dict[str, Any]:
    """A quote of ``Document.to_dict()`` with its spans as start/end columns."""
    s, c, r = q["speakerSpan"], q["cueSpan"], q["referenceSpan"]
    return {
        "start": q["start"], "end": q["end"], "text": q["text"], "kind": q["kind"],
        "speaker": q["speaker"], "speaker_cluster": q["speakerCluster"],
        "speaker_start": _at(s, "start"), "speaker_end": _at(s, "end"),
        "cue_start": _at(c, "start"), "cue_end": _at(c, "end"),
        "reference_start": _at(r, "start"), "reference_end": _at(r, "end"),
    }


def nested_quote(row: dict) -> dict[str, Any]:
    """The inverse of :func:`flat_quote`: the CLI's JSON shape."""

    def span(name: str) -> Optional[dict]:
        start, end = row[f"{name}_start"], row[f"{name}_end"]
        return None if start is None else {"start": start, "end": end}

    return {
        "start": row["start"], "end": row["end"], "text": row["text"], "kind": row["kind"],
        "speaker": row["speaker"], "speakerCluster": row["speaker_cluster"],
        "speakerSpan": span("speaker"), "cueSpan": span("cue"), "referenceSpan": span("reference"),
    }
