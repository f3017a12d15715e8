#!/usr/bin/env python3
"""Rewrites factmark's JSONL (stdin) to the span and value conventions of
an external quantity gold set (stdout), so its scorer compares like with
like. factmark writes DESIGN.md's convention: a quantity's span is the
number expression with its unit or currency, the hedge ("more than") is
apart, a value is in the unit written (9 for "nine years", 94 inches for
"7 feet 10 inches"), and `base` gives measures in a base unit.

--convention design    unchanged: the seed article's and grobid-quantities'
                       gold
--convention quantulum3
                       as design, but quantulum3 writes a change ("rose
                       from $350 to $680 per kg") as one range, where
                       factmark gives its two ends: two quantities joined
                       by "to" after "from" are one range here.
--convention rt        Recognizers-Text. Its range and duration models
                       put a bound ("more than 30", "500 or more") in the
                       span, its unit models (currency, dimension,
                       temperature, age) and approximations ("about") do
                       not; durations are in seconds (`base`), ages in
                       years.
--convention duckling  Duckling. Every hedge is in the span, and a
                       measure's span covers what it measures ("two pounds
                       of meat"); durations are in the unit written when
                       that is a whole number, else in seconds (90 minutes
                       or 5400 s for "1.5 hours"); metric masses are in
                       grams.
"""
import argparse
import json
import sys

METRIC_MASS = {"kg", "g", "mg", "ug", "tonne"}


def is_age(q):
    t = q["text"].lower()
    return t.endswith(" old") or t.endswith(" of age") or t.startswith("age")


def view(q, convention):
    if convention in ("design", "quantulum3"):
        return q
    out = dict(q)
    start, end = q["start"], q["end"]
    hedge = q.get("hedge")
    if hedge:
        include = convention == "duckling" or (
            hedge["bound"] in ("lower_bound", "upper_bound")
            and q["kind"] in ("count", "vague", "duration")
            and not is_age(q))
        if include:
            start, end = min(start, hedge["start"]), max(end, hedge["end"])
    counted = q.get("counted")
    if (convention == "duckling" and q["kind"] == "measure" and counted
            and counted["text"].startswith("of ")):
        end = max(end, counted["end"])
    out["start"], out["end"] = start, end
    out.pop("byte_start", None)
    out.pop("byte_end", None)
    base = q.get("base")
    if base and base["unit"] == "second":
        if convention == "rt" and not is_age(q):
            out["value"] = base["value"]
        if convention == "duckling":
            v = q["value"]
            whole = isinstance(v, (int, float)) and float(v).is_integer()
            if not whole:
                out["value"] = base["value"]
    if (convention == "duckling" and base and base["unit"] == "gram"
            and q.get("unit") in METRIC_MASS):
        out["value"] = base["value"]
    return out


def join_changes(doc):
    """Joins "from A to B" (two quantities of one sentence) into a range."""
    sentences = doc.get("sentences", [])
    qs = doc["quantities"]
    out = []
    for q in qs:
        prev = out[-1] if out else None
        if prev is not None and prev["sentence"] == q["sentence"]:
            s = sentences[q["sentence"]]
            t, base = s["text"], s["start"]
            first = prev["start"]
            if prev.get("hedge"):
                first = min(first, prev["hedge"]["start"])
            gap = t[prev["end"] - base:q["start"] - base]
            before = t[:first - base].rstrip().lower()
            a, b = prev["value"], q["value"]
            numbers = all(isinstance(v, (int, float)) for v in (a, b)) \
                and prev.get("unit") == q.get("unit")
            if gap.strip() == "to" and before.endswith("from") and numbers:
                joined = dict(prev)
                joined["end"] = q["end"]
                joined["text"] = t[prev["start"] - base:q["end"] - base]
                joined["value"] = [min(a, b), max(a, b)]
                out[-1] = joined
                continue
        out.append(q)
    doc["quantities"] = out


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--convention",
                    choices=["design", "quantulum3", "rt", "duckling"],
                    default="design")
    a = ap.parse_args()
    for line in sys.stdin:
        if not line.strip():
            continue
        doc = json.loads(line)
        doc["quantities"] = [view(q, a.convention) for q in doc.get("quantities", [])]
        if a.convention == "quantulum3":
            join_changes(doc)
        sys.stdout.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
