"""Take the graph elsewhere: GraphML and GEXF (Gephi), CSV for ``neo4j-admin database import``
and a Cypher script of ``MERGE`` statements.

Every exporter reads the node-link dict of ``docs/graph-json.md`` (what ``temoin build``
writes) and returns the files to write as ``{name: bytes}``; `write_export` writes them
atomically. List-valued fields are flattened for the formats that only hold scalars
(GraphML, GEXF): joined with ``"; "``, and counted (``evidence_count``). The CSV and Cypher
exports keep every quote with its article and offsets, byte-exact.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

import networkx as nx

from graph.model import TemoinError
from graph.text import fold

#: the export formats, with the file (or folder) name each suggests.
FORMATS = {"graphml": "graph.graphml", "gexf": "graph.gexf", "csv": "graph-csv",
           "cypher": "graph.cypher", "json": "graph.json"}
LIST_SEPARATOR = "; "


# ----------------------------------------------------------------------------- reading
def read_graph_data(path: str | os.PathLike) -> dict[str, Any]:
    """The node-link dict of a graph JSON file, checked enough to export.

    Raises
    ------
    TemoinError
        If the file cannot be read, is not JSON, or is not a Témoin graph; the message
        names the file and what is wrong with it.
    """
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise TemoinError(f"cannot read {path}: {exc.strerror or exc}") from exc
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise TemoinError(f"{path} is not graph JSON: not UTF-8 text (byte {exc.start})") from exc
    except json.JSONDecodeError as exc:
        raise TemoinError(f"{path} is not graph JSON: {exc.msg} at line {exc.lineno}, "
                          f"column {exc.colno}") from exc
    problem = graph_data_problem(data)
    if problem:
        raise TemoinError(f"{path} is not a Témoin graph: {problem}")
    return data


def graph_data_problem(data: Any) -> str | None:
    """What keeps *data* from being a Témoin node-link graph, or None.

    Examples
    --------
    >>> graph_data_problem({"nodes": [], "edges": []}) is None
    True
    >>> graph_data_problem([1, 2])
    'the top level is a list, not an object'
    >>> graph_data_problem({"nodes": [{"id": "a"}], "edges": [{"source": "a", "target": "b"}]})
    "edge 0 points to 'b', which is not a node"
    """
    if not isinstance(data, dict):
        return f"the top level is a {type(data).__name__.replace('dict', 'object')}, not an object"
    for key in ("nodes", "edges"):
        if not isinstance(data.get(key), list):
            return f"no {key!r} list"
    ids = set()
    for i, node in enumerate(data["nodes"]):
        if not isinstance(node, dict) or not isinstance(node.get("id"), str | int):
            return f"node {i} has no id"
        ids.add(str(node["id"]))
    for i, edge in enumerate(data["edges"]):
        if not isinstance(edge, dict):
            return f"edge {i} is not an object"
        for end in ("source", "target"):
            if str(edge.get(end)) not in ids:
                return f"edge {i} points to {edge.get(end)!r}, which is not a node"
        if not isinstance(edge.get("evidence", []), list):
            return f"edge {i} has an evidence that is not a list"
    graph = data.get("graph", {})
    if not isinstance(graph, dict) or not isinstance(graph.get("articles", []), list):
        return "'graph.articles' is not a list"
    return None


# ----------------------------------------------------------------------------- records
def _articles(data: Mapping[str, Any]) -> list[dict[str, Any]]:
    return [a for a in (data.get("graph") or {}).get("articles") or [] if isinstance(a, dict)]


def _relation(edge: Mapping[str, Any]) -> str:
    return str(edge.get("relation") or edge.get("key") or "")


def edge_id(edge: Mapping[str, Any]) -> str:
    """The stable id of an edge, as the explorer addresses it: ``source/relation/target``.

    Examples
    --------
    >>> edge_id({"source": "chili", "relation": "fournir", "target": "cuivre"})
    'chili/fournir/cuivre'
    """
    return f"{edge['source']}/{_relation(edge)}/{edge['target']}"


def relation_type(relation: str) -> str:
    """A Neo4j relationship type for a French relation: upper case, ASCII, underscores.

    Examples
    --------
    >>> relation_type("dirigeant de")
    'DIRIGEANT_DE'
    >>> relation_type("utiliser véto")
    'UTILISER_VETO'
    >>> relation_type("")
    'RELATION'
    """
    name = "_".join(fold(relation).split()).upper()
    if not name:
        return "RELATION"
    return name if name[0].isalpha() else f"R_{name}"


def _list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list | tuple):
        return [str(v) for v in value]
    return [str(value)]


def _evidence(edge: Mapping[str, Any]) -> list[dict[str, Any]]:
    return [ev for ev in edge.get("evidence") or [] if isinstance(ev, dict)]


STATUS_ORDER = ("asserted", "reported", "alleged", "hypothetical", "denied")


def _status(evidence: list[dict[str, Any]]) -> str:
    """An edge's status when the graph has none (older graphs): the strongest of its quotes."""
    kinds = {ev.get("modality") or "asserted" for ev in evidence}
    return next((k for k in STATUS_ORDER if k in kinds), "asserted")


