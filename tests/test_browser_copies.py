"""Sources, dates and wire copies in the edge panel, in real headless Chromium (same pattern
as ``test_browser_relations.py``: Debian's Chromium, a waitress server in a thread)."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from browsing import served_page

pytestmark = pytest.mark.browser

FIXTURE = Path(__file__).parent / "fixtures" / "graph.json"


def test_the_edge_panel_shows_copies_and_each_quote_its_source_and_date():
    data = json.loads(FIXTURE.read_text(encoding="utf-8"))
    edge = data["edges"][0]
    art = next(a for a in data["graph"]["articles"] if a["id"] == edge["evidence"][0]["article"])
    art.update(date="2024-03-05", source="<b>Agence</b>", copies=3)
    edge.update(sources=1, copies=3)
    with served_page({"GRAPH_DATA": copy.deepcopy(data)}) as (pg, url, problems):
        pg.goto(url + "/")
        pg.evaluate("(t) => Temoin.selectEdge(t)",
                    [edge["source"], edge["relation"], edge["target"]])
        pg.wait_for_selector("#panel[data-kind='edge']")
        assert "1 article(s) source(s) · 3 copies" in pg.locator("#panel").inner_text()
        meta = pg.locator(f"#panel .quote-group[data-article='{art['id']}'] .article-meta")
        assert meta.inner_text().strip() == "— <b>Agence</b> · 5 mars 2024"  # as text
        # the date range: only the dated article's relations stay, and the URL keeps it
        before = pg.get_attribute("body", "data-version")
        pg.fill("#f-from", "2024-03-01")
        pg.wait_for_url("**from=2024-03-01**")
        pg.wait_for_selector(f"body:not([data-version='{before}'])", state="attached")
        shown = pg.evaluate("edges.get().map(e => e.triple.join('/'))")
        dated = {"/".join((e["source"], e["relation"], e["target"])) for e in data["edges"]
                 if art["id"] in e["articles"]}
        assert shown and set(shown) <= dated
        pg.reload()
        assert pg.locator("#f-from").input_value() == "2024-03-01"
        # every export is one click away, served by the app
        for fmt in ("graphml", "gexf", "csv", "cypher"):
            link = pg.locator(f"nav a[href='/export/{fmt}']")
            assert link.is_visible()
    assert problems == []
