"""The explorer through Flask's test client: every route, 404 and 400, escaping, the store."""

from __future__ import annotations

import json
import math
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

import webapp.server as server_mod
from webapp.app import create_app
from webapp.render import edge_width, node_size, type_style
from webapp.store import DEFAULT_LIMIT, GraphStore, fold, segments

XSS_SCRIPT = "<script>alert(1)</script>"
XSS_IMG = "<img src=x onerror=alert(1)>"


class Tags(HTMLParser):
    """Collect tags, attributes and the text of an element with a given id."""

    def __init__(self, text_of: str | None = None) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text_of = text_of
        self.depth = 0
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.tags.append((tag, a))
        if self.depth:
            self.depth += 1
        elif self.text_of and a.get("id") == self.text_of:
            self.depth = 1

    def handle_endtag(self, tag: str) -> None:
        if self.depth:
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.depth:
            self.text.append(data)


def parse(html: str, text_of: str | None = None) -> Tags:
    p = Tags(text_of)
    p.feed(html)
    return p


def article_of(data: dict[str, Any], article_id: str) -> dict[str, Any]:
    return next(a for a in data["graph"]["articles"] if a["id"] == article_id)


# ----------------------------------------------------------------------------- the fixture itself
def test_fixture_follows_the_contract(fixture_data):
    arts = {a["id"]: a for a in fixture_data["graph"]["articles"]}
    evidence = [ev for n in fixture_data["nodes"] for ev in n["evidence"]]
    evidence += [ev for e in fixture_data["edges"] for ev in e["evidence"]]
    for ev in evidence:
        text = arts[ev["article"]]["text"]
        assert text[ev["start"] : ev["end"]] == ev["text"]
        assert [ev["start"], ev["end"]] == arts[ev["article"]]["sentences"][ev["sentence"]]
        for a, b in ev["highlights"]:
            assert ev["start"] <= a < b <= ev["end"]
    assert any(XSS_SCRIPT in a["text"] for a in arts.values())
    assert any(XSS_IMG in a["text"] for a in arts.values())


# ----------------------------------------------------------------------------- app factory
def test_create_app_needs_a_graph():
    with pytest.raises(ValueError):
        create_app({"TESTING": True})


def test_create_app_from_path_loads_once():
    app = create_app(
        {"TESTING": True, "GRAPH_PATH": str(Path(__file__).parent / "fixtures" / "graph.json")}
    )
    store = app.extensions["temoin_store"]
    client = app.test_client()
    assert client.get("/api/graph").status_code == 200
    assert client.get("/api/graph").status_code == 200
    assert app.extensions["temoin_store"] is store
    assert store.layout() is store.layout()


def test_runner_graph_info(runner, fixture_data):
    result = runner.invoke(args=["graph-info"])
    assert result.exit_code == 0
    assert f"{len(fixture_data['nodes'])} entities" in result.output
    assert f"{len(fixture_data['edges'])} relations" in result.output


# ----------------------------------------------------------------------------- explorer page
def test_index_page_is_offline_and_has_the_network(client, fixture_data):
    r = client.get("/")
    assert r.status_code == 200
    assert r.mimetype == "text/html"
    html = r.get_data(as_text=True)
    tags = parse(html).tags
    urls = [a.get("src") or a.get("href") for _, a in tags if a.get("src") or a.get("href")]
    assert urls, "the page loads its scripts and styles"
    for url in urls:
        assert not re.match(r"^(https?:)?//", url), f"external resource {url}"
    scripts = [a.get("src") for t, a in tags if t == "script" and a.get("src")]
    assert "/static/vendor/vis-network.min.js" in scripts
    assert "/static/explorer.js" in scripts
    assert "bootstrap" not in html.lower()
    # the data for `network = new vis.Network(...)`, as JSON that is never executed
    data_tag = [a for t, a in tags if t == "script" and a.get("id") == "graph-data"]
    assert data_tag and data_tag[0]["type"] == "application/json"
    payload = json.loads(
        re.search(r'<script type="application/json" id="graph-data">(.*?)</script>', html, re.S)[1]
    )
    assert len(payload["nodes"]) == len(fixture_data["nodes"])
    assert "République du Chili" in html or "R\\u00e9publique du Chili" in html
    with client.get("/static/explorer.js") as r:
        js = r.get_data(as_text=True)
    assert "var network" in js and "new vis.Network(" in js
    assert "innerHTML" not in js


