"""Annotates an archive of news articles on Spark; writes Parquet tables.

    spark-submit annotate_archive.py articles.jsonl out/ [--limit N] [--layers ...]

Input: JSONL or Parquet records {id, text, date}. Output under out/: articles,
entities, clusters, dates, quotes (with speakers), boilerplate and errors,
keyed by article id. The work is sorot.spark's (installed with the wheel on
the driver and the executors); see the README's "Python and Spark".
"""

import sys

from sorot.spark import main

if __name__ == "__main__":
    sys.exit(main())
