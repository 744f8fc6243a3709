"""The graph file's writer: the same text as ``json.dumps(..., ensure_ascii=False,
indent=1)`` (what `temoin build` wrote before, byte for byte), for any JSON data."""

from __future__ import annotations

import enum
import json
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

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
