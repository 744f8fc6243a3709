"""The Flask application factory."""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from flask import Flask, jsonify, redirect, render_template, request
from werkzeug.exceptions import HTTPException
from werkzeug.routing import IntegerConverter

from graph.corrections import corrections_path
from graph.schema import load_graph_data
from webapp.cache import ResponseCache
from webapp.corrections import CorrectionState
from webapp.store import GraphStore, ParamError

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
        here); ``STORE_PATH`` (the SQLite store for quote search, default ``graph.sqlite``
        beside ``GRAPH_PATH``); any other Flask setting.

    Returns
    -------
    Flask
        The app, with the graph loaded once, its corrections applied, in
        ``app.extensions["temoin_store"]`` (replaced when a correction is made).
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

    if app.config["GRAPH_DATA"] is not None:
        base, source = app.config["GRAPH_DATA"], app.config["GRAPH_PATH"] or "graph data"
    elif app.config["GRAPH_PATH"]:
        base, source = load_graph_data(app.config["GRAPH_PATH"]), app.config["GRAPH_PATH"]
    else:
        raise ValueError("create_app needs GRAPH_PATH or GRAPH_DATA")
    fixes = app.config["CORRECTIONS_PATH"] or (
        corrections_path(app.config["GRAPH_PATH"]) if app.config["GRAPH_PATH"] else None)
    state = CorrectionState(base, str(source), Path(fixes) if fixes else None,
                            writable=not app.config["READ_ONLY"])
    app.config["CORRECTIONS_WRITABLE"] = state.writable
    app.extensions["temoin_corrections"] = state
    app.extensions["temoin_store"] = state.build_store()
    app.extensions["temoin_cache"] = ResponseCache()  # same URL, same answer until a correction

    from webapp import api, corrections, quotes, views

    app.extensions["temoin_quotes"] = quotes.quote_index(app.config)

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


def get_store() -> GraphStore:
    """Return the graph store of the current app."""
    from flask import current_app

    return current_app.extensions["temoin_store"]
