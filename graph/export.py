"""Write and read the graph JSON (node-link form, key ``edges``), atomically."""

from __future__ import annotations

import glob
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
    the same bytes, atomically, as it is made."""
    write_atomically(path, lambda fh: write_indented(data, lambda text: fh.write(
        text.encode("utf-8"))))


def dumps_indented(value) -> str:
    """``json.dumps(value, ensure_ascii=False, indent=1)``, the same text, in some 40 % less
    time: with an indent, the standard library encodes in Python through a generator per
    level, and the graph file of 1,000 articles has some 1.7 million values.

    Examples
    --------
    >>> import json
    >>> data = {"a": [1, 2.5, None, True], "b": {}, "c": [], "d": {"é": "«x»"}, 3: False}
    >>> dumps_indented(data) == json.dumps(data, ensure_ascii=False, indent=1)
    True

    Raises
    ------
    TypeError
        For a value JSON has no form for, as `json.dumps` does.
    ValueError
        For a structure that contains itself, as `json.dumps` does.
    """
    parts: list[str] = []
    write_indented(value, parts.append)
    return "".join(parts)


#: pieces of text made before they are handed to the writer (some megabytes)
_PIECES = 1 << 17


def write_indented(value, write: Callable[[str], None]) -> None:
    """Hand the text of :func:`dumps_indented` to *write*, in pieces of some megabytes, as
    it is made: a graph file of 3,000 articles (58 MB) no longer needs some 340 MB more
    memory to be written (its millions of small strings, then the whole text and bytes)."""
    out: list[str] = []
    seen: set[int] = set()
    keys: dict[str, str] = {}  # a dict key → its text and ": "
    append = out.append

    def encode(value, newline: str) -> None:
        kind = type(value)  # the exact built-in types first (fast), others as json does
        if kind is str:
            append(_string(value))
        elif kind is int:
            append(int.__repr__(value))
        elif kind is list or kind is dict or kind is tuple:
            container(value, kind is dict, newline)
        elif value is None or value is True or value is False:
            append(_KEYWORDS[value])
        elif isinstance(value, str):
            append(_string(value))
        elif isinstance(value, int):
            append(int.__repr__(value))
        elif isinstance(value, float):
            append(_float(value))
        elif isinstance(value, (list, tuple, dict)):
            container(value, isinstance(value, dict), newline)
        else:
            raise TypeError(f"Object of type {value.__class__.__name__} is not JSON serializable")

    def container(value, is_dict: bool, newline: str) -> None:
        if not value:
            append("{}" if is_dict else "[]")
            return
        if id(value) in seen:
            raise ValueError("Circular reference detected")
        seen.add(id(value))
        inner = newline + " "
        following = "," + inner
        separator = inner
        append("{" if is_dict else "[")
        for key, item in (value.items() if is_dict else ((None, v) for v in value)):
            if is_dict:  # the separator and the key in one piece, a key's text made once
                if type(key) is str:
                    text = keys.get(key)
                    if text is None:
                        text = keys[key] = _string(key) + ": "
                else:
                    text = _string(_key(key)) + ": "
                append(separator + text)
            else:
                append(separator)
            kind = type(item)  # the commonest values here, without a call of `encode`
            if kind is str:
                append(_string(item))
            elif kind is int:
                append(int.__repr__(item))
            else:
                encode(item, inner)
            separator = following
            if len(out) > _PIECES:  # hand over what is made, a few megabytes at a time
                write("".join(out))
                out.clear()
        append(newline + ("}" if is_dict else "]"))
        seen.discard(id(value))

    encode(value, "\n")
    if out:
        write("".join(out))


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