def _node_rows(data: Mapping[str, Any]) -> Iterable[dict[str, Any]]:
    for node in data["nodes"]:
        articles = _list(node.get("articles"))
        yield {
            "id": str(node["id"]),
            "label": str(node.get("label") or node["id"]),
            "type": str(node.get("type") or "MISC"),
            "aliases": _list(node.get("aliases")),
            "parts": _list(node.get("parts")),
            "mentions": int(node.get("mentions") or 0),
            "articles": articles,
            "article_count": len(articles),
            "evidence_count": len(node.get("evidence") or []),
        }


def _edge_rows(data: Mapping[str, Any]) -> Iterable[dict[str, Any]]:
    for edge in data["edges"]:
        evidence = _evidence(edge)
        articles = _list(edge.get("articles")) or sorted(
            {str(ev.get("article")) for ev in evidence})
        yield {
            "id": edge_id(edge),
            "source": str(edge["source"]),
            "target": str(edge["target"]),
            "relation": _relation(edge),
            "sources": int(edge.get("sources") or len(articles)),
            "copies": int(edge.get("copies") or len(articles)),
            "status": str(edge.get("status") or _status(evidence)),
            "contradicted": bool(edge.get("contradicted")),
            "articles": articles,
            "modalities": sorted({str(ev.get("modality") or "asserted") for ev in evidence}),
            "evidence_count": len(evidence),
            "evidence": evidence,
        }


# ----------------------------------------------------------------------------- GraphML, GEXF
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def xml_safe(value: Any) -> Any:
    """*value* with the characters XML 1.0 cannot hold (control characters other than tab
    and line breaks) replaced by U+FFFD; anything but a string as it is.

    Examples
    --------
    >>> xml_safe("a\x0bb"), xml_safe(3)
    ('a\ufffdb', 3)
    """
    return _NOT_XML.sub("\ufffd", value) if isinstance(value, str) else value


def _flat(value: Any) -> Any:
    return xml_safe(LIST_SEPARATOR.join(value) if isinstance(value, list) else value)


def flat_graph(data: Mapping[str, Any]) -> nx.MultiDiGraph:
    """A `networkx.MultiDiGraph` whose attributes are all scalars: lists joined with ``"; "``,
    strings made fit for XML (`xml_safe`).

    Nodes keep ``label``, ``type``, ``aliases``, ``parts``, ``mentions``, ``articles``,
    ``article_count`` and ``evidence_count``; edges their ``id`` (``source/relation/target``),
    ``label`` and ``relation``, ``sources`` (independent reports, also as ``weight``, which
    Gephi draws), ``copies`` (articles carrying the edge, wire copies included),
    ``status``, ``contradicted``, ``articles``, ``modalities`` and ``evidence_count``.

    Examples
    --------
    >>> data = {"nodes": [{"id": "a", "label": "A", "aliases": ["x", "y"]}, {"id": "b"}],
    ...         "edges": [{"source": "a", "target": "b", "relation": "voir", "sources": 2,
    ...                    "evidence": [{"article": "1"}, {"article": "2"}]}]}
    >>> g = flat_graph(data)
    >>> g.nodes["a"]["aliases"], g.edges["a", "b", "a/voir/b"]["evidence_count"]
    ('x; y', 2)
    """
    g = nx.MultiDiGraph()
    for row in _node_rows(data):
        g.add_node(xml_safe(row["id"]), **{k: _flat(v) for k, v in row.items() if k != "id"})
    for row in _edge_rows(data):
        attrs = {k: _flat(v) for k, v in row.items() if k not in {"source", "target", "evidence"}}
        # the key is the edge id: GraphML and GEXF write it as the edge's XML id, unique
        g.add_edge(xml_safe(row["source"]), xml_safe(row["target"]), key=attrs["id"],
                   label=attrs["relation"], weight=row["sources"], **attrs)
    return g


