"""Corrections at the graph level: plain functions of ``graph.corrections`` on the invented
fixture graph (no Flask). Each operation, stale corrections, bad lines, atomic writes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from graph.corrections import (
    Correction,
    add_correction,
    apply_corrections,
    corrected_graph,
    parse_lines,
    read_corrections,
    remove_correction,
    report_lines,
)
from graph.model import TemoinError
from graph.schema import check_graph


def fix(op: str, **fields) -> Correction:
    entry = {"op": op, **fields}
    return Correction(f"t-{op}", op, entry)


def node(data, nid):
    return next((n for n in data["nodes"] if n["id"] == nid), None)


def edges(data):
    return {(e["source"], e["relation"], e["target"]): e for e in data["edges"]}


def texts(data):
    return {a["id"]: a["text"] for a in data["graph"]["articles"]}


def exact(data) -> None:
    """Every quote is still its article's text, and the graph still fits its contract."""
    check_graph(data, "corrected")
    t = texts(data)
    for item in [*data["nodes"], *data["edges"]]:
        for ev in item.get("evidence") or []:
            assert t[ev["article"]][ev["start"]:ev["end"]] == ev["text"]


def apply(data, *corrections):
    out, outcomes = apply_corrections(data, list(corrections))
    exact(out)
    return out, outcomes


# ----------------------------------------------------------------------------- operations
def test_merge_unites_names_quotes_and_relations(graph_data):
    before = json.dumps(graph_data, sort_keys=True)
    out, [outcome] = apply(graph_data, fix("merge", node={"name": "Canada", "type": "LOC"},
                                           into={"name": "cuivre", "type": "CONCEPT"}))
    assert outcome.status == "applied"
    assert json.dumps(graph_data, sort_keys=True) == before  # the graph given is untouched
    assert node(out, "canada") is None
    merged = node(out, "cuivre")
    assert merged["label"] == "cuivre" and merged["type"] == "CONCEPT"
    assert {"Canada", "Ottawa", "canadien"} <= set(merged["aliases"])
    old = node(graph_data, "canada")
    assert merged["mentions"] == old["mentions"] + node(graph_data, "cuivre")["mentions"]
    quotes = {(ev["article"], ev["sentence"]) for ev in merged["evidence"]}
    assert {(ev["article"], ev["sentence"]) for ev in old["evidence"]} <= quotes
    e = edges(out)
    # chili –fournir→ canada and chili –fournir→ cuivre are one edge now, quotes united
    united = e[("chili", "fournir", "cuivre")]
    assert {(ev["article"], ev["sentence"]) for ev in united["evidence"]} == {
        ("a01_sommet", 1), ("a02_omc", 0)}
    sentence = next(ev for ev in united["evidence"] if ev["sentence"] == 1)
    t = texts(out)["a01_sommet"]
    assert {t[a:b] for a, b in sentence["highlights"]} == {"Chili", "fourni", "cuivre", "Canada"}
    assert united["sources"] == 2 and united["articles"] == ["a01_sommet", "a02_omc"]
    assert ("cuivre", "fournir", "turbines") in e and ("cuivre", "livrer", "acier") in e
    assert ("cuivre", "fournir", "chili") in e
    assert not any(s == t for s, _, t in e)


def test_merge_may_keep_the_other_name(graph_data):
    out, _ = apply(graph_data, fix("merge", node={"name": "Canada"}, into={"name": "Équateur"},
                                   label="Canada"))
    merged = node(out, "equateur")
    assert merged["label"] == "Canada" and "Équateur" in merged["aliases"]
    assert "Canada" not in merged["aliases"]


def test_merge_moves_attributions(graph_data):
    out, _ = apply(graph_data, fix("merge", node={"name": "Équateur"}, into={"name": "Canada"}))
    quote = edges(out)[("chili", "fournir", "cuivre")]["evidence"][0]
    assert quote["attributed_to"] == "canada"


