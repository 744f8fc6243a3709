"""Live additions: articles dropped into a served folder, or uploaded from the page, join the
graph while ``temoin serve`` runs.

A background thread (:class:`Live`) polls the served folders every :data:`POLL_SECONDS`
(names, sizes and modification times of their article files: `folder_snapshot`). When they
changed and have been quiet for :data:`QUIET_SECONDS` (a burst of files makes one rebuild),
or at once after an upload, it rebuilds the graph in the background with the parse and
extraction caches (`graph.extractions`: only new or changed articles are parsed; the
corpus-wide steps run on the whole corpus), writes ``graph.json`` and ``graph.sqlite``
atomically, then swaps the graph the routes read (`swap_graph`): the old one answers until
the new one is ready. One rebuild runs at a time. A file that cannot be read is named in
the status and the others still join; a rebuild that fails leaves the served graph as it
was, with the reason in the status.

``GET /api/status`` says which graph is served (``version``), its size, whether a rebuild
is under way and what went wrong; the pages poll it (``static/live.js``) and offer
« N nouveaux articles — recharger » when the served graph is newer than theirs.
``/upload`` (a form) and ``POST /api/articles`` take uploads: same origin and CSRF
token as the corrections (`webapp.security`), size-limited, saved under a safe new name in
the first served folder.
"""

from __future__ import annotations

import datetime
import gc
import hashlib
import os
import secrets
import sys
import tempfile
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from flask import (
    Blueprint,
    Flask,
    Response,
    abort,
    current_app,
    g,
    jsonify,
    render_template,
    request,
    url_for,
)
from werkzeug.exceptions import RequestEntityTooLarge
from werkzeug.utils import secure_filename

import graph.ingest as ingest
from graph.model import Article, TemoinError
from webapp.security import check_sender, csrf_token

bp = Blueprint("live", __name__)

#: seconds between two looks at the served folders.
POLL_SECONDS = 1.0
#: seconds the folders must stay unchanged before a rebuild (a burst of files: one rebuild).
QUIET_SECONDS = 2.0
#: the largest file an upload may hold, in bytes (``UPLOAD_MAX_FILE_BYTES``).
MAX_FILE_BYTES = 10 * 1024 * 1024
#: the largest upload request, in bytes (Flask's ``MAX_CONTENT_LENGTH``).
MAX_REQUEST_BYTES = 50 * 1024 * 1024
#: the versions whose articles are remembered, to count what is new since a page's.
HISTORY = 64
#: a rebuild keeps the drawing of the graph served (nodes where they were, new ones beside
#: their neighbours) unless more than this share of its nodes were not there when the graph
#: was last laid out afresh (by this rebuild's additions or by those since): then it is laid
#: out afresh, as ``temoin build`` lays it out, so that additions made one at a time never
#: leave more than this share of the drawing placed by hand.
REDRAW_SHARE = 0.25


# ----------------------------------------------------------------------------- watching
def folder_snapshot(inputs: Iterable[str | os.PathLike]) -> dict[str, tuple[int, int]]:
    """What the served inputs hold now: for every article file of a folder (and every file
    named), ``path → (size, modification time in ns)``; ``(-1, -1)`` for one that cannot be
    looked at (a broken link, a folder gone). Hidden files (uploads being written) and
    files of other kinds are left out, as `graph.pipeline.collect_paths` leaves them.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("Le port ouvre.", encoding="utf-8")
    >>> _ = (folder / ".a.txt.tmp").write_text("…", encoding="utf-8")
    >>> _ = (folder / "photo.png").write_bytes(b"")
    >>> [(Path(p).name, size) for p, (size, _) in folder_snapshot([folder]).items()]
    [('a.txt', 14)]
    """
    snap: dict[str, tuple[int, int]] = {}
    for item in inputs:
        item = Path(item)
        if not item.is_dir():
            snap[str(item)] = _stamp(item)
            continue
        try:  # (a look a second: os.scandir and plain strings, some 7 ms for 1,000 files)
            with os.scandir(item) as found:
                entries = sorted(found, key=lambda e: e.name)
        except OSError:
            snap[str(item)] = (-1, -1)
            continue
        for entry in entries:
            name = entry.name
            if name.startswith(".") or os.path.splitext(name)[1].lower() \
                    not in ingest.ARTICLE_KINDS:
                continue
            try:
                st = entry.stat()  # the file a link leads to, as Path.stat
            except OSError:
                snap[entry.path] = (-1, -1)
                continue
            snap[entry.path] = (st.st_size, st.st_mtime_ns)
    return snap


