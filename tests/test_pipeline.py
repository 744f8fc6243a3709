"""The whole pipeline with the real French model: a few invented sentences, then the
graph JSON contract end to end on the bundled ``articles/``.

The end-to-end tests check the contract (schema, stable ids, exact quotes, no node from
page furniture), never particular extraction results: the gold annotation measures
those.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import networkx as nx
import pytest

from graph.export import to_data
from graph.model import ENTITY_TYPES, MODALITIES
from graph.pipeline import build_corpus

pytestmark = pytest.mark.model

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = sorted((ROOT / "articles").glob("*.txt"))

# Invented article: every line shares names with another, as articles do.
DEFENCE = """\
Le Canada renforce son soutien militaire au Chili

Le Canada a livré des canons au Chili la semaine dernière.
Le ministre chilien Pablo Herrera a été reçu par le président canadien Paul Tremblay.
Le secrétaire général de l'OTAN, Lars Fjeld, a salué l'aide du Canada au Chili.
Le Japon et le Canada ont condamné le Pérou.
Selon Lars Fjeld, le Chili pourrait acheter des avions au Canada.
"""


def edges_of(data: dict) -> dict[tuple[str, str, str], dict]:
    return {(e["source"], e["relation"], e["target"]): e for e in data["edges"]}


def node_ids_by_label(data: dict) -> dict[str, str]:
    return {n["label"]: n["id"] for n in data["nodes"]}


# --------------------------------------------------------------------------- invented sentences


@pytest.fixture(scope="module")
def defence(tmp_path_factory) -> dict:
    path = tmp_path_factory.mktemp("defence") / "canada-chili.txt"
    path.write_text(DEFENCE, encoding="utf-8")
    result = build_corpus([path])
    assert result.errors == []
    return to_data(result.graph)


def test_active_voice_with_a_common_noun_object(defence):
    ids = node_ids_by_label(defence)
    edges = edges_of(defence)
    found = [
        e
        for (s, _, t), e in edges.items()
        if s == ids["Canada"] and t in {ids.get("canons"), ids["Chili"]}
    ]
    assert found, sorted(edges)
    # the evidence keeps the verb as written, whatever class label the edge carries
    assert any(ev["verb"].startswith("livrer") for e in found for ev in e["evidence"])
    canons = [n for n in defence["nodes"] if n["label"] == "canons"]
    assert canons and canons[0]["type"] == "CONCEPT"


def test_passive_voice_agent_acts_on_the_subject(defence):
    ids = node_ids_by_label(defence)
    edges = edges_of(defence)
    tremblay, herrera = ids["Paul Tremblay"], ids["Pablo Herrera"]
    forward = [e for (s, _, t), e in edges.items() if (s, t) == (tremblay, herrera)]
    assert forward, sorted(edges)
    assert {ev["verb"] for e in forward for ev in e["evidence"]} == {"recevoir"}
    assert not [k for k in edges if (k[0], k[2]) == (herrera, tremblay)]


def test_role_noun_with_demonym_links_person_and_state(defence):
    ids = node_ids_by_label(defence)
    edges = edges_of(defence)
    assert (ids["Paul Tremblay"], "président de", ids["Canada"]) in edges
    assert (ids["Pablo Herrera"], "ministre de", ids["Chili"]) in edges
    people = {n["id"]: n["type"] for n in defence["nodes"]}
    assert people[ids["Paul Tremblay"]] == people[ids["Pablo Herrera"]] == "PER"


def test_apposition_role_of_an_organisation(defence):
    ids = node_ids_by_label(defence)
    otan = [n for n in defence["nodes"] if "OTAN" in [n["label"], *n["aliases"]]]
    assert len(otan) == 1 and otan[0]["type"] == "ORG"
    assert (ids["Lars Fjeld"], "secrétaire général de", otan[0]["id"]) in edges_of(defence)


def test_coordinated_subjects_give_two_edges(defence):
    ids = node_ids_by_label(defence)
    edges = edges_of(defence)
    for state in ("Japon", "Canada"):
        assert [k for k in edges if (k[0], k[2]) == (ids[state], ids["Pérou"])], state


def test_source_and_possibility(defence):
    ids = node_ids_by_label(defence)
    chile = [e for (s, _, _), e in edges_of(defence).items() if s == ids["Chili"]]
    assert chile
    for e in chile:
        for ev in e["evidence"]:
            assert ev["modality"] == "hypothetical"
            assert ev["attributed_to"] == ids["Lars Fjeld"]


# --------------------------------------------------------------------------- end to end


@pytest.fixture(scope="module")
def built() -> tuple[dict, dict]:
    """The bundled articles built twice, as JSON data (to_data, through json)."""
    assert ARTICLES, "no bundled articles"
    runs = []
    for _ in range(2):
        result = build_corpus(ARTICLES)
        assert result.errors == []
        runs.append(json.loads(json.dumps(to_data(result.graph), ensure_ascii=False)))
    return runs[0], runs[1]


@pytest.fixture(scope="module")
def data(built) -> dict:
    return built[0]


@pytest.fixture(scope="module")
def texts(data) -> dict[str, str]:
    """Each article's text as its file decodes from UTF-8 (no newline translation)."""
    return {
        a["id"]: Path(a["path"]).read_bytes().decode("utf-8") for a in data["graph"]["articles"]
    }


