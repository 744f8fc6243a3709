"""The ``temoin`` command: ``temoin build``, ``temoin serve`` and ``temoin export``."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import time
from collections.abc import Sequence

from graph.model import TemoinError
from webapp.server import port_number


def _build(args: argparse.Namespace) -> int:
    from graph.export import write_json
    from graph.pipeline import build_corpus, collect_paths

    started = time.perf_counter()
    out_dir = os.path.dirname(os.path.abspath(args.out))
    for target in (args.out, args.store or args.out):  # say so before minutes of parsing
        folder = os.path.dirname(os.path.abspath(target))
        if not os.path.isdir(folder):
            print(f"temoin: cannot write {target}: no such file or directory: {folder}",
                  file=sys.stderr)
            return 1
    paths, errors = collect_paths(args.articles, follow_links=args.follow_links)
    cache = None if args.no_cache else (args.cache or os.path.join(out_dir, ".temoin-cache"))
    with _engine(args) as engine:
        result = build_corpus(paths, progress=not args.quiet, jobs=args.jobs, cache_dir=cache,
                              keep_parses=False, engine=engine, release_model=True)
    errors += result.errors
    for path, note in result.notes:
        print(f"temoin: {path}: {note}", file=sys.stderr)
    for path, reason in errors:
        print(f"temoin: cannot read {path}: {reason}", file=sys.stderr)
    if not result.articles:
        print("temoin: no article could be read; nothing written", file=sys.stderr)
        return 1
    if result.parse.cache_error:
        print(f"temoin: parse cache: some entries could not be written "
              f"({result.parse.cache_error})", file=sys.stderr)
    write_json(result.graph, args.out)
    store = _write_store(result.graph, args.out, args.store)
    _report_corrections(result.graph, args.out)
    seconds = time.perf_counter() - started
    print(
        f"{len(result.articles)} articles, {result.sentences} sentences, "
        f"{result.graph.number_of_nodes()} entities, {result.graph.number_of_edges()} relations "
        f"in {seconds:.1f} s → {args.out}, {store}"
        + f" ({_parse_summary(result.parse, cache)})"
        + (f" ({len(errors)} input(s) failed)" if errors else "")
        + (f" ({len(result.notes)} note(s) above)" if result.notes else ""),
        file=sys.stderr,
    )
    return 2 if errors else 0


def _engine(args: argparse.Namespace):
    """The Dask cluster ``--scheduler`` or ``--engine dask`` asks for (``graph.distributed``,
    imported only then), as a context; None for a build in local processes."""
    if args.scheduler is None and args.engine != "dask":
        return contextlib.nullcontext()
    if args.engine == "local":
        raise TemoinError(f"--engine local runs no Dask cluster: drop it or --scheduler "
                          f"{args.scheduler}")
    from graph.distributed import connect

    return connect(args.scheduler, workers=args.jobs)


def _scheduler(value: str) -> str:
    """argparse type of ``--scheduler``: ``tcp://HOST:PORT``."""
    from graph.distributed import scheduler_address

    try:
        return scheduler_address(value)
    except TemoinError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def _write_store(g, out: str, store: str | None) -> str:
    """Write the SQLite store of the graph just written to *out* (``docs/store.md``)."""
    from graph.export import to_data
    from graph.store_sqlite import write_store_of

    path, _ = write_store_of(to_data(g), out, store)
    return str(path)


def _report_corrections(g, out: str) -> None:
    """Apply the corrections beside the new graph to it; say which are stale or bad."""
    from graph.corrections import corrected_graph, corrections_path, report_lines
    from graph.export import to_data

    path = corrections_path(out)
    if not path.exists():
        return
    try:
        _, outcomes, file = corrected_graph(to_data(g), path)
    except TemoinError as exc:  # the graph is written: say why its corrections are not read
        print(f"temoin: {exc}", file=sys.stderr)
        return
    for line in report_lines(outcomes, file):
        print(f"temoin: {line}", file=sys.stderr)


def _parse_summary(stats, cache: str | None) -> str:
    """« 12 paragraphs parsed, 30 from the cache » for the build's summary."""
    text = f"{stats.parsed} paragraph{'s' * (stats.parsed != 1)} parsed"
    if stats.dask_workers:
        text += f" on {stats.dask_workers} Dask worker{'s' * (stats.dask_workers != 1)}"
    elif stats.processes:
        text += f" by {stats.processes} processes"
    if cache is not None:
        text += f", {stats.from_cache} from the cache"
        if stats.bad_cache:
            text += f" ({stats.bad_cache} unreadable entries parsed again)"
        text += f"; {stats.articles_from_cache} of {stats.articles} articles' extractions " \
                "from the cache"
    return text


