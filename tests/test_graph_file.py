"""A damaged graph file never reaches a user as a 500: it is named with its first bad field,
rebuilt when its articles are there, refused otherwise; a stale one (articles deleted, added
or edited, whatever their dates) is rebuilt; a killed write leaves no temporary file."""

from __future__ import annotations

import copy
import fcntl
import hashlib
import json
import os
import shutil
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import webapp.server as server_mod
from graph.export import clean_stale_temps, write_json
from graph.ingest import read_article
from graph.model import TemoinError
from graph.schema import check_graph, load_graph_data
from webapp.app import create_app
from webapp.store import GraphStore

FIXTURE_GRAPH = Path(__file__).parent / "fixtures" / "graph.json"
FIXTURE = json.loads(FIXTURE_GRAPH.read_text(encoding="utf-8"))


def fixture() -> dict[str, Any]:
    return copy.deepcopy(FIXTURE)


def first_quoted_edge(data: dict) -> dict:
    return next(e for e in data["edges"] if e["evidence"])


def first_quoted_node(data: dict) -> dict:
    return next(n for n in data["nodes"] if n["evidence"])


def _set(path: str, value: Any):
    """A mutation setting the field at *path* (``nodes.0.mentions``; ``E``/``N`` stand for
    the first edge/node with quotes) to *value*."""

    def mutate(data: dict) -> None:
        keys = path.split(".")
        obj: Any = data
        for k in keys[:-1]:
            obj = {"E": first_quoted_edge, "N": first_quoted_node}[k](data) if k in "EN" \
                else obj[int(k)] if isinstance(obj, list) else obj[k]
        last = keys[-1]
        if value is KeyError:
            del obj[last]
        else:
            obj[int(last) if isinstance(obj, list) else last] = value

    return mutate


#: (mutation, the field the message must name)
WRONG_FIELDS = [
    (_set("N.mentions", "many"), ".mentions"),
    (_set("N.mentions", -1), ".mentions"),
    (_set("N.mentions", True), ".mentions"),
    (_set("N.aliases", "Rivemont"), ".aliases"),
    (_set("N.aliases", [1]), ".aliases[0]"),
    (_set("N.evidence", None), ".evidence"),
    (_set("N.evidence.0.text", None), ".evidence[0].text"),
    (_set("N.evidence.0.text", "une autre phrase"), ".evidence[0].text"),
    (_set("N.evidence.0.article", "absent"), ".evidence[0].article"),
    (_set("N.evidence.0.highlights", [[0, 10**9]]), ".evidence[0].highlights[0]"),
    (_set("N.id", KeyError), ".id"),
    (_set("E.sources", None), ".sources"),
    (_set("E.source", "personne"), ".source"),
    (_set("E.evidence.0.text", None), ".evidence[0].text"),
    (_set("E.evidence.0.start", "3"), ".evidence[0].start"),
    (_set("E.evidence.0.modality", "peut-être"), ".evidence[0].modality"),
    (_set("E.contradicted", "yes"), ".contradicted"),
    (_set("E.status", "sure"), ".status"),
    (_set("graph.articles.0.text", None), "graph.articles[0].text"),
    (_set("graph.articles.0.sentences", [[5, 2]]), "graph.articles[0].sentences[0]"),
    (_set("graph.articles", None), "graph.articles"),
    (_set("graph.articles.0.id", KeyError), "graph.articles[0].id"),
    (_set("nodes", KeyError), "nodes"),
    (_set("edges", {}), "edges"),
    (_set("nodes.1.id", FIXTURE["nodes"][0]["id"]), "nodes[1].id"),
]


@pytest.mark.parametrize("mutate, field", WRONG_FIELDS)
def test_a_wrong_field_is_named_with_the_file(tmp_path, mutate, field):
    data = fixture()
    mutate(data)
    path = tmp_path / "graph.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(TemoinError) as err:
        GraphStore.from_path(path)
    message = str(err.value)
    assert "\n" not in message
    assert message.startswith(f"{path} is not a Témoin graph: ")
    assert field in message.split(" is not a Témoin graph: ", 1)[1].split(":")[0]


