"""The SQLite store (``graph/store_sqlite.py``) and the quote search of the explorer
(``/quotes``, ``/api/quotes``): every row of the graph, byte-exact quotes, atomic writes,
accent-insensitive FTS5 search, paging, hostile queries, escaping."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import graph.store_sqlite as store_sqlite
from graph.model import TemoinError
from graph.schema import check_graph
from graph.store_sqlite import (
    open_store,
    search_quotes,
    store_counts,
    store_path_for,
    store_problem,
    write_sqlite,
    write_store_of,
)
from webapp.app import create_app
from webapp.cli import main
from webapp.quotes import PER_PAGE
from webapp.server import ensure_store

FIXTURE_GRAPH = Path(__file__).parent / "fixtures" / "graph.json"


def invented_graph(articles: dict[str, tuple[str, list[str]]]) -> dict[str, Any]:
    """A sound graph of invented articles ``{id: (title, sentences)}``: one node per article
    quoting each of its sentences, and an edge from each article's node to the first's,
    quoting the article's first sentence."""
    arts, nodes, edges = [], [], []
    first = None
    for aid, (title, sentences) in articles.items():
        text, spans = title + "\n\n", []
        for s in sentences:
            spans.append([len(text), len(text) + len(s)])
            text += s + " "
        arts.append({"id": aid, "title": title, "text": text, "sentences": spans})
        evidence = [{"article": aid, "sentence": i, "start": a, "end": b, "text": text[a:b],
                     "highlights": []} for i, (a, b) in enumerate(spans)]
        nid = f"n-{aid}"
        nodes.append({"id": nid, "label": title, "type": "ORG", "aliases": [title.lower()],
                      "mentions": len(spans), "articles": [aid], "evidence": evidence})
        if first is None:
            first = nid
        else:
            edges.append({"source": nid, "target": first, "key": "citer", "relation": "citer",
                          "sources": 1, "articles": [aid],
                          "evidence": [{**evidence[0], "modality": "reported",
                                        "attributed_to": None, "verb": "citer"}]})
    data = {"directed": True, "multigraph": True, "graph": {"articles": arts},
            "nodes": nodes, "edges": edges}
    check_graph(data, "invented")
    return data


ACCENTS = invented_graph({
    "a1": ("Visite à l'Élysée", ["La délégation de Rivemont est reçue à l'Élysée mardi.",
                                 "Le préfet évoque une coopération économique."]),
    "a2": ("Crue de la Vézère", ["Les pompiers évacuent trois hameaux près de la Vézère.",
                                 "ÉLYSÉE : aucune réaction officielle 🙂 ce soir.",
                                 "Un œuvre d'art a été sauvée des eaux."]),
})


def served(tmp_path: Path, data: dict[str, Any]):
    """A test client of the explorer on *data* written as graph.json, with its store."""
    graph = tmp_path / "graph.json"
    graph.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    write_store_of(data, graph)
    return create_app({"TESTING": True, "GRAPH_PATH": str(graph)}).test_client()


