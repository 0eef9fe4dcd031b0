"""Annotates an archive of articles on Spark (``pip install sorot[spark]``).

Reads JSONL or Parquet records ``{id, text, date}``, annotates each partition
with one Annotator per executor process (Arrow batches through
``mapInArrow``) and writes Parquet tables keyed by article id:

- ``articles``: id, anchor and counts, one row per annotated article;
- ``entities``, ``dates``, ``quotes``, ``boilerplate``: one row per span, with
  ``idx``, its position in the article's list; offsets are code points, as in
  the CLI's JSON;
- ``clusters``: one row per entity cluster (``cluster`` is its number);
- ``errors``: one row per record that could not be annotated (no id, no
  text, a bad date, a malformed JSON line), with the reason.

Every record read ends in ``articles`` or in ``errors``; the job checks it.
Run it with ``spark-submit examples/spark/annotate_archive.py IN OUT`` or
``python -m sorot.spark IN OUT``.
"""

from __future__ import annotations

import argparse
import functools
import sys
import time
from typing import Iterator, Optional, Sequence

_SPAN = "start: bigint, end: bigint"
_ENTITY = f"struct<{_SPAN}, label: string, text: string, cluster: bigint, source: string>"
_CLUSTER = "struct<id: bigint, label: string, name: string, count: bigint>"
_DATE = f"struct<{_SPAN}, text: string, value: string, granularity: string>"
_QUOTE = (
    f"struct<{_SPAN}, text: string, kind: string, speaker: string, speakerCluster: bigint, "
    f"speakerSpan: struct<{_SPAN}>, cueSpan: struct<{_SPAN}>, referenceSpan: struct<{_SPAN}>>"
)
_BOILERPLATE = f"struct<{_SPAN}, text: string>"

#: A document as the CLI's JSON holds it (parsed in the JVM with from_json).
DOCUMENT_SCHEMA = (
    f"struct<entities: array<{_ENTITY}>, clusters: array<{_CLUSTER}>, dates: array<{_DATE}>, "
    f"quotes: array<{_QUOTE}>, boilerplate: array<{_BOILERPLATE}>, anchor: string>"
)

#: One row per input record from the Python workers: the document's JSON, or the error.
RESULT_SCHEMA = "id string, error string, document string"

_CORRUPT = "_corrupt_record"


@functools.lru_cache(maxsize=None)
def _annotator():
    """One Annotator per Python worker process, built on first use."""
    from ._sorot import Annotator

    return Annotator()


def _failure(record_id: Optional[str], reason: str) -> dict:
    return {"id": record_id, "error": reason}


def annotate_records(
    ids: Sequence[Optional[str]],
    texts: Sequence[Optional[str]],
    dates: Sequence[Optional[str]],
    corrupt: Sequence[Optional[str]],
    layers: Optional[Sequence[str]] = None,
) -> list[dict]:
    """One result row per record, in order: the document's JSON (the CLI's),
    or the reason it failed."""
    rows: list[Optional[dict]] = [None] * len(ids)
    todo = []
    for i, (record_id, text, bad_json) in enumerate(zip(ids, texts, corrupt)):
        if bad_json is not None:
            rows[i] = _failure(record_id, "malformed JSON record")
        elif record_id is None:
            rows[i] = _failure(None, "no id")
        elif text is None:
            rows[i] = _failure(record_id, "no text")
        else:
            todo.append(i)
    # One core per Spark task: Spark runs as many tasks as it has cores.
    results = _annotator().annotate_many(
        [texts[i] for i in todo], [dates[i] for i in todo], layers, threads=1, return_exceptions=True
    )
    for i, result in zip(todo, results):
        if isinstance(result, Exception):
            rows[i] = _failure(ids[i], str(result))
        else:
            rows[i] = {"id": ids[i], "error": None, "document": result.to_json()}
    return rows


def annotate_batches(batches: Iterator, layers: Optional[Sequence[str]] = None) -> Iterator:
    """The ``mapInArrow`` function: Arrow batches of records in, of results out."""
    import pyarrow as pa

    schema = pa.schema([("id", pa.string()), ("error", pa.string()), ("document", pa.string())])
    for batch in batches:
        cols = batch.to_pydict()
        n = batch.num_rows
        rows = annotate_records(
            cols["id"], cols["text"], cols["date"], cols.get(_CORRUPT) or [None] * n, layers
        )
        yield pa.RecordBatch.from_pylist(rows, schema=schema)


def read_archive(spark, path: str, fmt: str = "auto"):
    """The records at ``path`` (JSONL or Parquet) as a DataFrame of strings:
    id, text, date (a Parquet date or timestamp becomes YYYY-MM-DD) and
    ``_corrupt_record`` (a malformed JSON line, else null)."""
    from pyspark.sql import functions as F
    from pyspark.sql.types import DateType, TimestampType

    if fmt == "auto":
        fmt = "parquet" if path.rstrip("/").endswith(".parquet") else "jsonl"
    if fmt == "jsonl":
        return (
            spark.read.schema(f"id string, text string, date string, {_CORRUPT} string")
            .option("mode", "PERMISSIVE")
            .option("columnNameOfCorruptRecord", _CORRUPT)
            .json(path)
        )
    if fmt != "parquet":
        raise ValueError(f"unknown input format {fmt!r}: expected jsonl or parquet")
    df = spark.read.parquet(path)
    missing = [c for c in ("id", "text") if c not in df.columns]
    if missing:
        raise ValueError(f"{path}: no column {', '.join(missing)} (expected id, text and optionally date)")
    if "date" not in df.columns:
        date = F.lit(None).cast("string")
    elif isinstance(df.schema["date"].dataType, (DateType, TimestampType)):
        date = F.date_format("date", "yyyy-MM-dd")
    else:
        date = F.col("date").cast("string")
    return df.select(
        F.col("id").cast("string").alias("id"),
        F.col("text").cast("string").alias("text"),
        date.alias("date"),
        F.lit(None).cast("string").alias(_CORRUPT),
    )