@pytest.mark.parametrize(
    "write, words",
    [
        (lambda p: p.write_text(FIXTURE_GRAPH.read_text()[:5000]), "is not graph JSON"),
        (lambda p: p.write_bytes(b""), "the file is empty"),
        (lambda p: p.write_bytes(b"  \n"), "the file is empty"),
        (lambda p: p.mkdir(), "a folder"),
        (lambda p: p.write_bytes(b'{"nodes": "\xe9"}'), "not UTF-8"),
        (lambda p: p.write_text("[]"), "top level"),
        (lambda p: p.write_text("null"), "top level"),
        (lambda p: p.write_text("[" * 100_000 + "]" * 100_000), "graph"),
    ],
)
def test_a_file_that_is_no_json_graph_is_named(tmp_path, write, words):
    path = tmp_path / "graph.json"
    write(path)
    with pytest.raises(TemoinError) as err:
        load_graph_data(path)
    assert str(path) in str(err.value) and words in str(err.value)
    assert "\n" not in str(err.value)


def test_the_fixture_and_a_written_graph_pass(tmp_path):
    check_graph(fixture())
    g = nx.MultiDiGraph()
    g.graph["articles"] = [{"id": "a", "text": "Un texte.", "sha256": "0" * 64}]
    g.add_node("x", label="X", type="PER", mentions=1, articles=["a"],
               evidence=[{"article": "a", "sentence": 0, "start": 3, "end": 8, "text": "texte",
                          "highlights": [[3, 8]]}])
    write_json(g, tmp_path / "g.json")
    assert load_graph_data(tmp_path / "g.json")["nodes"][0]["id"] == "x"


# ----------------------------------------------------------------------------- fuzz

PATHS: list[tuple] = []


def _walk(obj: Any, path: tuple) -> None:
    PATHS.append(path)
    if isinstance(obj, dict):
        for k, v in obj.items():
            _walk(v, (*path, k))
    elif isinstance(obj, list):
        for i, v in enumerate(obj[:2]):
            _walk(v, (*path, i))


_walk(FIXTURE, ())
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 10**6) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner,
                                                                 max_size=3),
    max_leaves=5,
)


@st.composite
def damaged(draw) -> dict:
    data = fixture()
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(PATHS[1:]))
        parent: Any = data
        try:
            for k in path[:-1]:
                parent = parent[k]
            if draw(st.booleans()) and isinstance(parent, dict):
                del parent[path[-1]]
            else:
                parent[path[-1]] = draw(JSON_VALUES)
        except (KeyError, IndexError, TypeError):
            continue  # an earlier change removed that place
    return data


