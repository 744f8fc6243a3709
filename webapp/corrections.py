"""The reader's corrections in the explorer: the « Corrections » page (and its JSON twin), the
writes that add and undo them, and the graph they are applied to.

The server keeps the graph as built (``base``) and the corrections file beside it
(`graph.corrections`); every write rewrites the file atomically, applies the whole file to
the graph as built again (no text is parsed) and swaps the store the routes read, then
empties the answer cache.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import os
import secrets
import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from flask import (
    Blueprint,
    Flask,
    Response,
    abort,
    current_app,
    jsonify,
    redirect,
    render_template,
    request,
    url_for,
)

from graph.corrections import (
    Correction,
    CorrectionsFile,
    Outcome,
    add_correction,
    apply_corrections,
    read_corrections,
    remove_correction,
)
from graph.model import ENTITY_TYPES, TemoinError
from graph.store_sqlite import PATCHES, node_state, patch_store, write_sqlite
from webapp.render import TYPE_STYLE
from webapp.security import check_write, csrf_token
from webapp.sqlstore import SqlGraphStore
from webapp.store import ParamError

bp = Blueprint("corrections", __name__)

#: the longest name a rename or a merge may give.
MAX_NAME = 200


class CorrectionState:
    """The graph as built (its SQLite store), its corrections file, the store served (the
    graph corrected) and what became of each correction.

    With no correction in the file, the store of the graph as built is served. With some,
    the served store is the corrected graph, written once into ``<store>.corrected.sqlite``
    beside the store of the graph (else into *work_dir*) and named in its ``meta`` by a
    digest of the graph and of the corrections (``corrections_key``): the next start opens
    it without reading ``graph.json``. A correction made from the page (or an edit of the
    file) applies the whole file to the graph as built again and writes that store anew,
    atomically, the nodes drawn where they were.

    Parameters
    ----------
    base_store : Path
        The store of the graph as built.
    load_base : callable
        Gives the node-link dict of the graph as built (read only when corrections must be
        applied).
    source : str
        What to call the graph in messages.
    path : Path or None
        The corrections file; None: no corrections (nothing can be written).
    writable : bool
        Whether corrections may be made (false for ``temoin serve --read-only``).
    work_dir : Path
        Where the corrected store goes when the folder of *base_store* cannot take it.
    """

    def __init__(self, base_store: Path, load_base: Callable[[], dict[str, Any]], source: str,
                 path: Path | None, writable: bool, work_dir: Path) -> None:
        self.base_store = Path(base_store)
        self.load_base = load_base
        self.source = source
        self.path = path
        self.writable = writable and path is not None
        self.work_dir = Path(work_dir)
        self.lock = threading.RLock()
        self.file = CorrectionsFile(path or Path("corrections.jsonl"))
        self.outcomes: list[Outcome] = []
        self.error: str | None = None
        self.positions: dict[str, tuple[float, float]] = {}
        #: (modification time, size) of the file when last read: an edit by hand is seen
        self.stamp: tuple[int, int] | None = None
        #: how long the last corrected store took to write (seconds; None: opened as it was)
        self.last_write: float | None = None

    def _stamp(self) -> tuple[int, int] | None:
        try:
            st = self.path.stat() if self.path is not None else None
        except OSError:
            return None
        return (st.st_mtime_ns, st.st_size) if st is not None else None

    def changed(self) -> bool:
        """Whether the file was changed (by hand, by another process) since it was read."""
        return self.path is not None and self._stamp() != self.stamp

    def corrected_path(self) -> Path:
        """Where the store of the corrected graph is written."""
        name = self.base_store.with_suffix("").name + ".corrected.sqlite"
        beside = self.base_store.with_name(name)
        return beside if os.access(self.base_store.parent, os.W_OK) else self.work_dir / name

    def corrected(self) -> dict[str, Any]:
        """The node-link dict of the graph served: as built, the corrections applied."""
        data = self.load_base()
        if self.file.corrections and self.error is None:
            data, _ = apply_corrections(data, self.file.corrections)
        return data

    def _key(self, file: CorrectionsFile) -> str:
        """A digest of the graph as built and of the corrections: names the corrected store."""
        with sqlite3.connect(self.base_store.resolve().as_uri() + "?mode=ro", uri=True) as conn:
            identity = dict(conn.execute("SELECT key, value FROM meta")).get("graph_sha256")
        conn.close()
        if identity is None:
            st = self.base_store.stat()
            identity = f"{self.base_store.resolve()}:{st.st_size}:{st.st_mtime_ns}"
        text = json.dumps([identity, [[c.id, c.entry] for c in file.corrections]],
                          ensure_ascii=False, sort_keys=True)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    def build_store(self) -> SqlGraphStore:
        """Read the corrections file and open the store of the graph it gives.

        A file that cannot be read at all is reported in ``error`` and the graph is served
        as built; a bad line is reported in ``file.problems`` and the others apply.
        """
        error, outcomes = None, []
        file = CorrectionsFile(self.path or Path("corrections.jsonl"))
        stamp = self._stamp()
        if self.path is not None:
            try:
                file = read_corrections(self.path)
            except TemoinError as exc:
                error = str(exc)
        store = None
        self.last_write = None
        if file.corrections:
            try:
                store, outcomes = self._corrected_store(file)
            except (TemoinError, KeyError, TypeError, ValueError, sqlite3.Error) as exc:
                # a bug, or no room for the corrected store: the graph is served as built,
                # and the page says why
                error = f"the corrections of {self.path} could not be applied: {exc}"
                outcomes = []
        if store is None:
            store = SqlGraphStore(self.base_store, self.source)
        # all at once: the Corrections page never reads one file's outcomes with another's
        self.file, self.outcomes, self.error, self.stamp = file, outcomes, error, stamp
        return store

    def _corrected_store(self, file: CorrectionsFile) -> tuple[SqlGraphStore, list[Outcome]]:
        """The store of the graph corrected by *file*: the one written before for the same
        graph and corrections, else written now."""
        key = self._key(file)
        path = self.corrected_path()
        by_id = {c.id: c for c in file.corrections}
        try:
            store = SqlGraphStore(path, self.source)
        except TemoinError:
            store = None
        if store is not None and store.meta.get("corrections_key") == key:
            outcomes = [Outcome(by_id[cid], status, reason) for cid, status, reason
                        in json.loads(store.meta["corrections_outcomes"]) if cid in by_id]
            return store, outcomes
        started = time.perf_counter()
        data, outcomes = apply_corrections(self.load_base(), file.corrections)
        positions = self.positions or SqlGraphStore(self.base_store).layout()
        meta = self._outcomes_meta(file, outcomes)
        try:
            write_sqlite(data, path, meta=meta, positions=positions)
        except TemoinError:
            if path.parent == self.work_dir:
                raise
            path = self.work_dir / path.name  # the graph's folder is full or read-only
            write_sqlite(data, path, meta=meta, positions=positions)
        self.last_write = time.perf_counter() - started
        return SqlGraphStore(path, self.source), outcomes

    def _unpatched(self, current: SqlGraphStore, removed: Correction) -> SqlGraphStore | None:
        """The store *current* with the last correction, *removed*, patched back (the node as
        it was before, recorded by `_patched`), or None when it cannot be (another
        correction, other changes of the file, none left: the store as built serves)."""
        undo = json.loads(current.meta.get("undo_patch") or "null")
        if undo is None or undo["id"] != removed.id or self.error is not None:
            return None
        before = [c.id for c in self.file.corrections]
        if len(before) < 2 or before[-1] != removed.id:
            return None  # (none left: the store as built serves)
        read = self._reread(before[:-1])
        if read is None:
            return None
        file, stamp = read
        outcomes = [o for o in self.outcomes if o.correction.id != removed.id]
        meta = {**self._outcomes_meta(file, outcomes), "undo_patch": "null"}
        started = time.perf_counter()
        try:
            patch_store(current.path, current.path,
                        [("restore", undo["node"], json.dumps(undo["state"]))], meta)
            store = SqlGraphStore(current.path, self.source)
        except TemoinError:
            return None
        self.last_write = time.perf_counter() - started
        self.file, self.outcomes, self.error, self.stamp = file, outcomes, None, stamp
        return store

    def refresh(self, app: Flask, added: Correction | None = None,
                removed: Correction | None = None) -> SqlGraphStore:
        """Apply the file again and make the routes use the result (cache emptied).

        *added*: the correction just appended to the file. A rename or a type changes no
        row but the node's: the store served is patched (`graph.store_sqlite.patch_store`)
        instead of written anew from ``graph.json``. *removed*: the correction just taken
        out of the file; the last one patched is patched back. Anything else applies the
        whole file again.
        """
        from webapp.app import swap_store

        with self.lock:
            # every position drawn so far: an undo puts a node back where it was
            self.positions.update(app.extensions["temoin_store"].laid_out() or {})
            current = app.extensions["temoin_store"]
            store = None
            if added is not None:
                store = self._patched(current, added)
            elif removed is not None:
                store = self._unpatched(current, removed)
            if store is None:
                store = self.build_store()
            swap_store(app, store)
            return store

    def _reread(self, expected: list[str]):
        """(the corrections file read again, its stamp) when it holds exactly the
        corrections *expected* (by id, in order), else None: changed otherwise."""
        if self.path is None:
            return None
        stamp = self._stamp()
        try:
            file = read_corrections(self.path)
        except TemoinError:
            return None
        return (file, stamp) if [c.id for c in file.corrections] == expected else None

    def _outcomes_meta(self, file, outcomes: list[Outcome]) -> dict[str, str]:
        """The store's record of the corrections file applied and each one's outcome."""
        return {"corrections_key": self._key(file), "corrections_outcomes": json.dumps(
            [[o.correction.id, o.status, o.reason] for o in outcomes], ensure_ascii=False)}

    def _patched(self, current: SqlGraphStore, added: Correction) -> SqlGraphStore | None:
        """The store *current* with *added* made, or None when it cannot be patched (the
        file changed otherwise, another operation, a node it does not find)."""
        if added.op not in PATCHES or self.error is not None:
            return None
        read = self._reread([c.id for c in self.file.corrections] + [added.id])
        if read is None:
            return None
        file, stamp = read
        node = current.find_node(added.entry["node"])
        if node is None:
            return None  # stale: said so by applying the file
        change = (("rename", node, added.entry["label"].strip()) if added.op == "rename"
                  else ("retype", node, added.entry["type"]))
        outcomes = [*self.outcomes, Outcome(file.corrections[-1], "applied", "")]
        before = node_state(current.conn(), node)
        meta = {**self._outcomes_meta(file, outcomes),
                # how to undo it: the node as it was (only the last correction patched)
                "undo_patch": json.dumps({"id": added.id, "node": node, "state": before},
                                         ensure_ascii=False)}
        started = time.perf_counter()
        path = self.corrected_path()
        try:
            patch_store(current.path, path, [change], meta)
            store = SqlGraphStore(path, self.source)
        except TemoinError:
            return None
        self.last_write = time.perf_counter() - started
        self.file, self.outcomes, self.error, self.stamp = file, outcomes, None, stamp
        return store


def get_state() -> CorrectionState:
    return current_app.extensions["temoin_corrections"]


# ----------------------------------------------------------------------------- describing
def _name(ref: dict[str, Any]) -> str:
    return f"« {ref['name']} »"


def _edge_text(ref: dict[str, Any]) -> str:
    return f"{_name(ref['source'])} → {ref['relation']} → {_name(ref['target'])}"


def describe(entry: dict[str, Any]) -> str:
    """A correction in French, for the Corrections page.

    Examples
    --------
    >>> describe({"op": "merge", "node": {"name": "Corail"}, "into": {"name": "Groupe Corail"}})
    'Fusionner « Corail » dans « Groupe Corail »'
    """
    op = entry["op"]
    if op == "merge":
        text = f"Fusionner {_name(entry['node'])} dans {_name(entry['into'])}"
        if entry.get("label"):
            text += f" (nom gardé : « {entry['label']} »)"
        return text
    if op == "split":
        return f"Séparer « {entry['alias']} » de {_name(entry['node'])}"
    if op == "rename":
        return f"Renommer {_name(entry['node'])} en « {entry['label']} »"
    if op == "retype":
        type_name = TYPE_STYLE.get(entry["type"], ("", "", "", entry["type"]))[3]
        return f"Changer le type de {_name(entry['node'])} : {type_name} ({entry['type']})"
    if op == "hide_node":
        return f"Masquer l'entité {_name(entry['node'])}"
    if op == "hide_edge":
        return f"Masquer la relation {_edge_text(entry['edge'])}"
    quote = entry["quote"]["text"]
    short = quote if len(quote) <= 90 else quote[:87] + "…"
    return f"Masquer une citation de {_edge_text(entry['edge'])} : « {short} »"


def corrections_payload(state: CorrectionState) -> dict[str, Any]:
    """Every correction of the file with its status, and the file's bad lines."""
    by_id = {o.correction.id: o for o in state.outcomes}
    rows = []
    for c in state.file.corrections:
        outcome = by_id.get(c.id)
        status = outcome.status if outcome else "applied"
        rows.append({
            "id": c.id,
            "op": c.op,
            "line": c.line,
            "at": c.entry.get("at"),
            "description": describe(c.entry),
            "status": status,
            "status_fr": "appliquée" if status == "applied" else "périmée",
            "reason": outcome.reason if outcome else "",
            "entry": c.entry,
            "undo": url_for("corrections.undo_api", correction_id=c.id),
        })
    return {
        "file": str(state.path) if state.path else None,
        "writable": state.writable,
        "error": state.error,
        "corrections": rows,
        "applied": sum(r["status"] == "applied" for r in rows),
        "stale": sum(r["status"] == "stale" for r in rows),
        "problems": [{"line": p.line, "message": p.message, "text": p.text}
                     for p in state.file.problems],
    }


