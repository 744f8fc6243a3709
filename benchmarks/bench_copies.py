"""Wire-copy detection: its share of a whole build, and how it scales.

Run from the repository root::

    .venv/bin/python benchmarks/bench_copies.py [--n 1000] [--copies 0.15] [--corpus DIR ...]
    .venv/bin/python benchmarks/bench_copies.py --detect-only --n 100000

The articles are made from the sentences of the input corpora (``articles/`` and
``../shared/news`` by default): each one a title and six paragraphs of three sentences drawn
at random (fixed seed), so that no two are copies by chance; then a share ``--copies`` of
them is republished once or twice with small edits (another title, a word changed, an
agency line added), as sites do with a dispatch. Figures:

- the whole ``build_corpus`` time and the part spent finding copies (exact and near
  duplicates), with its share of the build;
- the groups found against the groups made;
- with ``--detect-only``: the time of `graph.copies.copy_groups` alone on *n* articles.

Copies repeat most of their paragraphs, and the parser's cache parses a paragraph once:
as on real corpora with copies.
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

EDITS = [("a déclaré", "a affirmé"), ("mardi", "lundi"), (" le ", " ce "), ("selon", "d'après")]


def sentences(corpora: list[Path]) -> list[str]:
    """The sentences of the corpora's article prose."""
    from graph.ingest import read_article, split_sentences

    out = []
    for folder in corpora:
        for path in sorted(folder.glob("*.txt")):
            a = read_article(path)
            for s, e in a.body[1:]:
                out += [a.text[s:e][x:y] for x, y in split_sentences(a.text[s:e])
                        if y - x > 40]
    return out


def make_corpus(pool: list[str], n: int, share: float, seed: int = 7):
    """(name, text) of *n* articles, of which about *share* are edited copies; and the
    number of groups made."""
    rng = random.Random(seed)
    originals = max(1, round(n / (1 + 1.5 * share)))
    texts = []
    for i in range(originals):
        body = [" ".join(rng.sample(pool, 3)) for _ in range(6)]
        texts.append((f"a{i:06d}", f"Article {i} : {body[0][:60]}\n\n" + "\n".join(body) + "\n"))
    made = [(name, text, name) for name, text in texts]
    while len(made) < n:
        name, text, _ = made[rng.randrange(originals)]
        for k in range(rng.choice((1, 2))):
            if len(made) >= n:
                break
            old, new = rng.choice(EDITS)
            lines = text.split("\n")
            lines[0] = f"Reprise {k} : " + lines[0]
            edited = "\n".join(lines).replace(old, new, 1) + "(avec AFP)\n"
            made.append((f"{name}-copie{len(made)}", edited, name))
    return made, len(texts)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--copies", type=float, default=0.15, help="share of copies (default 0.15)")
    ap.add_argument("--corpus", nargs="*", type=Path,
                    default=[ROOT / "articles", ROOT.parent / "shared" / "news"])
    ap.add_argument("--detect-only", action="store_true", help="time copy_groups alone")
    a = ap.parse_args(argv)

    from graph.copies import copy_groups, exact_duplicates
    from graph.ingest import read_article
    from graph.pipeline import build_corpus

    pool = sentences([c for c in a.corpus if c.is_dir()])
    made, groups_made = make_corpus(pool, a.n, a.copies)
    print(f"{len(made)} articles made from {len(pool)} sentences: {groups_made} originals, "
          f"{len(made) - groups_made} edited copies")
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for name, text, _ in made:
            path = Path(tmp) / f"{name}.txt"
            path.write_text(text, encoding="utf-8")
            paths.append(path)
        if a.detect_only:
            articles = [read_article(p) for p in paths]
            started = time.perf_counter()
            same = exact_duplicates(articles)
            groups = copy_groups([x for x in articles if x.id not in same])
            seconds = time.perf_counter() - started
            print(f"copy detection alone: {seconds:.2f} s for {len(articles)} articles "
                  f"({1000 * seconds / len(articles):.2f} ms per article), "
                  f"{len(set(groups.values()))} groups found, {groups_made} made")
            return 0
        started = time.perf_counter()
        result = build_corpus(paths)
        total = time.perf_counter() - started
    arts = {x["id"]: x for x in result.graph.graph["articles"]}
    print(f"build: {total:.1f} s for {len(arts)} articles; copy detection {result.copy_seconds:.2f}"
          f" s = {100 * result.copy_seconds / total:.2f} % of the build")
    for path, reason in (result.errors + result.notes)[:5]:
        print(f"  {Path(path).name}: {reason}")
    print(f"  ({len(result.errors)} errors, {len(result.notes)} notes)")
    found = len({x["group"] for x in arts.values()})
    right = sum(1 for name, _, origin in made if name in arts and arts[name]["group"] == origin)
    print(f"groups: {found} found, {groups_made} made; {right}/{len(made)} articles in the "
          "group they were made in")
    return 0


if __name__ == "__main__":
    sys.exit(main())
