"""The explorer served from the SQLite store (issue #10, point 3): the same answers as when it
held the graph in memory, ``graph.json`` never read when its store is sound, a cheap check
that the store is the graph's own, damaged or foreign stores refused by name and replaced,
and corrections served from a corrected store."""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
from pathlib import Path

import pytest
from fixtures.answers_before_store import digest, graphs, urls_for, without_positions

import graph.store_sqlite as store_sqlite
import webapp.app as app_module
from graph.model import TemoinError
from graph.store_sqlite import store_problem, write_store_of
from webapp.app import create_app
from webapp.sqlstore import SqlGraphStore
from webapp.store import GraphStore

FIXTURES = Path(__file__).parent / "fixtures"
FIXTURE_GRAPH = FIXTURES / "graph.json"
BEFORE = json.loads((FIXTURES / "answers_before_store.json").read_text(encoding="utf-8"))
HERE = "http://localhost"


class FakeServer:
    """What `temoin serve` gets from waitress instead of a listening server."""

    effective_port = 5123

    def run(self) -> None:
        pass

    def close(self) -> None:
        pass


def no_listening(monkeypatch) -> list:
    """Make `webapp.server.serve` return at once; the apps it would serve are listed."""
    import waitress

    apps: list = []
    monkeypatch.setattr(waitress, "create_server", lambda app, **kw: apps.append(app)
                        or FakeServer())
    return apps


@pytest.fixture(scope="module")
def invented(request) -> dict:
    return graphs(json.loads(FIXTURE_GRAPH.read_text(encoding="utf-8")))


@pytest.mark.parametrize("name", ["fixture", "many", "big"])
def test_every_answer_is_the_one_the_explorer_gave_from_memory(invented, name):
    """Views with every filter, relations lists in every order and page, nodes, edges,
    searches, articles and errors: answered from the store exactly as they were answered
    from the graph held in memory (``answers_before_store.json``, made by the explorer of
    commit 77ef01d)."""
    data = invented[name]
    client = create_app({"TESTING": True, "GRAPH_DATA": data}).test_client()
    urls = urls_for(data)
    assert sorted(urls) == sorted(BEFORE[name])
    for url in urls:
        r = client.get(url)
        status, before = BEFORE[name][url]
        answer = without_positions(r.get_json())
        assert r.status_code == status, url
        assert (answer if name == "fixture" else digest(answer)) == before, url


def test_nodes_are_drawn_where_the_layout_puts_them(fixture_data):
    positions = GraphStore(fixture_data).layout()  # the same process: the same hash seed
    client = create_app({"TESTING": True, "GRAPH_DATA": fixture_data}).test_client()
    drawn = client.get("/api/graph?limit=1000").get_json()["nodes"]
    assert len(drawn) == len(fixture_data["nodes"])
    assert {n["id"]: (n["x"], n["y"]) for n in drawn} == positions


def graph_with_store(tmp_path: Path, fixture_data) -> Path:
    graph = tmp_path / "graph.json"
    shutil.copy(FIXTURE_GRAPH, graph)
    write_store_of(fixture_data, graph)
    return graph


def test_a_sound_store_is_served_without_reading_or_hashing_graph_json(tmp_path, fixture_data,
                                                                       monkeypatch):
    graph = graph_with_store(tmp_path, fixture_data)

    def forbidden(*args, **kwargs):
        raise AssertionError("graph.json was read")

    monkeypatch.setattr(app_module, "load_graph_data", forbidden)
    monkeypatch.setattr(store_sqlite, "file_sha256", forbidden)
    app = create_app({"TESTING": True, "GRAPH_PATH": str(graph)})
    assert app.extensions["temoin_store"].path == tmp_path / "graph.sqlite"
    client = app.test_client()
    article = fixture_data["graph"]["articles"][0]["id"]
    for url in ["/", "/api/graph", "/relations", "/api/relations?sort=target", "/articles",
                f"/articles/{article}", f"/api/articles/{article}", "/api/nodes/chili",
                "/api/edges/0", "/api/search?q=chi", "/api/quotes?q=cuivre", "/api/meta"]:
        assert client.get(url).status_code == 200, url
    text = client.get(f"/api/articles/{article}").get_json()["text"]
    assert text == fixture_data["graph"]["articles"][0]["text"]


