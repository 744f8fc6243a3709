"""The explorer in real headless Chromium (Debian's), on the real graph of ``articles/``.

The graph is built once per session by the pipeline; a waitress server runs on a free port
in a thread; Playwright drives ``/usr/bin/chromium``. Screenshots go to ``test-artifacts/``.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = ROOT / "test-artifacts"
REQUESTS: list[str] = []
PROBLEMS: list[str] = []


def _need_browser() -> None:
    if not Path(CHROMIUM).exists():
        if os.environ.get("TEMOIN_REQUIRE_BROWSER") == "1":
            pytest.fail(f"{CHROMIUM} is missing and TEMOIN_REQUIRE_BROWSER=1")
        pytest.skip(f"{CHROMIUM} is missing")


@pytest.fixture(scope="session")
def real_graph(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The graph of the bundled articles, built once by the pipeline."""
    _need_browser()
    from graph.export import write_json
    from graph.pipeline import build_corpus, collect_paths

    paths, errors = collect_paths([str(ROOT / "articles")])
    assert paths and not errors
    result = build_corpus(paths)
    out = tmp_path_factory.mktemp("graph") / "graph.json"
    write_json(result.graph, out)
    return out


@pytest.fixture(scope="session")
def graph_json(real_graph: Path) -> dict[str, Any]:
    return json.loads(real_graph.read_text(encoding="utf-8"))


def start_server(app) -> tuple[Any, str]:
    """Serve ``app`` with waitress on a free port in a thread; return (server, base URL)."""
    from waitress import create_server

    server = create_server(app, host="127.0.0.1", port=0, threads=4)
    threading.Thread(target=server.run, daemon=True).start()
    return server, f"http://127.0.0.1:{server.effective_port}"


@pytest.fixture(scope="module")
def base_url(real_graph: Path) -> Iterator[str]:
    from webapp.app import create_app

    app = create_app({"GRAPH_PATH": str(real_graph)})
    server, url = start_server(app)
    yield url
    server.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    _need_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, base_url: str) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1400, "height": 860}, locale="fr-FR")
    pg = context.new_page()
    pg.set_default_timeout(15_000)
    pg.on("request", lambda r: REQUESTS.append(r.url))
    pg.on("pageerror", lambda e: PROBLEMS.append(f"page error: {e}"))
    pg.on("dialog", lambda d: (PROBLEMS.append(f"dialog: {d.message}"), d.dismiss()))
    pg.on(
        "console",
        lambda m: PROBLEMS.append(f"console {m.type}: {m.text}") if m.type == "error" else None,
    )
    yield pg
    context.close()