@pytest.fixture(scope="module")
def furniture(data) -> dict[str, list[tuple[int, int]]]:
    return {a["id"]: [(s, e) for s, e, _ in a["boilerplate"]] for a in data["graph"]["articles"]}


def overlaps(start: int, end: int, spans) -> bool:
    return any(s < end and start < e for s, e in spans)


def test_top_level_keys(data):
    assert {"directed", "multigraph", "graph", "nodes", "edges"} <= set(data)
    assert data["directed"] is True and data["multigraph"] is True
    assert data["nodes"] and data["edges"]


def test_articles_record(data, texts):
    articles = data["graph"]["articles"]
    assert sorted(a["id"] for a in articles) == sorted(p.stem for p in ARTICLES)
    for a in articles:
        assert {"id", "title", "path", "text", "sentences", "boilerplate"} <= set(a)
        assert a["text"] == texts[a["id"]]
        assert a["title"] and a["title"] in a["text"] and "\n" not in a["title"]
        previous = 0
        for start, end in a["sentences"]:
            assert previous <= start < end <= len(a["text"])
            previous = end
        for start, end, kind in a["boilerplate"]:
            assert 0 <= start < end <= len(a["text"]) and isinstance(kind, str)


def test_nodes_schema(data):
    articles = {a["id"] for a in data["graph"]["articles"]}
    ids = [n["id"] for n in data["nodes"]]
    assert len(ids) == len(set(ids))
    for n in data["nodes"]:
        assert {"id", "label", "type", "aliases", "mentions", "articles", "evidence"} <= set(n)
        assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", n["id"]), n["id"]
        assert isinstance(n["label"], str) and n["label"].strip() == n["label"] != ""
        assert n["type"] in ENTITY_TYPES
        assert all(isinstance(a, str) and a for a in n["aliases"])
        assert n["label"] not in n["aliases"]
        assert isinstance(n["mentions"], int) and n["mentions"] >= 0
        assert set(n["articles"]) <= articles
        for ev in n["evidence"]:
            assert {"article", "sentence", "start", "end", "text", "highlights"} <= set(ev)
            assert ev["article"] in n["articles"]


def test_edges_schema(data):
    nodes = {n["id"] for n in data["nodes"]}
    keys = set()
    for e in data["edges"]:
        assert {"source", "target", "key", "relation", "sources", "evidence"} <= set(e)
        assert e["source"] in nodes and e["target"] in nodes
        assert e["source"] != e["target"]
        assert e["key"] == e["relation"] and e["relation"].strip() == e["relation"] != ""
        assert (e["source"], e["key"], e["target"]) not in keys  # one edge per triple
        keys.add((e["source"], e["key"], e["target"]))
        assert e["evidence"]
        for ev in e["evidence"]:
            assert {
                "article",
                "sentence",
                "start",
                "end",
                "text",
                "modality",
                "attributed_to",
                "highlights",
            } <= set(ev)
            assert ev["modality"] in MODALITIES
            assert ev["attributed_to"] is None or ev["attributed_to"] in nodes