# ------------------------------------------------------------------------------- writing
@pytest.mark.parametrize("name", ["fixture", "accents"])
def test_the_store_holds_every_row_of_the_graph(tmp_path, fixture_data, name):
    data = fixture_data if name == "fixture" else ACCENTS
    path = tmp_path / "graph.sqlite"
    counts = write_sqlite(data, path)
    articles = data["graph"]["articles"]
    evidence = [(n["id"], None, ev) for n in data["nodes"] for ev in n.get("evidence", [])] + [
        (None, (e["source"], e["relation"], e["target"]), ev)
        for e in data["edges"] for ev in e.get("evidence", [])]
    assert counts.articles == len(articles)
    assert counts.sentences == sum(len(a.get("sentences", [])) for a in articles)
    assert counts.nodes == len(data["nodes"])
    assert counts.aliases == sum(len(n.get("aliases", [])) for n in data["nodes"])
    assert counts.edges == len(data["edges"])
    assert counts.evidence == len(evidence)
    assert counts.quotes == len({(ev["article"], ev["start"], ev["end"]) for *_, ev in evidence})
    conn = open_store(path)
    assert store_counts(conn) == counts
    stored = sorted(conn.execute(
        """SELECT n.id, s.id, g.relation, t.id, a.id, q.start, q."end", e.sentence, e.modality
           FROM evidence e JOIN quotes q ON q.rowid = e.quote
           JOIN articles a ON a.rowid = q.article LEFT JOIN nodes n ON n.rowid = e.node
           LEFT JOIN edges g ON g.rowid = e.edge LEFT JOIN nodes s ON s.rowid = g.source
           LEFT JOIN nodes t ON t.rowid = g.target"""), key=repr)
    expected = sorted(((node, *(edge or (None, None, None)), ev["article"], ev["start"],
                        ev["end"], ev.get("sentence"), ev.get("modality"))
                       for node, edge, ev in evidence), key=repr)
    assert stored == expected
    aliases = sorted(conn.execute(
        "SELECT n.id, a.alias FROM aliases a JOIN nodes n ON n.rowid = a.node"))
    assert aliases == sorted((n["id"], a) for n in data["nodes"] for a in n.get("aliases", []))


def test_the_store_has_every_index_of_its_schema_and_the_explorer_uses_them(tmp_path,
                                                                             fixture_data):
    """The indexes are made once the rows are in (`store_sqlite._fill`): all of them, as
    the schema declares them, and the explorer's queries are answered from them."""
    declared = sqlite3.connect(":memory:")
    declared.executescript(store_sqlite.SCHEMA)
    path = tmp_path / "graph.sqlite"
    write_sqlite(fixture_data, path)
    conn = open_store(path)

    def indexes(db):
        return sorted(db.execute("SELECT name, tbl_name, sql FROM sqlite_master "
                                 "WHERE type = 'index' AND sql IS NOT NULL"))

    assert indexes(conn) == indexes(declared) != []
    plan = " ".join(row[-1] for row in conn.execute(
        "EXPLAIN QUERY PLAN SELECT id FROM nodes ORDER BY degree DESC, mentions_n DESC, "
        "sort, id LIMIT 10"))
    assert "INDEX nodes_view" in plan
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


@pytest.mark.parametrize("name", ["fixture", "accents"])
def test_every_stored_quote_is_byte_exact(tmp_path, fixture_data, name):
    data = fixture_data if name == "fixture" else ACCENTS
    write_sqlite(data, tmp_path / "g.sqlite")
    conn = open_store(tmp_path / "g.sqlite")
    rows = conn.execute("""SELECT q.text, a.text, q.start, q."end" FROM quotes q
                           JOIN articles a ON a.rowid = q.article""").fetchall()
    assert rows
    texts = {a["id"]: a["text"] for a in data["graph"]["articles"]}
    assert sorted(a for (a,) in conn.execute("SELECT text FROM articles")) == sorted(
        texts.values())
    for text, article_text, start, end in rows:
        assert text == article_text[start:end]
    quoted = {ev["text"] for n in data["nodes"] + data["edges"] for ev in n.get("evidence", [])}
    assert {r[0] for r in rows} == quoted


