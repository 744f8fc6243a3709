"""Benchmark of the SQLite store (``graph/store_sqlite.py``): its size against graph.json,
the time to write it, and quote search latency.

Run from the repository root::

    .venv/bin/python benchmarks/bench_store.py                     # bundled, 1,000, 10,000
    .venv/bin/python benchmarks/bench_store.py --articles 0 1000   # 0: the graph as built
    .venv/bin/python benchmarks/bench_store.py --graph graph.json --articles 0

The base graph is the bundled articles' (built first) or ``--graph``; each size N > 0 grows
it to N articles as ``bench_load.py`` does (copies of the articles, well-known names keeping
their node). For each size it prints: articles, nodes, edges, quotes; graph.json bytes (as
``temoin build`` writes it) and store bytes; the store's write time; and quote-search
latency p50/p95 over a mix of queries (one word drawn from the quotes — so common words
weigh as they do in text —, a three-letter prefix, two words), measured twice: the bare
FTS5 query (`graph.store_sqlite.search_quotes`, one page of 20 and the count) and the
whole ``/api/quotes`` answer of the explorer (Flask test client, no network), whose
start time is printed too. Then ``/api/nodes/<id>`` (no answer cache) for the
20 most quoted nodes and random ones, answered from the SQLite store
(`webapp.nodes_sqlite`). A JSON line per size ends the output. (The explorer's other
routes, its start and memory: ``bench_server.py``.)
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def query_mix(data: dict[str, Any], n: int, rng: random.Random) -> list[tuple[str, str]]:
    """(kind, query) pairs: a word, a prefix, two words, drawn from the graph's quotes."""
    quotes = [ev["text"] for item in data["nodes"] + data["edges"]
              for ev in item.get("evidence", [])]
    mix = []
    while len(mix) < n:
        words = re.findall(r"\w+", rng.choice(quotes))
        if len(words) < 2:
            continue
        r = rng.random()
        if r < 0.5:
            mix.append(("word", rng.choice(words)))
        elif r < 0.75:
            long = [w for w in words if len(w) >= 3]
            if long:
                mix.append(("prefix", rng.choice(long)[:3]))
        else:
            i = rng.randrange(len(words) - 1)
            mix.append(("two words", f"{words[i]} {words[i + 1]}"))
    return mix


def line(label: str, values: list[float]) -> str:
    return (f"  {label:<28} p50 {1000 * statistics.median(values):7.2f} ms   "
            f"p95 {1000 * pct(values, 95):7.2f} ms   max {1000 * max(values):7.2f} ms")


def run(data: dict[str, Any], queries: int, app_queries: int, seed: int) -> dict[str, Any]:
    from graph.store_sqlite import open_store, search_quotes, write_store_of
    from webapp.app import create_app

    figures: dict[str, Any] = {"articles": len(data["graph"]["articles"]),
                               "nodes": len(data["nodes"]), "edges": len(data["edges"])}
    with tempfile.TemporaryDirectory() as tmp:
        graph = Path(tmp) / "graph.json"
        graph.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
        started = time.perf_counter()
        path, counts = write_store_of(data, graph)
        figures["write_s"] = round(time.perf_counter() - started, 3)
        figures["quotes"], figures["evidence"] = counts.quotes, counts.evidence
        figures["json_bytes"] = graph.stat().st_size
        figures["store_bytes"] = path.stat().st_size
        print(f"{figures['articles']} articles, {figures['nodes']} nodes, {figures['edges']} "
              f"edges; {counts.quotes} distinct quotes, {counts.evidence} evidence rows")
        print(f"  graph.json {figures['json_bytes'] / 1e6:8.2f} MB   graph.sqlite "
              f"{figures['store_bytes'] / 1e6:8.2f} MB "
              f"({figures['store_bytes'] / figures['json_bytes']:.2f}×)   "
              f"written in {figures['write_s']:.2f} s")

        rng = random.Random(seed)
        mix = query_mix(data, queries, rng)
        conn = open_store(path)
        by_kind: dict[str, list[float]] = {}
        totals = []
        for kind, q in mix:
            t = time.perf_counter()
            page = search_quotes(conn, q, 0, 20)
            by_kind.setdefault(kind, []).append(time.perf_counter() - t)
            totals.append(page.total)
        conn.close()
        every = [s for v in by_kind.values() for s in v]
        print(f"  bare FTS5 search ({len(every)} queries, median {statistics.median(totals):.0f} "
              f"matches, {sum(t >= 10_000 for t in totals)} over 10,000):")
        print(line("all", every))
        for kind, values in by_kind.items():
            print(line(kind, values))
        figures["fts_p50_ms"] = round(1000 * statistics.median(every), 2)
        figures["fts_p95_ms"] = round(1000 * pct(every, 95), 2)

        started = time.perf_counter()
        app = create_app({"GRAPH_PATH": str(graph)})
        figures["app_load_s"] = round(time.perf_counter() - started, 2)
        client = app.test_client()
        seconds = []
        for _, q in mix[:app_queries]:
            t = time.perf_counter()
            r = client.get("/api/quotes?q=" + quote(q))
            seconds.append(time.perf_counter() - t)
            assert r.status_code == 200, (q, r.status_code, r.get_data(as_text=True)[:200])
        print(f"  explorer /api/quotes ({len(seconds)} requests; app started on the store "
              f"in {figures['app_load_s']:.1f} s):")
        print(line("all", seconds))
        figures["api_p50_ms"] = round(1000 * statistics.median(seconds), 2)
        figures["api_p95_ms"] = round(1000 * pct(seconds, 95), 2)

        # node panels: the most quoted nodes and random ones, from the store
        app.extensions["temoin_cache"] = None  # every answer computed
        ranked = sorted(data["nodes"], key=lambda n: -len(n.get("evidence", [])))
        nodes = ranked[:20] + rng.sample(ranked, min(len(ranked), app_queries))
        print(f"  /api/nodes/<id> ({len(nodes)} requests: the 20 most quoted nodes, "
              f"{ranked[0].get('label')!r} with {len(ranked[0].get('evidence', []))} quotes, "
              f"and random ones):")
        for label, key in (("from the SQLite store", "store"),):
            hubs, every = [], []
            for i, node in enumerate(nodes):
                t = time.perf_counter()
                r = client.get("/api/nodes/" + quote(node["id"], safe=""))
                (hubs if i < 20 else every).append(time.perf_counter() - t)
                assert r.status_code == 200, r.status_code
            print(line(f"{label}, hubs", hubs))
            print(line(f"{label}, random", every))
            figures[f"node_{key}_hub_p50_ms"] = round(1000 * statistics.median(hubs), 2)
            figures[f"node_{key}_hub_p95_ms"] = round(1000 * pct(hubs, 95), 2)
            figures[f"node_{key}_p95_ms"] = round(1000 * pct(every, 95), 2)
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--graph", help="graph JSON (default: build the bundled articles)")
    parser.add_argument("--articles", type=int, nargs="+", default=[0, 1000, 10000],
                        help="sizes to grow the graph to (0: as it is)")
    parser.add_argument("--queries", type=int, default=400, help="bare FTS5 searches per size")
    parser.add_argument("--app-queries", type=int, default=200,
                        help="/api/quotes requests per size")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)

    from bench_load import base_graph, grow

    base = base_graph(args.graph)
    results = []
    for n in args.articles:
        data = grow(base, n) if n else base
        results.append(run(data, args.queries, args.app_queries, args.seed))
        print(json.dumps(results[-1]), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