def to_graphml(data: Mapping[str, Any]) -> dict[str, bytes]:
    """The graph as GraphML (one file ``graph.graphml``), attributes flattened."""
    buf = io.BytesIO()
    nx.write_graphml(flat_graph(data), buf, encoding="utf-8")
    return {"graph.graphml": buf.getvalue()}


def to_gexf(data: Mapping[str, Any]) -> dict[str, bytes]:
    """The graph as GEXF 1.2 (one file ``graph.gexf``), attributes flattened."""
    buf = io.BytesIO()
    nx.write_gexf(flat_graph(data), buf, encoding="utf-8")
    return {"graph.gexf": buf.getvalue()}


# ----------------------------------------------------------------------------- CSV (Neo4j)
NEO4J_IMPORT = """\
# Témoin graph for Neo4j 5: run in this folder, the database stopped (then start it).
neo4j-admin database import full --multiline-fields=true --array-delimiter=";" \\
  --nodes=entities.csv --nodes=articles.csv --nodes=evidence.csv \\
  --relationships=relations.csv --relationships=quoted_in.csv neo4j
"""


def _csv(header: list[str], rows: Iterable[list[Any]]) -> bytes:
    buf = io.StringIO()
    # CRLF ends the rows so that a field holding a lone "\r" or "\n" is quoted (the csv
    # module quotes the characters of its line terminator)
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(header)
    for row in rows:
        w.writerow([";".join(v) if isinstance(v, list) else
                    ("true" if v else "false") if isinstance(v, bool) else
                    "" if v is None else v for v in row])
    return buf.getvalue().encode("utf-8")


def to_csv(data: Mapping[str, Any]) -> dict[str, bytes]:
    """CSV files with ``neo4j-admin database import`` headers, and the command in ``IMPORT.txt``.

    ``entities.csv`` (nodes labelled ``Entity`` and their type), ``articles.csv``,
    ``articles.csv`` holds each article's text, which the quotes' offsets index;
    ``relations.csv`` (one relationship per edge, typed by `relation_type`, with its
    ``id``), ``evidence.csv`` (one ``Evidence`` node per quote: the ``edge`` id, article,
    sentence, offsets, the quote's text, modality and source) and ``quoted_in.csv``
    (evidence → article). Arrays are ``;``-separated.

    Examples
    --------
    >>> files = to_csv({"nodes": [{"id": "a"}], "edges": []})
    >>> sorted(files)
    ['IMPORT.txt', 'articles.csv', 'entities.csv', 'evidence.csv', 'quoted_in.csv', 'relations.csv']
    >>> files["entities.csv"].decode().splitlines()[1]
    'a,a,MISC,,,0,,0,0,Entity;MISC'
    """
    files = {"IMPORT.txt": NEO4J_IMPORT.encode("utf-8")}
    files["entities.csv"] = _csv(
        ["id:ID(Entity)", "label", "type", "aliases:string[]", "parts:string[]", "mentions:int",
         "articles:string[]", "article_count:int", "evidence_count:int", ":LABEL"],
        ([r["id"], r["label"], r["type"], r["aliases"], r["parts"], r["mentions"], r["articles"],
          r["article_count"], r["evidence_count"], f"Entity;{r['type']}"]
         for r in _node_rows(data)))
    articles = _articles(data)
    files["articles.csv"] = _csv(
        ["id:ID(Article)", "title", "path", "date", "source", "sentences:int", "group",
         "copies:int", "text", ":LABEL"],
        ([str(a.get("id")), a.get("title") or "", a.get("path") or "", a.get("date") or "",
          a.get("source") or "", len(a.get("sentences") or []), a.get("group") or a.get("id"),
          int(a.get("copies") or 1), a.get("text") or "", "Article"] for a in articles))
    edges = list(_edge_rows(data))
    files["relations.csv"] = _csv(
        [":START_ID(Entity)", ":END_ID(Entity)", ":TYPE", "id", "relation", "sources:int",
         "status", "contradicted:boolean", "articles:string[]", "evidence_count:int",
         "copies:int"],
        ([r["source"], r["target"], relation_type(r["relation"]), r["id"], r["relation"],
          r["sources"], r["status"], r["contradicted"], r["articles"], r["evidence_count"],
          r["copies"]] for r in edges))
    quotes = [(f"{r['id']}#{i}", r["id"], ev) for r in edges for i, ev in enumerate(r["evidence"])]
    files["evidence.csv"] = _csv(
        ["id:ID(Evidence)", "edge", "article", "sentence:int", "start:int", "end:int", "text",
         "modality", "attributed_to", "verb", ":LABEL"],
        ([qid, eid, ev.get("article"), ev.get("sentence"), ev.get("start"), ev.get("end"),
          ev.get("text"), ev.get("modality") or "asserted", ev.get("attributed_to"),
          ev.get("verb") or "", "Evidence"] for qid, eid, ev in quotes))
    known = {str(a.get("id")) for a in articles}
    files["quoted_in.csv"] = _csv(
        [":START_ID(Evidence)", ":END_ID(Article)", ":TYPE"],
        ([qid, ev.get("article"), "QUOTED_IN"] for qid, _, ev in quotes
         if str(ev.get("article")) in known))
    return files


