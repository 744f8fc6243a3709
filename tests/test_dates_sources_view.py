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