def test_the_graph_file_is_hashed_only_when_its_size_or_time_changed(tmp_path, fixture_data,
                                                                     monkeypatch):
    graph = graph_with_store(tmp_path, fixture_data)
    store = tmp_path / "graph.sqlite"
    hashed = []
    real = store_sqlite.file_sha256
    monkeypatch.setattr(store_sqlite, "file_sha256",
                        lambda path: hashed.append(path) or real(path))
    assert store_problem(store, graph) is None and hashed == []  # size and time as recorded
    st = graph.stat()
    os.utime(graph, ns=(st.st_atime_ns, st.st_mtime_ns + 5_000_000_000))  # touched, same bytes
    assert store_problem(store, graph) is None and len(hashed) == 1
    graph.write_text(graph.read_text(encoding="utf-8") + "\n", encoding="utf-8")  # another graph
    assert "was not made from" in store_problem(store, graph) and len(hashed) == 2


def old_version(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE meta SET value = '1' WHERE key = 'store_version'")
    conn.close()


def foreign(path: Path) -> None:
    path.unlink()
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE recettes (nom TEXT)")
    conn.close()


def garbage(path: Path) -> None:
    path.write_bytes(b"ceci n'est pas une base\n" * 100)


@pytest.mark.parametrize(("spoil", "reason"), [
    (old_version, "is a store of another version (1, not 2): build it again"),
    (foreign, "is not a Témoin store"),
    (garbage, "is not a Témoin store"),
])
def test_a_store_of_another_version_or_kind_is_refused_by_name_and_written_again(
        tmp_path, fixture_data, monkeypatch, capsys, spoil, reason):

    from webapp import server as server_mod

    graph = graph_with_store(tmp_path, fixture_data)
    store = tmp_path / "graph.sqlite"
    spoil(store)
    assert reason in store_problem(store, graph)
    with pytest.raises(TemoinError, match=str(store).replace("\\", "\\\\")):
        SqlGraphStore(store)
    # the explorer still serves the graph (from a store of its own)
    client = create_app({"TESTING": True, "GRAPH_PATH": str(graph)}).test_client()
    assert client.get("/api/nodes/chili").get_json()["id"] == "chili"
    # `temoin serve` says why and writes it again, no traceback

    apps = no_listening(monkeypatch)
    assert server_mod.serve([], graph_path=str(graph), port=0) == 0
    err = capsys.readouterr().err
    assert f"{store}" in err and reason in err and "writing it" in err
    assert "Traceback" not in err
    assert store_problem(store, graph) is None
    assert apps[0].extensions["temoin_store"].path == store


# ----------------------------------------------------------------------------- corrections
def headers(client) -> dict[str, str]:
    return {"X-CSRF-Token": client.get("/api/csrf").get_json()["token"], "Origin": HERE}


def test_corrections_are_served_from_a_corrected_store_kept_for_the_next_start(
        tmp_path, fixture_data, monkeypatch):
    graph = graph_with_store(tmp_path, fixture_data)
    app = create_app({"TESTING": True, "GRAPH_PATH": str(graph)})
    client = app.test_client()
    before = {n["id"]: (n["x"], n["y"])
              for n in client.get("/api/graph?limit=1000").get_json()["nodes"]}
    r = client.post("/api/corrections", headers=headers(client),
                    json={"op": "merge", "node": "accord-de-libre-echange", "into": "canada"})
    assert r.status_code == 201
    corrected = tmp_path / "graph.corrected.sqlite"
    assert app.extensions["temoin_store"].path == corrected
    assert client.get("/api/nodes/accord-de-libre-echange").status_code == 404
    hit = client.get("/api/search?q=accord").get_json()["results"][0]
    assert hit["id"] == "canada" and hit["match"]  # the merged name is an alias now
    # the other nodes stay where they were drawn
    after = {n["id"]: (n["x"], n["y"])
             for n in client.get("/api/graph?limit=1000").get_json()["nodes"]}
    assert set(after) == set(before) - {"accord-de-libre-echange"}
    assert all(after[n] == before[n] for n in after)
    # the store of the graph as built is untouched
    assert SqlGraphStore(tmp_path / "graph.sqlite").node_ref("accord-de-libre-echange")

    # the next start opens the corrected store as it is: graph.json is not read
    def forbidden(*args, **kwargs):
        raise AssertionError("graph.json was read")

    monkeypatch.setattr(app_module, "load_graph_data", forbidden)
    again = create_app({"TESTING": True, "GRAPH_PATH": str(graph)})
    assert again.extensions["temoin_store"].path == corrected
    listed = again.test_client().get("/api/corrections").get_json()
    assert [c["status"] for c in listed["corrections"]] == ["applied"]
    monkeypatch.undo()

    # undone: the graph as built again
    r = client.post(r.get_json()["undo"], headers=headers(client))
    assert r.status_code == 200
    assert app.extensions["temoin_store"].path == tmp_path / "graph.sqlite"
    assert client.get("/api/nodes/accord-de-libre-echange").status_code == 200


def test_a_hand_edit_of_the_corrections_is_served_at_the_next_request(tmp_path, fixture_data):
    graph = graph_with_store(tmp_path, fixture_data)
    client = create_app({"TESTING": True, "GRAPH_PATH": str(graph)}).test_client()
    assert client.get("/api/nodes/cuivre").get_json()["label"] == "cuivre"
    (tmp_path / "corrections.jsonl").write_text(json.dumps(
        {"op": "retype", "node": {"name": "cuivre"}, "type": "MISC"}) + "\n", encoding="utf-8")
    assert client.get("/api/nodes/cuivre").get_json()["type"] == "MISC"
    assert client.get("/api/graph?type=MISC").get_json()["total_nodes"] >= 1


def test_a_corrected_store_that_cannot_be_written_beside_goes_to_the_work_folder(
        tmp_path, fixture_data):
    graph = graph_with_store(tmp_path, fixture_data)
    (tmp_path / "graph.corrected.sqlite").mkdir()  # in the way (as a full disk would be)
    (tmp_path / "corrections.jsonl").write_text(
        json.dumps({"op": "hide_node", "node": {"name": "cuivre"}}) + "\n", encoding="utf-8")
    app = create_app({"TESTING": True, "GRAPH_PATH": str(graph)})
    path = app.extensions["temoin_store"].path
    assert path.name == "graph.corrected.sqlite" and path.parent != tmp_path
    assert app.extensions["temoin_corrections"].error is None
    assert app.test_client().get("/api/nodes/cuivre").status_code == 404


@pytest.mark.parametrize("name", ["fixture", "many"])
def test_a_rename_or_a_type_patches_the_store_as_a_rewrite_would_write_it(tmp_path, invented,
                                                                          name):
    """A rename and a change of type are made in the store served (no graph.json read, no
    rewrite); the store they give answers every URL as the store written anew from the
    graph and the whole corrections file."""
    data = invented[name]
    graph = tmp_path / "graph.json"
    graph.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    write_store_of(data, graph)
    app = create_app({"TESTING": True, "GRAPH_PATH": str(graph)})
    client = app.test_client()
    state = app.extensions["temoin_corrections"]
    names = [(n.get("label"), n.get("type")) for n in data["nodes"]]
    unique = [n["id"] for n, key in zip(data["nodes"], names, strict=True)
              if names.count(key) == 1]
    first, second = unique[1], unique[-1]
    wrote = []
    real = state.build_store
    state.build_store = lambda: wrote.append(1) or real()
    for body in ({"op": "rename", "node": first, "label": "élan"},
                 {"op": "retype", "node": second, "type": "MISC"},
                 {"op": "rename", "node": second, "label": "Abri"}):
        assert client.post("/api/corrections", json=body, headers=headers(client)
                           ).status_code == 201
    assert wrote == []  # patched, never written anew
    assert app.extensions["temoin_store"].path == tmp_path / "graph.corrected.sqlite"

    def same_as_a_rewrite() -> None:
        patched = {url: (r.status_code, r.get_json())
                   for url in urls_for(data) for r in [client.get(url)]}
        (tmp_path / "graph.corrected.sqlite").rename(tmp_path / "kept.sqlite")
        rewritten = create_app({"TESTING": True, "GRAPH_PATH": str(graph)}).test_client()
        for url, (status, answer) in patched.items():
            r = rewritten.get(url)
            assert (r.status_code, r.get_json()) == (status, answer), url
        (tmp_path / "kept.sqlite").replace(tmp_path / "graph.corrected.sqlite")

    same_as_a_rewrite()
    # the last one undone: patched back, not written anew either
    last = client.get("/api/corrections").get_json()["corrections"][-1]
    assert client.post(last["undo"], headers=headers(client)).status_code == 200
    assert wrote == []
    assert len(client.get("/api/corrections").get_json()["corrections"]) == 2
    same_as_a_rewrite()


def test_the_article_filter_lists_every_article_escaped(fixture_data):
    data = json.loads(json.dumps(fixture_data))
    data["graph"]["articles"][0]["title"] = 'Le <b>"port"</b> & la digue'
    client = create_app({"TESTING": True, "GRAPH_DATA": data}).test_client()
    first = data["graph"]["articles"][0]["id"]
    for url in ("/", "/relations", f"/relations?article={first}"):
        html = client.get(url).get_data(as_text=True)
        options = re.findall(r'<option value="([^"]*)"[^>]*>([^<]*)</option>', html)
        titles = [t for v, t in options if v in {a["id"] for a in data["graph"]["articles"]}]
        assert titles[0] == "Le &lt;b&gt;&#34;port&#34;&lt;/b&gt; &amp; la digue", url
        assert len(titles) == len(data["graph"]["articles"]), url
    selected = client.get(f"/relations?article={first}").get_data(as_text=True)
    assert f'<option value="{first}" selected>' in selected


def test_a_patch_that_fails_leaves_the_store_as_it_was(tmp_path, fixture_data):
    from graph.store_sqlite import patch_store

    graph_with_store(tmp_path, fixture_data)
    store = tmp_path / "graph.sqlite"
    target = tmp_path / "graph.corrected.sqlite"
    patch_store(store, target, [("rename", "chili", "Chili (pays)")], {"corrections_key": "k1"})
    before = target.read_bytes()
    with pytest.raises(TemoinError, match="no node 'personne'"):
        patch_store(target, target, [("retype", "cuivre", "MISC"),
                                     ("rename", "personne", "X")], {"corrections_key": "k2"})
    assert target.read_bytes() == before  # the retype before it was rolled back too
    patched = SqlGraphStore(target)
    assert patched.node_ref("cuivre")["type"] == "CONCEPT"
    assert patched.node_ref("chili")["label"] == "Chili (pays)"
    assert patched.meta["corrections_key"] == "k1"
    assert SqlGraphStore(store).node_ref("chili")["label"] != "Chili (pays)"  # the source too


def store_rows(path: Path) -> dict[str, list]:
    """What a rename may change in a store, row by row, rowids of names aside."""
    with sqlite3.connect(path) as conn:
        out = {
            "nodes": conn.execute("SELECT id, label, type, sort, degree, mentions_n FROM nodes "
                                  "ORDER BY rowid").fetchall(),
            "aliases": conn.execute("SELECT node, alias, folded FROM aliases "
                                    "ORDER BY node, rowid").fetchall(),
            "names": conn.execute("SELECT node, name, folded, is_label, matched FROM names "
                                  "ORDER BY node, rowid").fetchall(),
            "words": sorted(conn.execute("SELECT m.node, m.name, w.word FROM name_words AS w "
                                         "JOIN names AS m ON m.rowid = w.name")),
            "edges": conn.execute("SELECT rowid, src_sort, tgt_sort, rel_sort, src_id, tgt_id "
                                  "FROM edges ORDER BY rowid").fetchall(),
            "panels": conn.execute("SELECT * FROM edge_ranks ORDER BY node, direction, "
                                   "relation, rank").fetchall(),
        }
    conn.close()
    return out


def test_a_patched_rename_reorders_the_panels_of_its_neighbours(tmp_path, invented):
    """The hub lists its 34 « soutenir » targets by name: renaming one moves it in the
    hub's panel (and in every list sorted by name) exactly as a store written anew."""
    from graph.store_sqlite import patch_store, write_sqlite

    data = json.loads(json.dumps(invented["many"]))
    store = tmp_path / "graph.sqlite"
    write_sqlite(data, store)
    patched = tmp_path / "patched.sqlite"
    patch_store(store, patched, [("rename", "t7", "Aaa, premier nommé"),
                                 ("rename", "n-m1", "Zz le centre")], {})
    for node_id, label in (("t7", "Aaa, premier nommé"), ("n-m1", "Zz le centre")):
        node = next(n for n in data["nodes"] if n["id"] == node_id)
        old = node["label"]
        node["aliases"] = [a for a in node.get("aliases", []) if a != label] + (
            [old] if old not in node.get("aliases", []) else [])
        node["label"] = label
    fresh = tmp_path / "fresh.sqlite"
    write_sqlite(data, fresh, positions=SqlGraphStore(store).layout())
    before, after, expected = store_rows(store), store_rows(patched), store_rows(fresh)
    assert after == expected
    assert after["panels"] != before["panels"]  # the hub's panel did change


def test_a_large_corpus_lists_its_most_quoted_articles_and_those_chosen(fixture_data,
                                                                       monkeypatch):
    from webapp import views

    monkeypatch.setattr(views, "MAX_LISTED_ARTICLES", 2)
    client = create_app({"TESTING": True, "GRAPH_DATA": fixture_data}).test_client()
    quoted: dict[str, set] = {}
    for item in fixture_data["nodes"] + fixture_data["edges"]:
        for ev in item.get("evidence", []):
            quoted.setdefault(ev["article"], set()).add((ev["start"], ev["end"]))
    order = [a["id"] for a in fixture_data["graph"]["articles"]]
    top = sorted(order, key=lambda a: (-len(quoted.get(a, ())), order.index(a)))[:2]
    rest = [a for a in order if a not in top]
    assert rest  # the fixture has more than two articles

    def listed(url: str) -> list[tuple[str, str]]:
        html = client.get(url).get_data(as_text=True)
        return re.findall(r'<option value="([^"]*)"( ?(?:selected)?)>', html)

    assert [v for v, _ in listed("/") if v in order] == [a for a in order if a in top]
    assert "Les 2 articles les plus cités sur" in client.get("/").get_data(as_text=True)
    chosen = [v for v, _ in listed(f"/?article={rest[0]}") if v in order]
    assert chosen == [a for a in order if a in top or a == rest[0]]
    marked = dict(listed(f"/relations?article={rest[0]}"))
    assert marked[rest[0]] == " selected" and all(marked[a] == " " for a in top)


def test_serve_starts_on_a_sound_store_without_reading_graph_json(tmp_path, fixture_data,
                                                                  monkeypatch, capsys):

    import graph.schema as schema
    from webapp import server as server_mod

    graph = graph_with_store(tmp_path, fixture_data)

    def forbidden(*args, **kwargs):
        raise AssertionError("graph.json was read")

    for module in (schema, app_module):
        monkeypatch.setattr(module, "load_graph_data", forbidden)
    monkeypatch.setattr(store_sqlite, "file_sha256", forbidden)

    apps = no_listening(monkeypatch)
    assert server_mod.serve([], graph_path=str(graph), port=0) == 0
    err = capsys.readouterr().err
    assert "writing it" not in err and "ready in" in err
    assert apps[0].test_client().get("/api/nodes/chili").get_json()["id"] == "chili"
