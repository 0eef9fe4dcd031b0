"""Throughput of the Python package against the CLI on the same texts, and
of the Spark job in local mode (not part of the tests; run after
scripts/test-python, which makes the virtualenv):

    cargo build --profile release-native
    target/python/venv/bin/python bindings/python/bench.py --cli target/release-native/sorot [--spark]
"""

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "tests"))
from archive import BAD_DATES, generate, write_jsonl  # noqa: E402

import sorot  # noqa: E402


def best(f, runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        f()
        times.append(time.perf_counter() - t)
    return min(times)


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--cli", required=True)
    p.add_argument("--articles", type=int, default=3000)
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--spark", action="store_true", help="also the Spark job in local[2]")
    p.add_argument("--spark-articles", type=int, default=20000)
    args = p.parse_args()

    records = [r for r in generate(args.articles) if r.get("text") is not None and r.get("date") not in BAD_DATES]
    texts = [r["text"] for r in records]
    dates = [r.get("date") for r in records]
    mb = sum(len(t.encode()) for t in texts) / 1e6
    print(f"{len(texts)} articles, {mb:.2f} MB of text; best of {args.runs} runs")

    def report(name: str, seconds: float, base: float = 0.0) -> None:
        ratio = f"  ({base / seconds:.0%} of the CLI)" if base else ""
        print(f"{name:<44} {mb / seconds:6.1f} MB/s {len(texts) / seconds:8.0f} articles/s{ratio}")

    with tempfile.TemporaryDirectory() as tmp:
        path = write_jsonl(records, Path(tmp) / "a.jsonl")
        cli = best(lambda: subprocess.run([args.cli, "annotate", "--jsonl", "--threads", "1", str(path)],
                                          stdout=subprocess.DEVNULL, check=True), args.runs)
        cli2 = best(lambda: subprocess.run([args.cli, "annotate", "--jsonl", "--threads", "2", str(path)],
                                           stdout=subprocess.DEVNULL, check=True), args.runs)
    a = sorot.Annotator()
    report("CLI --jsonl --threads 1 (JSON written)", cli)
    report("Python annotate(), one thread", best(lambda: [a.annotate(t, d) for t, d in zip(texts, dates)], args.runs), cli)
    report("Python annotate().to_json(), one thread",
           best(lambda: [a.annotate(t, d).to_json() for t, d in zip(texts, dates)], args.runs), cli)
    report("Python annotate().to_dict(), one thread",
           best(lambda: [a.annotate(t, d).to_dict() for t, d in zip(texts, dates)], args.runs), cli)
    report("Python annotate_many(threads=1)", best(lambda: a.annotate_many(texts, dates, threads=1), args.runs), cli)
    report("CLI --jsonl --threads 2", cli2)
    report("Python annotate_many(threads=2)", best(lambda: a.annotate_many(texts, dates, threads=2), args.runs), cli2)

    if args.spark:
        from pyspark.sql import SparkSession

        from sorot.spark import run

        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        spark = (SparkSession.builder.master("local[2]").config("spark.ui.enabled", "false")
                 .config("spark.ui.showConsoleProgress", "false").getOrCreate())
        spark.sparkContext.setLogLevel("WARN")
        with tempfile.TemporaryDirectory() as tmp:
            big = generate(args.spark_articles, seed=5)
            size = sum(len(r["text"].encode()) for r in big if isinstance(r.get("text"), str)) / 1e6
            path = write_jsonl(big, Path(tmp) / "archive.jsonl")
            summary = run(spark, str(path), str(Path(tmp) / "out"))
        spark.stop()
        s = summary["seconds"]
        print(f"Spark local[2], {summary['records']} records ({size:.1f} MB), read to Parquet written: "
              f"{s:.1f} s, {summary['records'] / s:.0f} records/s, {size / s:.2f} MB/s")


if __name__ == "__main__":
    main()
