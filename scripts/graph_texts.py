#!/usr/bin/env python3
"""Write the text of every article of a graph, as the graph holds it, one ``<id>.txt`` a file.

Usage: python scripts/graph_texts.py graph.json OUTDIR

Offsets of quotes refer to the article text the graph holds: for a ``.txt`` input the file
itself, for a web page or Markdown the plain text extracted from it. Tools that check offsets
against files named by article id (``score.py --articles DIR``) read this folder instead of
the source files.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("graph")
    ap.add_argument("out")
    a = ap.parse_args(argv)
    try:
        data = json.loads(Path(a.graph).read_text(encoding="utf-8"))
        articles = data["graph"]["articles"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        print(f"graph_texts: {a.graph} is not a Témoin graph: {exc}", file=sys.stderr)
        return 1
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    for art in articles:
        # newline="": the text is written as it is, "\r\n" included
        with open(out / f"{art['id']}.txt", "w", encoding="utf-8", newline="") as fh:
            fh.write(art.get("text", ""))
    print(f"{len(articles)} article texts → {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
