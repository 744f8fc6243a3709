"""``temoin serve``: rebuild the graph when stale, then serve the explorer with waitress."""

from __future__ import annotations

import argparse
import errno
import logging
import os
import re
import socket
import sys
import threading
import time
from collections.abc import Mapping
from pathlib import Path

from graph.model import TemoinError

_PORT = re.compile(r"[0-9]{1,5}")


def port_number(text: str) -> int:
    """A TCP port from the command line (argparse ``type``): ASCII digits, 0 (any free
    port) to 65535; not ``+5``, ``1_0`` nor ``٥`` that ``int`` would take.

    Examples
    --------
    >>> port_number("8080")
    8080
    >>> port_number("70000")
    Traceback (most recent call last):
    ...
    argparse.ArgumentTypeError: invalid port '70000': a number from 0 to 65535
    """
    if not _PORT.fullmatch(text) or int(text) > 65535:
        raise argparse.ArgumentTypeError(f"invalid port {text!r}: a number from 0 to 65535")
    return int(text)


def server_threads() -> int:
    """Waitress worker threads: four per core the process may use, from 4 to 32.

    Requests are short and mostly wait on the GIL or the socket; a few threads per core keep
    quick requests from queueing behind a slow one without thrashing.
    """
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cores = os.cpu_count() or 1
    return max(4, min(32, 4 * cores))


class QueueWarningThrottle(logging.Filter):
    """Let at most one « Task queue depth » warning of waitress through per *interval*
    seconds, saying how many were held back, instead of one line per queued request."""

    def __init__(self, interval: float = 10.0, clock=time.monotonic) -> None:
        super().__init__()
        self.interval = interval
        self.clock = clock
        self.held = 0
        self.deepest = 0
        self.last: float | None = None
        self._lock = threading.Lock()

    def filter(self, record: logging.LogRecord) -> bool:
        depth = record.args[0] if isinstance(record.args, tuple) and record.args else 0
        now = self.clock()
        with self._lock:
            self.deepest = max(self.deepest, depth if isinstance(depth, int) else 0)
            if self.last is not None and now - self.last < self.interval:
                self.held += 1
                return False
            if self.held:
                record.msg = "Task queue depth is %d (deepest %d; %d such warnings held back)"
                record.args = (depth, self.deepest, self.held)
            self.last, self.held, self.deepest = now, 0, 0
            return True


def throttle_queue_warnings(interval: float = 10.0) -> QueueWarningThrottle:
    """Install (once) the throttle on waitress's queue logger and return it."""
    queue_logger = logging.getLogger("waitress.queue")
    for f in queue_logger.filters:
        if isinstance(f, QueueWarningThrottle):
            return f
    throttle = QueueWarningThrottle(interval)
    queue_logger.addFilter(throttle)
    return throttle


def secure_error_pages(server) -> None:
    """Give the error pages waitress writes itself (a malformed request, a body too large)
    the security headers of every other answer of the app."""
    from waitress.channel import HTTPChannel
    from waitress.task import ErrorTask

    from webapp.app import SECURITY_HEADERS

    class SecureErrorTask(ErrorTask):
        def execute(self) -> None:
            self.response_headers.extend(SECURITY_HEADERS)
            super().execute()

    class SecureChannel(HTTPChannel):
        error_task_class = SecureErrorTask

    listeners = [server] if hasattr(server, "channel_class") else [
        s for s in (getattr(server, "map", None) or {}).values() if hasattr(s, "channel_class")]
    for listener in listeners:
        listener.channel_class = SecureChannel