@pytest.mark.parametrize(
    "path", ["/static/vendor/vis-network.min.js", "/static/vendor/vis-network.css", "/types.css"]
)
def test_assets_are_served(client, path):
    with client.get(path) as r:
        assert r.status_code == 200
        assert len(r.data) > 100


def test_security_headers(client):
    r = client.get("/")
    assert "default-src 'self'" in r.headers["Content-Security-Policy"]
    assert r.headers["X-Content-Type-Options"] == "nosniff"


# ----------------------------------------------------------------------------- /api/graph
def test_graph_view_styles(client, fixture_data):
    data = client.get("/api/graph").get_json()
    assert data["total_nodes"] == data["shown_nodes"] == len(fixture_data["nodes"])
    assert data["shown_edges"] == len(fixture_data["edges"])
    assert data["truncated"] is False
    assert data["options"]["physics"]["enabled"] is False
    by_id = {n["id"]: n for n in data["nodes"]}
    mentions = {n["id"]: n["mentions"] for n in fixture_data["nodes"]}
    for node in fixture_data["nodes"]:
        vis = by_id[node["id"]]
        assert vis["shape"] == type_style(node["type"])[0]
        assert vis["color"]["background"] == type_style(node["type"])[1]
        assert vis["size"] == node_size(node["mentions"])
        assert math.isfinite(vis["x"]) and math.isfinite(vis["y"])
        assert vis["label"] == node["label"]
    big, small = max(mentions, key=mentions.get), min(mentions, key=mentions.get)
    assert by_id[big]["size"] > by_id[small]["size"]
    edges = {tuple(e["triple"]): e for e in data["edges"]}
    for edge in fixture_data["edges"]:
        vis = edges[(edge["source"], edge["relation"], edge["target"])]
        assert vis["from"] == edge["source"] and vis["to"] == edge["target"]
        assert vis["label"] == edge["relation"]
        assert vis["arrows"] == "to"
        assert vis["width"] == edge_width(edge["sources"])
        uncertain = all(
            ev["modality"] in {"alleged", "denied", "hypothetical"} for ev in edge["evidence"]
        )
        assert vis["dashes"] is uncertain
    assert (
        edges[("chili", "fournir", "cuivre")]["width"]
        > edges[("canada", "fournir", "turbines")]["width"]
    )
    assert any(e["dashes"] for e in data["edges"]) and not all(e["dashes"] for e in data["edges"])


def test_tooltips_are_plain_text(client):
    data = client.get("/api/graph").get_json()
    node = next(n for n in data["nodes"] if n["id"] == "groupe-piege")
    assert isinstance(node["title"], str)
    assert XSS_IMG in node["title"]  # plain text, shown with textContent by the page


def ids(data: dict[str, Any]) -> set[str]:
    return {n["id"] for n in data["nodes"]}


def test_filter_by_type(client, fixture_data):
    data = client.get("/api/graph?type=PER").get_json()
    assert ids(data) == {n["id"] for n in fixture_data["nodes"] if n["type"] == "PER"}
    data = client.get("/api/graph?type=PER,LOC").get_json()
    assert {n["type"] for n in data["nodes"]} == {"PER", "LOC"}
    same = client.get("/api/graph?type=PER&type=LOC").get_json()
    assert ids(same) == ids(data)
    assert data["query"]["type"] == ["PER", "LOC"]


def test_filter_by_relation(client):
    data = client.get("/api/graph?relation=fournir").get_json()
    assert {e["label"] for e in data["edges"]} == {"fournir"}
    assert ids(data) == {"chili", "cuivre", "canada", "turbines"}


def test_filter_by_article(client):
    data = client.get("/api/graph?article=a02_omc").get_json()
    assert "marta-salinas" not in ids(data)
    assert "omc" in ids(data)
    assert all(e["triple"] != ["marta-salinas", "recevoir", "paul-tremblay"] for e in data["edges"])


