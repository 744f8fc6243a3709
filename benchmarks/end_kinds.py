"""What the ends of a graph's edges are, and what each kind of end is worth.

    .venv/bin/python benchmarks/end_kinds.py news.json [--shared ../shared] [--modifiers]
        [--sample sample.md --verdicts verdicts_A.md verdicts_B.md ...]

Each end of an edge is *named* (a person, body, place or other name), a *phrase* (a common
noun with the words kept with it: « montée des tensions ») or *bare* (a common noun on its
own: « incident », « foule »). The script prints, for each pair of kinds (subject, object):

- how many edges of the graph have it;
- with ``--shared`` (the folder with ``eval/score.py`` and ``news/``): the news gold's core
  typed and typed recall of the graph without the edges of that pair, and without every
  edge with a bare end, each scored by ``eval/score.py`` as it is;
- with ``--sample`` (printed by ``scripts/sample_edges.py`` from this graph or an earlier
  one) and the readers' verdict tables (``| # | correct | informative | reason |``): the
  share of each pair's judgements that found the edge informative.

- with ``--modifiers``: how many bare ends have, in the sentence of their edge's first
  quote, a word hung on the noun after it (a participle or relative clause, a complement,
  an apposition, an adjective) that a longer label could take: the rest say no more in
  their sentence than the bare noun (parsed with Témoin's pipeline).

It measures; it changes nothing. A label missing from the graph (an edge drawn from an
earlier graph) is counted under « unknown ».
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

KINDS = ("named", "phrase", "bare")
EDGE_LINE = re.compile(r"^\s*(\d+)\. (.+?) –(.+?)→ (.+?)  \[", re.M)
VERDICT_ROW = re.compile(r"^\|\s*(\d+)\s*\|\s*(\w+)\s*\|\s*(\w+)\s*\|", re.M)


def end_kind(node: dict) -> str:
    """*named*, *phrase* or *bare* for a node of the graph's node-link JSON.

    >>> end_kind({"type": "PER", "label": "Anne Roux"})
    'named'
    >>> end_kind({"type": "CONCEPT", "label": "incident"})
    'bare'
    >>> end_kind({"type": "CONCEPT", "label": "montée des tensions"})
    'phrase'
    """
    if node.get("type") != "CONCEPT":
        return "named"
    return "phrase" if " " in node.get("label", "").strip() else "bare"


def edge_kinds(data: dict) -> list[tuple[str, str]]:
    """The (subject, object) kinds of every edge, in the order of ``data["edges"]``."""
    nodes = {n["id"]: n for n in data["nodes"]}
    return [(end_kind(nodes[e["source"]]), end_kind(nodes[e["target"]]))
            for e in data["edges"]]


def recall_without(data: dict, drop, shared: Path) -> tuple[float, float]:
    """Core typed and typed recall on the news gold of *data* minus the edges for which
    ``drop(kinds)`` is true, scored by ``shared/eval/score.py`` as ``quality.py`` runs it."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from quality import score_gold

    kinds = edge_kinds(data)
    kept = dict(data, edges=[e for e, k in zip(data["edges"], kinds, strict=True)
                             if not drop(k)])
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "graph.json"
        path.write_text(json.dumps(kept, ensure_ascii=False), encoding="utf-8")
        s = score_gold(shared, path, "gold_news_dev.json", shared / "news")
    return s["core_recall_typed"], s["recall_typed"]


def informative_shares(data: dict, sample: str, verdicts: list[str]) -> dict:
    """For each kind pair, [informative judgements, judgements] over the sampled edges."""
    by_label: dict[str, str] = {}
    for n in data["nodes"]:
        by_label.setdefault(n["label"], end_kind(n))
    edges = {int(m[1]): (by_label.get(m[2], "unknown"), by_label.get(m[4], "unknown"))
             for m in EDGE_LINE.finditer(sample)}
    shares: dict[tuple[str, str], list[int]] = {}
    for table in verdicts:
        for m in VERDICT_ROW.finditer(table):
            pair = edges.get(int(m[1]))
            if pair is None:
                continue
            cell = shares.setdefault(pair, [0, 0])
            cell[0] += m[3].lower() == "yes"
            cell[1] += 1
    return shares


MODIFIERS = {"acl", "acl:relcl", "nmod", "appos", "amod"}


