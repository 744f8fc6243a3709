"""The graph as the explorer sees it: loaded once, indexed for search, filters, focus and layout.

A :class:`GraphStore` is built from the node-link dict that ``temoin build`` writes
(``docs/graph-json.md``). It never parses text: sentences, mentions and highlights all come
as offsets from the graph file.
"""

from __future__ import annotations

import bisect
import re
import threading
import unicodedata
from collections import OrderedDict, defaultdict, deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from graph.dates import french_date
from graph.layout import SPRING_CORE, compute_layout, keep_layout  # noqa: F401
from graph.schema import check_graph, load_graph_data

EdgeKey = tuple[str, str, str]

#: modalities under which a claim is not stated as fact: an edge with only these is dashed.
UNCERTAIN_MODALITIES = frozenset({"alleged", "denied", "hypothetical"})
#: claim statuses, strongest first (an edge's ``status`` is the strongest among its quotes).
STATUS_ORDER = ("asserted", "reported", "alleged", "hypothetical", "denied")
#: how the relations list can be sorted, and the order each column sorts in by default.
RELATION_SORTS = {
    "sources": "desc",
    "relation": "asc",
    "source": "asc",
    "target": "asc",
    "status": "desc",
    "date": "desc",
}

DEFAULT_LIMIT = 300
MAX_LIMIT = 100_000
MAX_DEPTH = 3
SEARCH_LIMIT = 10
#: views and relation lists kept computed (they are read-only: callers never change them).
MEMO_SIZE = 64

_WORD_SPLIT = re.compile(r"[^\w]+")
_TRUE = frozenset({"1", "true", "yes", "on"})
_FALSE = frozenset({"0", "false", "no", "off", ""})


class ParamError(ValueError):
    """A query parameter that cannot be honoured; the message is the reason given to the user."""


