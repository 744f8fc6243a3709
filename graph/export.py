"""Write and read the graph JSON (node-link form, key ``edges``), atomically."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import networkx as nx

from graph.model import TemoinError

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


def write_json(g: nx.MultiDiGraph, path: str | os.PathLike) -> None:
    """Write *g* to *path* atomically: the old file stays if anything fails."""
    path = Path(path)
    text = json.dumps(to_data(g), ensure_ascii=False, indent=1)
    directory = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise TemoinError(f"cannot write {path}: {exc.strerror or exc}") from exc
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; give the usual file mode
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise TemoinError(f"cannot write {path}: {exc.strerror or exc}") from exc


def read_json(path: str | os.PathLike) -> nx.MultiDiGraph:
    """Read a graph written by `write_json`."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise TemoinError(f"cannot read {path}: {exc.strerror or exc}") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise TemoinError(f"{path} is not graph JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise TemoinError(f"{path} is not graph JSON: top level is not an object")
    return from_data(data)
