"""Load benchmark of the explorer: many clients on loopback, requests per second and latency.

Run from the repository root::

    .venv/bin/python benchmarks/bench_load.py                       # the bundled articles
    .venv/bin/python benchmarks/bench_load.py --articles 1000       # their graph grown to 1,000
    .venv/bin/python benchmarks/bench_load.py --graph graph.json --clients 50 --seconds 30

The server is ``temoin serve`` (waitress, its threads from the cores) in a process of its
own on 127.0.0.1; the clients are threads of this process keeping their connection open, each
sending requests one after the other for ``--seconds`` (at most ``--max-requests`` in all).
Both share the machine, as they would on a laptop. The mix of requests is the explorer's: the
page, the graph view, node and edge panels (the most quoted first), the relations list,
searches and the reader.

``--articles N`` grows the graph of the base articles (``--base``, default: the graph of
``articles/`` built first) to N articles of the same size: copy k of article A is ``A~k``;
names (people, organisations, places) keep their node across copies, so well-known nodes
gather quotes from many articles as in a real corpus, while the other nodes are new per copy.

Figures: requests, errors (any answer but 2xx, or no answer), req/s, latency p50/p95/p99/max
over every request and per kind of request, and the size of the main answers.
"""

from __future__ import annotations

import argparse
import http.client
import json
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

HOST = "127.0.0.1"  # loopback only: this benchmark never sends a request elsewhere
MAX_CLIENTS = 200
MAX_SECONDS = 300