def fold(text: str) -> str:
    """Return ``text`` lower-cased with its accents removed, for matching.

    Parameters
    ----------
    text : str
        Any text.

    Returns
    -------
    str
        The case-folded text without combining marks ("Corée" → "coree").
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.replace("’", "'").replace("œ", "oe").replace("æ", "ae")


def _words(folded: str) -> list[str]:
    return [w for w in _WORD_SPLIT.split(folded) if w]


def segments(
    text: str, start: int, spans: Iterable[tuple[int, int, str]]
) -> list[dict[str, str | None]]:
    """Cut a quote into marked and unmarked pieces.

    Parameters
    ----------
    text : str
        The quote, ``article_text[start:start + len(text)]``.
    start : int
        Offset of the quote in its article.
    spans : iterable of (int, int, str)
        Article offsets ``(begin, end, mark)`` to highlight; clipped to the quote, overlaps
        resolved in favour of the earlier span.

    Returns
    -------
    list of dict
        ``{"text": ..., "mark": None | mark}`` pieces whose texts concatenate to ``text``.
    """
    end = start + len(text)
    clipped = sorted(
        (max(a, start), min(b, end), mark)
        for a, b, mark in spans
        if b > start and a < end and b > a
    )
    out: list[dict[str, str | None]] = []
    pos = start
    for a, b, mark in clipped:
        if b <= pos:
            continue
        a = max(a, pos)
        if a > pos:
            out.append({"text": text[pos - start : a - start], "mark": None})
        out.append({"text": text[a - start : b - start], "mark": mark})
        pos = b
    if pos < end or not out:
        out.append({"text": text[pos - start :], "mark": None})
    return out


@dataclass(frozen=True)
class ViewParams:
    """What the explorer shows: filters, focus and size limit (all from the query string)."""

    types: tuple[str, ...] = ()
    relations: tuple[str, ...] = ()
    articles: tuple[str, ...] = ()
    min_sources: int = 1
    asserted: bool = False
    q: str = ""
    focus: str | None = None
    depth: int = 1
    limit: int = DEFAULT_LIMIT
    pinned: tuple[str, ...] = field(default=())
    date_from: str = ""  # ISO YYYY-MM-DD, as given (``from``) — articles dated from that day
    date_to: str = ""  # (``to``) — up to that day included

    def to_query(self) -> dict[str, Any]:
        """Return the parameters as they appear in a URL (defaults omitted)."""
        out: dict[str, Any] = {}
        if self.types:
            out["type"] = list(self.types)
        if self.relations:
            out["relation"] = list(self.relations)
        if self.articles:
            out["article"] = list(self.articles)
        if self.min_sources != 1:
            out["min_sources"] = self.min_sources
        if self.asserted:
            out["asserted"] = 1
        if self.q:
            out["q"] = self.q
        if self.focus:
            out["focus"] = self.focus
            out["depth"] = self.depth
        if self.limit != DEFAULT_LIMIT:
            out["limit"] = self.limit
        if self.date_from:
            out["from"] = self.date_from
        if self.date_to:
            out["to"] = self.date_to
        return out


@dataclass
class View:
    """The nodes and edges a :class:`ViewParams` selects."""

    nodes: list[str]
    edges: list[EdgeKey]
    total_nodes: int
    total_edges: int
    params: ViewParams
    #: the rows of ``edges`` in the SQLite store (`webapp.sqlstore`), in the order of *edges*
    edge_rows: list[int] | None = None


def _getlist(args: Any, name: str) -> list[str]:
    """Return the non-empty values of a query parameter (MultiDict or mapping of lists)."""
    values = args.getlist(name) if hasattr(args, "getlist") else args.get(name, [])
    return [v for v in values if v != ""]


def _get(args: Any, name: str) -> str | None:
    """Return the last non-empty value of a query parameter, or None."""
    values = _getlist(args, name)
    return values[-1] if values else None


_DIGITS = re.compile(r"[0-9]{1,12}")
_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def date_param(raw: str | None, name: str) -> str:
    """*raw* as an ISO day ``YYYY-MM-DD`` ("" when absent), or a ParamError.

    Examples
    --------
    >>> date_param("2012-07-03", "from"), date_param(None, "to")
    ('2012-07-03', '')
    """
    if raw is None:
        return ""
    raw = raw.strip()
    if not _DAY.fullmatch(raw):
        raise ParamError(f"{name} must be a day written YYYY-MM-DD, got {raw!r}")
    import datetime

    try:
        datetime.date.fromisoformat(raw)
    except ValueError:
        raise ParamError(f"{name} is not a day of the calendar: {raw!r}") from None
    return raw


def int_param(raw: str, name: str, low: int, high: int) -> int:
    """*raw* as an integer in [low, high], or a ParamError naming the bad value.

    Only ASCII digits are a number here: not ``+5``, ``1_0``, ``-0``, ``٣`` nor ``1e3``
    (which Python's ``int`` would take or half-take).
    """
    if not _DIGITS.fullmatch(raw.strip()):
        raise ParamError(f"{name} must be a whole number written with digits 0-9, got {raw!r}")
    value = int(raw.strip())
    if not low <= value <= high:
        raise ParamError(f"{name} must be between {low} and {high}, got {value}")
    return value


class GraphStore:
    """The loaded graph with its indexes.

    Parameters
    ----------
    data : dict
        The node-link dict of ``docs/graph-json.md``.
    source : str or Path
        What to call it in an error message (the file it was read from).
    check : bool
        Check *data* against the contract first (False: it was checked already, as the
        corrected copy of a checked graph is).

    Raises
    ------
    graph.model.TemoinError
        Naming *source* and the first field of *data* that does not fit the contract.
    """

    def __init__(self, data: Mapping[str, Any], source: str | Path = "graph data",
                 check: bool = True) -> None:
        if check:  # a damaged graph is refused here, not answered with a 500
            check_graph(data, source)
        graph_attrs = data.get("graph") or {}
        self.articles: dict[str, dict[str, Any]] = {}
        for art in graph_attrs.get("articles") or []:
            art = dict(art)
            art.setdefault("title", art["id"])
            art.setdefault("text", "")
            art.setdefault("sentences", [])
            art.setdefault("boilerplate", [])
            self.articles[str(art["id"])] = art
        self.nodes: dict[str, dict[str, Any]] = {}
        for node in data.get("nodes") or []:
            node = dict(node)
            node["id"] = str(node["id"])
            node.setdefault("label", node["id"])
            node.setdefault("type", "MISC")
            node.setdefault("aliases", [])
            node["parts"] = [str(p) for p in node.get("parts") or []]
            node.setdefault("evidence", [])
            node.setdefault("articles", sorted({e["article"] for e in node["evidence"]}))
            node.setdefault("mentions", len(node["evidence"]))
            node["_sort"] = fold(str(node["label"]))
            self.nodes[node["id"]] = node
        self.edges: dict[EdgeKey, dict[str, Any]] = {}
        for edge in data.get("edges") or []:
            edge = dict(edge)
            relation = str(edge.get("relation") or edge.get("key"))
            key = (str(edge["source"]), relation, str(edge["target"]))
            if key[0] not in self.nodes or key[2] not in self.nodes:
                continue
            edge["relation"] = relation
            edge.setdefault("evidence", [])
            edge.setdefault("articles", sorted({e["article"] for e in edge["evidence"]}))
            edge.setdefault("sources", len(edge["articles"]))
            edge.setdefault("copies", len(edge["articles"]))  # articles, wire copies included
            modalities = [e.get("modality") or "asserted" for e in edge["evidence"]]
            edge["modalities"] = sorted(set(modalities))
            edge["dashed"] = bool(modalities) and all(m in UNCERTAIN_MODALITIES for m in modalities)
            if not edge.get("status"):
                # older graphs: the strongest status among the quotes, as ``temoin build`` does
                known = [m for m in STATUS_ORDER if m in modalities]
                edge["status"] = known[0] if known else "asserted"
            edge["contradicted"] = bool(edge.get("contradicted"))
            days = sorted(d for a in edge["articles"]
                          if _DAY.fullmatch(d := (self.articles.get(a) or {}).get("date") or ""))
            edge["date"], edge["date_last"] = (days[0], days[-1]) if days else (None, None)
            # a dispatch's « 12 juin » without a year: shown, but outside every date range
            edge["day"] = edge["date"] or next(
                (d for a in edge["articles"] if (d := (self.articles.get(a) or {}).get("date"))),
                None)
            self.edges[key] = edge
        self.edge_keys: list[EdgeKey] = list(self.edges)
        self.edge_index: dict[EdgeKey, int] = {k: i for i, k in enumerate(self.edge_keys)}

        self.out_edges: dict[str, list[EdgeKey]] = defaultdict(list)
        self.in_edges: dict[str, list[EdgeKey]] = defaultdict(list)
        for key in self.edge_keys:
            self.out_edges[key[0]].append(key)
            self.in_edges[key[2]].append(key)
        self.degree: dict[str, int] = {
            n: len(self.out_edges.get(n, ())) + len(self.in_edges.get(n, ())) for n in self.nodes
        }
        self.types: list[str] = sorted({n["type"] for n in self.nodes.values()})
        rel_count: dict[str, int] = defaultdict(int)
        for key in self.edge_keys:
            rel_count[key[1]] += 1
        self.relations: dict[str, int] = dict(sorted(rel_count.items()))
        self._relation_sort = {r: fold(r) for r in self.relations}
        # every node by mentions then name, once: a view orders its unlinked nodes this way
        self._by_rank: list[str] = sorted(
            self.nodes, key=lambda n: (-int(self.nodes[n]["mentions"] or 0),
                                       self.nodes[n]["_sort"], n))
        self._rank: dict[str, int] = {n: i for i, n in enumerate(self._by_rank)}

        # search index: (folded name, its words, node id, shown name, is_label)
        self._names: list[tuple[str, list[str], str, str, bool]] = []
        for node in self.nodes.values():
            for i, name in enumerate([node["label"], *node["aliases"]]):
                folded = fold(str(name))
                self._names.append((folded, _words(folded), node["id"], str(name), i == 0))

        # mentions by (article, sentence) and by article, from the nodes' evidence
        self.mentions: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
        self._sentence_mentions: dict[tuple[str, int], list[tuple[int, int, str]]] = defaultdict(
            list
        )
        for node in self.nodes.values():
            for ev in node["evidence"]:
                for a, b in ev.get("highlights") or []:
                    self.mentions[ev["article"]].append((a, b, node["id"]))
                    self._sentence_mentions[(ev["article"], ev.get("sentence", -1))].append(
                        (a, b, node["id"])
                    )
        for spans in self.mentions.values():
            spans.sort()

        self._layout: dict[str, tuple[float, float]] | None = None
        self._layout_lock = threading.Lock()
        # views and relation lists already computed, by their parameters: the graph never
        # changes, and many URLs share one view (``?node=`` only selects, ``?page=`` pages)
        self._memo: OrderedDict[Any, Any] = OrderedDict()
        self._memo_lock = threading.Lock()

    def _remember(self, key: Any, compute: Any) -> Any:
        """``compute()``, or what it gave for *key* before (the last :data:`MEMO_SIZE`)."""
        with self._memo_lock:
            if key in self._memo:
                self._memo.move_to_end(key)
                return self._memo[key]
        value = compute()
        with self._memo_lock:
            self._memo[key] = value
            while len(self._memo) > MEMO_SIZE:
                self._memo.popitem(last=False)
        return value

    # ------------------------------------------------------------------ loading
    @classmethod
    def from_path(cls, path: str | Path) -> GraphStore:
        """Load a graph JSON file.

        Parameters
        ----------
        path : str or Path
            A file written by ``temoin build``.

        Returns
        -------
        GraphStore
        """
        return cls(load_graph_data(path), path)

    # ------------------------------------------------------------------ params
    def parse_params(self, args: Any) -> ViewParams:
        """Validate view parameters from a query string.

        Parameters
        ----------
        args : werkzeug MultiDict or mapping of lists
            ``type``, ``relation``, ``article`` (repeatable; ``type`` also comma-separated),
            ``min_sources``, ``asserted``, ``q``, ``focus``, ``depth``, ``limit``, ``node``,
            ``from`` and ``to`` (days ``YYYY-MM-DD``: the articles dated in that range).

        Returns
        -------
        ViewParams

        Raises
        ------
        ParamError
            With the reason, when a value is malformed or names nothing in the graph.
        """

        def getlist(name: str) -> list[str]:
            return _getlist(args, name)

        def get(name: str) -> str | None:
            return _get(args, name)

        types = [t.strip() for v in getlist("type") for t in v.split(",") if t.strip()]
        for t in types:
            if t not in self.types:
                raise ParamError(f"unknown type {t!r}; known types: {', '.join(self.types)}")
        relations = getlist("relation")
        for r in relations:
            if r not in self.relations:
                raise ParamError(f"unknown relation {r!r}")
        articles = getlist("article")
        for a in articles:
            if a not in self.articles:
                raise ParamError(f"unknown article {a!r}")
        min_sources = get("min_sources")
        asserted = (get("asserted") or "").strip().lower()
        if asserted not in _TRUE | _FALSE:
            raise ParamError(f"asserted must be 1 or 0, got {asserted!r}")
        focus = get("focus")
        if focus is not None and focus not in self.nodes:
            raise ParamError(f"unknown node {focus!r} in focus")
        depth = get("depth")
        limit = get("limit")
        pinned = getlist("node")
        for n in pinned:
            if n not in self.nodes:
                raise ParamError(f"unknown node {n!r}")
        q = (get("q") or "").strip()
        if len(q) > 200:
            raise ParamError("q is longer than 200 characters")
        date_from, date_to = date_param(get("from"), "from"), date_param(get("to"), "to")
        if date_from and date_to and date_from > date_to:
            raise ParamError(f"from ({date_from}) is after to ({date_to})")
        return ViewParams(
            types=tuple(dict.fromkeys(types)),
            relations=tuple(dict.fromkeys(relations)),
            articles=tuple(dict.fromkeys(articles)),
            min_sources=int_param(min_sources, "min_sources", 1, 10_000) if min_sources else 1,
            asserted=asserted in _TRUE,
            q=q,
            focus=focus,
            depth=int_param(depth, "depth", 1, MAX_DEPTH) if depth else 1,
            limit=int_param(limit, "limit", 1, MAX_LIMIT) if limit else DEFAULT_LIMIT,
            pinned=tuple(dict.fromkeys(pinned)),
            date_from=date_from,
            date_to=date_to,
        )

    def parse_sort(self, args: Any) -> tuple[str, str]:
        """Validate the ``sort`` and ``order`` parameters of the relations list.

        Parameters
        ----------
        args : werkzeug MultiDict or mapping of lists
            ``sort`` (one of :data:`RELATION_SORTS`, default ``sources``) and ``order``
            (``asc`` or ``desc``; default: the column's own, descending for numbers and
            status, ascending for names).

        Returns
        -------
        (str, str)
            ``(sort, order)``.

        Raises
        ------
        ParamError
            When either value is not one of those.
        """
        sort = (_get(args, "sort") or "sources").strip()
        if sort not in RELATION_SORTS:
            raise ParamError(f"sort must be one of {', '.join(RELATION_SORTS)}, got {sort!r}")
        order = (_get(args, "order") or RELATION_SORTS[sort]).strip()
        if order not in ("asc", "desc"):
            raise ParamError(f"order must be asc or desc, got {order!r}")
        return sort, order

    def relation_list(
        self, params: ViewParams, sort: str = "sources", order: str = "desc"
    ) -> list[EdgeKey]:
        """Return every edge of the view ``params`` selects, sorted, without a size limit.

        Parameters
        ----------
        params : ViewParams
            The explorer's filters; ``limit`` is ignored (the list has all the view's edges).
        sort : str
            A key of :data:`RELATION_SORTS`.
        order : str
            ``asc`` or ``desc``. Ties are always broken by source, relation and target name.

        Returns
        -------
        list of (str, str, str)
        """
        return self._remember(("relations", replace(params, limit=DEFAULT_LIMIT), sort, order),
                              lambda: self._relation_list(params, sort, order))

    def _relation_list(
        self, params: ViewParams, sort: str = "sources", order: str = "desc"
    ) -> list[EdgeKey]:
        """`relation_list` computed."""
        view = self.view(replace(params, limit=max(len(self.nodes), 1)))
        rank = {m: len(STATUS_ORDER) - i for i, m in enumerate(STATUS_ORDER)}
        keyfuncs = {
            "sources": lambda k: int(self.edges[k]["sources"] or 0),
            "relation": lambda k: self._relation_sort[k[1]],
            "source": lambda k: self.nodes[k[0]]["_sort"],
            "target": lambda k: self.nodes[k[2]]["_sort"],
            "status": lambda k: rank.get(self.edges[k]["status"], 0),
            "date": lambda k: self.edges[k]["date"] or "",
        }
        keys = sorted(
            view.edges,
            key=lambda k: (self.nodes[k[0]]["_sort"], self._relation_sort[k[1]],
                           self.nodes[k[2]]["_sort"], k),
        )
        # a stable sort keeps the tie order above whichever way the column goes
        keys.sort(key=keyfuncs[sort], reverse=order == "desc")
        return keys

    # ------------------------------------------------------------------ view
    def view(self, params: ViewParams) -> View:
        """Select the nodes and edges to show.

        Nodes are kept by type and article (``from``/``to``: the articles dated in that range;
        an article without a full date is outside every range); edges by relation, article,
        number of supporting
        articles and claim status, between kept nodes. With an edge filter set, nodes without
        a kept edge drop out. ``q`` keeps the matching nodes and their neighbours; ``focus``
        the neighbourhood of a node up to ``depth``. Then the ``limit`` most connected nodes
        are shown (focus and pinned nodes first).

        Parameters
        ----------
        params : ViewParams

        Returns
        -------
        View
        """
        return self._remember(("view", params), lambda: self._view(params))

    def _view(self, params: ViewParams) -> View:
        """`view` computed."""
        types = set(params.types)
        arts = set(params.articles)
        if params.date_from or params.date_to:  # the articles dated in the range
            low, high = params.date_from or "0000-00-00", params.date_to or "9999-99-99"
            dated = {a for a, art in self.articles.items()
                     if _DAY.fullmatch(art.get("date") or "") and low <= art["date"] <= high}
            arts = (arts & dated if arts else dated) or {""}  # none: nothing is kept
        rels = set(params.relations)
        special = {params.focus, *params.pinned} - {None}

        nodes = {
            n
            for n, d in self.nodes.items()
            if (not types or d["type"] in types) and (not arts or arts.intersection(d["articles"]))
        }
        nodes |= special
        edges = [
            k
            for k in self.edge_keys
            if k[0] in nodes
            and k[2] in nodes
            and (not rels or k[1] in rels)
            and self.edges[k]["sources"] >= params.min_sources
            and (not params.asserted or not self.edges[k]["dashed"])
            and (not arts or arts.intersection(self.edges[k]["articles"]))
        ]
        if rels or params.min_sources > 1 or params.asserted:
            nodes = {n for k in edges for n in (k[0], k[2])} | special

        adjacency: dict[str, set[str]] = defaultdict(set)
        for s, _, t in edges:
            adjacency[s].add(t)
            adjacency[t].add(s)

        if params.q:
            hits = {r["id"] for r in self.search(params.q, limit=None)}
            keep = set(hits & nodes)
            for n in list(keep):
                keep |= adjacency[n] & nodes
            nodes = keep | special
        if params.focus:
            seen = {params.focus: 0}
            queue = deque([params.focus])
            while queue:
                n = queue.popleft()
                if seen[n] >= params.depth:
                    continue
                for m in adjacency[n]:
                    if m in nodes and m not in seen:
                        seen[m] = seen[n] + 1
                        queue.append(m)
            nodes = set(seen) | set(params.pinned)

        edges = [k for k in edges if k[0] in nodes and k[2] in nodes]
        local_degree: dict[str, int] = defaultdict(int)
        for s, _, t in edges:
            local_degree[s] += 1
            local_degree[t] += 1
        # order: focus and pinned nodes, then by edges in the view, mentions, name. Only the
        # linked nodes need sorting here; the others follow in the order computed at load.
        size = max(params.limit, len(special))
        shown = sorted(
            (n for n in nodes if local_degree.get(n) or n in special),
            key=lambda n: (n not in special, -local_degree.get(n, 0), self._rank[n]),
        )[:size]
        if len(shown) < size:
            for n in self._by_rank:
                if len(shown) >= size:
                    break
                if n in nodes and not local_degree.get(n) and n not in special:
                    shown.append(n)
        total_nodes, total_edges = len(nodes), len(edges)
        shown_set = set(shown)
        shown_edges = [k for k in edges if k[0] in shown_set and k[2] in shown_set]
        return View(shown, shown_edges, total_nodes, total_edges, params)

    # ------------------------------------------------------------------ search
    def search(self, q: str, limit: int | None = SEARCH_LIMIT) -> list[dict[str, Any]]:
        """Find nodes whose label or an alias matches ``q``.

        Matching is accent- and case-insensitive: the query matches a name when the name
        starts with it, or when every word of the query is the prefix of a word of the name.

        Parameters
        ----------
        q : str
            What the user typed.
        limit : int or None
            At most this many results (None: all).

        Returns
        -------
        list of dict
            ``{"id", "label", "type", "mentions", "match"}``, best first; ``match`` is the
            alias that matched when it is not the label.
        """
        fq = fold(q).strip()
        qwords = _words(fq)
        if not qwords:
            return []
        best: dict[str, tuple[tuple, str | None]] = {}
        for folded, words, node_id, name, is_label in self._names:
            if folded.startswith(fq):
                rank = 0
            elif all(any(w.startswith(qw) for w in words) for qw in qwords):
                rank = 1
            else:
                continue
            node = self.nodes[node_id]
            score = (rank, not is_label, -int(node["mentions"] or 0), node["_sort"])
            if node_id not in best or score < best[node_id][0]:
                best[node_id] = (score, None if is_label else name)
        ranked = sorted(best.items(), key=lambda item: (item[1][0], item[0]))
        if limit is not None:
            ranked = ranked[:limit]
        return [
            {
                "id": node_id,
                "label": self.nodes[node_id]["label"],
                "type": self.nodes[node_id]["type"],
                "mentions": self.nodes[node_id]["mentions"],
                "match": match,
            }
            for node_id, (_, match) in ranked
        ]

    # ------------------------------------------------------------------ layout
    def layout(self) -> dict[str, tuple[float, float]]:
        """Return the position of every node, computed once and cached.

        Each connected component gets a networkx spring layout (fixed seed) sized by its
        number of nodes; components larger than :data:`SPRING_CORE` run it on their most
        connected nodes and place the others near their placed neighbours. Components are
        then packed in rows, largest first. Coordinates are in pixels, centred on 0.

        Returns
        -------
        dict
            Node id → (x, y).
        """
        with self._layout_lock:
            if self._layout is None:
                self._layout = self._compute_layout()
            return self._layout

    def laid_out(self) -> dict[str, tuple[float, float]] | None:
        """The positions of the nodes if they were computed already, else None."""
        with self._layout_lock:
            return self._layout

    def keep_layout(self, old: Mapping[str, tuple[float, float]]) -> None:
        """Draw this graph where the same graph was drawn before a correction (*old*: node id
        → position), so that a correction moves nothing but what it changes: the nodes
        placed before keep their positions, a new node goes beside its placed neighbours
        (else under the drawing). Nothing is done when *old* is empty."""
        if not old or not self.nodes:
            return
        pos = keep_layout(old, self._by_rank, lambda n: [
            m for k in (*self.out_edges.get(n, ()), *self.in_edges.get(n, ()))
            for m in (k[0], k[2])])
        if pos is None:
            return
        with self._layout_lock:
            self._layout = pos

    def _compute_layout(self) -> dict[str, tuple[float, float]]:
        return compute_layout({n: str(d["label"]) for n, d in self.nodes.items()},
                              ((s, t) for s, _, t in self.edge_keys))

    # ------------------------------------------------------------------ details
    def node_ref(self, node_id: str | None) -> dict[str, Any] | None:
        """Return ``{"id", "label", "type"}`` of a node, or None."""
        if node_id is None or node_id not in self.nodes:
            return None
        node = self.nodes[node_id]
        return {"id": node_id, "label": node["label"], "type": node["type"]}

    def article_ref(self, article_id: str) -> dict[str, Any]:
        """Return ``{"id", "title", "date", "date_fr", "source", "author"}`` of an article (the id
        itself as title when it is unknown; the date ISO and in French, or null)."""
        art = self.articles.get(article_id) or {}
        return {"id": article_id, "title": art.get("title", article_id),
                "date": art.get("date") or None, "date_fr": french_date(art.get("date")) or None,
                "source": art.get("source") or None, "author": art.get("author") or None}

    def edge_roles(self, ev: Mapping[str, Any], source: str, target: str) -> list[tuple]:
        """Mark an edge quote's highlights as ``source``, ``target`` or ``verb``."""
        known = self._sentence_mentions.get((ev["article"], ev.get("sentence", -1)), [])
        return highlight_roles(ev.get("highlights") or [], known, source, target)

    def grouped(self, evidence: list[dict[str, Any]], quote) -> list[dict[str, Any]]:
        """Group evidence by article in corpus order, each quote made by ``quote(ev)``."""
        order = {a: i for i, a in enumerate(self.articles)}
        groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for ev in evidence:
            groups[ev["article"]].append(ev)
        out = []
        for art in sorted(groups, key=lambda a: (order.get(a, len(order)), a)):
            evs = sorted(groups[art], key=lambda e: (e.get("sentence", 0), e.get("start", 0)))
            out.append({**self.article_ref(art), "quotes": [quote(ev) for ev in evs]})
        return out

    def article_pieces(self, article_id: str) -> list[dict[str, Any]]:
        """Cut an article into sentences, mentions and boilerplate for the reader
        (`article_pieces` of the article and its mentions)."""
        return article_pieces(self.articles[article_id], self.mentions.get(article_id, []))

    def article_full(self, article_id: str) -> dict[str, Any] | None:
        """One article with its text, sentences and boilerplate, or None."""
        return self.articles.get(article_id)

    def article_mentions(self, article_id: str) -> list[tuple[int, int, str]]:
        """The mentions of an article, ``(start, end, node id)``, sorted."""
        return self.mentions.get(article_id, [])


