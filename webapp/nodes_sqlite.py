"""``/api/nodes/<id>`` answered from the SQLite store (``graph.store_sqlite``) by indexed
queries: the node by its id, the first edges of each of its relations through
``edge_ranks`` (ranked when the store is written), one page of quotes through the
``(node, quote)`` index."""

from __future__ import annotations

import functools
import json
import sqlite3
from typing import Any
from urllib.parse import quote

from flask import url_for

from graph.dates import french_date
from webapp.api import MAX_ARTICLE_REFS, MAX_EDGES_PER_RELATION, QUOTES_PAGE, edge_url
from webapp.store import UNCERTAIN_MODALITIES, int_param, segments


def _article_refs(conn: sqlite3.Connection, ids: list[str]) -> dict[str, dict[str, Any]]:
    refs = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        for aid, title, date, source, author in conn.execute(
                f"SELECT id, title, date, source, author FROM articles WHERE id IN ({marks})",
                chunk):
            refs[aid] = {"id": aid, "title": title if title is not None else aid,
                         "date": date or None, "date_fr": french_date(date) or None,
                         "source": source or None, "author": author or None}
    return refs


def _ref(aid: str, refs: dict[str, dict[str, Any]]) -> dict[str, Any]:
    return refs.get(aid) or {"id": aid, "title": aid, "date": None, "date_fr": None,
                             "source": None, "author": None}


@functools.lru_cache(maxsize=64)
def _modalities(text: str) -> list[str]:
    return json.loads(text)


def _relations(conn: sqlite3.Connection, node_row: int, node_id: str, column: str,
               root: str) -> tuple[list[dict[str, Any]], int]:
    """The relations of a node as the panel lists them, from its edges with it as their
    ``source`` or ``target`` (*column*): grouped by relation, each group's count and its
    first `MAX_EDGES_PER_RELATION` edges (most sources first, then by the other end's name,
    then in file order: ``edge_ranks``, ranked when the store was written); and the number
    of edges."""
    direction, other = (0, "target") if column == "source" else (1, "source")
    counts = dict(conn.execute(
        "SELECT relation, count(*) FROM edge_ranks WHERE node = ? AND direction = ? "
        "GROUP BY relation", (node_row, direction)))
    groups: dict[str, list[dict[str, Any]]] = {relation: [] for relation in sorted(counts)}
    for relation, sources, status, contradicted, modalities, o_id, o_label, o_type in (
            conn.execute(
                f"""SELECT r.relation, g.sources, g.status, g.contradicted, g.modalities,
                           o.id, o.label, o.type
                    FROM edge_ranks AS r JOIN edges AS g ON g.rowid = r.edge
                    JOIN nodes AS o ON o.rowid = g.{other}
                    WHERE r.node = ? AND r.direction = ? AND r.rank < ?
                    ORDER BY r.relation, r.rank""",
                (node_row, direction, MAX_EDGES_PER_RELATION))):
        mods = _modalities(modalities)
        s, t = (node_id, o_id) if column == "source" else (o_id, node_id)
        groups[relation].append({
            "source": s, "relation": relation, "target": t,
            "other": {"id": o_id, "label": o_label if o_label is not None else o_id,
                      "type": o_type or "MISC"},
            "sources": sources,
            "dashed": bool(mods) and all(m in UNCERTAIN_MODALITIES for m in mods),
            "modalities": list(mods), "status": status, "contradicted": bool(contradicted),
            "api": edge_url(s, relation, t, root)})
    return ([{"relation": r, "count": counts[r], "edges": edges} for r, edges in groups.items()],
            sum(counts.values()))


def node_detail_sqlite(store, node_id: str, raw_offset: str | None) -> dict[str, Any] | None:
    """Everything the side panel shows about *node_id*, read from *store* (a
    `webapp.sqlstore.SqlGraphStore`); None when there is no such node: label, type, aliases,
    relations (out and in, grouped by relation) and `QUOTES_PAGE` quotes from the offset,
    grouped by article, each cut into highlighted segments; ``quote_count`` (all of them),
    ``quotes_from``, ``more_quotes`` and ``more_url`` (the next page, or None).

    Raises
    ------
    ParamError
        When *raw_offset* (the ``offset`` parameter) is not a quote index of the node.
    """
    conn = store.conn()
    found = conn.execute("SELECT rowid, label, type, mentions, extra, articles FROM nodes "
                         "WHERE id = ?", (node_id,)).fetchone()
    if found is None:
        return None
    row, label, type_, mentions, extra, articles = found
    extra = json.loads(extra)
    total = conn.execute("SELECT count(*) FROM evidence WHERE node = ?", (row,)).fetchone()[0]
    start = 0 if raw_offset is None else int_param(raw_offset, "offset", 0,
                                                   max(total - 1, 0))
    articles = json.loads(articles) if articles is not None else None
    if articles is None:
        articles = [a for (a,) in conn.execute(
            """SELECT DISTINCT a.id FROM evidence AS e JOIN quotes AS q ON q.rowid = e.quote
               JOIN articles AS a ON a.rowid = q.article WHERE e.node = ?
               ORDER BY a.id""", (row,))]
    # quotes rowids are in (article, start, end) order, and sentences are in text
    # order: the memory's (article, sentence, start) order, read from the index
    shown = conn.execute(
        """SELECT a.id, coalesce(e.sentence, 0), e.sentence, q.start, q."end", q.text,
                  e.highlights
           FROM evidence AS e JOIN quotes AS q ON q.rowid = e.quote
           JOIN articles AS a ON a.rowid = q.article
           WHERE e.node = ? ORDER BY e.quote, e.rowid LIMIT ? OFFSET ?""",
        (row, QUOTES_PAGE, start)).fetchall()
    refs = _article_refs(conn, list(dict.fromkeys(
        [*articles[:MAX_ARTICLE_REFS], *(r[0] for r in shown)])))
    root = url_for("api.root")
    out_relations, out_count = _relations(conn, row, node_id, "source", root)
    in_relations, in_count = _relations(conn, row, node_id, "target", root)
    aliases = [a for (a,) in conn.execute(
        "SELECT alias FROM aliases WHERE node = ? ORDER BY rowid", (row,))]

    articles_base = url_for("views.articles")
    groups: list[dict[str, Any]] = []
    for aid, sentence, raw_sentence, q_start, q_end, text, highlights in shown:
        if not groups or groups[-1]["id"] != aid:
            groups.append({**_ref(aid, refs), "quotes": []})
        spans = [(a, b, "mention") for a, b in json.loads(highlights or "[]")]
        groups[-1]["quotes"].append({
            "sentence": raw_sentence, "start": q_start, "end": q_end, "text": text,
            "segments": segments(text, q_start, spans),
            "url": f"{articles_base}/{quote(aid, safe='')}?s={sentence}#s{sentence}"})
    after = max(total - start - len(shown), 0)
    return {
        "id": node_id,
        "label": label if label is not None else node_id,
        "type": type_ or "MISC",
        "aliases": aliases,
        "parts": [str(p) for p in extra.get("parts") or []],
        "mentions": mentions if mentions is not None else total,
        "degree": out_count + in_count,
        "articles": [_ref(a, refs) for a in articles[:MAX_ARTICLE_REFS]],
        "article_count": len(articles),
        "url": url_for("views.index", node=node_id),
        "relations": {"out": out_relations, "in": in_relations},
        "quotes": groups,
        "quote_count": total,
        "quotes_from": start,
        "more_quotes": after,
        "more_url": (f"{url_for('api.node', node_id=node_id)}?offset={start + len(shown)}"
                     if after else None),
    }
