"""The graph as the explorer serves it: the SQLite store (``graph.store_sqlite``), queried per
request and never loaded whole.

A :class:`SqlGraphStore` answers what the routes ask (a view, a page of the relations list, a
search, a node, an edge, an article) from indexed queries, with the answers
:class:`webapp.store.GraphStore` gives from a graph held in memory. What a view needs is
computed when the store is written: each node's degree, its rank by mentions and by degree,
its position in the drawing, the relation names and types, each edge's ranks in every sort
of the relations list. Only the articles' titles, dates and sources are held in memory (every
page lists them); their texts stay in the file.
"""

from __future__ import annotations

import functools
import json
import sqlite3
import threading
from collections import OrderedDict, defaultdict, deque
from collections.abc import Iterator, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any
from urllib.parse import quote

from graph.dates import french_date
from graph.model import TemoinError
from graph.store_sqlite import ORDER_COLUMNS, name_words, open_store, order_by, store_meta
from graph.text import fold as match_fold
from webapp.store import (
    _DAY,
    DEFAULT_LIMIT,
    UNCERTAIN_MODALITIES,
    EdgeKey,
    GraphStore,
    View,
    ViewParams,
    article_pieces,
    fold,
)

#: rows of an ``IN`` list passed at once (``json_each`` takes any number; this bounds memory).
_CHUNK = 50_000


@functools.lru_cache(maxsize=256)
def _parsed(text: str) -> Any:
    """A JSON text read once (the few modality lists and extras that repeat). Callers copy
    what they change."""
    return json.loads(text)


def _json(values) -> str:
    return json.dumps(list(values), ensure_ascii=False)


class _Nodes(Mapping):
    """Node id → the node's record, read from the store when asked (never all at once)."""

    def __init__(self, store: SqlGraphStore) -> None:
        self._store = store

    def __getitem__(self, node_id: str) -> dict[str, Any]:
        found = self._store.node_records([node_id])
        if node_id not in found:
            raise KeyError(node_id)
        return found[node_id]

    def __contains__(self, node_id: object) -> bool:
        return isinstance(node_id, str) and self._store.row_of(node_id) is not None

    def __iter__(self) -> Iterator[str]:
        return (r[0] for r in self._store.conn().execute("SELECT id FROM nodes ORDER BY rowid"))

    def __len__(self) -> int:
        return self._store.node_count


class _Edges(Mapping):
    """(source, relation, target) → the edge's record (no quotes: `edge_detail` pages them)."""

    def __init__(self, store: SqlGraphStore) -> None:
        self._store = store

    def __getitem__(self, key: EdgeKey) -> dict[str, Any]:
        found = self._store.edge_records([key])
        if key not in found:
            raise KeyError(key)
        return found[key]

    def __contains__(self, key: object) -> bool:
        return (isinstance(key, tuple) and len(key) == 3
                and all(isinstance(p, str) for p in key)
                and self._store.edge_row(key) is not None)

    def __iter__(self) -> Iterator[EdgeKey]:
        return iter(_EdgeKeys(self._store))

    def __len__(self) -> int:
        return self._store.edge_count


class _EdgeKeys:
    """The edges' keys in file order: ``edge_keys[i]`` is edge ``e<i>`` of the views."""

    def __init__(self, store: SqlGraphStore) -> None:
        self._store = store

    def __len__(self) -> int:
        return self._store.edge_count

    def __getitem__(self, index: int) -> EdgeKey:
        if not isinstance(index, int) or not 0 <= index < self._store.edge_count:
            raise IndexError(index)
        return self._store.keys_of_rows([index + 1])[index + 1]

    def __iter__(self) -> Iterator[EdgeKey]:
        return (tuple(r) for r in self._store.conn().execute(
                "SELECT s.id, e.relation, t.id FROM edges AS e JOIN nodes AS s "
                "ON s.rowid = e.source JOIN nodes AS t ON t.rowid = e.target ORDER BY e.rowid"))


class _EdgeIndex(Mapping):
    """(source, relation, target) → its index in `_EdgeKeys`."""

    def __init__(self, store: SqlGraphStore) -> None:
        self._store = store

    def __getitem__(self, key: EdgeKey) -> int:
        row = self._store.edge_row(key)
        if row is None:
            raise KeyError(key)
        return row - 1

    def __iter__(self) -> Iterator[EdgeKey]:
        return iter(_EdgeKeys(self._store))

    def __len__(self) -> int:
        return self._store.edge_count