# ----------------------------------------------------------------------------- Cypher
def cypher_string(value: str) -> str:
    """A Cypher string literal of *value*: single-quoted, backslash and quote escaped.

    Other characters (newlines included) stand as they are, as openCypher allows, so the
    text read back is the text written.

    Examples
    --------
    >>> print(cypher_string("L'ONU a dit \\\\ « non »"))
    'L\\'ONU a dit \\\\ « non »'
    """
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def cypher_value(value: Any) -> str:
    """A Cypher literal of a string, number, boolean, null or list of them.

    Examples
    --------
    >>> cypher_value(["a", "b'c"]), cypher_value(3), cypher_value(True), cypher_value(None)
    ("['a', 'b\\\\'c']", '3', 'true', 'null')
    """
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(cypher_value(v) for v in value) + "]"
    return cypher_string(str(value))


def _set(var: str, props: Mapping[str, Any]) -> str:
    # property names in backticks: ``end`` is a Cypher keyword
    return ", ".join(f"{var}.`{k}` = {cypher_value(v)}" for k, v in props.items())


def to_cypher(data: Mapping[str, Any]) -> dict[str, bytes]:
    """A Cypher script (``graph.cypher``) of ``MERGE`` statements, one per line, that builds
    the graph in Neo4j (``cypher-shell -f graph.cypher``): ``Entity``, ``Article`` and
    ``Evidence`` nodes, typed relationships between entities (with their ``id``, see
    `edge_id`) and ``QUOTED_IN`` from each quote to its article. Running it twice changes
    nothing.
    """
    out = ["// Témoin graph: MERGE statements for Neo4j (cypher-shell -f graph.cypher).",
           "CREATE CONSTRAINT temoin_entity IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;",
           "CREATE CONSTRAINT temoin_article IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;",
           "CREATE CONSTRAINT temoin_evidence IF NOT EXISTS "
           "FOR (n:Evidence) REQUIRE n.id IS UNIQUE;"]
    for r in _node_rows(data):
        props = {k: v for k, v in r.items() if k != "id"}
        out.append(f"MERGE (n:Entity {{id: {cypher_string(r['id'])}}}) SET {_set('n', props)};")
    articles = _articles(data)
    for a in articles:
        props = {"title": a.get("title") or "", "path": a.get("path") or "",
                 "date": a.get("date") or "", "source": a.get("source") or "",
                 "sentences": len(a.get("sentences") or []),
                 "group": str(a.get("group") or a.get("id")), "copies": int(a.get("copies") or 1),
                 "text": a.get("text") or ""}
        out.append(f"MERGE (a:Article {{id: {cypher_string(str(a.get('id')))}}}) "
                   f"SET {_set('a', props)};")
    known = {str(a.get("id")) for a in articles}
    for r in _edge_rows(data):
        props = {k: r[k] for k in ("relation", "sources", "copies", "status", "contradicted",
                                   "articles", "modalities", "evidence_count")}
        out.append(f"MATCH (s:Entity {{id: {cypher_string(r['source'])}}}), "
                   f"(t:Entity {{id: {cypher_string(r['target'])}}}) "
                   f"MERGE (s)-[r:{relation_type(r['relation'])} {{id: {cypher_string(r['id'])}}}]"
                   f"->(t) SET {_set('r', props)};")
        for i, ev in enumerate(r["evidence"]):
            qid = cypher_string(f"{r['id']}#{i}")
            props = {"edge": r["id"], "article": str(ev.get("article")),
                     "sentence": ev.get("sentence"), "start": ev.get("start"),
                     "end": ev.get("end"), "text": ev.get("text"),
                     "modality": ev.get("modality") or "asserted",
                     "attributed_to": ev.get("attributed_to"), "verb": ev.get("verb") or ""}
            out.append(f"MERGE (q:Evidence {{id: {qid}}}) SET {_set('q', props)};")
            if str(ev.get("article")) in known:
                out.append(f"MATCH (q:Evidence {{id: {qid}}}), "
                           f"(a:Article {{id: {cypher_string(str(ev.get('article')))}}}) "
                           f"MERGE (q)-[:QUOTED_IN]->(a);")
    return {"graph.cypher": ("\n".join(out) + "\n").encode("utf-8")}


