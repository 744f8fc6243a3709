"""Write and read the graph JSON (node-link form, key ``edges``), atomically."""

from __future__ import annotations

import glob
import json
import os
import stat
import tempfile
from collections.abc import Callable
from json.encoder import encode_basestring as _string
from pathlib import Path
from typing import BinaryIO

import networkx as nx

from graph.model import TemoinError

try:
    import fcntl
except ImportError:  # not POSIX: stale temporary files are removed without a lock check
    fcntl = None

FORMAT_VERSION = 1


def to_data(g: nx.MultiDiGraph) -> dict:
    """The node-link dict of DESIGN.md.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> g.add_edge("a", "b", key="voir", relation="voir")
    'voir'
    >>> sorted(to_data(g))
    ['directed', 'edges', 'graph', 'multigraph', 'nodes']
    """
    data = nx.node_link_data(g, edges="edges")
    data["graph"] = {"format": FORMAT_VERSION, **data.get("graph", {})}
    return data


def from_data(data: dict) -> nx.MultiDiGraph:
    """The graph of a node-link dict; `TemoinError` if it is not one."""
    try:
        return nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")
    except (KeyError, TypeError, nx.NetworkXError) as exc:
        raise TemoinError(f"not a Témoin graph: {exc}") from exc


def _temp_prefix(path: Path) -> str:
    return f".{path.name}."


def clean_stale_temps(path: str | os.PathLike) -> list[Path]:
    """Remove the temporary files that writes of *path* killed before their rename left
    (``.graph.json.XXXX.tmp``); a write still running holds a lock on its own and keeps it.

    Returns the files removed.
    """
    path = Path(path)
    directory = path.parent if str(path.parent) else Path(".")
    removed = []
    for tmp in directory.glob(glob.escape(_temp_prefix(path)) + "*.tmp"):
        try:
            fd = os.open(tmp, os.O_RDONLY | os.O_NOFOLLOW | getattr(os, "O_NONBLOCK", 0))
        except OSError:
            continue
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                continue
            if fcntl is not None:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # OSError: a live writer's
            tmp.unlink()
            removed.append(tmp)
        except OSError:
            continue
        finally:
            os.close(fd)
    return removed


def write_atomically(path: str | os.PathLike,
                     content: bytes | Callable[[BinaryIO], None]) -> None:
    """Write *content* to *path* atomically: a temporary file in the same folder, locked
    while written, then renamed over *path*; the old file stays if anything fails.
    *content* is the bytes, or a function that writes them to the file it is given (a
    large file need not be held whole in memory); what it raises is raised, the
    temporary file removed.

    The lock lets `clean_stale_temps` (run first) remove only the temporary files of
    writes that were killed. Any failure is a `TemoinError` naming *path*.
    """
    path = Path(path)
    directory = path.parent if str(path.parent) else Path(".")
    clean_stale_temps(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=_temp_prefix(path), suffix=".tmp", dir=directory)
    except OSError as exc:
        raise TemoinError(f"cannot write {path}: {exc.strerror or exc}") from None
    lock = os.dup(fd)  # holds the lock until the rename is done, after the file is closed
    try:
        if fcntl is not None:
            fcntl.flock(lock, fcntl.LOCK_EX)
        with os.fdopen(fd, "wb") as fh:
            if callable(content):
                content(fh)
            else:
                fh.write(content)
            fh.flush()
            os.fsync(fh.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; give the usual file mode
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise TemoinError(f"cannot write {path}: {exc.strerror or exc}") from None
    except BaseException:  # a writer's error: no temporary file left behind
        Path(tmp).unlink(missing_ok=True)
        raise
    finally:
        os.close(lock)


def write_json(g: nx.MultiDiGraph, path: str | os.PathLike) -> None:
    """Write *g* to *path* atomically (`write_atomically`): the old file stays if anything
    fails. The text is written as it is made, a few megabytes at a time, not held whole."""
    write_data(to_data(g), path)


def write_data(data: dict, path: str | os.PathLike) -> None:
    """Write the node-link dict *data* (`to_data`) to *path* as `write_json` writes a graph:
    the same bytes (`write_records`), atomically, as it is made."""
    write_atomically(path, lambda fh: write_records(data, lambda text: fh.write(
        text.encode("utf-8"))))


def dumps_records(value) -> str:
    """The text of a graph file: JSON (UTF-8 kept), one record per line.

    A dict is written a key per line, indented by one space a level; a list of dicts is
    written one dict per line, each whole on its line (an article, a node, an edge: what
    ``grep`` and ``diff`` read best); any other value, and everything inside a record, as
    ``json.dumps(value, ensure_ascii=False)`` writes it. Every record is encoded by the
    standard library's C encoder: a graph file of 1,000 articles (1.7 million values) is
    written in a third of the time an indented one took.

    Examples
    --------
    >>> print(dumps_records({"graph": {"format": 1}, "nodes": [{"id": "a", "n": [1, 2]},
    ...                      {"id": "é"}], "edges": [], "tags": ["x", "y"]}))
    {
     "graph": {
      "format": 1
     },
     "nodes": [
      {"id": "a", "n": [1, 2]},
      {"id": "é"}
     ],
     "edges": [],
     "tags": ["x", "y"]
    }

    Raises
    ------
    TypeError
        For a value JSON has no form for, as `json.dumps` does.
    ValueError
        For a structure that contains itself, as `json.dumps` does.
    """
    parts: list[str] = []
    write_records(value, parts.append)
    return "".join(parts)


#: records encoded before they are handed to the writer (some hundreds of kilobytes)
_RECORDS = 256


def write_records(value, write: Callable[[str], None]) -> None:
    """Hand the text of :func:`dumps_records` to *write*, a few hundred records at a time,
    as it is made: a graph file of 3,000 articles (58 MB) is never held whole in memory."""
    out: list[str] = []
    seen: set[int] = set()

    def block(item, pad: str) -> None:
        if isinstance(item, dict):
            if not item:
                out.append("{}")
                return
            enter(item)
            out.append("{")
            inner = "\n" + pad + " "
            for i, (key, sub) in enumerate(item.items()):
                out.append(("," if i else "") + inner + _string(_key(key)) + ": ")
                block(sub, pad + " ")
            out.append("\n" + pad + "}")
            seen.discard(id(item))
        elif (isinstance(item, (list, tuple)) and item
              and all(isinstance(x, dict) for x in item)):
            enter(item)
            out.append("[")
            inner = "\n" + pad + " "
            for i, record in enumerate(item):
                out.append(("," if i else "") + inner + _dumps(record))
                if len(out) > _RECORDS:  # hand over what is made
                    write("".join(out))
                    out.clear()
            out.append("\n" + pad + "]")
            seen.discard(id(item))
        else:
            out.append(_dumps(item))

    def enter(container) -> None:
        if id(container) in seen:
            raise ValueError("Circular reference detected")
        seen.add(id(container))

    block(value, "")
    write("".join(out))


def _dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False)


_KEYWORDS = {None: "null", True: "true", False: "false"}


def _float(value: float) -> str:
    if value != value:
        return "NaN"
    if value in (float("inf"), float("-inf")):
        return "Infinity" if value > 0 else "-Infinity"
    return float.__repr__(value)


def _key(key) -> str:
    if isinstance(key, str):
        return key
    if key is None or key is True or key is False:
        return _KEYWORDS[key]
    if isinstance(key, int):
        return int.__repr__(key)
    if isinstance(key, float):
        return _float(key)
    raise TypeError(f"keys must be str, int, float, bool or None, not {key.__class__.__name__}")