def grow(data: dict[str, Any], n_articles: int) -> dict[str, Any]:
    """The node-link graph *data* grown to *n_articles* articles (see the module doc): copy
    k of article A is ``A~k``; people, organisations and places keep their node across
    copies; each node's and edge's articles are gathered once (linear in the size)."""
    base_articles = data["graph"]["articles"]
    copies = -(-n_articles // len(base_articles))
    shared = {n["id"] for n in data["nodes"] if n.get("type") in {"PER", "ORG", "LOC"}}
    by_id = {n["id"]: n for n in data["nodes"]}

    def nid(node_id: str, k: int) -> str:
        return node_id if node_id in shared or k == 0 else f"{node_id}~{k}"

    def aid(article_id: str, k: int) -> str:
        return article_id if k == 0 else f"{article_id}~{k}"

    articles, nodes, edges = [], {}, {}
    count = 0
    for k in range(copies):
        keep = {a["id"] for a in base_articles[: n_articles - count]}
        count += len(keep)
        articles += [{**a, "id": aid(a["id"], k), "title": f"{a['title']} ({k})",
                      "sha256": a.get("sha256") or "0" * 64}
                     for a in base_articles if a["id"] in keep]

        def moved(evidence, k=k, keep=keep):
            return [{**e, "article": aid(e["article"], k),
                     **({"attributed_to": nid(e["attributed_to"], k)}
                        if e.get("attributed_to") else {})}
                    for e in evidence if e["article"] in keep]

        for n in data["nodes"]:
            ev = moved(n.get("evidence", []))
            if not ev and k > 0:
                continue
            node = nodes.setdefault(nid(n["id"], k), {**n, "id": nid(n["id"], k),
                                                      "evidence": [], "articles": set(),
                                                      "mentions": 0})
            node["evidence"] += ev
            node["articles"].update(e["article"] for e in ev)
            node["mentions"] += len(ev)
        for e in data["edges"]:
            ev = moved(e.get("evidence", []))
            if not ev:
                continue
            key = (nid(e["source"], k), e["relation"], nid(e["target"], k))
            for end, base_id in ((key[0], e["source"]), (key[2], e["target"])):
                if end not in nodes:
                    nodes[end] = {**by_id[base_id], "id": end, "evidence": [],
                                  "articles": set(), "mentions": 0}
            edge = edges.setdefault(key, {**e, "source": key[0], "target": key[2],
                                          "evidence": [], "articles": set()})
            edge["evidence"] += ev
            edge["articles"].update(x["article"] for x in ev)
    for item in [*nodes.values(), *edges.values()]:
        item["articles"] = sorted(item["articles"])
    for edge in edges.values():
        edge["sources"] = len(edge["articles"])
    return {**data, "graph": {**data["graph"], "articles": articles},
            "nodes": list(nodes.values()), "edges": list(edges.values())}


def base_graph(path: str | None) -> dict[str, Any]:
    if path:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    from graph.export import to_data
    from graph.pipeline import build_corpus, collect_paths

    paths, _ = collect_paths([str(ROOT / "articles")])
    print(f"building the graph of {len(paths)} bundled articles…", file=sys.stderr)
    return json.loads(json.dumps(to_data(build_corpus(paths).graph)))


def start_server(graph_path: Path, cache: bool = True) -> tuple[subprocess.Popen, int]:
    """``temoin serve`` on a free loopback port, in its own process; returns it and the port.
    Without *cache*, the answer cache is off: every answer is rendered anew."""
    code = (
        "import sys; from webapp.server import serve; "
        + ("" if cache else "import webapp.cache; webapp.cache.MAX_ENTRIES = 0; ")
        + f"sys.exit(serve([], graph_path={str(graph_path)!r}, host={HOST!r}, port=0))"
    )
    proc = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    line = proc.stdout.readline()  # "Témoin: http://127.0.0.1:PORT/ …" once it listens
    if "http://" not in line:
        proc.kill()
        raise SystemExit(f"the server did not start: {line}{proc.stderr.read()}")
    port = int(line.split("http://", 1)[1].split("/", 1)[0].rsplit(":", 1)[1])
    # keep draining its stderr so waitress's log can never block it
    threading.Thread(target=lambda: [None for _ in proc.stderr], daemon=True).start()
    return proc, port


def request_mix(data: dict[str, Any], rng: random.Random) -> list[tuple[str, str]]:
    """(kind, path) pairs in the proportions the explorer sends them."""
    nodes = sorted(data["nodes"], key=lambda n: -len(n.get("evidence", [])))
    edges = sorted(range(len(data["edges"])), key=lambda i: -len(data["edges"][i]["evidence"]))
    articles = [a["id"] for a in data["graph"]["articles"]]
    labels = [str(n.get("label", n["id"])) for n in nodes[:50]]
    mix: list[tuple[str, str]] = []
    for _ in range(400):
        r = rng.random()
        if r < 0.10:
            mix.append(("page /", "/"))
        elif r < 0.25:
            mix.append(("api graph", "/api/graph"))
        elif r < 0.50:
            node = nodes[min(int(rng.paretovariate(1.2)) - 1, len(nodes) - 1)]
            mix.append(("api node", "/api/nodes/" + quote(node["id"], safe="")))
        elif r < 0.65 and edges:
            edge = edges[min(int(rng.paretovariate(1.2)) - 1, len(edges) - 1)]
            mix.append(("api edge", f"/api/edges/{edge}"))
        elif r < 0.72:
            mix.append(("relations", "/relations"))
        elif r < 0.87:
            mix.append(("api search", "/api/search?q=" + quote(rng.choice(labels)[:3])))
        else:
            mix.append(("reader", "/articles/" + quote(rng.choice(articles), safe="")))
    return mix


def run_clients(port: int, mix: list[tuple[str, str]], clients: int, seconds: float,
                max_requests: int) -> tuple[list[tuple[str, float, int]], float]:
    results: list[tuple[str, float, int]] = []  # (kind, seconds, status or 0 for no answer)
    lock = threading.Lock()
    budget = [max_requests]
    deadline = time.perf_counter() + seconds
    start = threading.Barrier(clients + 1)

    def client(seed: int) -> None:
        rng = random.Random(seed)
        conn = http.client.HTTPConnection(HOST, port, timeout=30)
        mine = []
        start.wait()
        while time.perf_counter() < deadline:
            with lock:
                if budget[0] <= 0:
                    break
                budget[0] -= 1
            kind, path = rng.choice(mix)
            t = time.perf_counter()
            try:
                conn.request("GET", path, headers={"Accept-Encoding": "identity"})
                resp = conn.getresponse()
                resp.read()
                status = resp.status
            except (OSError, http.client.HTTPException):
                status = 0
                conn.close()
                conn = http.client.HTTPConnection(HOST, port, timeout=30)
            mine.append((kind, time.perf_counter() - t, status))
        conn.close()
        with lock:
            results.extend(mine)

    threads = [threading.Thread(target=client, args=(i,), daemon=True) for i in range(clients)]
    for th in threads:
        th.start()
    start.wait()
    began = time.perf_counter()
    for th in threads:
        th.join(seconds + 60)
    return results, time.perf_counter() - began


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def report(results: list[tuple[str, float, int]], elapsed: float) -> None:
    lat = [s for _, s, _ in results]
    errors = sum(1 for *_, status in results if not 200 <= status < 300)
    print(f"{len(results)} requests in {elapsed:.1f} s: {len(results) / elapsed:.1f} req/s, "
          f"{errors} errors")
    if not lat:
        return
    print(f"latency ms: p50 {pct(lat, 50) * 1000:.0f}  p95 {pct(lat, 95) * 1000:.0f}  "
          f"p99 {pct(lat, 99) * 1000:.0f}  max {max(lat) * 1000:.0f}  "
          f"mean {statistics.fmean(lat) * 1000:.0f}")
    kinds = sorted({k for k, _, _ in results})
    for kind in kinds:
        ks = [s for k, s, _ in results if k == kind]
        errs = sum(1 for k, _, st in results if k == kind and not 200 <= st < 300)
        print(f"  {kind:<11} {len(ks):>6} req  p50 {pct(ks, 50) * 1000:>6.0f}  "
              f"p99 {pct(ks, 99) * 1000:>6.0f} ms  {errs} errors")


def sizes(port: int, mix: list[tuple[str, str]]) -> None:
    seen = {}
    for kind, path in mix:
        seen.setdefault(kind, path)
    conn = http.client.HTTPConnection(HOST, port, timeout=60)
    for kind, path in sorted(seen.items()):
        conn.request("GET", path)
        body = conn.getresponse().read()
        print(f"  size {kind:<11} {len(body) / 1024:>8.1f} KB  {path[:60]}")
    conn.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--graph", help="a graph JSON to serve as it is")
    parser.add_argument("--base", help="the graph to grow with --articles (default: built)")
    parser.add_argument("--articles", type=int, default=0, help="grow the graph to N articles")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--max-requests", type=int, default=200_000)
    parser.add_argument("--no-cache", action="store_true",
                        help="the answer cache off: every answer rendered anew (the views it "
                        "draws on are still remembered by the store)")
    args = parser.parse_args(argv)
    if not 1 <= args.clients <= MAX_CLIENTS:
        parser.error(f"--clients must be between 1 and {MAX_CLIENTS}")
    if not 0 < args.seconds <= MAX_SECONDS:
        parser.error(f"--seconds must be more than 0 and at most {MAX_SECONDS}")

    tmp = Path(tempfile.mkdtemp(prefix="temoin-bench-"))
    if args.graph and not args.articles:
        graph_path = Path(args.graph)
        data = json.loads(graph_path.read_text(encoding="utf-8"))
    else:
        data = base_graph(args.graph or args.base)
        if args.articles:
            data = grow(data, args.articles)
        graph_path = tmp / "graph.json"
        graph_path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    print(f"graph: {len(data['graph']['articles'])} articles, {len(data['nodes'])} nodes, "
          f"{len(data['edges'])} edges, {graph_path.stat().st_size / 1e6:.1f} MB")
    started = time.perf_counter()
    proc, port = start_server(graph_path, cache=not args.no_cache)
    print(f"server up in {time.perf_counter() - started:.1f} s on {HOST}:{port}"
          + ("" if not args.no_cache else " (answer cache off)"))
    try:
        mix = request_mix(data, random.Random(7))
        sizes(port, mix)
        run_clients(port, mix, min(args.clients, 4), 2, 200)  # warm-up
        print(f"{args.clients} clients × {args.seconds:g} s:")
        results, elapsed = run_clients(port, mix, args.clients, args.seconds,
                                       args.max_requests)
        report(results, elapsed)
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
    return 0


if __name__ == "__main__":
    sys.exit(main())
