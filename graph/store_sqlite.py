"""The graph as an SQLite database (standard library ``sqlite3``), with full-text search of
its quotes (FTS5).

`write_sqlite` writes the node-link dict that ``temoin build`` writes as JSON
(``docs/graph-json.md``) into one SQLite file, atomically: articles, their sentences,
nodes and their aliases, edges, and every quote (``quotes``: one row per distinct
``(article, start, end)``, byte-exact) with the evidence rows that tie a quote to the node
or edge it supports. ``quotes_fts`` indexes the quotes' words, accents and case folded
(``unicode61 remove_diacritics 2``). `search_quotes` answers a user's words from that index,
a page at a time, never reading the table whole. The tables are described in
``docs/store.md``.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
import tempfile
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graph.layout import compute_layout, keep_layout
from graph.model import TemoinError
from graph.text import fold as match_fold

try:
    import fcntl
except ImportError:  # not POSIX: no lock on the temporary file
    fcntl = None

#: claim statuses, strongest first (as ``webapp.store.STATUS_ORDER``).
STATUS_ORDER = ("asserted", "reported", "alleged", "hypothetical", "denied")
#: bumped when the tables change: a store of another version is written again.
STORE_VERSION = 2
#: the FTS5 tokenizer of the quotes: words of letters and digits, accents and case folded.
TOKENIZER = "unicode61 remove_diacritics 2"
#: at most this many words of a query are searched.
MAX_QUERY_WORDS = 16
#: matches are counted up to this many (``total_capped`` says when there are more).
COUNT_CAP = 10_000

_WORD = re.compile(r"\w+")

#: the relations list's sort columns (``webapp.store.RELATION_SORTS``) → the column of
#: ``edges`` each sorts by; ties are broken by source, relation and target name, then ids.
ORDER_COLUMNS = {"sources": "sources_n", "relation": "rel_sort", "source": "src_sort",
                 "target": "tgt_sort", "status": "status_n", "date": "date_key"}
_TIE = ("src_sort", "rel_sort", "tgt_sort", "src_id", "relation", "tgt_id")


def order_by(sort: str, order: str) -> str:
    """The ``ORDER BY`` of the relations list sorted by *sort* in *order* (``asc`` or
    ``desc``), which an index of ``edges`` answers.

    Examples
    --------
    >>> order_by("source", "desc")
    'src_sort DESC, rel_sort, tgt_sort, src_id, relation, tgt_id'
    """
    column = ORDER_COLUMNS[sort]
    return ", ".join([f"{column} {order.upper()}", *(c for c in _TIE if c != column)])


ORDER_INDEXES = "\n".join(f"CREATE INDEX edges_by_{s}_{o} ON edges({order_by(s, o)});"
                          for s in ORDER_COLUMNS for o in ("asc", "desc"))

SCHEMA = f"""
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE articles (
    rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, title TEXT, path TEXT, sha256 TEXT,
    text TEXT NOT NULL, date TEXT, source TEXT, author TEXT, grp TEXT, copies INTEGER,
    copy_of TEXT, extra TEXT NOT NULL);
CREATE TABLE sentences (
    article INTEGER NOT NULL REFERENCES articles(rowid), idx INTEGER NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, PRIMARY KEY (article, idx)) WITHOUT ROWID;
CREATE TABLE nodes (
    rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, label TEXT, type TEXT,
    mentions INTEGER, sort TEXT NOT NULL, extra TEXT NOT NULL,
    degree INTEGER NOT NULL, mentions_n INTEGER NOT NULL,
    x REAL NOT NULL, y REAL NOT NULL, articles TEXT);
CREATE INDEX nodes_view ON nodes(degree DESC, mentions_n DESC, sort, id);
CREATE INDEX nodes_rank ON nodes(mentions_n DESC, sort, id);
CREATE INDEX nodes_type ON nodes(type);
CREATE TABLE node_articles (
    article TEXT NOT NULL, node INTEGER NOT NULL, PRIMARY KEY (article, node)) WITHOUT ROWID;
CREATE INDEX node_articles_node ON node_articles(node);
CREATE TABLE names (
    rowid INTEGER PRIMARY KEY, node INTEGER NOT NULL, name TEXT NOT NULL,
    folded TEXT NOT NULL, is_label INTEGER NOT NULL, matched TEXT NOT NULL);
CREATE INDEX names_folded ON names(folded);
CREATE INDEX names_matched ON names(matched);
CREATE TABLE name_words (
    word TEXT NOT NULL, name INTEGER NOT NULL, PRIMARY KEY (word, name)) WITHOUT ROWID;
CREATE TABLE aliases (
    node INTEGER NOT NULL REFERENCES nodes(rowid), alias TEXT NOT NULL, folded TEXT NOT NULL);
CREATE INDEX aliases_folded ON aliases(folded);
CREATE INDEX aliases_node ON aliases(node);
CREATE TABLE edges (
    rowid INTEGER PRIMARY KEY, source INTEGER NOT NULL REFERENCES nodes(rowid),
    relation TEXT NOT NULL, target INTEGER NOT NULL REFERENCES nodes(rowid),
    sources INTEGER, copies INTEGER, status TEXT, contradicted INTEGER,
    modalities TEXT NOT NULL, extra TEXT NOT NULL, articles TEXT,
    dashed INTEGER NOT NULL, date TEXT, date_last TEXT, day TEXT, quotes INTEGER NOT NULL,
    sources_n INTEGER NOT NULL, status_n INTEGER NOT NULL, date_key TEXT NOT NULL,
    rel_sort TEXT NOT NULL, src_sort TEXT NOT NULL, tgt_sort TEXT NOT NULL,
    src_id TEXT NOT NULL, tgt_id TEXT NOT NULL,
    UNIQUE (source, relation, target));