def test_filter_min_sources_and_asserted(client):
    data = client.get("/api/graph?min_sources=2").get_json()
    assert [e["triple"] for e in data["edges"]] == [["chili", "fournir", "cuivre"]]
    assert ids(data) == {"chili", "cuivre"}
    data = client.get("/api/graph?asserted=1").get_json()
    assert data["edges"] and not any(
        e["dashed"] if "dashed" in e else e["dashes"] for e in data["edges"]
    )
    assert "accord-de-libre-echange" not in ids(data)


def test_focus_depth(client):
    one = client.get("/api/graph?focus=marta-salinas&depth=1").get_json()
    assert ids(one) == {"marta-salinas", "paul-tremblay"}
    two = client.get("/api/graph?focus=marta-salinas&depth=2").get_json()
    assert ids(two) == {"marta-salinas", "paul-tremblay", "accord-de-libre-echange"}
    default = client.get("/api/graph?focus=marta-salinas").get_json()
    assert ids(default) == ids(one)


def test_search_filter_keeps_neighbours(client):
    data = client.get("/api/graph?q=trem").get_json()
    assert ids(data) == {"paul-tremblay", "marta-salinas", "accord-de-libre-echange"}


def test_limit_keeps_the_most_connected(client, app):
    data = client.get("/api/graph?limit=2").get_json()
    assert data["shown_nodes"] == 2
    assert data["total_nodes"] == len(app.extensions["temoin_store"].nodes)
    assert data["truncated"] is True
    degree = app.extensions["temoin_store"].degree
    top = sorted(degree.values(), reverse=True)[:2]
    assert sorted((degree[n] for n in ids(data)), reverse=True) == top
    shown = ids(data)
    assert all(e["from"] in shown and e["to"] in shown for e in data["edges"])


BAD_GRAPH_PARAMS = [
    ("depth=9", "depth"),
    ("depth=0", "depth"),
    ("depth=deux", "depth"),
    ("min_sources=abc", "min_sources"),
    ("min_sources=0", "min_sources"),
    ("limit=-1", "limit"),
    ("limit=0", "limit"),
    ("limit=1e3", "limit"),
    ("type=FOO", "type"),
    ("relation=voler", "relation"),
    ("article=..%2F..%2Fetc%2Fpasswd", "article"),
    ("focus=nobody", "focus"),
    ("asserted=maybe", "asserted"),
]


@pytest.mark.parametrize(("query", "word"), BAD_GRAPH_PARAMS)
def test_bad_graph_params_are_400_with_reason(client, query, word):
    r = client.get("/api/graph?" + query)
    assert r.status_code == 400
    assert r.is_json
    body = r.get_json()
    assert body["status"] == 400 and word in body["reason"]


def test_selection_in_the_page_url_does_not_pin(client):
    r = client.get("/?type=PER&node=canada&edge=canada/fournir/turbines")
    assert r.status_code == 200
    html = r.get_data(as_text=True)
    payload = json.loads(
        re.search(r'<script type="application/json" id="graph-data">(.*?)</script>', html, re.S)[1]
    )
    assert {n["type"] for n in payload["nodes"]} == {"PER"}
    assert client.get("/?node=nobody").status_code == 200  # the panel says it is unknown


def test_bad_params_on_the_page_are_an_html_400(client):
    r = client.get("/?depth=9&focus=marta-salinas")
    assert r.status_code == 400
    assert r.mimetype == "text/html"
    assert "depth must be between 1 and 3" in r.get_data(as_text=True)
    r = client.get("/?type=" + quote(XSS_SCRIPT))
    assert r.status_code == 400
    assert XSS_SCRIPT not in r.get_data(as_text=True)
    assert "&lt;script&gt;" in r.get_data(as_text=True)


# ----------------------------------------------------------------------------- nodes and edges
def check_quote(q: dict[str, Any], article: dict[str, Any]) -> None:
    assert article["text"][q["start"] : q["end"]] == q["text"]
    assert "".join(s["text"] for s in q["segments"]) == q["text"]
    assert q["url"] == f"/articles/{article['id']}?s={q['sentence']}#s{q['sentence']}"


