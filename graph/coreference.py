"""Coreference: third-person pronouns and definite descriptions resolved to the entities
named before them in the same article (« il », « ce dernier », « le pays », « les deux
pays », « l'entreprise », « les deux dirigeants »). Rules on agreement, distance and
grammatical role; no clear antecedent leaves the mention unresolved.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from itertools import accumulate

from graph import geo
from graph.entities import RawMention, plural_of_people
from graph.model import Entity
from graph.patterns import (
    FACILITY_KIND_NOUNS,
    KIND_FAMILIES,
    KIND_NOUNS,
)


def _in_article_order(mentions: list[RawMention]) -> list[list[RawMention]]:
    """The mentions of each article, in text order."""
    by_article: dict[str, list[RawMention]] = defaultdict(list)
    for m in mentions:
        by_article[m.article_id].append(m)
    return [sorted(ms, key=lambda m: m.start) for ms in by_article.values()]


def resolve_pronouns(mentions: list[RawMention], entities: dict[str, Entity],
                     entity_of: dict[int, str],
                     quotations: dict[str, set[int]] | None = None) -> None:
    """Resolve third-person pronouns to a preceding entity of the same article.

    The antecedent agrees in gender and number, is a person, state or organisation,
    stands in the same or the previous sentence, and is preferably a subject; the most
    recent such mention wins. No clear antecedent leaves the pronoun unresolved.
    *quotations*: per article, the sentences that are all quotation
    (`quotation_sentences`): a subject pronoun after them (« X a dit … « A. B », a-t-il
    ajouté ») reaches back over them to the sentence before.
    """
    for ms in _in_article_order(mentions):
        told = _last_told(ms, (quotations or {}).get(ms[0].article_id, set()))
        introduced_as: dict[str, str] = {}  # a body's gender, from the kind noun it was
        for i, p in enumerate(ms):  # introduced with (« l'agence X » … « elle »)
            eid = entity_of.get(id(p))
            if p.kind == "name" and p.kind_noun and p.gender and eid is not None \
                    and entities[eid].type != "PER":
                introduced_as.setdefault(eid, p.gender)
            if p.kind != "pronoun":
                continue
            if p.antecedent is not None and entity_of.get(id(p.antecedent)) is not None:
                entity_of[id(p)] = entity_of[id(p.antecedent)]  # bound by the parse (« X a
                continue  # annoncé qu'il … », `arguments._speaker_of_clause`)
            reach = p.sentence - 1
            if not p.quoted and p.dep in {"nsubj", "nsubj:pass"}:
                # « X revient sur … « A. B », prévient-il »: the sentences of a quotation
                # do not put its speaker out of reach of the subject after it
                reach = min(reach, told.get(p.sentence, reach))
            cands, chained, told_of = [], [], set()
            for q in (ms[j] for j in range(i - 1, -1, -1)):  # (no copy of ms[:i]: linear)
                if q.sentence < reach:
                    break
                eid = entity_of.get(id(q))
                if eid is not None and q.kind == "pronoun" and not chained \
                        and _chained(p, q, entities[eid]):
                    chained.append((q, eid))
                if eid is not None and q.kind == "pronoun" and q.sentence < p.sentence \
                        and entities[eid].type == "PER":
                    told_of.add(eid)  # (someone a pronoun before stood for is in reach too)
                if eid is None or q.kind == "pronoun" or entities[eid].type not in {
                        "PER", "LOC", "ORG"} and not _plural_subject(p, q):
                    continue
                if entities[eid].type == "LOC" and q.kind == "name":
                    continue  # a place (city, region) is not what "il"/"elle" acts as
                if p.key == "pronoun:possessor" and entities[eid].type != "ORG":
                    continue  # « son secrétaire général »: a body's (a state's would be
                    # too often the place the body is in)
                if p.key == "pronoun:kin" and entities[eid].type != "PER":
                    continue  # « son avocat », « sa fille »: a person's
                if q.quoted and not p.quoted:
                    continue  # "« Le Japon … », a-t-il déclaré": the quote is not the speaker
                if p.dep == "obj" and (q.sentence == p.sentence
                                       or entities[eid].type != "PER"):
                    continue  # « X l'a félicitée »: an object clitic is no one of its own
                    # sentence (not its clause's subject), a person named before
                if not _agrees(p, q, entities[eid], introduced_as.get(eid, "")):
                    continue
                cands.append((q, eid))
            cands = cands or chained  # (« « … » déclare-t-il. Il reconnaît … »: the person
            if not cands:  # the pronoun before stood for, when nobody is named in reach)
                continue
            if p.dep == "obj" and len({eid for _, eid in cands} | told_of) > 1:
                continue  # an object clitic stands for the one who agrees with it, or for
                # no one: its clause's word order tells less than a subject's
            def rank(c, cands=cands, latest=p.key == "latest", here=p.sentence):
                q, eid = c
                if latest:  # "ce dernier": the last person named, whatever its role
                    return (entities[eid].type != "PER", cands.index(c))
                # (in the sentence before, a main clause's subject before a subordinate
                # one's: « les voleurs attendaient que les gardiens partent. Ils … »; in the
                # pronoun's own sentence, the nearest)
                return (q.dep not in {"nsubj", "nsubj:pass"},
                        q.embedded and q.sentence < here,
                        entities[eid].type != "PER", cands.index(c))

            q, eid = min(cands, key=rank)
            entity_of[id(p)] = eid


def quotation_sentences(text: str, spans) -> set[int]:
    """The indices of the sentences (*spans*: their (start, end) offsets in *text*, in
    order) that are all quotation: every letter or digit of them inside « » or “ ” (the
    quotation opened in the sentence or before it, in the same line).

    Only the quotation marks and line ends are visited, and between them the one question
    whether a letter or digit stands outside a quotation.

    Examples
    --------
    >>> text = "X a parlé. « Le port ferme. Il faut agir », dit-il. « Oui. »"
    >>> quotation_sentences(text, [(0, 10), (11, 27), (28, 51), (52, 60)])
    {1, 3}
    """
    out: set[int] = set()
    depth, pos = 0, 0
    for k, (start, end) in enumerate(spans):
        for mark in _QUOTE_MARKS.finditer(text, pos, start):  # (between sentences)
            depth = _quote_depth(mark.group(), depth)
        inside, at = True, start
        for mark in _QUOTE_MARKS.finditer(text, start, end):
            if inside and depth == 0 and _LETTER_OR_DIGIT.search(text, at, mark.start()):
                inside = False
            depth, at = _quote_depth(mark.group(), depth), mark.end()
        if inside and not (depth == 0 and _LETTER_OR_DIGIT.search(text, at, end)):
            out.add(k)
        pos = end
    return out


#: What opens or closes a quotation: its marks, and a line end (a mark left open ends with
#: its line).
_QUOTE_MARKS = re.compile("[«“»”\n]")
#: A letter or digit: a character `str.isalnum` accepts (``\w`` is those and « _ »).
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")


def _quote_depth(ch: str, depth: int) -> int:
    if ch in "«“":
        return depth + 1
    if ch in "»”":
        return max(0, depth - 1)
    return 0 if ch == "\n" else depth  # (a mark left open ends with its line)


def _last_told(ms: list[RawMention], quotations: set[int]) -> dict[int, int]:
    """Per sentence of an article (its mentions *ms* in text order), the last sentence
    before it that is not all quotation (*quotations*, see `quotation_sentences`).

    Examples
    --------
    >>> def m(sentence):
    ...     return RawMention("a", sentence, 0, 1, "X", "name:x", "PER", "name")
    >>> _last_told([m(0), m(3)], {1, 2})
    {1: 0, 2: 0, 3: 0}
    """
    out: dict[int, int] = {}
    last = -1  # the last sentence, below the one looked at, that is not all quotation
    for s in range(max((q.sentence for q in ms), default=-1) + 1):
        if last >= 0:
            out[s] = last
        if s not in quotations:
            last = s
    return out


def resolve_descriptions(mentions: list[RawMention], entities: dict[str, Entity],
                         entity_of: dict[int, str]) -> dict[int, list[str]]:
    """Resolve definite descriptions to the entities named just before.

    "le pays" / "les deux pays" stand for the states mentioned earlier in the same
    sentence or in the previous one, and resolve only when those are exactly one / two.
    A bare kind noun ("l'entreprise", "le parti", "la ville") stands for the one
    organisation (or place) of a compatible kind named in the same or the two previous
    sentences; among several, for the one the article introduced with a noun of the same
    family ("la société X … l'entreprise"). Returns, per description mention (by ``id()``),
    its entity ids.
    """
    out: dict[int, list[str]] = {}
    for ms in _in_article_order(mentions):
        since = _since(ms)
        introduced = _introduced(ms, entity_of)
        for i, d in enumerate(ms):
            if d.kind != "description":
                continue
            if d.key == "people:2":
                people = []
                for q in since(d.sentence - 1, i):
                    if q.sentence < d.sentence - 1:
                        continue
                    eid = entity_of.get(id(q))
                    found = out.get(id(q), []) if q.key == "people:2" else [eid] if eid and \
                        q.kind in {"name", "title"} and entities[eid].type == "PER" else []
                    people += [e for e in found if e not in people]  # (or "les deux …" again)
                if len(people) == 2:
                    out[id(d)] = people
                continue
            if d.key.startswith("kind:"):
                eid = _kind_antecedent(d, since(d.sentence - 2, i), introduced, i, entities,
                                       entity_of)
                if eid is not None:
                    out[id(d)] = [eid]
                continue
            want = int(d.key.rsplit(":", 1)[-1])
            # the states of the two previous sentences: exactly as many as the description
            # says ("le pays" 1, "les deux pays" 2), or the reading is not clear
            reach = 2
            states: list[str] = []
            for q in since(d.sentence - reach, i):
                eid = entity_of.get(id(q))
                if q.sentence >= d.sentence - reach and q.kind in {"state", "group"} and eid \
                        and eid not in states:
                    states.append(eid)
            if len(states) == want:
                out[id(d)] = states
    return out


def resolve_unnamed_officers(mentions: list[RawMention], entity_of: dict[int, str],
                            groups: dict[int, list[str]]) -> None:
    """An office holder named by their title alone, of a body the article describes (« le
    trésorier du syndicat a contesté … »), speaks for that body, as one of a named
    body or state does (`graph.entities.resolve`): the title stands for the entity its
    body's description was resolved to (*groups*, `resolve_descriptions`), when one.

    Examples
    --------
    >>> t = RawMention("a", 2, 0, 9, "trésorier", "trésorier|kind:ORG:syndicat", "PER",
    ...                "title")
    >>> d = RawMention("a", 2, 13, 21, "syndicat", "kind:ORG:syndicat", "ORG",
    ...                "description")
    >>> entity_of = {}
    >>> resolve_unnamed_officers([t, d], entity_of, {id(d): ["febanq"]})
    >>> entity_of[id(t)]
    'febanq'
    """
    described = {(d.article_id, d.sentence, d.key): groups[id(d)] for d in mentions
                 if d.kind == "description" and len(groups.get(id(d), ())) == 1}
    for m in mentions:
        if m.kind != "title" or id(m) in entity_of or "|kind:" not in m.key:
            continue
        body = described.get((m.article_id, m.sentence, m.key.rsplit("|", 1)[-1]))
        if body is not None:
            entity_of[id(m)] = body[0]


def _kind_antecedent(d: RawMention, recent, introduced: dict[str, dict[str, tuple[int, str]]],
                     i: int,
                     entities: dict[str, Entity], entity_of: dict[int, str]) -> str | None:
    """The entity description *d* (the *i*-th mention of its article) stands for, or None.
    *recent*: the mentions before it from two sentences back; *introduced*: see
    :func:`_introduced`."""
    _, etype, noun = d.key.split(":", 2)
    named: list[str] = []  # names of the last sentences that "l'entreprise" may stand for
    for q in recent:
        eid = entity_of.get(id(q))
        if eid is None or q.kind != "name" \
                or q.kind_noun and _family(q.kind_noun) != _family(noun) \
                or noun in FACILITY_KIND_NOUNS and _family(q.kind_noun) != _family(noun):
            continue  # "le syndicat X" is not what "la société" refers back to; « l'usine »
            # is the one named as such, no body named without it
        kind = entities[eid].type
        if kind == "LOC" and _family(noun) != "town" \
                and geo.state_by_capital(entities[eid].label) is not None:
            continue  # « la région », « la province »: not a capital city
        # for an organisation, a name the NER left untyped or a one-word "person" may be
        # the one meant: it makes the reading unclear
        fits = kind == etype or etype == "ORG" and (
            kind == "MISC" or kind == "PER" and " " not in entities[eid].label)
        if fits and q.sentence >= d.sentence - 2 and eid not in named:
            named.append(eid)
    # names the article introduced before d with a noun of the family, in their order
    first = introduced.get(_family(noun), {})
    if named:
        chosen = named if len(named) == 1 else [e for e in named
                                                 if first.get(e, (i, ""))[0] < i]
    else:
        chosen = [e for e in first if first[e][0] < i]
    exact = [e for e in chosen if first.get(e, (i, ""))[1] == noun]
    if len(chosen) > 1 and len(exact) == 1:
        chosen = exact  # « l'association X … le Syndicat Y … cette association »
    if len(chosen) == 1 and entities[chosen[0]].type in {etype, "MISC"}:
        return chosen[0]
    return None


def _since(ms: list[RawMention]):
    """For an article's mentions in text order, a function ``since(s, i)``: the mentions
    of ``ms[:i]`` in sentence *s* or later, in order, found without scanning the earlier
    ones (a prefix scan per description would be quadratic in the article's length)."""
    highest = list(accumulate((m.sentence for m in ms), max))

    def since(s: int, i: int):
        return (ms[j] for j in range(bisect_left(highest, s, 0, i), i) if ms[j].sentence >= s)

    return since


def _introduced(ms: list[RawMention],
                entity_of: dict[int, str]) -> dict[str, dict[str, tuple[int, str]]]:
    """Per family of kind nouns, the entities an article introduced with a noun of that
    family (« la société X », or a body's name opening with it: « la Fédération des
    pêcheurs »), each with the index in *ms* of its first such mention and that noun."""
    out: dict[str, dict[str, tuple[int, str]]] = defaultdict(dict)
    for j, q in enumerate(ms):
        eid = entity_of.get(id(q))
        if eid is None or q.kind != "name":
            continue
        if q.kind_noun:
            out[_family(q.kind_noun)].setdefault(eid, (j, q.kind_noun))
        elif q.type == "ORG" and " " in q.text:  # « la Fédération des pêcheurs de X … la
            first = q.text.split()[0].lower()  # fédération »: its name opens with the noun
            first = first.split("'")[-1].split("’")[-1]
            if KIND_NOUNS.get(first) == "ORG":
                out[_family(first)].setdefault(eid, (j, first))
    return out


def _family(noun: str) -> str:
    return KIND_FAMILIES.get(noun, noun)


def _plural_subject(p: RawMention, q: RawMention) -> bool:
    """« Les manifestants ont … Ils réclament … »: a plural subject pronoun may stand for
    the plural common noun that was a subject (the people, groups or things the article
    just spoke of)."""
    if p.number != "p" or p.dep not in {"nsubj", "nsubj:pass"} or q.kind != "concept" \
            or q.number != "p" or q.dep not in {"nsubj", "nsubj:pass"} \
            or p.gender and q.gender and p.gender != q.gender:
        return False
    words = q.text.lower().split()
    head = words[1] if len(words) > 1 and (words[0].isdigit() or words[0] in {
        "deux", "trois", "quatre", "cinq", "six", "plusieurs"}) else words[0]
    return plural_of_people(head)  # (as written: « -és » is not « -es »)


def _chained(p: RawMention, q: RawMention, entity: Entity) -> bool:
    """May subject pronoun *p* stand for the person an earlier subject pronoun *q* was
    resolved to? Only a person, only with the same gender and number, neither quoted."""
    return entity.type == "PER" and q.dep in {"nsubj", "nsubj:pass"} and not q.quoted \
        and not p.quoted and p.dep in {"nsubj", "nsubj:pass", "expl:subj"} and bool(p.gender) \
        and (p.gender, p.number) == (q.gender, q.number)


def _agrees(p: RawMention, q: RawMention, entity: Entity, introduced_as: str = "") -> bool:
    """Can pronoun *p* stand for *q*, a mention of *entity*? A body's mention with no
    gender of its own has the one of the kind noun the article introduced it with
    (*introduced_as*: « l'agence X » … « X a dit … ; elle estime »)."""
    if p.number and q.number and p.number != q.number:
        return False
    if not p.gender:
        return True
    if entity.type == "PER":
        return q.gender in {"", p.gender} and (p.gender == "m" or q.gender == "f")
    return (q.gender or introduced_as) == p.gender