CREATE INDEX edges_target ON edges(target);
CREATE INDEX edges_relation ON edges(relation);
{ORDER_INDEXES}
CREATE TABLE edge_articles (
    article TEXT NOT NULL, edge INTEGER NOT NULL, PRIMARY KEY (article, edge)) WITHOUT ROWID;
CREATE INDEX edge_articles_edge ON edge_articles(edge);
CREATE TABLE edge_ranks (
    node INTEGER NOT NULL, direction INTEGER NOT NULL, relation TEXT NOT NULL,
    rank INTEGER NOT NULL, edge INTEGER NOT NULL REFERENCES edges(rowid),
    PRIMARY KEY (node, direction, relation, rank)) WITHOUT ROWID;
CREATE TABLE quotes (
    rowid INTEGER PRIMARY KEY, article INTEGER NOT NULL REFERENCES articles(rowid),
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
    UNIQUE (article, start, "end"));
CREATE TABLE evidence (
    rowid INTEGER PRIMARY KEY, quote INTEGER NOT NULL REFERENCES quotes(rowid),
    node INTEGER REFERENCES nodes(rowid), edge INTEGER REFERENCES edges(rowid),
    sentence INTEGER, modality TEXT, attributed_to TEXT, verb TEXT, highlights TEXT,
    CHECK ((node IS NULL) != (edge IS NULL)));
CREATE INDEX evidence_quote ON evidence(quote);
CREATE INDEX evidence_node ON evidence(node, quote);
CREATE INDEX evidence_edge ON evidence(edge, quote);
CREATE VIRTUAL TABLE quotes_fts USING fts5(
    text, content='quotes', content_rowid='rowid', tokenize='{TOKENIZER}');
"""

#: The tables, then the indexes: a store is filled before its indexes are made, each
#: sorted once over its table's rows rather than kept in order row after row (the store of
#: 10,000 articles: 7.7–8.1 → 5.9 s).
_TABLES = "\n".join(line for line in SCHEMA.splitlines() if not line.startswith("CREATE INDEX"))
_INDEXES = [line for line in SCHEMA.splitlines() if line.startswith("CREATE INDEX")]


@dataclass(frozen=True)
class StoreCounts:
    """How many rows of each table a store holds."""

    articles: int
    sentences: int
    nodes: int
    aliases: int
    edges: int
    quotes: int
    evidence: int


@dataclass
class QuoteHit:
    """One quote matching a search: where it is, and what it supports."""

    article: str
    title: str
    sentence: int | None
    start: int
    end: int
    text: str
    #: ``{"node": id}`` or ``{"edge": [source, relation, target], "modality": …}`` items.
    supports: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class QuotePage:
    """One page of a quote search, in corpus order (article, then offset)."""

    words: list[str]
    total: int
    total_capped: bool
    offset: int
    hits: list[QuoteHit]


def fts5_problem() -> str | None:
    """Why this Python's ``sqlite3`` cannot hold the store (no FTS5, or no
    ``remove_diacritics 2``), or None when it can.

    Examples
    --------
    >>> fts5_problem() is None
    True
    """
    try:
        with sqlite3.connect(":memory:") as conn:
            conn.execute(f"CREATE VIRTUAL TABLE t USING fts5(x, tokenize='{TOKENIZER}')")
        conn.close()
    except sqlite3.Error as exc:
        return (f"the SQLite of this Python ({sqlite3.sqlite_version}) has no FTS5 full-text "
                f"search with {TOKENIZER!r} ({exc}); use a Python built with FTS5 "
                "(Debian's, python.org's)")
    return None


def require_fts5() -> None:
    """Raise a `TemoinError` saying so when `fts5_problem` finds one."""
    problem = fts5_problem()
    if problem:
        raise TemoinError(problem)


def store_path_for(graph_path: str | os.PathLike) -> Path:
    """The store written beside a graph JSON file: the same name, ending ``.sqlite``.

    Examples
    --------
    >>> str(store_path_for("out/graph.json"))
    'out/graph.sqlite'
    >>> str(store_path_for("graphe"))
    'graphe.sqlite'
    """
    return Path(graph_path).with_suffix(".sqlite")


def content_rows(path: str | os.PathLike, positions: bool = True) -> list[str]:
    """The SQL rows of a store (``iterdump``) but the graph file's modification time,
    which differs between builds of the same graph: two stores with the same rows hold
    the same graph. Without *positions*, every node is read at (0, 0): the same graph,
    drawn alike or not (a live addition keeps the drawing served before).

    Examples
    --------
    >>> import tempfile, sqlite3, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "s.sqlite"
    >>> with sqlite3.connect(p) as db:
    ...     _ = db.execute("CREATE TABLE meta (key TEXT, value TEXT)")
    ...     _ = db.executemany("INSERT INTO meta VALUES (?, ?)",
    ...                        [("graph_mtime_ns", "1"), ("version", "2")])
    >>> db.close()
    >>> for row in content_rows(p):
    ...     if row.startswith("INSERT"):
    ...         print(row)
    INSERT INTO "meta" VALUES('version','2');
    """
    db = sqlite3.connect(path)
    try:
        if not positions:  # on a copy in memory: the file is left as it is
            copy = sqlite3.connect(":memory:")
            db.backup(copy)
            db.close()
            db = copy
            db.execute("UPDATE nodes SET x = 0, y = 0")
        return [row for row in db.iterdump() if "'graph_mtime_ns'" not in row]
    finally:
        db.close()


def node_positions(path: str | os.PathLike) -> dict[str, tuple[float, float]]:
    """Node id → where the store *path* draws it (x, y)."""
    db = sqlite3.connect(path)
    try:
        return {n: (x, y) for n, x, y in db.execute("SELECT id, x, y FROM nodes")}
    finally:
        db.close()


def file_sha256(path: str | os.PathLike) -> str:
    """The SHA-256 of a file's bytes, read in blocks (what a store records of its graph)."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def fold_word(word: str) -> str:
    """A word as the quotes' index sees it: lower case, accents removed.

    Examples
    --------
    >>> fold_word("Élysée")
    'elysee'
    """
    decomposed = unicodedata.normalize("NFD", word)
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn").casefold()


