"""Live additions benchmark: how long after one article is dropped into the folder that
``temoin serve`` watches the open page offers « 1 nouvel article — recharger », and what the
rebuild costs the server.

Run from the repository root::

    .venv/bin/python benchmarks/live.py                       # the bundled articles/
    .venv/bin/python benchmarks/live.py --articles 100 --shared /work/shared

For each corpus (``articles/``, then *N* articles synthesised as ``benchmarks/build.py``
does, from ``SHARED/news``, in a temporary folder deleted afterwards): ``temoin build``
(cold, with its cache), then ``temoin serve`` in a process of its own on a free port, a page
of the explorer open in headless Chromium (Debian's ``/usr/bin/chromium``), and two drops
of one invented article each (written under a hidden name, then renamed into the folder):
the first makes the server load the spaCy model, the second finds it loaded. For each drop:
seconds until ``/api/status`` serves the new graph (polled every 0.1 s here; this includes
the watcher's look every second and the 2 s of quiet it waits for), until the page shows
the banner (it polls every 2 s), the rebuild's own seconds, the server's CPU seconds (the
whole process: the rebuild, the watcher's looks, the status polls and pages served) and
the rebuilding thread's CPU seconds per phase, its resident memory before and after.

Then, the server stopped, a cold ``temoin build --jobs 1 --no-cache`` of the folder as
the drops left it (one process, the model loaded, nothing cached: the reference) into
another folder: its CPU seconds, each drop's server CPU as a share of them, and whether the
served ``graph.json`` is the same bytes (``cmp``) and ``graph.sqlite`` the same rows
(``iterdump``) but for ``meta.graph_mtime_ns``, the modification time of the graph file it
was made from, which differs between any two builds, and the nodes' positions: a live
addition keeps the drawing served before (each drop's row says how many of the nodes drawn
before are still in place, and how many are new).
"""

from __future__ import annotations

import argparse
import json
import os
import queue
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from graph.store_sqlite import content_rows, node_positions  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
#: invented dispatches, one per drop.
DROPS = (
    """La société Vernalis rachète le chantier naval de Port-Aubrac

PORT-AUBRAC, 3 février - La société Vernalis a racheté le chantier naval de Port-Aubrac,
a annoncé lundi sa directrice, Hélène Courtade. Le maire de Port-Aubrac, Gaspard Ollivier,
a salué l'accord.
""",
    """Le musée de Valcombe rouvre ses portes

VALCOMBE, 9 avril - Le musée de Valcombe a rouvert ses portes samedi après deux ans de
travaux, a indiqué sa conservatrice, Irène Dufresnoy. La région a financé le chantier.
""",
)


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of a process (and of its children it waited for)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    ticks = os.sysconf("SC_CLK_TCK")
    return sum(int(fields[i]) for i in (11, 12, 13, 14)) / ticks


def rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def status(url: str) -> dict:
    with urllib.request.urlopen(url + "/api/status", timeout=10) as r:
        return json.load(r)


def serve(folder: Path, graph: Path, log: Path) -> tuple[subprocess.Popen, str]:
    err = log.open("w", encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "webapp.cli", "serve", str(folder), "--graph", str(graph),
         "--port", "0"], stdout=subprocess.PIPE, stderr=err, text=True, cwd=ROOT,
        env={**os.environ, "PYTHONUNBUFFERED": "1"})
    err.close()
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(x) for x in proc.stdout], daemon=True).start()
    deadline = time.monotonic() + 1800
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            line = lines.get(timeout=1)
        except queue.Empty:
            continue
        if line.startswith("Témoin: http://"):
            return proc, line.split()[1].rstrip("/")
    proc.kill()
    sys.exit(f"live.py: temoin serve did not start:\n{log.read_text(encoding='utf-8')}")


def measure(label: str, folder: Path, work: Path, reference: bool = True) -> list[dict]:
    from playwright.sync_api import sync_playwright

    from webapp.cli import main

    graph = work / "graph.json"
    started = time.perf_counter()
    assert main(["build", str(folder), "--out", str(graph), "--quiet"]) in (0, 2)
    cold = time.perf_counter() - started
    proc, url = serve(folder, graph, work / "serve.log")
    rows = []
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, headless=True,
                                        args=["--no-sandbox", "--disable-gpu",
                                              "--disable-dev-shm-usage"])
            page = browser.new_page(viewport={"width": 1300, "height": 800})
            page.set_default_timeout(60_000)
            for n, text in enumerate(DROPS, 1):
                page.goto(url + "/")
                page.wait_for_selector("#mynetwork canvas")
                before = status(url)
                drawn = node_positions(work / "graph.sqlite")
                rss0 = rss_mib(proc.pid)
                cpu0, t0 = cpu_seconds(proc.pid), time.monotonic()
                hidden = folder / f".drop-{n}.txt"
                hidden.write_text(text, encoding="utf-8")
                os.replace(hidden, folder / f"live-drop-{n}.txt")
                swapped = None
                while time.monotonic() - t0 < 1800:
                    s = status(url)
                    if s["version"] != before["version"]:
                        swapped = time.monotonic() - t0
                        break
                    time.sleep(0.1)
                page.locator("#live-banner .live-reload").wait_for(timeout=1_800_000)
                banner = time.monotonic() - t0
                s = status(url)
                last = s["last_rebuild"]
                now = node_positions(work / "graph.sqlite")
                kept = sum(1 for n, p in drawn.items() if now.get(n) == p)
                rows.append({"corpus": label, "drop": n, "articles": s["articles"],
                             "cold_build": cold, "to_swap": swapped, "to_banner": banner,
                             "rebuild": last["seconds"], "extracted": last["extracted"],
                             "from_cache": last["from_cache"],
                             "server_cpu": cpu_seconds(proc.pid) - cpu0,
                             "rss_before": rss0, "rss": rss_mib(proc.pid),
                             "drawn_before": len(drawn), "in_place": kept,
                             "new_nodes": len(set(now) - set(drawn)),
                             "phases": last["phases"], "phases_cpu": last["phases_cpu"]})
                print(json.dumps(rows[-1]), file=sys.stderr)
            browser.close()
    finally:
        proc.terminate()
        proc.wait(timeout=60)
        proc.stdout.close()
    if reference:
        compare(folder, work, rows)
    return rows