def _jobs(value: str) -> int:
    """argparse type of ``--jobs``: a whole number of processes, 1 or more."""
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"--jobs takes a whole number of processes ≥ 1, "
                                         f"not {value!r}")
    return n


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _serve(args: argparse.Namespace) -> int:
    from webapp.server import serve

    return serve(args.articles, graph_path=args.graph, host=args.host, port=args.port,
                 follow_links=args.follow_links, read_only=args.read_only)


def _export(args: argparse.Namespace) -> int:
    from graph.corrections import corrected_graph, corrections_path, report_lines
    from graph.exports import read_graph_data, write_export

    data, outcomes, file = corrected_graph(read_graph_data(args.graph),
                                           corrections_path(args.graph))
    for line in report_lines(outcomes, file):
        print(f"temoin: {line}", file=sys.stderr)
    if args.format == "sqlite":
        from graph.schema import check_graph
        from graph.store_sqlite import write_sqlite

        check_graph(data, args.graph)  # every quote its article's exact text
        write_sqlite(data, args.out)
        print(f"sqlite: 1 file(s) → {args.out}", file=sys.stderr)
        return 0
    written = write_export(data, args.format, args.out)
    print(f"{args.format}: {len(written)} file(s) → {args.out}", file=sys.stderr)
    return 0


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("temoin")
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "unknown (not installed)"


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="temoin",
        description="Turn French news articles into an evidence-backed knowledge graph.",
    )
    parser.add_argument("--version", action="version", version=f"temoin {_version()}")
    sub = parser.add_subparsers(dest="command", required=True)

    b = sub.add_parser("build", help="extract entities and relations, write the graph JSON")
    b.add_argument("articles", nargs="+", help=".txt, .md, .html files or folders of them")
    b.add_argument("--out", "-o", default="graph.json", help="output file (default graph.json)")
    b.add_argument("--quiet", "-q", action="store_true", help="no progress bar")
    b.add_argument("--follow-links", action="store_true",
                   help="read symbolic links of a folder that lead outside it")
    b.add_argument("--jobs", "-j", type=_jobs, default=_cores(), metavar="N",
                   help="processes to parse with (default: the number of cores)")
    b.add_argument("--scheduler", type=_scheduler, metavar="tcp://HOST:PORT",
                   help="parse and extract on the workers of this Dask scheduler")
    b.add_argument("--engine", choices=["local", "dask"],
                   help="dask: on a Dask cluster (--scheduler's, else a local one of --jobs "
                        "workers); local: in processes of this machine (the default)")
    b.add_argument("--store", metavar="FILE",
                   help="SQLite store of the graph (default: the output's name, .sqlite)")
    cache = b.add_mutually_exclusive_group()
    cache.add_argument("--cache", metavar="DIR",
                       help="parse cache folder (default .temoin-cache beside the output)")
    cache.add_argument("--no-cache", action="store_true", help="parse everything, keep nothing")
    b.set_defaults(func=_build)

    s = sub.add_parser("serve", help="open the explorer in a web server")
    s.add_argument("articles", nargs="*", default=["articles"], help="articles (default articles/)")
    s.add_argument("--graph", default="graph.json", help="graph JSON, rebuilt when stale")
    s.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    s.add_argument("--follow-links", action="store_true",
                   help="read symbolic links of a folder that lead outside it")
    s.add_argument("--port", type=port_number, default=5000,
                   help="port, 0 (any free one) to 65535 (default 5000)")
    s.add_argument("--read-only", action="store_true",
                   help="no corrections can be made from the explorer")
    s.set_defaults(func=_serve)

    from graph.exports import FORMATS

    e = sub.add_parser("export",
                       help="write the graph as GraphML, GEXF, CSV (Neo4j), Cypher or SQLite")
    e.add_argument("graph", help="graph JSON written by temoin build")
    e.add_argument("--format", "-f", required=True, choices=[*FORMATS, "sqlite"],
                   help="export format")
    e.add_argument("--out", "-o", required=True,
                   help="output file (a folder for csv: one CSV file per table)")
    e.set_defaults(func=_export)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = make_parser().parse_args(argv)
    try:
        return args.func(args)
    except TemoinError as exc:
        print(f"temoin: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:  # (on a line of its own, after a progress bar's)
        print("\ntemoin: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug: one line for the user, the traceback on demand
        if os.environ.get("TEMOIN_DEBUG"):
            raise
        print(f"temoin: internal error {type(exc).__name__}: {exc} "
              "(set TEMOIN_DEBUG=1 for the traceback)", file=sys.stderr)
        return 3


if __name__ == "__main__":
    sys.exit(main())