def sort_key(label: str) -> str:
    """A node label as the explorer sorts it: case-folded, without combining marks, with
    « œ », « æ » and « ’ » spelt out (the same as `webapp.store.fold`).

    Examples
    --------
    >>> sort_key("Œuvre d’Élise")
    "oeuvre d'elise"
    """
    decomposed = unicodedata.normalize("NFKD", label.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.replace("’", "'").replace("œ", "oe").replace("æ", "ae")


def query_words(text: str) -> list[str]:
    """The words of a user's search, at most `MAX_QUERY_WORDS`; punctuation, quotes, ``*``
    and the like are separators, never FTS5 syntax.

    Examples
    --------
    >>> query_words('"cuivre" AND fourni* -(Chili)')
    ['cuivre', 'AND', 'fourni', 'Chili']
    """
    return _WORD.findall(text)[:MAX_QUERY_WORDS]


def fts_query(words: Iterable[str]) -> str:
    """The FTS5 MATCH expression of *words*: every word must occur (each a quoted string,
    so ``AND``, ``NEAR`` or ``*`` typed by the user are words); the last also as a prefix,
    for a word still being typed.

    Examples
    --------
    >>> fts_query(["le", "AND", "cuiv"])
    '"le" "AND" "cuiv"*'
    """
    quoted = ['"' + w.replace('"', '""') + '"' for w in words]
    if quoted:
        quoted[-1] += "*"
    return " ".join(quoted)


def match_spans(text: str, start: int, words: list[str]) -> list[tuple[int, int]]:
    """Article offsets of the words of *text* (a quote at *start*) that the search *words*
    matched: the same word, accents and case aside; the last search word as a prefix.

    Examples
    --------
    >>> match_spans("Le Chili a fourni du cuivre.", 100, ["chili", "CUIV"])
    [(103, 108), (121, 127)]
    """
    folded = [fold_word(w) for w in words]
    whole, prefix = set(folded[:-1]), folded[-1] if folded else None
    spans = []
    for m in _WORD.finditer(text):
        w = fold_word(m.group())
        if w in whole or (prefix is not None and w.startswith(prefix)):
            spans.append((start + m.start(), start + m.end()))
    return spans


# ------------------------------------------------------------------------------- writing
# one encoder for every value: json.dumps with options makes a new one at each call
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))

_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_NAME_SPLIT = re.compile(r"[^\w]+")


def name_words(folded: str) -> list[str]:
    """The words of a folded name, as the explorer's search matches their starts.

    Examples
    --------
    >>> name_words("jean-luc d'arc")
    ['jean', 'luc', 'd', 'arc']
    """
    return [w for w in _NAME_SPLIT.split(folded) if w]


def _edge_rows(data: Mapping[str, Any], node_row: Mapping[str, int],
               node_sort: Mapping[int, str], dates: Mapping[str, Any]
               ) -> tuple[list[tuple], list[tuple[int, str, int]], list[tuple[str, str]]]:
    """The ``edges`` rows of *data* (with what the explorer computes of each: dashed, dates,
    the keys of every sort of the relations list), their (source row, relation, target row)
    and their (source id, target id)."""
    status_rank = {m: len(STATUS_ORDER) - i for i, m in enumerate(STATUS_ORDER)}
    rows, keys, pairs = [], [], []
    for i, e in enumerate(data["edges"], 1):
        evidence = e.get("evidence") or []
        modalities_all = [ev.get("modality") or "asserted" for ev in evidence]
        modalities = sorted(set(modalities_all))
        # as the explorer reads an edge: sources counted from its articles, the strongest
        # status of its quotes, when the file has none (older graphs)
        articles = sorted(e["articles"] if "articles" in e else
                          {ev["article"] for ev in evidence})
        sources = e["sources"] if "sources" in e else len(articles)
        status = e.get("status") or next((m for m in STATUS_ORDER if m in modalities),
                                         "asserted")
        relation = str(e.get("relation") or e.get("key"))
        s_id, t_id = str(e["source"]), str(e["target"])
        s_row, t_row = node_row[s_id], node_row[t_id]
        days = sorted(d for a in articles if _DAY.fullmatch(d := dates.get(a) or ""))
        date, date_last = (days[0], days[-1]) if days else (None, None)
        day = date or next((d for a in articles if (d := dates.get(a))), None)
        dashed = bool(modalities_all) and all(
            m in {"alleged", "denied", "hypothetical"} for m in modalities_all)
        rows.append([i, s_row, relation, t_row, sources,
                     e["copies"] if "copies" in e else len(articles),
                     status, None if e.get("contradicted") is None else int(e["contradicted"]),
                     _dumps(modalities),
                     _dumps({k: v for k, v in e.items()
                             if k not in {"source", "target", "relation", "sources", "copies",
                                          "status", "contradicted", "evidence", "articles"}}),
                     _dumps(e["articles"]) if "articles" in e else None,
                     int(dashed), date, date_last, day, len(evidence)])
        keys.append((s_row, relation, t_row))
        pairs.append((s_id, t_id))
        rows[-1] += [int(sources or 0), status_rank.get(status, 0), date or "",
                     sort_key(relation), node_sort[s_row], node_sort[t_row], s_id, t_id]
    return [tuple(r) for r in rows], keys, pairs