def test_the_store_records_its_graph_file_and_knows_when_it_is_stale(tmp_path, fixture_data):
    graph = tmp_path / "graph.json"
    shutil.copy(FIXTURE_GRAPH, graph)
    assert "no store at" in store_problem(store_path_for(graph), graph)
    path, _ = write_store_of(fixture_data, graph)
    assert path == tmp_path / "graph.sqlite"
    assert store_problem(path, graph) is None
    graph.write_text(graph.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert "was not made from" in store_problem(path, graph)
    path.write_bytes(b"not a database at all, but long enough to look like one" * 20)
    assert "not a Témoin store" in store_problem(path, graph)


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_a_failure_while_writing_leaves_the_previous_store_whole(tmp_path, fixture_data,
                                                                monkeypatch):
    path = tmp_path / "graph.sqlite"
    write_sqlite(fixture_data, path)
    before = path.read_bytes()
    real_fill = store_sqlite._fill

    def fill_then_fail(conn, data, *rest):
        real_fill(conn, data, *rest)  # every row is written to the temporary file…
        raise sqlite3.OperationalError("database or disk is full")  # …then the disk fills

    monkeypatch.setattr(store_sqlite, "_fill", fill_then_fail)
    with pytest.raises(TemoinError, match=r"cannot write .*graph\.sqlite: database or disk"):
        write_sqlite(ACCENTS, path)
    assert path.read_bytes() == before
    assert _leftovers(tmp_path) == []


def test_a_failed_rename_or_a_bad_graph_leaves_nothing_behind(tmp_path, fixture_data,
                                                              monkeypatch):
    path = tmp_path / "graph.sqlite"
    bad = json.loads(json.dumps(fixture_data))
    bad["edges"][0]["evidence"][0]["article"] = "no-such-article"
    with pytest.raises(TemoinError, match="does not fit docs/graph-json.md"):
        write_sqlite(bad, path)
    assert list(tmp_path.iterdir()) == []

    def refuse(src, dst):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(store_sqlite.os, "replace", refuse)
    with pytest.raises(TemoinError, match="Permission denied"):
        write_sqlite(fixture_data, path)
    assert list(tmp_path.iterdir()) == []


def test_what_a_killed_write_left_is_removed_by_the_next(tmp_path, fixture_data):
    killed = tmp_path / ".graph.sqlite.k1ll3d.tmp"
    killed.write_bytes(b"half a database")
    write_sqlite(fixture_data, tmp_path / "graph.sqlite")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.sqlite"]


def test_a_folder_in_the_way_is_named(tmp_path, fixture_data):
    (tmp_path / "graph.sqlite").mkdir()
    with pytest.raises(TemoinError, match="it is a folder"):
        write_sqlite(fixture_data, tmp_path / "graph.sqlite")


def test_without_fts5_the_error_says_so(tmp_path, fixture_data, monkeypatch):
    monkeypatch.setattr(store_sqlite, "TOKENIZER", "no_such_tokenizer")
    with pytest.raises(TemoinError, match="no FTS5 full-text search"):
        write_sqlite(fixture_data, tmp_path / "graph.sqlite")
    assert list(tmp_path.iterdir()) == []


# ------------------------------------------------------------------------------- search
@pytest.mark.parametrize("typed", ["elysee", "ÉLYSÉE", "Elysée", "élys"])
def test_search_ignores_accents_and_case(tmp_path, typed):
    write_sqlite(ACCENTS, tmp_path / "g.sqlite")
    page = search_quotes(open_store(tmp_path / "g.sqlite"), typed)
    assert sorted(h.text for h in page.hits) == [
        "La délégation de Rivemont est reçue à l'Élysée mardi.",
        "ÉLYSÉE : aucune réaction officielle 🙂 ce soir."]
    assert page.total == 2


def test_every_word_must_be_there_and_only_the_last_is_a_prefix(tmp_path):
    write_sqlite(ACCENTS, tmp_path / "g.sqlite")
    conn = open_store(tmp_path / "g.sqlite")
    assert [h.text for h in search_quotes(conn, "pompiers vezere").hits] == [
        "Les pompiers évacuent trois hameaux près de la Vézère."]
    assert search_quotes(conn, "pompiers elysee").total == 0
    assert search_quotes(conn, "pomp hameaux").total == 0  # « pomp » is not a word there
    assert search_quotes(conn, "hameaux pomp").total == 1


def test_the_api_marks_the_matched_words_and_names_what_a_quote_supports(tmp_path):
    client = served(tmp_path, ACCENTS)
    data = client.get("/api/quotes?q=" + quote("reçue élys")).get_json()
    assert data["total"] == 1 and data["words"] == ["reçue", "élys"]
    (hit,) = data["quotes"]
    text = ACCENTS["graph"]["articles"][0]["text"]
    assert hit["text"] == text[hit["start"]:hit["end"]]
    assert "".join(s["text"] for s in hit["segments"]) == hit["text"]
    assert [s["text"] for s in hit["segments"] if s["mark"]] == ["reçue", "Élysée"]
    assert hit["article"]["id"] == "a1" and hit["url"] == "/articles/a1?s=0#s0"
    assert [(s["kind"], s.get("id") or s["relation"]) for s in hit["supports"]] == [
        ("node", "n-a1")]
    second = client.get("/api/quotes?q=pompiers").get_json()["quotes"][0]
    assert [(s["kind"], s["removed"]) for s in second["supports"]] == [
        ("edge", False), ("node", False)]
    edge = second["supports"][0]
    assert (edge["source"]["id"], edge["relation"], edge["target"]["id"]) == (
        "n-a2", "citer", "n-a1")
    assert edge["modality_fr"] == "rapporté" and edge["url"] == "/?edge=n-a2/citer/n-a1"


def test_quote_search_pages_in_corpus_order(tmp_path):
    sentences = [f"Le conseil numéro {i} examine le budget des écoles." for i in range(45)]
    data = invented_graph({"b1": ("Budget", sentences[:30]), "b2": ("Écoles", sentences[30:])})
    client = served(tmp_path, data)
    first = client.get("/api/quotes?q=budget").get_json()
    assert (first["total"], first["pages"], first["page"], first["per_page"]) == (
        45, 3, 1, PER_PAGE)
    assert first["prev"] is None and first["next"] == "/api/quotes?q=budget&page=2"
    seen = []
    url = "/api/quotes?q=budget"
    while url:
        page = client.get(url).get_json()
        seen += [(q["article"]["id"], q["start"]) for q in page["quotes"]]
        url = page["next"]
    assert len(seen) == 45 and seen == sorted(seen)  # every quote once, b1 then b2
    last = client.get("/api/quotes?q=budget&page=3").get_json()
    assert (last["first"], last["last"], last["next"]) == (41, 45, None)
    assert last["prev"] == "/api/quotes?q=budget&page=2"
    by_offset = client.get("/api/quotes?q=budget&offset=40").get_json()
    assert by_offset["quotes"] == last["quotes"][-5:] == last["quotes"]
    for bad in ("page=4", "page=0", "page=%2B2", "page=2.0", "page=%D9%A3", "offset=45",
                "offset=-1", "page=1&offset=0"):
        r = client.get(f"/api/quotes?q=budget&{bad}")
        assert r.status_code == 400, bad
        assert r.get_json()["ok"] is False and r.get_json()["reason"]
    html = client.get("/quotes?q=budget&page=2").get_data(as_text=True)
    assert "de 21 à 40" in html and 'href="/quotes?q=budget&amp;page=3"' in html
    assert 'href="/quotes?q=budget"' in html  # the previous page: the first


def test_counts_stop_at_the_cap_and_say_so(tmp_path, monkeypatch):
    import webapp.quotes

    monkeypatch.setattr(store_sqlite, "COUNT_CAP", 25)
    monkeypatch.setattr(webapp.quotes, "COUNT_CAP", 25)
    sentences = [f"Le conseil numéro {i} examine le budget." for i in range(45)]
    client = served(tmp_path, invented_graph({"c1": ("Budget", sentences)}))
    data = client.get("/api/quotes?q=budget").get_json()
    assert (data["total"], data["total_capped"], data["pages"]) == (25, True, 2)
    assert client.get("/api/quotes?q=budget&page=3").status_code == 400
    assert "Plus de 25 citation(s)" in client.get("/quotes?q=budget").get_data(as_text=True)


@pytest.mark.parametrize("q", ['"', '""', "*", "AND", "cuivre AND", "NEAR(chili cuivre)",
                               "text:cuivre", "^chili", "-chili", "chili OR", "(", "'",
                               "cui*vre", "\x00", "chili\x00cuivre", "l'Équateur"])
def test_fts_syntax_typed_by_the_user_is_never_an_error_of_ours(tmp_path, fixture_data, q):
    client = served(tmp_path, fixture_data)
    r = client.get("/api/quotes", query_string={"q": q})
    assert r.status_code in (200, 400), r.get_data(as_text=True)
    body = r.get_json()
    if r.status_code == 400:
        assert body["ok"] is False and "q" in body["reason"]
    assert client.get("/quotes", query_string={"q": q}).status_code in (200, 400)


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(q=st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=60)
       | st.lists(st.sampled_from(['"', "*", "AND", "OR", "NOT", "NEAR", "(", ")", ":", "^",
                                   "cuivre", "chili", "Équateur", "-", "+", "'", "\\"]),
                  max_size=8).map(" ".join))
