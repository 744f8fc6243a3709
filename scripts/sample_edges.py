#!/usr/bin/env python3
"""Print a fixed-seed random sample of edges with their sentences, for judging precision.

Usage: python scripts/sample_edges.py graph.json [--n 50] [--seed 7]

Each line shows subject –relation→ object, the claim status and source, and the quoted
sentence; a reader marks each reading correct (subject, relation, object, direction) or not.
"""

from __future__ import annotations

import argparse
import json
import random
import sys


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("graph")
    ap.add_argument("--n", type=int, default=50)
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args(argv)
    with open(a.graph, encoding="utf-8") as fh:
        data = json.load(fh)
    labels = {n["id"]: n["label"] for n in data["nodes"]}
    edges = sorted(data["edges"], key=lambda e: (e["source"], e["relation"], e["target"]))
    sample = random.Random(a.seed).sample(edges, min(a.n, len(edges)))
    for i, e in enumerate(sample, 1):
        ev = e["evidence"][0]
        src = labels.get(ev.get("attributed_to"), "")
        status = ev["modality"] + (f", {src}" if src else "")
        where = f"{ev['article']}#s{ev['sentence']}"
        print(f"{i:2}. {labels[e['source']]} –{e['relation']}→ {labels[e['target']]}"
              f"  [{status}]  ({where})")
        print(f"    « {ev['text']} »")
    return 0


if __name__ == "__main__":
    sys.exit(main())
