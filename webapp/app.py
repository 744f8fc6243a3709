"""The Flask application factory."""

from __future__ import annotations

import os
import secrets
import shutil
import sqlite3
import tempfile
import weakref
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from flask import Flask, jsonify, redirect, render_template, request
from werkzeug.exceptions import HTTPException
from werkzeug.routing import IntegerConverter

from graph.corrections import corrections_path
from graph.model import TemoinError
from graph.schema import check_graph, load_graph_data
from graph.store_sqlite import file_sha256, store_path_for, store_problem, write_sqlite
from webapp.cache import ResponseCache
from webapp.corrections import CorrectionState
from webapp.sqlstore import SqlGraphStore
from webapp.store import ParamError

CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)

#: headers of every answer (waitress's own error pages get them too: see webapp.server).
SECURITY_HEADERS = (
    ("Content-Security-Policy", CSP),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "same-origin"),
    ("X-Frame-Options", "DENY"),
)


def create_app(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Create the explorer app.

    Parameters
    ----------
    test_config : mapping, optional
        ``GRAPH_PATH`` (a graph JSON file written by ``temoin build``) or ``GRAPH_DATA``
        (the same content as a dict); ``CORRECTIONS_PATH`` (default: ``corrections.jsonl``
        beside ``GRAPH_PATH``; none without it) and ``READ_ONLY`` (no corrections made
        here); ``STORE_PATH`` (the SQLite store of the graph, default ``graph.sqlite``
        beside ``GRAPH_PATH``); any other Flask setting.

    Returns
    -------
    Flask
        The app, serving the SQLite store of the graph (`open_base_store`; the store of
        the corrected graph when ``corrections.jsonl`` has corrections) as a
        `webapp.sqlstore.SqlGraphStore` in ``app.extensions["temoin_store"]``, read per
        request, never loaded whole (`get_store`; `swap_store` replaces it).
    """
    app = Flask(__name__)
    app.config.from_mapping(GRAPH_PATH=None, GRAPH_DATA=None, JSON_SORT_KEYS=False,
                            CORRECTIONS_PATH=None, READ_ONLY=False,
                            SESSION_COOKIE_SAMESITE="Strict", SESSION_COOKIE_HTTPONLY=True)
    if test_config is not None:
        app.config.from_mapping(test_config)
    if not app.config.get("SECRET_KEY"):  # signs the session that holds the CSRF token
        app.config["SECRET_KEY"] = secrets.token_hex(32)
    app.json.sort_keys = False
    app.json.ensure_ascii = False

    work_dir = Path(tempfile.mkdtemp(prefix="temoin-"))  # stores of graphs given as data
    weakref.finalize(app, shutil.rmtree, work_dir, ignore_errors=True)
    base_store, load_base, source = open_base_store(app.config, work_dir)
    fixes = app.config["CORRECTIONS_PATH"] or (
        corrections_path(app.config["GRAPH_PATH"]) if app.config["GRAPH_PATH"] else None)
    state = CorrectionState(base_store, load_base, str(source), Path(fixes) if fixes else None,
                            writable=not app.config["READ_ONLY"], work_dir=work_dir)
    app.config["CORRECTIONS_WRITABLE"] = state.writable
    app.extensions["temoin_corrections"] = state
    app.extensions["temoin_cache"] = ResponseCache()  # same URL, same answer until a correction
    app.extensions["temoin_store"] = state.build_store()

    from webapp import api, corrections, quotes, views

    app.extensions["temoin_quotes"] = quotes.QuoteIndex(base_store)

    app.url_map.converters["int"] = AsciiIntConverter  # before the routes are added
    app.register_blueprint(api.bp)
    app.register_blueprint(views.bp)
    app.register_blueprint(corrections.bp)
    app.register_blueprint(quotes.bp)
    from webapp import live

    live.init_app(app)  # /api/status; with LIVE_INPUTS: watching and uploads

    @app.errorhandler(ParamError)
    def bad_param(exc: ParamError):
        return _error(400, "Bad Request", str(exc))

    @app.errorhandler(sqlite3.Error)
    def store_error(exc: sqlite3.Error):
        path = app.extensions["temoin_store"].path
        return _error(503, "Service Unavailable",
                      f"the store {path} cannot be read ({exc}); build it again with "
                      "« temoin build » (or restart « temoin serve »)")

    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException):
        return _error(exc.code or 500, exc.name, exc.description or exc.name)

    @app.cli.command("graph-info")
    def graph_info() -> None:
        """Print the size of the loaded graph and the time its layout takes."""
        import time

        import click

        store = app.extensions["temoin_store"]
        started = time.perf_counter()
        store.layout()
        click.echo(
            f"{len(store.articles)} articles, {len(store.nodes)} entities, "
            f"{len(store.edges)} relations, {len(store.relations)} relation names; "
            f"layout in {time.perf_counter() - started:.2f} s"
        )

    @app.before_request
    def corrections_edited_by_hand() -> None:
        """The corrections file changed on disk since it was read: apply it again."""
        if state.changed():
            with state.lock:
                if state.changed():
                    state.refresh(app)

    @app.after_request
    def security_headers(response):
        location = response.headers.get("Location")
        if location:  # a redirect names a path on this server, never the Host it was sent
            if location.startswith("//"):  # "//host/…" would leave the site too
                location = "/" + location.lstrip("/")
            parts = urlsplit(location)
            path = "/" + parts.path.lstrip("/")
            location = urlunsplit(("", "", path, parts.query, parts.fragment))
            if 300 <= response.status_code < 400:  # its page names the target too: remade
                response = redirect(location, code=response.status_code)
            response.headers["Location"] = location
        for name, value in SECURITY_HEADERS:
            response.headers.setdefault(name, value)
        return response

    return app


class AsciiIntConverter(IntegerConverter):
    """``<int:…>`` in a route: ASCII digits only (werkzeug's ``\\d`` takes any script's)."""

    regex = r"[0-9]+"


def _error(code: int, name: str, reason: str):
    """Answer an error as JSON under ``/api/``, as an HTML page elsewhere."""
    if request.path.startswith("/api/") or request.path == "/api":
        return jsonify({"ok": False, "status": code, "error": name, "reason": reason}), code
    return render_template("error.html", code=code, name=name, reason=reason), code


def get_store() -> SqlGraphStore:
    """Return the graph store the current app serves (the one object a swap replaces)."""
    from flask import current_app

    return current_app.extensions["temoin_store"]


def swap_store(app: Flask, store: SqlGraphStore) -> None:
    """Serve *store* from now on (a corrected graph, a graph with new articles): the next
    request reads it, and every answer kept from the one before is forgotten."""
    app.extensions["temoin_store"] = store
    cache = app.extensions.get("temoin_cache")
    if cache is not None:
        cache.clear()


def open_base_store(config: Mapping[str, Any], work_dir: Path
                    ) -> tuple[Path, Callable[[], dict[str, Any]], str]:
    """The SQLite store of the graph as built, how to read that graph's node-link dict, and
    what to call the graph in messages.

    ``GRAPH_PATH`` with a sound store of it (``STORE_PATH``, else ``graph.sqlite`` beside
    it; `graph.store_sqlite.store_problem`: the file's size and time as recorded, else its
    hash): that store, opened as it is, ``graph.json`` never read. Otherwise the store is
    written into *work_dir* from ``GRAPH_DATA`` (a dict; tests) or from ``GRAPH_PATH``
    (checked against the contract: a damaged graph is a `TemoinError` naming it).
    """
    data, graph_path = config.get("GRAPH_DATA"), config.get("GRAPH_PATH")
    if data is None and not graph_path:
        raise ValueError("create_app needs GRAPH_PATH or GRAPH_DATA")
    source = str(graph_path or "graph data")
    if data is not None:
        check_graph(data, source)  # a damaged graph is refused here, not answered with a 500
    if graph_path and os.path.isfile(graph_path):
        candidate = Path(config.get("STORE_PATH") or store_path_for(graph_path))
        if store_problem(candidate, graph_path) is None:
            try:
                SqlGraphStore(candidate).close()
            except TemoinError:
                pass
            else:
                return candidate, (lambda: data if data is not None
                                   else load_graph_data(graph_path)), source
    loaded = data if data is not None else load_graph_data(graph_path)
    path = work_dir / "graph.sqlite"
    digest = file_sha256(graph_path) if graph_path and os.path.isfile(graph_path) else None
    write_sqlite(loaded, path, source_sha256=digest)
    if data is not None:
        return path, lambda: data, source
    return path, lambda: load_graph_data(graph_path), source
