"""Corrections from the explorer in real headless Chromium (Debian's), on the graph of the
bundled ``articles/``: a merge made from the node panel, kept after a reload and after a
rebuild with one more article, undone from the Corrections page; a read-only server offers
no correction and refuses the writes.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from browsing import need_browser, served_page

from webapp.store import fold

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent

#: an invented dispatch, added to the bundled articles for the rebuild.
EXTRA_ARTICLE = """Le port de Valbruine rouvre ses quais

VALBRUINE, 14 mars - La compagnie Ferrandine a livré trois grues au port de Valbruine,
a annoncé mardi la mairie. Le maire, Octave Lumbre, a remercié la compagnie.
"""


def build(folder: Path, out: Path, capsys) -> str:
    """``temoin build folder --out out``; its stderr."""
    from webapp.cli import main

    capsys.readouterr()
    assert main(["build", str(folder), "--out", str(out), "--quiet", "--jobs", "1"]) == 0
    return capsys.readouterr().err


def merge_pair(data: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Two nodes of one type where the short one's name starts the long one's (« X » and
    « X du Y »), the long one the most mentioned: what a reader merges by hand."""
    pairs = [(a, b) for a in data["nodes"] for b in data["nodes"]
             if a["type"] == b["type"] == "LOC" and b["label"].startswith(a["label"] + " ")
             and a["evidence"] and b["evidence"]]
    assert pairs, "the bundled graph has a short and a long name of one place"
    return max(pairs, key=lambda p: p[1]["mentions"])


def aliases(page) -> list[str]:
    return page.locator("#panel .aliases .alias").all_inner_texts()


def quote_texts(page) -> set[str]:
    return set(page.locator("#panel blockquote.quote .quote-text").all_inner_texts())


def node_in_page(page, url: str, node_id: str) -> bool:
    """Whether the server has the node (asked beside the page: no console error for a 404)."""
    return page.request.get(f"{url}/api/nodes/{node_id}").ok


def open_node(page, url: str, node_id: str) -> None:
    page.goto(f"{url}/?node={node_id}&isolated=1")
    page.wait_for_selector(f"#panel[data-kind='node'][data-id='{node_id}']")


def test_merge_from_the_panel_survives_reload_and_rebuild_then_undo(tmp_path, capsys):
    need_browser()
    folder = tmp_path / "articles"
    shutil.copytree(ROOT / "articles", folder)
    graph = tmp_path / "graph.json"
    build(folder, graph, capsys)
    data = json.loads(graph.read_text(encoding="utf-8"))
    short, long = merge_pair(data)
    print(f"merging « {short['label']} » ({short['mentions']} mention(s)) into "
          f"« {long['label']} » ({long['mentions']})")
    short_quotes = {ev["text"] for ev in short["evidence"]}
    long_quotes = {ev["text"] for ev in long["evidence"]}

    with served_page({"GRAPH_PATH": str(graph)}) as (pg, url, problems):
        open_node(pg, url, short["id"])
        pg.click("#panel .node-corrections button.merge")
        # typed without accents nor capitals: the search box's matching
        typed = fold(long["label"])[:8]
        print(f"typed « {typed} » in « Fusionner avec… »")
        pg.locator("#panel .merge-search").press_sequentially(typed)
        pick = pg.locator(f"#panel .merge-results li[data-id='{long['id']}']")
        pick.click()
        pg.click("#panel .confirm-merge")
        pg.wait_for_selector(f"#panel[data-kind='node'][data-id='{long['id']}']")
        assert "Fusionner" in pg.locator("#flash").inner_text()

        pg.reload()
        pg.wait_for_selector(f"#panel[data-kind='node'][data-id='{long['id']}']")
        assert not node_in_page(pg, url, short["id"])
        assert short["label"] in aliases(pg)
        while pg.locator("#panel .more-quotes").count():
            pg.click("#panel .more-quotes")
            pg.wait_for_timeout(100)
        shown = quote_texts(pg)
        assert short_quotes <= shown and long_quotes <= shown  # both names' quotes
        assert problems == []

    # one more article, rebuilt by temoin build: the correction still applies; a line
    # written by hand about a node that is not there is listed as stale
    (folder / "900_valbruine.txt").write_text(EXTRA_ARTICLE, encoding="utf-8")
    fixes = tmp_path / "corrections.jsonl"
    with fixes.open("a", encoding="utf-8") as fh:
        fh.write('{"op": "hide_node", "node": {"name": "Port de Nulle-Part", "type": "LOC"}}\n')
    err = build(folder, graph, capsys)
    print(err)
    assert "corrections: 1 applied, 1 stale, 0 bad line(s)" in err
    assert ", line 2: stale (hide_node): no node « Port de Nulle-Part » (LOC)" in err
    rebuilt = json.loads(graph.read_text(encoding="utf-8"))
    assert len(rebuilt["graph"]["articles"]) == len(data["graph"]["articles"]) + 1
    assert any(n["id"] == short["id"] for n in rebuilt["nodes"])  # the extraction is kept

    with served_page({"GRAPH_PATH": str(graph)}) as (pg, url, problems):
        open_node(pg, url, long["id"])
        assert not node_in_page(pg, url, short["id"])
        assert short["label"] in aliases(pg)

        pg.goto(url + "/corrections")
        rows = pg.locator("tr.correction-row")
        assert rows.count() == 2
        assert rows.nth(0).get_attribute("class") == "correction-row applied"
        assert short["label"] in rows.nth(0).inner_text()
        assert rows.nth(1).get_attribute("class") == "correction-row stale"
        assert "périmée" in rows.nth(1).inner_text()
        rows.nth(0).locator("button.undo").click()
        pg.wait_for_load_state()
        assert pg.locator("tr.correction-row").count() == 1
        assert pg.locator("tr.correction-row.stale").count() == 1
        assert node_in_page(pg, url, short["id"]) and node_in_page(pg, url, long["id"])
        open_node(pg, url, long["id"])
        assert short["label"] not in aliases(pg)
        open_node(pg, url, short["id"])
        assert quote_texts(pg) == short_quotes
        assert problems == []
    assert fixes.read_text(encoding="utf-8") == (
        '{"op": "hide_node", "node": {"name": "Port de Nulle-Part", "type": "LOC"}}\n')


