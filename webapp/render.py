"""Turn a :class:`~webapp.store.View` into vis-network data with pyvis.

pyvis's ``Node`` and ``Edge`` make the option dicts that ``vis.DataSet`` takes; the page builds
the global ``network = new vis.Network(container, data, options)`` from them, as pyvis's own
template does, but with our template and controls (served offline, no Bootstrap).
"""

from __future__ import annotations

import math
from collections import defaultdict
from typing import Any

from pyvis.edge import Edge
from pyvis.node import Node

from webapp.families import family_groups, relation_family
from webapp.sqlstore import SqlGraphStore
from webapp.store import View

#: type → (vis shape, fill colour, border colour, French name)
TYPE_STYLE: dict[str, tuple[str, str, str, str]] = {
    "PER": ("dot", "#f28e63", "#c4572a", "Personne"),
    "ORG": ("square", "#6fa8dc", "#2f6aa3", "Organisation"),
    "LOC": ("diamond", "#7cc48a", "#3d8a4c", "Lieu"),
    "MISC": ("triangle", "#c39bd3", "#7d4f93", "Événement, objet"),
    "CONCEPT": ("hexagon", "#f6c95e", "#b8891b", "Notion"),
}
DEFAULT_STYLE = ("dot", "#bbbbbb", "#777777", "Autre")

MODALITY_FR = {
    "asserted": "affirmé",
    "reported": "rapporté",
    "alleged": "allégué",
    "denied": "démenti",
    "hypothetical": "hypothétique",
}

#: above this many edges, edges are drawn straight and hidden while dragging.
BIG_VIEW_EDGES = 1500


def type_style(node_type: str) -> tuple[str, str, str, str]:
    """Return the (shape, colour, border, French name) of an entity type."""
    return TYPE_STYLE.get(node_type, DEFAULT_STYLE)


def legend(types: list[str]) -> list[dict[str, str]]:
    """Return the legend entries for the types present in the graph."""
    return [
        {"type": t, "shape": type_style(t)[0], "color": type_style(t)[1], "name": type_style(t)[3]}
        for t in types
    ]


def node_size(mentions: int) -> float:
    """Return the drawn size of a node mentioned ``mentions`` times."""
    return round(min(10 + 4 * math.sqrt(max(mentions, 0)), 42), 1)


def edge_width(sources: int) -> float:
    """Return the drawn width of an edge supported by ``sources`` articles."""
    return round(min(1 + 1.5 * (max(sources, 1) - 1), 8), 1)


def vis_options(big: bool) -> dict[str, Any]:
    """Return the vis-network options (physics off: positions come from the server)."""
    return {
        "autoResize": True,
        "physics": {"enabled": False},
        "layout": {"improvedLayout": False},
        "interaction": {
            "hover": not big,
            "tooltipDelay": 200,
            "hideEdgesOnDrag": big,
            "hideEdgesOnZoom": big,
            "multiselect": False,
            "navigationButtons": False,
            "keyboard": False,
        },
        "nodes": {
            "borderWidth": 1.5,
            "borderWidthSelected": 3,
            "scaling": {"label": {"drawThreshold": 4}},
            "font": {
                "size": 15,
                "face": "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif",
                "color": "#1f2933",
                "strokeWidth": 4,
                "strokeColor": "#ffffff",
            },
        },
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.55}},
            "color": {"color": "#9aa5b1", "highlight": "#d1495b", "hover": "#52606d"},
            "font": {
                "size": 11,
                "align": "middle",
                "color": "#52606d",
                "strokeWidth": 3,
                "strokeColor": "#ffffff",
            },
            "smooth": False,
            "selectionWidth": 1.5,
        },
    }


def node_title(node: dict[str, Any]) -> str:
    """Return a node's tooltip as plain text (the page shows it with ``textContent``)."""
    lines = [str(node["label"]), f"{type_style(node['type'])[3]} · {node['mentions']} mention(s)"]
    if node.get("aliases"):
        lines.append("Aussi : " + ", ".join(str(a) for a in node["aliases"][:6]))
    if node.get("parts"):
        lines.append("Inclut : " + ", ".join(str(p) for p in node["parts"][:6]))
    return "\n".join(lines)