def test_split_alias_takes_its_quotes_and_relations(graph_data):
    out, [outcome] = apply(graph_data, fix("split", node={"name": "Canada", "type": "LOC"},
                                           alias="Ottawa"))
    assert outcome.status == "applied"
    canada, ottawa = node(out, "canada"), node(out, "ottawa")
    assert "Ottawa" not in canada["aliases"] and ottawa["label"] == "Ottawa"
    assert ottawa["type"] == "LOC" and ottawa["mentions"] == 1
    assert [(ev["article"], ev["sentence"]) for ev in ottawa["evidence"]] == [("a02_omc", 1)]
    assert ("a02_omc", 1) not in {(ev["article"], ev["sentence"]) for ev in canada["evidence"]}
    assert canada["mentions"] == node(graph_data, "canada")["mentions"] - 1
    e = edges(out)
    assert ("ottawa", "livrer", "acier") in e and ("canada", "livrer", "acier") not in e
    assert ("canada", "porter plainte", "omc") in e  # read from « Canada »: stays


def test_split_alias_joins_the_node_of_that_name(graph_data):
    ottawa = {"id": "ottawa", "label": "Ottawa", "type": "LOC", "aliases": [], "mentions": 0,
              "articles": [], "evidence": []}
    graph_data["nodes"].append(ottawa)
    out, [outcome] = apply(graph_data, fix("split", node={"name": "Canada"}, alias="Ottawa"))
    assert outcome.status == "applied"
    assert [n["id"] for n in out["nodes"] if n["label"] == "Ottawa"] == ["ottawa"]
    assert node(out, "ottawa")["mentions"] == 1
    assert ("ottawa", "livrer", "acier") in edges(out)


def test_split_with_a_type_and_an_unknown_alias(graph_data):
    out, _ = apply(graph_data, fix("split", node={"name": "Canada"}, alias="ottawa", type="ORG"))
    assert node(out, "ottawa")["type"] == "ORG"  # the alias as the node writes it
    _, [outcome] = apply(graph_data, fix("split", node={"name": "Canada"}, alias="Toronto"))
    assert outcome.status == "stale" and "no alias « Toronto »" in outcome.reason


def test_rename_keeps_the_old_name_as_alias(graph_data):
    out, _ = apply(graph_data, fix("rename", node={"name": "République du Chili"},
                                   label="Chili"))
    chili = node(out, "chili")
    assert chili["label"] == "Chili" and "République du Chili" in chili["aliases"]
    # a later correction names it by its new name
    out, outcomes = apply(graph_data,
                          fix("rename", node={"name": "République du Chili"}, label="Chili"),
                          fix("retype", node={"name": "Chili", "type": "LOC"}, type="ORG"))
    assert [o.status for o in outcomes] == ["applied", "applied"]
    assert node(out, "chili")["type"] == "ORG"


def test_retype(graph_data):
    out, _ = apply(graph_data, fix("retype", node={"name": "accord"}, type="CONCEPT"))
    assert node(out, "accord-de-libre-echange")["type"] == "CONCEPT"


def test_hide_node_takes_its_relations_and_attributions(graph_data):
    out, _ = apply(graph_data, fix("hide_node", node={"name": "Équateur", "type": "LOC"}))
    assert node(out, "equateur") is None
    quote = edges(out)[("chili", "fournir", "cuivre")]["evidence"][0]
    assert quote["attributed_to"] is None
    out, _ = apply(graph_data, fix("hide_node", node={"name": "Canada"}))
    assert not [k for k in edges(out) if "canada" in (k[0], k[2])]


def test_hide_edge(graph_data):
    ref = {"source": {"name": "Canada"}, "relation": "fournir", "target": {"name": "turbines"}}
    out, [outcome] = apply(graph_data, fix("hide_edge", edge=ref))
    assert outcome.status == "applied"
    assert ("canada", "fournir", "turbines") not in edges(out)
    assert node(out, "turbines") is not None  # the node stays