def test_node_detail(client, fixture_data):
    r = client.get("/api/nodes/chili")
    assert r.status_code == 200
    d = r.get_json()
    assert d["label"] == "République du Chili" and d["type"] == "LOC"
    assert d["aliases"] == ["Santiago", "chilien"]
    out = {(g["relation"], e["target"]) for g in d["relations"]["out"] for e in g["edges"]}
    into = {(g["relation"], e["source"]) for g in d["relations"]["in"] for e in g["edges"]}
    assert out == {("fournir", "cuivre"), ("fournir", "canada")}
    assert into == {("fournir", "canada"), ("menacer", "groupe-piege")}
    fournir = next(g for g in d["relations"]["out"] if g["relation"] == "fournir")
    assert len(fournir["edges"]) == 2
    assert [g["id"] for g in d["quotes"]] == ["a01_sommet", "a02_omc", "a03_piege"]
    node = next(n for n in fixture_data["nodes"] if n["id"] == "chili")
    assert sum(len(g["quotes"]) for g in d["quotes"]) == len(node["evidence"])
    for group in d["quotes"]:
        article = article_of(fixture_data, group["id"])
        assert group["title"] == article["title"]
        for q in group["quotes"]:
            check_quote(q, article)
            marked = [s["text"] for s in q["segments"] if s["mark"] == "mention"]
            assert marked and all(m in ("Chili", "Santiago") for m in marked)


def test_edge_detail(client, fixture_data):
    r = client.get("/api/edges/chili/fournir/cuivre")
    assert r.status_code == 200
    d = r.get_json()
    assert d["source"]["label"] == "République du Chili" and d["target"]["label"] == "cuivre"
    assert d["sources"] == 2 and d["dashed"] is False
    assert [g["id"] for g in d["evidence"]] == ["a01_sommet", "a02_omc"]
    for group in d["evidence"]:
        article = article_of(fixture_data, group["id"])
        assert group["title"] == article["title"]
        for q in group["quotes"]:
            check_quote(q, article)
            assert q["modality"] == "reported"
            assert q["attributed_to"] == {"id": "equateur", "label": "Équateur", "type": "LOC"}
            marks = {s["mark"]: s["text"] for s in q["segments"] if s["mark"]}
            assert marks == {"source": "Chili", "verb": "fourni", "target": "cuivre"}
    by_index = client.get(f"/api/edges/{d['id'][1:]}").get_json()
    assert by_index == d


def test_edge_with_a_space_in_its_relation(client):
    r = client.get("/api/edges/canada/" + quote("porter plainte") + "/omc")
    assert r.status_code == 200
    assert r.get_json()["relation"] == "porter plainte"


@pytest.mark.parametrize(
    "path",
    [
        "/api/nodes/personne",
        "/api/edges/chili/voler/cuivre",
        "/api/edges/999",
        "/api/articles/nope",
        "/api/articles/..%2Fgraph",
        "/api/nothing-here",
    ],
)
def test_unknown_api_ids_are_json_404(client, path):
    r = client.get(path)
    assert r.status_code == 404
    assert r.is_json
    assert r.get_json()["status"] == 404


@pytest.mark.parametrize(
    "path",
    [
        "/articles/nope",
        "/articles/..%2F..%2Fetc%2Fpasswd",
        "/articles/../pyproject.toml",
        "/nothing",
    ],
)
def test_unknown_pages_are_html_404(client, path):
    r = client.get(path)
    assert r.status_code == 404
    assert r.mimetype == "text/html"
    assert "404" in r.get_data(as_text=True)
    assert "[project]" not in r.get_data(as_text=True)


# ----------------------------------------------------------------------------- search
@pytest.mark.parametrize(
    ("q", "expected"),
    [
        ("republique", "chili"),
        ("RÉPUBLIQUE", "chili"),
        ("République du", "chili"),
        ("chil", "chili"),
        ("trem", "paul-tremblay"),
        ("paul trem", "paul-tremblay"),
        ("equat", "equateur"),
        ("quit", "equateur"),
        ("omc", "omc"),
    ],
)
def test_search_is_accent_and_case_insensitive(client, q, expected):
    r = client.get("/api/search?q=" + quote(q))
    assert r.status_code == 200
    results = r.get_json()["results"]
    assert results and results[0]["id"] == expected


def test_search_reports_the_alias_and_prefix_only(client):
    r = client.get("/api/search?q=trem").get_json()["results"]
    assert r[0]["label"] == "Paul Tremblay" and r[0]["match"] == "Tremblay"
    assert client.get("/api/search?q=emblay").get_json()["results"] == []
    assert client.get("/api/search?q=zzz").get_json()["results"] == []


