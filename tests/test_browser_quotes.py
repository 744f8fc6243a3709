"""Quote search in Debian's headless Chromium: from the explorer's search area to the
« Citations » page, a word typed and its quotes shown with the word highlighted."""

from __future__ import annotations

import shutil
from pathlib import Path
from urllib.parse import unquote

import pytest
from browsing import served_page

from graph.store_sqlite import write_store_of

pytestmark = pytest.mark.browser

FIXTURE_GRAPH = Path(__file__).parent / "fixtures" / "graph.json"


def test_typing_a_word_shows_its_quotes_highlighted(tmp_path, fixture_data):
    graph = tmp_path / "graph.json"
    shutil.copy(FIXTURE_GRAPH, graph)
    write_store_of(fixture_data, graph)
    with served_page({"GRAPH_PATH": str(graph)}) as (pg, url, problems):
        pg.goto(url + "/")
        pg.wait_for_selector("#quotes-link")
        pg.click("#quotes-link")
        pg.wait_for_url("**/quotes")
        pg.fill("#quote-q", "equateur")  # no accent typed: « Équateur » is found
        pg.press("#quote-q", "Enter")
        pg.wait_for_selector(".quote-result mark.match")
        pg.goto(url + "/")  # the words typed in the entity search go along with the link
        pg.locator("#search").press_sequentially("equat")
        pg.click("#quotes-link")
        pg.wait_for_url("**/quotes?q=equat")
        assert pg.locator(".quote-result mark.match").all_inner_texts() == ["Équateur"] * 2
        assert pg.input_value("#quote-q") == "equat"
        pg.fill("#quote-q", "equateur")
        pg.press("#quote-q", "Enter")
        pg.wait_for_url("**/quotes?q=equateur")
        marks = pg.locator(".quote-result mark.match").all_inner_texts()
        assert marks == ["Équateur", "Équateur"]
        quotes = pg.locator(".quote-result blockquote").all_inner_texts()
        assert quotes == ["D'après l'Équateur, le Chili a fourni du cuivre au Canada.",
                          "L'Équateur affirme que le Chili a fourni du cuivre."]
        assert "2 citation(s)" in pg.inner_text("#quotes-count")
        # a quote's relation opens the explorer on that edge
        pg.locator(".quote-result .support-edge").first.click()
        pg.wait_for_url("**/?edge=*")
        assert unquote(pg.url).endswith("/?edge=chili/fournir/cuivre")
        pg.wait_for_selector("#panel:not([hidden])")
        assert "cuivre" in pg.inner_text("#panel-body")  # the edge's panel is open
        assert not problems, problems