def shot(pg, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    pg.screenshot(path=str(ARTIFACTS / f"{name}.png"))


def open_explorer(pg, base_url: str, query: str = "") -> None:
    pg.goto(base_url + "/" + query)
    pg.wait_for_selector("body[data-ready='1']")


def wait_new_view(pg, before: str) -> None:
    # a CSS selector, not wait_for_function: the page's CSP forbids evaluating strings
    pg.wait_for_selector(f"body:not([data-version='{before}'])", state="attached")


def node_id(graph_json: dict[str, Any], label: str) -> str:
    return next(n["id"] for n in graph_json["nodes"] if n["label"] == label)


def click_node(pg, nid: str) -> None:
    """Bring a node to the middle of the canvas and click it with the mouse."""
    pg.evaluate(
        "(id) => network.moveTo({position: network.getPositions([id])[id], scale: 1.3})", nid
    )
    point = node_point(pg, nid)
    pg.mouse.click(point["x"], point["y"])


def node_point(pg, nid: str) -> dict[str, float]:
    """Where node *nid* is on the page, in page pixels."""
    return pg.evaluate(
        """(id) => {
            const p = network.canvasToDOM(network.getPositions([id])[id]);
            const r = document.querySelector('#mynetwork canvas').getBoundingClientRect();
            return {x: r.left + p.x, y: r.top + p.y};
        }""",
        nid,
    )


def article_text(graph_json: dict[str, Any], article_id: str) -> str:
    art = next(a for a in graph_json["graph"]["articles"] if a["id"] == article_id)
    return (ROOT / art["path"]).read_text(encoding="utf-8")


# ----------------------------------------------------------------------------- tests
def test_graph_draws(page, base_url, graph_json):
    open_explorer(page, base_url)
    assert page.locator("#mynetwork canvas").count() == 1
    drawn = page.evaluate("network.body.data.nodes.length")
    linked = {e[end] for e in graph_json["edges"] for end in ("source", "target")}
    assert len(graph_json["nodes"]) <= 300, "the whole graph is in the default view"
    assert drawn == len(linked) > 0, "unconnected nodes are hidden by default"
    assert page.evaluate("network.body.data.edges.length") > 0
    box = page.locator("#mynetwork").bounding_box()
    assert box["width"] > 700 and box["height"] > 600, "the graph fills the window"
    assert page.evaluate("document.body.scrollHeight <= window.innerHeight")
    shot(page, "explorer")


def test_click_node_shows_exact_quotes(page, base_url, graph_json):
    nid = node_id(graph_json, "Corée du Nord")
    open_explorer(page, base_url)
    click_node(page, nid)
    page.wait_for_selector(f"#panel[data-kind='node'][data-id='{nid}']")
    assert page.locator("#panel h2").inner_text() == "Corée du Nord"
    assert page.evaluate("network.getSelectedNodes()") == [nid]
    assert "node=" + nid in page.url
    groups = page.locator("#panel .quote-group")
    assert groups.count() >= 1
    checked = 0
    for g in range(groups.count()):
        group = groups.nth(g)
        text = article_text(graph_json, group.get_attribute("data-article"))
        quotes = group.locator("blockquote.quote")
        for q in range(quotes.count()):
            quote = quotes.nth(q)
            start, end = (
                int(quote.get_attribute("data-start")),
                int(quote.get_attribute("data-end")),
            )
            shown = quote.locator(".quote-text").evaluate("e => e.textContent")
            assert shown == text[start:end], "quote is byte-exact from its article"
            assert quote.locator("mark").count() >= 1
            checked += 1
    assert checked >= 1
    shot(page, "node-panel")


def test_click_edge_shows_its_evidence(page, base_url, graph_json):
    nid = node_id(graph_json, "Corée du Nord")
    open_explorer(page, base_url)
    cands = page.evaluate(
        """(id) => {
            const pos = network.getPositions();
            const cands = edges.get({filter: e => (e.from === id || e.to === id) && !e.smooth
                                     && e.from !== e.to});
            cands.sort((a, b) => {
                const d = e => Math.hypot(pos[e.from].x - pos[e.to].x, pos[e.from].y - pos[e.to].y);
                return d(b) - d(a);
            });
            return cands.slice(0, 6);
        }""",
        nid,
    )
    assert cands, "Corée du Nord has a relation drawn"
    # a real mouse click on an edge's middle; where another edge or a node lies on that
    # point, try the next longest edge
    for edge in cands:
        point = page.evaluate(
            """(e) => {
                const p = network.getPositions([e.from, e.to]);
                const mid = {x: (p[e.from].x + p[e.to].x) / 2, y: (p[e.from].y + p[e.to].y) / 2};
                network.moveTo({position: mid, scale: 1.2});
                const d = network.canvasToDOM(mid);
                const r = document.querySelector('#mynetwork canvas').getBoundingClientRect();
                return {x: r.left + d.x, y: r.top + d.y};
            }""",
            edge,
        )
        page.mouse.click(point["x"], point["y"])
        page.wait_for_timeout(300)
        if page.evaluate("network.getSelectedEdges()") == [edge["id"]]:
            break
    page.wait_for_selector("#panel[data-kind='edge']")
    assert page.evaluate("network.getSelectedEdges()") == [edge["id"]]
    source, relation, target = edge["triple"]
    labels = {n["id"]: n["label"] for n in graph_json["nodes"]}
    title = page.locator("#panel h2").inner_text()
    assert labels[source] in title and relation in title and labels[target] in title
    quotes = page.locator("#panel blockquote.quote")
    assert quotes.count() >= 1
    assert page.locator("#panel .quote-group h4 a").first.inner_text()
    assert page.locator("#panel .badge.modality").count() == quotes.count()
    assert page.locator("#panel mark.source, #panel mark.target").count() >= 1
    group = page.locator("#panel .quote-group").first
    text = article_text(graph_json, group.get_attribute("data-article"))
    first = group.locator("blockquote.quote").first
    start, end = int(first.get_attribute("data-start")), int(first.get_attribute("data-end"))
    assert first.locator(".quote-text").evaluate("e => e.textContent") == text[start:end]
    shot(page, "edge-panel")


def test_search_offers_and_selects(page, base_url, graph_json):
    nid = node_id(graph_json, "Vladimir Poutine")
    open_explorer(page, base_url)
    before = page.evaluate("document.body.dataset.version")
    page.locator("#search").press_sequentially("pout", delay=40)
    option = page.locator(f"#search-results li[data-id='{nid}']")  # (concepts naming him
    # too, « déplacement de Vladimir Poutine », may be offered beside him)
    option.wait_for()
    shot(page, "search")
    option.click()
    wait_new_view(page, before)
    page.wait_for_selector(f"#panel[data-kind='node'][data-id='{nid}']")
    assert page.evaluate("network.getSelectedNodes()") == [nid]
    assert f"focus={nid}" in page.url and f"node={nid}" in page.url
    shown = page.evaluate("nodes.getIds()")
    assert nid in shown and len(shown) < len(graph_json["nodes"])


def test_type_filter_hides_that_type_and_survives_reload(page, base_url, graph_json):
    open_explorer(page, base_url)
    counts: dict[str, int] = {}
    for n in graph_json["nodes"]:
        counts[n["type"]] = counts.get(n["type"], 0) + 1
    hidden = max(counts, key=counts.get)
    assert page.evaluate(f"nodes.get({{filter: n => n.type === '{hidden}'}}).length") > 0
    before = page.evaluate("document.body.dataset.version")
    page.locator(f"#f-types input[value='{hidden}']").uncheck()
    wait_new_view(page, before)
    assert page.evaluate(f"nodes.get({{filter: n => n.type === '{hidden}'}}).length") == 0
    assert page.evaluate("nodes.length") > 0
    assert "type=" in page.url
    shot(page, "type-filter")
    page.reload()
    page.wait_for_selector("body[data-ready='1']")
    assert not page.locator(f"#f-types input[value='{hidden}']").is_checked()
    assert page.evaluate(f"nodes.get({{filter: n => n.type === '{hidden}'}}).length") == 0


def test_focus_depth_from_the_url(page, base_url, graph_json):
    nid = node_id(graph_json, "Corée du Nord")
    open_explorer(page, base_url, f"?focus={nid}&depth=1")
    neighbours = {e["source"] for e in graph_json["edges"] if e["target"] == nid}
    neighbours |= {e["target"] for e in graph_json["edges"] if e["source"] == nid}
    assert set(page.evaluate("nodes.getIds()")) == neighbours | {nid}
    assert page.locator("#focus-box").is_visible()
    assert page.locator("#f-depth").input_value() == "1"


def test_quote_link_opens_the_reader_at_the_sentence(page, base_url, graph_json):
    nid = node_id(graph_json, "Corée du Nord")
    open_explorer(page, base_url, f"?node={nid}")
    page.wait_for_selector(f"#panel[data-kind='node'][data-id='{nid}']")
    quotes = page.locator("#panel blockquote.quote")
    last = quotes.nth(quotes.count() - 1)
    article_id = last.locator("xpath=ancestor::section[1]").get_attribute("data-article")
    sentence = int(last.get_attribute("data-sentence"))
    start, end = int(last.get_attribute("data-start")), int(last.get_attribute("data-end"))
    last.locator("a.quote-link").click()
    page.wait_for_url(f"**/articles/{article_id}?s={sentence}#s{sentence}")
    page.wait_for_selector("body[data-ready='1']")
    target = page.locator(f"#s{sentence}")
    assert "selected" in target.get_attribute("class")
    assert page.locator(".sentence.selected").count() == 1
    assert target.evaluate("e => e.textContent") == article_text(graph_json, article_id)[start:end]
    in_view = target.evaluate(
        """e => { const r = e.getBoundingClientRect();
                  return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0; }"""
    )
    assert in_view, "the quoted sentence is scrolled into view"
    assert page.locator("article a.mention").count() > 0
    shot(page, "reader")


def test_fixture_markup_never_runs(browser):
    """The hand-written corpus with <script> and <img onerror>: nothing executes."""
    from webapp.app import create_app

    fixture = Path(__file__).parent / "fixtures" / "graph.json"
    server, url = start_server(create_app({"GRAPH_PATH": str(fixture)}))
    context = browser.new_context(viewport={"width": 1200, "height": 800})
    pg = context.new_page()
    dialogs: list[str] = []
    pg.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    try:
        pg.goto(url + "/?node=groupe-piege")
        pg.wait_for_selector("#panel[data-kind='node'][data-id='groupe-piege']")
        assert "<img src=x onerror=alert(1)>" in pg.locator("#panel h2").inner_text()
        pg.evaluate("Temoin.selectEdge(['groupe-piege', 'menacer', 'chili'])")
        pg.wait_for_selector("#panel[data-kind='edge']")
        click_node(pg, "groupe-piege")
        pg.mouse.move(5, 5)
        pg.goto(url + "/articles/a03_piege?s=1")
        pg.wait_for_selector("body[data-ready='1']")
        assert "<script>alert(1)</script>" in pg.locator("article").inner_text()
        assert pg.locator("img").count() == 0
        assert pg.evaluate("document.querySelectorAll('article script').length") == 0
        shot(pg, "xss-reader")
    finally:
        context.close()
        server.close()
    assert dialogs == []


def test_no_request_left_the_origin(base_url):
    assert REQUESTS, "the other tests recorded their requests"
    origin = urlsplit(base_url)
    outside = [
        u
        for u in REQUESTS
        if not u.startswith("data:")
        and (urlsplit(u).scheme, urlsplit(u).netloc) != (origin.scheme, origin.netloc)
    ]
    assert outside == []
    assert PROBLEMS == []