def test_read_only_offers_no_correction_and_refuses_writes(tmp_path, capsys):
    need_browser()
    graph = tmp_path / "graph.json"
    build(ROOT / "articles", graph, capsys)
    data = json.loads(graph.read_text(encoding="utf-8"))
    short, long = merge_pair(data)
    (tmp_path / "corrections.jsonl").write_text(json.dumps(
        {"id": "c1", "op": "rename", "node": {"name": short["label"], "type": "LOC"},
         "label": short["label"] + " (lu)"}, ensure_ascii=False) + "\n", encoding="utf-8")
    with served_page({"GRAPH_PATH": str(graph), "READ_ONLY": True}) as (pg, url, problems):
        open_node(pg, url, long["id"])
        assert pg.locator("#panel .node-corrections, #panel .split-alias").count() == 0
        edge = next(e for e in data["edges"] if long["id"] in (e["source"], e["target"]))
        pg.evaluate("(t) => Temoin.selectEdge(t)", [edge["source"], edge["relation"],
                                                    edge["target"]])
        pg.wait_for_selector("#panel[data-kind='edge'], #panel[data-kind='family']")
        assert pg.locator("#panel .hide-edge, #panel .hide-quote").count() == 0
        # the families of the real graph: one drawn edge each, every verb in its panel
        families = pg.evaluate("() => edges.get().filter((e) => e.triples).map((e) => "
                               "[e.name, e.triples])")
        print("families drawn:", [(name, [t[1] for t in triples]) for name, triples in families])
        assert families, "the bundled articles have relations of one class between two nodes"
        for name, triples in families:
            pg.evaluate("(t) => Temoin.selectEdge(t)", triples[-1])
            pg.wait_for_selector(f"#panel[data-kind='family'][data-id='{'/'.join(triples[-1])}']")
            assert pg.locator("#panel .family-name").inner_text() == name
            members = pg.locator("#panel .family-member")
            assert [members.nth(i).get_attribute("data-relation")
                    for i in range(members.count())] == [t[1] for t in triples]
            assert all(members.nth(i).locator("blockquote.quote").count()
                       for i in range(members.count()))
        # the corrections of the file still apply; the page lists them with no undo
        open_node(pg, url, short["id"])
        assert pg.locator("#panel h2").inner_text() == short["label"] + " (lu)"
        pg.goto(url + "/corrections")
        assert pg.locator("tr.correction-row").count() == 1
        assert pg.locator("button.undo, form.undo-form").count() == 0
        assert pg.locator("#read-only").is_visible()
        token = pg.request.get(url + "/api/csrf").json()
        assert token == {"token": None, "writable": False}
        same = {"Origin": url, "Content-Type": "application/json", "X-CSRF-Token": "x"}
        add = pg.request.post(url + "/api/corrections", headers=same,
                              data=json.dumps({"op": "hide_node", "node": long["id"]}))
        undo = pg.request.post(url + "/api/corrections/c1/undo", headers=same)
        form = pg.request.post(url + "/corrections/c1/undo", headers={"Origin": url},
                               form={"csrf_token": "x"})
        assert (add.status, undo.status, form.status) == (403, 403, 403)
        assert "read-only" in add.json()["reason"]
        assert problems == []
    assert "(lu)" in (tmp_path / "corrections.jsonl").read_text(encoding="utf-8")


def fixture_with_family() -> dict[str, Any]:
    """The invented fixture graph, plus « livrer à » beside « fournir » from the same country
    to the same country (one class of `graph.patterns`)."""
    data = json.loads((ROOT / "tests" / "fixtures" / "graph.json").read_text(encoding="utf-8"))
    edge = next(e for e in data["edges"]
                if (e["source"], e["relation"], e["target"]) == ("chili", "fournir", "canada"))
    twin = json.loads(json.dumps(edge))
    twin["relation"] = twin["key"] = "livrer à"
    data["edges"].append(twin)
    return data