def _stamp(path: Path) -> tuple[int, int]:
    try:
        st = path.stat()
    except OSError:
        return (-1, -1)
    return (st.st_size, st.st_mtime_ns)


class ArticleMemo:
    """`graph.ingest.read_article` that keeps what it read, by file: a file whose size,
    modification time and inode are those of its last reading is not read again (articles
    are immutable). The server's rebuilds read only new or changed files this way.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "port.txt"
    >>> _ = path.write_text("Le port de la ville a rouvert ses quais lundi.", encoding="utf-8")
    >>> memo = ArticleMemo()
    >>> memo(path) is memo(path), memo.hits
    (True, 1)
    """

    def __init__(self) -> None:
        self.items: dict[str, tuple[tuple[int, int, int], Article]] = {}
        self.hits = 0

    def __call__(self, path: str | os.PathLike) -> Article:
        try:
            st = os.stat(path)  # before reading: a file changed meanwhile is read again
        except OSError:
            return ingest.read_article(path)  # its own message
        stamp = (st.st_size, st.st_mtime_ns, st.st_ino)
        kept = self.items.get(str(path))
        if kept is not None and kept[0] == stamp:
            self.hits += 1
            return kept[1]
        article = ingest.read_article(path)
        self.items[str(path)] = (stamp, article)
        return article

    def keep_only(self, paths: Iterable[str | os.PathLike]) -> None:
        """Forget the files not among *paths* (removed from the folders)."""
        wanted = {str(p) for p in paths}
        self.items = {p: v for p, v in self.items.items() if p in wanted}


@dataclass
class Rebuild:
    """What one background rebuild did (shown by ``/api/status``)."""

    at: str  #: when it ended (UTC, ISO 8601)
    seconds: float  #: how long it took
    articles: int = 0  #: articles in the graph it made
    added: int = 0  #: of them, not in the graph served before
    removed: int = 0  #: articles of the graph served before that are gone
    from_cache: int = 0  #: articles whose extraction came from the cache
    read: int = 0  #: article files read (the others were read by an earlier rebuild)
    extracted: int = 0  #: articles parsed and read by the rules
    paragraphs_parsed: int = 0  #: paragraphs the model parsed
    nodes: int = 0
    edges: int = 0
    problems: list[dict[str, str]] = field(default_factory=list)  #: files not read, why
    notes: list[dict[str, str]] = field(default_factory=list)  #: skipped (not French)…
    error: str | None = None  #: why no graph was made (the old one is still served)
    #: seconds of each step: build (read, parse, extract, resolve), write (graph.json),
    #: store (graph.sqlite), swap (the explorer's store, corrections), collect (garbage
    #: collection, after the new graph is served)
    phases: dict[str, float] = field(default_factory=dict)
    #: CPU seconds of each step in the rebuilding thread (worker processes not counted)
    phases_cpu: dict[str, float] = field(default_factory=dict)

    def lap(self, phase: str, since: tuple[float, float]) -> tuple[float, float]:
        """Record the seconds and CPU seconds of *phase*, from *since* (a `stopwatch` reading)
        to now; now."""
        now = stopwatch()  # new dicts: a status being answered may be reading the old ones
        self.phases = {**self.phases, phase: round(now[0] - since[0], 2)}
        self.phases_cpu = {**self.phases_cpu, phase: round(now[1] - since[1], 2)}
        return now