@pytest.mark.parametrize(
    "query", ["", "q=", "q=%20", "q=a&limit=0", "q=a&limit=x", "q=" + "a" * 201]
)
def test_search_bad_params(client, query):
    r = client.get("/api/search?" + query)
    assert r.status_code == 400
    assert r.get_json()["reason"]


# ----------------------------------------------------------------------------- article reader
def test_reader_anchors_every_sentence(client, fixture_data):
    article = article_of(fixture_data, "a01_sommet")
    r = client.get("/articles/a01_sommet?s=1")
    assert r.status_code == 200
    html = r.get_data(as_text=True)
    tags = parse(html, text_of=None).tags
    sentence_ids = [
        a["id"] for t, a in tags if t == "span" and "sentence" in (a.get("class") or "")
    ]
    assert sentence_ids == [f"s{i}" for i in range(len(article["sentences"]))]
    selected = [a["id"] for t, a in tags if "selected" in (a.get("class") or "").split()]
    assert selected == ["s1"]
    for i, (a, b) in enumerate(article["sentences"]):
        text = "".join(parse(html, text_of=f"s{i}").text)
        assert text == article["text"][a:b]
    whole = Tags_text(html)
    assert whole == article["text"]
    links = {a["href"] for t, a in tags if t == "a" and "mention" in (a.get("class") or "")}
    assert "/?node=chili" in links and "/?node=paul-tremblay" in links
    boiler = [a for t, a in tags if "boilerplate" in (a.get("class") or "").split()]
    assert len(boiler) >= len(article["boilerplate"])


def Tags_text(html: str) -> str:
    """The text of the ``<article>`` element."""
    m = re.search(r'<article class="article-text">(.*)</article>', html, re.S)
    assert m
    p = Tags("x")
    p.depth = 1
    p.feed(m[1])
    return "".join(p.text)


@pytest.mark.parametrize("s", ["99", "-1", "abc"])
def test_reader_bad_sentence_is_400(client, s):
    r = client.get("/articles/a01_sommet?s=" + s)
    assert r.status_code == 400
    assert r.mimetype == "text/html"


def test_article_json_twin(client, fixture_data):
    d = client.get("/api/articles/a01_sommet").get_json()
    article = article_of(fixture_data, "a01_sommet")
    assert d["text"] == article["text"] and d["sentences"] == article["sentences"]
    assert all(article["text"][m["start"] : m["end"]] for m in d["mentions"])
    listing = client.get("/api/articles").get_json()
    assert [a["id"] for a in listing] == [a["id"] for a in fixture_data["graph"]["articles"]]
    page = client.get("/articles").get_data(as_text=True)
    for a in listing:
        assert f'href="{a["url"]}"' in page


def test_api_index_and_meta(client):
    assert client.get("/api/").get_json()["graph"] == "/api/graph"
    meta = client.get("/api/meta").get_json()
    assert [t["type"] for t in meta["types"]] == ["CONCEPT", "LOC", "MISC", "ORG", "PER"]
    assert {"relation": "porter plainte", "count": 1} in meta["relations"]


# ----------------------------------------------------------------------------- XSS
@pytest.mark.parametrize(
    "path",
    ["/", "/articles", "/articles/a03_piege", "/articles/a03_piege?s=1", "/?node=groupe-piege"],
)
def test_markup_from_the_corpus_is_never_markup(client, path):
    html = client.get(path).get_data(as_text=True)
    assert XSS_SCRIPT not in html
    assert XSS_IMG not in html
    tags = parse(html).tags
    assert not [t for t, _ in tags if t == "img"]
    assert not [k for _, a in tags for k in a if k.startswith("on")]
    inline = [a for t, a in tags if t == "script" and not a.get("src")]
    assert all(a.get("type") == "application/json" for a in inline)


def test_reader_shows_the_markup_as_text(client, fixture_data):
    html = client.get("/articles/a03_piege").get_data(as_text=True)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert Tags_text(html) == article_of(fixture_data, "a03_piege")["text"]


def test_api_serves_markup_as_json_data(client):
    r = client.get("/api/nodes/groupe-piege")
    assert r.mimetype == "application/json"
    d = r.get_json()
    assert d["label"] == "groupe " + XSS_IMG
    assert d["aliases"] == [XSS_SCRIPT]


