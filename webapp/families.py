"""Relation families, a view concern: relations whose verbs share a predicate class of
`graph.patterns.PREDICATE_CLASSES` (« se rendre », « se rendre à », « visiter »…) are drawn as
one edge between the same two nodes, labelled by the class. The graph keeps every relation.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from graph.relations import relation_family

__all__ = ["family_groups", "relation_family", "relation_groups"]


def relation_groups(counts: dict[str, int]) -> list[dict[str, Any]]:
    """The relations of the filter: a family of two relations or more as one group with its
    verbs inside, the others alone, in the order of *counts*.

    Examples
    --------
    >>> [g.get("family") or g["relation"] for g in relation_groups(
    ...     {"arriver": 1, "se rendre": 2, "se rendre à": 1, "signer": 3})]
    ['arriver', 'se rendre', 'signer']
    """
    members: dict[str, list[dict[str, Any]]] = {}
    for relation, count in counts.items():
        family = relation_family(relation)
        if family is not None:
            members.setdefault(family, []).append({"relation": relation, "count": count})
    out: list[dict[str, Any]] = []
    placed: set[str] = set()
    for relation, count in counts.items():
        family = relation_family(relation)
        if family is not None and len(members[family]) > 1:
            if family not in placed:
                placed.add(family)
                rels = members[family]
                out.append({"family": family, "relations": rels,
                            "count": sum(r["count"] for r in rels)})
        else:
            out.append({"relation": relation, "count": count})
    return out


def family_groups(keys: Iterable[tuple[str, str, str]], type_of: Callable[[str], str | None]
                  = lambda node: None) -> list[list[tuple[str, str, str]]]:
    """Edges grouped for drawing: those between the same source and target whose relations
    share a family together (in the order of their first edge), every other edge alone;
    *type_of* gives a node's type (the target's decides for the actors-only classes)."""
    groups: dict[tuple, list[tuple[str, str, str]]] = {}
    for key in keys:
        s, relation, t = key
        family = relation_family(relation, type_of(t))
        groups.setdefault((s, t, family) if family else key, []).append(key)
    return list(groups.values())