def stopwatch() -> tuple[float, float]:
    """Now: (wall seconds, CPU seconds of this thread), for `Rebuild.lap`."""
    return time.perf_counter(), time.thread_time()


class Live:
    """The served folders, watched and rebuilt into the app's graph.

    Parameters
    ----------
    app : Flask
        The explorer whose graph is swapped after each rebuild.
    inputs : list of path-like
        What ``temoin serve`` was given (folders and files); uploads go to the first folder.
    graph_path : path-like
        The graph JSON rewritten by each rebuild (its SQLite store beside it).
    cache_dir : path-like or None
        The parse and extraction cache folder (None: no cache).
    follow_links : bool
        Read links of the folders that lead out of them (``--follow-links``).
    snapshot : dict, optional
        `folder_snapshot` of the inputs when the served graph was made from them (taken
        before ``temoin serve`` checked the graph, so that a file dropped meanwhile is
        built); now when not given.
    poll, quiet : float
        Seconds between two looks, and of quiet before a rebuild.
    clock : callable
        The monotonic clock (tests give their own).
    memo : ArticleMemo, optional
        The articles read already (by ``temoin serve`` checking the graph): not read again.
    """

    def __init__(self, app: Flask, inputs: list[str | os.PathLike],
                 graph_path: str | os.PathLike, cache_dir: str | os.PathLike | None,
                 follow_links: bool = False, snapshot: Mapping[str, tuple[int, int]] | None = None,
                 poll: float = POLL_SECONDS, quiet: float = QUIET_SECONDS,
                 clock: Callable[[], float] = time.monotonic,
                 memo: ArticleMemo | None = None) -> None:
        self.app = app
        self.inputs = [str(i) for i in inputs]
        self.folders = [Path(i) for i in self.inputs if Path(i).is_dir()]
        self.graph_path = Path(graph_path)
        self.cache_dir = cache_dir
        self.follow_links = follow_links
        self.poll = poll
        self.quiet = quiet
        self.clock = clock
        self.boot = secrets.token_hex(4)  # versions of another server process never match
        self.generation = 1
        #: the nodes of the last drawing laid out afresh (None: the one served at start)
        self.laid_out: frozenset[str] | None = None
        self.history: OrderedDict[str, frozenset[str]] = OrderedDict()
        self._remember(self._served_articles())
        self.built = dict(snapshot) if snapshot is not None else folder_snapshot(self.inputs)
        self.seen = dict(self.built)
        self.changed_at = clock()
        self.rebuilding = False
        self.rebuilds = 0
        self.last: Rebuild | None = None
        self._urgent = False
        self.memo = memo if memo is not None else ArticleMemo()
        if cache_dir is not None:  # the articles' extractions and the index of copies,
            from graph import copies, extractions  # kept between rebuilds too

            extractions.keep_in_memory(cache_dir)
            copies.keep_in_memory(cache_dir)
        self._build_lock = threading.Lock()  # one rebuild at a time
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    # -- versions
    @property
    def version(self) -> str:
        """The id of the graph served: another after every swap (and every server start)."""
        return f"{self.boot}-{self.generation}"

    def _served_articles(self) -> frozenset[str]:
        return frozenset(self.app.extensions["temoin_store"].articles)

    def _remember(self, articles: frozenset[str]) -> None:
        self.history[self.version] = articles
        while len(self.history) > HISTORY:
            self.history.popitem(last=False)

    def added_since(self, version: str) -> int | None:
        """Articles served now that the graph *version* did not hold; None if that version
        is unknown here (too old, or of another server process)."""
        then = self.history.get(version)
        if then is None:
            return None
        return len(self.history[self.version] - then)

    # -- watching
    @property
    def pending(self) -> bool:
        """Whether the folders changed since the last rebuild (one is due or under way)."""
        return self.seen != self.built or self._urgent

    def step(self) -> bool:
        """Look at the folders once; rebuild (here, now) when they changed and were quiet
        for :attr:`quiet` seconds, or at once after `request_rebuild`. Returns whether a
        rebuild ran."""
        snap = folder_snapshot(self.inputs)
        now = self.clock()
        if snap != self.seen:
            self.seen, self.changed_at = snap, now
        urgent, self._urgent = self._urgent, False
        if snap == self.built and not urgent:
            return False
        if not urgent and now - self.changed_at < self.quiet:
            return False
        self.rebuild(snap)
        return True

    def request_rebuild(self) -> None:
        """Rebuild at the next look, without waiting for quiet (files were just uploaded,
        each written whole)."""
        self._urgent = True
        self._wake.set()

    def start(self) -> None:
        """Start the watching thread (a daemon: it never holds the process open)."""
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._run, name="temoin-live", daemon=True)
        self._thread.start()

    def stop(self, timeout: float | None = None) -> None:
        """Stop the watching thread (after the rebuild under way, if any)."""
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def _run(self) -> None:
        while not self._stop.is_set():
            self._wake.wait(self.poll)
            self._wake.clear()
            if self._stop.is_set():
                break
            try:
                self.step()
            except Exception as exc:  # a bug must not end the watching
                print(f"temoin: watching {', '.join(self.inputs)}: internal error "
                      f"{type(exc).__name__}: {exc}", file=sys.stderr)

    # -- rebuilding
    def rebuild(self, snap: Mapping[str, tuple[int, int]] | None = None) -> Rebuild:
        """Build the graph of the inputs as they are now (caches used), write it, and serve
        it. Never raises: what went wrong is in the returned record (and ``last``), and
        the graph served before stays served when no new one could be made."""
        # no cyclic garbage collection while rebuilding: every full collection scanned the
        # whole corpus's records the rebuild holds (some 0.3 s at 1,000 articles, three or
        # four a rebuild). What it left (the graph made, cyclic) is then the youngest
        # generation, collected alone once the rebuild's own references are gone.
        collecting = gc.isenabled()
        gc.disable()
        try:
            record = self._rebuild(snap)
        finally:
            if collecting:
                gc.enable()
        if collecting:
            since = stopwatch()
            gc.collect(0)
            record.lap("collect", since)
        return record

    def _rebuild(self, snap: Mapping[str, tuple[int, int]] | None) -> Rebuild:
        from graph.export import to_data, write_data
        from graph.pipeline import build_corpus, collect_paths
        from webapp.server import ensure_store

        with self._build_lock:
            snap = dict(folder_snapshot(self.inputs) if snap is None else snap)
            self.rebuilding = True
            started = stopwatch()
            before = self.history[self.version]
            record = Rebuild(at="", seconds=0.0)
            print(f"temoin: articles changed in {', '.join(self.inputs)}: rebuilding "
                  f"{self.graph_path}…", file=sys.stderr)
            try:
                paths, errors = collect_paths(self.inputs, self.follow_links)
                self.memo.keep_only(paths)
                hits = self.memo.hits
                result = build_corpus(paths, jobs=_cores(), cache_dir=self.cache_dir,
                                      keep_parses=False, reader=self.memo)
                record.read = len(paths) - (self.memo.hits - hits)
                lap = record.lap("build", started)
                record.problems = [{"path": p, "reason": r} for p, r in errors + result.errors]
                record.notes = [{"path": p, "reason": r} for p, r in result.notes]
                if not result.articles:
                    raise TemoinError("no article could be read; the graph served is "
                                      "unchanged")
                # as `temoin build` writes them: graph.json, then the store of the same data
                # (no reading back: the bytes are those of a build of these articles)
                data = to_data(result.graph)
                write_data(data, self.graph_path)
                lap = record.lap("write", lap)
                positions = self._drawn(data["nodes"])
                if ensure_store(data, self.graph_path, fresh_graph=True,
                                positions=positions) and positions is None:
                    self.laid_out = frozenset(str(n["id"]) for n in data["nodes"])
                lap = record.lap("store", lap)
                articles = frozenset(a["id"] for a in data["graph"]["articles"])
                stats = result.parse
                record.articles = len(articles)
                record.added = len(articles - before)
                record.removed = len(before - articles)
                record.from_cache = stats.articles_from_cache
                record.extracted = stats.articles - stats.articles_from_cache
                record.paragraphs_parsed = stats.parsed
                record.nodes = result.graph.number_of_nodes()
                record.edges = result.graph.number_of_edges()
                # a networkx graph is a reference cycle (its cached views): emptied, what it
                # holds (every quote's record) is freed now, not left to the collector
                result.graph.clear()
                self.generation += 1  # before the swap: no page of the new graph is older
                self._remember(articles)
                try:
                    swap_graph(self.app, data)
                except Exception:
                    self.generation -= 1  # still the graph served before
                    raise
                record.lap("swap", lap)
                self._done(record, started, snap)  # the status tells of the new graph at once
            except Exception as exc:  # the old graph stays served; the page says why
                if isinstance(exc, TemoinError):
                    record.error = str(exc)
                else:
                    record.error = f"internal error {type(exc).__name__}: {exc}"
                self._done(record, started, snap)
            finally:
                self.built = snap
                self.rebuilding = False
            for problem in record.problems + record.notes:
                print(f"temoin: {problem['path']}: {problem['reason']}", file=sys.stderr)
            if record.error:
                print(f"temoin: rebuild failed: {record.error}", file=sys.stderr)
            else:
                print(f"temoin: {record.articles} articles ({record.added} new, "
                      f"{record.extracted} extracted, {record.from_cache} from the cache), "
                      f"{record.nodes} entities, {record.edges} relations in "
                      f"{record.seconds:.1f} s: now served", file=sys.stderr)
            return record

    def _drawn(self, nodes: list[dict[str, Any]]) -> dict[str, tuple[float, float]] | None:
        """Where the graph served draws its nodes, for the rebuilt graph of *nodes* to keep:
        a page reloaded after « 1 nouvel article » shows the drawing the reader knows, the
        new nodes beside their neighbours. None (lay it out afresh) when nothing is drawn
        yet or more than `REDRAW_SHARE` of *nodes* are new since the last drawing laid out
        afresh."""
        store = self.app.extensions.get("temoin_store")
        drawn = store.laid_out() if store is not None else None
        if not drawn or not nodes:
            return None
        if self.laid_out is None:
            self.laid_out = frozenset(drawn)
        new = sum(1 for n in nodes if str(n["id"]) not in self.laid_out)
        return drawn if new <= REDRAW_SHARE * len(nodes) else None

    def _done(self, record: Rebuild, started: tuple[float, float],
              snap: Mapping[str, tuple[int, int]]) -> None:
        record.seconds = round(time.perf_counter() - started[0], 2)
        record.at = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        self.built, self.last, self.rebuilding = dict(snap), record, False
        self.rebuilds += 1

    def status(self, since: str | None = None) -> dict[str, Any]:
        """What ``/api/status`` says of the watching and the last rebuild."""
        last = self.last
        return {
            "watching": self.inputs,
            "rebuilding": self.rebuilding,
            "pending": self.pending,
            "rebuilds": self.rebuilds,
            "last_rebuild": None if last is None else dict(last.__dict__),
            "last_error": None if last is None else last.error,
            "problems": [] if last is None else list(last.problems),
            "new_since": None if since is None else self.added_since(since),
        }


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def swap_graph(app: Flask, data: dict[str, Any]) -> None:
    """Serve the graph just rebuilt from now on: its SQLite store (written beside the graph
    file, `webapp.server.ensure_store`) with the corrections file applied to it, and quote
    search reading that store. *data* is the graph's node-link dict, used only for a graph
    given as data (tests) or when its store cannot be opened. The routes read the old store
    until the new one is in place (one assignment, `webapp.app.swap_store`); answers cached
    from the old one are forgotten."""
    from webapp.app import open_base_store
    from webapp.quotes import QuoteIndex

    state = app.extensions["temoin_corrections"]
    with state.lock:
        if app.config.get("GRAPH_DATA") is not None:
            app.config["GRAPH_DATA"] = data
        base_store, load_base, source = open_base_store(app.config, state.work_dir)
        state.base_store, state.load_base, state.source = Path(base_store), load_base, source
        state.refresh(app)  # new store, nodes drawn before kept in place, cache emptied
        app.extensions["temoin_quotes"] = QuoteIndex(base_store)