# ----------------------------------------------------------------------------- store
def test_fold_and_segments():
    assert fold("République du Chili") == "republique du chili"
    assert fold("LIBRE-ÉCHANGE") == "libre-echange"
    segs = segments("la République du Chili a", 10, [(13, 32, "m"), (0, 5, "x"), (33, 99, "y")])
    assert segs == [
        {"text": "la ", "mark": None},
        {"text": "République du Chili", "mark": "m"},
        {"text": " ", "mark": None},
        {"text": "a", "mark": "y"},
    ]


def test_layout_is_stable_and_complete(fixture_data):
    a = GraphStore(fixture_data).layout()
    b = GraphStore(fixture_data).layout()
    assert a == b
    assert set(a) == {n["id"] for n in fixture_data["nodes"]}
    assert len(set(a.values())) == len(a), "no two nodes at the same place"


def synthetic(n: int, m: int) -> dict[str, Any]:
    import random

    rng = random.Random(3)
    nodes = [
        {
            "id": f"n{i}",
            "label": f"Entité {i}",
            "type": ["PER", "ORG", "LOC"][i % 3],
            "aliases": [],
            "mentions": 1 + i % 7,
            "articles": ["a"],
            "evidence": [],
        }
        for i in range(n)
    ]
    edges = {}
    while len(edges) < m:
        s = int(rng.paretovariate(1.2)) % n
        t = rng.randrange(n)
        if s != t:
            edges[(s, t)] = {
                "source": f"n{s}",
                "target": f"n{t}",
                "key": "lier",
                "relation": "lier",
                "sources": 1,
                "articles": ["a"],
                "evidence": [],
            }
    return {
        "directed": True,
        "multigraph": True,
        "graph": {"articles": [{"id": "a", "title": "A", "text": "", "sentences": []}]},
        "nodes": nodes,
        "edges": list(edges.values()),
    }


def test_large_graph_is_capped_and_laid_out(client):
    store = GraphStore(synthetic(900, 2500))
    view = store.view(store.parse_params({}))
    assert len(view.nodes) == DEFAULT_LIMIT and view.total_nodes == 900
    pos = store.layout()
    assert len(pos) == 900 and all(math.isfinite(x) and math.isfinite(y) for x, y in pos.values())
    assert len(set(pos.values())) == 900
    everything = store.view(store.parse_params({"limit": ["5000"]}))
    assert len(everything.nodes) == 900 and len(everything.edges) == 2500


# ----------------------------------------------------------------------------- server
class FakeServer:
    effective_port = 5123
    ran = False

    def run(self) -> None:
        FakeServer.ran = True

    def close(self) -> None:
        pass


def test_serve_rebuilds_a_missing_graph_then_serves(tmp_path, monkeypatch, capsys, fixture_data):
    art = tmp_path / "a.txt"
    art.write_text("Titre\n\nTexte.\n", encoding="utf-8")
    graph = tmp_path / "graph.json"
    calls = []

    def fake_rebuild(paths, graph_path):
        calls.append((list(paths), graph_path))
        from graph.ingest import read_article

        a = read_article(paths[0])  # a graph of that one article, with nothing found in it
        data = {"graph": {"articles": [{"id": a.id, "text": a.text, "sha256": a.sha256}]},
                "nodes": [], "edges": []}
        Path(graph_path).write_text(json.dumps(data), encoding="utf-8")
        return True

    import waitress

    monkeypatch.setattr(server_mod, "rebuild", fake_rebuild)
    monkeypatch.setattr(waitress, "create_server", lambda app, **kw: FakeServer())
    assert server_mod.serve([str(art)], graph_path=str(graph), host="127.0.0.1", port=0) == 0
    assert calls and calls[0][0] == [art]
    assert FakeServer.ran
    assert "http://127.0.0.1:5123/" in capsys.readouterr().out
    calls.clear()
    assert server_mod.serve([str(art)], graph_path=str(graph), host="127.0.0.1", port=0) == 0
    assert calls == [], "a fresh graph is not rebuilt"


def test_serve_without_graph_or_articles_fails(tmp_path, capsys):
    code = server_mod.serve([], graph_path=str(tmp_path / "none.json"), host="127.0.0.1", port=0)
    assert code == 1
    assert "no graph" in capsys.readouterr().err
