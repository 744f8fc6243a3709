"""The relations list and the contradiction badges in real headless Chromium.

Same pattern as ``test_browser.py`` (Debian's Chromium, a waitress server in a thread), on the
small invented graph of ``test_relations_view.py``.
"""

from __future__ import annotations

import copy
import os
import threading
from pathlib import Path

import pytest
from test_relations_view import GRAPH

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"]


def test_relations_page_opens_a_contradicted_edge_in_the_explorer():
    if not Path(CHROMIUM).exists():
        if os.environ.get("TEMOIN_REQUIRE_BROWSER") == "1":
            pytest.fail(f"{CHROMIUM} is missing and TEMOIN_REQUIRE_BROWSER=1")
        pytest.skip(f"{CHROMIUM} is missing")
    from playwright.sync_api import sync_playwright
    from waitress import create_server

    from webapp.app import create_app

    server = create_server(
        create_app({"GRAPH_DATA": copy.deepcopy(GRAPH)}), host="127.0.0.1", port=0, threads=4
    )
    threading.Thread(target=server.run, daemon=True).start()
    url = f"http://127.0.0.1:{server.effective_port}"
    problems: list[str] = []
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
            pg = browser.new_page(viewport={"width": 1300, "height": 800}, locale="fr-FR")
            pg.set_default_timeout(15_000)
            pg.on("pageerror", lambda e: problems.append(f"page error: {e}"))
            pg.on("dialog", lambda d: (problems.append(f"dialog: {d.message}"), d.dismiss()))
            pg.on(
                "console",
                lambda m: (
                    problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None
                ),
            )

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
            browser.close()
    finally:
        server.close()
    assert problems == []
