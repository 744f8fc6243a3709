"""The relations list and the contradiction badges in real headless Chromium.

Same pattern as ``test_browser.py`` (Debian's Chromium, a waitress server in a thread), on the
small invented graph of ``test_relations_view.py``.
"""

from __future__ import annotations

import copy

import pytest
from browsing import served_page
from test_relations_view import GRAPH

pytestmark = pytest.mark.browser


def test_relations_page_opens_a_contradicted_edge_in_the_explorer():
    with served_page({"GRAPH_DATA": copy.deepcopy(GRAPH)}) as (pg, url, problems):
        pg.goto(url + "/relations")
        assert pg.locator("tr.relation-row").count() == 5
        badge = pg.locator("tr.relation-row .badge.contradicted")
        assert badge.count() == 1 and badge.is_visible()
        assert "démenti" in badge.get_attribute("title")
        assert "<script>alert(1)</script>" in pg.locator("#relations").inner_text()

        pg.click("th a[data-sort='source']")
        pg.wait_for_url("**sort=source**")
        pg.locator("tr.contradicted a.open-edge").click()
        pg.wait_for_selector("#panel[data-kind='edge']")
        panel_badge = pg.locator("#panel .badge.contradicted")
        assert panel_badge.is_visible() and panel_badge.inner_text() == "contredit"
        assert "affirmé dans un article" in panel_badge.get_attribute("title")

        pg.evaluate("Temoin.selectNode('compagnie-des-phares')")
        pg.wait_for_selector("#panel[data-kind='node'][data-id='compagnie-des-phares']")
        assert pg.locator("#panel li.contradicted .badge.contradicted").count() == 1
        pg.evaluate("Temoin.selectNode('union-cotiere')")
        pg.wait_for_selector("#panel[data-kind='node'][data-id='union-cotiere']")
        assert "Inclut : Conseil des marées" in pg.locator("#panel .parts").inner_text()

        pg.click("#relations-link")
        pg.wait_for_url("**/relations**")
        assert pg.locator("tr.relation-row").count() == 5
    assert problems == []
