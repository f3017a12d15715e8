#!/usr/bin/env python3
"""Runs factmark under Spark: `RDD.pipe` in local mode over a JSONL file of
articles, and checks that the collected output equals a plain run of the
same binary over the same file.

Usage: spark_pipe.py FACTMARK_BINARY ARTICLES.jsonl [PARTITIONS]
Needs pyspark (and Java); `just spark` sets both up.
"""
import subprocess
import sys
import time

from pyspark.sql import SparkSession


def main():
    binary, articles = sys.argv[1], sys.argv[2]
    partitions = int(sys.argv[3]) if len(sys.argv) > 3 else 4
    spark = (
        SparkSession.builder.master("local[2]")
        .appName("factmark-pipe")
        .config("spark.ui.enabled", "false")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    started = time.time()
    lines = spark.sparkContext.textFile(articles, minPartitions=partitions)
    piped = lines.pipe(f"{binary} annotate --format jsonl --quiet -j 1").collect()
    elapsed = time.time() - started
    used = lines.getNumPartitions()
    spark.stop()
    plain = subprocess.run(
        [binary, "annotate", articles, "--format", "jsonl", "--quiet"],
        check=True,
        capture_output=True,
    ).stdout.decode("utf-8").splitlines()
    if piped != plain:
        missing = len(set(plain) - set(piped))
        extra = len(set(piped) - set(plain))
        print(f"spark pipe: DIFFERENT from a plain run: {len(piped)} vs "
              f"{len(plain)} lines, {missing} missing, {extra} extra")
        sys.exit(1)
    print(f"spark pipe: {len(piped)} articles through RDD.pipe on {used} "
          f"partitions in {elapsed:.1f} s, identical to a plain run")


if __name__ == "__main__":
    main()
