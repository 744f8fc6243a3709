"""Build time of one long article against its length: is the pipeline linear in it?

Run from the repository root::

    .venv/bin/python benchmarks/long_article.py                    # 200, 400, 1000, 2000 KB
    .venv/bin/python benchmarks/long_article.py --sizes 200 2000 --shared /work/shared
    .venv/bin/python benchmarks/long_article.py --invented         # no corpus needed

Each article is synthesised at run time, never written into the repository: by default
from the news dispatches of ``SHARED/news/*.txt``, a title then paragraphs of 2 to 5
sentences drawn at random (seeded) from all of them, so that paragraphs are distinct and
real; with ``--invented``, one paragraph of invented French prose (people, a company,
places, verbs of meeting and funding), which ``graph.ingest.MAX_PARAGRAPH`` cuts in pieces
(up to 1,000 KB: a longer line is refused, ``graph.ingest.MAX_LINE_CHARS``).

Each article is built by ``graph.pipeline.build_corpus`` in this process, the model loaded
before timing and no parse kept from one size to the next. Figures per size: wall and CPU
seconds of the build, CPU seconds per 100 KB and the ratio of each to the smallest size,
and the CPU seconds of its steps: reading (``read_articles``), parsing
(``parse_articles``), the rules (``graph.extractions.extract_article``), corpus-wide
resolution (``resolve``, pronouns, descriptions, triples) and the rest (wire copies, the
graph). CPU time is this process's, steadier than wall time on a machine shared with
other work. Linear means: the ratio of times close to the ratio of sizes.
"""

from __future__ import annotations

import argparse
import random
import resource
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
STEPS = {"read": ["pipeline.read_articles"], "parse": ["extractions.parse_articles"],
         "rules": ["extractions.extract_article"],
         "resolve": ["pipeline.resolve", "pipeline.resolve_pronouns",
                     "pipeline.resolve_descriptions", "pipeline._triples"]}


def invented(size: int, seed: int) -> str:
    """One paragraph of invented prose, *size* characters or a little more."""
    rng = random.Random(seed)
    out, n = [], 0
    while n < size:
        s = (f"{rng.choice(ACTORS)[0].upper()}{rng.choice(ACTORS)[1:]} {rng.choice(VERBS)} "
             f"{rng.choice(ACTORS)} lundi {rng.choice(PLACES)}.")
        out.append(s)
        n += len(s) + 1
    return f"Un long article de {size // 1000} Ko\n\n" + " ".join(out) + "\n"


def from_news(shared: Path, size: int, seed: int) -> str:
    """A title and paragraphs of 2 to 5 sentences of the news dispatches, *size*
    characters or a little more."""
    from build import news_material  # (benchmarks/build.py, beside this script)

    titles, sentences = news_material(shared, "long_article.py")
    rng = random.Random(seed)
    out = [rng.choice(titles)]
    n = len(out[0])
    while n < size:
        out.append(" ".join(rng.sample(sentences, rng.randint(2, 5))))
        n += len(out[-1]) + 2
    return "\n\n".join(out) + "\n"


def timed(module, name: str, spent: dict[str, float], step: str) -> None:
    """Wrap ``module.name`` so that its CPU seconds add up in ``spent[step]``."""
    function = getattr(module, name)

    def wrapper(*args, **kwargs):
        started = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            spent[step] += time.process_time() - started

    setattr(module, name, wrapper)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[200, 400, 1000, 2000],
                        help="article sizes in KB (1 KB = 1,000 characters)")
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"),
                        help="folder holding news/*.txt (default ../shared)")
    parser.add_argument("--invented", action="store_true",
                        help="invented prose in one paragraph instead of the news dispatches")
    args = parser.parse_args(argv)

    import os

    import graph.extractions
    import graph.nlp
    import graph.pipeline as pipeline
    from graph.ingest import MAX_ARTICLE_CHARS
    from graph.nlp import load_model

    load_model()
    spent = dict.fromkeys(STEPS, 0.0)
    for step, names in STEPS.items():
        for name in names:
            module, name = name.split(".")
            timed(getattr(graph, module), name, spent, step)
    print(f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the start; "
          f"an article may hold {MAX_ARTICLE_CHARS:,} characters")
    folder = Path(tempfile.mkdtemp(prefix="temoin-long-"))
    first = None
    for i, kb in enumerate(sorted(args.sizes)):
        text = invented(kb * 1000, i) if args.invented else from_news(Path(args.shared),
                                                                       kb * 1000, i)
        path = folder / f"long{kb}.txt"
        path.write_text(text, encoding="utf-8")
        graph.nlp._CACHE.clear()  # nothing parsed before
        for step in spent:
            spent[step] = 0.0
        wall, cpu = time.perf_counter(), time.process_time()
        result = pipeline.build_corpus([path])
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        path.unlink()
        if not result.articles:
            print(f"{kb:>6} KB: refused: {result.errors[0][1]}")
            continue
        first = first or (kb, wall, cpu)
        rest = cpu - sum(spent.values())
        g = result.graph
        print(f"{kb:>6} KB: wall {wall:6.1f} s ({wall / first[1]:4.1f}×), CPU {cpu:6.1f} s "
              f"({cpu / first[2]:4.1f}× for {kb / first[0]:.0f}× the text), "
              f"{cpu / kb * 100:4.1f} CPU s per 100 KB; "
              + ", ".join(f"{step} {s:.1f}" for step, s in spent.items())
              + f", other {rest:.1f}; {result.sentences} sentences, {g.number_of_nodes()} "
              f"entities, {g.number_of_edges()} relations"
              + (f"; {len(result.errors)} paragraph(s) skipped" if result.errors else ""),
              flush=True)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS of this process {peak:.0f} MiB; load average "
          f"{os.getloadavg()[0]:.1f} at the end")
    folder.rmdir()
    return 0


if __name__ == "__main__":
    sys.exit(main())