store_rows = content_rows  # the rows of a store but its graph file's modification time


def compare(folder: Path, work: Path, rows: list[dict]) -> None:
    """The reference build of *folder* (``--jobs 1 --no-cache``, another output folder):
    its CPU, each row's share of it, and whether the served files are the same."""
    from build import build

    (work / "reference").mkdir()
    ref = build(folder, work / "reference" / "graph.json", "--jobs", "1", "--no-cache")
    same_json = ref["bytes"] == (work / "graph.json").read_bytes()
    same_store = store_rows(work / "reference" / "graph.sqlite", positions=False) == store_rows(
        work / "graph.sqlite", positions=False)
    print(f"reference: {ref['summary']}; {ref['cpu']:.1f} s CPU, {ref['wall']:.1f} s wall; "
          f"graph.json {'the same bytes' if same_json else 'DIFFERENT'}, graph.sqlite "
          f"{'the same rows but the positions' if same_store else 'DIFFERENT'}",
          file=sys.stderr)
    for r in rows:
        r.update(reference_cpu=ref["cpu"], share=r["server_cpu"] / ref["cpu"],
                 same_json=same_json, same_store=same_store)
    if not (same_json and same_store):
        sys.exit(f"live.py: the served graph of {folder} differs from a build of the folder")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, nargs="*", default=[],
                        help="also synthesised corpora of these sizes (from SHARED/news)")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--no-bundled", action="store_true", help="skip articles/")
    parser.add_argument("--no-reference", action="store_true",
                        help="no reference build (--jobs 1 --no-cache) after the drops")
    args = parser.parse_args()
    print(f"load average {os.getloadavg()[0]:.1f} at the start")
    rows = []
    with tempfile.TemporaryDirectory(prefix="temoin-live-") as tmp:
        if not args.no_bundled:
            work = Path(tmp) / "bundled"
            shutil.copytree(ROOT / "articles", work / "articles")
            rows += measure("articles/", work / "articles", work, not args.no_reference)
        for n in args.articles:
            from build import synthesise

            work = Path(tmp) / f"synth{n}"
            (work / "articles").mkdir(parents=True)
            synthesise(args.shared, n, work / "articles")
            rows += measure(f"{n} synthesised", work / "articles", work, not args.no_reference)
    print(f"load average {os.getloadavg()[0]:.1f} at the end")
    print("| corpus | drop | articles after | to swap | to banner | rebuild "
          "| extracted / from cache | server CPU | of the reference build's CPU "
          "| rebuild CPU: build, write, store, swap, collect | server RSS before → after "
          "| nodes drawn before in place, new |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        share = (f"{100 * r['share']:.1f} % of {r['reference_cpu']:.1f} s" if "share" in r
                 else "–")
        print(f"| {r['corpus']} | {r['drop']} | {r['articles']} "
              f"| {r['to_swap']:.1f} s | {r['to_banner']:.1f} s | {r['rebuild']:.1f} s "
              f"| {r['extracted']} / {r['from_cache']} | {r['server_cpu']:.2f} s | {share} "
              f"| {', '.join(f'{v:.2f}' for v in r['phases_cpu'].values())} s "
              f"(sum {sum(r['phases_cpu'].values()):.2f} s) "
              f"| {r['rss_before']:.0f} → {r['rss']:.0f} MiB "
              f"| {r['in_place']} of {r['drawn_before']}, {r['new_nodes']} |")
    for label in dict.fromkeys(r["corpus"] for r in rows):
        r = next(r for r in rows if r["corpus"] == label)
        same = ("graph.json the same bytes, graph.sqlite the same rows but the positions as "
                "the reference build"
                if r.get("same_json") else "not compared")
        print(f"- {label}: cold build with cache {r['cold_build']:.1f} s wall; {same}")


if __name__ == "__main__":
    main()