# ----------------------------------------------------------------------------- reading routes
@bp.get("/corrections")
def page() -> str:
    """The Corrections page: every correction, its status, an « Annuler » button each."""
    state = get_state()
    data = corrections_payload(state)
    return render_template("corrections.html", data=data,
                           token=csrf_token() if state.writable else None)


@bp.get("/api/corrections")
def list_api() -> Response:
    """The JSON twin of the Corrections page."""
    return jsonify(corrections_payload(get_state()))


@bp.get("/api/csrf")
def token_api() -> Response:
    """The session's CSRF token, for the explorer's writes (never cached)."""
    response = jsonify({"token": csrf_token() if get_state().writable else None,
                        "writable": get_state().writable})
    response.headers["Cache-Control"] = "no-store"
    return response


# ----------------------------------------------------------------------------- writes
def _ref(store: SqlGraphStore, node_id: Any, field: str) -> dict[str, Any]:
    """The robust reference (name and type) of a node the page names by id."""
    node = store.node_ref(node_id) if isinstance(node_id, str) else None
    if node is None:
        abort(404, f"{field}: no node {node_id!r}")
    ref = {"name": str(node["label"]), "type": node["type"]}
    if store.find_node(ref) != node_id:
        abort(409, f"{field}: another node is also called « {node['label']} » "
                   f"({node['type']}); rename one of them first")
    return ref