def get_live() -> Live | None:
    """The app's live additions, or None (a read-only server, or no folder served)."""
    return current_app.extensions.get("temoin_live")


def init_app(app: Flask) -> None:
    """Register the routes; with ``LIVE_INPUTS`` (what ``temoin serve`` was given, a folder
    among them), a ``GRAPH_PATH`` and not ``READ_ONLY``, watch and take uploads
    (``LIVE_WATCH``: start the watching thread now; ``CACHE_DIR``: the cache folder,
    default ``.temoin-cache`` beside the graph; ``LIVE_SNAPSHOT``, ``LIVE_POLL``,
    ``LIVE_QUIET``, ``LIVE_MEMO``: see `Live`)."""
    app.register_blueprint(bp)
    inputs = app.config.get("LIVE_INPUTS") or []
    graph_path = app.config.get("GRAPH_PATH")
    if app.config.get("READ_ONLY") or not graph_path or not any(
            Path(i).is_dir() for i in inputs):
        return
    cache = app.config.get("CACHE_DIR", Path(graph_path).resolve().parent / ".temoin-cache")
    live = Live(app, inputs, graph_path, cache,
                follow_links=bool(app.config.get("FOLLOW_LINKS")),
                snapshot=app.config.get("LIVE_SNAPSHOT"),
                poll=float(app.config.get("LIVE_POLL", POLL_SECONDS)),
                quiet=float(app.config.get("LIVE_QUIET", QUIET_SECONDS)),
                memo=app.config.get("LIVE_MEMO"))
    app.extensions["temoin_live"] = live
    if app.config.get("MAX_CONTENT_LENGTH") is None:
        app.config["MAX_CONTENT_LENGTH"] = MAX_REQUEST_BYTES
    if app.config.get("LIVE_WATCH"):
        live.start()