def test_hypothesis_any_query_gets_json_and_never_a_500(fuzz_client, q):
    r = fuzz_client.get("/api/quotes", query_string={"q": q})
    assert r.status_code in (200, 400), (q, r.status_code)
    body = json.loads(r.get_data(as_text=True))
    if r.status_code == 200:
        for hit in body["quotes"]:
            text = fuzz_texts[hit["article"]["id"]]
            assert hit["text"] == text[hit["start"]:hit["end"]]


fuzz_texts = {a["id"]: a["text"] for a in json.loads(
    FIXTURE_GRAPH.read_text(encoding="utf-8"))["graph"]["articles"]}


@pytest.fixture(scope="module")
def fuzz_client(tmp_path_factory):
    data = json.loads(FIXTURE_GRAPH.read_text(encoding="utf-8"))
    return served(tmp_path_factory.mktemp("fuzz"), data)


def test_article_text_is_escaped_on_the_quotes_page(tmp_path):
    payload = '<script>alert("témoin")</script><img src=x onerror=alert(1)>'
    data = invented_graph({"x1": ("<b>Titre</b> piégé", [
        f"Le communiqué contenait {payload} en clair.", "Rien à signaler."])})
    client = served(tmp_path, data)
    html = client.get("/quotes?q=communiqu").get_data(as_text=True)
    assert "<script>alert" not in html and "<img src=x" not in html and "<b>Titre" not in html
    assert "&lt;script&gt;alert(&#34;témoin&#34;)&lt;/script&gt;" in html
    assert '<mark class="match">communiqué</mark>' in html
    assert "&lt;b&gt;Titre&lt;/b&gt; piégé" in html
    html = client.get("/quotes?q=script").get_data(as_text=True)  # a word inside the payload
    assert '&lt;<mark class="match">script</mark>&gt;' in html
    assert '<input id="quote-q" name="q" type="search" value="script"' in html
    hostile = client.get("/quotes", query_string={"q": '"><script>x</script>'})
    assert '"><script>x' not in hostile.get_data(as_text=True)


