"""benchmarks/end_kinds.py: the kinds of an edge's ends and the readers' verdicts per kind."""

import importlib.util
from pathlib import Path

SPEC = importlib.util.spec_from_file_location(
    "end_kinds", Path(__file__).resolve().parent.parent / "benchmarks" / "end_kinds.py")
end_kinds = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(end_kinds)

GRAPH = {
    "nodes": [
        {"id": "a", "label": "Anne Roux", "type": "PER"},
        {"id": "v", "label": "Valbrune", "type": "LOC"},
        {"id": "i", "label": "incident", "type": "CONCEPT"},
        {"id": "m", "label": "montée des tensions", "type": "CONCEPT"},
    ],
    "edges": [
        {"source": "a", "target": "v", "relation": "visiter"},
        {"source": "i", "target": "m", "relation": "provoquer"},
        {"source": "a", "target": "i", "relation": "dénoncer"},
    ],
}

SAMPLE = """ 1. Anne Roux –visiter→ Valbrune  [asserted]  (a#s1)
    « Anne Roux a visité Valbrune. »
 2. incident –provoquer→ montée des tensions  [asserted]  (a#s2)
    « L'incident a provoqué une montée des tensions. »
 3. Anne Roux –dénoncer→ incident  [asserted]  (a#s3)
    « Anne Roux a dénoncé l'incident. »
"""

VERDICTS = """| # | correct | informative | short reason when no |
|---|---|---|---|
| 1 | yes | yes | |
| 2 | yes | no | bare subject |
| 3 | yes | no | bare object |
"""


def test_edge_kinds_tell_names_phrases_and_bare_nouns():
    assert end_kinds.edge_kinds(GRAPH) == [
        ("named", "named"), ("bare", "phrase"), ("named", "bare")]


def test_verdicts_are_counted_by_the_kinds_of_the_sampled_edge():
    shares = end_kinds.informative_shares(GRAPH, SAMPLE, [VERDICTS, VERDICTS])
    assert shares == {("named", "named"): [2, 2], ("bare", "phrase"): [0, 2],
                      ("named", "bare"): [0, 2]}


def test_an_edge_of_an_earlier_graph_is_counted_as_unknown():
    sample = SAMPLE.replace("Valbrune", "Rivemont")
    shares = end_kinds.informative_shares(GRAPH, sample, [VERDICTS])
    assert shares[("named", "unknown")] == [1, 1]
