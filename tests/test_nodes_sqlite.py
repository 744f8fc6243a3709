"""``/api/nodes/<id>`` answered from the SQLite store (``webapp/nodes_sqlite.py``), every page
of quotes; the corrected store when corrections apply. (The same JSON as the explorer gave
from memory before: ``tests/test_store_server.py``.)"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path
from urllib.parse import quote

import pytest
from test_store_sqlite import invented_graph

from graph.schema import check_graph
from graph.store_sqlite import write_store_of
from webapp.app import create_app

FIXTURE_GRAPH = Path(__file__).parent / "fixtures" / "graph.json"


def served(tmp_path: Path, data):
    """A test client of the graph *data* written as a file with its store, no answer cache."""
    graph = tmp_path / "graph.json"
    graph.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    write_store_of(data, graph)
    app = create_app({"TESTING": True, "GRAPH_PATH": str(graph)})
    app.extensions["temoin_cache"] = None
    return app.test_client()


def many_quotes_graph():
    sentences = [f"Le comité {i} de Rivemont se réunit." for i in range(120)]
    data = invented_graph({"m1": ("Comités", sentences[:70]), "m2": ("Réunions", sentences[70:]),
                           "m3": ("Suite", ["Le comité final de Rivemont conclut."])})
    for edge in data["edges"]:
        edge.pop("sources")  # older graphs: counted from the articles
        edge["evidence"][0]["modality"] = "alleged"
    # a hub with more edges per relation than the panel lists, ties of sources and of names
    hub = data["nodes"][0]
    first = hub["evidence"][0]
    labels = ["Élan", "elan", "Œuvre", "oeuvre", "Zèbre", "abri", "Abri", "ÉLAN"]
    for i in range(34):
        target = {"id": f"t{i}", "label": f"{labels[i % len(labels)]}", "type": "ORG",
                  "evidence": [first], "articles": ["m1"], "mentions": 1}
        data["nodes"].append(target)
        for relation in ("soutenir", "visiter")[: 1 + i % 2]:
            edge = {"source": hub["id"], "target": target["id"], "relation": relation,
                    "key": relation, "sources": i % 3, "articles": ["m1"],
                    "evidence": [{**first, "modality": ("asserted", "denied")[i % 2]}]}
            if i % 5 == 0:
                edge["status"] = "reported"
            data["edges"].append(edge if relation == "soutenir" or i % 4 == 1 else
                                 {**edge, "source": target["id"], "target": hub["id"]})
    check_graph(data, "many")
    return data


def test_the_hub_has_more_edges_than_a_panel_lists(tmp_path):
    from_store = served(tmp_path, many_quotes_graph())
    answer = from_store.get("/api/nodes/n-m1").get_json()
    (soutenir,) = [r for r in answer["relations"]["out"] if r["relation"] == "soutenir"]
    assert soutenir["count"] == 34 and len(soutenir["edges"]) == 25
    assert {r["relation"] for r in answer["relations"]["in"]} == {"citer", "visiter"}


def test_sort_keys_are_the_explorers():
    from hypothesis import given
    from hypothesis import strategies as st

    from graph.store_sqlite import sort_key
    from webapp.store import fold

    @given(st.text(max_size=30) | st.sampled_from(["Œuvre d’Élise", "ﬁn", "ÆGIS", "İstanbul"]))
    def same(text):
        assert sort_key(text) == fold(text)

    same()


@pytest.mark.parametrize("which", ["fixture", "many"])
def test_every_page_of_every_node_answers(tmp_path, fixture_data, which):
    data = fixture_data if which == "fixture" else many_quotes_graph()
    client = served(tmp_path, data)
    for node in data["nodes"]:
        url = "/api/nodes/" + quote(node["id"], safe="")
        seen = 0
        while url:
            answer = client.get(url)
            assert answer.status_code == 200
            seen += sum(len(g["quotes"]) for g in answer.get_json()["quotes"])
            url = answer.get_json()["more_url"]
        assert seen == len(node.get("evidence") or [])
    for bad, code in (("/api/nodes/nobody", 404), ("/api/nodes/n-m1?offset=500", 400),
                      ("/api/nodes/n-m1?offset=x", 400)):
        if which == "many" or code == 404:
            assert client.get(bad).status_code == code


def test_the_answer_really_comes_from_the_store(tmp_path):
    data = many_quotes_graph()
    client = served(tmp_path, data)
    assert client.get("/api/nodes/n-m2").get_json()["label"] == "Réunions"
    with sqlite3.connect(tmp_path / "graph.sqlite") as conn:
        conn.execute("UPDATE nodes SET label = 'Lu dans la base' WHERE id = 'n-m2'")
    conn.close()
    assert client.get("/api/nodes/n-m2").get_json()["label"] == "Lu dans la base"


def test_with_corrections_nodes_come_from_the_corrected_store(tmp_path, fixture_data):
    graph = tmp_path / "graph.json"
    shutil.copy(FIXTURE_GRAPH, graph)
    write_store_of(fixture_data, graph)
    (tmp_path / "corrections.jsonl").write_text(json.dumps(
        {"op": "rename", "node": {"name": "cuivre", "type": "CONCEPT"}, "label": "Cuivre raffiné"})
        + "\n", encoding="utf-8")
    app = create_app({"TESTING": True, "GRAPH_PATH": str(graph)})
    assert app.extensions["temoin_store"].path == tmp_path / "graph.corrected.sqlite"
    client = app.test_client()
    assert client.get("/api/nodes/cuivre").get_json()["label"] == "Cuivre raffiné"