def test_without_a_store_the_app_makes_its_own_and_serve_writes_it_beside(tmp_path,
                                                                          fixture_data):
    graph = tmp_path / "graph.json"
    shutil.copy(FIXTURE_GRAPH, graph)
    client = create_app({"TESTING": True, "GRAPH_PATH": str(graph)}).test_client()
    assert client.get("/api/quotes?q=cuivre").get_json()["total"] == 2
    assert not (tmp_path / "graph.sqlite").exists()  # its own, in a temporary folder
    # what `temoin serve` does on start: write it beside the graph, then search works
    assert ensure_store(fixture_data, graph) is True
    assert ensure_store(fixture_data, graph) is True  # fresh: left as it is
    client = create_app({"TESTING": True, "GRAPH_PATH": str(graph)}).test_client()
    assert client.get("/api/quotes?q=cuivre").get_json()["total"] == 2


def test_a_store_damaged_or_removed_while_serving_is_a_503_not_a_500(tmp_path, fixture_data):
    client = served(tmp_path, fixture_data)
    assert client.get("/api/quotes?q=cuivre").status_code == 200
    store = tmp_path / "graph.sqlite"
    store.write_bytes(store.read_bytes()[:4096])  # cut short: the FTS index is gone
    for url in ("/api/quotes?q=cuivre", "/quotes?q=cuivre"):
        assert client.get(url).status_code == 503, url
    node = client.get("/api/nodes/chili")  # the graph is that store: said so, no traceback
    assert node.status_code == 503 and "graph.sqlite" in node.get_json()["reason"]
    store.unlink()
    r = client.get("/api/quotes?q=cuivre")
    assert r.status_code == 503 and "no store at" in r.get_json()["reason"]