def _publish(tmp: str | os.PathLike, path: str | os.PathLike) -> None:
    """Sync the complete temporary file *tmp*, give it the usual permissions and rename it
    over *path* (atomic: readers see the old file or the new one)."""
    with open(tmp, "rb+") as fh:
        os.fsync(fh.fileno())
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)
    os.replace(tmp, path)


def _dumps(value: Any) -> str:
    return _ENCODER.encode(value)


def _fill(conn: sqlite3.Connection, data: Mapping[str, Any], meta_extra: Mapping[str, str],
          positions: Mapping[str, tuple[float, float]] | None = None) -> None:
    conn.executescript(_TABLES)
    conn.execute("BEGIN")
    graph = dict(data.get("graph") or {})
    articles = graph.pop("articles", None) or []
    meta = {"store_version": str(STORE_VERSION), "graph": _dumps(graph),
            "directed": _dumps(data.get("directed", True)),
            "multigraph": _dumps(data.get("multigraph", True))}
    meta.update(meta_extra)
    conn.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())

    article_row: dict[str, int] = {}
    texts: dict[str, str] = {}
    known = {"id", "title", "path", "sha256", "text", "date", "source", "author", "group",
             "copies", "copy_of", "sentences"}
    for i, a in enumerate(articles, 1):
        article_row[a["id"]], texts[a["id"]] = i, a["text"]
        conn.execute("INSERT INTO articles VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                     (i, a["id"], a.get("title"), a.get("path"), a.get("sha256"), a["text"],
                      a.get("date"), a.get("source"), a.get("author"), a.get("group"),
                      a.get("copies"), a.get("copy_of"),
                      _dumps({k: v for k, v in a.items() if k not in known})))
        conn.executemany("INSERT INTO sentences VALUES (?,?,?,?)",
                         ((i, j, s[0], s[1]) for j, s in enumerate(a.get("sentences") or [])))

    node_row: dict[str, int] = {}
    node_sort: dict[int, str] = {}
    nodes = data["nodes"]
    mentions: list[int | None] = []
    for i, n in enumerate(nodes, 1):
        node_row[str(n["id"])] = i
        node_sort[i] = sort_key(str(n.get("label", n["id"])))
        # as the explorer reads a node: mentions counted from its quotes when the file has none
        mentions.append(n["mentions"] if "mentions" in n else len(n.get("evidence") or []))

    edge_rows, relations, pairs = _edge_rows(data, node_row, node_sort, dates={
        a["id"]: a.get("date") for a in articles})
    degree = [0] * (len(nodes) + 1)
    for s_row, _, t_row in relations:
        degree[s_row] += 1
        degree[t_row] += 1
    # every node by mentions then name (a view's unlinked nodes), then by edges (the view)
    by_mentions = sorted(range(1, len(nodes) + 1), key=lambda i: (
        -int(mentions[i - 1] or 0), node_sort[i], str(nodes[i - 1]["id"])))
    ids = [str(n["id"]) for n in nodes]
    if positions:
        neighbours: dict[str, list[str]] = defaultdict(list)
        for s_id, t_id in pairs:
            neighbours[s_id].append(t_id)
            neighbours[t_id].append(s_id)
        pos = keep_layout(positions, [ids[i - 1] for i in by_mentions],
                          lambda n: neighbours.get(n, ()))
    else:
        pos = None
    if pos is None:
        pos = compute_layout({str(n["id"]): str(n.get("label", n["id"])) for n in nodes}, pairs)
    for i, n in enumerate(nodes, 1):
        x, y = pos.get(str(n["id"]), (0.0, 0.0))
        conn.execute("INSERT INTO nodes VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                     (i, str(n["id"]), n.get("label"), n.get("type"), mentions[i - 1],
                      node_sort[i],
                      _dumps({k: v for k, v in n.items()
                              if k not in {"id", "label", "type", "mentions", "aliases",
                                           "evidence", "articles"}}),
                      degree[i], int(mentions[i - 1] or 0), x, y,
                      _dumps(n["articles"]) if "articles" in n else None))
        conn.executemany("INSERT INTO aliases VALUES (?,?,?)",
                         ((i, alias, fold_word(alias)) for alias in n.get("aliases") or []))
        arts = n["articles"] if "articles" in n else {
            ev["article"] for ev in n.get("evidence") or []}
        conn.executemany("INSERT OR IGNORE INTO node_articles VALUES (?,?)",
                         ((str(a), i) for a in arts))
        for j, name in enumerate([n.get("label", n["id"]), *(n.get("aliases") or [])]):
            folded = sort_key(str(name))
            cur = conn.execute("INSERT INTO names VALUES (NULL,?,?,?,?,?)",
                               (i, str(name), folded, int(j == 0), match_fold(str(name))))
            conn.executemany("INSERT OR IGNORE INTO name_words VALUES (?,?)",
                             ((w, cur.lastrowid) for w in name_words(folded)))

    edge_row: list[int] = []
    ranked: dict[tuple[int, int, str], list[tuple[int, str, int]]] = defaultdict(list)
    for i, (row, e) in enumerate(zip(edge_rows, data["edges"], strict=True), 1):
        edge_row.append(i)
        conn.execute(f"INSERT INTO edges VALUES ({','.join('?' * len(row))})", row)
        arts = e["articles"] if "articles" in e else {
            ev["article"] for ev in e.get("evidence") or []}
        conn.executemany("INSERT OR IGNORE INTO edge_articles VALUES (?,?)",
                         ((str(a), i) for a in arts))
        s_row, relation, t_row = relations[i - 1]
        sources = row[4]
        ranked[(s_row, 0, relation)].append((-sources, node_sort[t_row], i))
        ranked[(t_row, 1, relation)].append((-sources, node_sort[s_row], i))
    # each node's edges ranked per direction and relation as its panel lists them
    conn.executemany("INSERT INTO edge_ranks VALUES (?,?,?,?,?)",
                     ((node, direction, relation, rank, edge)
                      for (node, direction, relation), items in ranked.items()
                      for rank, (_, _, edge) in enumerate(sorted(items))))
    types = sorted({n.get("type") or "MISC" for n in nodes})
    counts: dict[str, int] = defaultdict(int)
    for _, relation, _ in relations:
        counts[relation] += 1
    # whether every edge has a source article (a view with no filter then shows them all)
    least = min((int(row[4] or 0) for row in edge_rows), default=1)
    conn.executemany("INSERT INTO meta VALUES (?, ?)", [
        ("types", _dumps(types)), ("relations", _dumps(dict(sorted(counts.items())))),
        ("least_sources", str(least))])

    # quotes in corpus order (article, start, end): their rowids are the search's order
    evidence: list[tuple[tuple[int, int, int], int | None, int | None, Mapping]] = []
    for n in data["nodes"]:
        for ev in n.get("evidence") or []:
            evidence.append(((article_row[ev["article"]], ev["start"], ev["end"]),
                             node_row[str(n["id"])], None, ev))
    for row, e in zip(edge_row, data["edges"], strict=True):
        for ev in e.get("evidence") or []:
            evidence.append(((article_row[ev["article"]], ev["start"], ev["end"]),
                             None, row, ev))
    spans = sorted({span for span, *_ in evidence})
    quote_row = {span: i for i, span in enumerate(spans, 1)}
    ids = {row: aid for aid, row in article_row.items()}
    conn.executemany("INSERT INTO quotes VALUES (?,?,?,?,?)",
                     ((i, article, start, end, texts[ids[article]][start:end])
                      for (article, start, end), i in quote_row.items()))
    conn.executemany(
        "INSERT INTO evidence (quote, node, edge, sentence, modality, attributed_to, verb, "
        "highlights) VALUES (?,?,?,?,?,?,?,?)",
        ((quote_row[span], node, edge, ev.get("sentence"), ev.get("modality"),
          ev.get("attributed_to"), ev.get("verb"), _dumps(ev.get("highlights") or []))
         for span, node, edge, ev in evidence))
    conn.execute("INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild')")
    conn.execute("INSERT INTO quotes_fts(quotes_fts) VALUES ('optimize')")
    for index in _INDEXES:
        conn.execute(index)