def test_hide_quote_recounts_the_edge(graph_data):
    edge = edges(graph_data)[("chili", "fournir", "cuivre")]
    quote = next(ev for ev in edge["evidence"] if ev["article"] == "a02_omc")
    ref = {"source": {"name": "République du Chili"}, "relation": "fournir",
           "target": {"name": "cuivre"}}
    out, [outcome] = apply(graph_data, fix("hide_quote", edge=ref,
                                           quote={"article": "a02_omc", "text": quote["text"]}))
    assert outcome.status == "applied"
    left = edges(out)[("chili", "fournir", "cuivre")]
    assert [ev["article"] for ev in left["evidence"]] == ["a01_sommet"]
    assert left["sources"] == 1 and left["articles"] == ["a01_sommet"]
    # the only quote of an edge hidden: nothing supports the edge any more
    only = edges(graph_data)[("canada", "fournir", "turbines")]["evidence"][0]
    ref = {"source": {"name": "Canada"}, "relation": "fournir", "target": {"name": "turbines"}}
    out, _ = apply(graph_data, fix("hide_quote", edge=ref,
                                   quote={"article": only["article"], "text": only["text"]}))
    assert ("canada", "fournir", "turbines") not in edges(out)


def test_nodes_are_named_by_name_not_id(graph_data):
    # by alias, accent- and case-insensitively; the type narrows
    out, outcomes = apply(graph_data, fix("hide_node", node={"name": "QUITO"}))
    assert outcomes[0].status == "applied" and node(out, "equateur") is None
    _, [outcome] = apply(graph_data, fix("hide_node", node={"name": "Quito", "type": "PER"}))
    assert outcome.status == "stale"


# ----------------------------------------------------------------------------- stale, order
def test_stale_corrections_are_reported_not_dropped(graph_data):
    out, outcomes = apply(graph_data,
                          fix("merge", node={"name": "Atlantide"}, into={"name": "Canada"}),
                          fix("hide_edge", edge={"source": {"name": "Canada"},
                                                 "relation": "vendre",
                                                 "target": {"name": "Santiago"}}),
                          fix("rename", node={"name": "Canada"}, label="Dominion"))
    assert [o.status for o in outcomes] == ["stale", "stale", "applied"]
    assert outcomes[0].reason == "no node « Atlantide »"
    assert "no relation" in outcomes[1].reason
    assert node(out, "canada")["label"] == "Dominion"


def test_a_merge_already_made_by_extraction_still_counts(graph_data):
    out, [outcome] = apply(graph_data, fix("merge", node={"name": "Ottawa"},
                                           into={"name": "Canada"}))
    assert outcome.status == "applied" and "already" in outcome.reason
    assert len(out["nodes"]) == len(graph_data["nodes"])


# ----------------------------------------------------------------------------- the file
def test_bad_lines_are_named_and_the_others_apply(tmp_path: Path, graph_data):
    path = tmp_path / "corrections.jsonl"
    path.write_text(
        "# written by hand\n"
        '{"op": "rename", "node": {"name": "Canada"}, "label": "Dominion"}\n'
        '{"op": "renomer", "node": {"name": "Chili"}}\n'
        "\n"
        '{"op": "retype", "node": {"name": "Chili"}, "type": "LOC"\n'
        '{"op": "retype", "node": {"name": "Chili", "kind": "x"}, "type": "ORG"}\n'
        '{"op": "hide_node", "node": {"name": "turbines"}}\n', encoding="utf-8")
    out, outcomes, file = corrected_graph(graph_data, path)
    assert [(p.line, p.message) for p in file.problems] == [
        (3, f"{path}, line 3: op: expected one of merge, split, rename, retype, hide_node, "
            'hide_edge, hide_quote, got "renomer"'),
        (5, f"{path}, line 5: not JSON: Expecting ',' delimiter (column 58)"),
        (6, f"{path}, line 6: node.kind: unknown field (a node is named by name and type)"),
    ]
    assert [(c.line, o.status) for c, o in zip(file.corrections, outcomes, strict=True)] == [
        (2, "applied"), (7, "applied")]
    assert node(out, "canada")["label"] == "Dominion" and node(out, "turbines") is None
    report = report_lines(outcomes, file)
    assert report[-1] == f"corrections: 2 applied, 0 stale, 3 bad line(s) in {path}"


