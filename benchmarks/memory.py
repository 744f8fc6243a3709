"""Memory benchmark: where a cold ``temoin build`` holds its memory, step by step.

Run from the repository root::

    .venv/bin/python benchmarks/memory.py --articles 1000 10000 --shared /work/shared

For each size, the articles are synthesised as ``benchmarks/build.py`` does (in a temporary
folder deleted afterwards), then built by one ``temoin build --no-cache --jobs J --quiet``
process (``--jobs 2`` by default) whose steps are marked as they start and end (the
functions of ``graph.pipeline``, ``graph.nlp.release_model``, the graph file and the store;
wrapped in that process only, nothing else changed). Every 0.25 s the benchmark samples the
proportional set size (PSS) of the build and its workers, summed (a forked worker's pages
still shared with its parent count once), and the build process's own.

Printed for each size: the peak, wall and CPU seconds, and for each step the highest sample
taken while it was the latest step to start (the parse is ``extract_all``; the corpus-wide
steps follow ``release_model``).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build import ROOT, _tree_rss, synthesise  # noqa: E402

#: (module, function) wrapped in the build process to mark its steps, in pipeline order.
STEPS = [("graph.pipeline", "read_articles"), ("graph.pipeline", "copy_groups"),
         ("graph.pipeline", "extract_all"), ("graph.nlp", "release_model"),
         ("graph.pipeline", "resolve"), ("graph.pipeline", "resolve_pronouns"),
         ("graph.pipeline", "resolve_descriptions"), ("graph.pipeline", "_triples"),
         ("graph.pipeline", "build_graph"), ("graph.export", "write_json"),
         ("webapp.cli", "_write_store")]

#: The build process: ``temoin build`` with each step of STEPS marked in a file, as
#: ``time step start|end`` lines. (``copy_groups`` is imported inside ``build_corpus``:
#: marked where it is defined.)
CHILD = """
import functools, importlib, json, sys, time
marks = open(sys.argv[1], "w", buffering=1)
def wrap(module, name):
    module = importlib.import_module(module)
    f = getattr(module, name)
    @functools.wraps(f)
    def marked(*args, **kwargs):
        marks.write(f"{time.time():.3f} {name} start\\n")
        try:
            return f(*args, **kwargs)
        finally:
            marks.write(f"{time.time():.3f} {name} end\\n")
    setattr(module, name, marked)
for module, name in json.loads(sys.argv[2]):
    wrap("graph.copies" if name == "copy_groups" else module, name)
from webapp.cli import main
sys.exit(main(sys.argv[3:]))
"""


def _own_pss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            return next(int(line.split()[1]) * 1024 for line in f if line.startswith("Pss:"))
    except (OSError, StopIteration):
        return 0


def measure(folder: Path, out: Path, jobs: int) -> dict:
    """Build *folder* into *out*, sampling memory; the peak, times, and each step's peak."""
    marks = out.with_suffix(".marks")
    cmd = [sys.executable, "-c", CHILD, str(marks), json.dumps(STEPS), "build", str(folder),
           "--out", str(out), "--no-cache", "--quiet", "--jobs", str(jobs)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.time()
    samples: list[tuple[float, int, int]] = []
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=err)
        while proc.poll() is None:
            samples.append((time.time(), _tree_rss(proc.pid), _own_pss(proc.pid)))
            time.sleep(0.25)
        err.seek(0)
        stderr = err.read().decode()
    wall = time.time() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        sys.exit(f"memory.py: {' '.join(cmd[3:])} failed ({proc.returncode}):\n{stderr}")
    events = []
    for line in marks.read_text(encoding="utf-8").splitlines():
        t, name, edge = line.split()
        events.append((float(t), name, edge))
    steps: dict[str, list[int]] = {}
    step, k = "start", 0
    for t, tree, own in samples:
        while k < len(events) and events[k][0] <= t:
            if events[k][2] == "start":
                step = events[k][1]
            k += 1
        peak = steps.setdefault(step, [0, 0])
        peak[0], peak[1] = max(peak[0], tree), max(peak[1], own)
    return {"peak": max((tree for _, tree, _ in samples), default=0), "wall": wall,
            "cpu": (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime),
            "steps": steps, "summary": stderr.strip().splitlines()[-1] if stderr else ""}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[1000],
                        help="sizes of the corpora to build (default 1000)")
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"),
                        help="the shared folder holding news/ and popcorn/")
    parser.add_argument("--jobs", type=int, default=2, help="temoin build --jobs (default 2)")
    args = parser.parse_args()
    print(f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}", flush=True)
    for n in args.articles:
        with tempfile.TemporaryDirectory(prefix="temoin-memory-") as tmp:
            folder = Path(tmp) / f"synth{n}"
            folder.mkdir()
            synthesise(Path(args.shared), n, folder)
            r = measure(folder, Path(tmp) / "graph.json", args.jobs)
        mib = 2 ** 20
        print(f"\n{n} articles, temoin build --no-cache --jobs {args.jobs}: peak "
              f"{r['peak'] / mib:.0f} MiB, wall {r['wall']:.1f} s, CPU {r['cpu']:.1f} s\n"
              f"    {r['summary']}\n\n| step (latest to start) | peak, build and workers | "
              f"peak, build process |\n|---|---|---|", flush=True)
        for step, (tree, own) in r["steps"].items():
            print(f"| {step} | {tree / mib:.0f} MiB | {own / mib:.0f} MiB |", flush=True)


if __name__ == "__main__":
    main()
