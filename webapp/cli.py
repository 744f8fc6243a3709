"""The ``temoin`` command: ``temoin build`` and ``temoin serve``."""

from __future__ import annotations

import argparse
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
    if not os.path.isdir(out_dir):  # say so before minutes of parsing, not after
        print(f"temoin: cannot write {args.out}: no such file or directory: {out_dir}",
              file=sys.stderr)
        return 1
    paths, errors = collect_paths(args.articles, follow_links=args.follow_links)
    result = build_corpus(paths, progress=not args.quiet)
    errors += result.errors
    for path, reason in errors:
        print(f"temoin: cannot read {path}: {reason}", file=sys.stderr)
    if not result.articles:
        print("temoin: no article could be read; nothing written", file=sys.stderr)
        return 1
    write_json(result.graph, args.out)
    seconds = time.perf_counter() - started
    print(
        f"{len(result.articles)} articles, {result.sentences} sentences, "
        f"{result.graph.number_of_nodes()} entities, {result.graph.number_of_edges()} relations "
        f"in {seconds:.1f} s → {args.out}"
        + (f" ({len(errors)} input(s) failed)" if errors else ""),
        file=sys.stderr,
    )
    return 2 if errors else 0


def _serve(args: argparse.Namespace) -> int:
    from webapp.server import serve

    return serve(args.articles, graph_path=args.graph, host=args.host, port=args.port,
                 follow_links=args.follow_links)


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="temoin",
        description="Turn French news articles into an evidence-backed knowledge graph.",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    b = sub.add_parser("build", help="extract entities and relations, write the graph JSON")
    b.add_argument("articles", nargs="+", help=".txt files or folders of them")
    b.add_argument("--out", "-o", default="graph.json", help="output file (default graph.json)")
    b.add_argument("--quiet", "-q", action="store_true", help="no progress bar")
    b.add_argument("--follow-links", action="store_true",
                   help="read symbolic links of a folder that lead outside it")
    b.set_defaults(func=_build)

    s = sub.add_parser("serve", help="open the explorer in a web server")
    s.add_argument("articles", nargs="*", default=["articles"], help="articles (default articles/)")
    s.add_argument("--graph", default="graph.json", help="graph JSON, rebuilt when stale")
    s.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    s.add_argument("--follow-links", action="store_true",
                   help="read symbolic links of a folder that lead outside it")
    s.add_argument("--port", type=port_number, default=5000, help="port, 1 to 65535 (default 5000)")
    s.set_defaults(func=_serve)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = make_parser().parse_args(argv)
    try:
        return args.func(args)
    except TemoinError as exc:
        print(f"temoin: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a bug: one line for the user, the traceback on demand
        if os.environ.get("TEMOIN_DEBUG"):
            raise
        print(f"temoin: internal error {type(exc).__name__}: {exc} "
              "(set TEMOIN_DEBUG=1 for the traceback)", file=sys.stderr)
        return 3


if __name__ == "__main__":
    sys.exit(main())
