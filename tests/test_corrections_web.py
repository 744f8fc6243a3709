"""Corrections through the explorer's routes (Flask's test client, the invented fixture graph):
each operation, the same-origin and CSRF checks, undo, the Corrections page and its JSON twin,
stale and bad lines, a read-only server, and relation families drawn as one edge."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from test_webapp import XSS_SCRIPT, parse

from webapp.app import create_app

HERE = "http://localhost"


@pytest.fixture
def fixes(tmp_path: Path) -> Path:
    return tmp_path / "corrections.jsonl"


@pytest.fixture
def app(graph_data, fixes):
    return create_app({"TESTING": True, "GRAPH_DATA": graph_data, "CORRECTIONS_PATH": fixes})


def headers(client) -> dict[str, str]:
    token = client.get("/api/csrf").get_json()["token"]
    assert token
    return {"X-CSRF-Token": token, "Origin": HERE}


def post(client, body, **kw):
    return client.post("/api/corrections", json=body, headers=headers(client), **kw)


def lines(fixes: Path) -> list[dict]:
    return [json.loads(line) for line in fixes.read_text(encoding="utf-8").splitlines()]


# ----------------------------------------------------------------------------- security
def test_a_post_without_token_or_from_elsewhere_is_refused(client, fixes):
    body = {"op": "hide_node", "node": "canada"}
    token = headers(client)["X-CSRF-Token"]
    cases = {
        "no token": {"Origin": HERE},
        "wrong token": {"Origin": HERE, "X-CSRF-Token": "x" * 43},
        "other origin": {"Origin": "http://evil.example", "X-CSRF-Token": token},
        "other referer": {"Referer": "http://evil.example/page", "X-CSRF-Token": token},
        "no origin nor referer": {"X-CSRF-Token": token},
        "null origin": {"Origin": "null", "X-CSRF-Token": token},
    }
    for name, h in cases.items():
        r = client.post("/api/corrections", json=body, headers=h)
        assert r.status_code == 403, name
        assert r.get_json()["ok"] is False
    # a name of another site pointed at this server (DNS rebinding) is its own origin
    rebound = {"Origin": "http://evil.example:5000", "X-CSRF-Token": token}
    r = client.post("/api/corrections", json=body, headers=rebound,
                    base_url="http://evil.example:5000")
    assert r.status_code == 403 and "evil.example:5000" in r.get_json()["reason"]
    # a token made for another session (another browser) does not do either
    stranger = client.application.test_client()
    r = stranger.post("/api/corrections", json=body,
                      headers={"Origin": HERE, "X-CSRF-Token": token})
    assert r.status_code == 403 and "CSRF" in r.get_json()["reason"]
    assert not fixes.exists()
    assert client.get("/api/nodes/canada").status_code == 200
    # the same page, with its token: accepted (a Referer of this site stands for the Origin)
    r = client.post("/api/corrections", json=body,
                    headers={"Referer": HERE + "/?node=canada", "X-CSRF-Token": token})
    assert r.status_code == 201
    assert client.get("/api/nodes/canada").status_code == 404


def test_writes_through_an_address_or_the_served_host_name(graph_data, fixes):
    app = create_app({"TESTING": True, "GRAPH_DATA": graph_data, "CORRECTIONS_PATH": fixes,
                      "WRITE_HOSTS": ["atelier.lan"]})
    for base in ("http://127.0.0.1:5000", "http://[::1]:8000", "http://atelier.lan:5000"):
        client = app.test_client()
        token = client.get("/api/csrf", base_url=base).get_json()["token"]
        r = client.post("/api/corrections", json={"op": "rename", "node": "omc",
                                                  "label": "OMC " + base},
                        headers={"Origin": base, "X-CSRF-Token": token}, base_url=base)
        assert r.status_code == 201, (base, r.get_json())


def test_form_undo_needs_the_token_too(client, fixes):
    cid = post(client, {"op": "hide_node", "node": "canada"}).get_json()["correction"]["id"]
    assert client.post(f"/corrections/{cid}/undo", headers={"Origin": HERE}).status_code == 403
    assert client.post(f"/corrections/{cid}/undo", data={"csrf_token": "nope"},
                       headers={"Origin": HERE}).status_code == 403
    page = client.get("/corrections").get_data(as_text=True)
    token = next(a["value"] for tag, a in parse(page).tags
                 if tag == "input" and a.get("name") == "csrf_token")
    r = client.post(f"/corrections/{cid}/undo", data={"csrf_token": token},
                    headers={"Origin": HERE})
    assert r.status_code == 303 and r.headers["Location"] == "/corrections"
    assert fixes.read_text(encoding="utf-8") == ""
    assert client.get("/api/nodes/canada").status_code == 200


def test_csrf_token_is_never_cached(client):
    r = client.get("/api/csrf")
    assert r.headers["Cache-Control"] == "no-store"
    assert "HttpOnly" in r.headers["Set-Cookie"] and "SameSite=Strict" in r.headers["Set-Cookie"]
    assert "csrf" not in client.get("/").get_data(as_text=True).lower()  # cached page: no token


# ----------------------------------------------------------------------------- operations
def test_merge(client, fixes):
    before = client.get("/api/nodes/cuivre").get_json()  # cached now: must be forgotten
    r = post(client, {"op": "merge", "node": "canada", "into": "cuivre"})
    assert r.status_code == 201
    answer = r.get_json()
    assert answer["status"] == "applied" and answer["select"] == "cuivre"
    assert answer["correction"]["description"] == "Fusionner « Canada » dans « cuivre »"
    assert lines(fixes)[0]["node"] == {"name": "Canada", "type": "LOC"}
    assert lines(fixes)[0]["into"] == {"name": "cuivre", "type": "CONCEPT"}
    after = client.get("/api/nodes/cuivre").get_json()
    assert "Canada" in after["aliases"] and after["quote_count"] > before["quote_count"]
    assert client.get("/api/nodes/canada").status_code == 404
    drawn = {n["id"] for n in client.get("/api/graph").get_json()["nodes"]}
    assert "canada" not in drawn and "cuivre" in drawn


def test_a_correction_moves_nothing_else_in_the_drawing(client):
    def positions():
        return {n["id"]: (n["x"], n["y"]) for n in client.get("/api/graph").get_json()["nodes"]}

    before = positions()
    post(client, {"op": "split", "node": "canada", "alias": "Ottawa"})
    after = positions()
    assert {n: after[n] for n in before} == before
    acier = before["acier"]  # the new node is drawn beside its neighbour
    assert abs(after["ottawa"][0] - acier[0]) <= 50 and abs(after["ottawa"][1] - acier[1]) <= 50
    post(client, {"op": "merge", "node": "canada", "into": "chili"})
    assert {n: p for n, p in positions().items() if n != "ottawa"} == {
        n: p for n, p in before.items() if n != "canada"}


def test_downloads_are_of_the_corrected_graph(client):
    post(client, {"op": "rename", "node": "omc", "label": "Organisation du commerce"})
    data = json.loads(client.get("/export/json").data)
    omc = next(n for n in data["nodes"] if n["id"] == "omc")
    assert omc["label"] == "Organisation du commerce"
    assert "Organisation mondiale du commerce" in omc["aliases"]
    assert b"Organisation du commerce" in client.get("/export/graphml").data


def test_merge_keeping_the_other_name(client):
    r = post(client, {"op": "merge", "node": "canada", "into": "equateur", "label": "Canada"})
    assert r.get_json()["select"] == "equateur"
    node = client.get("/api/nodes/equateur").get_json()
    assert node["label"] == "Canada" and "Équateur" in node["aliases"]


def test_split_alias(client, fixes):
    r = post(client, {"op": "split", "node": "canada", "alias": "Ottawa"})
    assert r.status_code == 201 and r.get_json()["select"] == "ottawa"
    assert lines(fixes)[0]["alias"] == "Ottawa"
    ottawa = client.get("/api/nodes/ottawa").get_json()
    assert ottawa["label"] == "Ottawa" and ottawa["quote_count"] == 1
    assert "Ottawa" not in client.get("/api/nodes/canada").get_json()["aliases"]
    assert client.get("/api/edges/ottawa/livrer/acier").status_code == 200
    bad = post(client, {"op": "split", "node": "canada", "alias": "Toronto"})
    assert bad.status_code == 400 and "not an alias" in bad.get_json()["reason"]


def test_rename_and_retype(client, fixes):
    assert post(client, {"op": "rename", "node": "chili", "label": " Chili "}).status_code == 201
    node = client.get("/api/nodes/chili").get_json()
    assert node["label"] == "Chili" and "République du Chili" in node["aliases"]
    assert client.get("/api/search?q=chili").get_json()["results"][0]["label"] == "Chili"
    # the next correction names the node as the previous one left it
    assert post(client, {"op": "retype", "node": "chili", "type": "ORG"}).status_code == 201
    assert lines(fixes)[1]["node"] == {"name": "Chili", "type": "LOC"}
    assert client.get("/api/nodes/chili").get_json()["type"] == "ORG"
    bad = post(client, {"op": "retype", "node": "chili", "type": "VILLE"})
    assert bad.status_code == 400 and "type must be one of" in bad.get_json()["reason"]


def test_hide_node(client):
    assert post(client, {"op": "hide_node", "node": "omc"}).status_code == 201
    assert client.get("/api/nodes/omc").status_code == 404
    assert client.get("/api/edges/canada/porter%20plainte/omc").status_code == 404


def test_hide_edge(client):
    r = post(client, {"op": "hide_edge", "edge": ["canada", "fournir", "turbines"]})
    assert r.status_code == 201
    assert client.get("/api/edges/canada/fournir/turbines").status_code == 404
    assert client.get("/api/nodes/turbines").status_code == 200
    missing = post(client, {"op": "hide_edge", "edge": ["canada", "vendre", "turbines"]})
    assert missing.status_code == 404


def test_hide_quote(client, fixes):
    edge = client.get("/api/edges/chili/fournir/cuivre").get_json()
    assert edge["quote_count"] == 2
    group = edge["evidence"][1]
    quote = group["quotes"][0]
    r = post(client, {"op": "hide_quote", "edge": ["chili", "fournir", "cuivre"],
                      "article": group["id"], "start": quote["start"]})
    assert r.status_code == 201
    assert lines(fixes)[0]["quote"] == {"article": group["id"], "text": quote["text"]}
    left = client.get("/api/edges/chili/fournir/cuivre").get_json()
    assert left["quote_count"] == 1 and left["sources"] == 1
    assert post(client, {"op": "hide_quote", "edge": ["chili", "fournir", "cuivre"],
                         "article": group["id"], "start": 0}).status_code == 404


def test_bad_requests_are_named(client):
    assert post(client, {"op": "fusion"}).get_json()["reason"].startswith("op must be one of")
    assert post(client, {"op": "merge", "node": "canada", "into": "canada"}).status_code == 400
    assert post(client, {"op": "hide_node", "node": "atlantide"}).status_code == 404
    assert post(client, {"op": "rename", "node": "canada", "label": ""}).status_code == 400
    assert post(client, {"op": "rename", "node": "canada",
                         "label": "x" * 201}).status_code == 400
    r = client.post("/api/corrections", data="pas du JSON", headers=headers(client))
    assert r.status_code == 400 and r.get_json()["reason"] == "expected a JSON object"


def test_undo_restores_the_graph(client, fixes):
    graph_before = client.get("/api/graph").get_json()
    r = post(client, {"op": "merge", "node": "canada", "into": "chili"})
    undo = r.get_json()["undo"]
    assert client.get("/api/graph").get_json() != graph_before
    r = client.post(undo, headers=headers(client))
    assert r.status_code == 200 and r.get_json()["ok"] is True
    assert client.get("/api/graph").get_json() == graph_before
    assert client.post(undo, headers=headers(client)).status_code == 404


# ----------------------------------------------------------------------------- the page
def test_corrections_page_and_its_json(client, fixes):
    post(client, {"op": "rename", "node": "groupe-piege", "label": XSS_SCRIPT})
    post(client, {"op": "hide_edge", "edge": ["canada", "fournir", "turbines"]})
    html = client.get("/corrections").get_data(as_text=True)
    assert XSS_SCRIPT not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    rows = [a for tag, a in parse(html).tags if tag == "tr" and "correction-row" in
            (a.get("class") or "")]
    assert [r["data-op"] for r in rows] == ["rename", "hide_edge"]
    assert html.count('class="btn small undo"') == 2
    data = client.get("/api/corrections").get_json()
    assert data["writable"] is True and data["applied"] == 2 and data["stale"] == 0
    assert [c["line"] for c in data["corrections"]] == [1, 2]
    assert data["corrections"][1]["description"] == (
        "Masquer la relation « Canada » → fournir → « turbines »")
    page = client.get("/").get_data(as_text=True)
    assert 'data-corrections="/api/corrections"' in page and 'id="corrections-link"' in page


def test_a_hand_edited_file_with_a_bad_line(graph_data, fixes):
    fixes.write_text(
        '{"op": "rename", "node": {"name": "Canada"}, "label": "Dominion"}\n'
        '{"op": "hide_node", "node": {"nom": "OMC"}}\n'
        '{"op": "hide_node", "node": {"name": "Atlantide"}}\n', encoding="utf-8")
    client = create_app({"TESTING": True, "GRAPH_DATA": graph_data,
                         "CORRECTIONS_PATH": fixes}).test_client()
    assert client.get("/").status_code == 200  # the graph still serves
    assert client.get("/api/graph").status_code == 200
    assert client.get("/api/nodes/canada").get_json()["label"] == "Dominion"  # others apply
    assert client.get("/api/nodes/omc").status_code == 200
    data = client.get("/api/corrections").get_json()
    assert data["problems"] == [{"line": 2, "message": f"{fixes}, line 2: node.name: missing",
                                 "text": '{"op": "hide_node", "node": {"nom": "OMC"}}'}]
    assert [(c["line"], c["status"], c["reason"]) for c in data["corrections"]] == [
        (1, "applied", ""), (3, "stale", "no node « Atlantide »")]
    html = client.get("/corrections").get_data(as_text=True)
    problems = parse(html, "corrections-problems")
    assert "Ligne 2" in "".join(problems.text) and "node.name" in "".join(problems.text)
    assert "périmée" in html and "no node « Atlantide »" in html
    # a new correction keeps the hand-written lines, the bad one included
    post(client, {"op": "hide_node", "node": "turbines"})
    kept = fixes.read_text(encoding="utf-8").splitlines()
    assert kept[1] == '{"op": "hide_node", "node": {"nom": "OMC"}}' and len(kept) == 4


def test_an_edit_by_hand_is_seen_by_the_running_server(client, fixes):
    assert client.get("/api/nodes/omc").get_json()["label"] == "Organisation mondiale du commerce"
    fixes.write_text('{"op": "rename", "node": {"name": "OMC"}, "label": "Commerce mondial"}\n',
                     encoding="utf-8")
    assert client.get("/api/nodes/omc").get_json()["label"] == "Commerce mondial"
    assert client.get("/api/corrections").get_json()["applied"] == 1
    fixes.unlink()
    assert client.get("/api/nodes/omc").get_json()["label"] == "Organisation mondiale du commerce"


def test_an_unreadable_file_is_reported_and_not_overwritten(graph_data, fixes):
    fixes.mkdir()
    client = create_app({"TESTING": True, "GRAPH_DATA": graph_data,
                         "CORRECTIONS_PATH": fixes}).test_client()
    assert client.get("/api/graph").status_code == 200
    data = client.get("/api/corrections").get_json()
    assert "a folder, not a corrections file" in data["error"]
    assert post(client, {"op": "hide_node", "node": "omc"}).status_code == 409


def test_read_only_server(graph_data, fixes):
    app = create_app({"TESTING": True, "GRAPH_DATA": graph_data, "CORRECTIONS_PATH": fixes,
                      "READ_ONLY": True})
    client = app.test_client()
    assert "data-corrections" not in client.get("/").get_data(as_text=True)
    assert client.get("/api/csrf").get_json() == {"token": None, "writable": False}
    r = client.post("/api/corrections", json={"op": "hide_node", "node": "omc"},
                    headers={"Origin": HERE})
    assert r.status_code == 403 and "read-only" in r.get_json()["reason"]
    assert client.post("/corrections/x/undo", headers={"Origin": HERE}).status_code == 403
    assert not fixes.exists()
    # without a graph file there is no corrections file: nothing is offered either
    bare = create_app({"TESTING": True, "GRAPH_DATA": graph_data}).test_client()
    assert "data-corrections" not in bare.get("/").get_data(as_text=True)


# ----------------------------------------------------------------------------- families
def test_two_relations_of_one_class_are_drawn_as_one_edge(graph_data):
    edge = next(e for e in graph_data["edges"]
                if (e["source"], e["relation"], e["target"]) == ("chili", "fournir", "canada"))
    twin = copy.deepcopy(edge)
    twin["relation"] = twin["key"] = "livrer à"
    twin["evidence"][0]["verb"] = "livrer à"
    graph_data["edges"].append(twin)
    client = create_app({"TESTING": True, "GRAPH_DATA": graph_data}).test_client()
    drawn = client.get("/api/graph").get_json()["edges"]
    between = [e for e in drawn if (e["from"], e["to"]) == ("chili", "canada")]
    assert len(between) == 1
    family = between[0]
    assert family["label"] == "fournir" and family["family"] == "fournir"
    assert family["triples"] == [["chili", "fournir", "canada"], ["chili", "livrer à", "canada"]]
    assert "Famille : fournir, livrer à" in family["title"]
    # the other direction and other pairs are not grouped; the graph keeps both relations
    assert [e["label"] for e in drawn if (e["from"], e["to"]) == ("canada", "chili")] == [
        "fournir"]
    rel = client.get("/api/relations").get_json()
    assert {"fournir", "livrer à"} <= {r["relation"] for r in rel["relations"]
                                      if r["source"]["id"] == "chili"
                                      and r["target"]["id"] == "canada"}
    # the relations filter offers the class with its verbs inside
    groups = client.get("/api/meta").get_json()["relation_groups"]
    fam = next(g for g in groups if g.get("family") == "fournir")
    assert [r["relation"] for r in fam["relations"]] == ["fournir", "livrer", "livrer à"]
    page = client.get("/").get_data(as_text=True)
    assert '<optgroup label="fournir — famille (' in page
    assert '<option value="family:fournir" class="family-all">' in page


def test_families_of_relations():
    from webapp.families import family_groups, relation_family, relation_groups

    assert relation_family("se rendre à") == relation_family("visiter") == "se rendre"
    assert relation_family("livrer à") == relation_family("fournir") == "fournir"
    assert relation_family("arriver") is None and relation_family("dirigeant de") is None
    types = {"a": "PER", "b": "PER", "avions": "CONCEPT"}
    keys = [("a", "recevoir", "b"), ("a", "accueillir", "b"), ("a", "recevoir", "avions"),
            ("a", "accueillir", "avions"), ("b", "se rendre", "a"), ("a", "se rendre", "b"),
            ("a", "arriver", "b")]
    assert family_groups(keys, types.get) == [
        [("a", "recevoir", "b"), ("a", "accueillir", "b")],  # a welcome between people
        [("a", "recevoir", "avions")], [("a", "accueillir", "avions")],  # a thing received
        [("b", "se rendre", "a")], [("a", "se rendre", "b")], [("a", "arriver", "b")]]
    groups = relation_groups({"arriver": 1, "se rendre": 2, "se rendre à": 1, "visiter": 1,
                              "signer": 3})
    assert groups == [
        {"relation": "arriver", "count": 1},
        {"family": "se rendre", "count": 4, "relations": [
            {"relation": "se rendre", "count": 2}, {"relation": "se rendre à", "count": 1},
            {"relation": "visiter", "count": 1}]},
        {"relation": "signer", "count": 3}]
