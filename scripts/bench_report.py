#!/usr/bin/env python3
"""Prints the medians of the criterion benchmarks in MB/s (10^6 bytes a
second), with each group's ratios to the UAX #29 iterator when the group
measured it. Reads target/criterion/; run after `cargo bench`."""
import json
import os
import sys

ROOT = sys.argv[1] if len(sys.argv) > 1 else "target/criterion"


def main():
    groups = {}
    for dirpath, _, files in os.walk(ROOT):
        if "benchmark.json" not in files or not dirpath.endswith("/new"):
            continue
        with open(os.path.join(dirpath, "benchmark.json")) as fh:
            bench = json.load(fh)
        with open(os.path.join(dirpath, "estimates.json")) as fh:
            est = json.load(fh)
        nbytes = (bench.get("throughput") or {}).get("Bytes")
        if not nbytes:
            continue
        median_s = est["median"]["point_estimate"] / 1e9
        groups.setdefault(bench["group_id"], {})[bench["function_id"]] = (
            nbytes / 1e6 / median_s)
    for group, rates in sorted(groups.items()):
        base = rates.get("uax29")
        for name, rate in sorted(rates.items(), key=lambda kv: -kv[1]):
            ratio = f"  {rate / base:5.2f}x uax29" if base else ""
            print(f"{group:12s} {name:14s} {rate:8.1f} MB/s{ratio}")
        if "j1" in rates and "j2" in rates:
            print(f"{group:12s} {'j2 / j1':14s} {rates['j2'] / rates['j1']:8.2f}x")


if __name__ == "__main__":
    main()