@settings(max_examples=150, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(damaged())
def test_fuzz_a_damaged_graph_is_refused_or_served_without_a_500(data):
    try:
        app = create_app({"TESTING": True, "GRAPH_DATA": data})
    except TemoinError as exc:
        assert str(exc).startswith("graph data is not a Témoin graph: ")
        return
    client = app.test_client()
    store = app.extensions["temoin_store"]
    urls = ["/", "/api/graph", "/relations", "/api/relations", "/articles", "/api/meta",
            "/api/search?q=a"]
    urls += [f"/api/nodes/{n}" for n in list(store.nodes)[:5]]
    urls += [f"/api/edges/{i}" for i in range(min(5, len(store.edge_keys)))]
    urls += [f"/articles/{a}" for a in list(store.articles)[:3]]
    urls += [f"/api/articles/{a}" for a in list(store.articles)[:3]]
    for url in urls:
        response = client.get(url)
        assert response.status_code < 500, (url, response.status_code)


RAW = FIXTURE_GRAPH.read_bytes()


@settings(max_examples=200, deadline=None, database=None)
@given(cut=st.integers(0, len(RAW)), flips=st.lists(
    st.tuples(st.integers(0, len(RAW) - 1), st.integers(0, 255)), max_size=3))
def test_fuzz_damaged_bytes_are_refused_by_name_or_load(tmp_path_factory, cut, flips):
    raw = bytearray(RAW[:cut])
    for at, byte in flips:
        if at < len(raw):
            raw[at] = byte
    path = tmp_path_factory.mktemp("g") / "graph.json"
    path.write_bytes(bytes(raw))
    try:
        data = load_graph_data(path)
    except TemoinError as exc:
        assert str(path) in str(exc) and "\n" not in str(exc)
        return
    GraphStore(data, path)  # what loads is sound enough to serve


# ----------------------------------------------------------------------------- staleness


def graph_of(folder: Path, path: Path) -> None:
    """A sound graph holding the articles of *folder* (no nodes): what a build would say."""
    arts = [read_article(p) for p in sorted(folder.glob("*.txt"))]
    data = {"graph": {"articles": [{"id": a.id, "text": a.text, "sha256": a.sha256}
                                   for a in arts]}, "nodes": [], "edges": []}
    path.write_text(json.dumps(data), encoding="utf-8")


def articles_in(folder: Path):
    return [read_article(p) for p in sorted(folder.glob("*.txt"))]


@pytest.fixture
def corpus(tmp_path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name in ("un", "deux"):
        (folder / f"{name}.txt").write_text(
            f"Titre {name}\n\nLe maire de Bellecombe a présenté le budget {name} mardi soir.\n",
            encoding="utf-8")
    return folder


def test_a_graph_of_the_same_articles_is_fresh(tmp_path, corpus):
    graph = tmp_path / "graph.json"
    graph_of(corpus, graph)
    os.utime(corpus / "un.txt")  # a newer date alone changes nothing
    reason, data = server_mod.graph_state(graph, articles_in(corpus))
    assert reason is None and data["graph"]["articles"][0]["id"] == "deux"


def test_a_deleted_article_makes_the_graph_stale(tmp_path, corpus):
    graph = tmp_path / "graph.json"
    graph_of(corpus, graph)
    (corpus / "deux.txt").unlink()
    reason, _ = server_mod.graph_state(graph, articles_in(corpus))
    assert reason == f"{graph} is stale (gone: deux)"


def test_an_added_article_makes_the_graph_stale(tmp_path, corpus):
    graph = tmp_path / "graph.json"
    graph_of(corpus, graph)
    shutil.copy(corpus / "un.txt", corpus / "trois.txt")
    reason, _ = server_mod.graph_state(graph, articles_in(corpus))
    assert reason == f"{graph} is stale (new: trois)"


def test_an_article_edited_with_an_older_date_makes_the_graph_stale(tmp_path, corpus):
    graph = tmp_path / "graph.json"
    graph_of(corpus, graph)
    old = tmp_path / "ancien.txt"
    old.write_text("Titre un\n\nLe maire de Bellecombe a retiré le budget mardi soir.\n",
                   encoding="utf-8")
    os.utime(old, (1_000_000, 1_000_000))
    shutil.copy2(old, corpus / "un.txt")  # cp -p: the edit carries a date older than the graph
    assert (corpus / "un.txt").stat().st_mtime < graph.stat().st_mtime
    reason, _ = server_mod.graph_state(graph, articles_in(corpus))
    assert reason == f"{graph} is stale (changed: un)"


def test_a_graph_without_hashes_is_stale(tmp_path, corpus):
    graph = tmp_path / "graph.json"
    shutil.copy(FIXTURE_GRAPH, graph)
    reason, _ = server_mod.graph_state(graph, articles_in(corpus))
    assert "older Témoin" in reason


class FakeServer:
    effective_port = 5123

    def run(self) -> None:
        pass

    def close(self) -> None:
        pass


@pytest.fixture
def no_network(monkeypatch):
    import waitress

    monkeypatch.setattr(waitress, "create_server", lambda app, **kw: FakeServer())


def test_serve_rebuilds_a_damaged_graph_when_its_articles_are_there(
        tmp_path, corpus, monkeypatch, capsys, no_network):
    graph = tmp_path / "graph.json"
    graph_of(corpus, graph)
    data = json.loads(graph.read_text())
    data["graph"]["articles"][0]["text"] = None
    graph.write_text(json.dumps(data))
    os.utime(graph, (4_000_000_000, 4_000_000_000))  # newer than its articles: still rebuilt
    rebuilt = []

    def rebuild(paths, graph_path):
        rebuilt.append(paths)
        graph_of(corpus, Path(graph_path))
        return True

    monkeypatch.setattr(server_mod, "rebuild", rebuild)
    assert server_mod.serve([str(corpus)], graph_path=str(graph), port=0) == 0
    assert rebuilt
    err = capsys.readouterr().err
    assert f"{graph} is not a Témoin graph: graph.articles[0].text" in err and "rebuilding" in err


def test_serve_refuses_a_damaged_graph_without_articles(tmp_path, capsys, no_network):
    graph = tmp_path / "graph.json"
    data = fixture()
    first_quoted_edge(data)["evidence"][0]["text"] = None
    graph.write_text(json.dumps(data))
    assert server_mod.serve([], graph_path=str(graph), port=0) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith(f"temoin: {graph} is not a Témoin graph: edges[")
    assert err[0].endswith(".evidence[0].text: expected a string, got null")


def test_serve_refuses_a_truncated_graph_by_name(tmp_path, capsys, no_network):
    graph = tmp_path / "graph.json"
    graph.write_text(FIXTURE_GRAPH.read_text()[:3000])
    assert server_mod.serve([], graph_path=str(graph), port=0) == 1
    err = capsys.readouterr().err
    assert f"{graph} is not graph JSON" in err and "internal error" not in err


# ----------------------------------------------------------------------------- temp files


def test_a_killed_write_leaves_no_temporary_file_after_the_next(tmp_path):
    out = tmp_path / "graph.json"
    dead = tmp_path / ".graph.json.k1ll3d.tmp"
    dead.write_bytes(b"")  # what kill -9 during the write leaves
    other = tmp_path / ".autre.json.k1ll3d.tmp"
    other.write_bytes(b"")  # another file's: not ours to remove
    write_json(nx.MultiDiGraph(), out)
    assert sorted(p.name for p in tmp_path.iterdir()) == [".autre.json.k1ll3d.tmp",
                                                          "graph.json"]


def test_a_running_write_keeps_its_temporary_file(tmp_path):
    out = tmp_path / "graph.json"
    live = tmp_path / ".graph.json.l1v3.tmp"
    live.write_bytes(b"{")
    with open(live, "rb") as fh:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX)  # as write_json holds it while writing
        assert clean_stale_temps(out) == []
        assert live.exists()
    assert clean_stale_temps(out) == [live]
    assert not live.exists()


def test_written_articles_carry_their_hash(tmp_path):
    from graph.build import build_graph

    path = tmp_path / "a.txt"
    path.write_text("Titre\n\nUne phrase assez longue pour être de la prose ici.\n")
    a = read_article(path)
    g = build_graph([a], {}, {}, [], [])
    assert g.graph["articles"][0]["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()


def test_kill_9_during_a_write_then_the_next_write_cleans_up(tmp_path):
    import signal
    import subprocess
    import sys
    import time

    out = tmp_path / "graph.json"
    out.write_text('{"previous": true}', encoding="utf-8")
    code = (
        "import os, sys, time, networkx as nx, graph.export as e\n"
        "os.fsync = lambda fd: (print('writing', flush=True), time.sleep(120))\n"
        f"e.write_json(nx.MultiDiGraph(), {str(out)!r})\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True,
                            cwd=Path(__file__).resolve().parent.parent)
    try:
        assert proc.stdout.readline().strip() == "writing"
        temps = list(tmp_path.glob(".graph.json.*.tmp"))
        assert len(temps) == 1
        assert clean_stale_temps(out) == []  # its writer is alive: kept
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.stdout.close()
    assert temps[0].exists()  # what kill -9 leaves
    deadline = time.monotonic() + 10
    while not clean_stale_temps(out) and temps[0].exists() and time.monotonic() < deadline:
        time.sleep(0.05)  # the lock goes with the process, at once on Linux
    assert not temps[0].exists()
    write_json(nx.MultiDiGraph(), out)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.json"]
    assert load_graph_data(out)["nodes"] == []
