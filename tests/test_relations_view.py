"""The relations list (``/relations``, ``/api/relations``), contradictions and parts.

The graph is written here, on an invented topic (a lighthouse company and a harbour town), so
that it does not depend on ``tests/fixtures/``.
"""

from __future__ import annotations

import copy
from html.parser import HTMLParser
from typing import Any
from urllib.parse import parse_qs, quote, urlsplit

import pytest

from webapp.app import create_app
from webapp.store import fold

SCRIPT_LABEL = "<script>alert(1)</script> Collectif"

ARTICLES = {
    "r1_phares": (
        "Les phares d'Ondine",
        [
            "Iléna Varsk dirige la Compagnie des Phares.",
            "La Compagnie des Phares a fourni des lentilles à Port-Bravelle.",
            "Le Conseil des marées de l'Union côtière a financé la Compagnie des Phares.",
        ],
    ),
    "r2_dementi": (
        "Démenti à Port-Bravelle",
        [
            "Selon Tomas Brénec, la Compagnie des Phares n'a jamais fourni de lentilles à "
            "Port-Bravelle.",
            "Iléna Varsk dirige la Compagnie des Phares depuis neuf ans.",
        ],
    ),
    "r3_collectif": (
        "Un collectif inquiète le port",
        [
            "Le collectif pourrait menacer Port-Bravelle.",
            "Tomas Brénec accuse le collectif.",
        ],
    ),
}


def _article(article_id: str) -> dict[str, Any]:
    title, sentences = ARTICLES[article_id]
    text, offsets = "", []
    for s in sentences:
        if text:
            text += " "
        offsets.append([len(text), len(text) + len(s)])
        text += s
    return {"id": article_id, "title": title, "text": text, "sentences": offsets}


def _ev(article_id: str, sentence: int, words: tuple[str, ...] = (), **extra) -> dict[str, Any]:
    art = _article(article_id)
    start, end = art["sentences"][sentence]
    text = art["text"][start:end]
    highlights = [[start + text.index(w), start + text.index(w) + len(w)] for w in words]
    return {
        "article": article_id,
        "sentence": sentence,
        "start": start,
        "end": end,
        "text": text,
        "highlights": highlights,
        **extra,
    }


def _node(node_id, label, type_, evidence, **extra) -> dict[str, Any]:
    return {"id": node_id, "label": label, "type": type_, "evidence": evidence, **extra}


def _edge(source, relation, target, evidence, **extra) -> dict[str, Any]:
    arts = sorted({e["article"] for e in evidence})
    return {
        "source": source,
        "target": target,
        "key": relation,
        "relation": relation,
        "sources": len(arts),
        "articles": arts,
        "evidence": evidence,
        **extra,
    }