def article_pieces(art: Mapping[str, Any],
                   mentions_of: Iterable[tuple[int, int, str]]) -> list[dict[str, Any]]:
    """Cut an article into sentences, mentions and boilerplate for the reader.

    Parameters
    ----------
    art : mapping
        The article: ``text``, ``sentences`` and ``boilerplate`` as ``graph.json`` has them.
    mentions_of : iterable of (int, int, str)
        Its mentions ``(start, end, node id)``, sorted.

    Returns
    -------
    list of dict
        Blocks in text order: ``{"sentence": i or None, "parts": [{"text", "node",
        "boilerplate"}]}``; the part texts concatenate to the article text.
    """
    text: str = art["text"]
    cuts = {0, len(text)}
    sentences = [(int(a), int(b)) for a, b in art["sentences"]]
    boiler = [
        (int(s[0]), int(s[1]), str(s[2]) if len(s) > 2 else "boilerplate")
        for s in art["boilerplate"]
    ]
    mentions = []
    last_end = -1
    for a, b, node in mentions_of:
        if a >= last_end and 0 <= a < b <= len(text):
            mentions.append((a, b, node))
            last_end = b
    for a, b in sentences:
        cuts.update((a, b))
    for a, b, _ in boiler:
        cuts.update((a, b))
    for a, b, _ in mentions:
        cuts.update((a, b))
    points = sorted(c for c in cuts if 0 <= c <= len(text))

    find_sentence, find_boiler, find_mention = (
        span_finder(spans) for spans in (sentences, boiler, mentions)
    )
    blocks: list[dict[str, Any]] = []
    for a, b in zip(points, points[1:], strict=False):
        if a == b:
            continue
        sidx, _ = find_sentence(a)
        _, bp = find_boiler(a)
        _, mention = find_mention(a)
        part = {
            "text": text[a:b],
            "node": mention[2] if mention else None,
            "boilerplate": bp[2] if bp else None,
        }
        if blocks and blocks[-1]["sentence"] == sidx:
            blocks[-1]["parts"].append(part)
        else:
            blocks.append({"sentence": sidx, "parts": [part]})
    return blocks


