"""The graph file's writer: the same text as ``json.dumps(..., ensure_ascii=False,
indent=1)`` (what `temoin build` wrote before, byte for byte), for any JSON data."""

from __future__ import annotations

import enum
import json
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from graph import export
from graph.export import dumps_indented

SCALARS = (st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True)
           | st.text())
KEYS = st.text() | st.integers() | st.booleans() | st.none() | st.floats(allow_nan=False)
DATA = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=5)
                    | st.tuples(inner, inner)
                    | st.dictionaries(KEYS, inner, max_size=5), max_leaves=40)


@given(DATA)
def test_the_same_text_as_the_standard_library(value):
    assert dumps_indented(value) == json.dumps(value, ensure_ascii=False, indent=1)


class Level(enum.IntEnum):
    HAUT = 3


class Label(str):
    pass


def test_subclasses_and_special_floats_are_written_as_json_writes_them():
    value = {"niveau": Level.HAUT, "nom": Label("Conseil « régional »"), Label("k"): [
        math.inf, -math.inf, math.nan, 1e300, -0.0], 2.5: "clé décimale", None: True}
    assert dumps_indented(value) == json.dumps(value, ensure_ascii=False, indent=1)


def test_what_json_refuses_is_refused():
    with pytest.raises(TypeError):
        dumps_indented({"ensemble": {1, 2}})
    with pytest.raises(TypeError):
        dumps_indented({(1, 2): "clé en tuple"})
    loop: list = []
    loop.append(loop)
    with pytest.raises(ValueError):
        dumps_indented({"boucle": loop})


@given(DATA)
def test_written_in_pieces_the_text_is_the_same(value):
    pieces: list[str] = []
    export._PIECES, before = 3, export._PIECES  # a piece every few values
    try:
        export.write_indented(value, pieces.append)
    finally:
        export._PIECES = before
    assert "".join(pieces) == json.dumps(value, ensure_ascii=False, indent=1)


def test_a_graph_file_that_cannot_be_made_leaves_the_previous_one(tmp_path):
    path = tmp_path / "graph.json"
    path.write_text('{"previous": true}\n', encoding="utf-8")
    with pytest.raises(TypeError):  # refused halfway through, pieces already written
        export.write_atomically(path, lambda fh: export.write_indented(
            {"nodes": list(range(400_000)), "bad": {1, 2}},
            lambda text: fh.write(text.encode("utf-8"))))
    assert path.read_text(encoding="utf-8") == '{"previous": true}\n'
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.json"]