def edge_options(key: tuple[str, str, str], edge: dict[str, Any],
                 nodes: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The vis-network options of one edge (id ``e<index>``, its triple), from its record
    and its ends' (`SqlGraphStore.records`)."""
    s, relation, t = key
    return {
        "id": f"e{edge['index']}",
        "label": relation,
        "title": "\n".join(
            [
                f"{nodes[s]['label']} → {relation} → {nodes[t]['label']}",
                f"{edge['sources']} article(s) · "
                + ", ".join(MODALITY_FR.get(m, m) for m in edge["modalities"]),
            ]
            + (
                ["contredit : affirmé dans un article, démenti dans un autre"]
                if edge["contradicted"]
                else []
            )
        ),
        "width": edge_width(int(edge["sources"])),
        "dashes": edge["dashed"],
        "triple": [s, relation, t],
    }


def family_options(store: SqlGraphStore, keys: list[tuple[str, str, str]],
                   edges: dict[tuple[str, str, str], dict[str, Any]],
                   nodes: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The vis-network options of the edges of one family between two nodes, drawn as one:
    labelled by the family, ``triples`` lists its relations (``triple`` is the first)."""
    s, first, t = keys[0]
    family = relation_family(first, nodes[t]["type"]) or first
    group = [edges[k] for k in keys]
    sources = store.sources_of_edges([e["index"] + 1 for e in group])
    modalities = sorted({m for e in group for m in e["modalities"]})
    lines = [f"{nodes[s]['label']} → {family} → {nodes[t]['label']}",
             "Famille : " + ", ".join(k[1] for k in keys),
             f"{sources} article(s) · " + ", ".join(MODALITY_FR.get(m, m) for m in modalities)]
    if any(e["contradicted"] for e in group):
        lines.append("contredit : affirmé dans un article, démenti dans un autre")
    return {
        "id": f"f{group[0]['index']}",
        "label": family,
        "title": "\n".join(lines),
        "width": edge_width(sources),
        "dashes": all(e["dashed"] for e in group),
        "triple": list(keys[0]),
        "triples": [list(k) for k in keys],
        "family": family,
    }


def vis_data(store: SqlGraphStore, view: View) -> dict[str, Any]:
    """Return the ``nodes``, ``edges`` and ``options`` of a view for vis-network.

    Parameters
    ----------
    store : SqlGraphStore
    view : View

    Returns
    -------
    dict
        ``{"nodes": [...], "edges": [...], "options": {...}}``, JSON-ready; each node at its
        position, computed when the store was written.
    """
    records, edge_records = store.records(view.nodes, view.edges, view.edge_rows)
    nodes = []
    for node_id in view.nodes:
        node = records[node_id]
        shape, fill, border, _ = type_style(node["type"])
        nodes.append(
            Node(
                node_id,
                shape,
                label=str(node["label"]),
                title=node_title(node),
                color={
                    "background": fill,
                    "border": border,
                    "highlight": {"background": fill, "border": "#1f2933"},
                    "hover": {"background": fill, "border": "#1f2933"},
                },
                size=node_size(int(node["mentions"] or 0)),
                x=node["x"],
                y=node["y"],
                type=node["type"],
            ).options
        )
    big = len(view.edges) > BIG_VIEW_EDGES
    # one drawn edge per family between two nodes
    groups = family_groups(view.edges, lambda n: records[n]["type"])
    pair_count: dict[frozenset, int] = defaultdict(int)
    for group in groups:
        pair_count[frozenset((group[0][0], group[0][2]))] += 1
    pair_seen: dict[frozenset, int] = defaultdict(int)
    edges = []
    for group in groups:
        options = (edge_options(group[0], edge_records[group[0]], records) if len(group) == 1
                   else family_options(store, group, edge_records, records))
        s, _, t = group[0]
        pair = frozenset((s, t))
        if pair_count[pair] > 1 and not big:
            i = pair_seen[pair]
            pair_seen[pair] += 1
            options["smooth"] = {
                "enabled": True,
                "type": "curvedCW" if i % 2 == 0 else "curvedCCW",
                "roundness": 0.12 + 0.14 * (i // 2 + (0 if s < t else 0.5)),
            }
        edges.append(Edge(s, t, directed=True, **options).options)
    return {"nodes": nodes, "edges": edges, "options": vis_options(big)}


def view_payload(store: SqlGraphStore, view: View) -> dict[str, Any]:
    """Return the JSON answer of ``/api/graph`` for a view."""
    return {
        **vis_data(store, view),
        "shown_nodes": len(view.nodes),
        "shown_edges": len(view.edges),
        "total_nodes": view.total_nodes,
        "total_edges": view.total_edges,
        "graph_nodes": len(store.nodes),
        "graph_edges": len(store.edges),
        "limit": view.params.limit,
        "truncated": len(view.nodes) < view.total_nodes,
        "query": view.params.to_query(),
    }