def annotate_frame(df, layers: Optional[Sequence[str]] = None):
    """A DataFrame of records (id, text, date[, _corrupt_record]) → one row
    each: id, error, and the document (DOCUMENT_SCHEMA) or null."""
    from pyspark.sql import functions as F

    if _CORRUPT not in df.columns:
        df = df.withColumn(_CORRUPT, F.lit(None).cast("string"))
    df = df.select("id", "text", "date", _CORRUPT)
    results = df.mapInArrow(lambda batches: annotate_batches(batches, layers), RESULT_SCHEMA)
    return results.select("id", "error", F.from_json("document", DOCUMENT_SCHEMA).alias("doc"))


def tables(results) -> dict:
    """The output tables (DataFrames) from the result rows."""
    from pyspark.sql import functions as F

    ok = results.where(F.col("error").isNull()).select("id", "doc.*")

    def spans(name: str, *fields):
        exploded = ok.select("id", F.posexplode(name).alias("idx", "s"))
        return exploded.select("id", "idx", *(fields or ["s.*"]))

    def span(name: str, prefix: str):
        return [F.col(f"s.{name}.start").alias(f"{prefix}_start"), F.col(f"s.{name}.end").alias(f"{prefix}_end")]

    return {
        "articles": ok.select(
            "id", "anchor", *(F.size(name).alias(name) for name in ("entities", "clusters", "dates", "quotes", "boilerplate"))
        ),
        "entities": spans("entities"),
        "clusters": ok.select("id", F.explode("clusters").alias("c")).select(
            "id", F.col("c.id").alias("cluster"), "c.label", "c.name", "c.count"
        ),
        "dates": spans("dates"),
        "quotes": spans(
            "quotes", "s.start", "s.end", "s.text", "s.kind", "s.speaker", F.col("s.speakerCluster").alias("speaker_cluster"),
            *span("speakerSpan", "speaker"), *span("cueSpan", "cue"), *span("referenceSpan", "reference"),
        ),
        "boilerplate": spans("boilerplate"),
        "errors": results.where(F.col("error").isNotNull()).select("id", "error"),
    }


def _say(msg: str) -> None:
    print(f"sorot-spark: {msg}", file=sys.stderr, flush=True)


def run(spark, source: str, out: str, fmt: str = "auto", limit: Optional[int] = None,
        layers: Optional[Sequence[str]] = None) -> dict:
    """Reads, annotates and writes; returns the run summary. A progress line per stage on stderr."""
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    t0 = time.monotonic()
    records = read_archive(spark, source, fmt)
    if limit is not None:
        records = records.limit(limit)
    # Spread a small archive over every core (a big one has partitions enough).
    cores = spark.sparkContext.defaultParallelism
    if records.rdd.getNumPartitions() < cores:
        records = records.repartition(cores * 2)
    records = records.persist(StorageLevel.MEMORY_AND_DISK)
    read = records.count()
    _say(f"read: {read} records from {source} ({time.monotonic() - t0:.1f} s)")

    t = time.monotonic()
    results = annotate_frame(records, layers).persist(StorageLevel.MEMORY_AND_DISK)
    total, failed = results.select(F.count("*"), F.count("error")).first()
    annotated = total - failed
    _say(f"annotate: {annotated} articles, {failed} failed ({time.monotonic() - t:.1f} s)")
    records.unpersist()

    rows = {}
    for name, table in tables(results).items():
        t = time.monotonic()
        table.write.mode("overwrite").parquet(f"{out.rstrip('/')}/{name}")
        rows[name] = spark.read.parquet(f"{out.rstrip('/')}/{name}").count()
        _say(f"write {name}: {rows[name]} rows ({time.monotonic() - t:.1f} s)")
    results.unpersist()

    seconds = time.monotonic() - t0
    summary = {"records": read, "articles": rows["articles"], "failures": rows["errors"], "seconds": seconds}
    lost = read - rows["articles"] - rows["errors"]
    _say(
        f"done: {read} records, {rows['articles']} articles annotated, {rows['errors']} failures "
        f"(see {out.rstrip('/')}/errors), {seconds:.1f} s, {read / max(seconds, 1e-9):.0f} records/s"
    )
    if lost:
        raise RuntimeError(f"{lost} records are in neither the articles nor the errors table")
    return summary


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(
        prog="annotate_archive",
        description="Annotates an archive of articles (JSONL or Parquet: id, text, date) "
        "and writes Parquet tables of entities, clusters, dates, quotes, boilerplate and errors.",
    )
    parser.add_argument("input", help="JSONL file(s) or Parquet path of records {id, text, date}")
    parser.add_argument("output", help="folder for the Parquet tables (overwritten)")
    parser.add_argument("--format", choices=["auto", "jsonl", "parquet"], default="auto",
                        help="input format (auto: parquet when the path ends in .parquet)")
    parser.add_argument("--limit", type=int, help="annotate only the first N records")
    parser.add_argument("--layers", help="comma-separated: entities,dates,quotes,boilerplate (default: all)")
    parser.add_argument("--master", help="Spark master when not run by spark-submit, e.g. local[2]")
    args = parser.parse_args(argv)

    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("sorot-annotate-archive")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("WARN")
    layers = args.layers.split(",") if args.layers else None
    try:
        run(spark, args.input, args.output, args.format, args.limit, layers)
    except (ValueError, RuntimeError) as err:
        _say(f"error: {err}")
        return 1
    finally:
        spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
