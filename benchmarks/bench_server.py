"""Benchmark of the explorer served from the SQLite store (issue #10, point 3): for graphs of
100, 1,000 and 10,000 articles, the store's size and write time, ``temoin serve``'s start
time and resident memory, the latency of each route, the page ready in headless Chromium,
and the time one correction takes.

Run from the repository root::

    .venv/bin/python benchmarks/bench_server.py                      # 100, 1,000, 10,000
    .venv/bin/python benchmarks/bench_server.py --articles 100 1000 --graph base.json

The graph of each size is the bundled articles' graph (built first, or ``--graph``) grown to
N articles as ``bench_load.py`` does (``bench_load.grow``: copies of the articles, well-known
names keeping their node; no spaCy run). For each size it writes ``graph.json`` and its store
(``temoin build`` writes both) into a temporary folder, then starts ``temoin serve --graph``
in a process of its own, with its answer cache off (every answer computed), and measures:

- start: from launching the process to the server listening (Python, imports, the store
  opened and checked against graph.json by size and time);
- the server's CPU seconds at start and per request of each route (``/proc/PID/stat``: not
  stretched, as wall times are, by the other processes of a shared machine);
- RSS: the server's resident memory after start and at the end (``VmRSS``; ``VmHWM`` peak);
- p50/p95 over ``--requests`` requests of each route, one client over loopback: ``/`` and
  ``/api/graph`` (views of 250 to 350 nodes, drawn at random), ``/api/nodes/<hub>`` (the
  20 most connected nodes), ``/api/search?q=``
  (prefixes of labels), ``/relations?page=N`` (random pages, sorted by each column),
  ``/api/quotes?q=`` (words of the quotes);
- page ready: headless Chromium (``/usr/bin/chromium``) loading ``/`` until the page says it
  is drawn (``body[data-ready='1']``), median of 3;
- corrections from the page (``POST /api/corrections`` with the page's CSRF token): a first
  rename of the most connected node (the store copied to ``graph.corrected.sqlite`` and
  patched), its undo (back to the store as built), a rename of the second most connected
  node after the first (patched in place), its undo (patched back), and the undo of the
  first while the second stands (the whole file applied again: a rewrite from graph.json;
  up to ``--rewrite-max`` articles); the server's peak RSS after.

`server_figures` runs one size and returns its figures (``benchmarks/build.py`` may call it).
A JSON line per size ends the output.
"""

from __future__ import annotations

import argparse
import http.cookiejar
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path
from typing import Any
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

HOST = "127.0.0.1"  # loopback only


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def rss_mb(pid: int) -> tuple[float, float]:
    """(VmRSS, VmHWM) of a process in MB."""
    fields = {}
    with open(f"/proc/{pid}/status", encoding="ascii") as fh:
        for line in fh:
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                fields[key] = int(value.split()[0]) / 1024
    return fields["VmRSS"], fields["VmHWM"]


def cpu_s(pid: int) -> float:
    """CPU seconds (user + system) a process has used: unlike wall time, not stretched by
    the other processes of a shared machine."""
    with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
        fields = fh.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def start_server(graph: Path) -> tuple[subprocess.Popen, int, float]:
    """``temoin serve --graph`` (answer cache off) in its own process: it, its port, and
    the seconds from launch to listening."""
    code = ("import sys, webapp.cache; webapp.cache.MAX_ENTRIES = 0; "
            "from webapp.server import serve; "
            f"sys.exit(serve([], graph_path={str(graph)!r}, host={HOST!r}, port=0))")
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - started
    if "http://" not in line:
        proc.kill()
        raise SystemExit(f"the server did not start: {line}{proc.stderr.read()}")
    port = int(line.split("http://", 1)[1].split("/", 1)[0].rsplit(":", 1)[1])
    threading.Thread(target=lambda: [None for _ in proc.stderr], daemon=True).start()
    return proc, port, elapsed


def timed_get(url: str) -> tuple[float, int]:
    t = time.perf_counter()
    with urllib.request.urlopen(url) as r:
        r.read()
        status = r.status
    return time.perf_counter() - t, status