GRAPH: dict[str, Any] = {
    "directed": True,
    "multigraph": True,
    "graph": {"articles": [_article(a) for a in ARTICLES]},
    "nodes": [
        _node(
            "compagnie-des-phares",
            "Compagnie des Phares",
            "ORG",
            [_ev("r1_phares", 0, ("Compagnie des Phares",))],
            aliases=["la Compagnie"],
        ),
        _node(
            "union-cotiere",
            "Union côtière",
            "ORG",
            [_ev("r1_phares", 2, ("Union côtière",))],
            parts=["Conseil des marées de l'Union côtière"],
        ),
        _node("ilena-varsk", "Iléna Varsk", "PER", [_ev("r1_phares", 0, ("Iléna Varsk",))]),
        _node("tomas-brenec", "Tomas Brénec", "PER", [_ev("r3_collectif", 1, ("Tomas Brénec",))]),
        _node(
            "port-bravelle",
            "Port-Bravelle",
            "LOC",
            [
                _ev("r1_phares", 1, ("Port-Bravelle",)),
                _ev("r3_collectif", 0, ("Port-Bravelle",)),
            ],
        ),
        _node("collectif", SCRIPT_LABEL, "ORG", [_ev("r3_collectif", 0, ("collectif",))]),
    ],
    "edges": [
        _edge(
            "compagnie-des-phares",
            "fournir",
            "port-bravelle",
            [
                _ev("r1_phares", 1, ("Compagnie des Phares", "fourni"), modality="asserted"),
                _ev(
                    "r2_dementi",
                    0,
                    ("Compagnie des Phares", "fourni"),
                    modality="denied",
                    attributed_to="tomas-brenec",
                ),
            ],
            status="asserted",
            contradicted=True,
        ),
        _edge(
            "ilena-varsk",
            "diriger",
            "compagnie-des-phares",
            [
                _ev("r1_phares", 0, ("Iléna Varsk", "dirige"), modality="asserted"),
                _ev("r2_dementi", 1, ("Iléna Varsk", "dirige"), modality="asserted"),
            ],
            status="asserted",
            contradicted=False,
        ),
        _edge(
            "union-cotiere",
            "financer",
            "compagnie-des-phares",
            [_ev("r1_phares", 2, ("financé",), modality="reported")],
            status="reported",
            contradicted=False,
        ),
        _edge(
            "collectif",
            "menacer",
            "port-bravelle",
            [_ev("r3_collectif", 0, ("menacer",), modality="hypothetical")],
            status="hypothetical",
        ),
        # no status nor contradicted: an older graph; the status comes from the quotes
        _edge(
            "tomas-brenec",
            "accuser",
            "collectif",
            [_ev("r3_collectif", 1, ("accuse",), modality="alleged")],
        ),
    ],
}

CONTRADICTED = ("compagnie-des-phares", "fournir", "port-bravelle")


@pytest.fixture
def client():
    app = create_app({"TESTING": True, "GRAPH_DATA": copy.deepcopy(GRAPH)})
    return app.test_client()


def rows(client, query: str = "") -> list[dict[str, Any]]:
    r = client.get("/api/relations" + (f"?{query}" if query else ""))
    assert r.status_code == 200, r.get_json()
    return r.get_json()["relations"]


def triples(data: list[dict[str, Any]]) -> list[tuple[str, str, str]]:
    return [(r["source"]["id"], r["relation"], r["target"]["id"]) for r in data]


