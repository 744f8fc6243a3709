"""``/api/nodes/<id>`` answered from the SQLite store (``webapp/nodes_sqlite.py``): the same
JSON as from memory, every page of quotes; memory again when corrections apply."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path
from urllib.parse import quote

import pytest
from test_store_sqlite import invented_graph

from graph.store_sqlite import write_store_of
from webapp.app import create_app

FIXTURE_GRAPH = Path(__file__).parent / "fixtures" / "graph.json"


def clients(tmp_path: Path, data) -> tuple:
    """(from the store, from memory) test clients of the same graph file, no answer cache."""
    graph = tmp_path / "graph.json"
    graph.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    write_store_of(data, graph)
    pair = []
    for from_store in (True, False):
        app = create_app({"TESTING": True, "GRAPH_PATH": str(graph),
                          "NODES_FROM_STORE": from_store})
        app.extensions["temoin_cache"] = None
        pair.append(app.test_client())
    return tuple(pair)


def many_quotes_graph():
    sentences = [f"Le comité {i} de Rivemont se réunit." for i in range(120)]
    data = invented_graph({"m1": ("Comités", sentences[:70]), "m2": ("Réunions", sentences[70:]),
                           "m3": ("Suite", ["Le comité final de Rivemont conclut."])})
    for edge in data["edges"]:
        edge.pop("sources")  # older graphs: counted from the articles
        edge["evidence"][0]["modality"] = "alleged"
    return data


@pytest.mark.parametrize("which", ["fixture", "many"])
def test_every_node_is_the_same_from_the_store_as_from_memory(tmp_path, fixture_data, which):
    data = fixture_data if which == "fixture" else many_quotes_graph()
    from_store, from_memory = clients(tmp_path, data)
    for node in data["nodes"]:
        url = "/api/nodes/" + quote(node["id"], safe="")
        while url:
            a, b = from_store.get(url), from_memory.get(url)
            assert a.status_code == b.status_code == 200
            assert a.get_json() == b.get_json(), url
            url = a.get_json()["more_url"]
    for bad in ("/api/nodes/nobody", "/api/nodes/n-m1?offset=500", "/api/nodes/n-m1?offset=x"):
        a, b = from_store.get(bad), from_memory.get(bad)
        assert a.status_code == b.status_code and a.status_code in (400, 404)
        assert a.get_json()["reason"] == b.get_json()["reason"]


def test_the_answer_really_comes_from_the_store(tmp_path):
    data = many_quotes_graph()
    from_store, from_memory = clients(tmp_path, data)
    with sqlite3.connect(tmp_path / "graph.sqlite") as conn:
        conn.execute("UPDATE nodes SET label = 'Lu dans la base' WHERE id = 'n-m2'")
    conn.close()
    assert from_store.get("/api/nodes/n-m2").get_json()["label"] == "Lu dans la base"
    assert from_memory.get("/api/nodes/n-m2").get_json()["label"] == "Réunions"


def test_with_corrections_nodes_come_from_memory(tmp_path, fixture_data):
    graph = tmp_path / "graph.json"
    shutil.copy(FIXTURE_GRAPH, graph)
    write_store_of(fixture_data, graph)
    (tmp_path / "corrections.jsonl").write_text(json.dumps(
        {"op": "rename", "node": {"name": "cuivre", "type": "CONCEPT"}, "label": "Cuivre raffiné"})
        + "\n", encoding="utf-8")
    client = create_app({"TESTING": True, "GRAPH_PATH": str(graph)}).test_client()
    assert client.get("/api/nodes/cuivre").get_json()["label"] == "Cuivre raffiné"
