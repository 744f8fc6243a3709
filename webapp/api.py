"""The JSON API: graph view, relations list, nodes, edges (``/api/edges/<s>/<r>/<t>``), search,
articles."""

from __future__ import annotations

from collections import defaultdict
from typing import Any
from urllib.parse import quote, urlencode

from flask import Blueprint, Response, abort, jsonify, request, url_for
from werkzeug.datastructures import iter_multi_items

from graph.dates import french_date
from webapp.app import get_store
from webapp.cache import cached
from webapp.families import relation_groups
from webapp.render import MODALITY_FR, legend, view_payload
from webapp.sqlstore import SqlGraphStore
from webapp.store import (
    SEARCH_LIMIT,
    ParamError,
    ViewParams,
    highlight_roles,
    int_param,
    segments,
)

bp = Blueprint("api", __name__, url_prefix="/api")


#: what a URL path segment keeps unquoted (as werkzeug's ``url_for`` does).
PATH_SAFE = "!$&'()*+,/:;=@"
#: what a query string keeps unquoted (as werkzeug's ``url_for`` does).
QUERY_SAFE = "!$'()*,/:;?@"
#: at most this many edges are listed per relation in a node's panel (the rest are counted).
MAX_EDGES_PER_RELATION = 25
#: at most this many articles are named in a node's or an edge's answer (``article_count``
#: counts them all).
MAX_ARTICLE_REFS = 50
#: quotes of a node per answer of ``/api/nodes/<id>`` (``?offset=N`` gives the next ones).
QUOTES_PAGE = 50
#: rows of the relations list per page (``?page=N``).
RELATIONS_PAGE = 200


def quote_url(article_id: str, sentence: int) -> str:
    """Return the reader URL of a sentence: ``/articles/<id>?s=N#sN``."""
    base = url_for("views.articles")
    return f"{base}/{quote(article_id, safe='')}?s={sentence}#s{sentence}"


def edge_url(source: str, relation: str, target: str, root: str = "/api/") -> str:
    """Return the API URL of an edge (ids and relation URL-encoded)."""
    parts = "/".join(quote(p, safe="") for p in (source, relation, target))
    return f"{root}edges/{parts}"


def explorer_edge_url(key: tuple[str, str, str], params: ViewParams | None = None,
                      base: str | None = None) -> str:
    """Return the explorer URL that opens an edge in the side panel (``/?edge=s/r/t``).

    The view's filters, when given, are kept so the edge is drawn in the same view; *base*
    is ``url_for("views.index")`` when the caller has it already.
    """
    query = params.to_query() if params is not None else {}
    query.pop("limit", None)
    return with_query(base if base is not None else url_for("views.index"),
                      {**query, "edge": "/".join(key)})


def with_query(base: str, query: dict[str, Any]) -> str:
    """*base* with *query* appended as ``url_for`` appends the arguments a route does not
    take (lists repeated, the same characters kept), without building the route again: a
    page of 200 relations links each row three times.

    Examples
    --------
    >>> with_query("/", {"type": ["PER", "LOC"], "edge": "a/b c/d"})
    '/?type=PER&type=LOC&edge=a/b+c/d'
    """
    items = [x for x in iter_multi_items(query) if x[1] is not None]
    return f"{base}?{urlencode(items, safe=QUERY_SAFE)}" if items else base


