"""Check a graph JSON against its contract (``docs/graph-json.md``) before anything uses it.

A damaged or hand-edited file is refused with one line naming the file and the first field
that does not fit, as a JSON path (``nodes[3].mentions``), instead of an error deep inside
the explorer. Beyond types, the checks hold the promises the explorer relies on: every id
is unique, every edge joins two nodes, every quote names a known article and is its exact
text (``text == article_text[start:end]``), every span lies inside its text.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from graph.model import MODALITIES, TemoinError

#: the claim statuses an edge may have (``edges[].status``).
STATUSES = ("asserted", "reported", "alleged", "hypothetical", "denied")


class _Bad(Exception):
    def __init__(self, where: str, problem: str) -> None:
        super().__init__(where, problem)
        self.where, self.problem = where, problem


def describe(value: Any) -> str:
    """A value as JSON, shortened for a message.

    Examples
    --------
    >>> describe("many"), describe(None), describe([1, 2])
    ('"many"', 'null', 'a list')
    """
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 40 else text[:37] + "…"


def _str(v: Any, where: str) -> str:
    if not isinstance(v, str):
        raise _Bad(where, f"expected a string, got {describe(v)}")
    return v


def _id(v: Any, where: str) -> str:
    if not _str(v, where):
        raise _Bad(where, "expected a non-empty string, got \"\"")
    return v


def _int(v: Any, where: str) -> int:
    if type(v) is not int or v < 0:  # bool is not a count
        raise _Bad(where, f"expected a whole number ≥ 0, got {describe(v)}")
    return v


def _bool(v: Any, where: str) -> bool:
    if not isinstance(v, bool):
        raise _Bad(where, f"expected true or false, got {describe(v)}")
    return v


def _list(v: Any, where: str) -> list:
    if not isinstance(v, list):
        raise _Bad(where, f"expected a list, got {describe(v)}")
    return v


def _obj(v: Any, where: str) -> dict:
    if not isinstance(v, dict):
        raise _Bad(where, f"expected an object, got {describe(v)}")
    return v


def _need(obj: Mapping, key: str, where: str, check: Callable[[Any, str], Any]) -> Any:
    field = f"{where}.{key}" if where else key
    if key not in obj:
        raise _Bad(field, "missing")
    return check(obj[key], field)


def _opt(obj: Mapping, key: str, where: str, check: Callable[[Any, str], Any]) -> Any:
    return check(obj[key], f"{where}.{key}" if where else key) if key in obj else None


def _strings(v: Any, where: str) -> list[str]:
    for i, s in enumerate(_list(v, where)):
        _str(s, f"{where}[{i}]")
    return v


def _one_of(values: tuple[str, ...]) -> Callable[[Any, str], str]:
    def check(v: Any, where: str) -> str:
        if _str(v, where) not in values:
            raise _Bad(where, f"expected one of {', '.join(values)}, got {describe(v)}")
        return v

    return check


def _span(v: Any, where: str, low: int, high: int, size: int = 2) -> tuple[int, int]:
    """``[start, end]`` (and *size* - 2 more items) with ``low <= start <= end <= high``."""
    _list(v, where)
    if len(v) != size:
        raise _Bad(where, f"expected {size} items, got {len(v)}")
    a, b = _int(v[0], f"{where}[0]"), _int(v[1], f"{where}[1]")
    if not low <= a <= b <= high:
        raise _Bad(where, f"[{a}, {b}] is not inside [{low}, {high}]")
    return a, b


def _article(art: Any, where: str) -> tuple[str, str, int]:
    _obj(art, where)
    aid = _need(art, "id", where, _id)
    text = _need(art, "text", where, _str)
    for key in ("title", "path"):
        _opt(art, key, where, _str)
    sha = _opt(art, "sha256", where, _str)
    if sha is not None and (len(sha) != 64 or any(c not in "0123456789abcdef" for c in sha)):
        raise _Bad(f"{where}.sha256", f"expected 64 hexadecimal digits, got {describe(sha)}")
    sentences = _opt(art, "sentences", where, _list) or []
    for i, s in enumerate(sentences):
        _span(s, f"{where}.sentences[{i}]", 0, len(text))
    for i, s in enumerate(_opt(art, "boilerplate", where, _list) or []):
        _span(s, f"{where}.boilerplate[{i}]", 0, len(text), size=3)
        _str(s[2], f"{where}.boilerplate[{i}][2]")
    return aid, text, len(sentences)


def _evidence(ev: Any, where: str, texts: Mapping[str, str], sentences: Mapping[str, int],
              edge: bool) -> None:
    _obj(ev, where)
    article = _need(ev, "article", where, _id)
    if article not in texts:
        raise _Bad(f"{where}.article", f"no article {describe(article)} in graph.articles")
    start = _need(ev, "start", where, _int)
    end = _need(ev, "end", where, _int)
    text = _need(ev, "text", where, _str)
    full = texts[article]
    if not start <= end <= len(full):
        raise _Bad(where, f"[{start}, {end}] is not inside its article (0 to {len(full)})")
    if full[start:end] != text:
        raise _Bad(f"{where}.text", f"is not the article's text from {start} to {end}")
    sentence = _opt(ev, "sentence", where, _int)
    if sentence is not None and sentences[article] and sentence >= sentences[article]:
        raise _Bad(f"{where}.sentence",
                   f"{sentence} is past the article's {sentences[article]} sentences")
    for i, h in enumerate(_opt(ev, "highlights", where, _list) or []):
        _span(h, f"{where}.highlights[{i}]", start, end)
    if edge:
        _opt(ev, "modality", where, _one_of(MODALITIES))
        _opt(ev, "verb", where, _str)
        if ev.get("attributed_to") is not None:
            _id(ev["attributed_to"], f"{where}.attributed_to")


def _node(node: Any, where: str, texts: Mapping[str, str], sentences: Mapping[str, int]) -> str:
    _obj(node, where)
    nid = _need(node, "id", where, _id)
    for key in ("label", "type"):
        _opt(node, key, where, _str)
    for key in ("aliases", "parts", "articles"):
        _opt(node, key, where, _strings)
    _opt(node, "mentions", where, _int)
    for i, ev in enumerate(_opt(node, "evidence", where, _list) or []):
        _evidence(ev, f"{where}.evidence[{i}]", texts, sentences, edge=False)
    return nid


def _edge(edge: Any, where: str, nodes: set[str], texts: Mapping[str, str],
          sentences: Mapping[str, int]) -> tuple[str, str, str]:
    _obj(edge, where)
    ends = []
    for key in ("source", "target"):
        end = _need(edge, key, where, _id)
        if end not in nodes:
            raise _Bad(f"{where}.{key}", f"no node {describe(end)} in nodes")
        ends.append(end)
    if "relation" not in edge and "key" not in edge:
        raise _Bad(f"{where}.relation", "missing")
    relation = _opt(edge, "relation", where, _id)
    key = _opt(edge, "key", where, _id)
    _opt(edge, "sources", where, _int)
    _opt(edge, "articles", where, _strings)
    _opt(edge, "contradicted", where, _bool)
    _opt(edge, "status", where, _one_of(STATUSES))
    for i, ev in enumerate(_opt(edge, "evidence", where, _list) or []):
        _evidence(ev, f"{where}.evidence[{i}]", texts, sentences, edge=True)
    return ends[0], relation or key, ends[1]


def check_graph(data: Any, source: str | os.PathLike = "graph") -> None:
    """Raise a `TemoinError` naming *source* and the first field of *data* that does not fit.

    Parameters
    ----------
    data : any
        The parsed JSON of a graph file.
    source : str or PathLike
        What to call it in the message: the file's path.

    Raises
    ------
    TemoinError
        ``"<source> is not a Témoin graph: <field>: <problem>"``.

    Examples
    --------
    >>> check_graph({"graph": {"articles": []}, "nodes": [{"id": "a", "mentions": "many"}],
    ...              "edges": []}, "g.json")
    Traceback (most recent call last):
    ...
    graph.model.TemoinError: g.json is not a Témoin graph: nodes[0].mentions: expected a whole \