def test_sources_counts_distinct_evidence_articles(data):
    for e in data["edges"]:
        articles = {ev["article"] for ev in e["evidence"]}
        assert e["sources"] == len(articles)
        if "articles" in e:
            assert sorted(e["articles"]) == sorted(articles)


def test_node_link_round_trip(data):
    g = nx.node_link_graph(data, edges="edges")
    assert isinstance(g, nx.MultiDiGraph)
    assert set(g.nodes) == {n["id"] for n in data["nodes"]}
    assert g.number_of_edges() == len(data["edges"])
    assert {(s, k, t) for s, t, k in g.edges(keys=True)} == {
        (e["source"], e["key"], e["target"]) for e in data["edges"]
    }
    again = json.loads(json.dumps(nx.node_link_data(g, edges="edges"), ensure_ascii=False))
    assert again["graph"]["articles"] == data["graph"]["articles"]


def test_ids_are_stable_across_builds(built):
    first, second = built
    assert [n["id"] for n in first["nodes"]] == [n["id"] for n in second["nodes"]]
    assert {(e["source"], e["key"], e["target"]) for e in first["edges"]} == {
        (e["source"], e["key"], e["target"]) for e in second["edges"]
    }
    # the whole graph is deterministic, not only its ids
    assert first["nodes"] == second["nodes"] and first["edges"] == second["edges"]


def _all_evidence(data):
    for n in data["nodes"]:
        for ev in n["evidence"]:
            yield f"node {n['id']}", ev
    for e in data["edges"]:
        for ev in e["evidence"]:
            yield f"edge {e['source']} {e['key']} {e['target']}", ev


def test_every_quote_is_byte_exact(data, texts):
    sentences = {a["id"]: a["sentences"] for a in data["graph"]["articles"]}
    count = 0
    for where, ev in _all_evidence(data):
        text = texts[ev["article"]]
        assert 0 <= ev["start"] < ev["end"] <= len(text), where
        assert ev["text"] == text[ev["start"] : ev["end"]], where
        assert ev["text"].encode("utf-8") == text[ev["start"] : ev["end"]].encode("utf-8")
        assert sentences[ev["article"]][ev["sentence"]] == [ev["start"], ev["end"]], where
        assert ev["highlights"], where
        for hs, he in ev["highlights"]:
            assert ev["start"] <= hs < he <= ev["end"], where
        count += 1
    assert count > 0


def test_no_node_from_boilerplate(data, furniture):
    for n in data["nodes"]:
        for ev in n["evidence"]:
            spans = furniture[ev["article"]]
            for hs, he in ev["highlights"]:
                assert not overlaps(hs, he, spans), (n["id"], ev["text"][:60])
            assert not any(s <= ev["start"] and ev["end"] <= e for s, e in spans), n["id"]
    for e in data["edges"]:
        for ev in e["evidence"]:
            spans = furniture[ev["article"]]
            assert not any(s <= ev["start"] and ev["end"] <= e_ for s, e_ in spans)
            for hs, he in ev["highlights"]:
                assert not overlaps(hs, he, spans), (e["source"], e["key"], e["target"])


def test_no_node_label_appears_only_in_boilerplate(data, texts, furniture):
    for n in data["nodes"]:
        pattern = re.compile(r"(?<!\w)" + re.escape(n["label"]) + r"(?!\w)")
        hits = [
            (art, m.start(), m.end()) for art, text in texts.items() for m in pattern.finditer(text)
        ]
        if hits:
            assert any(not overlaps(s, e, furniture[art]) for art, s, e in hits), n["id"]