def test_a_line_not_in_utf8_is_named_and_kept(tmp_path: Path):
    path = tmp_path / "corrections.jsonl"
    latin = b'{"op": "hide_node", "node": {"name": "caf\xe9"}}'
    path.write_bytes(latin + b'\n{"op": "hide_node", "node": {"name": "X"}}\n')
    file = read_corrections(path)
    assert [(p.line, p.message) for p in file.problems] == [
        (1, f"{path}, line 1: not UTF-8 text (byte 41 of the line)")]
    assert [c.line for c in file.corrections] == [2]
    add_correction(path, {"op": "hide_node", "node": {"name": "Y"}})
    assert path.read_bytes().startswith(latin + b"\n")  # the bad line is kept as it was
    assert read_corrections(tmp_path / "none.jsonl").corrections == []
    (tmp_path / "folder.jsonl").mkdir()
    with pytest.raises(TemoinError, match="folder.jsonl: a folder, not a corrections file"):
        read_corrections(tmp_path / "folder.jsonl")


def test_ids_repeat_is_a_bad_line():
    good, bad = parse_lines(['{"id": "a", "op": "hide_node", "node": {"name": "X"}}',
                             '{"id": "a", "op": "hide_node", "node": {"name": "Y"}}'])
    assert [c.entry["node"]["name"] for c in good] == ["X"]
    assert bad[0].line == 2 and "used by an earlier line" in bad[0].message


def test_add_and_remove_keep_every_other_line(tmp_path: Path):
    path = tmp_path / "corrections.jsonl"
    hand = ['# mes corrections', '{"op": "hide_node", "node": {"name": "X"}}', "pas du JSON"]
    path.write_text("\n".join(hand) + "\n", encoding="utf-8")
    added = add_correction(path, {"id": "c1", "op": "rename", "node": {"name": "Y",
                                                                       "type": "PER"},
                                  "label": "Zoé Y"})
    assert added.line == 4
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[:3] == hand
    assert json.loads(lines[3]) == {"id": "c1", "op": "rename",
                                    "node": {"name": "Y", "type": "PER"}, "label": "Zoé Y"}
    assert "Zoé" in lines[3]  # UTF-8 as written, readable by hand
    assert not list(tmp_path.glob(".*.tmp"))  # written through a temporary file, renamed
    removed = remove_correction(path, "c1")
    assert removed is not None and removed.op == "rename"
    assert path.read_text(encoding="utf-8").splitlines() == hand
    assert remove_correction(path, "c1") is None
    # a hand-written line without an id is undone by the id it is listed with
    hidden = read_corrections(path).corrections[0]
    assert remove_correction(path, hidden.id) is not None
    assert path.read_text(encoding="utf-8").splitlines() == [hand[0], hand[2]]


def test_a_write_killed_before_its_rename_leaves_nothing_behind(tmp_path: Path):
    path = tmp_path / "corrections.jsonl"
    killed = tmp_path / ".corrections.jsonl.abc123.tmp"  # a write killed before its rename
    killed.write_text('{"op": "hide_node", "node": {"name": "X"}', encoding="utf-8")
    add_correction(path, {"op": "hide_node", "node": {"name": "Y"}})
    assert not killed.exists()
    assert [c.entry["node"]["name"] for c in read_corrections(path).corrections] == ["Y"]


def test_add_refuses_a_bad_entry(tmp_path: Path):
    path = tmp_path / "corrections.jsonl"
    with pytest.raises(ValueError, match="label: missing"):
        add_correction(path, {"op": "rename", "node": {"name": "X"}})
    assert not path.exists()