def bind_error(exc: OSError, host: str, port: int) -> TemoinError:
    """The user's message for a server socket that could not be bound."""
    where = f"{host}:{port}"
    if isinstance(exc, socket.gaierror):
        return TemoinError(f"cannot listen on {host}: unknown host name")
    if exc.errno == errno.EADDRINUSE:
        hint = _free_port_near(host, port)
        return TemoinError(
            f"port {port} on {host} is already in use; choose another with --port ("
            + (f"--port {hint} is free, " if hint else "")
            + "--port 0 picks a free one)"
        )
    if exc.errno in (errno.EACCES, errno.EPERM):
        return TemoinError(f"not allowed to listen on {where} (ports below 1024 need "
                           "privileges); choose another port with --port")
    if exc.errno == errno.EADDRNOTAVAIL:
        return TemoinError(f"cannot listen on {host}: no such address on this machine "
                           "(--host 127.0.0.1 listens on this machine only)")
    return TemoinError(f"cannot listen on {where}: {exc.strerror or exc}")


def check_port(host: str, port: int) -> None:
    """Raise the `bind_error` of *host:port* now if it cannot be listened on (before a
    rebuild of minutes, not after); port 0 is always free."""
    if port == 0:
        return
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        family, _, _, _, address = infos[0]
        with socket.socket(family, socket.SOCK_STREAM) as sock:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as waitress does
            sock.bind(address)
    except OSError as exc:
        raise bind_error(exc, host, port) from exc


def _free_port_near(host: str, port: int, tries: int = 20) -> int | None:
    """A port after *port* that can be bound on *host* right now, if one is found."""
    for candidate in range(port + 1, min(port + 1 + tries, 65536)):
        try:
            infos = socket.getaddrinfo(host, candidate, type=socket.SOCK_STREAM)
            family, _, _, _, address = infos[0]
            with socket.socket(family, socket.SOCK_STREAM) as sock:
                sock.bind(address)
            return candidate
        except OSError:
            continue
    return None


def graph_state(graph_path: str | os.PathLike, articles) -> tuple[str | None, dict | None]:
    """Why the graph file must be rebuilt from *articles*, if it must, and its data if sound.

    The graph is fresh when it is a sound Témoin graph (`graph.schema.load_graph_data`) of
    exactly these articles: the same ids with the same content (sha256 of the file), so an
    article deleted, added or edited (whatever its modification time) makes it stale.

    Parameters
    ----------
    graph_path : str or PathLike
        The graph JSON file.
    articles : list of graph.model.Article
        The articles it should hold, as read now.

    Returns
    -------
    (str or None, dict or None)
        The reason to rebuild (None when fresh), and the checked graph data when it could
        be read (None when missing or damaged).
    """
    from graph.schema import load_graph_data

    if not Path(graph_path).exists():
        return f"no graph at {graph_path}", None
    try:
        data = load_graph_data(graph_path)
    except TemoinError as exc:
        return str(exc), None
    built = {a["id"]: a.get("sha256") for a in data.get("graph", {}).get("articles", [])}
    return articles_change(graph_path, built, articles), data


def stored_articles(store_path: str | os.PathLike) -> dict[str, str | None] | None:
    """Article id → sha256 of the articles a store holds, or None when it cannot be read."""
    import sqlite3

    from graph.store_sqlite import open_store

    try:
        conn = open_store(store_path)
    except TemoinError:
        return None
    try:
        return dict(conn.execute("SELECT id, sha256 FROM articles ORDER BY rowid"))
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def articles_change(graph_path: str | os.PathLike, built: dict[str, str | None],
                    articles) -> str | None:
    """Why a graph of the articles *built* (id → sha256) must be rebuilt from *articles*
    (as read now), or None when it is of exactly these articles."""
    now = {a.id: a.sha256 for a in articles}
    if any(sha is None for sha in built.values()):
        return f"{graph_path} was built by an older Témoin (no article hashes)"
    gone = sorted(set(built) - set(now))
    new = sorted(set(now) - set(built))
    changed = sorted(a for a in set(now) & set(built) if now[a] != built[a])
    parts = [f"{label} {', '.join(ids[:3])}{' …' if len(ids) > 3 else ''}"
             for label, ids in (("gone:", gone), ("new:", new), ("changed:", changed)) if ids]
    if parts:
        return f"{graph_path} is stale ({'; '.join(parts)})"
    return None