def write_sqlite(data: Mapping[str, Any], path: str | os.PathLike,
                 source_sha256: str | None = None, meta: Mapping[str, str] | None = None,
                 positions: Mapping[str, tuple[float, float]] | None = None) -> StoreCounts:
    """Write the graph *data* (a node-link dict, ``docs/graph-json.md``) to the SQLite file
    *path*, atomically: a temporary file beside it, renamed over it once complete, so the
    previous file stays whole if anything fails.

    Parameters
    ----------
    data : mapping
        The graph, as ``temoin build`` writes it (checked: `graph.schema.check_graph`).
    path : str or PathLike
        The store to write (``graph.sqlite`` beside ``graph.json``).
    source_sha256 : str, optional
        The SHA-256 of the graph JSON file it was made from, kept in ``meta`` so that the
        explorer can tell a store of another graph.
    meta : mapping, optional
        Other ``meta`` rows (``graph_size``, ``graph_mtime_ns``, ``corrections_sha256``…).
    positions : mapping, optional
        Where the nodes were drawn before (node id → (x, y)): kept, new nodes placed beside
        their neighbours (`graph.layout.keep_layout`); else the graph is laid out afresh.

    Returns
    -------
    StoreCounts
        The rows written.

    Raises
    ------
    TemoinError
        Naming *path*: it cannot be written (no folder, a folder in its place, a full
        disk…), or this Python's SQLite has no FTS5.
    """
    from graph.export import clean_stale_temps  # (networkx: not imported to serve a store)

    require_fts5()
    path = Path(path)
    directory = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise TemoinError(f"cannot write {path}: it is a folder; name a file")
    clean_stale_temps(path)  # what writes killed before their rename left
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise TemoinError(f"cannot write {path}: {exc.strerror or exc}") from exc
    try:
        if fcntl is not None:  # held until the rename: clean_stale_temps keeps a live write's
            fcntl.flock(fd, fcntl.LOCK_EX)
        conn = sqlite3.connect(tmp, isolation_level=None)
        try:
            conn.execute("PRAGMA journal_mode = OFF")  # a new file, renamed only when whole
            conn.execute("PRAGMA synchronous = OFF")  # fsync'ed once below
            extra = dict(meta or {})
            if source_sha256:
                extra["graph_sha256"] = source_sha256
            _fill(conn, data, extra, positions)
            conn.execute("COMMIT")
            counts = store_counts(conn)
        finally:
            conn.close()
        _publish(tmp, path)
    except (OSError, sqlite3.Error) as exc:
        Path(tmp).unlink(missing_ok=True)
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        raise TemoinError(f"cannot write {path}: {reason}") from exc
    except (KeyError, TypeError, ValueError, IndexError) as exc:
        Path(tmp).unlink(missing_ok=True)
        raise TemoinError(f"cannot write {path}: the graph does not fit docs/graph-json.md "
                          f"({type(exc).__name__}: {exc})") from exc
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    finally:
        os.close(fd)
    return counts


