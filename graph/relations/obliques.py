"""Recipients and obliques: the « à X » of giving verbs hung on the thing given, the places
and partners of a verb's prepositional phrases, « Pour X, … » as a view holder, and a named
thing with the place named right after it (« la RN 12 à Rennes »).
"""

from __future__ import annotations

from graph.entities import (
    RawMention,
    is_group,
    role_of,
)
from graph.patterns import (
    LOCATED_PREPOSITIONS,
)
from graph.relations.tokens import (
    case_of,
    conjuncts,
)


class ObliqueRules:
    """The obliques rules of `graph.relations.SentenceExtractor` (a mixin: the
    extractor's ``doc``, ``names`` and ``add`` are its own)."""

    def _recipients(self, noun) -> list[tuple[object, RawMention]]:
        """The "à X" entities hung on a thing given or on its amount ("des armes à X",
        "une aide de 50 millions de dollars à X")."""
        out, todo = [], [(n, 0) for n in conjuncts(noun)]
        while todo:
            n, depth = todo.pop()
            for c in n.children:
                if c.dep_ not in {"nmod", "amod", "obl:arg", "obl"}:
                    continue
                if c.dep_ == "amod":  # "des avions US-2 à X" with "à X" hung on the model
                    if depth < 2:
                        todo.append((c, depth + 1))
                    continue
                if case_of(c) == "à":
                    out += [(t, m) for t, m in self.args(c) if m.kind not in {"concept", "pronoun"}]
                elif depth < 2 and case_of(c) == "de":
                    todo.append((c, depth + 1))
        return out

    def _pour_source(self, tok) -> bool:
        """Is *tok* the X of a sentence-opening "Pour X, …" naming whose view it is
        ("Pour l'analyste Lee Min, le traité …", "Pour Washington, …")?"""
        lo, hi = self._sentence_bounds(tok)
        if self.doc[lo].lower_ != "pour" or tok.i <= lo:
            return False
        comma = next((i for i in range(lo, hi) if self.doc[i].text == ","), hi)
        if not tok.i < comma or tok.right_edge.i >= comma:
            return False  # (the opening phrase, parsed in pieces, ends at its comma)
        m = self.arg(tok)
        return m is not None and (m.type in {"PER", "ORG"} or m.kind in {"state", "group"}
                                  or role_of(tok) != "" or is_group(tok))

    def located_rule(self, tok):
        """A named thing and the place named right after it: « la RN 12 à Rennes », « le
        syndicat X de Lyon », « l'usine Y en Bretagne » → thing –situé à→ place."""
        m = self.names.get(tok.i)
        if m is None or m.token != tok.i or m.type == "PER":
            return
        places = list(tok.children)
        j = self._name_end(m)
        if j + 1 < len(self.doc) and self.doc[j].lower_ in {"à", "en", "dans"} \
                and j + 1 in self.names and self.doc[j + 1].dep_.startswith("obl"):
            places.append(self.doc[j + 1])  # « sur la RN 12 à Rennes » hung on the verb
        for c in places:
            prep = case_of(c)
            if c.dep_ not in {"nmod", "obl", "obl:mod"} or prep not in LOCATED_PREPOSITIONS \
                    or prep == "de" and m.type != "ORG":
                continue
            place = self.arg(c, roles=False)
            if place is not None and place.type == "LOC" and place.kind in {"name", "state"} \
                    and place.key != m.key:
                label = "situé " + ("à" if prep == "de" else prep)
                self.add(m, tok, label, place, c, [c], tok)