def test_serve_writes_the_store_of_an_older_build_on_start(tmp_path, monkeypatch, capsys):
    import waitress

    from webapp import server as server_mod

    graph = tmp_path / "graph.json"
    shutil.copy(FIXTURE_GRAPH, graph)  # a graph built before the store existed
    apps = []

    class FakeServer:
        effective_port = 5123

        def run(self) -> None:
            pass

        def close(self) -> None:
            pass

    monkeypatch.setattr(waitress, "create_server", lambda app, **kw: apps.append(app)
                        or FakeServer())
    assert server_mod.serve([], graph_path=str(graph), port=0) == 0
    err = capsys.readouterr().err
    assert f"no store at {tmp_path / 'graph.sqlite'}: writing it (quote search)" in err
    assert store_problem(tmp_path / "graph.sqlite", graph) is None
    assert apps[0].test_client().get("/api/quotes?q=cuivre").get_json()["total"] == 2
    assert server_mod.serve([], graph_path=str(graph), port=0) == 0
    assert "writing it" not in capsys.readouterr().err  # fresh: left as it is


def test_serve_says_when_the_store_cannot_be_written(tmp_path, fixture_data, capsys):
    graph = tmp_path / "graph.json"
    shutil.copy(FIXTURE_GRAPH, graph)
    (tmp_path / "graph.sqlite").mkdir()
    assert ensure_store(fixture_data, graph) is False
    err = capsys.readouterr().err
    assert "it is a folder" in err and "a store of its own in a temporary folder" in err


def test_the_api_lists_quote_search(client):
    assert client.get("/api/").get_json()["quotes"] == "/api/quotes?q="


def test_the_main_page_links_to_quote_search(client):
    html = client.get("/").get_data(as_text=True)
    assert 'id="quotes-link"' in html and 'href="/quotes"' in html
    assert client.get("/quotes").status_code == 200  # a graph given as data: a store of its own


def test_what_a_correction_removed_is_marked_so(tmp_path, fixture_data):
    graph = tmp_path / "graph.json"
    shutil.copy(FIXTURE_GRAPH, graph)
    write_store_of(fixture_data, graph)
    (tmp_path / "corrections.jsonl").write_text(json.dumps(
        {"op": "hide_edge", "edge": {"source": {"name": "République du Chili"},
                                     "relation": "fournir", "target": {"name": "cuivre"}}})
        + "\n", encoding="utf-8")
    client = create_app({"TESTING": True, "GRAPH_PATH": str(graph)}).test_client()
    hit = client.get("/api/quotes?q=affirme").get_json()["quotes"][0]
    edges = [s for s in hit["supports"] if s["kind"] == "edge"]
    assert [(e["target"]["id"], e["removed"]) for e in edges] == [("cuivre", True)]
    html = client.get("/quotes?q=affirme").get_data(as_text=True)
    assert "fournir→ cuivre (retiré par une correction)" in html


# ------------------------------------------------------------------------------- command
def test_export_format_sqlite_writes_the_corrected_graph(tmp_path, capsys):
    graph = tmp_path / "graph.json"
    shutil.copy(FIXTURE_GRAPH, graph)
    (tmp_path / "corrections.jsonl").write_text(
        json.dumps({"op": "hide_node", "node": {"name": "cuivre", "type": "CONCEPT"}}) + "\n",
        encoding="utf-8")
    out = tmp_path / "export.sqlite"
    assert main(["export", str(graph), "--format", "sqlite", "--out", str(out)]) == 0
    err = capsys.readouterr().err
    assert "sqlite: 1 file(s)" in err, err
    conn = open_store(out)
    ids = {i for (i,) in conn.execute("SELECT id FROM nodes")}
    assert "cuivre" not in ids and "chili" in ids


