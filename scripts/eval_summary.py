#!/usr/bin/env python3
"""Prints one line per evaluation set from the JSON reports that `just
eval` has the scorers write into the folder given as the only argument."""
import json
import os
import sys


def load(folder, name):
    with open(os.path.join(folder, name), encoding="utf-8") as fh:
        return json.load(fh)


def fmt(x, digits=3):
    return "-" if x is None else f"{x:.{digits}f}"


def segment(name, r):
    b, i = r["boundary"], r["boundary_inline"]
    return (f"segment     {name:26s} exact {r['exact']}/{r['docs']}  "
            f"boundary F1 {b['f1']:.4f}  inline F1 {i['f1']:.4f}")


def main(folder):
    print(segment("golden rules", load(folder, "golden.json")))
    gum = load(folder, "gum.json")
    print(segment("GUM", gum))
    print(segment("GUM news", gum["by"]["genre"]["news"]))
    rows = []
    for name in ("qty_rt.json", "qty_duckling.json", "qty_q3.json",
                 "qty.json"):
        rows += [(s, r) for s, r in load(folder, name)["sources"].items()
                 if s != "ALL"]
    for source, r in rows:
        print(f"quantity    {source:26s} overlap F1 {r['overlap_f1']:.3f}  "
              f"exact F1 {r['exact_f1']:.3f}  value acc "
              f"{fmt(r['value_acc'])}  ({r['gold']} gold, {r['pred']} pred)")
    att = load(folder, "att.json")
    for name, r in att["sets"].items():
        co, ce = r["content_overlap"], r["content_exact"]
        res = r["source_resolved_acc"]
        print(f"attribution {name:26s} content F1 {co['f1']:.3f} "
              f"(exact {ce['f1']:.3f})  resolved {fmt(res['acc'])} "
              f"({res['ok']}/{res['n']})  kind {fmt(r['kind_acc']['acc'])}")


if __name__ == "__main__":
    main(sys.argv[1])
