"""Answers sized for big graphs: a node's quotes a page at a time, the relations list paged,
strict whole numbers, redirects that never name a foreign host."""

from __future__ import annotations

from dataclasses import replace
from typing import Any
from urllib.parse import urlsplit

import pytest
from browsing import served_page
from hypothesis import given, settings
from hypothesis import strategies as st

from webapp.api import QUOTES_PAGE, RELATIONS_PAGE
from webapp.app import create_app
from webapp.store import span_finder

SENTENCE = "Le port de Bellecombe a reçu la visite de la ministre Agnès Perrin mardi."
MENTION = "Agnès Perrin"


def big_graph(quotes: int = 2 * QUOTES_PAGE + 20, spokes: int = RELATIONS_PAGE * 2 + 50,
              articles: int = 3) -> dict[str, Any]:
    """A hub quoted *quotes* times over *articles* articles, with *spokes* relations."""
    per = -(-quotes // articles)
    arts, evidence = [], []
    for a in range(articles):
        n = min(per, quotes - a * per)
        text = "\n".join([SENTENCE] * n)
        sentences = []
        for i in range(n):
            start = i * (len(SENTENCE) + 1)
            sentences.append([start, start + len(SENTENCE)])
            m = start + SENTENCE.index(MENTION)
            evidence.append({"article": f"a{a}", "sentence": i, "start": start,
                             "end": start + len(SENTENCE), "text": SENTENCE,
                             "highlights": [[m, m + len(MENTION)]]})
        arts.append({"id": f"a{a}", "title": f"Article {a}", "text": text,
                     "sentences": sentences, "boilerplate": []})
    nodes = [{"id": "hub", "label": MENTION, "type": "PER", "aliases": [], "mentions": quotes,
              "articles": [a["id"] for a in arts], "evidence": evidence}]
    edges = []
    for i in range(spokes):
        nodes.append({"id": f"n{i}", "label": f"Lieu {i:04d}", "type": "LOC", "aliases": [],
                      "mentions": 1, "articles": ["a0"], "evidence": []})
        edges.append({"source": "hub", "target": f"n{i}", "key": "visiter",
                      "relation": "visiter", "sources": 1 + i % 3, "articles": ["a0"],
                      "evidence": [evidence[0] | {"modality": "asserted"}]})
    # the first relation is supported by every quote of the hub
    edges[0]["evidence"] = [ev | {"modality": "asserted"} for ev in evidence]
    edges[0]["articles"] = [a["id"] for a in arts]
    return {"directed": True, "multigraph": True, "graph": {"articles": arts},
            "nodes": nodes, "edges": edges}


@pytest.fixture(scope="module")
def big_client():
    return create_app({"TESTING": True, "GRAPH_DATA": big_graph()}).test_client()


def flat(groups: list[dict]) -> list[tuple[str, int]]:
    return [(g["id"], q["sentence"]) for g in groups for q in g["quotes"]]


def test_a_nodes_quotes_come_a_page_at_a_time(big_client):
    total = 2 * QUOTES_PAGE + 20
    first = big_client.get("/api/nodes/hub").get_json()
    assert first["quote_count"] == total
    assert len(flat(first["quotes"])) == QUOTES_PAGE
    assert first["more_quotes"] == total - QUOTES_PAGE
    assert first["more_url"] == f"/api/nodes/hub?offset={QUOTES_PAGE}"
    seen = flat(first["quotes"])
    url = first["more_url"]
    pages = 1
    while url:
        page = big_client.get(url).get_json()
        assert page["quotes_from"] == len(seen)
        seen += flat(page["quotes"])
        assert page["more_quotes"] == total - len(seen)
        url = page["more_url"]
        pages += 1
    assert pages == 3
    # every quote once, in corpus order (article, then sentence)
    assert len(seen) == total == len(set(seen))
    assert seen == sorted(seen, key=lambda x: (int(x[0][1:]), x[1]))


def test_quote_pages_are_byte_exact(big_client):
    page = big_client.get(f"/api/nodes/hub?offset={QUOTES_PAGE}").get_json()
    for g in page["quotes"]:
        for q in g["quotes"]:
            assert q["text"] == SENTENCE
            assert "".join(s["text"] for s in q["segments"]) == q["text"]
            assert [s["text"] for s in q["segments"] if s["mark"]] == [MENTION]


def test_an_edges_quotes_come_a_page_at_a_time(big_client):
    total = 2 * QUOTES_PAGE + 20
    first = big_client.get("/api/edges/0").get_json()
    assert first["quote_count"] == total and first["more_quotes"] == total - QUOTES_PAGE
    assert first["more_url"] == f"/api/edges/hub/visiter/n0?offset={QUOTES_PAGE}"
    seen = flat(first["evidence"])
    url = first["more_url"]
    while url:
        page = big_client.get(url).get_json()
        seen += flat(page["evidence"])
        url = page["more_url"]
    assert len(seen) == total == len(set(seen))
    assert big_client.get("/api/edges/0?offset=٣").status_code == 400


def test_answers_are_computed_once(monkeypatch):
    app = create_app({"TESTING": True, "GRAPH_DATA": big_graph(spokes=20)})
    store = app.extensions["temoin_store"]
    calls = []
    view = store.view
    monkeypatch.setattr(store, "view", lambda params: calls.append(params) or view(params))
    client = app.test_client()
    first = client.get("/api/graph?limit=5")
    again = client.get("/api/graph?limit=5")
    assert first.data == again.data and len(calls) == 1
    assert again.headers["Content-Type"] == "application/json"
    assert again.headers["Content-Security-Policy"]
    client.get("/api/graph?limit=6")
    assert len(calls) == 2
    # errors are not kept
    assert client.get("/api/graph?limit=x").status_code == 400
    assert client.get("/api/graph?limit=x").status_code == 400


def test_the_answer_cache_is_bounded():
    from webapp.cache import ResponseCache

    cache = ResponseCache(max_entries=3, max_bytes=100)
    for i in range(5):
        cache.put(i, b"x" * 10, "text/plain")
    assert [cache.get(i) is not None for i in range(5)] == [False, False, True, True, True]
    cache.get(2)  # used: kept over 3 when room is needed
    cache.put(5, b"y" * 20, "text/plain")
    assert cache.get(2) is not None and cache.get(3) is None
    cache.put(6, b"z" * 26, "text/plain")  # more than a quarter of the bytes: not kept
    assert cache.get(6) is None
    for i in range(7, 12):
        cache.put(i, b"w" * 24, "text/plain")
    assert sum(len(cache.get(i)[0]) for i in range(12) if cache.get(i)) <= 100


@pytest.mark.parametrize("start", ["abc", "-1", "٣", "1_0", "100000", "1e2"])
def test_a_bad_quote_offset_is_a_400(big_client, start):
    r = big_client.get("/api/nodes/hub", query_string={"offset": start})
    assert r.status_code == 400
    assert "offset" in r.get_json()["reason"]


def test_the_relations_list_is_paged(big_client):
    total = RELATIONS_PAGE * 2 + 50
    body = big_client.get("/api/relations").get_json()
    assert (body["total"], body["pages"], body["page"]) == (total, 3, 1)
    assert len(body["relations"]) == RELATIONS_PAGE and body["prev"] is None
    assert (body["first"], body["last"]) == (1, RELATIONS_PAGE)
    rows = [r["target"]["id"] for r in body["relations"]]
    url = body["next"]
    while url:
        assert urlsplit(url).path == "/api/relations"
        body = big_client.get(url).get_json()
        rows += [r["target"]["id"] for r in body["relations"]]
        url = body["next"]
    assert body["page"] == 3 and len(body["relations"]) == 50 and body["last"] == total
    assert len(rows) == total == len(set(rows))
    assert big_client.get("/api/relations?page=4").status_code == 400
    assert big_client.get("/api/relations?page=0").status_code == 400


def test_paging_keeps_the_sort(big_client):
    everything = []
    url = "/api/relations?sort=target&order=desc"
    while url:
        body = big_client.get(url).get_json()
        assert (body["sort"], body["order"]) == ("target", "desc")
        everything += [r["target"]["label"] for r in body["relations"]]
        url = body["next"]
    assert everything == sorted(everything, reverse=True)


def test_the_relations_page_shows_its_pager(big_client):
    html = big_client.get("/relations?page=2").get_data(as_text=True)
    assert f"de {RELATIONS_PAGE + 1} à {2 * RELATIONS_PAGE}" in html
    assert html.count('class="relation-row') == RELATIONS_PAGE
    assert 'rel="prev" href="/relations?sort=sources&amp;order=desc"' in html
    assert 'rel="next" href="/relations?sort=sources&amp;order=desc&amp;page=3"' in html


# ----------------------------------------------------------------------------- integers


@pytest.mark.parametrize("value", ["1_0", "+5", "-1", "٣", "５", "1e3", "0x10", "1.0", " "])
@pytest.mark.parametrize("url, name", [
    ("/api/search?q=a&limit={}", "limit"),
    ("/api/graph?min_sources={}", "min_sources"),
    ("/api/graph?depth={}&focus=hub", "depth"),
    ("/articles/a0?s={}", "s"),
    ("/api/relations?page={}", "page"),
])
def test_numbers_are_ascii_digits_only(big_client, url, name, value):
    from urllib.parse import quote

    r = big_client.get(url.format(quote(value)))
    assert r.status_code == 400, (url, value)
    assert name in r.get_data(as_text=True)


def test_edge_numbers_in_paths_are_ascii_digits_only(big_client):
    assert big_client.get("/api/edges/3").status_code == 200
    assert big_client.get("/api/edges/٣").status_code == 404
    assert big_client.get("/api/edges/３").status_code == 404


# ----------------------------------------------------------------------------- redirects


@pytest.mark.parametrize("host", ["evil.example", "evil.example:8080", "127.0.0.1:5000"])
def test_redirects_never_echo_the_host(big_client, host):
    r = big_client.get("/api", headers={"Host": host})
    assert r.status_code in (301, 308)
    assert r.headers["Location"] == "/api/"
    assert all("evil" not in v for _, v in r.headers.items())
    assert "evil" not in r.get_data(as_text=True) and 'href="/api/"' in r.get_data(as_text=True)
    assert r.headers["Content-Security-Policy"]


# ----------------------------------------------------------------------------- browser



@pytest.mark.browser
def test_the_panel_loads_more_quotes_on_demand():
    from playwright.sync_api import expect

    total = 2 * QUOTES_PAGE + 20
    with served_page({"GRAPH_DATA": big_graph(spokes=5)}) as (pg, url, problems):
        pg.goto(url + "/?node=hub")
        pg.wait_for_selector("#panel[data-kind='node'][data-id='hub']")
        quotes = pg.locator("#panel blockquote.quote")
        assert quotes.count() == QUOTES_PAGE
        assert f"Citations ({total})" in pg.locator("#panel").text_content()
        button = pg.locator("#panel button.more-quotes")
        assert button.inner_text() == f"{total - QUOTES_PAGE} citation(s) de plus…"
        button.click()
        expect(quotes).to_have_count(2 * QUOTES_PAGE)
        button.click()
        expect(quotes).to_have_count(total)
        assert pg.locator("#panel button.more-quotes").count() == 0
        # the article whose quotes straddle two pages has one section
        assert pg.locator("#panel section.quote-group").count() == 3
    assert problems == []


# ----------------------------------------------------------------------------- the reader


@settings(max_examples=300, deadline=None, database=None)
@given(st.lists(st.tuples(st.integers(0, 60), st.integers(0, 8)), max_size=12),
       st.booleans(), st.integers(-2, 75))
def test_span_finder_answers_as_a_scan_would(raw, disjoint, offset):
    if disjoint:  # in order, touching or apart, as a build writes them
        spans, pos = [], 0
        for gap, width in raw:
            spans.append((pos + gap % 4, pos + gap % 4 + width))
            pos = spans[-1][1]
    else:
        spans = [(a, a + w) for a, w in raw]
    expected = next(((i, s) for i, s in enumerate(spans) if s[0] <= offset < s[1]), (None, None))
    assert span_finder(spans)(offset) == expected


def test_the_reader_of_a_long_article(tmp_path):
    n = 3000
    data = big_graph(quotes=n, spokes=2, articles=1)
    client = create_app({"TESTING": True, "GRAPH_DATA": data}).test_client()
    html = client.get("/articles/a0?s=2999").get_data(as_text=True)
    assert html.count('id="s') >= n and 'id="s2999"' in html
    body = client.get("/api/articles/a0").get_json()
    assert len(body["sentences"]) == n and len(body["mentions"]) == n


def test_a_well_connected_node_answers_in_bounded_size():
    from webapp.api import MAX_ARTICLE_REFS, MAX_EDGES_PER_RELATION

    data = big_graph(quotes=160, spokes=300, articles=80)
    client = create_app({"TESTING": True, "GRAPH_DATA": data}).test_client()
    d = client.get("/api/nodes/hub").get_json()
    assert d["article_count"] == 80 and len(d["articles"]) == MAX_ARTICLE_REFS
    assert [a["id"] for a in d["articles"]] == [f"a{i}" for i in range(MAX_ARTICLE_REFS)]
    (group,) = d["relations"]["out"]
    assert group["count"] == 300 and len(group["edges"]) == MAX_EDGES_PER_RELATION
    e = client.get("/api/edges/0").get_json()
    assert e["article_count"] == 80 and len(e["articles"]) == MAX_ARTICLE_REFS


# ----------------------------------------------------------------------------- API fuzz

PARAMS = ["type", "relation", "article", "min_sources", "asserted", "q", "focus", "depth",
          "limit", "node", "edge", "sort", "order", "page", "from", "to", "offset", "s"]
VALUES = st.one_of(
    st.sampled_from(["1", "0", "3", "-1", "+5", "1_0", "٣", "", " ", "hub", "n1", "a0",
                     "visiter", "LOC", "PER", "asc", "desc", "target", "99999999999999",
                     "%", "\x00", "<script>", "é"]),
    st.text(max_size=12),
    st.integers(-10, 10**12).map(str),
)
PATHS = ["/", "/api/graph", "/relations", "/api/relations", "/api/search", "/api/nodes/hub",
         "/api/nodes/n1", "/api/edges/0", "/api/edges/hub/visiter/n0", "/articles/a0",
         "/api/articles/a0", "/articles", "/api/meta"]


@pytest.fixture(scope="module")
def fuzz_client():
    data = big_graph(quotes=60, spokes=30, articles=2)
    return create_app({"TESTING": True, "GRAPH_DATA": data}).test_client()


@settings(max_examples=400, deadline=None, database=None)
@given(path=st.sampled_from(PATHS),
       query=st.lists(st.tuples(st.sampled_from(PARAMS), VALUES), max_size=4))
def test_fuzz_no_query_string_gets_a_500(fuzz_client, path, query):
    response = fuzz_client.get(path, query_string=query)
    assert response.status_code in (200, 400, 404), (path, query, response.status_code)
    if response.status_code == 400 and path.startswith("/api/"):
        assert response.get_json()["reason"]


def test_the_page_embeds_only_what_its_script_reads(big_client):
    import json
    import re

    html = big_client.get("/").get_data(as_text=True)
    embedded = re.search(r'id="graph-meta">(.*?)</script>', html, re.S).group(1)
    # the article list is in the <select> alone; all_types: the choices of « Type »
    assert sorted(json.loads(embedded)) == ["all_types", "types"]


@pytest.fixture(scope="module")
def varied_store():
    from test_webapp import synthetic

    from webapp.store import GraphStore

    return GraphStore(synthetic(400, 700))


@settings(max_examples=60, deadline=None, database=None)
@given(limit=st.integers(1, 450), types=st.lists(st.sampled_from(["PER", "ORG", "LOC"]),
                                                 max_size=2),
       focus=st.one_of(st.none(), st.integers(0, 399)), min_sources=st.integers(1, 3))
def test_a_view_orders_its_nodes_as_documented(varied_store, limit, types, focus, min_sources):
    """Focus first, then edges in the view, then mentions, then name (the reference sort)."""
    store = varied_store
    query = {"limit": [str(limit)], "min_sources": [str(min_sources)], "type": types}
    if focus is not None:
        query["focus"] = [f"n{focus}"]
    params = store.parse_params(query)
    view = store.view(params)
    everything = store.view(replace(params, limit=100_000))
    degree: dict[str, int] = {}
    for s, _, t in everything.edges:
        degree[s] = degree.get(s, 0) + 1
        degree[t] = degree.get(t, 0) + 1
    special = {params.focus} - {None}
    reference = sorted(everything.nodes, key=lambda n: (
        n not in special, -degree.get(n, 0), -int(store.nodes[n]["mentions"] or 0),
        store.nodes[n]["_sort"], n))
    assert view.nodes == reference[: max(limit, len(special))]
    assert view.total_nodes == len(everything.nodes)


def test_urls_sharing_a_view_compute_it_once(monkeypatch):
    app = create_app({"TESTING": True, "GRAPH_DATA": big_graph(spokes=250)})
    store = app.extensions["temoin_store"]
    calls = []
    compute = store._view
    monkeypatch.setattr(store, "_view", lambda params: calls.append(params) or compute(params))
    client = app.test_client()
    for url in ["/?node=n1", "/?node=n2", "/api/graph", "/?edge=hub/visiter/n3"]:
        assert client.get(url).status_code == 200
    assert len(calls) == 1  # the selection is not part of the view
    # the whole graph's relations list is paged by the store's indexes: no view to compute
    pages = [client.get(f"/api/relations?page={n}").get_json() for n in (1, 2)]
    assert len(calls) == 1 and pages[0]["relations"] != pages[1]["relations"]
    # a filtered list computes its view once for all its pages
    pages = [client.get(f"/api/relations?relation=visiter&page={n}").get_json()
             for n in (1, 2)]
    assert len(calls) == 2 and pages[0]["relations"] != pages[1]["relations"]