class Page(HTMLParser):
    """Collect the relation rows of ``/relations`` and every link of the page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[dict[str, Any]] = []
        self.links: list[tuple[str, dict[str, str | None]]] = []
        self.headers: list[dict[str, str | None]] = []
        self._row: dict[str, Any] | None = None
        self._cell: list[str] | None = None
        self._text_link: dict[str, str | None] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "tr" and "relation-row" in (a.get("class") or ""):
            self._row = {"class": a["class"], "cells": [], "badges": [], "links": []}
            self.rows.append(self._row)
        elif tag == "td" and self._row is not None:
            self._cell = []
        elif tag == "th":
            self.headers.append(a)
        elif tag == "span" and self._row is not None and "badge" in (a.get("class") or ""):
            self._row["badges"].append(a)
        elif tag == "a":
            self._text_link = a
            a["_text"] = ""
            self.links.append(("a", a))
            if self._row is not None:
                self._row["links"].append(a)

    def handle_endtag(self, tag: str) -> None:
        if tag == "td" and self._row is not None and self._cell is not None:
            self._row["cells"].append("".join(self._cell).strip())
            self._cell = None
        elif tag == "tr":
            self._row = None
        elif tag == "a":
            self._text_link = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)
        if self._text_link is not None:
            self._text_link["_text"] = (self._text_link["_text"] or "") + data


def page(client, query: str = "") -> tuple[str, Page]:
    r = client.get("/relations" + (f"?{query}" if query else ""))
    assert r.status_code == 200
    assert r.mimetype == "text/html"
    html = r.get_data(as_text=True)
    p = Page()
    p.feed(html)
    return html, p


# ----------------------------------------------------------------------------- sorting
def test_default_is_sources_descending_ties_by_name(client):
    body = client.get("/api/relations").get_json()
    assert (body["sort"], body["order"], body["total"]) == ("sources", "desc", 5)
    data = body["relations"]
    assert [r["sources"] for r in data] == [2, 2, 1, 1, 1]
    # equal counts: source, relation, target names, accents and case folded
    assert triples(data)[:2] == [CONTRADICTED, ("ilena-varsk", "diriger", "compagnie-des-phares")]
    assert triples(data)[2:] == [
        ("collectif", "menacer", "port-bravelle"),  # "<script>…" folds before letters
        ("tomas-brenec", "accuser", "collectif"),
        ("union-cotiere", "financer", "compagnie-des-phares"),
    ]


def test_sources_ascending(client):
    data = rows(client, "sort=sources&order=asc")
    assert [r["sources"] for r in data] == [1, 1, 1, 2, 2]
    # the tie order stays by name whichever way the column goes
    assert triples(data)[3:] == [CONTRADICTED, ("ilena-varsk", "diriger", "compagnie-des-phares")]


@pytest.mark.parametrize("column", ["source", "target"])
def test_sort_by_label_both_ways(client, column):
    asc = [fold(r[column]["label"]) for r in rows(client, f"sort={column}")]
    assert asc == sorted(asc)
    desc = [fold(r[column]["label"]) for r in rows(client, f"sort={column}&order=desc")]
    assert desc == sorted(asc, reverse=True)


def test_sort_by_relation_both_ways(client):
    asc = [r["relation"] for r in rows(client, "sort=relation&order=asc")]
    assert asc == ["accuser", "diriger", "financer", "fournir", "menacer"]
    desc = [r["relation"] for r in rows(client, "sort=relation&order=desc")]
    assert desc == asc[::-1]


def test_sort_by_status_strongest_first(client):
    data = rows(client, "sort=status")
    assert [r["status"] for r in data] == [
        "asserted",
        "asserted",
        "reported",
        "alleged",
        "hypothetical",
    ]
    up = rows(client, "sort=status&order=asc")
    assert [r["status"] for r in up][:2] == ["hypothetical", "alleged"]


def test_rows_carry_counts_status_and_links(client):
    data = {(r["source"]["id"], r["relation"], r["target"]["id"]): r for r in rows(client)}
    row = data[CONTRADICTED]
    assert row["source"] == {
        "id": "compagnie-des-phares",
        "label": "Compagnie des Phares",
        "type": "ORG",
    }
    assert (row["sources"], row["quotes"], row["status"], row["contradicted"]) == (
        2,
        2,
        "asserted",
        True,
    )
    assert row["status_fr"] == "affirmé"
    assert row["explorer"] == "/?edge=compagnie-des-phares/fournir/port-bravelle"
    assert row["api"] == "/api/edges/compagnie-des-phares/fournir/port-bravelle"
    assert client.get(row["api"]).status_code == 200
    # absent status and contradicted: the strongest quote status, and False
    old = data[("tomas-brenec", "accuser", "collectif")]
    assert (old["status"], old["contradicted"]) == ("alleged", False)
    assert data[("collectif", "menacer", "port-bravelle")]["dashed"] is True


# ----------------------------------------------------------------------------- filters
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("type=PER", set()),
        (
            "type=PER,ORG",
            {
                ("ilena-varsk", "diriger", "compagnie-des-phares"),
                ("union-cotiere", "financer", "compagnie-des-phares"),
                ("tomas-brenec", "accuser", "collectif"),
            },
        ),
        ("relation=fournir", {CONTRADICTED}),
        (
            "article=r3_collectif",
            {("collectif", "menacer", "port-bravelle"), ("tomas-brenec", "accuser", "collectif")},
        ),
        ("min_sources=2", {CONTRADICTED, ("ilena-varsk", "diriger", "compagnie-des-phares")}),
        (
            "asserted=1",
            {
                CONTRADICTED,
                ("ilena-varsk", "diriger", "compagnie-des-phares"),
                ("union-cotiere", "financer", "compagnie-des-phares"),
            },
        ),
        ("relation=menacer&relation=accuser&min_sources=2", set()),
    ],
)
def test_filters_are_the_graph_filters(client, query, expected):
    assert set(triples(rows(client, query))) == expected
    # the same edges as the explorer's view with those filters
    graph = client.get("/api/graph?" + query).get_json()
    assert {tuple(e["triple"]) for e in graph["edges"]} == expected


def test_filters_are_kept_in_the_answer_and_the_links(client):
    body = client.get("/api/relations?type=ORG&type=LOC&limit=1&sort=target").get_json()
    assert body["query"] == {"type": ["ORG", "LOC"]}
    # limit is the explorer's node cap (one node would show no edge): the list has them all
    assert body["total"] == 3
    url = urlsplit(body["relations"][0]["explorer"])
    assert url.path == "/"
    assert parse_qs(url.query)["type"] == ["ORG", "LOC"]


BAD = [
    ("sort=weight", "sort"),
    ("order=up", "order"),
    ("sort=status&order=sideways", "order"),
    ("type=FOO", "type"),
    ("relation=voler", "relation"),
    ("article=nope", "article"),
    ("min_sources=0", "min_sources"),
    ("min_sources=deux", "min_sources"),
    ("asserted=maybe", "asserted"),
    ("focus=nobody", "focus"),
]


@pytest.mark.parametrize(("query", "word"), BAD)
def test_bad_params_are_json_400_under_api(client, query, word):
    r = client.get("/api/relations?" + query)
    assert r.status_code == 400
    assert r.is_json
    body = r.get_json()
    assert body["ok"] is False and body["status"] == 400 and word in body["reason"]


@pytest.mark.parametrize(("query", "word"), BAD)
def test_bad_params_are_an_html_400_on_the_page(client, query, word):
    r = client.get("/relations?" + query)
    assert r.status_code == 400
    assert r.mimetype == "text/html"
    assert word in r.get_data(as_text=True)


def test_bad_param_is_escaped_in_the_400_page(client):
    r = client.get("/relations?sort=" + quote("<script>alert(2)</script>"))
    assert r.status_code == 400
    html = r.get_data(as_text=True)
    assert "<script>alert(2)" not in html
    assert "&lt;script&gt;alert(2)" in html


# ----------------------------------------------------------------------------- the page
def test_page_lists_every_relation_in_order(client):
    _, p = page(client)
    assert len(p.rows) == 5
    first = p.rows[0]
    assert first["cells"][:4] == ["Compagnie des Phares", "fournir", "Port-Bravelle", "2"]
    assert first["cells"][5] == "2"  # quotes
    opens = [a for a in first["links"] if a.get("class") == "open-edge"]
    assert opens[0]["href"] == "/?edge=compagnie-des-phares/fournir/port-bravelle"
    _, up = page(client, "sort=sources&order=asc")
    assert [r["cells"][3] for r in up.rows] == ["1", "1", "1", "2", "2"]


def test_headers_are_sort_links(client):
    _, p = page(client, "type=ORG&type=LOC")
    sorts = {a["data-sort"]: a["href"] for _, a in p.links if a.get("data-sort")}
    assert set(sorts) == {"sources", "relation", "source", "target", "status", "date"}
    for key, href in sorts.items():
        q = parse_qs(urlsplit(href).query)
        assert urlsplit(href).path == "/relations"
        assert q["sort"] == [key] and q["type"] == ["ORG", "LOC"]
    # the current column flips its order; the others start from their own default
    assert parse_qs(urlsplit(sorts["sources"]).query)["order"] == ["asc"]
    assert parse_qs(urlsplit(sorts["source"]).query)["order"] == ["asc"]
    assert [h.get("aria-sort") for h in p.headers if h.get("aria-sort")] == ["descending"]
    _, flipped = page(client, "sort=source&order=asc")
    again = {a["data-sort"]: a["href"] for _, a in flipped.links if a.get("data-sort")}
    assert parse_qs(urlsplit(again["source"]).query)["order"] == ["desc"]


def test_contradicted_badge_on_the_page(client):
    _, p = page(client)
    flagged = [r for r in p.rows if "contradicted" in r["class"].split()]
    assert [r["cells"][1] for r in flagged] == ["fournir"]
    badges = [b for r in p.rows for b in r["badges"] if "contradicted" in b["class"].split()]
    assert len(badges) == 1
    assert "démenti" in badges[0]["title"] and "affirmé" in badges[0]["title"]
    assert "contredit" in flagged[0]["cells"][4]


def test_labels_with_markup_are_escaped(client):
    html, p = page(client)
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Collectif" in html
    assert SCRIPT_LABEL in [c for r in p.rows for c in r["cells"]]
    # JSON carries it as data
    labels = {r["source"]["label"] for r in rows(client)}
    assert SCRIPT_LABEL in labels
    # and the page has no inline script at all (CSP: script-src 'self')
    assert "<script" not in html.replace("&lt;script", "")


def test_explorer_and_relations_link_to_each_other(client):
    html = client.get("/?type=ORG&type=LOC&limit=3").get_data(as_text=True)
    p = Page()
    p.feed(html)
    link = next(a for _, a in p.links if a.get("id") == "relations-link")
    assert urlsplit(link["href"]).path == "/relations"
    assert parse_qs(urlsplit(link["href"]).query) == {"type": ["ORG", "LOC"]}
    _, rel = page(client, "type=ORG&type=LOC")
    back = next(a for _, a in rel.links if a.get("id") == "explorer-link")
    assert urlsplit(back["href"]).path == "/"
    assert parse_qs(urlsplit(back["href"]).query) == {"type": ["ORG", "LOC"]}
    assert client.get("/api/").get_json()["relations"] == "/api/relations"


# ----------------------------------------------------------------------------- edges and nodes
def test_edge_json_has_status_and_contradicted(client):
    body = client.get("/api/edges/" + "/".join(CONTRADICTED)).get_json()
    assert body["contradicted"] is True
    assert body["status"] == "asserted" and body["status_fr"] == "affirmé"
    assert sorted(body["modalities"]) == ["asserted", "denied"]
    other = client.get("/api/edges/ilena-varsk/diriger/compagnie-des-phares").get_json()
    assert other["contradicted"] is False


def test_node_panel_marks_contradicted_relations(client):
    body = client.get("/api/nodes/compagnie-des-phares").get_json()
    out = {e["relation"]: e for g in body["relations"]["out"] for e in g["edges"]}
    assert out["fournir"]["contradicted"] is True
    into = [e for g in body["relations"]["in"] for e in g["edges"]]
    assert into and not any(e["contradicted"] for e in into)


def test_node_parts(client):
    body = client.get("/api/nodes/union-cotiere").get_json()
    assert body["parts"] == ["Conseil des marées de l'Union côtière"]
    assert client.get("/api/nodes/ilena-varsk").get_json()["parts"] == []


def test_graph_tooltips_mention_contradiction_and_parts(client):
    graph = client.get("/api/graph").get_json()
    titles = {tuple(e["triple"]): e["title"] for e in graph["edges"]}
    assert "contredit" in titles[CONTRADICTED]
    assert "contredit" not in titles[("ilena-varsk", "diriger", "compagnie-des-phares")]
    node = next(n for n in graph["nodes"] if n["id"] == "union-cotiere")
    assert "Inclut : Conseil des marées" in node["title"]


def test_explorer_script_builds_the_badges_without_markup(client):
    with client.get("/static/explorer.js") as r:
        js = r.get_data(as_text=True)
    assert "innerHTML" not in js
    assert "contredit" in js and "Inclut" in js and "relations-link" in js