def store_counts(conn: sqlite3.Connection) -> StoreCounts:
    """The rows of each table of an open store."""
    return StoreCounts(*(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                         for t in ("articles", "sentences", "nodes", "aliases", "edges",
                                   "quotes", "evidence")))


# ------------------------------------------------------------------------------- reading
def open_store(path: str | os.PathLike) -> sqlite3.Connection:
    """Open a store read-only (a connection per thread: ``sqlite3`` connections are not
    shared between threads).

    Raises
    ------
    TemoinError
        When *path* is missing, not SQLite, or not a Témoin store of `STORE_VERSION`.
    """
    path = Path(path)
    if not path.is_file():
        raise TemoinError(f"no store at {path}")
    try:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True,
                               check_same_thread=False)
    except sqlite3.Error as exc:
        raise TemoinError(f"cannot open {path}: {exc}") from exc
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = 'store_version'").fetchone()
    except sqlite3.Error as exc:
        conn.close()
        raise TemoinError(f"{path} is not a Témoin store ({exc})") from None
    if row is None or row[0] != str(STORE_VERSION):
        conn.close()
        raise TemoinError(f"{path} is a store of another version ({row and row[0]}, "
                          f"not {STORE_VERSION}): build it again")
    return conn


def store_meta(conn: sqlite3.Connection) -> dict[str, str]:
    """The ``meta`` table of an open store as a dict."""
    return dict(conn.execute("SELECT key, value FROM meta"))


def count_quotes(conn: sqlite3.Connection, words: list[str]) -> int:
    """How many quotes hold every word of *words* (`query_words`), counted up to
    `COUNT_CAP` + 1."""
    if not words:
        return 0
    return conn.execute(
        "SELECT count(*) FROM (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ? LIMIT ?)",
        (fts_query(words), COUNT_CAP + 1)).fetchone()[0]


def search_quotes(conn: sqlite3.Connection, text: str, offset: int = 0,
                  limit: int = 20, total: int | None = None) -> QuotePage:
    """The quotes holding every word of *text* (accents and case aside, the last word as a
    prefix), *limit* from *offset* in corpus order, with what each supports.

    Only the page's rows are read: the FTS5 index gives the matching quotes in rowid
    order (the corpus order they were written in), and the count stops at `COUNT_CAP`.

    Parameters
    ----------
    conn : sqlite3.Connection
        An open store (`open_store`).
    text : str
        The user's search, any text: it is cut into words (`query_words`), never passed
        to FTS5 as syntax.
    offset, limit : int
        The page.
    total : int, optional
        What `count_quotes` gave for these words, when the caller counted already.

    Returns
    -------
    QuotePage
        No hits when *text* has no word.
    """
    words = query_words(text)
    if not words:
        return QuotePage([], 0, False, offset, [])
    match = fts_query(words)
    if total is None:
        total = count_quotes(conn, words)
    rows = conn.execute(
        """SELECT q.rowid, a.id, coalesce(a.title, a.id), q.start, q."end", q.text
           FROM (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ? ORDER BY rowid
                 LIMIT ? OFFSET ?) AS m
           JOIN quotes AS q ON q.rowid = m.rowid JOIN articles AS a ON a.rowid = q.article
           ORDER BY q.rowid""", (match, limit, offset)).fetchall()
    hits = {r[0]: QuoteHit(r[1], r[2], None, r[3], r[4], r[5]) for r in rows}
    if hits:
        marks = ",".join("?" * len(hits))
        for quote, sentence, node, source, relation, target, modality in conn.execute(
                f"""SELECT e.quote, e.sentence, n.id, s.id, g.relation, t.id, e.modality
                    FROM evidence AS e LEFT JOIN nodes AS n ON n.rowid = e.node
                    LEFT JOIN edges AS g ON g.rowid = e.edge
                    LEFT JOIN nodes AS s ON s.rowid = g.source
                    LEFT JOIN nodes AS t ON t.rowid = g.target
                    WHERE e.quote IN ({marks}) ORDER BY e.rowid""",
                list(hits)):
            hit = hits[quote]
            if hit.sentence is None:
                hit.sentence = sentence
            if node is not None:
                hit.supports.append({"node": node})
            else:
                hit.supports.append({"edge": [source, relation, target],
                                     "modality": modality or "asserted"})
    return QuotePage(words, min(total, COUNT_CAP), total > COUNT_CAP, offset,
                     list(hits.values()))