@bp.app_context_processor
def live_context() -> dict[str, Any]:
    """What every page needs to poll the status and offer uploads."""
    live = get_live()
    # a page answering an upload is of the graph before it: the banner waits for the next
    version = g.get("live_version") or (live.version if live is not None else None)
    return {"live": None if live is None else {"version": version,
                                                "status": url_for("live.status"),
                                                "add": url_for("live.add_page")}}


# ----------------------------------------------------------------------------- status
@bp.get("/api/status")
def status() -> Response:
    """The graph served (``version``, articles, entities, relations) and, when articles
    are watched, the rebuilds: ``rebuilding``, ``pending``, ``last_rebuild``,
    ``last_error``, ``problems`` and, with ``?since=VERSION``, ``new_since``: the articles
    served now that the graph of that version did not hold."""
    store = current_app.extensions["temoin_store"]
    live = get_live()
    body: dict[str, Any] = {
        "live": live is not None,
        "version": live.version if live is not None else None,
        "generation": live.generation if live is not None else None,
        "articles": len(store.articles),
        "nodes": len(store.nodes),
        "edges": len(store.edges),
        "uploads": url_for("live.upload_api") if live is not None else None,
    }
    since = request.args.get("since")
    if since is not None and len(since) > 64:
        abort(400, "since: a version id, as /api/status gives it")
    if live is not None:
        body.update(live.status(since))
    response = jsonify(body)
    response.headers["Cache-Control"] = "no-store"
    return response


