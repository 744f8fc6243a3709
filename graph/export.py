"""Write and read the graph JSON (node-link form, key ``edges``), atomically."""

from __future__ import annotations

import glob
import json
import os
import stat
import tempfile
from pathlib import Path

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


def write_atomically(path: str | os.PathLike, content: bytes) -> None:
    """Write *content* to *path* atomically: a temporary file in the same folder, locked
    while written, then renamed over *path*; the old file stays if anything fails.

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
    finally:
        os.close(lock)


def write_json(g: nx.MultiDiGraph, path: str | os.PathLike) -> None:
    """Write *g* to *path* atomically (`write_atomically`): the old file stays if anything
    fails."""
    write_atomically(path, json.dumps(to_data(g), ensure_ascii=False, indent=1).encode("utf-8"))


def read_json(path: str | os.PathLike) -> nx.MultiDiGraph:
    """Read a graph written by `write_json`, checked against its contract first
    (`graph.schema.load_graph_data`: a damaged file is named with its first bad field)."""
    from graph.schema import load_graph_data

    return from_data(load_graph_data(path))