def route_urls(store: Path, rng: random.Random, n: int) -> dict[str, list[str]]:
    """*n* URLs of each route, drawn from the store."""
    import sqlite3

    from graph.store_sqlite import query_words

    conn = sqlite3.connect(store)
    hubs = [r for (r,) in conn.execute(
        "SELECT id FROM nodes ORDER BY degree DESC, mentions_n DESC LIMIT 20")]
    labels = [r for (r,) in conn.execute(
        "SELECT label FROM nodes WHERE label IS NOT NULL ORDER BY random() LIMIT 500")]
    quotes = [r for (r,) in conn.execute("SELECT text FROM quotes ORDER BY random() LIMIT 500")]
    edges = conn.execute("SELECT count(*) FROM edges").fetchone()[0]
    conn.close()
    pages = max(1, -(-edges // 200))
    sorts = ["sources", "relation", "source", "target", "status", "date"]
    words = [w for q in quotes for w in query_words(q) if len(w) >= 3]
    return {
        # views of 250 to 350 nodes: each computed (the store keeps the views it computed)
        "/": [f"/?limit={rng.randint(250, 350)}" for _ in range(n)],
        "/api/graph": [f"/api/graph?limit={rng.randint(250, 350)}" for _ in range(n)],
        "/api/nodes/<hub>": [f"/api/nodes/{quote(hubs[i % len(hubs)], safe='')}"
                             for i in range(n)],
        "/api/search": [f"/api/search?q={quote(rng.choice(labels)[:rng.randint(2, 6)])}"
                        for _ in range(n)],
        "/relations (paged)": [f"/relations?sort={rng.choice(sorts)}"
                               f"&order={rng.choice(['asc', 'desc'])}"
                               f"&page={rng.randint(1, pages)}" for _ in range(n)],
        "/api/quotes": [f"/api/quotes?q={quote(rng.choice(words))}" for _ in range(n)],
    }


def page_ready(base: str, repeat: int = 3) -> float | None:
    """Median seconds for headless Chromium to load ``/`` until it is drawn (None: no
    Playwright or Chromium here)."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    if not os.path.exists("/usr/bin/chromium"):
        return None
    times = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True)
        try:
            for _ in range(repeat):
                ctx = browser.new_context(viewport={"width": 1400, "height": 860})
                page = ctx.new_page()
                t = time.perf_counter()
                page.goto(base + "/")
                page.wait_for_selector("body[data-ready='1']", timeout=120_000)
                times.append(time.perf_counter() - t)
                ctx.close()
        finally:
            browser.close()
    return statistics.median(times)


def corrections(base: str, rewrite: bool) -> dict[str, float]:
    """From the page's API, the seconds each answer takes: rename the most connected node
    (the first correction: the store is copied to ``graph.corrected.sqlite`` and patched),
    undo it (no correction left: the graph as built), rename it again, rename the second
    most connected node (patched in place), undo that (the last: patched back); when
    *rewrite*, rename it again and undo the first (not the last: the whole file applied
    again to graph.json, the corrected store written anew)."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    token = json.loads(opener.open(base + "/api/csrf").read())["token"]
    view = json.loads(opener.open(base + "/api/graph?limit=2").read())
    nodes = [n["id"] for n in view["nodes"]]
    headers = {"Content-Type": "application/json", "X-CSRF-Token": token, "Origin": base}

    def post(url: str, body: dict | None) -> tuple[float, dict]:
        data = json.dumps(body).encode() if body is not None else b""
        t = time.perf_counter()
        answer = json.loads(opener.open(urllib.request.Request(
            base + url, data=data, headers=headers, method="POST")).read())
        return time.perf_counter() - t, answer

    out = {}
    first = {"op": "rename", "node": nodes[0], "label": "Nom corrigé"}
    second = {"op": "rename", "node": nodes[1], "label": "Autre nom"}
    out["rename_first_s"], answer = post("/api/corrections", first)
    out["undo_to_as_built_s"], _ = post(answer["undo"], None)
    _, answer = post("/api/corrections", first)
    out["rename_next_s"], last = post("/api/corrections", second)
    out["undo_last_s"], _ = post(last["undo"], None)
    if rewrite:
        post("/api/corrections", second)
        out["undo_rewrite_s"], _ = post(answer["undo"], None)
    return {k: round(v, 2) for k, v in out.items()}


def server_figures(data: dict[str, Any], requests: int = 40, seed: int = 7,
                   browser: bool = True, correction: bool = True, rewrite: bool = True,
                   work: Path | None = None) -> dict[str, Any]:
    """The figures of one graph (see the module doc), printed and returned."""
    from graph.store_sqlite import store_problem, write_store_of

    figures: dict[str, Any] = {"articles": len(data["graph"]["articles"]),
                               "nodes": len(data["nodes"]), "edges": len(data["edges"])}
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as tmp:
        folder = work / str(figures["articles"]) if work else Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        graph = folder / "graph.json"  # as `temoin build` writes it
        store = folder / "graph.sqlite"
        for stale in ("corrections.jsonl", "graph.corrected.sqlite"):
            (folder / stale).unlink(missing_ok=True)
        if graph.exists() and store_problem(store, graph) is None:
            figures["store_write_s"] = None  # kept from a run before (--work)
        else:
            graph.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
            t = time.perf_counter()
            store, _ = write_store_of(data, graph)
            figures["store_write_s"] = round(time.perf_counter() - t, 1)
        figures["graph_json_mb"] = round(graph.stat().st_size / 1e6, 1)
        figures["store_mb"] = round(store.stat().st_size / 1e6, 1)
        del data
        print(f"{figures['articles']} articles, {figures['nodes']} nodes, {figures['edges']} "
              f"edges: graph.json {figures['graph_json_mb']} MB, graph.sqlite "
              f"{figures['store_mb']} MB written in {figures['store_write_s']} s", flush=True)
        proc, port, started = start_server(graph)
        base = f"http://{HOST}:{port}"
        try:
            figures["start_s"] = round(started, 2)
            figures["start_cpu_s"] = round(cpu_s(proc.pid), 2)
            figures["rss_start_mb"] = round(rss_mb(proc.pid)[0], 1)
            print(f"  temoin serve: listening after {started:.2f} s ({figures['start_cpu_s']} "
                  f"CPU s), RSS {figures['rss_start_mb']} MB", flush=True)
            for route, urls in route_urls(store, rng, requests).items():
                timed_get(base + urls[0])  # a first request of its kind (imports, templates)
                seconds = []
                cpu = cpu_s(proc.pid)
                for url in urls:
                    s, status = timed_get(base + url)
                    assert status == 200, (url, status)
                    seconds.append(s)
                cpu = 1000 * (cpu_s(proc.pid) - cpu) / len(urls)
                p50, p95 = 1000 * statistics.median(seconds), 1000 * pct(seconds, 95)
                figures[f"{route} p50_ms"], figures[f"{route} p95_ms"] = (round(p50, 1),
                                                                          round(p95, 1))
                figures[f"{route} cpu_ms"] = round(cpu, 1)
                print(f"  {route:<20} p50 {p50:7.1f} ms   p95 {p95:7.1f} ms   "
                      f"max {1000 * max(seconds):7.1f} ms   server CPU {cpu:6.1f} ms/request",
                      flush=True)
            if browser:
                ready = page_ready(base)
                figures["page_ready_s"] = None if ready is None else round(ready, 2)
                print(f"  page ready in headless Chromium: "
                      f"{'n/a' if ready is None else f'{ready:.2f} s'}", flush=True)
            rss, peak = rss_mb(proc.pid)
            figures["rss_end_mb"], figures["rss_peak_mb"] = round(rss, 1), round(peak, 1)
            print(f"  RSS after the requests {rss:.1f} MB (peak {peak:.1f} MB)", flush=True)
            if correction:
                times = corrections(base, rewrite)
                figures.update(times)
                rss, peak = rss_mb(proc.pid)
                figures["rss_after_corrections_mb"] = round(rss, 1)
                figures["rss_peak_after_corrections_mb"] = round(peak, 1)
                print(f"  corrections: {times}; RSS {rss:.1f} MB (peak {peak:.1f} MB)",
                      flush=True)
        finally:
            proc.terminate()
            proc.wait(timeout=30)
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--graph", help="graph JSON to grow (default: build the bundled articles)")
    parser.add_argument("--articles", type=int, nargs="+", default=[100, 1000, 10000])
    parser.add_argument("--requests", type=int, default=40, help="requests per route")
    parser.add_argument("--no-browser", action="store_true")
    parser.add_argument("--no-correction", action="store_true")
    parser.add_argument("--rewrite-max", type=int, default=1000,
                        help="measure an undo that rewrites the corrected store up to this size")
    parser.add_argument("--work", type=Path, help="keep each size's graph.json and store "
                        "there, and use them again when sound (no write)")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)

    from bench_load import base_graph, grow

    base = base_graph(args.graph)
    print(f"load average {os.getloadavg()[0]:.1f} {os.getloadavg()[1]:.1f} "
          f"{os.getloadavg()[2]:.1f}; {os.cpu_count()} cores", flush=True)
    for n in args.articles:
        figures = server_figures(grow(base, n), args.requests, args.seed,
                                 not args.no_browser, not args.no_correction,
                                 n <= args.rewrite_max, args.work)
        figures["load_average"] = round(os.getloadavg()[0], 1)
        print(json.dumps(figures), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