def rebuild(article_paths: list[Path], graph_path: str | os.PathLike,
            cache_dir: str | os.PathLike | None = None) -> bool:
    """Build the graph of ``article_paths`` into ``graph_path`` with the parse and extraction
    caches of *cache_dir* (as ``temoin build``: ``.temoin-cache`` beside the graph by
    default); False when nothing was read."""
    from graph.export import to_data, write_json
    from graph.pipeline import build_corpus

    started = time.perf_counter()
    print(f"temoin: building {graph_path} from {len(article_paths)} article(s)…", file=sys.stderr)
    cache_dir = cache_dir or default_cache(graph_path)
    result = build_corpus(article_paths, progress=len(article_paths) > 5, cache_dir=cache_dir,
                          keep_parses=False)
    for path, note in result.notes:
        print(f"temoin: {path}: {note}", file=sys.stderr)
    for path, reason in result.errors:
        print(f"temoin: cannot read {path}: {reason}", file=sys.stderr)
    if not result.articles:
        return False
    write_json(result.graph, graph_path)
    ensure_store(to_data(result.graph), graph_path, fresh_graph=True)
    print(
        f"temoin: {result.graph.number_of_nodes()} entities, {result.graph.number_of_edges()} "
        f"relations in {time.perf_counter() - started:.1f} s",
        file=sys.stderr,
    )
    return True


def default_cache(graph_path: str | os.PathLike) -> Path:
    """The cache folder of a graph file: ``.temoin-cache`` beside it (as ``temoin build``)."""
    return Path(os.path.abspath(graph_path)).parent / ".temoin-cache"


def ensure_store(data: dict | None, graph_path: str | os.PathLike,
                 fresh_graph: bool = False,
                 positions: Mapping[str, tuple[float, float]] | None = None) -> bool:
    """Write the SQLite store beside *graph_path* (its content: *data*, read from the file
    when None) when it is missing, damaged, of another version or of another graph (an
    older build), saying why on stderr; always (silently) when *fresh_graph*: the graph file
    was just written. *positions* (node id → (x, y), where a graph served before drew its
    nodes): kept, new nodes placed beside their neighbours; else the graph is laid out
    afresh.

    Returns
    -------
    bool
        Whether a sound store is there now (if not, the explorer writes one of its own).
    """
    from graph.store_sqlite import store_path_for, store_problem, write_store_of

    if not fresh_graph:
        problem = store_problem(store_path_for(graph_path), graph_path)
        if problem is None:
            return True
        print(f"temoin: {problem}: writing it (quote search)", file=sys.stderr)
    try:
        if data is None:
            from graph.schema import load_graph_data

            data = load_graph_data(graph_path)
        path, counts = write_store_of(data, graph_path, positions=positions)
    except TemoinError as exc:
        print(f"temoin: {exc}; the explorer writes a store of its own in a temporary folder "
              "on every start instead", file=sys.stderr)
        return False
    print(f"temoin: {counts.quotes} quotes indexed → {path}", file=sys.stderr)
    return True