def bare_modifiers(data: dict) -> Counter:
    """For each bare end of an edge, the dependency labels of the words hung on the noun
    after it in the edge's first quote (« none » when there are none)."""
    from graph.nlp import load_model

    nlp = load_model()
    nodes = {n["id"]: n for n in data["nodes"]}
    found: Counter = Counter()
    for e in data["edges"]:
        doc = None
        for end in (e["source"], e["target"]):
            node = nodes[end]
            if end_kind(node) != "bare":
                continue
            doc = doc if doc is not None else nlp(e["evidence"][0]["text"])
            word = node["label"].lower()
            tok = next((t for t in doc if word in {t.lower_, t.lemma_.lower()}), None)
            if tok is None:
                found["not found"] += 1
                continue
            deps = sorted({c.dep_ for c in tok.children if c.i > tok.i and c.dep_ in MODIFIERS})
            found[", ".join(deps) or "none"] += 1
    return found


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("graph", type=Path)
    ap.add_argument("--shared", type=Path, help="folder with eval/score.py (news gold)")
    ap.add_argument("--sample", type=Path, action="append", default=[],
                    help="a sample printed by scripts/sample_edges.py (repeatable)")
    ap.add_argument("--verdicts", type=Path, nargs="+", action="append", default=[],
                    help="the verdict tables of the sample given before (repeatable)")
    ap.add_argument("--modifiers", action="store_true",
                    help="parse the bare ends' sentences: what a longer label could take")
    a = ap.parse_args(argv)
    if len(a.sample) != len(a.verdicts):
        ap.error("give one --verdicts list after each --sample")
    data = json.loads(a.graph.read_text(encoding="utf-8"))
    kinds = edge_kinds(data)
    counts = Counter(kinds)
    shares: dict[tuple[str, str], list[int]] = {}
    for sample, tables in zip(a.sample, a.verdicts, strict=True):
        one = informative_shares(data, sample.read_text(encoding="utf-8"),
                                 [t.read_text(encoding="utf-8") for t in tables])
        for pair, (yes, n) in one.items():
            cell = shares.setdefault(pair, [0, 0])
            cell[0] += yes
            cell[1] += n
    head = "| subject | object | edges | share |"
    rule = "|---|---|---|---|"
    if a.shared:
        full = recall_without(data, lambda k: False, a.shared)
        head += " news core typed / typed without them |"
        rule += "---|"
    if shares:
        head += " judged informative |"
        rule += "---|"
    print(head)
    print(rule)
    pairs = [(s, o) for s in KINDS for o in KINDS] + sorted(
        p for p in shares if "unknown" in p)
    for pair in pairs:
        n = counts.get(pair, 0)
        row = f"| {pair[0]} | {pair[1]} | {n} | {n / max(len(kinds), 1):.0%} |"
        if a.shared:
            core, typed = recall_without(data, lambda k, p=pair: k == p, a.shared) \
                if n else full
            row += f" {core:.3f} / {typed:.3f} |"
        if shares:
            yes, judged = shares.get(pair, [0, 0])
            row += f" {yes}/{judged} ({yes / judged:.0%}) |" if judged else " – |"
        print(row)
    bare = sum(n for p, n in counts.items() if "bare" in p)
    line = f"\nedges {len(kinds)}; with a bare end {bare} ({bare / max(len(kinds), 1):.0%})"
    if a.shared:
        core, typed = recall_without(data, lambda k: "bare" in k, a.shared)
        both = recall_without(data, lambda k: "named" not in k, a.shared)
        line += (f"; news core typed / typed {full[0]:.3f} / {full[1]:.3f}, without the "
                 f"edges with a bare end {core:.3f} / {typed:.3f}, without those whose "
                 f"two ends are common nouns {both[0]:.3f} / {both[1]:.3f}")
    print(line)
    if shares:
        yes = sum(v[0] for v in shares.values())
        judged = sum(v[1] for v in shares.values())
        print(f"judged informative overall {yes}/{judged} ({yes / judged:.0%})")
    if a.modifiers:
        found = bare_modifiers(data)
        total = sum(found.values())
        print(f"bare ends {total}; words hung on the noun after it in its sentence: "
              + "; ".join(f"{k} {n}" for k, n in found.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