def test_a_family_is_one_edge_whose_panel_lists_each_verb():
    with served_page({"GRAPH_DATA": fixture_with_family()}) as (pg, url, problems):
        pg.goto(url + "/")
        pg.wait_for_selector("body[data-ready='1']")
        drawn = pg.evaluate("""() => edges.get().filter((e) => e.from === 'chili'
                                 && e.to === 'canada').map((e) => [e.name, e.triples])""")
        assert drawn == [["fournir", [["chili", "fournir", "canada"],
                                      ["chili", "livrer à", "canada"]]]]
        pg.evaluate("Temoin.selectEdge(['chili', 'livrer à', 'canada'])")
        pg.wait_for_selector("#panel[data-kind='family']")
        assert pg.locator("#panel .family-name").inner_text() == "fournir"
        members = pg.locator("#panel .family-member")
        assert members.count() == 2
        assert [members.nth(i).get_attribute("data-relation") for i in range(2)] == [
            "fournir", "livrer à"]
        for i in range(2):
            assert members.nth(i).locator("blockquote.quote").count() == 1
        # the relations filter: « toute la famille » chooses every verb of the class
        pg.click("#toggle-filters") if not pg.locator("#filters").is_visible() else None
        pg.select_option("#f-relations", ["family:fournir"])
        pg.wait_for_function("() => Temoin.state().relation.length === 3")
        assert sorted(pg.evaluate("Temoin.state().relation")) == ["fournir", "livrer",
                                                                  "livrer à"]
        assert problems == []


def test_every_panel_correction_from_the_page(tmp_path):
    graph = tmp_path / "graph.json"
    graph.write_text(json.dumps(fixture_with_family(), ensure_ascii=False), encoding="utf-8")
    with served_page({"GRAPH_PATH": str(graph)}) as (pg, url, problems):
        open_node(pg, url, "chili")
        pg.click("#panel button.rename")
        pg.fill("#panel .rename-input", "Chili")
        pg.click("#panel .confirm-rename")
        pg.wait_for_function("() => document.querySelector('#panel h2')?.textContent === 'Chili'")

        pg.click("#panel button.retype")
        pg.select_option("#panel .type-select", "ORG")
        pg.click("#panel .confirm-type")
        pg.wait_for_selector("#panel .badge.type-ORG")

        open_node(pg, url, "canada")
        pg.click("#panel button.split")
        pg.click("#panel .split-alias[aria-label='Séparer « Ottawa »']")
        pg.wait_for_selector("#panel[data-kind='node'][data-id='ottawa']")

        pg.evaluate("Temoin.selectEdge(['chili', 'fournir', 'cuivre'])")
        pg.wait_for_selector("#panel[data-kind='edge'] blockquote.quote >> nth=1")
        pg.locator("#panel .hide-quote").nth(1).click()
        pg.wait_for_function(
            "() => document.querySelectorAll('#panel blockquote.quote').length === 1")

        pg.evaluate("Temoin.selectEdge(['chili', 'fournir', 'canada'])")
        pg.wait_for_selector("#panel[data-kind='family']")
        pg.locator("#panel .family-member[data-relation='livrer à'] .hide-edge").click()
        pg.wait_for_function("() => document.querySelector('#panel').hidden")
        assert pg.evaluate("""() => edges.get().filter((e) => e.from === 'chili'
                              && e.to === 'canada').map((e) => e.name)""") == ["fournir"]

        open_node(pg, url, "omc")
        pg.click("#panel button.hide-node")
        pg.click("#panel .confirm-hide")
        pg.wait_for_function("() => document.querySelector('#panel').hidden")
        assert pg.evaluate("nodes.get('omc')") is None
        pg.click("#flash .undo-last")  # « Annuler » right after the correction
        pg.wait_for_function("() => document.querySelector('#flash').textContent"
                             " === 'Correction annulée.'")
        pg.wait_for_function("() => nodes.get('omc') !== null")

        # a server restarted meanwhile forgets the page's token: it is fetched again once
        pg.context.clear_cookies()
        pg.evaluate("Temoin.selectNode('turbines')")
        pg.wait_for_selector("#panel[data-kind='node'][data-id='turbines']")
        pg.click("#panel button.hide-node")
        pg.click("#panel .confirm-hide")
        pg.wait_for_function("() => document.querySelector('#panel').hidden")

        pg.goto(url + "/corrections")
        ops = [pg.locator("tr.correction-row").nth(i).get_attribute("data-op")
               for i in range(pg.locator("tr.correction-row").count())]
        assert ops == ["rename", "retype", "split", "hide_quote", "hide_edge", "hide_node"]
        assert "turbines" in pg.locator("tr.correction-row").nth(5).inner_text()
        assert pg.locator("tr.correction-row.applied").count() == 6
        pg.set_viewport_size({"width": 390, "height": 844})  # on a phone: undo in reach
        for i in range(6):
            box = pg.locator("button.undo").nth(i).bounding_box()
            assert box["x"] >= 0 and box["x"] + box["width"] <= 390
        # the one refused write, logged by the browser
        assert problems == ["console error: Failed to load resource: the server responded with "
                            "a status of 403 (FORBIDDEN)"]
