"""Quote search (« chercher dans les citations »): ``/quotes`` and its JSON twin
``/api/quotes``, answered per request by FTS5 queries on the graph's SQLite store
(``graph.store_sqlite``), a page at a time."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from flask import Blueprint, Response, current_app, jsonify, render_template, request, url_for

from graph.model import TemoinError
from graph.store_sqlite import (
    COUNT_CAP,
    count_quotes,
    match_spans,
    open_store,
    query_words,
    search_quotes,
)
from webapp.api import explorer_edge_url, quote_url
from webapp.app import get_store
from webapp.render import MODALITY_FR
from webapp.sqlstore import SqlGraphStore
from webapp.store import ParamError, int_param, segments

bp = Blueprint("quotes", __name__)

#: quotes per page.
PER_PAGE = 20
#: the longest search accepted, in characters.
MAX_QUERY = 200


@dataclass(frozen=True)
class QuoteIndex:
    """Where the explorer's quote search reads: a sound store, or why there is none."""

    path: Path | None
    problem: str | None = None


def _supports(store: SqlGraphStore, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """What a quote supports, as the explorer shows it now (its corrections applied):
    relations first, then entities; those a correction removed are marked ``removed``."""
    edges, nodes, seen = [], [], set()
    for item in items:
        if "edge" in item:
            key = tuple(item["edge"])
            if key in seen:
                continue
            seen.add(key)
            if key not in store.edges:
                edges.append({"kind": "edge", "relation": key[1], "removed": True,
                              "source": {"id": key[0], "label": key[0]},
                              "target": {"id": key[2], "label": key[2]}})
                continue
            modality = item.get("modality") or "asserted"
            edges.append({"kind": "edge", "removed": False, "source": store.node_ref(key[0]),
                          "relation": key[1], "target": store.node_ref(key[2]),
                          "modality": modality,
                          "modality_fr": MODALITY_FR.get(modality, modality),
                          "url": explorer_edge_url(key)})
        else:
            node = item["node"]
            if node in seen:
                continue
            seen.add(node)
            ref = store.node_ref(node)
            if ref is None:
                nodes.append({"kind": "node", "id": node, "label": node, "removed": True})
            else:
                nodes.append({"kind": "node", **ref, "removed": False,
                              "url": url_for("views.index", focus=node, node=node)})
    return edges + nodes


def _page_args(args: Mapping[str, str]) -> tuple[str | None, str | None]:
    page, offset = args.get("page") or None, args.get("offset") or None
    if page is not None and offset is not None:
        raise ParamError("give page or offset, not both")
    return page, offset


def quotes_payload(index: QuoteIndex, store: SqlGraphStore, args: Mapping[str, str],
                   endpoint: str) -> dict[str, Any]:
    """One page of the quotes matching ``q`` (see `graph.store_sqlite.search_quotes`).

    Parameters
    ----------
    index : QuoteIndex
        A sound store (``index.path`` set).
    store : SqlGraphStore
        The explorer's graph, to name and link what each quote supports.
    args : mapping
        ``q`` (required, at most :data:`MAX_QUERY` characters, at least one word), and
        ``page`` (from 1) or ``offset`` (from 0).
    endpoint : str
        The route of the ``prev`` and ``next`` URLs.

    Returns
    -------
    dict
        ``{"q", "words", "total", "total_capped", "page", "pages", "per_page", "offset",
        "first", "last", "prev", "next", "quotes": [...]}``; each quote has its article
        (``{"id", "title", …}``), sentence, start, end, text (byte-exact), segments (the
        matched words marked ``match``), reader URL and supports.

    Raises
    ------
    ParamError
        A missing, too long or wordless ``q``; a malformed or out-of-range page.
    """
    q = args.get("q")
    if q is None or not q.strip():
        raise ParamError("q is required: the words to look for in the quotes")
    if len(q) > MAX_QUERY:
        raise ParamError(f"q is longer than {MAX_QUERY} characters")
    raw_page, raw_offset = _page_args(args)
    conn = open_store(index.path)
    try:
        words = query_words(q)
        if not words:
            raise ParamError(f"q has no word to search (letters or digits): {q!r}")
        total = count_quotes(conn, words)
        shown = min(total, COUNT_CAP)
        pages = max(1, -(-shown // PER_PAGE))
        if raw_offset is not None:
            offset = int_param(raw_offset, "offset", 0, max(shown - 1, 0))
        else:
            offset = (int_param(raw_page, "page", 1, pages) - 1) * PER_PAGE if raw_page else 0
        found = search_quotes(conn, q, offset, PER_PAGE, total)
    finally:
        conn.close()
    quotes = []
    for hit in found.hits:
        spans = [(a, b, "match") for a, b in match_spans(hit.text, hit.start, found.words)]
        article = store.article_ref(hit.article)
        if hit.article not in store.articles:
            article["title"] = hit.title
        quotes.append({
            "article": article,
            "sentence": hit.sentence, "start": hit.start, "end": hit.end, "text": hit.text,
            "segments": segments(hit.text, hit.start, spans),
            "url": quote_url(hit.article, hit.sentence or 0),
            "supports": _supports(store, hit.supports),
        })
    page = offset // PER_PAGE + 1

    def page_url(n: int) -> str:
        return url_for(endpoint, q=q, **({"page": n} if n > 1 else {}))

    return {"q": q, "words": found.words, "total": found.total,
            "total_capped": found.total_capped, "page": page, "pages": pages,
            "per_page": PER_PAGE, "offset": offset,
            "first": offset + 1 if quotes else 0, "last": offset + len(quotes),
            "prev": page_url(page - 1) if offset else None,
            "next": page_url(page + 1) if offset + len(quotes) < found.total else None,
            "quotes": quotes}


def _index() -> QuoteIndex:
    return current_app.extensions["temoin_quotes"]


def _unavailable(index: QuoteIndex) -> str:
    return (f"La recherche dans les citations demande la base SQLite du graphe : "
            f"{index.problem}. Reconstruisez-la avec « temoin build » (ou relancez "
            f"« temoin serve », qui l'écrit au démarrage).")


@bp.get("/api/quotes")
def api_quotes() -> Response:
    """Quotes holding every word of ``q`` (JSON twin of ``/quotes``)."""
    index = _index()
    if index.path is None:
        return jsonify({"ok": False, "status": 503, "error": "Service Unavailable",
                        "reason": _unavailable(index)}), 503
    try:
        return jsonify(quotes_payload(index, get_store(), request.args, "quotes.api_quotes"))
    except (TemoinError, sqlite3.Error) as exc:  # the store went away or was damaged
        return jsonify({"ok": False, "status": 503, "error": "Service Unavailable",
                        "reason": str(exc)}), 503


@bp.get("/quotes")
def page() -> Response | str:
    """« Chercher dans les citations »: the search form and one page of results."""
    index = _index()
    q = request.args.get("q", "")
    if index.path is None:
        return render_template("quotes.html", q=q, data=None, unavailable=_unavailable(index),
                               count_cap=COUNT_CAP), 503
    data = None
    if q.strip():
        try:
            data = quotes_payload(index, get_store(), request.args, "quotes.page")
        except (TemoinError, sqlite3.Error) as exc:  # the store went away or was damaged
            return render_template("quotes.html", q=q, data=None, unavailable=str(exc),
                                   count_cap=COUNT_CAP), 503
    return render_template("quotes.html", q=q, data=data, unavailable=None,
                           count_cap=COUNT_CAP,
                           api_url=url_for("quotes.api_quotes", **request.args))
