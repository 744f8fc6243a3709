"""HTML pages: the explorer ``/``, the relations list, the article list and the reader."""

from __future__ import annotations

from flask import Blueprint, Response, abort, current_app, render_template, request, url_for
from markupsafe import Markup, escape

from graph.model import ENTITY_TYPES
from webapp.api import meta, relations_payload, with_query
from webapp.app import get_store
from webapp.cache import cached
from webapp.render import TYPE_STYLE, legend, view_payload
from webapp.store import RELATION_SORTS, int_param

bp = Blueprint("views", __name__)


@bp.get("/")
@cached
def index() -> str:
    """The explorer: the graph of the view in the query string, drawn by vis-network."""
    store = get_store()
    # ``node`` and ``edge`` are the selection, shown in the side panel; they do not pin
    # anything into the view (a filter hides a selected node like any other).
    args = request.args.copy()
    args.poplist("node")
    args.poplist("edge")
    params = store.parse_params(args)
    payload = view_payload(store, store.view(params))
    query = params.to_query()
    query.pop("limit", None)
    return render_template(
        "explorer.html",
        payload=payload,
        meta=meta(store),
        article_options=article_options(store, params.articles),
        articles_listed=len(listed_articles(store)),
        api_graph=url_for("api.graph"),
        relations_url=url_for("views.relations", **query),
        writable=current_app.config.get("CORRECTIONS_WRITABLE", False),
        all_types=legend(list(ENTITY_TYPES)),
    )


#: above this many articles, the article filter lists the most quoted ones (and those
#: chosen): a list of 10,000 options is slow to draw and no help to choose from; the
#: « Articles » page lists them all.
MAX_LISTED_ARTICLES = 1000


def listed_articles(store) -> list[dict]:
    """The articles the article filter lists, in corpus order: all of them, or the
    `MAX_LISTED_ARTICLES` with the most quoted sentences."""
    articles = meta(store)["articles"]
    if len(articles) <= MAX_LISTED_ARTICLES:
        return articles
    top = store._remember(("most quoted", MAX_LISTED_ARTICLES),
                          lambda: set(store.most_quoted_articles(MAX_LISTED_ARTICLES)))
    return [a for a in articles if a["id"] in top]


def article_options(store, chosen=(), marked: bool = False) -> Markup:
    """The ``<option>`` of the article filter, escaped: `listed_articles` and those of
    *chosen*; marked ``selected`` when *marked* (the relations page; the explorer's script
    selects them itself). Made once per store when nothing is chosen."""
    space = " " if marked else ""
    chosen = set(chosen)
    listed = listed_articles(store)

    def options(articles, selected=frozenset()) -> Markup:
        return Markup("".join(
            f'<option value="{escape(a["id"])}"{space}'
            f'{"selected" if a["id"] in selected else ""}>{escape(a["title"])}</option>'
            for a in articles))

    if not chosen:
        return store._remember(("article options", space, len(listed)),
                               lambda: options(listed))
    shown = {a["id"] for a in listed} | chosen
    return options([a for a in meta(store)["articles"] if a["id"] in shown],
                   chosen if marked else frozenset())


#: the columns of the relations list that sort, with their headers.
RELATION_COLUMNS = (
    ("source", "Source"),
    ("relation", "Relation"),
    ("target", "Cible"),
    ("sources", "Articles sources"),
    ("status", "Statut"),
    ("date", "Date"),
)


@bp.get("/relations")
@cached
def relations() -> str:
    """Every relation of the view, sortable by its column headers (JSON twin:
    ``/api/relations``). Takes the explorer's filters plus ``sort`` and ``order``."""
    store = get_store()
    data = relations_payload(store, request.args, "views.relations")
    query = data["query"]
    columns = []
    for key, title in RELATION_COLUMNS:
        current = data["sort"] == key
        if current:
            order = "asc" if data["order"] == "desc" else "desc"
        else:
            order = RELATION_SORTS[key]
        columns.append(
            {
                "key": key,
                "title": title,
                "current": current,
                "aria": ("ascending" if data["order"] == "asc" else "descending")
                if current
                else None,
                "url": url_for("views.relations", **query, sort=key, order=order),
            }
        )
    index = url_for("views.index")
    return render_template(
        "relations.html",
        node_url=lambda node_id: with_query(index, {"node": node_id}),
        data=data,
        columns=columns,
        meta=meta(store),
        article_options=article_options(store, data["query"].get("article", []), marked=True),
        articles_listed=len(listed_articles(store)),
        explorer_url=url_for("views.index", **query),
        api_url=url_for("api.relations", **query, sort=data["sort"], order=data["order"]),
    )


@bp.get("/articles")
@cached
def articles() -> str:
    """The list of articles (JSON twin: ``/api/articles``)."""
    return render_template("articles.html", articles=meta(get_store())["articles"])


@bp.get("/articles/<article_id>")
@cached
def article(article_id: str) -> str:
    """The article reader: every sentence anchored ``#sN``, mentions linking to their nodes.

    ``?s=N`` highlights sentence N (the page scrolls to it).
    """
    store = get_store()
    art = store.article_full(article_id)
    if art is None:
        abort(404, f"no article {article_id!r}")
    raw = request.args.get("s")
    selected = None if raw is None else int_param(raw, "s", 0, len(art["sentences"]) - 1)
    blocks = store.article_pieces(article_id)
    return render_template(
        "article.html",
        article=art,
        ref=store.article_ref(article_id),
        blocks=blocks,
        selected=selected,
        nodes=store.node_records({p["node"] for b in blocks for p in b["parts"] if p["node"]}),
        api_url=url_for("api.article", article_id=article_id),
    )


#: the download name and media type of each export.
EXPORT_FILES = {
    "graphml": ("graph.graphml", "application/graphml+xml"),
    "gexf": ("graph.gexf", "application/gexf+xml"),
    "csv": ("graph-csv.zip", "application/zip"),
    "cypher": ("graph.cypher", "text/plain; charset=utf-8"),
    "json": ("graph.json", "application/json"),
}


@bp.get("/export/<fmt>")
def export(fmt: str) -> Response:
    """The whole graph as GraphML, GEXF, CSV for Neo4j (a zip of the CSV files), Cypher or
    graph JSON, as ``temoin export`` writes it (the corrections applied)."""
    from graph.exports import FORMATS, export_files

    if fmt not in FORMATS:
        abort(404, f"no export format {fmt!r}; formats: {', '.join(FORMATS)}")
    data = current_app.extensions["temoin_corrections"].corrected()  # the graph shown
    files = export_files(data, fmt)
    name, mimetype = EXPORT_FILES[fmt]
    if fmt == "csv":
        import io
        import zipfile

        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
            for member, content in files.items():
                z.writestr(member, content)
        body = buf.getvalue()
    else:
        (body,) = files.values()
    response = Response(body, mimetype=mimetype)
    response.headers["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@bp.get("/types.css")
def types_css() -> Response:
    """Colours of the entity types, for the legend and badges (one palette, in render.py)."""
    rules = []
    for t, (_, fill, border, _) in TYPE_STYLE.items():
        rules.append(f".type-{t} {{ --c: {fill}; --b: {border}; }}")
    response = Response("\n".join(rules) + "\n", mimetype="text/css")
    response.cache_control.max_age = 3600
    return response