def highlight_roles(highlights, mentions, source: str, target: str) -> list[tuple]:
    """``(start, end, role)`` of each highlight of an edge quote: ``source`` or ``target``
    where it overlaps a mention ``(start, end, node)`` of that end, else ``verb``."""
    spans = []
    for a, b in highlights:
        role = "verb"
        for ma, mb, node in mentions:
            if ma < b and a < mb and node in (source, target):
                role = "source" if node == source else "target"
                break
        spans.append((a, b, role))
    return spans


def span_finder(spans: list[tuple]) -> Any:
    """A function giving, for an offset, ``(index, span)`` of the first of *spans* (``(start,
    end, …)``) that holds it, or ``(None, None)``: by bisection when the spans are in order
    and disjoint (what ``temoin build`` writes), else by a scan.

    Examples
    --------
    >>> find = span_finder([(0, 5), (5, 9), (12, 20)])
    >>> find(6), find(10)
    ((1, (5, 9)), (None, None))
    """
    if any(spans[i][1] > spans[i + 1][0] for i in range(len(spans) - 1)):

        def scan(a: int) -> tuple[int | None, tuple | None]:
            for i, span in enumerate(spans):
                if span[0] <= a < span[1]:
                    return i, span
            return None, None

        return scan
    starts = [span[0] for span in spans]

    def search(a: int) -> tuple[int | None, tuple | None]:
        i = bisect.bisect_right(starts, a) - 1
        if i >= 0 and spans[i][0] <= a < spans[i][1]:
            return i, spans[i]
        return None, None

    return search