def relations_payload(
    store: SqlGraphStore, args: Any, endpoint: str = "api.relations"
) -> dict[str, Any]:
    """Return the relations list for a query string: the edges of the view, sorted, one page
    of :data:`RELATIONS_PAGE` at a time.

    Parameters
    ----------
    store : SqlGraphStore
    args : werkzeug MultiDict
        The explorer's view parameters (``type``, ``relation``, ``article``, ``min_sources``,
        ``asserted``, ``q``, ``focus``, ``depth``, ``from``, ``to``; ``limit``, ``node`` and
        ``edge`` are ignored) plus ``sort``, ``order`` and ``page`` (from 1).
    endpoint : str
        The route the ``prev`` and ``next`` page URLs point to.

    Returns
    -------
    dict
        ``{"sort", "order", "query", "total", "page", "pages", "per_page", "first", "last",
        "prev", "next", "relations": [...]}`` (``total`` counts every row, ``first`` and
        ``last`` number this page's from 1, ``prev``/``next`` are URLs or None); each row
        has the two ends
        (``{"id", "label", "type"}``), relation, sources, status, contradicted, quotes, and the
        URLs of the edge in the explorer and in the API.

    Raises
    ------
    ParamError
        When a parameter is malformed or names nothing in the graph.
    """
    args = args.copy()
    for name in ("node", "edge", "limit"):
        args.poplist(name)
    raw_page = args.get("page") or None
    params = store.parse_params(args)
    sort, order = store.parse_sort(args)
    root = url_for("api.root")
    total = store.relation_page(params, sort, order, 0, 0)[0]
    pages = max(1, -(-total // RELATIONS_PAGE))
    page = 1 if raw_page is None else int_param(raw_page, "page", 1, pages)
    first = (page - 1) * RELATIONS_PAGE
    total, keys = store.relation_page(params, sort, order, first, RELATIONS_PAGE)
    nodes, edges = store.records([n for k in keys for n in (k[0], k[2])], keys)

    def ref(node_id: str) -> dict[str, Any]:
        node = nodes[node_id]
        return {"id": node_id, "label": node["label"], "type": node["type"]}

    rows = []
    index = url_for("views.index")
    for key in keys:
        s, relation, t = key
        edge = edges[key]
        rows.append(
            {
                "source": ref(s),
                "relation": relation,
                "target": ref(t),
                "sources": edge["sources"],
                "status": edge["status"],
                "status_fr": MODALITY_FR.get(edge["status"], edge["status"]),
                "contradicted": edge["contradicted"],
                "dashed": edge["dashed"],
                "quotes": edge["quotes"],
                "date": edge["date"],
                "date_last": edge["date_last"],
                "dates_fr": " – ".join(dict.fromkeys(
                    french_date(d) for d in (edge["day"], edge["date_last"]) if d)),
                "explorer": explorer_edge_url(key, params, index),
                "api": edge_url(s, relation, t, root),
            }
        )
    query = params.to_query()
    query.pop("limit", None)

    def page_url(n: int) -> str | None:
        if not 1 <= n <= pages:
            return None
        return url_for(endpoint, **query, sort=sort, order=order, **({"page": n} if n > 1 else {}))

    return {"sort": sort, "order": order, "query": query, "total": total, "page": page,
            "pages": pages, "per_page": RELATIONS_PAGE, "first": first + 1 if rows else 0,
            "last": first + len(rows), "prev": page_url(page - 1), "next": page_url(page + 1),
            "relations": rows}


def edge_detail(store: SqlGraphStore, key: tuple[str, str, str],
                raw_offset: str | None = None) -> dict[str, Any]:
    """Return an edge with one page of its quotes grouped by article, both ends highlighted.

    Parameters
    ----------
    store : SqlGraphStore
    key : (str, str, str)
        ``(source, relation, target)`` of a known edge.
    raw_offset : str, optional
        The ``offset`` parameter: the index of the first quote to give, in corpus order.

    Returns
    -------
    dict
        :data:`QUOTES_PAGE` quotes from the offset under ``evidence``, with
        ``quote_count``, ``quotes_from``, ``more_quotes`` and ``more_url``.

    Raises
    ------
    ParamError
        When *raw_offset* is not a quote index of the edge.
    """
    s, relation, t = key
    edge = store.edge_records([key])[key]
    total = edge["quotes"]
    start = 0 if raw_offset is None else int_param(raw_offset, "offset", 0, max(total - 1, 0))
    total, shown = store.edge_evidence(key, start, QUOTES_PAGE)
    sentences: dict[str, set[int]] = defaultdict(set)
    for ev in shown:
        sentences[ev["article"]].add(ev.get("sentence", -1))
    known = {a: store.sentence_mentions(a, sorted(ss)) for a, ss in sentences.items()}
    refs: dict[str, dict[str, Any] | None] = {}

    def node_ref(node_id: str | None) -> dict[str, Any] | None:
        if node_id not in refs:
            refs[node_id] = store.node_ref(node_id)
        return refs[node_id]

    def roles(ev: dict[str, Any]) -> list[tuple]:
        mentions = known[ev["article"]].get(ev.get("sentence", -1), [])
        return highlight_roles(ev.get("highlights") or [], mentions, s, t)

    groups: list[dict[str, Any]] = []
    for ev in shown:
        if not groups or groups[-1]["id"] != ev["article"]:
            groups.append({**store.article_ref(ev["article"]), "quotes": []})
        modality = ev.get("modality") or "asserted"
        groups[-1]["quotes"].append({
            "sentence": ev.get("sentence"),
            "start": ev["start"],
            "end": ev["end"],
            "text": ev["text"],
            "segments": segments(ev["text"], ev["start"], roles(ev)),
            "modality": modality,
            "modality_fr": MODALITY_FR.get(modality, modality),
            "attributed_to": node_ref(ev.get("attributed_to")),
            "verb": ev.get("verb") or relation,
            "url": quote_url(ev["article"], ev.get("sentence", 0)),
        })
    articles = store.edge_articles(key)
    after = max(total - start - len(shown), 0)
    base = edge_url(s, relation, t, url_for("api.root"))
    return {
        "source": store.node_ref(s),
        "relation": relation,
        "target": store.node_ref(t),
        "id": f"e{edge['index']}",
        "sources": edge["sources"],
        "copies": edge["copies"],
        "dashed": edge["dashed"],
        "modalities": edge["modalities"],
        "status": edge["status"],
        "status_fr": MODALITY_FR.get(edge["status"], edge["status"]),
        "contradicted": edge["contradicted"],
        "articles": [store.article_ref(a) for a in articles[:MAX_ARTICLE_REFS]],
        "article_count": len(articles),
        "evidence": groups,
        "quote_count": total,
        "quotes_from": start,
        "more_quotes": after,
        "more_url": f"{base}?offset={start + len(shown)}" if after else None,
    }


def meta(store: SqlGraphStore) -> dict[str, Any]:
    """Return what the filter controls offer: types, relations, articles (computed once per
    store: it holds every article of the corpus; callers never change it)."""
    return store._remember(("meta", request.script_root), lambda: _meta(store))


def _meta(store: SqlGraphStore) -> dict[str, Any]:
    base = url_for("views.article", article_id="-").rsplit("/", 1)[0]
    return {
        "types": legend(store.types),
        "relations": [{"relation": r, "count": c} for r, c in store.relations.items()],
        "relation_groups": relation_groups(store.relations),
        "articles": [
            {**store.article_ref(a), "url": f"{base}/{quote(a, safe=PATH_SAFE)}",
             "copies": int(art.get("copies") or 1)}
            for a, art in store.articles.items()
        ],
        "nodes": len(store.nodes),
        "edges": len(store.edges),
    }


@bp.get("/")
def root() -> Response:
    """List the API's routes."""
    return jsonify(
        {
            "graph": url_for("api.graph"),
            "meta": url_for("api.meta_route"),
            "relations": url_for("api.relations"),
            "search": url_for("api.search") + "?q=",
            "quotes": url_for("quotes.api_quotes") + "?q=",
            "node": "/api/nodes/<id>",
            "edge": "/api/edges/<source>/<relation>/<target>",
            "articles": url_for("api.articles"),
        }
    )


@bp.get("/graph")
@cached
def graph() -> Response:
    """The view the explorer shows for the given filters (the JSON twin of ``/``)."""
    store = get_store()
    params = store.parse_params(request.args)
    return jsonify(view_payload(store, store.view(params)))


@bp.get("/relations")
@cached
def relations() -> Response:
    """Every relation of the view, sortable (the JSON twin of ``/relations``)."""
    return jsonify(relations_payload(get_store(), request.args))


@bp.get("/meta")
@cached
def meta_route() -> Response:
    """Types, relations and articles of the graph."""
    return jsonify(meta(get_store()))


@bp.get("/nodes/<node_id>")
@cached
def node(node_id: str) -> Response:
    """A node, its aliases, relations and quotes (`webapp.nodes_sqlite`)."""
    from webapp.nodes_sqlite import node_detail_sqlite

    detail = node_detail_sqlite(get_store(), node_id, request.args.get("offset") or None)
    if detail is None:
        abort(404, f"no node {node_id!r}")
    return jsonify(detail)


@bp.get("/edges/<int:index>")
@cached
def edge_by_index(index: int) -> Response:
    """An edge by its id number (``e12`` in the graph view is ``/api/edges/12``)."""
    store = get_store()
    if not 0 <= index < len(store.edge_keys):
        abort(404, f"no edge {index}")
    key = store.edge_keys[index]
    return jsonify(edge_detail(store, key, request.args.get("offset") or None))


@bp.get("/edges/<source>/<relation>/<target>")
@cached
def edge(source: str, relation: str, target: str) -> Response:
    """An edge and its evidence."""
    store = get_store()
    key = (source, relation, target)
    if key not in store.edges:
        abort(404, f"no edge {source!r} –{relation}→ {target!r}")
    return jsonify(edge_detail(store, key, request.args.get("offset") or None))


@bp.get("/search")
@cached
def search() -> Response:
    """Autocomplete: nodes whose label or an alias matches ``q`` (accent/case-insensitive)."""
    store = get_store()
    q = request.args.get("q")
    if q is None or not q.strip():
        raise ParamError("q is required")
    if len(q) > 200:
        raise ParamError("q is longer than 200 characters")
    raw_limit = request.args.get("limit")
    limit = SEARCH_LIMIT if raw_limit is None else int_param(raw_limit, "limit", 1, 100)
    results = store.search(q, limit=limit)
    for r in results:
        r["url"] = url_for("views.index", focus=r["id"], node=r["id"])
    return jsonify({"q": q, "results": results})


@bp.get("/articles")
@cached
def articles() -> Response:
    """The articles of the corpus (the JSON twin of ``/articles``)."""
    return jsonify(meta(get_store())["articles"])


@bp.get("/articles/<article_id>")
@cached
def article(article_id: str) -> Response:
    """An article: title, text, sentence offsets, boilerplate and mentions."""
    store = get_store()
    art = store.article_full(article_id)
    if art is None:
        abort(404, f"no article {article_id!r}")
    return jsonify(
        {
            "id": article_id,
            "title": art["title"],
            "text": art["text"],
            "sentences": art["sentences"],
            "boilerplate": art["boilerplate"],
            "mentions": [
                {"start": a, "end": b, "node": n} for a, b, n in store.article_mentions(article_id)
            ],
            "url": url_for("views.article", article_id=article_id),
        }
    )
