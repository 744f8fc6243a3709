"""The reader's corrections of a graph: a plain JSON Lines file kept beside the graph.

``temoin build`` writes what extraction found (``graph.json``); the reader's fixes live in
``corrections.jsonl`` in the same folder, one correction per line, and every reader of the
graph (the explorer, ``temoin export``) shows the two together. A correction names its nodes
by name and type, never by id, so it still applies after a rebuild with more articles; one
whose node or edge is gone is *stale*: reported, never dropped. A line that is not a valid
correction is reported with its line number and the others still apply. The format is in
``docs/corrections.md``.

Everything here is plain functions over the node-link dict of ``docs/graph-json.md``; the
graph given is never changed.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graph.model import ENTITY_TYPES, TemoinError
from graph.text import fold, slug

#: the file name of the corrections beside a graph.
FILE_NAME = "corrections.jsonl"

#: every operation, with the fields it needs besides ``op`` (and the optional ``id``, ``at``).
OPERATIONS: dict[str, tuple[str, ...]] = {
    "merge": ("node", "into"),  # optional "label": the name kept (default: that of "into")
    "split": ("node", "alias"),  # optional "type" of the new node (default: the node's)
    "rename": ("node", "label"),
    "retype": ("node", "type"),
    "hide_node": ("node",),
    "hide_edge": ("edge",),
    "hide_quote": ("edge", "quote"),
}
OPTIONAL = {"merge": ("label",), "split": ("type",)}
_STATUS_ORDER = ("asserted", "reported", "alleged", "hypothetical", "denied")


@dataclass(frozen=True)
class Correction:
    """One valid line of a corrections file.

    ``entry`` is the line's JSON object; ``id`` its ``"id"`` or, for a line written by hand
    without one, a digest of the line; ``line`` its line number (from 1; 0 when not read from
    a file).
    """

    id: str
    op: str
    entry: dict[str, Any]
    line: int = 0


@dataclass(frozen=True)
class Problem:
    """A line of a corrections file that is not a valid correction."""

    line: int
    message: str
    text: str = ""


@dataclass(frozen=True)
class Outcome:
    """What became of a correction applied to a graph: ``status`` is ``"applied"`` or
    ``"stale"`` (its node or edge is not in the graph), ``reason`` says why when stale."""

    correction: Correction
    status: str
    reason: str = ""


@dataclass
class CorrectionsFile:
    """The lines of a corrections file: the valid corrections and the bad lines."""

    path: Path
    lines: list[str] = field(default_factory=list)
    corrections: list[Correction] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def corrections_path(graph_path: str | os.PathLike) -> Path:
    """The corrections file of a graph file: ``corrections.jsonl`` in its folder.

    Examples
    --------
    >>> corrections_path("out/graph.json").as_posix()
    'out/corrections.jsonl'
    """
    return Path(graph_path).parent / FILE_NAME


# ----------------------------------------------------------------------------- reading
def _bad(field_name: str, problem: str) -> ValueError:
    return ValueError(f"{field_name}: {problem}")


def _text(entry: Mapping[str, Any], key: str, where: str = "") -> str:
    name = f"{where}.{key}" if where else key
    if key not in entry:
        raise _bad(name, "missing")
    value = entry[key]
    if not isinstance(value, str) or not value.strip():
        shown = json.dumps(value, ensure_ascii=False)
        raise _bad(name, f"expected a non-empty string, got {shown}")
    return value


def _type(value: Any, name: str) -> str:
    if value not in ENTITY_TYPES:
        raise _bad(name, f"expected one of {', '.join(ENTITY_TYPES)}, "
                         f"got {json.dumps(value, ensure_ascii=False)}")
    return value


def _node_ref(entry: Mapping[str, Any], key: str, where: str = "") -> None:
    name = f"{where}.{key}" if where else key
    if key not in entry:
        raise _bad(name, "missing")
    ref = entry[key]
    if not isinstance(ref, dict):
        raise _bad(name, 'expected an object {"name": …, "type": …}')
    _text(ref, "name", name)
    if ref.get("type") is not None:
        _type(ref["type"], f"{name}.type")
    unknown = sorted(set(ref) - {"name", "type"})
    if unknown:
        raise _bad(f"{name}.{unknown[0]}", "unknown field (a node is named by name and type)")


def check_entry(entry: Any) -> str:
    """Check one correction object; return its operation.

    Raises
    ------
    ValueError
        Naming the field that does not fit.

    Examples
    --------
    >>> check_entry({"op": "rename", "node": {"name": "Corail", "type": "ORG"},
    ...              "label": "Compagnie Corail"})
    'rename'
    >>> check_entry({"op": "retype", "node": {"name": "Corail"}, "type": "ville"})
    Traceback (most recent call last):
    ...
    ValueError: type: expected one of PER, ORG, LOC, MISC, CONCEPT, got "ville"
    """
    if not isinstance(entry, dict):
        raise _bad("line", "expected a JSON object {…}")
    op = entry.get("op")
    if op not in OPERATIONS:
        raise _bad("op", f"expected one of {', '.join(OPERATIONS)}, "
                         f"got {json.dumps(op, ensure_ascii=False)}")
    for key in ("id", "at"):
        if key in entry and not isinstance(entry[key], str):
            raise _bad(key, "expected a string")
    known = {"op", "id", "at", *OPERATIONS[op], *OPTIONAL.get(op, ())}
    unknown = sorted(set(entry) - known)
    if unknown:
        raise _bad(unknown[0], f"unknown field for {op!r} (fields: "
                               f"{', '.join(OPERATIONS[op] + OPTIONAL.get(op, ()))})")
    for key in OPERATIONS[op]:
        if key in ("node", "into"):
            _node_ref(entry, key)
        elif key == "edge":
            if not isinstance(entry.get("edge"), dict):
                raise _bad("edge", 'expected an object {"source": …, "relation": …, "target": …}')
            _node_ref(entry["edge"], "source", "edge")
            _text(entry["edge"], "relation", "edge")
            _node_ref(entry["edge"], "target", "edge")
        elif key == "quote":
            if not isinstance(entry.get("quote"), dict):
                raise _bad("quote", 'expected an object {"article": …, "text": …}')
            _text(entry["quote"], "article", "quote")
            _text(entry["quote"], "text", "quote")
        elif key == "type":
            _type(entry.get("type"), "type")
        else:
            _text(entry, key)
    if op == "split" and entry.get("type") is not None:
        _type(entry["type"], "type")
    if op == "merge" and "label" in entry:
        _text(entry, "label")
    return op


def line_id(line: str) -> str:
    """The id of a hand-written correction line without an ``"id"``: a digest of it."""
    return "l" + hashlib.sha1(line.strip().encode("utf-8")).hexdigest()[:10]


def parse_lines(lines: Iterable[str], source: str = FILE_NAME) -> tuple[list[Correction],
                                                                         list[Problem]]:
    """The corrections of a file's lines, and its bad lines named by number.

    Blank lines and lines starting with ``#`` are skipped.

    Examples
    --------
    >>> good, bad = parse_lines(['{"op": "hide_node", "node": {"name": "X"}}', "# note",
    ...                          '{"op": "hide_node"}'])
    >>> [c.op for c in good], [(p.line, p.message) for p in bad]
    (['hide_node'], [(3, 'corrections.jsonl, line 3: node: missing')])
    """
    corrections: list[Correction] = []
    problems: list[Problem] = []
    seen: set[str] = set()
    for number, raw in enumerate(lines, 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        try:
            entry = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(Problem(number, f"{source}, line {number}: not JSON: {exc.msg} "
                                            f"(column {exc.colno})", line))
            continue
        try:
            op = check_entry(entry)
        except ValueError as exc:
            problems.append(Problem(number, f"{source}, line {number}: {exc}", line))
            continue
        cid = entry.get("id") or line_id(line)
        if cid in seen:
            problems.append(Problem(number, f"{source}, line {number}: id: {cid!r} is used "
                                            "by an earlier line", line))
            continue
        seen.add(cid)
        corrections.append(Correction(cid, op, entry, number))
    return corrections, problems


def read_corrections(path: str | os.PathLike) -> CorrectionsFile:
    """Read a corrections file; a missing file is an empty one.

    Bad lines (not JSON, not a correction, not UTF-8) are in ``problems``, never raised: the
    good ones still apply.

    Raises
    ------
    TemoinError
        When the file exists but cannot be read at all (a folder, no permission).
    """
    path = Path(path)
    if not path.exists():
        return CorrectionsFile(path)
    if path.is_dir():
        raise TemoinError(f"cannot read {path}: a folder, not a corrections file")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise TemoinError(f"cannot read {path}: {exc.strerror or exc}") from None
    # line by line: a line that is not UTF-8 is a bad line, kept byte for byte on rewrite
    lines, not_utf8 = [], {}
    for number, chunk in enumerate(raw.split(b"\n"), 1):
        try:
            lines.append(chunk.decode("utf-8").rstrip("\r"))
        except UnicodeDecodeError as exc:
            lines.append(chunk.decode("utf-8", "surrogateescape").rstrip("\r"))
            not_utf8[number] = exc.start
    if lines and lines[-1] == "":
        lines.pop()
    corrections, problems = parse_lines(
        ["" if i in not_utf8 else line for i, line in enumerate(lines, 1)], str(path))
    problems += [Problem(i, f"{path}, line {i}: not UTF-8 text (byte {at} of the line)",
                         lines[i - 1].encode("utf-8", "surrogateescape").decode("utf-8",
                                                                                "replace"))
                 for i, at in not_utf8.items()]
    problems.sort(key=lambda p: p.line)
    return CorrectionsFile(path, lines, corrections, problems)


def entry_line(entry: Mapping[str, Any]) -> str:
    """One correction as its line in the file (keys in a fixed order, UTF-8 as is)."""
    order = ["id", "op", "node", "into", "edge", "quote", "label", "alias", "type", "at"]
    ordered = {k: entry[k] for k in order if k in entry}
    ordered.update({k: v for k, v in entry.items() if k not in ordered})
    return json.dumps(ordered, ensure_ascii=False)


def write_lines(path: str | os.PathLike, lines: list[str]) -> None:
    """Write the lines of a corrections file atomically (`graph.export.write_atomically`:
    a temporary file in the same folder, locked while written, then renamed over it)."""
    from graph.export import write_atomically

    write_atomically(path, "".join(line + "\n" for line in lines).encode(
        "utf-8", errors="surrogateescape"))


def add_correction(path: str | os.PathLike, entry: dict[str, Any]) -> Correction:
    """Check *entry* and append it to the corrections file (atomically; every other line,
    bad ones included, is kept as it is)."""
    check_entry(entry)
    current = read_corrections(path)
    line = entry_line(entry)
    cid = entry.get("id") or line_id(line)
    if any(c.id == cid for c in current.corrections):
        raise TemoinError(f"{path}: a correction with id {cid!r} is already there")
    write_lines(path, [*current.lines, line])
    return Correction(cid, entry["op"], dict(entry), len(current.lines) + 1)


def remove_correction(path: str | os.PathLike, correction_id: str) -> Correction | None:
    """Remove the correction *correction_id* from the file (atomically); return it, or None
    when it is not there."""
    current = read_corrections(path)
    found = next((c for c in current.corrections if c.id == correction_id), None)
    if found is None:
        return None
    lines = [line for i, line in enumerate(current.lines, 1) if i != found.line]
    write_lines(path, lines)
    return found


# ----------------------------------------------------------------------------- applying
@functools.lru_cache(maxsize=65536)
def _fold(text: str) -> str:
    return fold(text)


class _Graph:
    """A working copy of a node-link dict: nodes by id, edges by (source, relation, target).

    Node and edge dicts are copies; lists in them are replaced, never changed in place, so
    the graph given is untouched."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        self.data = data
        articles = (data.get("graph") or {}).get("articles") or []
        self.texts = {a["id"]: a.get("text", "") for a in articles}
        self.group = {a["id"]: a.get("group") or a["id"] for a in articles}
        self.repeats: dict[str, int] = defaultdict(int)
        for a in articles:
            if a.get("copy_of"):
                self.repeats[a["copy_of"]] += 1
        self.nodes: dict[str, dict[str, Any]] = {str(n["id"]): dict(n) for n in data["nodes"]}
        self.edges: dict[tuple[str, str, str], dict[str, Any]] = {}
        #: indexes kept as nodes and edges change: folded name → node ids, node → its edges
        self.names: dict[str, set[str]] = defaultdict(set)
        self.adj: dict[str, set[tuple[str, str, str]]] = defaultdict(set)
        #: ids gone (merged or hidden) → the node that took their place, or None; quotes
        #: attributed to them are attributed anew when the graph is written out
        self.gone: dict[str, str | None] = {}
        for nid in self.nodes:
            self.index(nid)
        for e in data["edges"]:
            relation = str(e.get("relation") or e.get("key"))
            edge = dict(e)
            edge["evidence"] = list(edge.get("evidence") or [])
            self.set_edge((str(e["source"]), relation, str(e["target"])), edge)

    def to_data(self) -> dict[str, Any]:
        out = {k: v for k, v in self.data.items() if k not in ("nodes", "edges")}
        out["nodes"] = list(self.nodes.values())
        out["edges"] = [{**e, "source": s, "target": t, "key": r, "relation": r,
                         "evidence": self.attributed(e["evidence"])}
                        for (s, r, t), e in self.edges.items()]
        return out

    def attributed(self, evidence: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """*evidence* with its attributions to gone nodes given to who took their place."""
        if not self.gone or not any(ev.get("attributed_to") in self.gone for ev in evidence):
            return evidence
        out = []
        for ev in evidence:
            who = ev.get("attributed_to")
            if who in self.gone:
                seen = set()
                while who in self.gone and who not in seen:
                    seen.add(who)
                    who = self.gone[who]
                ev = {**ev, "attributed_to": who}
            out.append(ev)
        return out

    # -- indexes
    def index(self, nid: str) -> None:
        node = self.nodes[nid]
        for name in [node.get("label", nid), *(node.get("aliases") or [])]:
            self.names[_fold(str(name))].add(nid)

    def unindex(self, nid: str) -> None:
        node = self.nodes[nid]
        for name in [node.get("label", nid), *(node.get("aliases") or [])]:
            self.names[_fold(str(name))].discard(nid)

    def set_edge(self, key: tuple[str, str, str], edge: dict[str, Any]) -> None:
        self.edges[key] = edge
        self.adj[key[0]].add(key)
        self.adj[key[2]].add(key)

    def drop_edge(self, key: tuple[str, str, str]) -> dict[str, Any]:
        self.adj[key[0]].discard(key)
        self.adj[key[2]].discard(key)
        return self.edges.pop(key)

    def new_id(self, name: str) -> str:
        """A node id made from *name*, used by no node now nor before."""
        base = slug(name)
        nid, n = base, 2
        while nid in self.nodes or nid in self.gone:
            nid, n = f"{base}-{n}", n + 1
        return nid

    # -- finding
    def find(self, ref: Mapping[str, Any]) -> str | None:
        found = self.names.get(_fold(ref["name"])) or ()
        return find_node({nid: self.nodes[nid] for nid in found}, ref)

    def edge_key(self, ref: Mapping[str, Any]) -> tuple[tuple[str, str, str] | None, str]:
        s, t = self.find(ref["source"]), self.find(ref["target"])
        if s is None:
            return None, f"no node {describe_ref(ref['source'])}"
        if t is None:
            return None, f"no node {describe_ref(ref['target'])}"
        key = (s, ref["relation"], t)
        if key not in self.edges:
            return None, (f"no relation {describe_ref(ref['source'])} –{ref['relation']}→ "
                          f"{describe_ref(ref['target'])}")
        return key, ""

    # -- edges
    def restat(self, edge: dict[str, Any]) -> None:
        """Recompute an edge's counts and status from its evidence, as ``temoin build``."""
        evidence = edge["evidence"]
        arts = sorted({ev["article"] for ev in evidence})
        edge["articles"] = arts
        edge["sources"] = len({self.group.get(a, a) for a in arts})
        edge["copies"] = len(arts) + sum(self.repeats[a] for a in arts)
        kinds = {ev.get("modality") or "asserted" for ev in evidence}
        edge["status"] = next((k for k in _STATUS_ORDER if k in kinds), "asserted")
        denied = {ev["article"] for ev in evidence if ev.get("modality") == "denied"}
        affirmed = {ev["article"] for ev in evidence
                    if (ev.get("modality") or "asserted") in ("asserted", "reported")}
        edge["contradicted"] = bool(denied and affirmed - denied)

    def add_evidence(self, key: tuple[str, str, str], evidence: list[dict[str, Any]],
                     like: Mapping[str, Any]) -> None:
        """Put *evidence* on edge *key* (made like *like* when new), one quote per sentence."""
        if key[0] == key[2]:
            return  # a node related to itself: the two ends are one now
        edge = self.edges.get(key)
        if edge is None:
            edge = {k: v for k, v in like.items() if k not in ("source", "target")}
            edge["evidence"] = []
            self.set_edge(key, edge)
        merged = list(edge["evidence"])
        where = {(ev["article"], ev.get("sentence"), ev["start"]): i
                 for i, ev in enumerate(merged)}
        for ev in evidence:
            at = where.get((ev["article"], ev.get("sentence"), ev["start"]))
            if at is None:
                where[(ev["article"], ev.get("sentence"), ev["start"])] = len(merged)
                merged.append(ev)
            else:
                old = merged[at]
                marks = sorted({tuple(h) for h in [*(old.get("highlights") or []),
                                                   *(ev.get("highlights") or [])]})
                merged[at] = {**old, "highlights": [list(h) for h in marks]}
        merged.sort(key=lambda ev: (ev["article"], ev.get("sentence", 0), ev["start"]))
        edge["evidence"] = merged
        self.restat(edge)

    def reattribute(self, old: str, new: str | None) -> None:
        """Quotes attributed to node *old* are attributed to *new* (None: to nobody)."""
        self.gone[old] = new

    def touching(self, nid: str) -> list[tuple[str, str, str]]:
        return sorted(self.adj.get(nid, ()))


def find_node(nodes: Mapping[str, Mapping[str, Any]], ref: Mapping[str, Any]) -> str | None:
    """The id of the node a reference ``{"name", "type"}`` names, or None.

    The name is the node's label, else one of its aliases (exact first, then accent- and
    case-insensitive); with ``type``, only nodes of that type; the most mentioned node when
    several fit equally.

    Examples
    --------
    >>> nodes = {"a": {"label": "Corail", "type": "ORG", "aliases": ["Groupe Corail"]},
    ...          "b": {"label": "Corail", "type": "LOC", "aliases": []}}
    >>> find_node(nodes, {"name": "groupe corail"}), find_node(nodes, {"name": "Corail",
    ...                                                                "type": "LOC"})
    ('a', 'b')
    """
    name, wanted = ref["name"], ref.get("type")
    folded = _fold(name)
    best: tuple | None = None
    for nid, node in nodes.items():
        if wanted and node.get("type") != wanted:
            continue
        label = str(node.get("label", nid))
        if label == name:
            rank = 0
        elif _fold(label) == folded:
            rank = 1
        else:
            aliases = [str(a) for a in node.get("aliases") or []]
            if name in aliases:
                rank = 2
            elif any(_fold(a) == folded for a in aliases):
                rank = 3
            else:
                continue
        key = (rank, -int(node.get("mentions") or 0), nid)
        if best is None or key < best:
            best = key
    return best[2] if best else None


def describe_ref(ref: Mapping[str, Any]) -> str:
    """A node reference for a message: ``« Corail » (ORG)``.

    Examples
    --------
    >>> describe_ref({"name": "Corail", "type": "ORG"}), describe_ref({"name": "Corail"})
    ('« Corail » (ORG)', '« Corail »')
    """
    return f"« {ref['name']} »" + (f" ({ref['type']})" if ref.get("type") else "")


def _union(*lists: Iterable[str], without: Iterable[str] = ()) -> list[str]:
    skip = set(without)
    out: list[str] = []
    for items in lists:
        for item in items:
            if item not in skip and item not in out:
                out.append(item)
    return out


def _merge_evidence(a: list[dict[str, Any]], b: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A node's quotes and another's, one per sentence, highlights united."""
    by_sentence: dict[tuple, dict[str, Any]] = {}
    for ev in [*a, *b]:
        key = (ev["article"], ev.get("sentence"), ev["start"])
        if key in by_sentence:
            old = by_sentence[key]
            marks = sorted({tuple(h) for h in [*(old.get("highlights") or []),
                                               *(ev.get("highlights") or [])]})
            by_sentence[key] = {**old, "highlights": [list(h) for h in marks]}
        else:
            by_sentence[key] = ev
    return sorted(by_sentence.values(),
                  key=lambda ev: (ev["article"], ev.get("sentence", 0), ev["start"]))


class _Done(str):
    """The reason a correction changes nothing although its nodes are there: what it asks is
    so already (a merge of two names of one node). Applied, not stale."""


def _merge(g: _Graph, entry: Mapping[str, Any]) -> str:
    loser, winner = g.find(entry["node"]), g.find(entry["into"])
    if loser is None:
        return f"no node {describe_ref(entry['node'])}"
    if winner is None:
        return f"no node {describe_ref(entry['into'])}"
    if loser == winner:
        return _Done(f"{describe_ref(entry['node'])} and {describe_ref(entry['into'])} "
                     "are one node already")
    _merge_ids(g, loser, winner, entry.get("label"))
    return ""


def _merge_ids(g: _Graph, loser: str, winner: str, label: str | None = None) -> None:
    """Merge node *loser* into node *winner* (its id stays), *label* its name if given."""
    g.unindex(loser)
    g.unindex(winner)
    a, b = g.nodes.pop(loser), g.nodes[winner]
    label = label or b.get("label", winner)
    b["aliases"] = _union(b.get("aliases") or [], [b.get("label", winner), a.get("label", loser)],
                          a.get("aliases") or [], without=[label])
    b["label"] = label
    b["parts"] = _union(b.get("parts") or [], a.get("parts") or [])
    b["evidence"] = _merge_evidence(b.get("evidence") or [], a.get("evidence") or [])
    b["mentions"] = int(b.get("mentions") or 0) + int(a.get("mentions") or 0)
    b["articles"] = sorted({*(b.get("articles") or []), *(a.get("articles") or [])})
    g.index(winner)
    for key in g.touching(loser):
        edge = g.drop_edge(key)
        s, r, t = key
        new = (winner if s == loser else s, r, winner if t == loser else t)
        g.add_evidence(new, edge["evidence"], edge)
    g.reattribute(loser, winner)


def _split(g: _Graph, entry: Mapping[str, Any]) -> str:
    nid = g.find(entry["node"])
    if nid is None:
        return f"no node {describe_ref(entry['node'])}"
    node = g.nodes[nid]
    alias = entry["alias"]
    folded = _fold(alias)
    kept = [a for a in node.get("aliases") or [] if _fold(a) != folded]
    if len(kept) == len(node.get("aliases") or []):
        return f"{describe_ref(entry['node'])} has no alias « {alias} »"
    name = next(a for a in node["aliases"] if _fold(a) == folded)
    # the new node's mentions: the highlights of the node's quotes that read the alias
    moved: dict[str, list[tuple[int, int]]] = defaultdict(list)
    old_quotes, new_quotes = [], []
    for ev in node.get("evidence") or []:
        text = g.texts.get(ev["article"], "")
        marks = [tuple(h) for h in ev.get("highlights") or []]
        mine = [h for h in marks if _fold(text[h[0]:h[1]]) == folded]
        rest = [h for h in marks if h not in mine]
        if mine:
            moved[ev["article"]].extend(mine)
            new_quotes.append({**ev, "highlights": [list(h) for h in mine]})
        if rest or not mine:
            old_quotes.append({**ev, "highlights": [list(h) for h in rest]})
    new_id = g.new_id(name)
    count = sum(len(v) for v in moved.values())
    g.unindex(nid)
    node["aliases"] = kept
    node["evidence"] = old_quotes
    node["mentions"] = max(int(node.get("mentions") or 0) - count, 0)
    node["articles"] = sorted({ev["article"] for ev in old_quotes})
    g.nodes[new_id] = {"id": new_id, "label": name,
                       "type": entry.get("type") or node.get("type", "MISC"),
                       "aliases": [], "parts": [], "mentions": count,
                       "articles": sorted(moved), "evidence": new_quotes}
    g.index(nid)
    g.index(new_id)

    def reads_alias(ev: Mapping[str, Any]) -> bool:
        spans = moved.get(ev["article"], [])
        return any(a < mb and ma < b for a, b in ev.get("highlights") or [] for ma, mb in spans)

    for key in g.touching(nid):
        edge = g.edges[key]
        go = [ev for ev in edge["evidence"] if reads_alias(ev)]
        if not go:
            continue
        stay = [ev for ev in edge["evidence"] if not reads_alias(ev)]
        s, r, t = key
        g.add_evidence((new_id if s == nid else s, r, new_id if t == nid else t), go, edge)
        if stay:
            edge["evidence"] = stay
            g.restat(edge)
        else:
            g.drop_edge(key)
    # a node of that very name and type already there: the alias's mentions join it
    same = [other for other in g.names.get(folded, ())
            if other not in (nid, new_id) and g.nodes[other].get("type") == g.nodes[new_id]["type"]
            and _fold(str(g.nodes[other].get("label", ""))) == folded]
    if same:
        _merge_ids(g, new_id, min(same, key=lambda o: (-int(g.nodes[o].get("mentions") or 0),
                                                       o)))
    return ""


def _rename(g: _Graph, entry: Mapping[str, Any]) -> str:
    nid = g.find(entry["node"])
    if nid is None:
        return f"no node {describe_ref(entry['node'])}"
    node = g.nodes[nid]
    label = entry["label"].strip()
    g.unindex(nid)
    node["aliases"] = _union(node.get("aliases") or [], [node.get("label", nid)],
                             without=[label])
    node["label"] = label
    g.index(nid)
    return ""


def _retype(g: _Graph, entry: Mapping[str, Any]) -> str:
    nid = g.find(entry["node"])
    if nid is None:
        return f"no node {describe_ref(entry['node'])}"
    g.nodes[nid]["type"] = entry["type"]
    return ""


def _hide_node(g: _Graph, entry: Mapping[str, Any]) -> str:
    nid = g.find(entry["node"])
    if nid is None:
        return f"no node {describe_ref(entry['node'])}"
    g.unindex(nid)
    del g.nodes[nid]
    for key in g.touching(nid):
        g.drop_edge(key)
    g.reattribute(nid, None)
    return ""


def _hide_edge(g: _Graph, entry: Mapping[str, Any]) -> str:
    key, why = g.edge_key(entry["edge"])
    if key is None:
        return why
    g.drop_edge(key)
    return ""


def _hide_quote(g: _Graph, entry: Mapping[str, Any]) -> str:
    key, why = g.edge_key(entry["edge"])
    if key is None:
        return why
    edge = g.edges[key]
    quote = entry["quote"]
    kept = [ev for ev in edge["evidence"]
            if not (ev["article"] == quote["article"] and ev["text"] == quote["text"])]
    if len(kept) == len(edge["evidence"]):
        return f"the relation has no such quote in article {quote['article']}"
    if kept:
        edge["evidence"] = kept
        g.restat(edge)
    else:
        g.drop_edge(key)  # its only quote hidden: nothing supports it any more
    return ""


_APPLY = {"merge": _merge, "split": _split, "rename": _rename, "retype": _retype,
          "hide_node": _hide_node, "hide_edge": _hide_edge, "hide_quote": _hide_quote}


def apply_corrections(data: Mapping[str, Any], corrections: Iterable[Correction]
                      ) -> tuple[dict[str, Any], list[Outcome]]:
    """The graph with *corrections* applied in order, and what became of each.

    Parameters
    ----------
    data : mapping
        A node-link dict (``docs/graph-json.md``); it is not changed.
    corrections : iterable of Correction
        In file order: a later correction names nodes as the earlier ones left them.

    Returns
    -------
    (dict, list of Outcome)
        The corrected node-link dict, and per correction ``"applied"`` or ``"stale"`` (with
        the reason: its node or edge is not in this graph).

    Examples
    --------
    >>> data = {"graph": {"articles": []}, "edges": [], "nodes": [
    ...     {"id": "a", "label": "Corail", "type": "ORG", "aliases": [], "mentions": 1},
    ...     {"id": "b", "label": "Compagnie Corail", "type": "ORG", "aliases": [],
    ...      "mentions": 3}]}
    >>> merge = Correction("c1", "merge", {"op": "merge", "node": {"name": "Corail"},
    ...                                     "into": {"name": "Compagnie Corail"}})
    >>> out, outcomes = apply_corrections(data, [merge])
    >>> [(n["label"], n["aliases"], n["mentions"]) for n in out["nodes"]]
    [('Compagnie Corail', ['Corail'], 4)]
    >>> again, outcomes = apply_corrections(out, [merge])  # already done: « Corail » is an alias
    >>> outcomes[0].status, outcomes[0].reason
    ('applied', '« Corail » and « Compagnie Corail » are one node already')
    >>> empty = {"graph": {"articles": []}, "nodes": [], "edges": []}
    >>> apply_corrections(empty, [merge])[1][0].reason
    'no node « Corail »'
    """
    g = _Graph(data)
    outcomes = []
    for c in corrections:
        why = _APPLY[c.op](g, c.entry)
        stale = bool(why) and not isinstance(why, _Done)
        outcomes.append(Outcome(c, "stale" if stale else "applied", why))
    return g.to_data(), outcomes


def corrected_graph(data: Mapping[str, Any], path: str | os.PathLike
                    ) -> tuple[dict[str, Any], list[Outcome], CorrectionsFile]:
    """The graph with the corrections of file *path* applied (the graph itself when there
    are none), the outcomes and the file read."""
    file = read_corrections(path)
    if not file.corrections:
        return dict(data), [], file
    out, outcomes = apply_corrections(data, file.corrections)
    return out, outcomes, file


def report_lines(outcomes: list[Outcome], file: CorrectionsFile) -> list[str]:
    """What ``temoin build`` and ``temoin serve`` say about a corrections file: its bad lines
    and its stale corrections, one line each, then a count."""
    lines = [p.message for p in file.problems]
    for o in outcomes:
        if o.status == "stale":
            lines.append(f"{file.path}, line {o.correction.line}: stale ({o.correction.op}): "
                         f"{o.reason}")
    applied = sum(o.status == "applied" for o in outcomes)
    if outcomes or file.problems:
        stale = len(outcomes) - applied
        lines.append(f"corrections: {applied} applied, {stale} stale, "
                     f"{len(file.problems)} bad line(s) in {file.path}")
    return lines