class _Degree(Mapping):
    """Node id → its number of edges (both directions), computed when the store was written."""

    def __init__(self, store: SqlGraphStore) -> None:
        self._store = store

    def __getitem__(self, node_id: str) -> int:
        row = self._store.conn().execute("SELECT degree FROM nodes WHERE id = ?",
                                         (node_id,)).fetchone()
        if row is None:
            raise KeyError(node_id)
        return row[0]

    def __iter__(self) -> Iterator[str]:
        return iter(_Nodes(self._store))

    def __len__(self) -> int:
        return self._store.node_count


class SqlGraphStore:
    """The explorer's graph, read from an SQLite store per request.

    Parameters
    ----------
    path : str or Path
        A store written by `graph.store_sqlite.write_sqlite` (of `STORE_VERSION`).
    source : str, optional
        What to call it in messages.

    Raises
    ------
    graph.model.TemoinError
        Naming the file, when it is missing, not SQLite, not a Témoin store or of another
        version.
    """

    parse_params = GraphStore.parse_params
    parse_sort = GraphStore.parse_sort
    _remember = GraphStore._remember

    def __init__(self, path: str | Path, source: str | None = None) -> None:
        self.path = Path(path)
        self.source = source or str(path)
        self._local = threading.local()
        conn = open_store(self.path)  # checked: a Témoin store of this version
        try:
            meta = store_meta(conn)
            self.meta = meta
            self.types: list[str] = json.loads(meta["types"])
            self.relations: dict[str, int] = json.loads(meta["relations"])
            self.node_count = conn.execute("SELECT max(rowid) FROM nodes").fetchone()[0] or 0
            self.edge_count = conn.execute("SELECT max(rowid) FROM edges").fetchone()[0] or 0
            #: id → ``{"id", "title", "date", "source", "author", "group", "copies", "path"}``
            #: in corpus order (no text: `article_full` reads one article)
            self.articles: dict[str, dict[str, Any]] = {}
            for aid, title, date, source, author, grp, copies, path in conn.execute(
                    "SELECT id, title, date, source, author, grp, copies, path FROM articles "
                    "ORDER BY rowid"):
                self.articles[aid] = {"id": aid, "title": title if title is not None else aid,
                                      "date": date, "source": source, "author": author,
                                      "group": grp, "copies": copies, "path": path}
        except (KeyError, ValueError, sqlite3.Error) as exc:
            conn.close()
            raise TemoinError(f"{self.path} is not a sound Témoin store ({exc}): "
                              "build it again") from None
        self._local.conn = conn
        self._conns = [conn]
        self._conns_lock = threading.Lock()
        self.nodes = _Nodes(self)
        self.edges = _Edges(self)
        self.edge_keys = _EdgeKeys(self)
        self.edge_index = _EdgeIndex(self)
        self.degree = _Degree(self)
        self._layout: dict[str, tuple[float, float]] | None = None
        self._layout_lock = threading.Lock()
        self._memo: OrderedDict[Any, Any] = OrderedDict()
        self._memo_lock = threading.Lock()

    # ------------------------------------------------------------------ connections
    def conn(self) -> sqlite3.Connection:
        """This thread's read-only connection to the store."""
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = open_store(self.path)
            self._local.conn = conn
            with self._conns_lock:
                self._conns.append(conn)
        return conn

    def close(self) -> None:
        """Close every connection opened to the store (a store swapped out)."""
        with self._conns_lock:
            for conn in self._conns:
                conn.close()
            self._conns.clear()

    # ------------------------------------------------------------------ lookups
    def row_of(self, node_id: str) -> int | None:
        row = self.conn().execute("SELECT rowid FROM nodes WHERE id = ?", (node_id,)).fetchone()
        return row[0] if row else None

    def edge_row(self, key: EdgeKey) -> int | None:
        row = self.conn().execute(
            "SELECT e.rowid FROM edges AS e WHERE e.source = (SELECT rowid FROM nodes WHERE id = ?)"
            " AND e.relation = ? AND e.target = (SELECT rowid FROM nodes WHERE id = ?)",
            key).fetchone()
        return row[0] if row else None

    def keys_of_rows(self, rows) -> dict[int, EdgeKey]:
        """Edge row → (source, relation, target)."""
        out: dict[int, EdgeKey] = {}
        rows = list(rows)
        for i in range(0, len(rows), _CHUNK):
            for row, s, r, t in self.conn().execute(
                    "SELECT e.rowid, s.id, e.relation, t.id FROM edges AS e "
                    "JOIN nodes AS s ON s.rowid = e.source JOIN nodes AS t ON t.rowid = e.target "
                    "WHERE e.rowid IN (SELECT value FROM json_each(?))",
                    (_json(rows[i:i + _CHUNK]),)):
                out[row] = (s, r, t)
        return out

    def node_records(self, ids) -> dict[str, dict[str, Any]]:
        """Node id → ``{"id", "label", "type", "aliases", "parts", "mentions", "_sort",
        "degree", "x", "y"}`` for those of *ids* that exist."""
        ids = list(dict.fromkeys(ids))
        out: dict[str, dict[str, Any]] = {}
        rows: dict[int, dict[str, Any]] = {}
        conn = self.conn()
        for i in range(0, len(ids), _CHUNK):
            for row, nid, label, type_, mentions, sort, extra, degree, x, y in conn.execute(
                    "SELECT rowid, id, label, type, mentions, sort, extra, degree, x, y "
                    "FROM nodes WHERE id IN (SELECT value FROM json_each(?))",
                    (_json(ids[i:i + _CHUNK]),)):
                extra = _parsed(extra) if extra != "{}" else {}
                node = {"id": nid, "label": label if label is not None else nid,
                        "type": type_ or "MISC", "aliases": [],
                        "parts": [str(p) for p in extra.get("parts") or []],
                        "mentions": mentions, "_sort": sort, "degree": degree, "x": x, "y": y}
                rows[row] = out[nid] = node
        if rows:
            for node, alias in conn.execute(
                    "SELECT node, alias FROM aliases WHERE node IN "
                    "(SELECT value FROM json_each(?)) ORDER BY rowid", (_json(rows),)):
                rows[node]["aliases"].append(alias)
        return out

    def node_articles(self, node_id: str) -> list[str]:
        """The articles of a node, sorted by id (as ``graph.json`` lists them)."""
        row = self.row_of(node_id)
        found = self.conn().execute("SELECT articles FROM nodes WHERE rowid = ?",
                                    (row,)).fetchone()
        if found and found[0] is not None:
            return list(json.loads(found[0]))
        return sorted(a for (a,) in self.conn().execute(
            "SELECT article FROM node_articles WHERE node = ?", (row,)))

    def edge_records(self, keys=None, rows=None) -> dict[EdgeKey, dict[str, Any]]:
        """(source, relation, target) → ``{"source", "relation", "target", "index",
        "sources", "copies", "status", "contradicted", "modalities", "dashed", "date",
        "date_last", "day", "quotes"}`` for the edges named by *keys* or by *rows*."""
        if rows is None:
            rows = [r for k in dict.fromkeys(keys or []) if (r := self.edge_row(k)) is not None]
        rows = list(rows)
        out: dict[EdgeKey, dict[str, Any]] = {}
        for i in range(0, len(rows), _CHUNK):
            for (row, s, relation, t, sources, copies, status, contradicted, modalities,
                 dashed, date, date_last, day, quotes) in self.conn().execute(
                    "SELECT e.rowid, s.id, e.relation, t.id, e.sources, e.copies, e.status, "
                    "e.contradicted, e.modalities, e.dashed, e.date, e.date_last, e.day, "
                    "e.quotes FROM edges AS e JOIN nodes AS s ON s.rowid = e.source "
                    "JOIN nodes AS t ON t.rowid = e.target "
                    "WHERE e.rowid IN (SELECT value FROM json_each(?)) ORDER BY e.rowid",
                    (_json(rows[i:i + _CHUNK]),)):
                out[(s, relation, t)] = {
                    "source": s, "relation": relation, "target": t, "index": row - 1,
                    "sources": sources, "copies": copies, "status": status,
                    "contradicted": bool(contradicted), "modalities": list(_parsed(modalities)),
                    "dashed": bool(dashed), "date": date, "date_last": date_last, "day": day,
                    "quotes": quotes}
        return out

    def edge_articles(self, key: EdgeKey) -> list[str]:
        """The articles of an edge, sorted by id."""
        row = self.edge_row(key)
        found = self.conn().execute("SELECT articles FROM edges WHERE rowid = ?",
                                    (row,)).fetchone()
        if found and found[0] is not None:
            return list(json.loads(found[0]))
        return sorted(a for (a,) in self.conn().execute(
            "SELECT article FROM edge_articles WHERE edge = ?", (row,)))

    def records(self, node_ids, edge_keys, edge_rows=None
                ) -> tuple[dict[str, dict], dict[EdgeKey, dict]]:
        """The records of a view's nodes and edges (by their rows when given), read at once."""
        return self.node_records(node_ids), self.edge_records(edge_keys, edge_rows)

    def most_quoted_articles(self, n: int) -> list[str]:
        """The *n* articles with the most quoted sentences (then in corpus order)."""
        return [a for (a,) in self.conn().execute(
            """SELECT a.id FROM (SELECT article, count(*) AS quoted FROM quotes
                                 GROUP BY article) AS q JOIN articles AS a ON a.rowid = q.article
               ORDER BY q.quoted DESC, a.rowid LIMIT ?""", (n,))]

    def sources_of_edges(self, rows) -> int:
        """How many articles support the edges of these rows together, the copies of one
        dispatch counted once (their group). Kept for the store's life, as views are: the
        same family of edges between two hubs is drawn in many views."""
        rows = tuple(sorted(rows))
        return self._remember(("sources", rows), lambda: self.conn().execute(
            """SELECT count(DISTINCT coalesce(nullif(a.grp, ''), ea.article))
               FROM edge_articles AS ea LEFT JOIN articles AS a ON a.id = ea.article
               WHERE ea.edge IN (SELECT value FROM json_each(?))""", (_json(rows),)).fetchone()[0])

    def node_ref(self, node_id: str | None) -> dict[str, Any] | None:
        """Return ``{"id", "label", "type"}`` of a node, or None."""
        if node_id is None:
            return None
        row = self.conn().execute("SELECT label, type FROM nodes WHERE id = ?",
                                  (node_id,)).fetchone()
        if row is None:
            return None
        return {"id": node_id, "label": row[0] if row[0] is not None else node_id,
                "type": row[1] or "MISC"}

    def article_ref(self, article_id: str) -> dict[str, Any]:
        """As `GraphStore.article_ref`."""
        art = self.articles.get(article_id) or {}
        return {"id": article_id, "title": art.get("title", article_id),
                "date": art.get("date") or None, "date_fr": french_date(art.get("date")) or None,
                "source": art.get("source") or None, "author": art.get("author") or None}

    def article_full(self, article_id: str) -> dict[str, Any] | None:
        """One article as ``graph.json`` holds it (its text, ``sentences`` as ``[start, end]``
        pairs, ``boilerplate``), or None."""
        conn = self.conn()
        found = conn.execute("SELECT rowid, text, extra, sha256, copy_of FROM articles "
                             "WHERE id = ?", (article_id,)).fetchone()
        if found is None:
            return None
        row, text, extra, sha256, copy_of = found
        extra = json.loads(extra)
        art = {**extra, **self.articles[article_id], "sha256": sha256, "copy_of": copy_of}
        art.update({"text": text, "boilerplate": extra.get("boilerplate") or [],
                    "sentences": [[a, b] for a, b in conn.execute(
                        'SELECT start, "end" FROM sentences WHERE article = ? ORDER BY idx',
                        (row,))]})
        return art

    def article_mentions(self, article_id: str) -> list[tuple[int, int, str]]:
        """The mentions of an article: ``(start, end, node id)``, sorted (the nodes' quote
        highlights)."""
        spans = []
        for highlights, node in self.conn().execute(
                """SELECT e.highlights, n.id FROM quotes AS q
                   JOIN evidence AS e ON e.quote = q.rowid JOIN nodes AS n ON n.rowid = e.node
                   WHERE q.article = (SELECT rowid FROM articles WHERE id = ?)""",
                (article_id,)):
            spans += [(a, b, node) for a, b in json.loads(highlights or "[]")]
        spans.sort()
        return spans

    def article_pieces(self, article_id: str) -> list[dict[str, Any]]:
        """As `GraphStore.article_pieces`."""
        return article_pieces(self.article_full(article_id),
                              self.article_mentions(article_id))

    # ------------------------------------------------------------------ layout
    def layout(self) -> dict[str, tuple[float, float]]:
        """Every node's position, computed when the store was written (read once)."""
        with self._layout_lock:
            if self._layout is None:
                self._layout = {n: (x, y) for n, x, y in self.conn().execute(
                    "SELECT id, x, y FROM nodes")}
            return self._layout

    def laid_out(self) -> dict[str, tuple[float, float]]:
        """The positions (always there: written with the store)."""
        return self.layout()

    # ------------------------------------------------------------------ search
    def search(self, q: str, limit: int | None = 10) -> list[dict[str, Any]]:
        """As `GraphStore.search`, from the ``names`` and ``name_words`` tables: a name
        starting with the query (a range of the folded names' index), or every word of the
        query starting a word of the name (a range of the words' index per query word)."""
        fq = fold(q).strip()
        qwords = name_words(fq)
        if not qwords:
            return []
        def after(prefix: str) -> str:
            return prefix[:-1] + chr(ord(prefix[-1]) + 1)

        if limit is not None:
            # labels starting with the query rank first: when they alone fill the answer,
            # the other names (a short prefix matches thousands) are never ranked
            rows = self.conn().execute(
                """SELECT n.id, n.label, n.type, n.mentions FROM names AS m
                   JOIN nodes AS n ON n.rowid = m.node
                   WHERE m.folded >= ? AND m.folded < ? AND m.is_label = 1
                   ORDER BY n.mentions_n DESC, n.sort, n.id LIMIT ?""",
                (fq, after(fq), limit)).fetchall()
            if len(rows) == limit:
                return [{"id": nid, "label": label if label is not None else nid,
                         "type": type_ or "MISC", "mentions": mentions, "match": None}
                        for nid, label, type_, mentions in rows]
        words = list(dict.fromkeys(qwords))
        by_words = " INTERSECT ".join(
            "SELECT name FROM name_words WHERE word >= ? AND word < ?" for _ in words)
        args: list[Any] = [a for w in words for a in (w, after(w))]
        rows = self.conn().execute(
            f"""WITH hits(name) AS (
                    {by_words} UNION SELECT rowid FROM names WHERE folded >= ? AND folded < ?),
                scored AS (
                    SELECT m.node AS node, m.rowid AS name_row, m.name AS name,
                           m.is_label AS is_label, (m.folded >= ? AND m.folded < ?) AS prefix
                    FROM hits JOIN names AS m ON m.rowid = hits.name),
                best AS (
                    SELECT *, row_number() OVER (PARTITION BY node
                        ORDER BY prefix DESC, is_label DESC, name_row) AS k FROM scored)
                SELECT n.id, n.label, n.type, n.mentions, b.name, b.is_label
                FROM best AS b JOIN nodes AS n ON n.rowid = b.node WHERE b.k = 1
                ORDER BY b.prefix DESC, b.is_label DESC, n.mentions_n DESC, n.sort, n.id
                LIMIT ?""",
            [*args, fq, after(fq), fq, after(fq), -1 if limit is None else limit]).fetchall()
        return [{"id": nid, "label": label if label is not None else nid,
                 "type": type_ or "MISC", "mentions": mentions,
                 "match": None if is_label else name}
                for nid, label, type_, mentions, name, is_label in rows]

    def find_node(self, ref: Mapping[str, Any]) -> str | None:
        """As `graph.corrections.find_node`: the node a reference ``{"name", "type"}`` names
        (label exact, then folded, then an alias exact, then folded; the most mentioned)."""
        name, wanted = str(ref["name"]), ref.get("type")
        best = None
        for nid, type_, mentions, is_label, candidate in self.conn().execute(
                """SELECT n.id, n.type, n.mentions, m.is_label, m.name FROM names AS m
                   JOIN nodes AS n ON n.rowid = m.node WHERE m.matched = ? OR m.name = ?""",
                (match_fold(name), name)):
            if wanted and type_ != wanted:
                continue
            exact = candidate == name
            rank = (0 if exact else 1) if is_label else (2 if exact else 3)
            key = (rank, -int(mentions or 0), nid)
            if best is None or key < best:
                best = key
        return best[2] if best else None

    # ------------------------------------------------------------------ view
    def view(self, params: ViewParams) -> View:
        """As `GraphStore.view` (the same nodes and edges in the same order)."""
        return self._remember(("view", params), lambda: self._view(params))

    def _is_whole(self, params: ViewParams) -> bool:
        """No filter, search nor focus: the view is the top of the precomputed ranking."""
        return not (params.types or params.articles or params.relations or params.q
                    or params.focus or params.pinned or params.asserted
                    or params.min_sources > int(self.meta.get("least_sources", 0))
                    or params.date_from or params.date_to)

    def _view(self, params: ViewParams) -> View:
        """`view` computed."""
        conn = self.conn()
        if self._is_whole(params):
            shown_rows = [r for (r,) in conn.execute(
                "SELECT rowid FROM nodes ORDER BY degree DESC, mentions_n DESC, sort, id LIMIT ?",
                (params.limit,))]
            ids = dict(conn.execute("SELECT rowid, id FROM nodes WHERE rowid IN "
                                    "(SELECT value FROM json_each(?))", (_json(shown_rows),)))
            edge_rows = [r for (r,) in conn.execute(
                """SELECT rowid FROM edges
                   WHERE source IN (SELECT value FROM json_each(:shown))
                     AND target IN (SELECT value FROM json_each(:shown)) ORDER BY rowid""",
                {"shown": _json(shown_rows)})]
            keys = self.keys_of_rows(edge_rows)
            return View([ids[r] for r in shown_rows], [keys[r] for r in edge_rows],
                        self.node_count, self.edge_count, params, edge_rows)
        return self._filtered_view(params)

    def _node_filter(self, params: ViewParams) -> tuple[str, dict[str, Any]]:
        """The SQL condition on ``n`` of the nodes a view keeps by type and article."""
        arts = self._view_articles(params)
        cond, args = [], {}
        if params.types:
            cond.append("n.type IN (SELECT value FROM json_each(:types))")
            args["types"] = _json(params.types)
        if arts is not None:
            cond.append("n.rowid IN (SELECT node FROM node_articles WHERE article IN "
                        "(SELECT value FROM json_each(:arts)))")
            args["arts"] = _json(arts)
        return " AND ".join(cond) or "1", args

    def _view_articles(self, params: ViewParams) -> set[str] | None:
        arts = set(params.articles)
        if params.date_from or params.date_to:  # the articles dated in the range
            low, high = params.date_from or "0000-00-00", params.date_to or "9999-99-99"
            dated = {a for a, art in self.articles.items()
                     if _DAY.fullmatch(art.get("date") or "") and low <= art["date"] <= high}
            arts = (arts & dated if arts else dated) or {""}  # none: nothing is kept
        return arts or None

    def _filtered_view(self, params: ViewParams) -> View:
        conn = self.conn()
        special_ids = [n for n in (params.focus, *params.pinned) if n is not None]
        special = {self.row_of(n) for n in special_ids} - {None}
        node_cond, args = self._node_filter(params)
        if node_cond == "1":
            nodes: set[int] | None = None  # every node
        else:
            nodes = {r for (r,) in conn.execute(
                f"SELECT n.rowid FROM nodes AS n WHERE {node_cond}", args)}
            nodes |= special
        edge_cond = ["e.sources >= :min_sources"]
        args = {"min_sources": params.min_sources}
        if params.relations:
            edge_cond.append("e.relation IN (SELECT value FROM json_each(:rels))")
            args["rels"] = _json(params.relations)
        if params.asserted:
            edge_cond.append("e.dashed = 0")
        arts = self._view_articles(params)
        if arts is not None:
            edge_cond.append("e.rowid IN (SELECT edge FROM edge_articles WHERE article IN "
                             "(SELECT value FROM json_each(:arts)))")
            args["arts"] = _json(arts)
        if nodes is not None:
            edge_cond.append("e.source IN (SELECT value FROM json_each(:nodes)) AND "
                             "e.target IN (SELECT value FROM json_each(:nodes))")
            args["nodes"] = _json(nodes)
        where = " AND ".join(edge_cond)
        edges = conn.execute(f"SELECT e.rowid, e.source, e.target FROM edges AS e "
                             f"WHERE {where} ORDER BY e.rowid", args).fetchall()
        if params.relations or params.min_sources > 1 or params.asserted:
            nodes = {n for _, s, t in edges for n in (s, t)} | special
        if params.q or params.focus:
            adjacency: dict[int, set[int]] = defaultdict(set)
            for _, s, t in edges:
                adjacency[s].add(t)
                adjacency[t].add(s)
            if params.q:
                hits = set(self.rows_of(r["id"] for r in self.search(params.q, limit=None)))
                keep = set(hits if nodes is None else hits & nodes)
                for n in list(keep):
                    keep |= adjacency[n] if nodes is None else adjacency[n] & nodes
                nodes = keep | special
            if params.focus:
                focus = self.row_of(params.focus)
                seen = {focus: 0}
                queue = deque([focus])
                while queue:
                    n = queue.popleft()
                    if seen[n] >= params.depth:
                        continue
                    for m in sorted(adjacency[n]):
                        if (nodes is None or m in nodes) and m not in seen:
                            seen[m] = seen[n] + 1
                            queue.append(m)
                nodes = set(seen) | special
        if nodes is not None:
            edges = [e for e in edges if e[1] in nodes and e[2] in nodes]
        local: dict[int, int] = defaultdict(int)
        for _, s, t in edges:
            local[s] += 1
            local[t] += 1
        total_nodes = self.node_count if nodes is None else len(nodes)
        size = max(params.limit, len(special))
        linked = [n for n in ((set(local) | special) if nodes is None else nodes)
                  if local.get(n) or n in special]
        mrank = self._mranks(linked)
        shown = sorted(linked, key=lambda n: (n not in special, -local.get(n, 0), mrank[n]))[:size]
        if len(shown) < size:  # then the unlinked nodes, by mentions and name
            if nodes is None:
                rest = conn.execute(
                    "SELECT rowid FROM nodes WHERE rowid NOT IN (SELECT value FROM json_each(?))"
                    " ORDER BY mentions_n DESC, sort, id LIMIT ?", (_json(set(local) | special),
                                                size - len(shown))).fetchall()
                shown += [r for (r,) in rest]
            else:
                others = [n for n in nodes if not local.get(n) and n not in special]
                ranks = self._mranks(others)
                shown += sorted(others, key=ranks.__getitem__)[: size - len(shown)]
        shown_set = set(shown)
        shown_edges = [row for row, s, t in edges if s in shown_set and t in shown_set]
        ids = self._ids(shown)
        keys = self.keys_of_rows(shown_edges)
        return View([ids[n] for n in shown], [keys[r] for r in shown_edges], total_nodes,
                    len(edges), params, shown_edges)

    def rows_of(self, ids) -> list[int]:
        """The rows of the nodes of these ids (those that exist)."""
        ids = list(ids)
        out: list[int] = []
        for i in range(0, len(ids), _CHUNK):
            out += [r for (r,) in self.conn().execute(
                "SELECT rowid FROM nodes WHERE id IN (SELECT value FROM json_each(?))",
                (_json(ids[i:i + _CHUNK]),))]
        return out

    def _mranks(self, rows) -> dict[int, tuple[int, str, str]]:
        """Node row → its key in the order of mentions, then name, then id."""
        out: dict[int, tuple[int, str, str]] = {}
        rows = list(rows)
        for i in range(0, len(rows), _CHUNK):
            for row, mentions, sort, nid in self.conn().execute(
                    "SELECT rowid, mentions_n, sort, id FROM nodes WHERE rowid IN "
                    "(SELECT value FROM json_each(?))", (_json(rows[i:i + _CHUNK]),)):
                out[row] = (-mentions, sort, nid)
        return out

    def _ids(self, rows) -> dict[int, str]:
        out: dict[int, str] = {}
        rows = list(rows)
        for i in range(0, len(rows), _CHUNK):
            out.update(self.conn().execute(
                "SELECT rowid, id FROM nodes WHERE rowid IN (SELECT value FROM json_each(?))",
                (_json(rows[i:i + _CHUNK]),)))
        return out

    # ------------------------------------------------------------------ relations list
    def relation_page(self, params: ViewParams, sort: str, order: str, first: int,
                      count: int) -> tuple[int, list[EdgeKey]]:
        """The number of edges of the view *params* selects (without its size limit), and
        *count* of them from *first* in the order of the relations list (`GraphStore.
        relation_list`): an indexed ``ORDER BY … LIMIT`` on the ranks written with the store
        when nothing is filtered, else the view's edges sorted by those ranks."""
        if sort not in ORDER_COLUMNS or order not in ("asc", "desc"):
            raise ValueError(f"no sort {sort!r} {order!r}")
        column = order_by(sort, order)
        conn = self.conn()
        if self._is_whole(params):
            rows = [r for (r,) in conn.execute(
                f"SELECT rowid FROM edges ORDER BY {column} LIMIT ? OFFSET ?", (count, first))]
            keys = self.keys_of_rows(rows)
            return self.edge_count, [keys[r] for r in rows]
        ranked = self._remember(
            ("relations", replace(params, limit=DEFAULT_LIMIT), sort, order),
            lambda: self._ranked_rows(params, column))
        rows = ranked[first:first + count]
        keys = self.keys_of_rows(rows)
        return len(ranked), [keys[r] for r in rows]

    def _ranked_rows(self, params: ViewParams, column: str) -> list[int]:
        view = self.view(replace(params, limit=max(self.node_count, 1)))
        return [r for (r,) in self.conn().execute(
            f"SELECT rowid FROM edges WHERE rowid IN (SELECT value FROM json_each(?)) "
            f"ORDER BY {column}", (_json(view.edge_rows or []),))]

    def relation_list(self, params: ViewParams, sort: str = "sources",
                      order: str = "desc") -> list[EdgeKey]:
        """Every edge of the view, sorted (`relation_page` of them all)."""
        return self.relation_page(params, sort, order, 0, max(self.edge_count, 1))[1]

    # ------------------------------------------------------------------ quotes
    def sentence_mentions(self, article_id: str, sentences) -> dict[int, list[tuple]]:
        """Sentence index → the node mentions highlighted in it ``(start, end, node id)``, in
        the order of the nodes' quotes (`GraphStore.edge_roles` reads them so)."""
        out: dict[int, list[tuple]] = defaultdict(list)
        for sentence, highlights, node in self.conn().execute(
                """SELECT e.sentence, e.highlights, n.id FROM quotes AS q
                   JOIN evidence AS e ON e.quote = q.rowid JOIN nodes AS n ON n.rowid = e.node
                   WHERE q.article = (SELECT rowid FROM articles WHERE id = ?)
                     AND e.sentence IN (SELECT value FROM json_each(?))
                   ORDER BY e.rowid""", (article_id, _json(sentences))):
            out[sentence] += [(a, b, node) for a, b in json.loads(highlights or "[]")]
        return out

    def edge_quote(self, key: EdgeKey, article_id: str, start: Any) -> dict[str, Any] | None:
        """The quote of an edge at *start* in *article_id* (``{"article", "start", "end",
        "text"}``), or None."""
        row = self.edge_row(key)
        if row is None or not isinstance(start, int) or not isinstance(article_id, str):
            return None
        found = self.conn().execute(
            """SELECT q.start, q."end", q.text FROM evidence AS e JOIN quotes AS q
               ON q.rowid = e.quote WHERE e.edge = ? AND q.start = ?
               AND q.article = (SELECT rowid FROM articles WHERE id = ?)""",
            (row, start, article_id)).fetchone()
        if found is None:
            return None
        return {"article": article_id, "start": found[0], "end": found[1], "text": found[2]}

    def edge_evidence(self, key: EdgeKey, start: int, count: int
                      ) -> tuple[int, list[dict[str, Any]]]:
        """How many quotes an edge has, and *count* of them from *start* in corpus order
        (article, then offset), each as ``graph.json`` has it."""
        row = self.edge_row(key)
        conn = self.conn()
        total = conn.execute("SELECT quotes FROM edges WHERE rowid = ?", (row,)).fetchone()[0]
        out = []
        for (aid, sentence, q_start, q_end, text, modality, attributed, verb,
             highlights) in conn.execute(
                """SELECT a.id, e.sentence, q.start, q."end", q.text, e.modality,
                          e.attributed_to, e.verb, e.highlights
                   FROM evidence AS e JOIN quotes AS q ON q.rowid = e.quote
                   JOIN articles AS a ON a.rowid = q.article
                   WHERE e.edge = ? ORDER BY e.quote, e.rowid LIMIT ? OFFSET ?""",
                (row, count, start)):
            ev = {"article": aid, "start": q_start, "end": q_end, "text": text,
                  "modality": modality, "attributed_to": attributed, "verb": verb,
                  "highlights": json.loads(highlights or "[]")}
            if sentence is not None:
                ev["sentence"] = sentence
            out.append(ev)
        return total, out


def dashed_of(modalities: list[str]) -> bool:
    """Whether an edge whose quotes have these modalities is drawn dashed."""
    return bool(modalities) and all(m in UNCERTAIN_MODALITIES for m in modalities)


def article_url(base: str, article_id: str, sentence: int) -> str:
    """The reader URL of a sentence."""
    return f"{base}/{quote(article_id, safe='')}?s={sentence}#s{sentence}"