def graph_stamp(graph_path: str | os.PathLike) -> dict[str, str]:
    """The size and modification time (ns) of a graph file, as a store records them."""
    st = os.stat(graph_path)
    return {"graph_size": str(st.st_size), "graph_mtime_ns": str(st.st_mtime_ns)}


def store_problem(store_path: str | os.PathLike,
                  graph_path: str | os.PathLike | None = None) -> str | None:
    """Why the store at *store_path* cannot serve the graph *graph_path*, or None.

    It cannot when it is missing, unreadable, of another `STORE_VERSION`, or made from
    another graph file. The cheap check first: the size and modification time of
    *graph_path* recorded when the store was written are still the file's, and the file
    is not hashed (a graph of 500 MB is not read on every start); when they differ (the file
    was copied, touched or rewritten), its SHA-256 must be the recorded ``graph_sha256``.
    """
    try:
        conn = open_store(store_path)
    except TemoinError as exc:
        return str(exc)
    try:
        recorded = store_meta(conn)
    except sqlite3.Error as exc:
        return f"{store_path} cannot be read ({exc})"
    finally:
        conn.close()
    if graph_path is not None:
        try:
            stamp = graph_stamp(graph_path)
            if all(recorded.get(k) == v for k, v in stamp.items()):
                return None
            now = file_sha256(graph_path)
        except OSError as exc:
            return f"cannot read {graph_path}: {exc.strerror or exc}"
        if recorded.get("graph_sha256") != now:
            return f"{store_path} was not made from {graph_path} as it is now"
    return None


def write_store_of(data: Mapping[str, Any], graph_path: str | os.PathLike,
                   store_path: str | os.PathLike | None = None,
                   positions: Mapping[str, tuple[float, float]] | None = None
                   ) -> tuple[Path, StoreCounts]:
    """Write the store of the graph file *graph_path* (whose content is *data*), beside it
    unless *store_path* is given, recording the file's SHA-256; return its path and rows.
    *positions*: as `write_sqlite`'s."""
    path = Path(store_path) if store_path is not None else store_path_for(graph_path)
    if path.resolve() == Path(graph_path).resolve():
        raise TemoinError(f"cannot write the store over the graph itself ({path})")
    stamp = graph_stamp(graph_path)
    return path, write_sqlite(data, path, source_sha256=file_sha256(graph_path), meta=stamp,
                              positions=positions)


# ------------------------------------------------------------------------------- patching
#: the corrections `patch_store` makes in place of a rewrite (they move no row).
PATCHES = ("rename", "retype")


def _union(*lists: Iterable[str], without: Iterable[str] = ()) -> list[str]:
    skip, out = set(without), []
    for items in lists:
        for item in items:
            if item not in skip and item not in out:
                out.append(item)
    return out


def node_state(conn: sqlite3.Connection, node_id: str) -> dict[str, Any] | None:
    """A node's label, aliases and type as a patch changes them (``("restore", id, state)``
    puts them back), or None when there is no such node."""
    found = conn.execute("SELECT rowid, label, type FROM nodes WHERE id = ?",
                         (node_id,)).fetchone()
    if found is None:
        return None
    aliases = [a for (a,) in conn.execute(
        "SELECT alias FROM aliases WHERE node = ? ORDER BY rowid", (found[0],))]
    return {"label": found[1], "aliases": aliases, "type": found[2]}


def _set_names(conn: sqlite3.Connection, row: int, label: str | None,
               aliases: list[str]) -> None:
    """A node's label (None: none, its id shows) and aliases, and the names search and
    corrections find it by."""
    if label is None:
        label = conn.execute("SELECT id FROM nodes WHERE rowid = ?", (row,)).fetchone()[0]
        conn.execute("UPDATE nodes SET label = NULL, sort = ? WHERE rowid = ?",
                     (sort_key(label), row))
    else:
        conn.execute("UPDATE nodes SET label = ?, sort = ? WHERE rowid = ?",
                     (label, sort_key(label), row))
    conn.execute("DELETE FROM aliases WHERE node = ?", (row,))
    conn.executemany("INSERT INTO aliases VALUES (?,?,?)",
                     ((row, a, fold_word(a)) for a in aliases))
    conn.execute("DELETE FROM name_words WHERE name IN (SELECT rowid FROM names WHERE node = ?)",
                 (row,))
    conn.execute("DELETE FROM names WHERE node = ?", (row,))
    for j, name in enumerate([label, *aliases]):
        folded = sort_key(name)
        cur = conn.execute("INSERT INTO names VALUES (NULL,?,?,?,?,?)",
                           (row, name, folded, int(j == 0), match_fold(name)))
        conn.executemany("INSERT OR IGNORE INTO name_words VALUES (?,?)",
                         ((w, cur.lastrowid) for w in name_words(folded)))


def _rename_node(conn: sqlite3.Connection, row: int, node_id: str, label: str) -> None:
    """A node's new label; the old one becomes its last alias (as ``graph.corrections``)."""
    old = conn.execute("SELECT label FROM nodes WHERE rowid = ?", (row,)).fetchone()[0]
    aliases = [a for (a,) in conn.execute(
        "SELECT alias FROM aliases WHERE node = ? ORDER BY rowid", (row,))]
    _set_names(conn, row, label, _union(aliases, [old if old is not None else node_id],
                                        without=[label]))


