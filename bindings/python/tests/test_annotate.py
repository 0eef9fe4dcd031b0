"""The Python API over the installed wheel: offsets, documents, errors, batches."""

import datetime
import json
import sys
import threading
from pathlib import Path

import pytest

import sorot

from archive import BAD_DATES, generate, write_jsonl


def test_the_installed_wheel_is_tested_not_the_source_tree():
    assert "site-packages" in Path(sorot.__file__).parts, sorot.__file__
    assert Path(sys.prefix) in Path(sorot.__file__).parents


# Each case: text; the (label, text) of the entities; the quotes' (text, speaker).
OFFSET_CASES = {
    "plain ASCII": (
        '"Kami siap," kata Presiden Joko Widodo di Jakarta.',
        [("PER", "Joko Widodo"), ("LOC", "Jakarta")],
        [("Kami siap,", "Joko Widodo")],
    ),
    "emoji before (two UTF-16 units, four UTF-8 bytes)": (
        "😀🇮🇩 “Kami siap,” kata Presiden Joko Widodo di Jakarta.",
        [("PER", "Joko Widodo"), ("LOC", "Jakarta")],
        [("Kami siap,", "Joko Widodo")],
    ),
    "curly quotes and accents": (
        "Menurut Menteri Sri Mulyani, “anggaran café dan résumé naik,” katanya di Surabaya.",
        [("PER", "Sri Mulyani"), ("LOC", "Surabaya")],
        [("anggaran café dan résumé naik,", "Sri Mulyani")],
    ),
    "a lone surrogate counts as one code point": (
        "\ud800 “Kami siap,” kata Presiden Joko Widodo.",
        [("PER", "Joko Widodo")],
        [("Kami siap,", "Joko Widodo")],
    ),
    "empty text": ("", [], []),
}


@pytest.mark.parametrize("name", OFFSET_CASES)
def test_offsets_are_python_string_indices(annotator, name):
    text, entities, quotes = OFFSET_CASES[name]
    doc = annotator.annotate(text)
    assert [(e.label, e.text) for e in doc.entities] == entities
    assert [(q.text, q.speaker) for q in doc.quotes] == quotes
    spans = [*doc.entities, *doc.dates, *doc.quotes, *doc.boilerplate]
    for s in spans:
        if "\ud800" not in text:
            assert text[s.start:s.end] == s.text, (name, s)
    for q in doc.quotes:
        if q.speaker_span is not None:
            assert text[q.speaker_span.start:q.speaker_span.end] in q.speaker


def test_document_is_typed_and_to_dict_is_the_json():
    text = "“Kami siap,” kata Presiden Joko Widodo di Jakarta, Senin (11/9/2023). Baca juga: Harga beras naik"
    doc = sorot.Annotator().annotate(text, date="2023-09-12")
    assert isinstance(doc, sorot.Document)
    e = doc.entities[0]
    assert (e.start, e.end, e.label, e.text, e.cluster, e.source) == (27, 38, "PER", "Joko Widodo", 0, "rules")
    c = doc.clusters[e.cluster]
    assert (c.id, c.label, c.name, c.count) == (0, "PER", "Joko Widodo", 1)
    d = doc.dates[0]
    assert (d.text, d.value, d.granularity) == ("Senin (11/9/2023)", "2023-09-11", "day")
    q = doc.quotes[0]
    assert (q.kind, q.speaker, q.speaker_cluster) == ("direct", "Joko Widodo", 0)
    assert (q.speaker_span.start, q.speaker_span.end) == (27, 38)
    assert text[q.cue_span.start:q.cue_span.end] == "kata"
    assert q.reference_span is None
    assert doc.anchor == "2023-09-12"
    as_dict = doc.to_dict()
    assert as_dict["quotes"][0]["speakerSpan"] == {"start": 27, "end": 38}
    assert as_dict["entities"][0] == e.to_dict()
    assert json.loads(json.dumps(as_dict)) == as_dict
    assert doc == sorot.Annotator().annotate(text, date=datetime.date(2023, 9, 12))
    assert "Document(entities=2" in repr(doc)
    assert repr(e).startswith("Entity(start=27, end=38, label='PER'")


# Each case: keyword arguments; the layers that must come back non-empty.
LAYER_CASES = {
    "all by default": ({}, {"entities", "dates", "quotes"}),
    "dates only": ({"layers": ["dates"]}, {"dates"}),
    "quotes without entities keep their speaker": ({"layers": ["quotes"]}, {"quotes"}),
    "entities and dates": ({"layers": ("entities", "dates")}, {"entities", "dates"}),
}


@pytest.mark.parametrize("name", LAYER_CASES)
def test_layers(annotator, name):
    kwargs, present = LAYER_CASES[name]
    doc = annotator.annotate("“Kami siap,” kata Presiden Joko Widodo, Senin (11/9/2023).", **kwargs)
    got = {layer for layer in ("entities", "dates", "quotes") if getattr(doc, layer)}
    assert got == present
    if doc.quotes:
        assert doc.quotes[0].speaker == "Joko Widodo"


