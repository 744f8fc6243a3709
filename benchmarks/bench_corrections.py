"""What a correction costs on a big graph: applying a corrections file, and one write from the
explorer (the file rewritten, every correction applied again, the store rebuilt).

Run from the repository root::

    .venv/bin/python benchmarks/bench_corrections.py                      # 1,000 articles
    .venv/bin/python benchmarks/bench_corrections.py --articles 300 --corrections 500
    .venv/bin/python benchmarks/bench_corrections.py --graph graph.json --articles 0

The graph is that of the bundled articles grown to ``--articles`` (``bench_load.grow``; 0 keeps
it as it is). The corrections are drawn with a fixed seed among the graph's own nodes and
relations, every operation in turn (merge, split, rename, retype, hide a node, a relation, a
quote), named as the explorer names them (name and type). Figures: graph size, seconds to
apply the file, to build the explorer's store from the result, and per write (median of
``--writes`` writes through the app, each adding one correction to the file).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


def corrections(data: dict[str, Any], n: int, seed: int = 7) -> list[dict[str, Any]]:
    """*n* correction lines about nodes and relations of *data*, every operation in turn."""
    rng = random.Random(seed)
    nodes = [x for x in data["nodes"] if x.get("evidence")]
    edges = [e for e in data["edges"] if e.get("evidence")]
    by_id = {x["id"]: x for x in data["nodes"]}

    def ref(node: dict[str, Any]) -> dict[str, str]:
        return {"name": node["label"], "type": node["type"]}

    out = []
    ops = ["merge", "split", "rename", "retype", "hide_node", "hide_edge", "hide_quote"]
    for i in range(n):
        op = ops[i % len(ops)]
        a, b = rng.sample(nodes, 2)
        e = rng.choice(edges)
        edge = {"source": ref(by_id[e["source"]]), "relation": e["relation"],
                "target": ref(by_id[e["target"]])}
        entry: dict[str, Any] = {"id": f"b{i}", "op": op}
        if op == "merge":
            entry.update(node=ref(a), into=ref(b))
        elif op == "split":
            with_alias = [x for x in nodes if x.get("aliases")] or [a]
            c = rng.choice(with_alias)
            entry.update(node=ref(c), alias=(c.get("aliases") or ["?"])[0])
        elif op == "rename":
            entry.update(node=ref(a), label=a["label"] + " (corrigé)")
        elif op == "retype":
            entry.update(node=ref(a), type="MISC")
        elif op == "hide_node":
            entry.update(node=ref(a))
        elif op == "hide_edge":
            entry.update(edge=edge)
        else:
            q = rng.choice(e["evidence"])
            entry.update(edge=edge, quote={"article": q["article"], "text": q["text"]})
        out.append(entry)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--graph", help="graph JSON (default: build the bundled articles)")
    parser.add_argument("--articles", type=int, default=1000, help="grow to N articles (0: no)")
    parser.add_argument("--corrections", type=int, default=200, help="lines in the file")
    parser.add_argument("--writes", type=int, default=5, help="writes timed through the app")
    args = parser.parse_args(argv)

    from bench_load import base_graph, grow

    from graph.corrections import apply_corrections, entry_line, parse_lines
    from webapp.app import create_app
    from webapp.store import GraphStore

    data = base_graph(args.graph)
    if args.articles:
        data = grow(data, args.articles)
    lines = [entry_line(e) for e in corrections(data, args.corrections)]
    parsed, problems = parse_lines(lines)
    assert not problems, problems
    print(f"graph: {len(data['graph']['articles'])} articles, {len(data['nodes'])} nodes, "
          f"{len(data['edges'])} edges; {len(parsed)} corrections")

    started = time.perf_counter()
    fixed, outcomes = apply_corrections(data, parsed)
    applied = time.perf_counter() - started
    stale = sum(o.status == "stale" for o in outcomes)
    started = time.perf_counter()
    GraphStore(fixed, check=False)  # as the explorer does: the graph was checked at load
    stored = time.perf_counter() - started
    print(f"apply the file: {applied:.2f} s ({len(parsed) - stale} applied, {stale} stale); "
          f"explorer store of the result: {stored:.2f} s")

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "corrections.jsonl"
        path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
        app = create_app({"GRAPH_DATA": data, "CORRECTIONS_PATH": path})
        client = app.test_client()
        token = client.get("/api/csrf").get_json()["token"]
        headers = {"X-CSRF-Token": token, "Origin": "http://localhost"}
        store = app.extensions["temoin_store"]
        ids = [n for n in store.nodes if store.nodes[n]["type"] in ("PER", "ORG", "LOC")]
        rng = random.Random(11)
        seconds = []
        for _ in range(args.writes):
            node = rng.choice(ids)
            label = str(store.nodes[node]["label"]) + " *"
            started = time.perf_counter()
            r = client.post("/api/corrections", json={"op": "rename", "node": node,
                                                      "label": label}, headers=headers)
            seconds.append(time.perf_counter() - started)
            assert r.status_code == 201, r.get_json()
            store = app.extensions["temoin_store"]
            ids = [n for n in store.nodes if store.nodes[n]["type"] in ("PER", "ORG", "LOC")]
        print(f"one write from the explorer (file of {len(lines)}+ lines): median "
              f"{statistics.median(seconds):.2f} s, max {max(seconds):.2f} s "
              f"over {len(seconds)} writes")
    print(json.dumps({"articles": len(data["graph"]["articles"]), "nodes": len(data["nodes"]),
                      "edges": len(data["edges"]), "corrections": len(parsed),
                      "apply_s": round(applied, 3), "store_s": round(stored, 3),
                      "write_median_s": round(statistics.median(seconds), 3)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
