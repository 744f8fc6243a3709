"""Extraction quality on real text, in one table: build and score three corpora.

    .venv/bin/python benchmarks/quality.py [--shared ../shared] [--out docs/quality.md]

1. the five bundled articles against ``shared/eval/gold_dev.json``;
2. the 30 French Wikinews articles of ``shared/news/`` against ``gold_news_dev.json``;
3. POPCORN's train half (``shared/popcorn/``), written out by its ``make_corpus.py`` and
   scored by its ``score_popcorn.py``.

Every figure comes from the scorers shipped in ``shared/`` (standard library scripts run
as they are); this file only builds, calls them and lays their JSON out as one table.
With ``--out`` the table is also written, with the commit it was measured at, to a
Markdown file (``docs/quality.md``). Every change to extraction is judged by the whole
table, not by one sentence.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _run(cmd: list[str]) -> str:
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode not in (0, 2):  # 2: a build where some input failed
        sys.exit(f"quality: {' '.join(cmd)} failed ({done.returncode}):\n{done.stderr[-2000:]}")
    return done.stdout


def build(articles: Path, out: Path) -> float:
    """Build *articles* into graph JSON *out* with the installed ``temoin``; seconds."""
    temoin = Path(sys.executable).with_name("temoin")
    started = time.perf_counter()
    _run([str(temoin), "build", str(articles), "--out", str(out), "-q"])
    return time.perf_counter() - started


def score_gold(shared: Path, graph: Path, gold: str, articles: Path) -> dict:
    out = _run([sys.executable, str(shared / "eval" / "score.py"), str(graph),
                str(shared / "eval" / gold), "--articles", str(articles), "--json"])
    return json.loads(out)


def score_popcorn(shared: Path, work: Path) -> tuple[dict, float]:
    corpus = work / "popcorn_train"
    _run([sys.executable, str(shared / "popcorn" / "make_corpus.py"),
          str(shared / "popcorn" / "train.json"), str(corpus)])
    graph = work / "popcorn.json"
    seconds = build(corpus, graph)
    out = _run([sys.executable, str(shared / "popcorn" / "score_popcorn.py"), str(graph),
                str(corpus / "gold.json"), "--json"])
    return json.loads(out), seconds


def _gold_rows(name: str, s: dict, n_articles: int, seconds: float) -> list[str]:
    split = s["entities_split"]
    return [
        f"| {name} | {s['core_recall_typed']} | {s['recall_typed']} | {s['recall_pair']} "
        f"| {s['modality_accuracy']} | {s['speaker_accuracy']} | {len(split)} "
        f"| {len(s['junk_nodes'])} | {s['provenance_exact']} | {s['edges']} "
        f"| {s['edges'] / n_articles:.1f} | {s['grounded_edges']} | {seconds:.1f} |"
    ]


def table(five: dict, news: dict, pop: dict, times: dict[str, float]) -> str:
    lines = [
        "| corpus | core typed | typed | pair | modality | speaker | splits | junk "
        "| provenance | edges | edges/article | grounded | build s |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|",
        *_gold_rows("five articles (gold_dev)", five, 5, times["five"]),
        *_gold_rows("news, 30 Wikinews (gold_news_dev)", news, 30, times["news"]),
        "",
        "| POPCORN train (400 texts) | value | bar |",
        "|---|---|---|",
    ]
    d, r, p = pop["detection"], pop["resolution"], pop["pairs"]
    g = pop.get("grounding", {})
    rows = [
        ("named-mention F1 (overlap)", d["f1"], "≥ 0.95"),
        ("named-mention P / R", f"{d['precision']} / {d['recall']}", ""),
        ("type agreement", pop["types"]["agreement"], ""),
        ("split rate", r["split_rate"], "≤ 0.03"),
        ("wrong-merge rate", r["wrong_merge_rate"], "≤ 0.01"),
        ("pair recall (all)", p["recall"], ""),
        ("same-sentence pair recall", p["same_sentence_recall"], "≥ 0.40"),
        ("edge grounding (share)", g.get("share", ""), ""),
        ("build seconds", f"{times['popcorn']:.1f}", ""),
    ]
    lines += [f"| {a} | {b} | {c} |" for a, b, c in rows]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--out", type=Path, help="also write the table to this Markdown file")
    a = ap.parse_args(argv)
    shared = a.shared.resolve()
    times: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        times["five"] = build(ROOT / "articles", work / "five.json")
        five = score_gold(shared, work / "five.json", "gold_dev.json", ROOT / "articles")
        times["news"] = build(shared / "news", work / "news.json")
        news = score_gold(shared, work / "news.json", "gold_news_dev.json", shared / "news")
        pop, times["popcorn"] = score_popcorn(shared, work)
    text = table(five, news, pop, times)
    print(text)
    if a.out:
        commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
                                capture_output=True, text=True, check=False).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain", "graph"],
                               capture_output=True, text=True, check=False).stdout.strip()
        a.out.write_text(
            "# Extraction quality\n\n"
            "Measured with `.venv/bin/python benchmarks/quality.py --out docs/quality.md` at "
            f"commit `{commit}`{' plus uncommitted changes to graph/' if dirty else ''}, "
            f"{time.strftime('%Y-%m-%d')}.\n"
            "Scorers: `shared/eval/score.py` (gold triples) and "
            "`shared/popcorn/score_popcorn.py` (POPCORN train half).\n\n" + text + "\n",
            encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
