"""Explorer benchmarks: page-ready time in headless Chromium and API latency.

Run from the repository root::

    .venv/bin/python benchmarks/bench_web.py [--graph graph.json] [--repeat 5]

Without ``--graph``, the graph of ``articles/`` is built by the pipeline first. Figures:

- page-ready: from ``page.goto`` to the first frame vis-network draws (``body[data-ready]``),
  median of ``--repeat`` cold page loads (new browser context each time), for the real graph and
  for a synthetic graph of 5,000 nodes / 20,000 edges (default view: 300 nodes; and all nodes);
- server layout time of the synthetic graph (computed once, then cached);
- API latency (median over HTTP) of ``/api/graph`` and of ``/api/nodes/<id>`` for the node with
  the most quotes (real graph) and for a synthetic node with 2,000 quotes.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

HUB_MENTION = "République du Chili"  # the synthetic hub, as quoted in its sentences


def synthetic(
    n_nodes: int = 5000, n_edges: int = 20000, hub_quotes: int = 2000, seed: int = 1
) -> dict[str, Any]:
    """A node-link graph with a heavy-tailed degree distribution and one much-quoted hub."""
    rng = random.Random(seed)
    sentence = f"La {HUB_MENTION} a fourni du cuivre au Canada, d'après l'Équateur."
    text = "\n".join([sentence] * hub_quotes)
    sentences = [
        [i * (len(sentence) + 1), i * (len(sentence) + 1) + len(sentence)]
        for i in range(hub_quotes)
    ]
    article = {
        "id": "synth",
        "title": "Article synthétique",
        "path": "synth.txt",
        "text": text,
        "sentences": sentences,
        "boilerplate": [],
    }
    types = ["PER", "ORG", "LOC", "MISC", "CONCEPT"]
    nodes = []
    for i in range(n_nodes):
        nodes.append(
            {
                "id": f"n{i}",
                "label": f"Entité n°{i} é",
                "type": types[i % 5],
                "aliases": [f"alias {i}"],
                "mentions": 1 + (7 * i) % 13,
                "articles": ["synth"],
                "evidence": [],
            }
        )
    hub = nodes[0]
    hub["label"] = f"{HUB_MENTION} (hub)"
    hub["evidence"] = [
        {
            "article": "synth",
            "sentence": i,
            "start": s,
            "end": e,
            "text": text[s:e],
            "highlights": [[s + 3, s + 3 + len(HUB_MENTION)]],
        }
        for i, (s, e) in enumerate(sentences)
    ]
    hub["mentions"] = hub_quotes
    relations = ["fournir", "rencontrer", "signer", "soutenir", "dirigeant de", "accuser", "livrer"]
    edges: dict[tuple[int, str, int], dict[str, Any]] = {}
    while len(edges) < n_edges:
        s = min(int(rng.paretovariate(0.9)) - 1, n_nodes - 1)
        t = rng.randrange(n_nodes)
        r = rng.choice(relations)
        if s == t or (s, r, t) in edges:
            continue
        i = rng.randrange(hub_quotes)
        a, b = sentences[i]
        edges[(s, r, t)] = {
            "source": f"n{s}",
            "target": f"n{t}",
            "key": r,
            "relation": r,
            "sources": 1 + (s + t) % 3,
            "articles": ["synth"],
            "evidence": [
                {
                    "article": "synth",
                    "sentence": i,
                    "start": a,
                    "end": b,
                    "text": text[a:b],
                    "modality": rng.choice(["asserted", "reported", "alleged"]),
                    "attributed_to": None,
                    "verb": r,
                    "highlights": [[a + 3, a + 3 + len(HUB_MENTION)]],
                }
            ],
        }
    return {
        "directed": True,
        "multigraph": True,
        "graph": {"articles": [article]},
        "nodes": nodes,
        "edges": list(edges.values()),
    }


def serve(app) -> tuple[Any, str]:
    from waitress import create_server

    server = create_server(app, host="127.0.0.1", port=0, threads=4)
    threading.Thread(target=server.run, daemon=True).start()
    return server, f"http://127.0.0.1:{server.effective_port}"


def page_ready(browser, url: str, repeat: int) -> tuple[float, int]:
    times = []
    drawn = 0
    for _ in range(repeat):
        ctx = browser.new_context(viewport={"width": 1400, "height": 860})
        page = ctx.new_page()
        t = time.perf_counter()
        page.goto(url)
        page.wait_for_selector("body[data-ready='1']", timeout=120_000)
        times.append(time.perf_counter() - t)
        drawn = page.evaluate("network.body.data.nodes.length")
        ctx.close()
    return statistics.median(times), drawn


def latency(url: str, repeat: int = 20) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        with urllib.request.urlopen(url) as r:
            r.read()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--graph", help="graph JSON of the articles (built when omitted)")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)

    from playwright.sync_api import sync_playwright

    from webapp.app import create_app

    if args.graph:
        graph_path = Path(args.graph)
    else:
        from graph.export import write_json
        from graph.pipeline import build_corpus, collect_paths

        paths, _ = collect_paths([str(ROOT / "articles")])
        graph_path = Path(tempfile.mkdtemp()) / "graph.json"
        write_json(build_corpus(paths).graph, graph_path)

    real_app = create_app({"GRAPH_PATH": str(graph_path)})
    real = real_app.extensions["temoin_store"]
    t = time.perf_counter()
    real.layout()
    real_layout = time.perf_counter() - t
    data = synthetic()
    t = time.perf_counter()
    synth_app = create_app({"GRAPH_DATA": data})
    synth_load = time.perf_counter() - t
    t = time.perf_counter()
    synth_app.extensions["temoin_store"].layout()
    synth_layout = time.perf_counter() - t

    real_server, real_url = serve(real_app)
    synth_server, synth_url = serve(synth_app)
    most_quoted = max(real.nodes.values(), key=lambda n: len(n["evidence"]))
    prefix = most_quoted["label"][:4]  # a search prefix taken from the data, not hard-coded
    print(
        f"real graph: {len(real.nodes)} nodes, {len(real.edges)} edges; layout {real_layout:.3f} s"
    )
    print(
        f"synthetic graph: {len(data['nodes'])} nodes, {len(data['edges'])} edges; "
        f"load+index {synth_load:.2f} s, layout {synth_layout:.2f} s (once, cached)"
    )
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        page_ready(browser, real_url + "/", 1)  # warm-up
        for name, url in [
            ("real graph, page ready", real_url + "/"),
            ("synthetic, page ready (default view)", synth_url + "/"),
            ("synthetic, page ready (limit=1000)", synth_url + "/?limit=1000"),
            ("synthetic, page ready (all 5,000 nodes)", synth_url + "/?limit=5000"),
        ]:
            seconds, drawn = page_ready(browser, url, args.repeat)
            print(f"{name}: {seconds:.2f} s median of {args.repeat} ({drawn} nodes drawn)")
        browser.close()
    for name, url in [
        ("real /api/graph", real_url + "/api/graph"),
        (
            f"real /api/nodes ({len(most_quoted['evidence'])} quotes)",
            real_url + "/api/nodes/" + urllib.request.quote(most_quoted["id"]),
        ),
        (
            f"real /api/search?q={prefix}",
            real_url + "/api/search?q=" + urllib.request.quote(prefix),
        ),
        ("synthetic /api/graph (300 nodes)", synth_url + "/api/graph"),
        ("synthetic /api/nodes/n0 (2,000 quotes)", synth_url + "/api/nodes/n0"),
        ("synthetic /api/search?q=entite 12", synth_url + "/api/search?q=entite%2012"),
    ]:
        print(f"{name}: {latency(url) * 1000:.1f} ms median of 20")
    real_server.close()
    synth_server.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
