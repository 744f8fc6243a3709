"""The graph file's writer: JSON one record per line (an article, a node, an edge), read
back as the data written, for any JSON data."""

from __future__ import annotations

import enum
import json
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from graph import export
from graph.export import dumps_records

SCALARS = (st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False)
           | st.text())
KEYS = st.text() | st.integers() | st.booleans() | st.none() | st.floats(allow_nan=False)
DATA = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=5)
                    | st.tuples(inner, inner)
                    | st.dictionaries(KEYS, inner, max_size=5), max_leaves=40)


def as_json(value):
    """*value* as JSON reads it back (tuples as lists, keys as strings)."""
    return json.loads(json.dumps(value, ensure_ascii=False))


@given(DATA)
def test_read_back_it_is_the_data_written(value):
    assert json.loads(dumps_records(value)) == as_json(value)


@given(st.lists(st.dictionaries(st.text(), SCALARS | st.lists(SCALARS), max_size=4),
                min_size=1, max_size=6))
def test_each_record_is_on_a_line_of_its_own(records):
    text = dumps_records({"graph": {"format": 1}, "nodes": records})
    lines = text.split("\n")  # (as grep reads it: U+2028 and the like are in strings)
    assert lines[:5] == ["{", ' "graph": {', '  "format": 1', " },", ' "nodes": [']
    assert lines[-2:] == [" ]", "}"]
    body = lines[5:-2]
    assert len(body) == len(records)
    for line, record in zip(body, records, strict=True):
        assert line.startswith("  {")
        assert json.loads(line.strip().removesuffix(",")) == as_json(record)


class Level(enum.IntEnum):
    HAUT = 3


class Label(str):
    pass


def test_subclasses_and_special_floats_are_written_as_json_writes_them():
    value = {"niveau": Level.HAUT, "nom": Label("Conseil « régional »"), Label("k"): [
        math.inf, -math.inf, 1e300, -0.0], 2.5: "clé décimale", None: True,
        "nan": [{"x": math.nan}]}
    text = dumps_records(value)
    assert "Conseil « régional »" in text  # UTF-8 kept, not \\u escapes
    back = json.loads(text)
    assert math.isnan(back.pop("nan")[0]["x"])
    assert back == {"niveau": 3, "nom": "Conseil « régional »", "k": [
        math.inf, -math.inf, 1e300, -0.0], "2.5": "clé décimale", "null": True}


def test_what_json_refuses_is_refused():
    with pytest.raises(TypeError):
        dumps_records({"ensemble": {1, 2}})
    with pytest.raises(TypeError):
        dumps_records({"nodes": [{"ensemble": {1, 2}}]})
    with pytest.raises(TypeError):
        dumps_records({(1, 2): "clé en tuple"})
    loop: dict = {}
    loop["boucle"] = loop
    with pytest.raises(ValueError):
        dumps_records(loop)
    records: list = [{}]
    records[0]["liste"] = records
    with pytest.raises(ValueError):
        dumps_records({"nodes": records})


@given(DATA)
def test_written_in_pieces_the_text_is_the_same(value):
    pieces: list[str] = []
    export._RECORDS, before = 1, export._RECORDS  # a piece every record or two
    try:
        export.write_records({"nodes": [{"v": value}, {"w": value}, {}]}, pieces.append)
    finally:
        export._RECORDS = before
    assert "".join(pieces) == dumps_records({"nodes": [{"v": value}, {"w": value}, {}]})


def test_a_graph_file_that_cannot_be_made_leaves_the_previous_one(tmp_path):
    path = tmp_path / "graph.json"
    path.write_text('{"previous": true}\n', encoding="utf-8")
    with pytest.raises(TypeError):  # refused halfway through, pieces already written
        export.write_atomically(path, lambda fh: export.write_records(
            {"nodes": [{"n": i} for i in range(40_000)], "bad": {1, 2}},
            lambda text: fh.write(text.encode("utf-8"))))
    assert path.read_text(encoding="utf-8") == '{"previous": true}\n'
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.json"]