def serve(articles: list[str], graph_path: str, host: str = "127.0.0.1", port: int = 5000,
          follow_links: bool = False, read_only: bool = False) -> int:
    """Serve the explorer on ``host:port`` with waitress, rebuilding the graph when needed.

    Parameters
    ----------
    articles : list of str
        Article files or folders (``temoin serve ARTICLES``).
    graph_path : str
        The graph JSON; rebuilt when missing, damaged or stale (`graph_state`) and its
        articles are there; without articles, a damaged graph is refused with its reason.
    host : str
        Address to bind.
    port : int
        Port to bind (0 picks a free one).
    follow_links : bool
        Read links of the article folders that lead out of them.
    read_only : bool
        Offer no corrections (``corrections.jsonl`` beside the graph is still applied).

    Returns
    -------
    int
        The exit code: 0 after a clean shutdown, 1 when there is no graph to serve.

    Raises
    ------
    graph.model.TemoinError
        When *host:port* cannot be listened on (a busy port…).
    """
    from graph.schema import load_graph_data
    from graph.store_sqlite import store_path_for, store_problem
    from webapp.live import ArticleMemo, folder_snapshot

    check_port(host, port)
    started = time.perf_counter()
    watched = not read_only and any(os.path.isdir(a) for a in articles)  # live additions
    snapshot = folder_snapshot(articles) if watched else None  # a file dropped from now on
    memo = ArticleMemo() if watched else None  # articles read now are not read again live
    paths, errors = [], []
    if articles:  # (the pipeline imports spaCy: seconds, not needed to serve a graph)
        from graph.pipeline import collect_paths

        paths, errors = collect_paths(list(articles), follow_links)
    for path, reason in errors:
        print(f"temoin: cannot read {path}: {reason}", file=sys.stderr)
    data = None
    # a sound store of the graph file (its size and time as recorded, else its hash) is
    # served as it is: graph.json is neither parsed nor hashed (`stored_articles`)
    sound = Path(graph_path).exists() and store_problem(store_path_for(graph_path),
                                                        graph_path) is None
    if paths:
        from graph.pipeline import read_articles

        read = read_articles(paths, [], reader=memo)
        built = stored_articles(store_path_for(graph_path)) if sound else None
        if built is not None:
            reason = articles_change(graph_path, built, read)
        else:
            reason, data = graph_state(graph_path, read)
        if reason is not None:
            print(f"temoin: {reason}: rebuilding it", file=sys.stderr)
            if not rebuild(paths, graph_path):
                print("temoin: no article could be read; nothing to serve", file=sys.stderr)
                return 1
            data, sound = None, True
    if not sound and data is None:
        if not Path(graph_path).exists():
            print(f"temoin: no graph at {graph_path} and no article to build it from",
                  file=sys.stderr)
            return 1
        try:
            data = load_graph_data(graph_path)
        except TemoinError as exc:
            print(f"temoin: {exc}", file=sys.stderr)
            print("temoin: name its articles (temoin serve ARTICLES --graph FILE) to rebuild it",
                  file=sys.stderr)
            return 1

    if not sound:
        ensure_store(data, graph_path)
    del data  # the explorer reads the store; the graph's dict is not kept

    import waitress

    from webapp.app import create_app

    app = create_app({"GRAPH_PATH": str(graph_path), "READ_ONLY": read_only,
                      "WRITE_HOSTS": [host.lower()], "LIVE_INPUTS": list(articles),
                      "LIVE_SNAPSHOT": snapshot, "LIVE_WATCH": bool(watched),
                      "LIVE_MEMO": memo,
                      "FOLLOW_LINKS": follow_links, "CACHE_DIR": default_cache(graph_path)})
    fixes = app.extensions["temoin_corrections"]
    from graph.corrections import report_lines

    for line in ([fixes.error] if fixes.error else []) + report_lines(fixes.outcomes, fixes.file):
        print(f"temoin: {line}", file=sys.stderr)
    store = app.extensions["temoin_store"]
    print(
        f"temoin: {len(store.nodes)} entities, {len(store.edges)} relations from {store.path}, "
        f"ready in {time.perf_counter() - started:.1f} s",
        file=sys.stderr,
    )
    throttle_queue_warnings()
    socket_map: dict = {}
    try:
        server = waitress.create_server(app, map=socket_map, host=host, port=port,
                                        threads=server_threads())
    except OSError as exc:
        for channel in list(socket_map.values()):  # what waitress opened before failing
            channel.close()
        raise bind_error(exc, host, port) from exc
    secure_error_pages(server)
    shown_host = f"[{host}]" if ":" in host else host
    live = app.extensions.get("temoin_live")
    if live is not None:
        print(f"temoin: watching {', '.join(live.inputs)}: new articles join the graph "
              f"(uploads go to {live.folders[0]})", file=sys.stderr)
    print(f"Témoin: http://{shown_host}:{server.effective_port}/  (Ctrl+C to stop)", flush=True)
    try:
        server.run()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()
        if live is not None:
            live.stop(timeout=1)
    return 0