def to_json(data: Mapping[str, Any]) -> dict[str, bytes]:
    """The graph JSON itself (``docs/graph-json.md``), as ``temoin build`` writes it: with
    the corrections beside it applied, the corrected graph to take elsewhere."""
    from graph.export import dumps_records

    return {"graph.json": dumps_records(data).encode("utf-8")}


EXPORTERS: dict[str, Callable[[Mapping[str, Any]], dict[str, bytes]]] = {
    "graphml": to_graphml, "gexf": to_gexf, "csv": to_csv, "cypher": to_cypher,
    "json": to_json,
}


def export_files(data: Mapping[str, Any], fmt: str) -> dict[str, bytes]:
    """The files of *data* exported as *fmt* (one of `FORMATS`), as ``{name: bytes}``."""
    if fmt not in EXPORTERS:
        raise TemoinError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    return EXPORTERS[fmt](data)


# ----------------------------------------------------------------------------- writing
def write_export(data: Mapping[str, Any], fmt: str, out: str | os.PathLike) -> list[Path]:
    """Export *data* as *fmt* to *out*, atomically; returns the paths written.

    GraphML, GEXF and Cypher are one file, *out*. CSV is a folder *out* holding the CSV
    files: a new folder appears whole; in an existing folder each file is replaced whole.
    Nothing is written when the export fails.

    Raises
    ------
    TemoinError
        Unknown format, or *out* cannot be written (the message names it).
    """
    files = export_files(data, fmt)
    out = Path(out)
    parent = out.parent if str(out.parent) else Path(".")
    if not parent.is_dir():
        reason = f"{parent} is not a folder" if parent.exists() else f"no such folder {parent}"
        raise TemoinError(f"cannot write {out}: {reason}")
    if fmt == "csv":
        return _write_folder(files, out, parent)
    ((_, content),) = files.items()
    if out.is_dir():
        raise TemoinError(f"cannot write {out}: it is a folder; name a file")
    _write_file(content, out, parent)
    return [out]


def _write_file(content: bytes, path: Path, directory: Path) -> None:
    from graph.export import write_atomically

    write_atomically(path, content)


def _write_folder(files: Mapping[str, bytes], out: Path, parent: Path) -> list[Path]:
    if out.exists() and not out.is_dir():
        raise TemoinError(f"cannot write {out}: it exists and is not a folder")
    if out.is_dir():
        for name, content in files.items():
            _write_file(content, out / name, out)
        return [out / name for name in files]
    try:
        tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".tmp", dir=parent))
    except OSError as exc:
        raise TemoinError(f"cannot write {out}: {exc.strerror or exc}") from exc
    try:
        for name, content in files.items():
            (tmp / name).write_bytes(content)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o777 & ~umask)
        os.replace(tmp, out)
    except OSError as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        raise TemoinError(f"cannot write {out}: {exc.strerror or exc}") from exc
    return [out / name for name in files]