def test_a_graph_with_only_ids_can_be_corrected():
    data = {"graph": {"articles": []}, "nodes": [{"id": "a"}, {"id": "b"}, {"id": "c"}],
            "edges": [{"source": "a", "target": "c", "relation": "voir"}]}
    out, outcomes = apply(data, fix("merge", node={"name": "a"}, into={"name": "b"}),
                          fix("rename", node={"name": "c"}, label="Cé"),
                          fix("split", node={"name": "b"}, alias="a"))
    assert [o.status for o in outcomes] == ["applied"] * 3
    # the split-off node gets an id no node had: « a » was merged away, quotes may name it
    assert {n["id"]: n.get("label") for n in out["nodes"]} == {"b": "b", "c": "Cé", "a-2": "a"}
    assert [(e["source"], e["target"]) for e in out["edges"]] == [("b", "c")]


# ----------------------------------------------------------------------------- any sequence
def _fixture() -> dict:
    return json.loads((Path(__file__).parent / "fixtures" / "graph.json").read_text("utf-8"))


_DATA = _fixture()
_NAMES = sorted({n["label"] for n in _DATA["nodes"]}
                | {a for n in _DATA["nodes"] for a in n["aliases"]} | {"Atlantide"})
_TYPES = ["PER", "ORG", "LOC", "MISC", "CONCEPT"]
_QUOTES = [(e["relation"], ev["article"], ev["text"]) for e in _DATA["edges"]
           for ev in e["evidence"]]


def _corrections():
    from hypothesis import strategies as st

    name = st.builds(lambda n, t: {"name": n, **({"type": t} if t else {})},
                     st.sampled_from(_NAMES), st.sampled_from([None, *_TYPES]))
    edge = st.builds(lambda s, r, t: {"source": s, "relation": r, "target": t},
                     name, st.sampled_from(sorted({q[0] for q in _QUOTES})), name)
    quote = st.sampled_from(_QUOTES).map(lambda q: {"article": q[1], "text": q[2]})
    entry = st.one_of(
        st.builds(lambda a, b: {"op": "merge", "node": a, "into": b}, name, name),
        st.builds(lambda a, b, kept: {"op": "merge", "node": a, "into": b, "label": kept},
                  name, name, st.sampled_from(_NAMES)),
        st.builds(lambda a, al: {"op": "split", "node": a, "alias": al}, name,
                  st.sampled_from(_NAMES)),
        st.builds(lambda a, new: {"op": "rename", "node": a, "label": new}, name,
                  st.sampled_from([*_NAMES, "Nouveau nom"])),
        st.builds(lambda a, t: {"op": "retype", "node": a, "type": t}, name,
                  st.sampled_from(_TYPES)),
        st.builds(lambda a: {"op": "hide_node", "node": a}, name),
        st.builds(lambda e: {"op": "hide_edge", "edge": e}, edge),
        st.builds(lambda e, q: {"op": "hide_quote", "edge": e, "quote": q}, edge, quote),
    )
    return st.lists(entry, max_size=8)


def test_any_sequence_of_corrections_gives_a_sound_graph():
    from hypothesis import given, settings

    from webapp.store import GraphStore

    @settings(max_examples=300, deadline=None, database=None)
    @given(entries=_corrections())
    def check(entries):
        corrections = [Correction(f"c{i}", e["op"], e) for i, e in enumerate(entries)]
        out, outcomes = apply_corrections(_DATA, corrections)
        exact(out)  # the contract, quotes byte-exact
        assert len(outcomes) == len(entries)
        assert all(o.status == "applied" or o.reason for o in outcomes)
        assert not [e for e in out["edges"] if e["source"] == e["target"]]
        assert all(e["evidence"] for e in out["edges"] if e["relation"] in
                   {q[0] for q in _QUOTES})
        ids = {n["id"] for n in out["nodes"]}
        assert all(ev.get("attributed_to") in ids | {None}
                   for e in out["edges"] for ev in e["evidence"])
        GraphStore(out)  # the explorer serves it

    check()
    assert json.dumps(_DATA, sort_keys=True) == json.dumps(_fixture(), sort_keys=True)
