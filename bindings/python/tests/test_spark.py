"""The Spark job in local mode against the command line, record for record."""

import datetime
import os
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from archive import REPO, generate, write_jsonl

pyspark = pytest.importorskip("pyspark")

ARTICLES = 2400
JOB = REPO / "examples" / "spark" / "annotate_archive.py"


def spark_env():
    env = dict(os.environ, PYSPARK_PYTHON=sys.executable, PYSPARK_DRIVER_PYTHON=sys.executable)
    env.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    return env


def read_table(out: Path, name: str) -> list[dict]:
    return pq.read_table(out / name).to_pylist()


def documents(out: Path) -> dict:
    """The Parquet tables put back into the CLI's JSON records, by id."""
    from sorot._rows import nested_quote

    docs = {}
    for a in read_table(out, "articles"):
        docs[a["id"]] = {"id": a["id"], "entities": [], "clusters": [], "dates": [], "quotes": [],
                         "boilerplate": [], "anchor": a["anchor"]}
    for name in ("entities", "dates", "quotes", "boilerplate"):
        rows = defaultdict(list)
        for r in read_table(out, name):
            rows[r.pop("id")].append(r)
        for article, spans in rows.items():
            spans.sort(key=lambda r: r["idx"])
            for r in spans:
                del r["idx"]
            docs[article][name] = [nested_quote(r) for r in spans] if name == "quotes" else spans
    for r in sorted(read_table(out, "clusters"), key=lambda r: r["cluster"]):
        docs[r["id"]]["clusters"].append({"id": r["cluster"], "label": r["label"], "name": r["name"], "count": r["count"]})
    return docs


def test_spark_job_equals_the_cli_on_a_generated_archive(cli, tmp_path):
    records = generate(ARTICLES)
    source = write_jsonl(records, tmp_path / "archive.jsonl")
    out = tmp_path / "out"
    job = subprocess.run(
        [str(Path(sys.executable).with_name("spark-submit")), "--master", "local[2]",
         "--conf", "spark.ui.enabled=false", str(JOB), str(source), str(out)],
        capture_output=True, text=True, env=spark_env(), timeout=900,
    )
    # spark-submit passes the driver's stderr on to its stdout.
    progress = [l for l in (job.stdout + job.stderr).splitlines() if l.startswith("sorot-spark:")]
    assert job.returncode == 0, (job.stdout + job.stderr)[-4000:]
    print("\n".join(progress))
    assert any(l.startswith("sorot-spark: write quotes:") for l in progress)
    assert f"sorot-spark: done: {ARTICLES} records" in progress[-1]

    cli_records, cli_errors, _ = cli(source)
    assert len(cli_records) + len(cli_errors) == ARTICLES

    docs = documents(out)
    errors = {r["id"]: r["error"] for r in read_table(out, "errors")}
    assert len(docs) + len(errors) == ARTICLES, "a record was lost"
    assert set(docs) == set(cli_records)
    bad = {records[line - 1]["id"]: message for line, message in cli_errors.items()}
    assert set(errors) == set(bad)
    assert len(errors) >= 20
    for article_id, reason in errors.items():
        record = records[int(article_id[1:])]
        if record.get("text") is None:
            assert reason == "no text"
        else:
            assert reason == bad[article_id]  # the core's message, as the CLI says it
    mismatched = [i for i in cli_records if docs[i] != cli_records[i]]
    assert not mismatched, f"{len(mismatched)} articles differ, e.g. {mismatched[:3]}"
    assert sum(len(d["quotes"]) for d in docs.values()) > ARTICLES


@pytest.fixture(scope="module")
def spark():
    from pyspark.sql import SparkSession

    os.environ.update(spark_env())
    session = (SparkSession.builder.master("local[2]").config("spark.ui.enabled", "false")
               .config("spark.ui.showConsoleProgress", "false").getOrCreate())
    yield session
    session.stop()


def test_parquet_input_limit_and_date_columns(spark, tmp_path):
    import pandas as pd

    from sorot.spark import run

    records = [r for r in generate(60, seed=3) if r.get("text") is not None]
    frame = pd.DataFrame({
        "id": range(len(records)),
        "text": [r["text"] for r in records],
        "date": [datetime.date(2023, 9, 12)] * len(records),
    })
    source = tmp_path / "archive.parquet"
    frame.to_parquet(source)
    summary = run(spark, str(source), str(tmp_path / "out"), limit=25, layers=["dates"])
    assert (summary["records"], summary["articles"], summary["failures"]) == (25, 25, 0)
    assert read_table(tmp_path / "out", "entities") == []
    dates = read_table(tmp_path / "out", "dates")
    assert dates and all(d["value"] for d in dates)
    assert {a["anchor"] for a in read_table(tmp_path / "out", "articles")} == {"2023-09-12"}


def test_malformed_lines_and_missing_ids_are_errors_not_losses(spark, tmp_path):
    from sorot.spark import run

    source = tmp_path / "archive.jsonl"
    source.write_text(
        '{"id": "ok", "text": "Kata Joko Widodo.", "date": ""}\n'
        '{"id": "cut", "text": "Kata Jo\n'
        '{"text": "Kata Sri Mulyani."}\n'
        '{"id": 7, "text": "", "date": null}\n',
        encoding="utf-8",
    )
    summary = run(spark, str(source), str(tmp_path / "out"))
    assert (summary["records"], summary["articles"], summary["failures"]) == (4, 2, 2)
    assert sorted(a["id"] for a in read_table(tmp_path / "out", "articles")) == ["7", "ok"]
    reasons = sorted(r["error"] for r in read_table(tmp_path / "out", "errors"))
    assert reasons == ["malformed JSON record", "no id"]
