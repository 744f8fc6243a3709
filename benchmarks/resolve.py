"""Corpus-wide resolution against corpus size: is it linear in the number of articles?

Run from the repository root::

    .venv/bin/python benchmarks/resolve.py                         # 1,000 and 10,000 articles
    .venv/bin/python benchmarks/resolve.py --articles 1000 5000 20000 --base 100

What grows with the corpus here is what runs on the whole corpus once every article is
extracted: grouping the mentions into entities (``graph.entities.resolve``: short names
to full names, acronyms, role holders, name variants, labels), pronouns and descriptions
(``graph.coreference``), the evidence of every relation (``graph.pipeline._triples``) and
the graph (``graph.build.build_graph``). Parsing and the rules are per article.

*BASE* articles are synthesised from the news dispatches of ``SHARED/news/*.txt`` as in
``benchmarks/build.py`` (in a temporary folder; nothing is committed), parsed and extracted
once. A corpus of N articles is N / BASE copies of their extraction results in which every
word of a proper name gets a suffix of its copy (« Jean Dupont » → « Jeanq3 Dupontq3 »),
so that the corpus names as many people and bodies as a real one would, growing with it
(states, international organisations and concepts stay shared). Figures: seconds and
milliseconds per article of each step, and the ratio of the time per article to the
smallest corpus's (linear: about 1).
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

_WORD = re.compile(r"[^\s|:]+")


def renamer(suffix: str):
    """A function renaming the proper names in a mention key or role for one copy."""

    def words(text: str) -> str:
        return _WORD.sub(lambda m: m.group(0) + suffix, text)

    def rename(key: str) -> str:
        if key.startswith("part:"):
            return "part:" + words(key[5:])
        return "|".join("name:" + words(seg[5:]) if seg.startswith("name:") else seg
                        for seg in key.split("|"))

    return rename


def extracted(shared: Path, n: int):
    """The articles, sentences, raw mentions and raw triples of *n* synthesised articles."""
    from build import synthesise

    from graph.extractions import extract_article
    from graph.nlp import parse_articles
    from graph.pipeline import read_articles

    with tempfile.TemporaryDirectory(prefix="temoin-resolve-") as tmp:
        synthesise(shared, n, Path(tmp))
        articles = read_articles(sorted(Path(tmp).glob("*.txt")), [])
    sentences, mentions, triples = {}, [], []
    for article, lines in zip(articles, parse_articles(articles), strict=True):
        sents, ms, ts, _ = extract_article(article, lines)
        sentences[article.id] = sents
        mentions += ms
        triples += ts
    return articles, sentences, mentions, triples


def corpus(base, copies: int):
    """*copies* renamed copies of the *base* extraction results."""
    articles, sentences, mentions, triples = base
    out_articles, out_sentences, out_mentions, out_triples = [], {}, [], []
    for c in range(copies):
        rename = renamer(f"q{c}")
        new_id = {a.id: f"{a.id}-{c}" for a in articles}
        out_articles += [dataclasses.replace(a, id=new_id[a.id]) for a in articles]
        for aid, sents in sentences.items():
            out_sentences[new_id[aid]] = [dataclasses.replace(s, article_id=new_id[aid])
                                          for s in sents]
        copy = {}
        for m in mentions:
            named = m.kind == "name" or m.key.startswith(("name:", "part:"))
            copy[id(m)] = dataclasses.replace(
                m, article_id=new_id[m.article_id], key=rename(m.key), role=rename(m.role),
                text=" ".join(w + f"q{c}" for w in m.text.split()) if named else m.text)
        for m in mentions:
            if m.antecedent is not None:
                copy[id(m)].antecedent = copy.get(id(m.antecedent))
        out_mentions += [copy[id(m)] for m in mentions]
        out_triples += [dataclasses.replace(
            t, subject=copy[id(t.subject)], object=copy[id(t.object)],
            source=copy.get(id(t.source)) if t.source is not None else None) for t in triples]
    return out_articles, out_sentences, out_mentions, out_triples


def resolve_all(articles, sentences, mentions, triples) -> dict[str, float]:
    """Run the corpus-wide steps as ``graph.pipeline.extract`` does; seconds per step."""
    from graph.build import build_graph
    from graph.coreference import resolve_descriptions, resolve_pronouns
    from graph.entities import resolve
    from graph.model import Mention
    from graph.pipeline import _triples

    anaphors = {"pronoun", "description"}
    times = {}
    t = time.perf_counter()
    entities, entity_of = resolve([m for m in mentions if m.kind not in anaphors])
    times["entities"] = time.perf_counter() - t
    t = time.perf_counter()
    resolve_pronouns(mentions, entities, entity_of)
    groups = resolve_descriptions(mentions, entities, entity_of)
    times["coreference"] = time.perf_counter() - t
    t = time.perf_counter()
    final = [Mention(m.article_id, m.sentence, m.start, m.end, m.text, entity_of[id(m)])
             for m in mentions if id(m) in entity_of and m.kind not in anaphors]
    found = _triples(triples, entity_of, groups, articles, sentences)
    times["evidence"] = time.perf_counter() - t
    t = time.perf_counter()
    g = build_graph(articles, sentences, entities, final, found)
    times["graph"] = time.perf_counter() - t
    times["nodes"], times["edges"] = g.number_of_nodes(), g.number_of_edges()
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[1000, 10000],
                        help="corpus sizes (multiples of --base)")
    parser.add_argument("--base", type=int, default=100, help="articles really extracted")
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"),
                        help="folder holding news/*.txt (default ../shared)")
    args = parser.parse_args(argv)
    print(f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}; extracting "
          f"{args.base} articles…", flush=True)
    base = extracted(Path(args.shared), args.base)
    first = None
    for n in sorted(args.articles):
        data = corpus(base, max(n // args.base, 1))
        n = len(data[0])
        times = resolve_all(*data)
        steps = ["entities", "coreference", "evidence", "graph"]
        total = sum(times[s] for s in steps)
        first = first or total / n
        print(f"{n:>7} articles, {len(data[2]):,} mentions: {total:6.1f} s, "
              f"{total / n * 1000:.2f} ms per article ({total / n / first:.2f}× the first); "
              + ", ".join(f"{s} {times[s]:.1f} s ({times[s] / n * 1000:.2f} ms)" for s in steps)
              + f"; {times['nodes']:,} nodes, {times['edges']:,} edges", flush=True)
        del data
    return 0


if __name__ == "__main__":
    sys.exit(main())
