"""Where the explorer draws each node: a spring layout per connected component, packed in rows.

Computed once when the SQLite store is written (`graph.store_sqlite`), so that the explorer
never lays out the whole graph itself; `keep_layout` draws a corrected graph where the graph
was drawn before, moving only what a correction changed. Pure networkx: no Flask here.
"""

from __future__ import annotations

import math
import random
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import networkx as nx


#: above this many nodes the spring layout runs on the most connected core only.
SPRING_CORE = 400
#: the components the last `compute_layout` laid out (their nodes and ordered neighbours →
#: positions in the unit disc): the next call, the same graph but one article, takes them
#: back. `_component_layout` reads nothing else, so the positions are the same either way.
_LAID_OUT: dict[tuple, dict[str, tuple[float, float]]] = {}

Position = tuple[float, float]


def compute_layout(labels: Mapping[str, str],
                   pairs: Iterable[tuple[str, str]]) -> dict[str, Position]:
    """The position of every node, in pixels, centred on 0.

    Each connected component gets a networkx spring layout (fixed seed) sized by its number
    of nodes; components larger than `SPRING_CORE` run it on their most connected nodes and
    place the others near their placed neighbours. Components are then packed in rows,
    largest first.

    Parameters
    ----------
    labels : mapping
        Node id → its label (the longest label of a component widens its box).
    pairs : iterable of (str, str)
        The (source, target) of every edge.

    Returns
    -------
    dict
        Node id → (x, y).

    Examples
    --------
    >>> pos = compute_layout({"a": "A", "b": "B", "c": "C"}, [("a", "b")])
    >>> sorted(pos) == ["a", "b", "c"] and pos == compute_layout(
    ...     {"a": "A", "b": "B", "c": "C"}, [("a", "b")])
    True
    """
    if not labels:
        return {}
    import networkx as nx  # here: the explorer serving a store never imports it

    g = nx.Graph()
    g.add_nodes_from(sorted(labels))
    g.add_edges_from((s, t) for s, t in pairs if s != t)
    components = sorted(
        (sorted(c) for c in nx.connected_components(g)), key=lambda c: (-len(c), c[0])
    )
    global _LAID_OUT
    done, _LAID_OUT = _LAID_OUT, {}
    boxes = []
    for comp in components:
        # a component laid out by the call before, with the same nodes and the same edges in
        # the same order, is where it was (a rebuild adding one article: most of the graph)
        shape = tuple((v, tuple(g.adj[v])) for v in comp)
        pos = done.get(shape)
        if pos is None:
            pos = _component_layout(_induced(g, comp))
        _LAID_OUT[shape] = pos
        radius = 75 * math.sqrt(len(comp)) if len(comp) > 1 else 0.0
        label = max(len(str(labels[v])) for v in comp)
        boxes.append(({v: (x * radius, y * radius) for v, (x, y) in pos.items()}, label))
    return _pack(boxes)


def keep_layout(old: Mapping[str, Position], ranked: Iterable[str],
                neighbours: Callable[[str], Iterable[str]]) -> dict[str, Position] | None:
    """Positions for a graph drawn before (*old*: node id → position, of the nodes that are
    still there and others): the nodes placed before keep their positions, a new node goes
    beside its placed neighbours (else in a row under the drawing). None when no node of
    *ranked* was placed before (lay it out afresh).

    Parameters
    ----------
    old : mapping
        Node id → (x, y) as drawn before.
    ranked : iterable of str
        Every node of the graph, most mentioned first.
    neighbours : callable
        Node id → the ids at the other end of its edges.

    Examples
    --------
    >>> keep_layout({"a": (0.0, 0.0)}, ["a", "b"], lambda n: ["a"] if n == "b" else ["b"])
    {'a': (0.0, 0.0), 'b': (45.0, 0.0)}
    """
    ranked = list(ranked)
    pos = {n: old[n] for n in ranked if n in old}
    if not pos:
        return None
    bottom = max(y for _, y in pos.values()) + 60
    left = min(x for x, _ in pos.values())
    spare = 0
    for i, n in enumerate(n for n in ranked if n not in pos):
        near = [pos[m] for m in neighbours(n) if m != n and m in pos]
        if near:
            angle = 2.4 * i
            pos[n] = (round(sum(p[0] for p in near) / len(near) + 45 * math.cos(angle), 1),
                      round(sum(p[1] for p in near) / len(near) + 45 * math.sin(angle), 1))
        else:
            pos[n] = (round(left + 90 * spare, 1), round(bottom, 1))
            spare += 1
    return pos


