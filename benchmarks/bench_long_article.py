"""Build time of one long article against its size: is the pipeline linear in the length?

Run from the repository root::

    .venv/bin/python benchmarks/bench_long_article.py                  # 100, 200, 400 KB
    .venv/bin/python benchmarks/bench_long_article.py --sizes 200 1000

Each article is invented French prose (people, a company, places, verbs of meeting and
funding, in random order), written as one paragraph of the given size in KB, so the
paragraph splitting (``graph.ingest.MAX_PARAGRAPH``) is exercised too. The model is loaded
before timing. Figures: seconds to build, seconds per 100 KB, sentences, entities,
relations, and the time spent in entity resolution (``graph.entities.resolve``).
Articles over ``graph.ingest.MAX_ARTICLE_CHARS`` are refused by design; they are reported.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

ACTORS = ["Hélène Garnier", "Marc Delorme", "la société Transmar", "le maire de Rivemont",
          "Ruth Wanjiru", "la commune de Saint-Aubin", "le préfet Paul Ferrand", "la région"]
VERBS = ["a rencontré", "a remercié", "a critiqué", "a financé", "a soutenu", "a reçu"]
PLACES = ["à Rivemont", "à Saint-Aubin", "à Val-Fleuri", "à Bellecombe"]


def article(size: int, seed: int) -> str:
    rng = random.Random(seed)
    out, n = [], 0
    while n < size:
        s = (f"{rng.choice(ACTORS)[0].upper()}{rng.choice(ACTORS)[1:]} {rng.choice(VERBS)} "
             f"{rng.choice(ACTORS)} lundi {rng.choice(PLACES)}.")
        out.append(s)
        n += len(s) + 1
    return f"Un long article de {size // 1000} Ko\n\n" + " ".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 200, 400],
                        help="article sizes in KB")
    args = parser.parse_args(argv)

    import graph.pipeline as pipeline
    from graph.model import TemoinError
    from graph.nlp import load_model

    load_model()
    resolve = pipeline.resolve
    spent = [0.0]

    def timed(*a, **k):
        t = time.perf_counter()
        try:
            return resolve(*a, **k)
        finally:
            spent[0] += time.perf_counter() - t

    pipeline.resolve = timed
    folder = Path(tempfile.mkdtemp(prefix="temoin-long-"))
    for i, kb in enumerate(args.sizes):
        path = folder / f"long{kb}.txt"
        path.write_text(article(kb * 1000, seed=i), encoding="utf-8")
        spent[0] = 0.0
        t = time.perf_counter()
        try:
            result = pipeline.build_corpus([path])
        except TemoinError as exc:
            print(f"{kb:>6} KB: {exc}")
            continue
        seconds = time.perf_counter() - t
        if not result.articles:
            print(f"{kb:>6} KB: refused: {result.errors[0][1]}")
            continue
        g = result.graph
        print(f"{kb:>6} KB: {seconds:7.1f} s ({seconds / kb * 100:5.1f} s per 100 KB), "
              f"{result.sentences} sentences, {g.number_of_nodes()} entities, "
              f"{g.number_of_edges()} relations; resolve {spent[0]:.2f} s"
              + (f"; {len(result.errors)} paragraph(s) skipped" if result.errors else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