# ----------------------------------------------------------------------------- uploads
@dataclass
class Saved:
    """One uploaded file, written into the served folder."""

    sent: str  #: the name it was sent under
    name: str  #: the name it has in the folder
    path: str
    title: str
    already: bool = False  #: the same bytes were there already under this name: not written


def _size(n: int) -> str:
    """A byte count in French units.

    Examples
    --------
    >>> _size(10 * 1024 * 1024), _size(1500), _size(12)
    ('10 Mo', '1,5 Ko', '12 octets')
    """
    for unit, scale in (("Go", 1 << 30), ("Mo", 1 << 20), ("Ko", 1 << 10)):
        if n >= scale:
            return f"{n / scale:.1f}".rstrip("0").rstrip(".").replace(".", ",") + f" {unit}"
    return f"{n} octets"


def _check_upload() -> Live:
    """The live additions of this app, if this request may upload; else abort (403, 404)
    with the reason in French. Same rules as the corrections (`webapp.security`)."""
    live = get_live()
    if live is None:
        abort(404, "L'ajout d'articles n'est pas offert ici : le serveur est en lecture seule "
                   "(--read-only) ou ne sert pas de dossier d'articles (temoin serve DOSSIER).")
    check_sender(
        host=f"Refusé : les articles s'ajoutent par 127.0.0.1, localhost ou le --host de "
             f"temoin serve, pas {request.host!r}.",
        origin="Refusé : la requête ne vient pas d'une page de ce serveur (Origin ou Referer "
               "d'un autre site, ou aucun).",
        token="Refusé : jeton CSRF absent ou faux (rechargez la page et recommencez).")
    return live