def _text(body: dict[str, Any], key: str) -> str:
    value = body.get(key)
    if not isinstance(value, str) or not value.strip():
        raise ParamError(f"{key} must be a non-empty string")
    if len(value) > MAX_NAME:
        raise ParamError(f"{key} is longer than {MAX_NAME} characters")
    return value.strip()


def _edge(store: SqlGraphStore, body: dict[str, Any]) -> tuple[tuple[str, str, str], dict]:
    triple = body.get("edge")
    if (not isinstance(triple, list) or len(triple) != 3
            or not all(isinstance(p, str) for p in triple)):
        raise ParamError("edge must be [source, relation, target]")
    key = (triple[0], triple[1], triple[2])
    if key not in store.edges:
        abort(404, f"no edge {triple[0]!r} –{triple[1]}→ {triple[2]!r}")
    return key, {"source": _ref(store, key[0], "edge source"), "relation": key[1],
                 "target": _ref(store, key[2], "edge target")}


def entry_from_request(store: SqlGraphStore, body: Any) -> dict[str, Any]:
    """The correction line for what the explorer asks, its nodes named by name and type.

    The explorer names nodes by id and quotes by article and offset; the line names them in
    a way that survives a rebuild.
    """
    if not isinstance(body, dict):
        raise ParamError("expected a JSON object")
    op = body.get("op")
    entry: dict[str, Any] = {"id": "c" + secrets.token_hex(5), "op": op}
    if op == "merge":
        if body.get("node") == body.get("into"):
            raise ParamError("a node cannot be merged with itself")
        entry["node"] = _ref(store, body.get("node"), "node")
        entry["into"] = _ref(store, body.get("into"), "into")
        if body.get("label") is not None:
            entry["label"] = _text(body, "label")
    elif op == "split":
        entry["node"] = _ref(store, body.get("node"), "node")
        alias = _text(body, "alias")
        if alias not in store.nodes[body["node"]]["aliases"]:
            raise ParamError(f"« {alias} » is not an alias of this node")
        entry["alias"] = alias
        if body.get("type") is not None:
            entry["type"] = _type(body.get("type"))
    elif op == "rename":
        entry["node"] = _ref(store, body.get("node"), "node")
        entry["label"] = _text(body, "label")
    elif op == "retype":
        entry["node"] = _ref(store, body.get("node"), "node")
        entry["type"] = _type(body.get("type"))
    elif op == "hide_node":
        entry["node"] = _ref(store, body.get("node"), "node")
    elif op == "hide_edge":
        entry["edge"] = _edge(store, body)[1]
    elif op == "hide_quote":
        key, entry["edge"] = _edge(store, body)
        article, start = body.get("article"), body.get("start")
        found = store.edge_quote(key, article, start)
        if found is None:
            abort(404, f"the relation has no quote at {start!r} in article {article!r}")
        entry["quote"] = {"article": article, "text": found["text"]}
    else:
        raise ParamError("op must be one of merge, split, rename, retype, hide_node, "
                         f"hide_edge, hide_quote; got {op!r}")
    entry["at"] = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return entry