number ≥ 0, got "many"
    """
    try:
        _check(data)
    except _Bad as bad:
        raise TemoinError(f"{source} is not a Témoin graph: {bad.where}: {bad.problem}") from None


def _check(data: Any) -> None:
    if not isinstance(data, dict):
        raise _Bad("top level", f"expected an object, got {describe(data)}")
    for key in ("directed", "multigraph"):
        _opt(data, key, "", _bool)
    graph = _need(data, "graph", "", _obj) if "graph" in data else {}
    texts: dict[str, str] = {}
    sentences: dict[str, int] = {}
    for i, art in enumerate(_opt(graph, "articles", "graph", _list) or []):
        aid, text, n = _article(art, f"graph.articles[{i}]")
        if aid in texts:
            raise _Bad(f"graph.articles[{i}].id", f"{describe(aid)} is there twice")
        texts[aid], sentences[aid] = text, n
    nodes: set[str] = set()
    for i, node in enumerate(_need(data, "nodes", "", _list)):
        nid = _node(node, f"nodes[{i}]", texts, sentences)
        if nid in nodes:
            raise _Bad(f"nodes[{i}].id", f"{describe(nid)} is there twice")
        nodes.add(nid)
    keys: set[tuple[str, str, str]] = set()
    for i, edge in enumerate(_need(data, "edges", "", _list)):
        key = _edge(edge, f"edges[{i}]", nodes, texts, sentences)
        if key in keys:
            raise _Bad(f"edges[{i}]", "the same (source, relation, target) is there twice")
        keys.add(key)


def load_graph_data(path: str | os.PathLike) -> dict[str, Any]:
    """Read and check a graph JSON file.

    The messages of `graph.exports.read_graph_data` for a file that cannot be read or is not
    JSON; for a node-link object, the first bad field as `check_graph` names it.

    Raises
    ------
    TemoinError
        Naming the file: it cannot be read (missing, a folder), is empty, is not UTF-8 JSON
        (truncated…), or does not fit the contract (the first bad field).
    """
    from graph.exports import graph_data_problem

    path = Path(path)
    if path.is_dir():
        raise TemoinError(f"cannot read {path}: a folder, not a graph file")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise TemoinError(f"cannot read {path}: {exc.strerror or exc}") from None
    if not raw.strip():
        raise TemoinError(f"{path} is not graph JSON: the file is empty")
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise TemoinError(f"{path} is not graph JSON: not UTF-8 text (byte {exc.start})") \
            from None
    except json.JSONDecodeError as exc:
        raise TemoinError(f"{path} is not graph JSON: {exc.msg} at line {exc.lineno}, "
                          f"column {exc.colno}") from None
    except RecursionError:
        raise TemoinError(f"{path} is not graph JSON: nested too deeply") from None
    if isinstance(data, dict) and all(isinstance(data.get(k), list) for k in ("nodes", "edges")):
        check_graph(data, path)  # the first bad field, by its place in the file
    problem = graph_data_problem(data)
    if problem:
        raise TemoinError(f"{path} is not a Témoin graph: {problem}")
    check_graph(data, path)
    return data
