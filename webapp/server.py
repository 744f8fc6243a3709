"""``temoin serve``: rebuild the graph when stale, then serve the explorer with waitress."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path


def graph_is_stale(graph_path: str | os.PathLike, article_paths: list[Path]) -> bool:
    """Return True when the graph file is missing or older than one of the articles.

    Parameters
    ----------
    graph_path : str or PathLike
        The graph JSON file.
    article_paths : list of Path
        The article files it is built from.

    Returns
    -------
    bool
    """
    graph = Path(graph_path)
    if not graph.is_file():
        return True
    built = graph.stat().st_mtime
    return any(p.stat().st_mtime > built for p in article_paths if p.exists())


def rebuild(article_paths: list[Path], graph_path: str | os.PathLike) -> bool:
    """Build the graph of ``article_paths`` into ``graph_path``; False when nothing was read."""
    from graph.export import write_json
    from graph.pipeline import build_corpus

    started = time.perf_counter()
    print(f"temoin: building {graph_path} from {len(article_paths)} article(s)…", file=sys.stderr)
    result = build_corpus(article_paths, progress=len(article_paths) > 5)
    for path, note in result.notes:
        print(f"temoin: {path}: {note}", file=sys.stderr)
    for path, reason in result.errors:
        print(f"temoin: cannot read {path}: {reason}", file=sys.stderr)
    if not result.articles:
        return False
    write_json(result.graph, graph_path)
    print(
        f"temoin: {result.graph.number_of_nodes()} entities, {result.graph.number_of_edges()} "
        f"relations in {time.perf_counter() - started:.1f} s",
        file=sys.stderr,
    )
    return True


def serve(articles: list[str], graph_path: str, host: str = "127.0.0.1", port: int = 5000) -> int:
    """Serve the explorer on ``host:port`` with waitress, rebuilding the graph when stale.

    Parameters
    ----------
    articles : list of str
        Article files or folders (``temoin serve ARTICLES``).
    graph_path : str
        The graph JSON; built when missing or older than any article.
    host : str
        Address to bind.
    port : int
        Port to bind (0 picks a free one).

    Returns
    -------
    int
        The exit code: 0 after a clean shutdown, 1 when there is no graph to serve.
    """
    from graph.pipeline import collect_paths

    paths, errors = collect_paths(list(articles)) if articles else ([], [])
    for path, reason in errors:
        print(f"temoin: cannot read {path}: {reason}", file=sys.stderr)
    if paths and graph_is_stale(graph_path, paths):
        if not rebuild(paths, graph_path):
            print("temoin: no article could be read; nothing to serve", file=sys.stderr)
            return 1
    if not Path(graph_path).is_file():
        print(f"temoin: no graph at {graph_path} and no article to build it from", file=sys.stderr)
        return 1

    import waitress

    from webapp.app import create_app

    app = create_app({"GRAPH_PATH": str(graph_path)})
    store = app.extensions["temoin_store"]
    started = time.perf_counter()
    store.layout()
    print(
        f"temoin: {len(store.nodes)} entities, {len(store.edges)} relations, "
        f"layout in {time.perf_counter() - started:.1f} s",
        file=sys.stderr,
    )
    socket_map: dict = {}
    try:
        server = waitress.create_server(app, map=socket_map, host=host, port=port, threads=4)
    except OSError as exc:
        import errno

        for channel in list(socket_map.values()):  # what waitress opened before failing
            channel.close()
        if exc.errno == errno.EADDRINUSE:
            print(f"temoin: port {port} on {host} is already in use; "
                  f"choose another with --port (--port 0 picks a free one)", file=sys.stderr)
        else:
            print(f"temoin: cannot listen on {host}:{port}: {exc.strerror or exc}",
                  file=sys.stderr)
        return 1
    shown_host = f"[{host}]" if ":" in host else host
    print(f"Témoin: http://{shown_host}:{server.effective_port}/  (Ctrl+C to stop)", flush=True)
    try:
        server.run()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()
    return 0