# Each case: args, kwargs, exception type, words its message must hold.
BAD_INPUT_CASES = {
    "None": ((None,), {}, TypeError, "text must be str, not NoneType"),
    "bytes": ((b"kata Joko",), {}, TypeError, "decode it first"),
    "a number": ((42,), {}, TypeError, "not int"),
    "impossible date": (("x",), {"date": "2023-02-30"}, ValueError, 'invalid date "2023-02-30"'),
    "a word for a date": (("x",), {"date": "kemarin"}, ValueError, "expected YYYY-MM-DD"),
    "a date of the wrong type": (("x",), {"date": 20230912}, TypeError, "datetime.date"),
    "unknown layer": (("x",), {"layers": ["people"]}, ValueError, 'unknown layer "people"'),
    "layers as one str": (("x",), {"layers": "dates"}, TypeError, ""),
    "huge text": (("a" * (sorot.MAX_INPUT_BYTES + 1),), {}, ValueError, "text is too large"),
}


@pytest.mark.parametrize("name", BAD_INPUT_CASES)
def test_bad_input_raises_a_clear_exception(annotator, name):
    args, kwargs, exc, words = BAD_INPUT_CASES[name]
    with pytest.raises(exc) as info:
        annotator.annotate(*args, **kwargs)
    assert words in str(info.value)


def test_binary_looking_text_is_annotated_not_a_crash(annotator):
    text = bytes(range(256)).decode("latin-1") * 50
    doc = annotator.annotate(text)
    for s in doc.entities:
        assert text[s.start:s.end] == s.text


def test_annotate_many_keeps_order_and_equals_annotate(annotator):
    records = [r for r in generate(120) if r.get("text") is not None and r.get("date") not in BAD_DATES]
    texts = [r["text"] for r in records]
    dates = [r.get("date") for r in records]
    one_by_one = [annotator.annotate(t, d) for t, d in zip(texts, dates)]
    for threads in (None, 1, 2, 3):
        assert annotator.annotate_many(texts, dates, threads=threads) == one_by_one, threads
    assert annotator.annotate_many(iter(texts)) == [annotator.annotate(t) for t in texts]
    assert annotator.annotate_many([]) == []


# Each case: texts, dates, kwargs, exception type, words of its message.
BAD_BATCH_CASES = {
    "one str, not a list": ("kata Joko", None, {}, TypeError, "not one str"),
    "dates shorter": (["a", "b"], ["2023-09-12"], {}, ValueError, "dates has 1 items but texts has 2"),
    "dates as one str": (["a"], "2023-09-12", {}, TypeError, "not one str"),
    "a None text names its index": (["a", None], None, {}, TypeError, "texts[1] must be str"),
    "a bad date names its index": (["a", "b"], [None, "2023-13-01"], {}, ValueError, 'invalid date "2023-13-01"'),
    "zero threads": (["a"], None, {"threads": 0}, ValueError, "threads must be at least 1"),
}


@pytest.mark.parametrize("name", BAD_BATCH_CASES)
def test_annotate_many_bad_input(annotator, name):
    texts, dates, kwargs, exc, words = BAD_BATCH_CASES[name]
    with pytest.raises(exc) as info:
        annotator.annotate_many(texts, dates, **kwargs)
    assert words in str(info.value)


def test_annotate_many_return_exceptions_keeps_the_good_records(annotator):
    texts = ["kata Joko Widodo.", None, b"bytes", "kata Sri Mulyani.", "x", "a" * (sorot.MAX_INPUT_BYTES + 1)]
    dates = [None, None, None, "2023-09-12", "2023-02-30", None]
    out = annotator.annotate_many(texts, dates, return_exceptions=True)
    kinds = [type(r).__name__ for r in out]
    assert kinds == ["Document", "TypeError", "TypeError", "Document", "ValueError", "ValueError"]
    assert out[3] == annotator.annotate(texts[3], dates[3])
    assert "invalid date" in str(out[4]) and "too large" in str(out[5])


def test_annotate_many_releases_the_gil(annotator):
    texts = [r["text"] for r in generate(400) if isinstance(r.get("text"), str)]
    ticks = []
    done = threading.Event()

    def tick():
        while not done.is_set():
            ticks.append(1)
            done.wait(0.001)

    t = threading.Thread(target=tick)
    t.start()
    before = len(ticks)
    annotator.annotate_many(texts, threads=1)
    during = len(ticks) - before
    done.set()
    t.join()
    # With the GIL held for the whole batch the other thread could not run at all.
    assert during > 5


def test_documents_equal_the_cli_record_for_record(annotator, cli, tmp_path):
    records = generate(300, seed=7)
    path = write_jsonl(records, tmp_path / "articles.jsonl")
    cli_records, cli_errors, cli_lines = cli(path)
    assert len(cli_records) + len(cli_errors) == len(records)
    for lineno, record in enumerate(records, 1):
        try:
            doc = annotator.annotate(record.get("text"), record.get("date"))
        except (TypeError, ValueError) as err:
            assert lineno in cli_errors, (record["id"], err)
            if isinstance(err, ValueError):
                assert cli_errors[lineno] == str(err)
            continue
        assert {"id": record["id"], **doc.to_dict()} == cli_records[record["id"]]
        assert doc.to_json() == "{" + cli_lines[record["id"]].split(",", 1)[1]