def _type(value: Any) -> str:
    if value not in ENTITY_TYPES:
        raise ParamError(f"type must be one of {', '.join(ENTITY_TYPES)}, got {value!r}")
    return value


def _writable_file(state: CorrectionState) -> Path:
    if state.error is not None or state.path is None:
        abort(409, f"the corrections file cannot be changed from here: {state.error}")
    return state.path


@bp.post("/api/corrections")
def add_api() -> tuple[Response, int]:
    """Add a correction (JSON body, ``X-CSRF-Token`` header): written to the file, applied
    to the graph at once. Answers the correction, its status and the node to select."""
    check_write()
    state = get_state()
    with state.lock:
        store = current_app.extensions["temoin_store"]
        entry = entry_from_request(store, request.get_json(silent=True))
        path = _writable_file(state)
        try:
            correction = add_correction(path, entry)
        except TemoinError as exc:
            abort(500, str(exc))
        store = state.refresh(current_app._get_current_object(), added=correction)
    outcome = next((o for o in state.outcomes if o.correction.id == correction.id), None)
    # the node to show next: the one merged into, renamed or retyped (ids stay), the new one
    # of a split; none after a hide
    body = request.get_json(silent=True)
    select = {"merge": body.get("into"), "rename": body.get("node"),
              "retype": body.get("node")}.get(entry["op"])
    if entry["op"] == "split":
        select = store.find_node({"name": entry["alias"],
                                         "type": entry.get("type") or entry["node"]["type"]})
    if select not in store.nodes:
        select = None
    return jsonify({
        "ok": True,
        "correction": {"id": correction.id, "op": correction.op, "line": correction.line,
                       "description": describe(entry), "entry": entry},
        "status": outcome.status if outcome else "applied",
        "reason": outcome.reason if outcome else "",
        "select": select,
        "undo": url_for("corrections.undo_api", correction_id=correction.id),
    }), 201


def _undo(correction_id: str) -> None:
    state = get_state()
    with state.lock:
        path = _writable_file(state)
        try:
            removed = remove_correction(path, correction_id)
        except TemoinError as exc:
            abort(500, str(exc))
        if removed is None:
            abort(404, f"no correction {correction_id!r} in {path}")
        state.refresh(current_app._get_current_object(), removed=removed)


@bp.post("/api/corrections/<correction_id>/undo")
def undo_api(correction_id: str) -> Response:
    """Undo a correction: its line leaves the file, the graph is as if it had never been."""
    check_write()
    _undo(correction_id)
    return jsonify({"ok": True, "undone": correction_id})


@bp.post("/corrections/<correction_id>/undo")
def undo_form(correction_id: str) -> Response:
    """The « Annuler » button of the Corrections page (a form): undo, then back to the page."""
    check_write()
    _undo(correction_id)
    return redirect(url_for("corrections.page"), code=303)
