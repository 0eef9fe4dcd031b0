"""sorot.frames: a DataFrame of articles into tidy tables, one row per span."""

import datetime

import pandas as pd
import pytest

import sorot
import sorot.frames

TEXT = "“Kami siap,” kata Presiden Joko Widodo di Jakarta, Senin (11/9/2023)."


def test_tables_have_one_row_per_span_keyed_by_article():
    articles = pd.DataFrame(
        {
            "id": ["a", "b", "c", "d", "e", "f"],
            "text": [TEXT, "Sri Mulyani tiba di Surabaya kemarin.", None, TEXT, TEXT, 42],
            "date": ["2023-09-12", pd.Timestamp("2023-09-12"), None, "2023-02-30", pd.NaT, None],
        }
    )
    t = sorot.frames.annotate_frame(articles, id="id", threads=2)
    assert t.entities[["article", "label", "text"]].values.tolist() == [
        ["a", "PER", "Joko Widodo"], ["a", "LOC", "Jakarta"],
        ["b", "PER", "Sri Mulyani"], ["b", "LOC", "Surabaya"],
        ["e", "PER", "Joko Widodo"], ["e", "LOC", "Jakarta"],
    ]
    assert t.dates[["article", "text", "value"]].values.tolist() == [
        ["a", "Senin (11/9/2023)", "2023-09-11"],
        ["b", "kemarin", "2023-09-11"],
        ["e", "Senin (11/9/2023)", "2023-09-11"],
    ]
    q = t.quotes.iloc[0]
    assert (q.article, q.text, q.speaker, q.speaker_cluster) == ("a", "Kami siap,", "Joko Widodo", 0)
    assert TEXT[q.speaker_start:q.speaker_end] == "Joko Widodo"
    assert pd.isna(q.reference_start) and str(t.quotes.dtypes["reference_start"]) == "Int64"
    assert t.clusters[t.clusters.article == "b"][["cluster", "name"]].values.tolist() == [[0, "Sri Mulyani"], [1, "Surabaya"]]
    errors = dict(t.errors.values.tolist())
    assert set(errors) == {"c", "d", "f"}
    assert errors["c"] == "no text" and 'invalid date "2023-02-30"' in errors["d"]
    assert "must be str, not int" in errors["f"]


def test_index_is_the_key_and_date_column_is_optional():
    articles = pd.DataFrame({"body": [TEXT, ""]}, index=[10, 20])
    t = sorot.frames.annotate_frame(articles, text="body", annotator=sorot.Annotator())
    assert t.entities.article.unique().tolist() == [10]
    assert t.errors.empty
    # Without a date, the first full date of the text anchors relative ones.
    assert t.dates.value.tolist() == ["2023-09-11"]


@pytest.mark.parametrize(
    "date", ["2023-09-12", datetime.date(2023, 9, 12), datetime.datetime(2023, 9, 12, 23, 59), pd.Timestamp("2023-09-12")]
)
def test_date_types(date):
    doc = sorot.Annotator().annotate("Dia tiba kemarin.", date=date)
    assert doc.dates[0].value == "2023-09-11"
