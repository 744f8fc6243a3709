"""Dates and sources of articles in the reader and beside the quotes."""

from __future__ import annotations

import copy

from webapp.app import create_app


def _app(fixture_data, **fields):
    data = copy.deepcopy(fixture_data)
    art = data["graph"]["articles"][0]
    art.update(fields)
    return create_app({"TESTING": True, "GRAPH_DATA": data}).test_client(), art["id"]


def test_the_reader_shows_source_and_date(fixture_data):
    client, aid = _app(fixture_data, date="2024-03-05", source="Le <Courrier> du Val")
    page = client.get(f"/articles/{aid}").get_data(as_text=True)
    assert '<p class="article-meta"><span class="article-source">Le &lt;Courrier&gt; du Val' \
        '</span> · <time datetime="2024-03-05">5 mars 2024</time></p>' in page


def test_the_reader_shows_the_author(fixture_data):
    client, aid = _app(fixture_data, author="Léa <i>Fontanel</i>")
    page = client.get(f"/articles/{aid}").get_data(as_text=True)
    assert '<span class="author">Léa &lt;i&gt;Fontanel&lt;/i&gt;</span>' in page


def test_the_reader_without_date_or_source_shows_no_empty_line(fixture_data):
    client, aid = _app(fixture_data)
    page = client.get(f"/articles/{aid}").get_data(as_text=True)
    assert "article-meta" not in page


def test_a_date_without_year_is_written_in_french(fixture_data):
    client, aid = _app(fixture_data, date="--06-12", source="AFP")
    page = client.get(f"/articles/{aid}").get_data(as_text=True)
    assert '<time datetime="--06-12">12 juin</time>' in page


def test_quotes_carry_their_article_source_and_date(fixture_data):
    client, aid = _app(fixture_data, date="2024-03-05", source="AFP")
    edge = next(e for e in fixture_data["edges"]
                if any(ev["article"] == aid for ev in e["evidence"]))
    data = client.get(f"/api/edges/{edge['source']}/{edge['relation']}/{edge['target']}").json
    group = next(g for g in data["evidence"] if g["id"] == aid)
    assert (group["source"], group["date"], group["date_fr"]) == ("AFP", "2024-03-05",
                                                                  "5 mars 2024")
    node = client.get(f"/api/nodes/{edge['source']}").json
    group = next(g for g in node["quotes"] if g["id"] == aid)
    assert group["source"] == "AFP" and group["date_fr"] == "5 mars 2024"
    other = [g for g in data["evidence"] if g["id"] != aid]
    assert all(g["date"] is None and g["source"] is None for g in other)


def test_the_edge_panel_counts_copies_and_the_reader_names_them(fixture_data):
    data = copy.deepcopy(fixture_data)
    arts = data["graph"]["articles"]
    arts[0].update(group=arts[0]["id"], copies=3)
    arts[1].update(group=arts[0]["id"], copies=3, copy_of=arts[0]["id"])
    edge = data["edges"][0]
    edge.update(sources=1, copies=3)
    client = create_app({"TESTING": True, "GRAPH_DATA": data}).test_client()
    got = client.get(f"/api/edges/{edge['source']}/{edge['relation']}/{edge['target']}").json
    assert (got["sources"], got["copies"]) == (1, 3)
    page = client.get(f"/articles/{arts[1]['id']}").get_data(as_text=True)
    assert "Une des 3 copies de la même dépêche (même texte que" in page
    assert f'href="/articles/{arts[0]["id"]}">{arts[0]["id"]}</a>' in page
    # an older graph without copies: as many copies as articles
    other = fixture_data["edges"][1]
    got = client.get(f"/api/edges/{other['source']}/{other['relation']}/{other['target']}").json
    assert got["copies"] == len(other["articles"])


def _dated(fixture_data):
    data = copy.deepcopy(fixture_data)
    dates = {"a01_sommet": "2024-03-05", "a02_omc": "2024-04-20", "a03_piege": "--06-12"}
    for art in data["graph"]["articles"]:
        art["date"] = dates[art["id"]]
    return create_app({"TESTING": True, "GRAPH_DATA": data}).test_client()


def _triples(client, query):
    r = client.get("/api/graph?" + query)
    assert r.status_code == 200, r.get_json()
    return {tuple(e["triple"]) for e in r.get_json()["edges"]}


def test_the_date_range_keeps_the_articles_dated_in_it(fixture_data):
    client = _dated(fixture_data)
    march = _triples(client, "from=2024-03-01&to=2024-03-31")
    assert ("chili", "fournir", "cuivre") in march  # also in the March article
    assert ("canada", "livrer", "acier") not in march  # April only
    assert ("groupe-piege", "menacer", "chili") not in march  # no year: in no range
    april_on = _triples(client, "from=2024-04-01")
    assert ("canada", "livrer", "acier") in april_on
    assert ("marta-salinas", "recevoir", "paul-tremblay") not in april_on
    assert _triples(client, "to=2023-12-31") == set()
    everything = _triples(client, "")
    assert ("groupe-piege", "menacer", "chili") in everything


def test_the_date_range_is_in_the_relations_list_with_a_date_column(fixture_data):
    client = _dated(fixture_data)
    body = client.get("/api/relations?from=2024-04-01&sort=date").get_json()
    assert body["query"]["from"] == "2024-04-01"
    rows = {(r["source"]["id"], r["relation"], r["target"]["id"]): r for r in body["relations"]}
    assert rows[("chili", "fournir", "cuivre")]["dates_fr"] == "5 mars 2024 – 20 avril 2024"
    assert rows[("canada", "livrer", "acier")]["date"] == "2024-04-20"
    everything = client.get("/api/relations").get_json()["relations"]
    (threat,) = [r for r in everything if r["relation"] == "menacer"]
    assert (threat["date"], threat["dates_fr"]) == (None, "12 juin")  # no year: shown only
    page = client.get("/relations?sort=date&order=desc").get_data(as_text=True)
    assert '<time datetime="2024-04-20">20 avril 2024</time>' in page
    assert 'name="from"' in page and 'name="to"' in page
    dates = [r["date"] or "" for r in client.get("/api/relations?sort=date").json["relations"]]
    assert dates == sorted(dates, reverse=True)


def test_bad_dates_are_refused_with_the_reason(fixture_data):
    client = _dated(fixture_data)
    for query, reason in [("from=12/06/2024", "from must be a day written YYYY-MM-DD"),
                          ("to=2024-02-30", "to is not a day of the calendar"),
                          ("from=2024-05-01&to=2024-04-01", "from (2024-05-01) is after to")]:
        r = client.get("/api/graph?" + query)
        assert r.status_code == 400
        assert reason in r.get_json()["reason"]


def test_the_article_list_shows_source_date_and_copies(fixture_data):
    client, aid = _app(fixture_data, date="2024-03-05", source="AFP", copies=2)
    page = client.get("/articles").get_data(as_text=True)
    assert '<span class="article-meta">— AFP · 5 mars 2024</span>' in page
    assert "(2 copies)" in page
    listed = {a["id"]: a for a in client.get("/api/articles").json}
    assert (listed[aid]["source"], listed[aid]["date"], listed[aid]["copies"]) == (
        "AFP", "2024-03-05", 2)