def test_export_sqlite_of_a_damaged_graph_is_refused_by_name(tmp_path, fixture_data, capsys):
    bad = json.loads(json.dumps(fixture_data))
    bad["nodes"][0]["evidence"][0]["text"] = "pas le texte de l'article"
    graph = tmp_path / "graph.json"
    graph.write_text(json.dumps(bad), encoding="utf-8")
    code = main(["export", str(graph), "--format", "sqlite", "--out", str(tmp_path / "x.db")])
    err = capsys.readouterr().err
    assert code == 1 and str(graph) in err and "nodes[0].evidence[0].text" in err
    assert not (tmp_path / "x.db").exists()


def test_a_store_into_a_missing_folder_is_refused_before_parsing(tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text("Titre\n\nLe maire de Rivemont inaugure le port.\n", encoding="utf-8")
    missing = tmp_path / "nulle-part" / "g.sqlite"
    code = main(["build", str(article), "--out", str(tmp_path / "graph.json"), "--store",
                 str(missing), "-q", "--no-cache"])
    err = capsys.readouterr().err
    assert code == 1 and f"cannot write {missing}: no such file or directory" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


@pytest.mark.model
def test_build_writes_the_store_where_asked_with_every_row(tmp_path, capsys):
    from test_cli import write_articles

    articles = tmp_path / "articles"
    write_articles(articles)
    (tmp_path / "stores").mkdir()
    store = tmp_path / "stores" / "corpus.sqlite"
    out = tmp_path / "graph.json"
    assert main(["build", str(articles), "--out", str(out), "--store", str(store), "-q",
                 "--no-cache"]) == 0
    assert f"→ {out}, {store}" in capsys.readouterr().err
    assert not (tmp_path / "graph.sqlite").exists()
    data = json.loads(out.read_text(encoding="utf-8"))
    conn = open_store(store)
    counts = store_counts(conn)
    assert (counts.articles, counts.nodes, counts.edges) == (
        3, len(data["nodes"]), len(data["edges"]))
    assert counts.evidence == sum(len(x["evidence"]) for x in data["nodes"] + data["edges"])
    assert store_problem(store, out) is None  # made from this very file
    for text, article_text, start, end in conn.execute(
            'SELECT q.text, a.text, q.start, q."end" FROM quotes q '
            "JOIN articles a ON a.rowid = q.article"):
        assert text == article_text[start:end]
    hits = search_quotes(conn, "garnier").hits  # « Hélène Garnier », any case
    assert hits and all("Garnier" in h.text for h in hits)


#: lays out a graph of several components (a ring of six, a path of four, a star of five, a
#: pair, a lone node) and prints the positions, in a process of its own.
LAYOUT_SCRIPT = """
import json
from graph.layout import compute_layout
ring = [(f"anneau-{i}", f"anneau-{(i + 1) % 6}") for i in range(6)]
path = [(f"chemin-{i}", f"chemin-{i + 1}") for i in range(3)]
star = [("etoile", f"branche-{i}") for i in range(4)]
pairs = ring + path + star + [("paire-a", "paire-b")]
labels = {n: n.upper() for pair in pairs for n in pair} | {"seul": "SEUL"}
print(json.dumps(sorted(compute_layout(labels, pairs).items())))
"""


def test_the_drawing_is_the_same_in_every_process():
    """Two builds of one graph store the same positions, whatever the process's string
    hashing (a component laid out through a networkx subgraph view listed its nodes in the
    order of a set: each build drew the graph anew, and no two stores were the same)."""
    import os
    import subprocess
    import sys

    drawings = set()
    for seed in ("1", "2", "3", "4"):
        done = subprocess.run([sys.executable, "-c", LAYOUT_SCRIPT], capture_output=True,
                              text=True, timeout=120, cwd=Path(__file__).parent.parent,
                              env={**os.environ, "PYTHONHASHSEED": seed})
        assert done.returncode == 0, done.stderr
        drawings.add(done.stdout)
    assert len(drawings) == 1