def _renamed(conn: sqlite3.Connection, row: int) -> None:
    """What a node's new name changes elsewhere: its edges' sort keys, and the panels
    (``edge_ranks``) of the nodes at their other ends, ranked by this name: most sources
    first, then the other end's name, then file order (all of them in one statement)."""
    sort = conn.execute("SELECT sort FROM nodes WHERE rowid = ?", (row,)).fetchone()[0]
    conn.execute("UPDATE edges SET src_sort = ? WHERE source = ?", (sort, row))
    conn.execute("UPDATE edges SET tgt_sort = ? WHERE target = ?", (sort, row))
    conn.execute("DROP TABLE IF EXISTS temp.panels")
    conn.execute("CREATE TEMP TABLE panels (node INTEGER, direction INTEGER, relation TEXT, "
                 "PRIMARY KEY (node, direction, relation)) WITHOUT ROWID")
    conn.execute("INSERT OR IGNORE INTO panels SELECT target, 1, relation FROM edges "
                 "WHERE source = ?", (row,))
    conn.execute("INSERT OR IGNORE INTO panels SELECT source, 0, relation FROM edges "
                 "WHERE target = ?", (row,))
    conn.execute("DELETE FROM edge_ranks WHERE (node, direction, relation) IN "
                 "(SELECT node, direction, relation FROM panels)")
    conn.execute("""INSERT INTO edge_ranks
        SELECT node, direction, relation, row_number() OVER (
                   PARTITION BY node, direction, relation ORDER BY sources DESC, other, edge) - 1,
               edge
        FROM (SELECT p.node, 0 AS direction, p.relation, e.sources, t.sort AS other,
                     e.rowid AS edge
              FROM panels AS p JOIN edges AS e ON e.source = p.node AND e.relation = p.relation
              JOIN nodes AS t ON t.rowid = e.target WHERE p.direction = 0
              UNION ALL
              SELECT p.node, 1, p.relation, e.sources, s.sort, e.rowid
              FROM panels AS p JOIN edges AS e ON e.target = p.node AND e.relation = p.relation
              JOIN nodes AS s ON s.rowid = e.source WHERE p.direction = 1)""")
    conn.execute("DROP TABLE temp.panels")


def patch_store(source: str | os.PathLike, path: str | os.PathLike,
                changes: Iterable[tuple[str, str, str]], meta: Mapping[str, str]) -> None:
    """Make *changes* in the store at *path* in one transaction (a copy of *source* first,
    written atomically, when *path* is another file): readers see the store before or after,
    never between; a failure leaves it as it was.

    Only the rows a change touches are written: the node, its names, its edges' sort keys
    and the panels of its neighbours (the indexes of the views and of the relations list
    sort on those columns: nothing is ranked anew).

    Parameters
    ----------
    source, path : str or PathLike
        The store to start from and the one to change (may be the same file).
    changes : iterable of (str, str, str)
        ``("rename", node id, label)``, ``("retype", node id, type)`` (`PATCHES`), or
        ``("restore", node id, state)`` (a JSON `node_state`: the undo of those).
    meta : mapping
        ``meta`` rows to set in the same transaction.

    Raises
    ------
    TemoinError
        Naming *path*, when it cannot be written, or a node that is not in it.
    """
    import shutil

    from graph.export import clean_stale_temps

    path = Path(path)
    if Path(source).resolve() != path.resolve():
        directory = path.parent if str(path.parent) else Path(".")
        clean_stale_temps(path)
        try:
            fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
        except OSError as exc:
            raise TemoinError(f"cannot write {path}: {exc.strerror or exc}") from exc
        try:
            shutil.copyfile(source, tmp)
            _publish(tmp, path)
        except OSError as exc:
            Path(tmp).unlink(missing_ok=True)
            raise TemoinError(f"cannot write {path}: {exc.strerror or exc}") from exc
        finally:
            os.close(fd)
    try:
        conn = sqlite3.connect(path, isolation_level=None, timeout=30)
    except sqlite3.Error as exc:
        raise TemoinError(f"cannot write {path}: {exc}") from exc
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            for op, node_id, value in changes:
                found = conn.execute("SELECT rowid FROM nodes WHERE id = ?", (node_id,)).fetchone()
                if found is None:
                    raise TemoinError(f"cannot write {path}: no node {node_id!r} in it")
                if op == "rename":
                    _rename_node(conn, found[0], node_id, value)
                    _renamed(conn, found[0])
                elif op == "retype":
                    conn.execute("UPDATE nodes SET type = ? WHERE rowid = ?", (value, found[0]))
                elif op == "restore":  # what `node_state` gave before a patch
                    state = json.loads(value)
                    _set_names(conn, found[0], state["label"], state["aliases"])
                    conn.execute("UPDATE nodes SET type = ? WHERE rowid = ?",
                                 (state["type"], found[0]))
                    _renamed(conn, found[0])
                else:
                    raise TemoinError(f"cannot write {path}: no patch {op!r}")
            types = sorted(t for (t,) in conn.execute(
                "SELECT DISTINCT coalesce(type, 'MISC') FROM nodes"))
            conn.execute("UPDATE meta SET value = ? WHERE key = 'types'", (_dumps(types),))
            conn.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", meta.items())
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    except sqlite3.Error as exc:
        raise TemoinError(f"cannot write {path}: {exc}") from exc
    finally:
        conn.close()
