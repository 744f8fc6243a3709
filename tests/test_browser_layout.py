"""A readable dense graph, in real headless Chromium (Debian's), on the graph of ``articles/``.

At the default view no two drawn node labels overlap, at 1400 × 900 and on a phone (390 × 844):
the label boxes are measured in the page from the node positions (``network.getPositions``,
``network.canvasToDOM``) and the label widths (a canvas 2D context's ``measureText`` in the
label's font), and printed. Unconnected nodes hide behind a toggle kept in the URL; edge labels
show for the hovered edge and the selected node's edges; the graph refits when the side panel
opens; on a phone the search is usable, the graph comes first and the panel is a bottom sheet.
Screenshots go to ``test-artifacts/``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from test_browser import (  # noqa: F401  (pytest fixtures, shared with the explorer tests)
    ARTIFACTS,
    CHROMIUM,
    CHROMIUM_ARGS,
    base_url,
    browser,
    graph_json,
    node_point,
    real_graph,
)

pytestmark = pytest.mark.browser

DESKTOP = {"width": 1400, "height": 900}
PHONE = {"width": 390, "height": 844}

#: Every drawn node and edge label as a box in the canvas's CSS pixels, measured two ways: from the
#: node position, its drawn size and the text width in the label's font (``measured``), and
#: as vis-network itself laid the label out at its last drawing (``vis``); and the box of the
#: toggle of unconnected nodes, which sits on the canvas.
LABEL_BOXES = """() => {
  const scale = network.getScale();
  const ctx = document.createElement("canvas").getContext("2d");
  const ids = nodes.getIds();
  const pos = network.getPositions(ids);
  const measured = [], vis = [];
  for (const id of ids) {
    const body = network.body.nodes[id];
    const text = body.options.label || "";  // the text vis-network draws (blank: hidden)
    if (!text.trim()) continue;
    const font = body.options.font;
    const px = font.size * scale;
    ctx.font = px + "px " + font.face;
    const w = ctx.measureText(text).width;
    const p = network.canvasToDOM(pos[id]);
    // vis-network hangs a node's label half a line plus 4 canvas units under its shape
    const top = p.y + (body.options.size + 4) * scale + px / 2;
    measured.push({id: id, text: text, px: px,
                   left: p.x - w / 2, right: p.x + w / 2, top: top, bottom: top + px});
    const s = body.labelModule.size;
    const a = network.canvasToDOM({x: s.left, y: s.top});
    const b = network.canvasToDOM({x: s.left + s.width, y: s.top + s.height});
    vis.push({id: id, left: a.x, right: b.x, top: a.y, bottom: b.y});
  }
  for (const e of edges.get()) {
    const body = network.body.edges[e.id];
    const text = body.options.label || "";
    if (!text.trim()) continue;
    const font = body.options.font;
    const px = font.size * scale;
    ctx.font = px + "px " + font.face;
    const w = ctx.measureText(text).width;
    const m = network.canvasToDOM(body.edgeType.getPoint(0.5));
    measured.push({id: e.id, text: text, px: px, edge: true,
                   left: m.x - w / 2, right: m.x + w / 2, top: m.y - px / 2, bottom: m.y + px / 2});
    const s = body.labelModule.size;
    const a = network.canvasToDOM({x: s.left, y: s.top});
    const b = network.canvasToDOM({x: s.left + s.width, y: s.top + s.height});
    vis.push({id: e.id, left: a.x, right: b.x, top: a.y, bottom: b.y});
  }
  const c = document.getElementById("mynetwork");
  const t = document.getElementById("isolated-toggle");
  let toggle = null;
  if (!t.hidden) {
    const r = t.getBoundingClientRect(), o = c.getBoundingClientRect();
    toggle = {id: "toggle", left: r.left - o.left, right: r.right - o.left,
              top: r.top - o.top, bottom: r.bottom - o.top};
  }
  return {measured: measured, vis: vis, width: c.clientWidth, height: c.clientHeight,
          drawn: ids.length, scale: scale, toggle: toggle};
}"""


def overlapping(boxes: list[dict[str, Any]]) -> list[tuple[str, str, float]]:
    """Pairs of boxes that share some area, with that area (px²)."""
    out = []
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            w = min(a["right"], b["right"]) - max(a["left"], b["left"])
            h = min(a["bottom"], b["bottom"]) - max(a["top"], b["top"])
            if w > 0 and h > 0:
                out.append((a["id"], b["id"], round(w * h, 1)))
    return out


def cut(boxes: list[dict[str, Any]], width: float, height: float) -> list[str]:
    """Boxes that stick out of the canvas."""
    return [
        b["id"]
        for b in boxes
        if b["left"] < 0 or b["top"] < 0 or b["right"] > width or b["bottom"] > height
    ]


def page_degrees(pg) -> dict[str, int]:
    """Node id → number of edges the page draws touching it."""
    return pg.evaluate("() => Object.fromEntries(nodes.get().map(n => [n.id, n.degree]))")


def degrees(data: dict[str, Any]) -> dict[str, int]:
    """Node id → number of edges touching it, in the graph file."""
    deg = {n["id"]: 0 for n in data["nodes"]}
    for e in data["edges"]:
        deg[e["source"]] += 1
        deg[e["target"]] += 1
    return deg


@pytest.fixture
def open_page(browser, base_url) -> Iterator[Any]:  # noqa: F811
    """``open_page(viewport, query="")``: a new page on the explorer, ready; then no console
    error, page error or request outside the app may have happened."""
    contexts, problems, foreign = [], [], []

    def opener(viewport: dict[str, int], query: str = "") -> Any:
        context = browser.new_context(viewport=viewport, locale="fr-FR")
        contexts.append(context)
        pg = context.new_page()
        pg.set_default_timeout(15_000)
        pg.on("pageerror", lambda e: problems.append(f"page error: {e}"))
        pg.on(
            "console",
            lambda m: problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None,
        )
        pg.on("request", lambda r: None if r.url.startswith(base_url) else foreign.append(r.url))
        pg.goto(base_url + "/" + query)
        pg.wait_for_selector("body[data-ready='1']")
        pg.wait_for_timeout(150)  # the labels are chosen on the next animation frame
        return pg

    yield opener
    for context in contexts:
        context.close()
    assert problems == []
    assert foreign == []


def shot(pg, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    pg.screenshot(path=str(ARTIFACTS / f"{name}.png"))


def check_labels(pg, name: str, min_labels: int) -> dict[str, Any]:
    data = pg.evaluate(LABEL_BOXES)
    measured, vis = data["measured"], data["vis"]
    toggle = [data["toggle"]] if data["toggle"] else []  # drawn over the canvas
    over_m, over_v = overlapping(measured + toggle), overlapping(vis + toggle)
    cut_m, cut_v = cut(measured, data["width"], data["height"]), cut(vis, data["width"],
                                                                     data["height"])
    sizes = sorted({round(b["px"], 1) for b in measured})
    on_edges = sum(1 for b in measured if b.get("edge"))
    print(
        f"\n[{name}] canvas {data['width']}×{data['height']} px, scale {data['scale']:.3f}: "
        f"{data['drawn']} nodes drawn, {len(measured) - on_edges} node labels and {on_edges} "
        f"edge labels drawn at {sizes} px; "
        f"{len(measured) * (len(measured) - 1) // 2} pairs of label boxes; "
        f"overlapping pairs: {len(over_m)} measured, {len(over_v)} as laid out by vis-network; "
        f"labels cut at the edges: {len(cut_m)} measured, {len(cut_v)} vis-network"
    )
    assert over_m == [] and over_v == []
    assert cut_m == [] and cut_v == [], (data["height"], [
        (b["top"], b["bottom"], b["left"], b["right"]) for b in measured + vis
        if b["id"] in cut_m + cut_v
    ])
    assert len(measured) - on_edges >= min_labels, "labels are not simply all hidden"
    return data


# ----------------------------------------------------------------------------- tests
@pytest.mark.parametrize(("viewport", "min_labels"), [(DESKTOP, 15), (PHONE, 5)])
def test_default_view_labels_do_not_overlap(open_page, graph_json, viewport, min_labels):  # noqa: F811
    pg = open_page(viewport)
    name = f"layout-{viewport['width']}"
    data = check_labels(pg, name, min_labels)
    shot(pg, name)
    drawn = page_degrees(pg)  # (relations of one family between two nodes: one edge)
    top = max(drawn.values())
    shown = {b["id"] for b in data["measured"]}
    assert {n for n, d in drawn.items() if d == top} & shown, (
        "the most connected node is labelled first")
    # every drawn node lies wholly in the canvas: nothing is cut at the edges
    inside = pg.evaluate(
        """() => {
          const c = document.getElementById("mynetwork"), s = network.getScale();
          const pos = network.getPositions();
          return Object.entries(pos).every(([id, p]) => {
            const d = network.canvasToDOM(p), r = network.body.nodes[id].options.size * s;
            return d.x - r >= 0 && d.y - r >= 0 && d.x + r <= c.clientWidth
              && d.y + r <= c.clientHeight;
          });
        }"""
    )
    assert inside
    # zooming in with the wheel makes room for more labels, still without overlap
    box = pg.locator("#mynetwork").bounding_box()
    pg.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    for _ in range(3):
        pg.mouse.wheel(0, -300)
        pg.wait_for_timeout(120)
    pg.mouse.move(box["x"] + 2, box["y"] + 2)  # off any node: no hover label
    pg.wait_for_timeout(200)
    zoomed = check_labels(pg, name + "-zoomed", min_labels)
    assert zoomed["scale"] > data["scale"]
    assert {b["id"] for b in zoomed["measured"]} - shown, "zooming in shows other labels"


def test_hover_and_selection_show_labels(open_page, graph_json):  # noqa: F811
    pg = open_page(DESKTOP)
    assert pg.evaluate("edges.get().filter(e => network.body.edges[e.id].options.label"
                       " && network.body.edges[e.id].options.label.trim()).length") == 0
    # a node whose label is hidden at the default view shows it under the mouse
    hidden = pg.evaluate("nodes.get().filter(n => !n.label.trim()).map(n => n.id)")
    assert hidden
    nid = hidden[0]
    point = node_point(pg, nid)
    pg.mouse.move(point["x"], point["y"])
    pg.wait_for_timeout(300)
    assert pg.evaluate("(id) => network.body.nodes[id].options.label === nodes.get(id).name", nid)
    # clicking the most connected node labels its edges, at a readable size
    deg = degrees(graph_json)
    hub = max(deg, key=lambda n: (deg[n], n))
    width_before = pg.locator("#mynetwork").bounding_box()["width"]
    point = node_point(pg, hub)
    pg.mouse.click(point["x"], point["y"])
    pg.wait_for_selector(f"#panel[data-kind='node'][data-id='{hub}']")
    pg.mouse.move(1, 1)
    pg.wait_for_timeout(400)
    labelled = pg.evaluate(
        """(id) => edges.get().filter(e => e.label.trim()).map(e => ({
            from: e.from, to: e.to, label: network.body.edges[e.id].options.label, name: e.name,
            px: network.body.edges[e.id].options.font.size * network.getScale()}))""",
        hub,
    )
    print(f"\n[hub selected] {len(labelled)} of its {deg[hub]} edges labelled")
    assert labelled, "the selected node's edges are labelled where there is room"
    assert all(hub in (e["from"], e["to"]) and e["label"] == e["name"] for e in labelled)
    assert min(e["px"] for e in labelled) >= 11, "edge labels readable on screen"
    # the panel took room from the graph, which was refitted: nothing cut, labels kept
    assert pg.locator("#mynetwork").bounding_box()["width"] < width_before - 200
    check_labels(pg, "layout-1400-panel", 8)
    assert pg.evaluate("(id) => network.body.nodes[id].options.label === nodes.get(id).name", hub)
    shot(pg, "layout-1400-panel")
    # an edge of the selection left unlabelled shows its label under the mouse
    hidden_edge = pg.evaluate(
        """(id) => {
          // one whose midpoint the mouse can reach: no node and no other edge there
          const r = document.querySelector('#mynetwork canvas').getBoundingClientRect();
          for (const e of edges.get()) {
            if (e.label.trim() || (e.from !== id && e.to !== id)) continue;
            const m = network.canvasToDOM(network.body.edges[e.id].edgeType.getPoint(0.5));
            if (network.getNodeAt(m) === undefined && network.getEdgeAt(m) === e.id)
              return {id: e.id, x: r.left + m.x, y: r.top + m.y};
          }
          return null;
        }""",
        hub,
    )
    if hidden_edge is not None:
        pg.mouse.move(hidden_edge["x"], hidden_edge["y"])
        pg.wait_for_timeout(300)
        assert pg.evaluate(
            "(id) => network.body.edges[id].options.label === edges.get(id).name",
            hidden_edge["id"],
        ), "hovered edge labelled"


def test_unconnected_nodes_behind_a_toggle(open_page, graph_json):  # noqa: F811
    deg = degrees(graph_json)
    lonely = {n for n, d in deg.items() if d == 0}
    connected = {n for n, d in deg.items() if d > 0}
    assert lonely and connected, "the bundled graph has both kinds"
    pg = open_page(DESKTOP)
    assert set(pg.evaluate("nodes.getIds()")) == connected
    toggle = pg.locator("#isolated-toggle")
    assert toggle.inner_text().strip() == f"{len(lonely)} entités sans relation"
    assert not pg.locator("#f-isolated").is_checked()
    before = pg.evaluate("document.body.dataset.version")
    toggle.click()
    pg.wait_for_selector(f"body:not([data-version='{before}'])", state="attached")
    assert set(pg.evaluate("nodes.getIds()")) == connected | lonely
    assert "isolated=1" in pg.url
    pg.wait_for_timeout(150)
    check_labels(pg, "layout-1400-all", 15)
    pg.reload()
    pg.wait_for_selector("body[data-ready='1']")
    assert pg.locator("#f-isolated").is_checked()
    assert set(pg.evaluate("nodes.getIds()")) == connected | lonely
    before = pg.evaluate("document.body.dataset.version")
    toggle.click()
    pg.wait_for_selector(f"body:not([data-version='{before}'])", state="attached")
    assert set(pg.evaluate("nodes.getIds()")) == connected
    assert "isolated" not in pg.url
    pg.go_back()
    pg.wait_for_selector("#f-isolated:checked")
    assert set(pg.evaluate("nodes.getIds()")) == connected | lonely


def test_phone_search_graph_first_bottom_sheet(open_page, graph_json):  # noqa: F811
    pg = open_page(PHONE)
    search = pg.locator("#search").bounding_box()
    graph = pg.locator("#mynetwork").bounding_box()
    print(f"\n[phone] search box {search}, graph {graph}")
    assert search["width"] >= 150 and search["x"] >= 0
    assert search["x"] + search["width"] <= PHONE["width"]
    assert search["y"] + search["height"] <= graph["y"], "the search sits above the graph"
    assert graph["y"] < 150 and graph["height"] > 500, "the graph comes first, large"
    assert graph["width"] == PHONE["width"]
    assert pg.locator("#filters").is_hidden(), "the filters do not cover the graph"
    assert pg.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    # search by the first letters of the most connected entity's name, pick it
    deg = degrees(graph_json)
    hub = max(deg, key=lambda n: (deg[n], n))
    label = next(n["label"] for n in graph_json["nodes"] if n["id"] == hub)
    pg.locator("#search").click()
    pg.locator("#search").press_sequentially(label[:4].lower(), delay=40)
    option = pg.locator(f"#search-results li[data-id='{hub}']")
    option.wait_for()
    results = pg.locator("#search-results").bounding_box()
    assert results["x"] >= 0 and results["x"] + results["width"] <= PHONE["width"]
    assert results["width"] >= PHONE["width"] - 20, "the results use the width of the phone"
    shot(pg, "layout-390-search")
    option.click()
    pg.wait_for_selector(f"#panel[data-kind='node'][data-id='{hub}']")
    pg.wait_for_timeout(600)
    sheet = pg.locator("#panel").bounding_box()
    graph = pg.locator("#mynetwork").bounding_box()
    print(f"[phone] after picking: graph {graph}, panel {sheet}")
    assert sheet["width"] == PHONE["width"], "the panel spans the width"
    assert abs(sheet["y"] + sheet["height"] - PHONE["height"]) <= 1, "at the bottom"
    assert sheet["y"] >= graph["y"] + graph["height"] - 1, "under the graph, not over it"
    assert graph["height"] > 250, "the graph stays visible above the sheet"
    assert pg.evaluate("network.getSelectedNodes()") == [hub]
    inside = pg.evaluate(
        """(id) => {
          const c = document.getElementById("mynetwork");
          const d = network.canvasToDOM(network.getPositions([id])[id]);
          return d.x >= 0 && d.y >= 0 && d.x <= c.clientWidth && d.y <= c.clientHeight;
        }""",
        hub,
    )
    assert inside, "the picked node is in sight above the sheet"
    pg.mouse.move(5, 5)  # off the graph: no hover label
    pg.wait_for_timeout(300)
    check_labels(pg, "layout-390-panel", 3)
    shot(pg, "layout-390-panel")