def _files() -> list:
    """The files of the request (field ``files``), or abort 413 / 400 in French."""
    files = [f for f in request.files.getlist("files") if f.filename]
    if not files:
        abort(400, "Aucun fichier reçu : choisissez un ou plusieurs articles (.txt, .md, "
                   ".html) dans le champ « files ».")
    return files


@bp.errorhandler(RequestEntityTooLarge)
def too_large(exc: RequestEntityTooLarge) -> tuple[Any, int]:
    """An upload over ``MAX_CONTENT_LENGTH``: the limits, in French (one file too large
    says so itself)."""
    from webapp.app import _error

    if exc.description != RequestEntityTooLarge.description:
        return _error(413, exc.name, exc.description)
    limit = current_app.config.get("MAX_CONTENT_LENGTH") or MAX_REQUEST_BYTES
    return _error(413, exc.name, f"Envoi trop gros : {_size(limit)} au plus par envoi "
                                 f"({_size(_max_file())} au plus par fichier).")


def _max_file() -> int:
    return int(current_app.config.get("UPLOAD_MAX_FILE_BYTES") or MAX_FILE_BYTES)


def _taken_ids(live: Live) -> set[str]:
    """Article ids (file names without extension) used in any served folder: an upload
    never takes one, which would make two articles of one id."""
    ids = set()
    for folder in live.folders:
        try:
            ids |= {Path(n).stem for n in os.listdir(folder)}
        except OSError:
            continue
    return ids


def _free_name(folder: Path, name: str, data: bytes, taken: set[str]) -> tuple[str, bool]:
    """The name to save *data* under in *folder*: *name* if free; the same name when that
    file holds these very bytes (True: nothing to write); else ``stem-2.ext``, ``-3``…"""
    stem, suffix = Path(name).stem, Path(name).suffix
    target = folder / name
    if target.is_file():
        try:
            if hashlib.sha256(target.read_bytes()).digest() == hashlib.sha256(data).digest():
                return name, True
        except OSError:
            pass
    if stem not in taken:
        return name, False
    n = 2
    while f"{stem}-{n}" in taken:
        n += 1
    return f"{stem}-{n}{suffix}", False