def _induced(g: nx.Graph, nodes: list[str]) -> nx.Graph:
    """The subgraph of *g* on *nodes*, a graph of its own whose nodes come in the order of
    *nodes* and whose edges in the order of *g*'s neighbours. Not ``g.subgraph``: a view on
    less than half of *g* lists its nodes in the order of a set, which changes with every
    process (string hashing), and so did the positions the spring layout gave (every
    build's store another drawing of the same graph).

    Examples
    --------
    >>> import networkx as nx
    >>> g = nx.Graph([("c", "a"), ("a", "b"), ("x", "y"), ("y", "z"), ("z", "w")])
    >>> list(_induced(g, ["a", "b", "c"]).edges)
    [('a', 'c'), ('a', 'b')]
    """
    import networkx as nx

    wanted = set(nodes)
    sub = nx.Graph()
    sub.add_nodes_from(nodes)
    sub.add_edges_from((v, m) for v in nodes for m in g.adj[v] if m in wanted)
    return sub


def _component_layout(g: nx.Graph) -> dict[str, tuple[float, float]]:
    """Lay out one connected component in the unit disc (spring layout, fixed seed).

    Above :data:`SPRING_CORE` nodes, the spring layout runs on the most connected nodes; the
    others are placed near their already placed neighbours, breadth first.
    """
    import networkx as nx

    n = len(g)
    if n == 1:
        return {next(iter(g)): (0.0, 0.0)}
    if n == 2:
        a, b = sorted(g)
        return {a: (-1.0, 0.0), b: (1.0, 0.0)}
    by_degree = sorted(g.nodes, key=lambda v: (-g.degree(v), v))
    core = by_degree[:SPRING_CORE]
    raw = nx.spring_layout(_induced(g, sorted(core)), seed=7, iterations=80, method="force")
    pos: dict[str, tuple[float, float]] = {v: (float(x), float(y)) for v, (x, y) in raw.items()}
    if n > len(core):
        rng = random.Random(7)
        spread = 1.5 / math.sqrt(len(core))
        queue = deque(core)
        while queue:
            v = queue.popleft()
            for m in sorted(g.adj[v]):
                if m in pos:
                    continue
                placed = [pos[u] for u in g.adj[m] if u in pos]
                cx = sum(p[0] for p in placed) / len(placed)
                cy = sum(p[1] for p in placed) / len(placed)
                angle = rng.uniform(0, 2 * math.pi)
                radius = spread * rng.uniform(0.3, 1.0)
                pos[m] = (cx + radius * math.cos(angle), cy + radius * math.sin(angle))
                queue.append(m)
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    half = max(max(xs) - min(xs), max(ys) - min(ys), 1e-9) / 2
    return {v: ((x - cx) / half, (y - cy) / half) for v, (x, y) in pos.items()}


def _pack(
    boxes: list[tuple[dict[str, tuple[float, float]], int]],
) -> dict[str, tuple[float, float]]:
    """Place laid-out components side by side in rows (largest first), centred on 0.

    Each box is ``(positions, longest label in characters)``, so labels do not overlap.
    """
    gap = 70.0
    sized = []
    for pos, label in boxes:
        xs = [p[0] for p in pos.values()]
        ys = [p[1] for p in pos.values()]
        label_px = 8.0 * min(label, 40)
        x0 = min(xs) - label_px / 2
        width = max(xs) - min(xs) + label_px + gap
        sized.append((pos, x0, min(ys), width, max(ys) - min(ys) + gap))
    area = sum(w * h for _, _, _, w, h in sized)
    row_width = max(math.sqrt(area) * 1.6, max(w for *_, w, _ in sized))
    out: dict[str, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for pos, x0, y0, w, h in sized:
        if x > 0 and x + w > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        for v, (px, py) in pos.items():
            out[v] = (px - x0 + x, py - y0 + y)
        x += w
        row_height = max(row_height, h)
    xs = [p[0] for p in out.values()]
    ys = [p[1] for p in out.values()]
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    return {v: (round(px - cx, 1), round(py - cy, 1)) for v, (px, py) in out.items()}