def save_uploads(live: Live, files: list, max_file: int) -> list[Saved]:
    """Check every uploaded file, then write them all into the first served folder, or
    none: a file refused aborts the request (400, 413 or 415) naming it and why.

    Each is read as `graph.ingest` reads an article (kind, encoding, language, size) from a
    hidden temporary folder inside the served one, then linked under its safe name
    (werkzeug's ``secure_filename``; a name in use by another article gets ``-2``, ``-3``…)
    without ever replacing a file.
    """
    folder = live.folders[0]
    refused: list[tuple[int, str]] = []  # (status, message)
    checked: list[tuple[str, str, bytes, str]] = []  # (sent, safe name, bytes, title)
    with tempfile.TemporaryDirectory(prefix=".temoin-upload-", dir=folder) as tmp:
        for n, storage in enumerate(files):
            sent = storage.filename or "?"
            suffix = Path(sent).suffix.lower()
            if suffix not in ingest.ARTICLE_KINDS:
                refused.append((415, f"« {sent} » : type de fichier refusé "
                                     f"({suffix or 'sans extension'}) ; Témoin lit les "
                                     f"fichiers .txt, .md, .html ou .htm"))
                continue
            data = storage.stream.read(max_file + 1)
            if len(data) > max_file:
                refused.append((413, f"« {sent} » : fichier trop gros ; {_size(max_file)} au "
                                     f"plus par fichier"))
                continue
            safe = secure_filename(sent)
            stem = Path(safe).stem if Path(safe).suffix.lower() == suffix else ""
            safe = f"{stem or 'article'}{suffix}"
            probe = Path(tmp) / f"{n}{suffix}"
            probe.write_bytes(data)
            try:
                article = ingest.read_article(probe)
            except TemoinError as exc:
                reason = str(exc).split(": ", 1)[-1]
                refused.append((400, f"« {sent} » : illisible comme article ({reason})"))
                continue
            checked.append((sent, safe, data, article.title))
        if refused:
            codes = {code for code, _ in refused}
            message = "Aucun fichier n'a été ajouté. " + " ; ".join(m for _, m in refused) + "."
            abort(codes.pop() if len(codes) == 1 else 400, message)
        saved: list[Saved] = []
        taken = _taken_ids(live)
        for n, (sent, safe, data, title) in enumerate(checked):
            name, already = _free_name(folder, safe, data, taken)
            if not already:
                staged = Path(tmp) / f"staged-{n}"
                staged.write_bytes(data)
                while not already:  # link: never over a file that appeared meanwhile
                    try:
                        os.link(staged, folder / name)
                        break
                    except FileExistsError:
                        taken.add(Path(name).stem)
                        name, already = _free_name(folder, safe, data, taken)
            taken.add(Path(name).stem)
            saved.append(Saved(sent, name, str(folder / name), title, already))
    return saved


def _upload() -> tuple[Live, list[Saved]]:
    live = _check_upload()
    g.live_version = live.version
    files = _files()
    try:
        saved = save_uploads(live, files, _max_file())
    except OSError as exc:
        abort(500, f"Impossible d'écrire dans {live.folders[0]} : {exc.strerror or exc}.")
    if any(not s.already for s in saved):
        live.request_rebuild()
    return live, saved


@bp.post("/api/articles")
def upload_api() -> tuple[Response, int]:
    """Add articles (multipart ``files``, ``X-CSRF-Token`` header or ``csrf_token`` field):
    written into the first served folder, then built in the background. Answers 202 with
    the names they were saved under and the status URL to follow the rebuild."""
    live, saved = _upload()
    return jsonify({"ok": True, "saved": [s.__dict__ for s in saved],
                    "rebuilding": live.pending, "status": url_for("live.status")}), 202


@bp.get("/upload")
def add_page() -> str:
    """« Ajouter des articles »: the upload form."""
    live = get_live()
    if live is None:
        _check_upload()  # 404 with the reason
    return render_template("add.html", token=csrf_token(), saved=None,
                           folder=str(live.folders[0]), limits=_limits())


@bp.post("/upload")
def add_form() -> tuple[str, int]:
    """The upload form sent: the files saved, the page polling the rebuild."""
    live, saved = _upload()
    return render_template("add.html", token=csrf_token(), saved=saved,
                           folder=str(live.folders[0]), limits=_limits()), 200


def _limits() -> dict[str, str]:
    return {"file": _size(_max_file()),
            "request": _size(current_app.config.get("MAX_CONTENT_LENGTH")
                             or MAX_REQUEST_BYTES)}
