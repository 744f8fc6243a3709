"""Mentions in parsed sentences, and their grouping into one entity per real-world thing.

A mention gets a *key* saying what it stands for, from the strongest knowledge first:

- ``state:XX`` — a state named, its demonym adjective acting as the state
  ("l'offensive turque"), its capital acting as the state ("Ottawa a annoncé…"), or a
  body acting for it ("les responsables américains");
- ``org:ACR`` — an international organisation of the general table, or a body of it;
- ``name:…`` — any other proper name, folded so spelling variants meet
  ("Jean-Luc Martin" / "Jean Luc Martin");
- ``title:…`` — a role held by one person ("le président brésilien"), resolved to the
  person the article introduces with that role;
- ``concept:…`` — a common noun argument, by its head noun phrase.

`resolve` then merges surnames into full names, acronyms into expansions and titles into
people, and gives every group a stable id.
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from graph import geo
from graph.memo import per_doc, per_token
from graph.model import Entity
from graph.patterns import (
    A_COMPLEMENT_NOUNS,
    ACRONYM_PARTICLES,
    AID_NOUNS,
    BODY_MEMBER_NOUNS,
    CAUSE_NAMED_BODIES,
    DATIVE_VERBS,
    DEFINITE_DETERMINERS,
    DEMONSTRATIVE_PRONOUNS,
    DETERMINER_ADJECTIVES,
    DEVERBAL_NOUNS,
    FAMILY_NOUNS,
    FEMININE_KIND_NOUNS,
    GENERIC_NOUNS,
    GIVING_VERBS,
    GROUP_NOUNS,
    HEAD_OF_STATE_ROLES,
    HONORIFIC_GENDERS,
    HONORIFICS,
    INSTITUTION_NOUNS,
    KIND_NOUNS,
    LIGHT_NOUNS,
    MINISTRY_NOUNS,
    NAME_SPLITTING_PREPOSITIONS,
    NOMINALIZATIONS,
    NOT_PEOPLE_PLURALS,
    NOUN_LOCUTIONS,
    OBJECT_CONTROL_VERBS,
    OFFICE_NOUNS,
    OPERATION_NOUNS,
    ORIGIN_PARTICIPLES,
    OWN_COMPLEMENT_NOUNS,
    PEOPLE_PLURALS,
    PEOPLE_SUFFIXES,
    PERSON_NOUNS,
    PORTFOLIO_HEADS,
    POSSESSIVE_DETERMINERS,
    QUANTITY_NOUNS,
    REQUEST_VERBS,
    ROLE_NOUNS,
    SINGULAR_LIGHT_NOUNS,
    STATE_HOLDER_NOUNS,
    STREET_NOUNS,
    TIME_NOUNS,
)
from graph.text import fold, slug

NAME_LABELS = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}
QUOTE_OPENERS = frozenset({"«", "\"", "“", "‘"})
QUOTE_CLOSERS = frozenset({"»", "\"", "”", "’"})
# Dependencies under which a capital city acts as its state (an actor, not a place).
ACTOR_DEPS = frozenset({"nsubj", "nsubj:pass", "obj", "iobj", "obl:agent"})
ACTOR_PREPOSITIONS = frozenset({"avec", "contre", "par", "entre", "pour", "envers", "auprès"})
PLACE_NOUNS = frozenset({"ville", "capitale", "centre-ville", "région", "aéroport", "rue",
                         "place", "quartier", "banlieue", "port", "gare", "province"})


@dataclass(eq=False, slots=True)
class RawMention:
    """A mention before entities are known. Offsets are article offsets."""

    article_id: str
    sentence: int
    start: int
    end: int
    text: str
    key: str
    type: str
    kind: str  # name, state, title, group, concept, pronoun
    token: int = -1  # head token index in its doc
    gender: str = ""
    number: str = ""
    role: str = ""  # for titles: the role class; for names introduced with a role: same
    antecedent: RawMention | None = field(default=None, repr=False)
    dep: str = ""  # dependency label of the head token
    quoted: bool = False  # inside quotation marks
    kind_noun: str = ""  # the kind noun a name follows ("la société X" → "société")
    home_of_kind: bool = False  # … behind « de », not a place's (« le club de X »: X's club)
    alias_of: RawMention | None = field(default=None, repr=False)  # « A (B) »: B's A
    owner: RawMention | None = field(default=None, repr=False)  # « sa décision »: whose
    definite: bool = False  # a common noun behind « le », « ce », « du » …: one known
    embedded: bool = False  # its clause is a subordinate one (`in_subordinate_clause`)


@per_token
def clause_role(tok) -> str:
    """The dependency a mention has in its clause; an apposition takes its head's
    ("Le conseiller, Jean Dupont, a dit": Jean Dupont is the subject)."""
    seen = 0
    while (tok.dep_ in {"appos", "flat:name"} or _named_by_kind_noun(tok)) \
            and tok.head.i != tok.i and seen < 4:
        tok, seen = tok.head, seen + 1
    return tok.dep_


def _named_by_kind_noun(tok) -> bool:
    """Is *tok* a name the parser hung, with no preposition, on the kind noun before it
    (« le groupe Vexor a annoncé »: the name's role is the noun's, the subject)?

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("fr").vocab, words=["le", "groupe", "Vexor", "a", "annoncé"],
    ...           heads=[1, 4, 1, 4, 4], deps=["det", "nsubj", "nmod", "aux:tense", "ROOT"],
    ...           pos=["DET", "NOUN", "PROPN", "AUX", "VERB"],
    ...           lemmas=["le", "groupe", "Vexor", "avoir", "annoncer"])
    >>> _named_by_kind_noun(doc[2]), clause_role(doc[2])
    (True, 'nsubj')
    """
    return tok.dep_ == "nmod" and tok.head.i < tok.i and tok.head.pos_ == "NOUN" \
        and tok.head.lemma_.lower() in KIND_NOUNS \
        and not any(c.dep_ == "case" for c in tok.children)


#: The dependencies of a clause set inside another (« quand X … », « que X … », « X,
#: qui … », « pour que X … »).
SUBORDINATE_DEPS = frozenset({"advcl", "ccomp", "csubj", "acl", "acl:relcl", "xcomp"})


@per_token
def in_subordinate_clause(tok) -> bool:
    """Is *tok*'s clause (its apposition's head's) a subordinate clause? A subject there is
    less salient than the main clause's for the pronouns after it.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["Les", "voleurs", "attendaient", "que", "les", "gardiens", "partent", "."]
    >>> doc = Doc(spacy.blank("fr").vocab, words=words, heads=[1, 2, 2, 6, 5, 6, 2, 2],
    ...           deps=["det", "nsubj", "ROOT", "mark", "det", "nsubj", "ccomp", "punct"])
    >>> in_subordinate_clause(doc[1]), in_subordinate_clause(doc[5])
    (False, True)
    """
    seen = 0
    while tok.dep_ in {"appos", "flat:name", "conj"} and tok.head.i != tok.i and seen < 4:
        tok, seen = tok.head, seen + 1
    verb = tok.head
    while verb.dep_ == "conj" and verb.head.i != verb.i and seen < 8:
        verb, seen = verb.head, seen + 1
    return verb.dep_ in SUBORDINATE_DEPS


def _span_text(doc, start_tok: int, end_tok: int) -> tuple[int, int]:
    return doc[start_tok].idx, doc[end_tok - 1].idx + len(doc[end_tok - 1])


def _span_texts(doc):
    """``text_of(start, end)``: the text of tokens *start* to *end* of *doc*, as
    ``doc[start:end].text``, cut from the doc's text (no span made, no tokens joined)."""
    text = doc.text
    starts, lengths = doc.to_array(["IDX", "LENGTH"]).T.tolist()

    def text_of(start: int, end: int) -> str:
        return text[starts[start]:starts[end - 1] + lengths[end - 1]]

    return text_of


def clean_name_span(doc, start: int, end: int, label: str = "") -> tuple[int, int] | None:
    """Trim an NER span to the proper name it holds; ``None`` if it holds none.

    Leading determiners, prepositions and lower-case words go ("l'ONU" → "ONU",
    "aéroport de Lima" → "Lima"); a name cut inside a hyphenated word is
    extended to the whole word ("Jean-" → "Jean-Luc").
    """
    if end - start > 2 and doc[start].lemma_.lower() in ROLE_NOUNS | OFFICE_NOUNS \
            and doc[start + 1].lower_ in {"de", "du", "des", "d'", "d’"}:
        start += 2  # « Président du Syndicat », « Responsable de l'Union X » read as one
        # name: the body is the name
    while start < end and not _addressed(doc, start) and (
            doc[start].pos_ in {"ADP", "PUNCT"} or doc[start].is_lower
                           or doc[start].pos_ == "DET" and _sentence_initial(doc[start])
                           or doc[start].lower_.rstrip(".") in HONORIFICS and end - start > 1):
        start += 1  # a capitalised article inside a sentence is part of the name ("Le Monde")
    while end > start and (doc[end - 1].pos_ in {"PUNCT", "DET", "ADP", "CCONJ"} and not (
            doc[end - 1].is_title and doc[end - 1].pos_ == "DET" and end - start > 2)
            or doc[end - 1].is_lower and doc[end - 1].lower_ in TIME_NOUNS):
        end -= 1  # (a capitalised last word stays: "Park Ji Un" with "Un" read as "un";
        # a day after the name goes: « arrivé à Rivemont jeudi »)
    if start >= end:
        return None  # (all of it trimmed: no name, whatever the hyphens around)
    # extend across hyphen-joined pieces of one written word ("Boulogne-Billancourt")
    while start > 0 and (doc[start].text.startswith("-") or doc[start - 1].text.endswith("-")) \
            and not doc[start - 1].whitespace_ and doc[start - 1].text[:1].isupper() | (
                doc[start - 1].text == "-") and not _state_pair_at(doc, start, end, before=True):
        start -= 1
    while end < len(doc) and (
        (doc[end].text.startswith("-") or doc[end - 1].text.endswith("-"))
        and not doc[end - 1].whitespace_
    ) and not _state_pair_at(doc, start, end):
        end += 1
    if start >= end:
        return None
    # a span covering two phrases ("d'État Xinhua"): keep the last one
    roots = [i for i in range(start, end) if not start <= doc[i].head.i < end or doc[i].head.i == i]
    whole = doc[start:end].text
    known = geo.state_by_name(whole) or geo.organisation_by_name(whole)
    if len(roots) > 1 and doc[roots[-1]].text[:1].isupper() and not known \
            and doc[roots[-1] - 1].whitespace_ \
            and doc[roots[-1] - 1].pos_ not in {"ADP", "DET"} \
            and any(doc[i].pos_ == "NOUN" for i in range(start, roots[-1])) \
            and not (label == "PER" and all(doc[i].is_title and not _title_word(doc[i])
                                            for i in range(start, roots[-1]))) \
            and not (label in {"ORG", "MISC"} and end - start >= 3
                     and all(doc[i].is_title for i in range(start, end))):
        # a common noun then a name ("État Tass"); never inside a hyphenated word, and a
        # person's capitalised given name tagged as a noun stays ("Karim Salah Vexi"),
        # as does a body's name of capitalised words ("Valbrune Transit Authority")
        start = roots[-1]
    toks = doc[start:end]
    if not any(t.text[:1].isupper() for t in toks) \
            or all(t.lower_.rstrip(".") in HONORIFICS for t in toks):
        return None  # (« Monsieur » alone is no one's name)
    # a determiner inside the span starts a second phrase: keep the named part after it
    for i in range(end - 1, start, -1):
        if doc[i].pos_ == "DET" and doc[i].is_lower and doc[i - 1].pos_ != "ADP" \
                and doc[i - 1].text.lower() not in {
            "de", "d'", "du"
        }:
            return clean_name_span(doc, i + 1, end)
    return start, end


def _addressed(doc, i: int) -> bool:
    """Is token *i* a capitalised word right after a form of address (« Monsieur Ibar
    Lenoir », whatever the tagger made of « Ibar »)?"""
    return i > 0 and doc[i].is_title and doc[i - 1].lower_.rstrip(".") in HONORIFICS


def _addressed_at(doc, s: int) -> bool:
    """Does the name starting at token *s* follow a form of address that only a person's
    name takes (« M. », « Mme », « Monsieur », « Madame »)?"""
    return s > 0 and doc[s - 1].lower_.rstrip(".") in HONORIFIC_GENDERS


def _has_members(doc, s: int) -> bool:
    """Is the name starting at token *s* the « de » complement of a plural noun of a body's
    members (« les membres de X », « les djihadistes de X »: `BODY_MEMBER_NOUNS`)?

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("fr").vocab, words=["les", "membres", "de", "Vexa", "Tardine"],
    ...           lemmas=["le", "membre", "de", "Vexa", "Tardine"],
    ...           morphs=["", "Number=Plur", "", "", ""])
    >>> _has_members(doc, 3), _has_members(doc, 4)
    (True, False)
    """
    return s > 1 and doc[s - 1].lower_ in {"de", "d'", "d’"} \
        and doc[s - 2].lemma_.lower() in BODY_MEMBER_NOUNS \
        and "Plur" in doc[s - 2].morph.get("Number")


def _titled(doc, s: int, taken) -> bool:
    """Does the name starting at token *s* come right after a singular role noun's phrase,
    with no article or preposition between (« le président X », « le ministre iranien des
    Affaires étrangères X », « le chef de l'État X »)? Not a role's « de » complement (« le
    président de la Commission X »), nor behind another name (index in *taken*).

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["le", "ministre", "iranien", "des", "Affaires", "étrangères", "Ali", "Vexa"]
    >>> pos = ["DET", "NOUN", "ADJ", "ADP", "NOUN", "ADJ", "PROPN", "PROPN"]
    >>> lemmas = ["le", "ministre", "iranien", "de", "affaire", "étranger", "Ali", "Vexa"]
    >>> doc = Doc(spacy.blank("fr").vocab, words=words, pos=pos, lemmas=lemmas,
    ...           morphs=["", "Number=Sing", "", "", "", "", "", ""])
    >>> _titled(doc, 6, {}), _titled(doc, 4, {})
    (True, False)
    """
    if s == 0 or doc[s - 1].pos_ in {"DET", "ADP"} or not doc[s - 1].is_alpha \
            or not doc[s].is_title or kind_noun_before(doc, s, any_of=True):
        return False  # (« la présidente de la société cosmétique X »: the company)
    k = s - 1
    while k >= 0 and s - k <= 6 and k not in taken and doc[k].is_alpha \
            and doc[k].pos_ not in {"VERB", "AUX", "PRON", "PROPN"} \
            and doc[k].lemma_.lower() not in KIND_NOUNS:
        if role_of(doc[k]) and "Plur" not in doc[k].morph.get("Number"):
            return True
        k -= 1
    return False


@per_token
def _sentence_initial(tok) -> bool:
    j = tok.i - 1
    while j >= 0 and tok.doc[j].is_punct and tok.doc[j].text not in {".", "!", "?"}:
        j -= 1
    return j < 0 or tok.doc[j].text in {".", "!", "?", ":"}


@per_token
def _gender_number(tok) -> tuple[str, str]:
    g = tok.morph.get("Gender")
    n = tok.morph.get("Number")
    return ({"Masc": "m", "Fem": "f"}.get(g[0], "") if g else "",
            {"Sing": "s", "Plur": "p"}.get(n[0], "") if n else "")


def _determiner_gender(doc, start: int) -> str:
    if start > 0 and doc[start - 1].pos_ == "DET":
        g, _ = _gender_number(doc[start - 1])
        return g
    return ""


def _kind_noun_gender(doc, start: int, noun: str) -> str:
    """The gender of *noun*, the kind noun (`kind_noun_before`) that introduces the name at
    token *start* (« la société Vexor », « l'agence de presse Vexa »: feminine; a « elle »
    may stand for it), or ""."""
    for tok in reversed(doc[max(0, start - 4):start]) if noun else ():
        if tok.lemma_.lower() == noun or tok.lower_ == noun:
            return _gender_number(tok)[0] or (  # (« L'agence » of a headline, untagged)
                "f" if noun in FEMININE_KIND_NOUNS else "m" if noun in KIND_NOUNS else "")
    return ""


def _is_actor(tok) -> bool:
    """Is this capital an actor of its clause (standing for its state) rather than a place?

    A capital introduced by a place preposition ("à Lima", "de Tokyo", "vers
    Pékin") or as the complement of a noun stays the city; otherwise it acts.
    """
    t = tok
    while t.dep_ in {"conj", "flat:name", "fixed"} and t.head.i != t.i:
        t = t.head
    case = [c.lower_.replace("’", "'") for c in t.children if c.dep_ == "case"]
    if case and case[0] in {"à", "au", "aux"} and _given_to(t):
        return True  # "livrer des armes à Moscou", "l'aide à Kiev": a recipient
    if case and case[0] in {"de", "d'", "du"} and t.dep_ == "nmod" and t.head.pos_ == "NOUN" \
            and t.head.lemma_.lower() in STATE_HOLDER_NOUNS:
        return True  # « la position de Washington », « un allié de Moscou »: its state's
    if case:
        return case[0] in ACTOR_PREPOSITIONS
    return t.dep_ != "appos" and not (t.dep_ == "nmod" and t.head.pos_ == "NOUN"
                                      and t.head.lower_ in PLACE_NOUNS)


def _given_to(t) -> bool:
    """Is *t* the "à" complement of a verb or noun of giving?"""
    head = t.head
    if head.pos_ == "VERB":
        return head.lemma_.lower() in GIVING_VERBS and t.dep_ in {
            "obl:arg", "obl:mod", "obl", "iobj"}
    for _ in range(4):  # "une aide de 50 millions de dollars à Kiev": up the noun chain
        while t.dep_ == "conj" and t.head.i != t.i:  # "des obus et des missiles à X"
            t, head = t.head, t.head.head
        if t.dep_ != "nmod" and t.dep_ != "obj" or head.pos_ not in {"NOUN", "VERB"}:
            return False
        noun = head.lemma_.lower()
        if head.pos_ == "VERB":
            return t.dep_ == "obj" and noun in GIVING_VERBS  # "livrer des armes à Moscou"
        if noun in NOMINALIZATIONS and NOMINALIZATIONS[noun][1] == "transfer" \
                or noun in AID_NOUNS:
            return True
        t, head = head, head.head
    return False


#: A capitalised word with an English possessive « 's » (« Sotheby's », « McDonald's »): a
#: company's name (French has no such possessive), whatever the tagger made of it (a
#: pronoun, a foreign word) and although the NER leaves it out.
ENGLISH_POSSESSIVE_NAME = re.compile(r"[A-Z][A-Za-z&.-]*[a-z]['’]s")


def _joined_ents(doc):
    """The NER spans, two touching proper-noun spans merged ("Shehbaz" | "Sharif") and a
    leading title cut off ("Premier ministre pakistanais Shehbaz Sharif")."""
    from spacy.tokens import Span

    spans: list[list] = []
    for ent in doc.ents:
        start, end, label = ent.start, ent.end, ent.label_
        if spans and spans[-1][1] == start and doc[start].pos_ == "PROPN" \
                and doc[start - 1].pos_ == "PROPN":
            prev = spans.pop()
            start, label = prev[0], "PER" if "PER" in {label, prev[2]} else prev[2]
        spans.append([start, end, label])
    spans += [[t.i, t.i + 1, "ORG"] for t in doc if not t.ent_type_
              and ENGLISH_POSSESSIVE_NAME.fullmatch(t.text)]  # (sorted below)
    spans = [piece for sp in spans for piece in _split_at_preposition(doc, *sp)]
    spans = [piece for sp in spans for piece in _split_state_pair(doc, *sp)]
    defined = _acronym_definitions(doc)  # « le Groupe de soutien à … (GSIM) »: whole
    spans = [sp for sp in spans if not any(d[0] < sp[1] and sp[0] < d[1] for d in defined)]
    spans += [[s, e, next((x.label_ for x in doc.ents if s <= x.start < e), "ORG")]
              for s, e in defined]
    quoted = _quoted_names(doc) + _ministries(doc) + _institutions(doc)
    spans = [sp for sp in spans if not any(q[0] < sp[1] and sp[0] < q[1] for q in quoted)]
    spans = sorted(spans + quoted)
    out = []
    for start, end, label in spans:
        if label in {"PER", "MISC"}:  # a family name the NER left out ("Shehbaz" | "Sharif")
            while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title \
                    and not doc[end].ent_type_ and doc[end - 1].whitespace_:
                end += 1
        first = start
        if any(doc[i].pos_ == "PROPN" for i in range(start, end)):
            while first < end - 1 and (geo.is_demonym(doc[first].text)
                                       if doc[first].pos_ == "PROPN" else _title_word(doc[first])):
                first += 1
            if first > start and label == "MISC" \
                    and doc[first].lower_ not in {"de", "du", "des", "d'"}:
                label = "PER"  # the name a title introduces is a person's (not the body
                # of « Directeur de la Banque X »)
        out.append(Span(doc.doc, first, end, label=label))  # (the spaCy doc of a KeptDoc)
    return out


def _acronym_definitions(doc) -> list[tuple[int, int]]:
    """Token spans of the long names an acronym in brackets right after them spells
    (« le Groupe de soutien à l'islam et aux musulmans (GSIM) », « l'Organisation du traité
    de l'Atlantique Nord (OTAN) »): the shortest phrase before the bracket, opening with a
    capitalised word, whose words other than `ACRONYM_PARTICLES` begin with the acronym's
    letters in order (after Schwartz and Hearst's rule for abbreviation definitions).

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("fr")("la marque du Groupe de soutien aux pêcheurs (GSP) à Vexa")
    >>> [doc[s:e].text for s, e in _acronym_definitions(doc)]
    ['Groupe de soutien aux pêcheurs']
    """
    out = []
    for t in doc:
        if t.text != "(" or t.i + 2 >= len(doc) or doc[t.i + 2].text != ")":
            continue
        acronym = doc[t.i + 1].text
        if not (2 <= len(acronym) <= 8 and acronym.isalpha() and acronym.isupper()):
            continue
        last = t.i - 1 if t.i > 0 and doc[t.i - 1].text in QUOTE_CLOSERS else t.i
        for start in range(last - 1, max(last - 13, -1), -1):
            if not doc[start].is_alpha and doc[start].lower_ not in ACRONYM_PARTICLES:
                break  # (no punctuation inside the name)
            words = [w for w in doc[start:last] if w.lower_ not in ACRONYM_PARTICLES]
            if len(words) > len(acronym):
                break
            if doc[start].text[:1].isupper() and doc[start].lower_ not in ACRONYM_PARTICLES \
                    and "".join(w.text[0] for w in words).lower() == acronym.lower():
                out.append((start, last))  # (« l'"Association des X de Y" (AXY) »: the
                break  # name inside its quotation marks)
    return out


def _state_pair_at(doc, start: int, end: int, before: bool = False) -> bool:
    """Is the hyphen at the edge of the span ``doc[start:end]`` (after it, or *before* it)
    one that joins two states or capitals (« Chine-Japon »)?"""
    def state(a: int, b: int) -> bool:
        text = doc[a:b].text
        return bool(geo.state_by_name(text) or geo.state_by_capital(text))

    # (« Guinée-Bissau » is one state, whatever its halves)
    if before:
        return start > 1 and doc[start - 1].text == "-" and state(start, end) \
            and state(start - 2, start - 1) and not geo.state_by_name(doc[start - 2:end].text)
    return end + 1 < len(doc) and doc[end].text == "-" and state(start, end) \
        and state(end + 1, end + 2) and not geo.state_by_name(doc[start:end + 2].text)


def _split_state_pair(doc, start: int, end: int, label: str) -> list[list]:
    """A span of states or their capitals joined by hyphens (« l'axe Oslo-Helsinki »,
    « Norvège-Finlande : … », « les relations Chine-Japon »), cut into one name each.

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("fr")("les relations Chine-Japon")
    >>> [doc[s:e].text for s, e, _ in _split_state_pair(doc, 2, len(doc), "LOC")]
    ['Chine', 'Japon']
    """
    dashes = [i for i in range(start + 1, end - 1) if doc[i].text == "-"
              and not doc[i - 1].whitespace_ and not doc[i].whitespace_]
    if not dashes or geo.state_by_name(doc[start:end].text):
        return [[start, end, label]]  # (« Guinée-Bissau »: one state)
    bounds = [start, *(b for d in dashes for b in (d, d + 1)), end]
    pieces = [(bounds[k], bounds[k + 1]) for k in range(0, len(bounds), 2)]
    if not all(geo.state_by_name(doc[a:b].text) or geo.state_by_capital(doc[a:b].text)
               for a, b in pieces):
        return [[start, end, label]]
    return [[a, b, "LOC"] for a, b in pieces]


#: Common nouns a body's own name may open with (« Parti pour la Liberté »).
_BODY_NAME_NOUNS = KIND_NOUNS.keys() | INSTITUTION_NOUNS


def _split_at_preposition(doc, start: int, end: int, label: str) -> list[list]:
    """An NER span that runs from one name over a preposition into the next (« le Vexa FC
    pour l'AS Valbrune », « le Conseil pour les élus »), cut into the two. A body's name
    that opens with its common noun keeps its « pour » (« Parti pour la Liberté »), as does
    one a kind noun introduces (« l'association Justice pour tous ») or one with « de »
    inside (« Groupement de lutte contre … »).

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["Vexa", "FC", "pour", "l'", "AS", "Valbrune"]
    >>> doc = Doc(spacy.blank("fr").vocab, words=words,
    ...           pos=["PROPN", "PROPN", "ADP", "DET", "PROPN", "PROPN"])
    >>> _split_at_preposition(doc, 0, 6, "ORG")
    [[0, 2, 'ORG'], [3, 6, 'ORG']]
    """
    for i in range(start + 1, end - 1):
        if doc[i].lower_ in NAME_SPLITTING_PREPOSITIONS and doc[i].is_lower \
                and doc[i - 1].pos_ == "PROPN" and not doc[i - 1].is_lower \
                and doc[start].lower_ not in _BODY_NAME_NOUNS \
                and not kind_noun_before(doc, start, any_of=True) \
                and not any(doc[j].lower_ in {"de", "du", "des", "d'", "d’"}
                            for j in range(start, i)):
            return [[start, i, label], *_split_at_preposition(doc, i + 1, end, label)]
    return [[start, end, label]]


@per_doc
def _ministries(doc) -> list[list]:
    """[start, end, "ORG"] of ministries named by their portfolio: « le ministère de
    l'Intérieur », « le ministère chilien des Affaires étrangères », « le Ministère de
    l'Agriculture et de la Pêche » — a body, whatever the NER made of its capitalised words."""
    out = []
    for tok in doc:
        if tok.lemma_.lower() not in MINISTRY_NOUNS and tok.lower_ not in MINISTRY_NOUNS:
            continue
        j = tok.i + 1
        while j < len(doc) and doc[j].pos_ == "ADJ" and j - tok.i <= 2:
            j += 1  # « le ministère chilien des … »
        end = None
        while j < len(doc) and doc[j].lower_ in {"de", "des", "du", "d'", "d’"}:
            k = j + 1 + (j + 1 < len(doc) and doc[j + 1].pos_ == "DET")
            if k >= len(doc) or not doc[k].text[:1].isupper() or not doc[k].is_alpha:
                break
            end = k + 1
            while end < len(doc) and doc[end].pos_ == "ADJ" and doc[end].is_lower:
                end += 1  # « des Affaires étrangères »
            if end + 1 < len(doc) and doc[end].lower_ == "et" \
                    and doc[end + 1].lower_ in {"de", "des", "du", "d'", "d’"}:
                j = end + 1  # « de l'Économie et des Finances »
            else:
                break
        if end is not None:
            out.append([tok.i, end, "ORG"])
    return out


@per_doc
def _institutions(doc) -> list[list]:
    """[start, end, "ORG"] of institutions named by a capitalised head and a common-noun
    complement (« la Cour des comptes », « la Chambre des métiers »; see
    ``INSTITUTION_NOUNS``), which the NER cuts after the capitalised word or misses. Not
    at the start of a sentence, where every word is capitalised."""
    out = []
    for tok in doc:
        if tok.lower_ not in INSTITUTION_NOUNS or not tok.text[:1].isupper() \
                or _sentence_initial(tok) or tok.i + 2 >= len(doc):
            continue
        j = tok.i + 1
        if doc[j].lower_ not in {"de", "des", "du", "d'", "d’"}:
            continue
        k = j + 1 + (doc[j + 1].pos_ == "DET")
        if k >= len(doc) or doc[k].pos_ != "NOUN" or not doc[k].is_lower \
                or doc[k].lemma_.lower() in LIGHT_NOUNS:
            continue
        end = k + 1
        while end < len(doc) and doc[end].pos_ == "ADJ" and doc[end].is_lower \
                and doc[end].head.i == k:
            end += 1  # « l'Office des douanes turques »
        if any(ent.start < end and tok.i < ent.end and (ent.start < tok.i or ent.end > end)
               for ent in doc.ents):
            continue  # a longer name the NER found (« le Bureau d'études et de contrôle »)
        out.append([tok.i, end, "ORG"])
    return out


@per_doc
def _quoted_names(doc) -> list[list]:
    """[start, end, label] of names set in quotes after a kind noun: « l'association
    « Mains tendues » », « l'ONG "Pont commun" » — the whole quoted title is the name,
    whatever the NER cut out of it."""
    out = []
    for tok in doc:
        kind = KIND_NOUNS.get(tok.lower_) or KIND_NOUNS.get(tok.lemma_.lower())
        if not kind or tok.i + 2 >= len(doc) or doc[tok.i + 1].text not in QUOTE_OPENERS:
            continue
        start = tok.i + 2
        close = next((i for i in range(start, min(start + 12, len(doc)))
                      if doc[i].text in QUOTE_CLOSERS), None)
        if close is not None and close > start and (doc[start].text[:1].isupper()
                                                     or close - start >= 2
                                                     or " " in doc[start].text):
            out.append([start, close, kind])
    return out


@per_token
def _title_word(tok) -> bool:
    """A word of a title before a name ("le nouveau président brésilien"); a capitalised
    "adjective" inside a name is the tagger's slip ("Petra" in "Petra Vogel")."""
    low = tok.lower_
    return low in ROLE_NOUNS or tok.lemma_.lower() in ROLE_NOUNS or geo.is_demonym(tok.text) \
        or low in {"premier", "première", "vice"} or tok.pos_ == "ADJ" and tok.is_lower


def name_mentions(doc, offset: int, article_id: str, sent_of) -> dict[int, RawMention]:
    """Proper-name mentions of a parsed body line, by token index (every token covered).

    ``sent_of(token_index)`` gives the article-wide sentence index of a token.
    """
    out: dict[int, RawMention] = {}
    quoted = {(q[0], q[1]) for q in _quoted_names(doc)}
    ministries = {(q[0], q[1]) for q in _ministries(doc) + _institutions(doc)}
    text_of = _span_texts(doc)
    for ent in _joined_ents(doc):
        start, end = ent.start, ent.end
        if start > 0 and end + 1 < len(doc) and doc[start - 1].text in QUOTE_OPENERS \
                and doc[end].text in QUOTE_CLOSERS and doc[end + 1].is_title \
                and doc[end + 1].ent_type_ and end - start == 1:
            continue  # « Bulldozer » Roux: a nickname set before a name, no one of its own
        if (start, end) in quoted | ministries:  # « l'association « Gardons nos haies » »,
            # « le ministère de la Pêche », « la Cour des comptes »: the whole title
            kind = "" if (start, end) not in ministries else "ministère" \
                if doc[start].lower_ in MINISTRY_NOUNS else doc[start].lower_
            _quoted_mention(doc, ent, offset, article_id, sent_of, out, kind)
            continue  # as written
        # the NER may cut a state's name ("Afrique" | "du Sud"): widen the span when the
        # wider text is a state or organisation of the general tables
        for a in (0, 1, 2):
            for b in (0, 2, 3):
                if (a, b) == (0, 0) or ent.start - a < 0 or ent.end + b > len(doc):
                    continue
                wider = text_of(ent.start - a, ent.end + b)
                if geo.state_by_name(wider) or geo.organisation_by_name(wider):
                    if (ent.end + b) - (ent.start - a) > end - start:
                        start, end = ent.start - a, ent.end + b
        if ent.label_ == "PER":  # "Carlos Andrés [Mendoza Ruiz]": given names the NER left out
            while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title \
                    and doc[start - 1].ent_type_ in {"", "PER"} and start - 1 not in out \
                    and not _title_word(doc[start - 1]):
                start -= 1
        k = start  # « Monsieur Ibar Lenoir » with « Ibar » read as a preposition: after
        while k > 0 and start - k < 2 and doc[k - 1].is_title and doc[k - 1].is_alpha \
                and doc[k - 1].lower_ not in HONORIFICS and not _title_word(doc[k - 1]):
            k -= 1  # a form of address, every capitalised word is the name's
        if k < start and k > 0 and doc[k - 1].lower_.rstrip(".") in HONORIFICS \
                and not any(i in out for i in range(k, start)):
            start = k
        if start > 0 and doc[start - 1].pos_ == "DET" and doc[start - 1].is_title \
                and not _sentence_initial(doc[start - 1]):
            start -= 1  # "le quotidien Le Matin": the capitalised article is the name's
        ner_label = ent.label_
        if end < len(doc) and doc[end].text.isdigit() and len(doc[end].text) <= 3 \
                and doc[end].dep_ in {"nummod", "nmod", "flat:name", "appos"} \
                and not (end + 1 < len(doc) and (doc[end + 1].pos_ in {"NOUN", "NUM"}
                                                 or doc[end + 1].like_num)):
            end += 1  # « France 24 », « Canal 9 »: a name with its number is a body's
            ner_label = "ORG" if ner_label == "LOC" else ner_label
        if start in out:
            continue  # already inside a name widened above
        span = clean_name_span(doc, ent.start, end, ner_label)
        if span is None:
            continue
        s, e = span
        family = ner_label == "PER" and s > 0 and doc[s - 1].lower_ in FAMILY_NOUNS
        if family:
            s -= 1  # « la famille Ribot »: the family, not one of its members
        elif ner_label == "PER" and e - s == 1 and s > 0 and doc[s - 1].lower_ == "les":
            family = True  # « les Ribot étaient ruinés »: the family
        elif ner_label != "PER" and s > 0 and doc[s - 1].lower_ in OPERATION_NOUNS \
                and doc[s - 1].pos_ == "NOUN" and e - s == 1:
            s -= 1  # « l'opération Vexor »: the operation's name has its noun
            ner_label = "MISC"
        elif s > 0 and doc[s - 1].lower_ in STREET_NOUNS and doc[s - 1].pos_ == "NOUN" \
                and (ner_label != "PER" or s > 1 and doc[s - 2].lower_.replace("’", "'")
                     in {"la", "le", "l'", "du", "au"}):
            s -= 1  # « la place Rivemont »: the square's name has its noun; so has a
            # square named after someone (« la place Jean Aubry »: a place, not him)
            ner_label = "LOC"
            for i in range(s + 2, e - 1):  # (« la place X de La Havane »: the town is not
                if doc[i].lower_ in {"de", "du", "d'", "d’"} and any(  # the square's name)
                        geo.state_by_capital(f"{art}{text_of(i + 1, e)}")
                        or geo.state_by_name(text_of(i + 1, e)) for art in ("", "Le ")):
                    e = i
                    break
        cs, ce = _span_text(doc, s, e)
        text = doc[s:e].text  # doc.text[cs:ce], without joining the whole doc
        head = max(range(s, e), key=lambda i: doc[i].pos_ == "PROPN")
        head = min((i for i in range(s, e) if doc[i].head.i < s or doc[i].head.i >= e or
                    doc[i].head.i == i), default=head)
        if s > 0 and doc[s - 1].lower_.rstrip(".") in HONORIFICS and doc[head].head.i == s - 1:
            head = s - 1  # « M. Luc X » parsed with « M. » as the head: the clause's word
        label = NAME_LABELS.get(ner_label, "MISC")
        m = _classify_name(doc, s, e, text, label, doc[head])
        if m is None:
            continue
        key, etype, kind = m
        if kind == "name" and etype != "PER" and key.startswith("name:") and (
                _addressed_at(doc, s) or _titled(doc, s, out)):
            etype = "PER"  # « M. X », « le ministre iranien des Affaires étrangères X »: a
            # person, whatever the NER made of a name it did not know
        elif kind == "name" and etype == "PER" and key.startswith("name:") \
                and _has_members(doc, s):
            etype = "ORG"  # « les membres de X »: a body
        if family:
            surname = doc[s + 1:e] if doc[s].lower_ in FAMILY_NOUNS else doc[s:e]
            key, etype, kind = f"family:{fold(surname.text)}", "PER", "name"
        gender, number = _gender_number(doc[s])
        address = next((w for i in (s - 1, s) if 0 <= i < e - 1
                        and (w := doc[i].lower_.rstrip(".")) in HONORIFIC_GENDERS), None)
        if etype == "PER" and address:
            gender = HONORIFIC_GENDERS[address]  # « Madame X »: she, before or in the name
        if kind == "state":
            st = geo.state_by_name(text) or geo.state_by_capital(text)
            if st is not None:
                gender = st.gender_number[:1]
                number = "p" if st.gender_number.endswith("p") else "s"
        kind_noun = kind_noun_before(doc, s, any_of=True)
        home_of_kind = bool(kind_noun) and not kind_noun_before(doc, s)
        if etype == "PER" and not kind_noun:
            kind_noun = person_noun_before(doc, s)  # « le chanteur X … le chanteur a dit »
        if etype in {"ORG", "LOC", "MISC"} and kind != "state":
            gender = _determiner_gender(doc, s) or _kind_noun_gender(doc, s, kind_noun) or gender
        rm = RawMention(article_id, sent_of(s), offset + cs, offset + ce, text, key, etype, kind,
                        token=head, gender=gender, number=number or "s",
                        dep=clause_role(doc[head]), kind_noun=kind_noun,
                        home_of_kind=home_of_kind,
                        embedded=in_subordinate_clause(doc[head]))
        for i in range(min(s, head), e):
            out[i] = rm
    _mark_bracketed(doc, out)
    return out


def _mark_bracketed(doc, names: dict[int, RawMention]) -> None:
    """« le ministère de l'Agriculture (Minagri) », « la Fédération X (Fébanq) »: a name in
    brackets right after a body's name is another name of that body (not a person, a
    state or a place named after a person)."""
    for i, tok in enumerate(doc):
        before = i - 2 if i > 1 and doc[i - 1].text in QUOTE_CLOSERS else i - 1
        if tok.text != "(" or i == 0 or before not in names or i + 1 not in names:
            continue  # (« l'association « X » (AX) »: behind the quotation marks)
        body, inner = names[before], names[i + 1]
        end = max(j for j in names if names[j] is inner) + 1
        if body is inner or end >= len(doc) or doc[end].text != ")" \
                or body.type not in {"ORG", "MISC"} or inner.type == "PER" \
                or body.type == "PER" or inner.key.startswith("state:"):
            continue
        inner.alias_of = body


def _quoted_mention(doc, ent, offset, article_id, sent_of, out, kind_noun: str = "") -> None:
    """Record the name a kind noun introduces in quotes (see `_quoted_names`): the whole
    title is the name, its words (« nos », a verb) are not to be trimmed or parsed."""
    s, e = ent.start, ent.end
    cs, ce = _span_text(doc, s, e)
    text = doc[s:e].text
    head = min((i for i in range(s, e) if not s <= doc[i].head.i < e or doc[i].head.i == i),
               default=s)
    org = geo.organisation_by_name(text)
    key = f"org:{root_organisation(org, text).acronym}" if org is not None \
        else f"name:{fold(text)}"
    rm = RawMention(article_id, sent_of(s), offset + cs, offset + ce, text, key,
                    NAME_LABELS.get(ent.label_, ent.label_), "name", token=head,
                    gender=_determiner_gender(doc, s) or "", number="s",
                    dep=clause_role(doc[head]), embedded=in_subordinate_clause(doc[head]),
                    kind_noun=kind_noun or kind_noun_before(doc, s - 1, any_of=True))
    for i in range(s, e):
        out[i] = rm


def known_surnames(mentions) -> set[str]:
    """Folded last words of the article's multi-word person names ("Kylian Mbappé" →
    "mbappe"): later bare uses of them are that person even when the NER misses them."""
    return {fold(m.text).split()[-1] for m in mentions
            if m.type == "PER" and m.kind == "name" and len(m.text.split()) > 1}


def surname_mentions(doc, offset: int, article_id: str, sent_of, surnames: set[str],
                     names: dict[int, RawMention]) -> dict[int, RawMention]:
    """Mentions for capitalised words the NER missed that are a known surname."""
    out = {}
    for tok in doc:
        if tok.i in names or not tok.is_title or fold(tok.text) not in surnames \
                or tok.pos_ not in {"PROPN", "NOUN", "X"}:
            continue
        out[tok.i] = RawMention(article_id, sent_of(tok.i), offset + tok.idx,
                                offset + tok.idx + len(tok), tok.text, f"name:{fold(tok.text)}",
                                "PER", "name", token=tok.i, number="s", dep=clause_role(tok),
                                embedded=in_subordinate_clause(tok))
    return out


def known_names(mentions) -> dict[str, RawMention]:
    """The article's one-word place and organisation names, folded (« Valbrune »): a
    later capitalised use of the word is that name even where the NER missed it."""
    return {fold(m.text): m for m in mentions
            if m.type in {"LOC", "ORG"} and m.kind in {"name", "state"}
            and len(m.text.split()) == 1 and m.text[:1].isupper()}


def repeated_name_mentions(doc, offset: int, article_id: str, sent_of,
                           known: dict[str, RawMention],
                           names: dict[int, RawMention]) -> dict[int, RawMention]:
    """Mentions for capitalised words the NER missed, mid-sentence, that the article names
    elsewhere as a place or body (see :func:`known_names`): « la communauté de Valbrune »
    when « Valbrune » was tagged a common noun there."""
    out = {}
    for tok in doc:
        m = known.get(fold(tok.text)) if tok.text[:1].isupper() else None
        if m is None or tok.i in names or _sentence_initial(tok) \
                or tok.pos_ not in {"PROPN", "NOUN", "X", "ADJ"}:
            continue
        kind_noun = kind_noun_before(doc, tok.i, any_of=True)
        own = kind_noun_before(doc, tok.i)  # (« le groupe Vexor »: a body here)
        etype = KIND_NOUNS[own] if own and m.kind == "name" else m.type
        out[tok.i] = RawMention(article_id, sent_of(tok.i), offset + tok.idx,
                                offset + tok.idx + len(tok), tok.text, m.key, etype, m.kind,
                                token=tok.i, gender=m.gender, number=m.number,
                                dep=clause_role(tok), kind_noun=kind_noun,
                                home_of_kind=bool(kind_noun) and not own,
                                embedded=in_subordinate_clause(tok))
    return out


def _classify_name(doc, s, e, text, label, head):
    """Key, type and kind of a cleaned name span, or None if it is not a name."""
    toks = doc[s:e]
    if len(toks) == 2 and label != "ORG" and toks[0].pos_ == "NOUN" and toks[1].is_lower:
        return None  # a capitalised common noun phrase ("États autoritaires")
    if not any(t.pos_ == "PROPN" for t in toks) and any(
            t.lower_ in ROLE_NOUNS or t.lemma_.lower() in ROLE_NOUNS for t in toks):
        return None  # a capitalised title ("Premier ministre canadien") is not a name
    if sum(c.isalpha() for c in text) < 2 and not any(c.isdigit() for c in text):
        return None  # "X." (a social network), initials: too short to be a node
    if toks[0].lower_ in DEMONSTRATIVE_PRONOUNS:
        return None  # « Celui-ci a remercié … » opening a sentence: no one's name
    j = s - 1
    while j >= 0 and doc[j].pos_ in {"DET", "ADP", "ADJ"} and j >= s - 4:
        j -= 1  # ("le ministère chilien des Affaires étrangères")
    if j >= 0 and doc[j].lemma_.lower() in PORTFOLIO_HEADS and geo.state_by_name(text) is None \
            and any(doc[i].lower_ in {"de", "des", "du", "d'", "aux", "à"} for i in range(j, s)):
        return None  # "le ministre de la Défense": a portfolio, not an entity
    if len(toks) == 1:
        t = toks[0]
        st = geo.state_by_demonym(t.text)
        if st is not None:  # "Brésilien", "américains" tagged as names are demonyms
            if any(c.dep_ == "nummod" or c.like_num for c in t.children):
                return None  # « trois Italiens »: people counted, not their state
            return f"state:{st.iso2}", "LOC", "state"
        if t.pos_ in {"NOUN", "ADJ", "VERB", "ADV", "INTJ", "ADP", "DET"} and not t.text.isupper() \
                and not any(w[:1].isupper() for w in t.text.split("-")[1:]) \
                and (label not in {"ORG", "PER"} or t.is_sent_start or t.i == 0) \
                and not (kind_noun_before(doc, s, any_of=True) and not t.is_sent_start):
            return None  # a capitalised common word ("État", "Bienvenue"; not a hyphenated
            # name, whatever its tag: « Saint-Paul-du-Lac »)
    st = geo.state_by_name(text)
    if st is not None:
        return f"state:{st.iso2}", "LOC", "state"
    st = geo.state_by_capital(text)
    if st is not None:
        if _is_actor(head):
            return f"state:{st.iso2}", "LOC", "state"
        return f"name:{fold(text)}", "LOC", "name"
    org = geo.organisation_by_name(text)
    if org is not None:
        return f"org:{root_organisation(org, text).acronym}", "ORG", "name"
    # "Conseil de sécurité de l'ONU": a body named with its parent keeps the parent
    if len(toks) >= 3:
        for i in range(e - 1, s, -1):
            if doc[i - 1].lower_ in {"de", "du", "des", "d'"} or doc[i - 1].pos_ == "DET":
                parent = geo.organisation_by_name(doc[i:e].text)
                if parent is not None:
                    return f"org:{parent.acronym}", "ORG", "name"
                if label == "ORG" and doc[i].text[:1].isupper():
                    # a body named with its parent ("Conseil … de la Maison Blanche")
                    return f"part:{fold(doc[i:e].text)}|{fold(text)}", "ORG", "name"
                break
    # "la société X", "le journal X", "la ville de X": the noun says what X is; so does
    # the capitalised noun opening a name the NER left untyped or took for a person's
    # (« la Banque Vexor », « la Fondation Aubry »)
    noun = kind_noun_before(doc, s)
    if noun:
        label = KIND_NOUNS[noun]
    elif len(toks) > 1 and label in {"MISC", "PER"} and toks[0].is_title \
            and KIND_NOUNS.get(toks[0].lower_) == "ORG":
        label = "ORG"
    return f"name:{fold(text)}", label, "name"


def epithet(tok) -> bool:
    """Is *tok* a lower-case adjective that may stand between a kind noun and the name it
    introduces (« la chaîne *qatarie* X », « le constructeur *automobile* X », « la société
    *cosmétique* X »)? A demonym the tagger left untagged counts; a participle does not
    (« la société basée à X »)."""
    return tok.is_lower and tok.is_alpha and (
        tok.pos_ == "ADJ" or geo.state_by_demonym(tok.text) is not None)


def person_noun_before(doc, s: int) -> str:
    """The singular common noun of a person right before the person's name starting at
    token *s*, behind one or two adjectives (« l'attaquant brésilien X », « le chanteur
    X » → "attaquant", "chanteur"), or ``""``: the noun the article may take the person
    up with (« … le chanteur a annoncé », `_bare_concepts`). A role noun is a title and
    goes its own way (`role_of`).

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["l'", "attaquant", "brésilien", "Lucas", "Vexa", "a", "signé"]
    >>> pos = ["DET", "NOUN", "ADJ", "PROPN", "PROPN", "AUX", "VERB"]
    >>> doc = Doc(spacy.blank("fr").vocab, words=words, pos=pos,
    ...           lemmas=["le", "attaquant", "brésilien", "Lucas", "Vexa", "avoir", "signer"],
    ...           morphs=["", "Number=Sing", "", "", "", "", ""])
    >>> person_noun_before(doc, 3)
    'attaquant'
    """
    k = s - 1
    while k > 0 and s - 1 - k < 2 and epithet(doc[k]):
        k -= 1
    noun = doc[k] if k >= 0 else None
    if noun is None or noun.pos_ != "NOUN" or not noun.is_lower \
            or "Plur" in noun.morph.get("Number"):
        return ""
    lemma = noun.lemma_.lower()
    if lemma in PERSON_NOUNS or plural_of_people(lemma + "s"):
        return lemma
    return ""


def kind_noun_before(doc, s: int, any_of: bool = False) -> str:
    """The kind noun right before the name starting at token *s* ("la société X", "la
    ville de X", « l'agence de presse X » → "société", "ville", "agence"), or ``""``;
    also behind one or two adjectives (« la chaîne qatarie X », « le groupe pétrolier
    français X » → "chaîne", "groupe"). Behind « de », only a noun of places (« la ville
    de X »): « le club de X » is X's club, X a town; with *any_of*, any kind noun.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["la", "chaîne", "qatarie", "Vexa", "a", "dit"]
    >>> pos = ["DET", "NOUN", "ADJ", "PROPN", "AUX", "VERB"]
    >>> doc = Doc(spacy.blank("fr").vocab, words=words, pos=pos,
    ...           lemmas=["le", "chaîne", "qatari", "Vexa", "avoir", "dire"])
    >>> kind_noun_before(doc, 3)
    'chaîne'
    """
    if _addressed_at(doc, s):
        return ""  # « le mouvement de M. X »: a person's name, not the movement's
    k = s - 1
    while k > 0 and s - 1 - k < 2 and epithet(doc[k]):
        k -= 1
    if k < s - 1 and doc[k].pos_ in {"NOUN", "PROPN", "X"} and (
            doc[k].lemma_.lower() in KIND_NOUNS or doc[k].lower_ in KIND_NOUNS):
        return doc[k].lemma_.lower() if doc[k].lemma_.lower() in KIND_NOUNS else doc[k].lower_
    before = doc[s - 1] if s > 0 else None
    of = before is not None and before.lower_ in {"de", "d'"} and s > 1
    if of:
        before = doc[s - 2]
    if of and not any_of and before.lemma_.lower() in KIND_NOUNS \
            and KIND_NOUNS[before.lemma_.lower()] != "LOC":
        before = None  # (« le club de Rivemont »: a town's club, the town no club)
    if before is not None and before.pos_ == "NOUN" and before.lemma_.lower() in KIND_NOUNS:
        return before.lemma_.lower()
    if before is not None and before.pos_ in {"NOUN", "PROPN", "X"} \
            and before.lower_ in KIND_NOUNS \
            and (not of or any_of or KIND_NOUNS[before.lower_] == "LOC"):
        return before.lower_  # (« l'ONG X », the acronym tagged a proper noun or foreign)
    if before is not None and not of and before.pos_ == "NOUN" and before.i > 1 \
            and doc[before.i - 1].lower_ in {"de", "d'"} \
            and doc[before.i - 2].lemma_.lower() in KIND_NOUNS:
        return doc[before.i - 2].lemma_.lower()  # « la chaîne de télévision X »: a channel
    return ""


def name_key(tok, text: str) -> tuple[str, str]:
    """Key and type of a proper name the NER missed, from the general tables."""
    st = geo.state_by_name(text) or geo.state_by_demonym(text)
    if st is not None:
        return f"state:{st.iso2}", "LOC"
    st = geo.state_by_capital(text)
    if st is not None:
        return (f"state:{st.iso2}", "LOC") if _is_actor(tok) else (f"name:{fold(text)}", "LOC")
    org = geo.organisation_by_name(text)
    if org is not None:
        return f"org:{root_organisation(org, text).acronym}", "ORG"
    return f"name:{fold(text)}", "MISC"


def root_organisation(org, text: str = ""):
    """The organisation a mention stands for: a body named together with its parent
    ("Conseil de sécurité de l'ONU") is a name of the parent's node; a body named on its
    own ("la Banque mondiale") stays itself."""
    words = f" {fold(text)} "
    seen = set()
    while org.parent and org.parent not in seen:
        seen.add(org.acronym)
        parent = geo.organisation_by_acronym(org.parent)
        if parent is None or not any(f" {fold(n)} " in words for n in
                                     (parent.acronym, parent.name, *parent.other_names)):
            break
        org = parent
    return org


@per_token
def demonym_state(tok):
    """The state a demonym adjective token stands for, or None."""
    if tok.pos_ not in {"ADJ", "NOUN", "PROPN"}:
        return None
    return geo.state_by_demonym(tok.text)


@per_token
def role_of(tok) -> str:
    """The role class of a role noun token ("président" → "head"), or ""."""
    lemma = tok.lemma_.lower()
    if lemma in HEAD_OF_STATE_ROLES or tok.lower_ in HEAD_OF_STATE_ROLES:
        return "head"
    if lemma in ROLE_NOUNS or tok.lower_ in ROLE_NOUNS:
        return lemma
    return ""


@per_token
def role_phrase(tok) -> str:
    """A role noun with its adjectives and compound: "secrétaire général", "chef d'État"."""
    words = [tok]
    for c in tok.children:
        if c.dep_ == "amod" and c.i > tok.i and demonym_state(c) is None and c.is_lower:
            words.append(c)  # (a capitalised "amod" is a name the parser hung there)
        elif c.dep_ == "amod" and c.i == tok.i - 1 and c.lower_ in {"premier", "première"}:
            words.append(c)  # "Premier ministre"
        elif c.dep_ == "nmod" and c.i == tok.i + 2 and tok.doc[tok.i + 1].lower_ in {"d'", "de"} \
                and c.pos_ == "NOUN" and not any(g.dep_ == "det" for g in c.children) \
                and c.lower_.rstrip(".") not in HONORIFICS:  # (« époux de Madame X »)
            words.extend([tok.doc[tok.i + 1], c])
    words.sort(key=lambda t: t.i)
    return " ".join(t.text if t.text.isupper() and len(t.text) > 1 else t.lower_
                    for t in words).replace("' ", "'")  # (« PDG » as written)


@per_token
def concept_key(tok) -> tuple[str, int, int]:
    """Key and token span of a common-noun argument's head noun phrase.

    The phrase is the noun with its following non-demonym adjectives and a
    determiner-less "de/à" complement ("aide alimentaire", "service à thé"), and the
    number right before it ("520 postes").
    """
    doc = tok.doc
    first = last = tok.i
    lemmas = [tok.lemma_.lower()]
    compound = False
    inner = None  # the noun of a determiner-less compound (« mesures de | réduction »)
    for c in sorted(tok.children, key=lambda t: t.i):
        if c.i <= tok.i:
            continue
        graded = c.i > last + 1 and all(t.dep_ == "advmod" and t.head.i == c.i
                                        for t in doc[last + 1:c.i])  # « très grave »
        if c.dep_ == "amod" and (c.pos_ == "ADJ" or c.pos_ == "PROPN" and c.is_lower) \
                and (c.i == last + 1 or graded):
            # (a lower-case word tagged a proper noun is no name: « le congrès socialiste »)
            lemmas += [t.lower_ for t in doc[last + 1:c.i]] + [c.lemma_.lower()]
            last = c.i
            last = _coordinated_adjective(c, last, lemmas)
        elif c.dep_ in {"acl", "amod"} and c.i == last + 1 and c.pos_ == "VERB" and "Part" \
                in c.morph.get("VerbForm") and "Pres" not in c.morph.get("Tense") \
                and not any(g.dep_ != "conj" or "Inf" not in g.morph.get("VerbForm")
                            for g in c.children):
            last = c.i  # « des critiques répétées »: a participle as an adjective (a
            # clause the parser hung on it further on is not its own: « aux militaires
            # décédés et apporter … »)
            lemmas.append(c.lower_)
        elif c.pos_ == "PROPN" and c.i == last + 1 and len(lemmas) == 1 \
                and c.dep_ in {"nmod", "appos", "flat:name"} and c.text[:1].isupper() \
                and tok.lemma_.lower() not in KIND_NOUNS and not is_group(tok) \
                and not any(g.dep_ in {"case", "det"} for g in c.children):
            last = max([c.i] + [g.i for g in c.children if g.dep_ == "flat:name"])
            lemmas.append(doc[c.i:last + 1].text)  # « la stratégie Aubry », « le plan X »:
            compound = True  # whose, or which, by its name
        elif c.pos_ == "NUM" and c.i == last + 1 and c.dep_ in {"amod", "nummod", "nmod"} \
                and len(lemmas) == 1:
            last, compound = c.i, True  # « le budget 2013 | de la santé »: its edition
            lemmas.append(c.lower_)
        elif c.dep_ == "acl" and c.i == last + 1 and c.lower_ in ORIGIN_PARTICIPLES:
            origin = next((g for g in c.children if g.dep_.startswith("obl") and any(
                d.dep_ == "case" and d.i < g.i and d.lower_ in {"de", "d'", "du", "des", "à",
                                                                 "au", "aux"}
                for d in g.children)), None)
            if origin is not None and origin.right_edge.i - c.i <= 6:
                last = origin.right_edge.i  # « la panne née de l'orage X »: whence
                lemmas += [t.lower_ for t in doc[c.i:last + 1]]
        elif c.dep_ == "nmod" and c.pos_ == "NOUN" and c.i == last + 2 \
                and doc[last + 1].lower_ in {"de", "à", "d'", "par"} \
                and c.lower_.rstrip(".") not in HONORIFICS \
                and not any(g.dep_ == "det" or demonym_state(g) for g in c.children):
            last, compound, inner = c.i, True, c
            lemmas += [doc[c.i - 1].lower_, _key_word(c)]
            for g in sorted(c.children, key=lambda t: t.i):
                if g.dep_ == "amod" and demonym_state(g) is None and (g.i == last + 1 or (
                        g.i > last + 1 and all(t.dep_ == "advmod" and t.head.i == g.i
                                               for t in doc[last + 1:g.i]))):
                    lemmas += [t.lower_ for t in doc[last + 1:g.i]] + [g.lemma_.lower()]
                    last = g.i  # (« un service de livraison | très rapide »)
                    last = _coordinated_adjective(g, last, lemmas)
                elif g.dep_ == "nmod" and g.pos_ == "NOUN" and g.i == last + 2 \
                        and doc[last + 1].lower_ in {"de", "d'"} and g.is_lower \
                        and not any(d.dep_ in {"det", "nmod"} for d in g.children):
                    last = g.i  # « brigade de chasseurs de montagne »: a compound's own
                    lemmas += [doc[g.i - 1].lower_, g.lemma_.lower()]  # compound
                elif g.pos_ == "NUM" and g.i == last + 1 and g.dep_ in {"nummod", "nmod",
                                                                         "amod", "appos"}:
                    last = g.i  # « un cyclone de niveau 4 », « l'article 49 »: which
                    lemmas.append(g.lower_)
            locution = _locution_end(c, last)
            if locution is not None:  # « un projet de coup | d'État »
                last = locution.i
                lemmas += ["de", locution.lower_]
    act = _infinitive_complement(tok, last)
    purpose = _requested_purpose(tok, last) if act is None else None
    amount = _amount_complement(tok, last) if act is None and purpose is None else None
    if act is not None:  # « ses chances | de gagner », « le refus | de négocier »: what
        lemmas += ["de"] + [t.lower_ for t in doc[act[0]:act[1]] if t.pos_ != "DET"]
        last = act[1] - 1  # of, the act says
    elif purpose is not None:  # « des fonds | pour sauver le port »: what for
        lemmas += [t.lower_ for t in doc[purpose[0]:purpose[1]] if t.pos_ != "DET"]
        last = purpose[1] - 1
    elif amount is not None:  # « une hausse de 4 % | de son bénéfice annuel »: how much,
        lemmas += ["de"] + [t.lower_ for t in doc[last + 2:amount.i + 1]]  # and of what
        last = amount.i
        comp = _de_complement(amount, last) or _de_complement(tok, last)
        if comp is not None:
            _, _, end = concept_key(comp)
            lemmas += ["de", concept_key(comp)[0].split(":", 1)[1]]
            last = end - 1
    elif len(lemmas) == 1 or compound or tok.lemma_.lower() in GENERIC_NOUNS | CAUSE_NAMED_BODIES:
        # "la montée des tensions", "les chiffres du parquet": a bare head says too little,
        # its determined "de" (or "à") complement goes with it; so does a compound's
        # (« la remise en état | de leur moulin »)
        last = _take_complement(tok, last, inner, lemmas)
    else:
        named = _named_de_complement(tok, last)
        own = OWN_COMPLEMENT_NOUNS.get(tok.lemma_.lower(), frozenset())
        comp = _de_complement(tok, last) if last + 1 < len(doc) \
            and doc[last + 1].lower_ in own - {"de"} else None
        if named is not None and doc[named[0]].ent_type_ == "LOC":
            # « la communauté portuaire de Brest »: the place makes the phrase one thing
            lemmas += ["de", fold(doc[named[0]:named[1]].text)]
            last = named[1] - 1
        elif comp is not None:  # « des commentaires acerbes | sur le budget »: what
            lemmas += [doc[last + 1].lower_, _key_word(comp)]  # about, after the
            last = comp.i  # adjectives too
        else:  # « une prévision optimiste | de la croissance », « les gardes armés | du
            last = _take_complement(tok, last, None, lemmas)  # guide »: after adjectives too
    shared = _shared_complement(tok) if len(lemmas) == 1 else None
    if shared is not None:  # « le montage ou la réparation de leur vélo »: the
        key, _, end = shared  # complement after the second noun is the first's too
        lemmas += [doc[tok.i + 1].lower_, key]
        last = end - 1
    j = tok.i  # the adjectives before the noun (« une faible croissance », « 40 petits
    while j > 0 and doc[j - 1].dep_ == "amod" and doc[j - 1].pos_ == "ADJ" \
            and doc[j - 1].head.i == tok.i and doc[j - 1].is_lower \
            and doc[j - 1].lemma_.lower() not in DETERMINER_ADJECTIVES \
            and demonym_state(doc[j - 1]) is None:  # ports »), then its number, in figures
        j -= 1  # the parser may have made determiners (« 1 000 postes »)
    k = j
    while k > 0 and doc[k - 1].like_num and doc[k - 1].lower_ not in {"un", "une"} \
            and doc[k - 1].head.i == tok.i and doc[k - 1].dep_ in {"nummod", "det"}:
        k -= 1
    if k < tok.i:  # « 520 postes », « deux militaires », « 40 petits ports »:
        lemmas[:0] = [t.lower_ if t.like_num else t.lemma_.lower() for t in doc[k:tok.i]]
        first = k  # how many, and what kind, is the fact
    return "concept:" + " ".join(lemmas), first, last + 1


def _take_complement(tok, last: int, inner, lemmas: list[str]) -> int:
    """Add to *lemmas* the determined « de » (or « à », « entre », « sur », « contre »,
    « pour ») complement right after *tok*'s phrase, which ends at token *last* — its
    noun with its compound and adjectives (« la montée | des tensions », « les chiffres |
    du parquet », « la hausse des tarifs | de stationnement »), or a short name (« les
    efforts | du Conseil de sécurité ») — and return the phrase's new last token.
    *inner* is the noun of a determiner-less compound ending the phrase (« des mesures de
    protection | de la forêt »), whose complement says what it is about."""
    doc = tok.doc
    comp = _de_complement(tok, last)
    if comp is None and inner is not None and inner.i == last:
        comp = _de_complement(inner, last)  # « des mesures de protection | de la
        # forêt »: the compound's own complement says what is protected
    named = _named_de_complement(tok, last) if comp is None else None
    if comp is not None:  # (« le recours à la force »)
        prep = doc[last + 1].lower_
        lemmas += ["à" if prep in {"à", "au", "aux"} else prep
                   if prep in {"entre", "sur", "contre", "pour"} else "de",
                   _key_word(comp)]
        last = comp.i
        pair = next((c for c in comp.children if c.dep_ == "conj" and c.i > comp.i
                     and any(d.dep_ == "cc" and d.lower_ == "et" for d in c.children)),
                    None) if prep == "entre" else None
        if pair is not None and pair.right_edge.i - comp.i <= 8:
            # « l'écart entre les salaires et les futurs loyers »: « entre » takes
            # both
            lemmas += ["et", _key_word(pair)]
            last = pair.right_edge.i
        for g in sorted([*comp.children, *tok.children], key=lambda t: t.i):
            if g.i == last + 1 and (g.head.i == comp.i and g.dep_ == "amod"
                                    and g.pos_ == "ADJ" or g.dep_ == "nmod"
                                    and g.pos_ == "NOUN" and g.is_lower
                                    and not any(d.dep_ in {"det", "case"}
                                                for d in g.children)):
                last = g.i  # (« logiciel antivirus »: a noun set as a compound,
                lemmas.append(g.lemma_.lower())  # whichever noun it hangs on)
        own = next((g for g in comp.children if g.dep_ == "nmod" and g.pos_ == "NOUN"
                    and g.i == last + 2 and doc[last + 1].lower_ in {"de", "d'", "d’"}
                    and g.is_lower and not any(d.dep_ == "det" for d in g.children)),
                   None)
        person = _named_holder(comp)
        if person is not None:  # « la démission du ministre de X, Y »: Y's, by name
            lemmas[-1] = fold(doc[person[0]:person[1]].text)
            return person[1] - 1
        locution = _locution_end(comp, last)
        if locution is not None:  # « l'action des forces | de l'ordre »
            lemmas += ["de", locution.lower_]
            return locution.i
        if own is not None:  # « la hausse des tarifs | de stationnement »: the complement's
            last = own.i  # own compound
            lemmas += ["de", own.lemma_.lower()]
            deeper = _de_complement(own, last)
            if deeper is not None and deeper.right_edge.i - own.i <= 5:
                # « un appel aux caisses de retraite | de la branche agricole »
                last = deeper.i
                lemmas += ["de", _key_word(deeper)]
                for g in deeper.children:
                    if g.i == last + 1 and g.pos_ in {"NOUN", "ADJ"} and g.is_lower \
                            and g.dep_ in {"nmod", "amod"} and not any(
                                d.dep_ in {"det", "case"} for d in g.children):
                        last = g.i  # (« la zone euro »)
                        lemmas.append(g.lemma_.lower())
    elif named is not None:  # « les efforts du Conseil de sécurité »
        lemmas += ["de", fold(doc[named[0]:named[1]].text)]
        last = named[1] - 1
    return last


def _locution_end(noun, last: int):
    """The last word of the locution *noun* opens (`NOUN_LOCUTIONS`: « forces | de l'ordre »,
    « coup | d'État »), right after its phrase ending at token *last*, or None.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["des", "forces", "de", "l'", "ordre"]
    >>> doc = Doc(spacy.blank("fr").vocab, words=words, heads=[1, 1, 4, 4, 1],
    ...           deps=["det", "ROOT", "case", "det", "nmod"],
    ...           pos=["DET", "NOUN", "ADP", "DET", "NOUN"],
    ...           lemmas=["un", "force", "de", "le", "ordre"])
    >>> _locution_end(doc[1], 1).text
    'ordre'
    """
    doc = noun.doc
    for c in noun.children:
        if c.dep_ == "nmod" and last < c.i <= last + 3 \
                and (noun.lemma_.lower(), c.lemma_.lower()) in NOUN_LOCUTIONS \
                and doc[last + 1].lower_ in {"de", "d'", "d’", "du", "des"} \
                and all(t.pos_ in {"ADP", "DET"} for t in doc[last + 1:c.i]):
            return c
    return None


def _named_holder(noun) -> tuple[int, int] | None:
    """The token span of the name *noun* is given: a person's, a role noun's (« du ministre
    de X, Marc Aubry », « de l'ancien chef de X Paul Vexa »: an apposition, or a name hung
    on the noun without a preposition, a few words on), or any name right after the noun
    and its adjectives (« de son concurrent allemand Vexor »); or None.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["démission", "du", "ministre", ",", "Marc", "Aubry"]
    >>> doc = Doc(spacy.blank("fr").vocab, words=words, heads=[0, 2, 0, 4, 2, 4],
    ...           deps=["ROOT", "case", "nmod", "punct", "appos", "flat:name"],
    ...           pos=["NOUN", "ADP", "NOUN", "PUNCT", "PROPN", "PROPN"],
    ...           lemmas=["démission", "de", "ministre", ",", "Marc", "Aubry"],
    ...           ents=["O", "O", "O", "O", "B-PER", "I-PER"])
    >>> _named_holder(doc[2]), _named_holder(doc[0])
    ((4, 6), None)
    >>> words = ["rachat", "de", "son", "concurrent", "allemand", "Vexor"]
    >>> doc = Doc(spacy.blank("fr").vocab, words=words, heads=[0, 3, 3, 0, 3, 3],
    ...           deps=["ROOT", "case", "det", "nmod", "amod", "appos"],
    ...           pos=["NOUN", "ADP", "DET", "NOUN", "ADJ", "PROPN"],
    ...           ents=["O", "O", "O", "O", "O", "B-ORG"])
    >>> _named_holder(doc[3])
    (5, 6)
    """
    if "Plur" in noun.morph.get("Number"):
        return None
    doc = noun.doc
    for c in noun.children:
        if c.i <= noun.i or c.pos_ != "PROPN" or not c.ent_type_ \
                or c.dep_ not in {"appos", "flat:name", "nmod"} \
                or any(g.dep_ == "case" for g in c.children):
            continue
        named_role = role_of(noun) and c.ent_type_ == "PER" and c.i - noun.i <= 8
        next_to = all(t.pos_ == "ADJ" and t.head.i == noun.i and t.is_lower
                      for t in doc[noun.i + 1:c.i])  # « son concurrent allemand Vexor »
        if named_role or next_to:
            return c.i, max([c.i] + [g.i for g in c.children if g.dep_ == "flat:name"]) + 1
    return None


def _shared_complement(tok) -> tuple[str, int, int] | None:
    """For a bare singular noun *tok* behind « le », « la », coordinated right after with
    « ou » to another such noun with a « de » complement (« le montage ou la réparation
    de leur vélo »: two acts on one thing), that noun's key words and span — the
    complement is both nouns' — or None. Not with « et », which lists things more often
    than it shares a complement (« deux tués et une vingtaine de disparus »), nor for nouns
    of people."""
    doc = tok.doc
    if tok.i + 2 >= len(doc) or doc[tok.i + 1].lower_ != "ou" or people_noun(tok):
        return None
    conj = next((c for c in tok.children if c.dep_ == "conj" and c.pos_ == "NOUN"
                 and c.is_lower and not people_noun(c) and doc[tok.i + 1].head.i == c.i), None)
    if conj is None or not all(
            "Sing" in n.morph.get("Number") and any(
                d.dep_ == "det" and d.lower_.replace("’", "'") in {"le", "la", "l'"}
                for d in n.children) for n in (tok, conj)):
        return None  # (« des tentes ou du bois de chauffe »: two things, listed)
    key, _, end = concept_key(conj)
    words = key.split(":", 1)[1]
    if " de " not in f" {words} " or end - tok.i > 10:
        return None
    return words, conj.i, end


def _key_word(tok) -> str:
    """A complement noun as a concept key says it: its lemma, or a capitalised word (a
    name the tagger read as a common noun) as written — its lemma would depend on the tag
    (« le moulin de Sarlis » keyed « sarlis » here, « sarli » there).

    Examples
    --------
    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["moulin", "de", "Sarlis", "grèves"],
    ...           lemmas=["moulin", "de", "Sarli", "grève"])
    >>> _key_word(doc[2]), _key_word(doc[3])
    ('sarlis', 'grève')
    """
    return tok.text.lower() if tok.text[:1].isupper() else tok.lemma_.lower()


def _coordinated_adjective(adj, last: int, lemmas: list[str]) -> int:
    """Take into a phrase ending at *adj* (index *last*) the adjective coordinated right
    after it (« problèmes techniques et financiers »); the new last index."""
    doc = adj.doc
    for c in adj.children:
        if c.dep_ == "conj" and c.pos_ == "ADJ" and c.i == last + 2 \
                and doc[last + 1].lower_ in {"et", "ou"} and demonym_state(c) is None:
            lemmas += [doc[last + 1].lower_, c.lemma_.lower()]
            return c.i
    return last


def _de_complement(tok, last: int):
    """The common noun of a "de + determiner" complement right after *tok*'s phrase
    (ending at token *last*): « publication | des résultats », or None."""
    doc = tok.doc
    siblings = list(tok.head.children) if tok.lemma_.lower() in CAUSE_NAMED_BODIES \
        and tok.head.i < tok.i else []  # (« présidente d'une ONG | pour la paix » with the
    for c in [*tok.children, *siblings]:  # cause hung on the role)
        if c.dep_ != "nmod" or c.pos_ != "NOUN" or c.i <= last \
                or c.i > last + 4 + _range_length(doc, last + 2, c.i) \
                or not c.is_lower or not is_concept_noun(c) or object_hung_on_recipient(c):
            continue  # (« la suppression | de 300 à 500 emplois »: a range counts as
            # one number)
        start = last + 1
        while start < c.i and doc[start].pos_ == "ADJ" and doc[start].head.i == tok.i:
            start += 1  # (« les trois usines italiennes | du groupe »)
        between = doc[start:c.i]
        preps = {"de", "du", "des", "d'", "d’", "entre"} | (
            {"à", "au", "aux"} if tok.lemma_.lower() in A_COMPLEMENT_NOUNS else set()) \
            | OWN_COMPLEMENT_NOUNS.get(tok.lemma_.lower(), set())
        if between and between[0].lower_ in preps \
                and all(t.pos_ in {"ADP", "DET"} or t.lower_ in {"de", "d'", "d’"}
                        or t.pos_ == "ADJ" and t.head.i == c.i for t in between):
            return c  # (« la création d'une nouvelle école », « le lien entre les crues »)
    return None


def _range_length(doc, start: int, end: int) -> int:
    """How many tokens of *doc* from *start* (up to *end*) a range of figures takes
    beyond one figure: « 300 à 500 » → 2 (« 300 », « à »), else 0.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("fr").vocab, words=["de", "300", "à", "500", "emplois"])
    >>> _range_length(doc, 1, 4), _range_length(doc, 3, 4)
    (2, 0)
    """
    j = start
    while j < end and doc[j].like_num:
        j += 1
    if start < j < end - 1 and doc[j].lower_ in {"à", "et"} and doc[j + 1].like_num:
        return j + 1 - start
    return 0


def _infinitive_complement(tok, last: int) -> tuple[int, int] | None:
    """Token span of the infinitive clause, marked « de », right after *tok*'s phrase
    (ending at token *last*) — the infinitive with its auxiliaries, and its direct object
    when that is a short noun phrase right after it (« le projet | de fermer ses
    ateliers »), but neither its other complements nor its own clauses — or None.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["le", "refus", "de", "signer", "le", "traité", "à", "Valbrune"]
    >>> doc = Doc(spacy.blank("fr").vocab, words=words, heads=[1, 1, 3, 1, 5, 3, 7, 3],
    ...           deps=["det", "ROOT", "mark", "acl", "det", "obj", "case", "obl:mod"],
    ...           pos=["DET", "NOUN", "ADP", "VERB", "DET", "NOUN", "ADP", "PROPN"],
    ...           morphs=["", "", "", "VerbForm=Inf", "", "", "", ""])
    >>> span = _infinitive_complement(doc[1], 1)
    >>> doc[span[0]:span[1]].text
    'de signer le traité'
    """
    doc = tok.doc
    if last + 2 >= len(doc) or doc[last + 1].lower_ not in {"de", "d'", "d’"} \
            or people_noun(tok) or tok.head.lemma_.lower() in OBJECT_CONTROL_VERBS:
        return None  # (« demander aux élus | de voter », « convaincre la communauté | de
        # réduire »: the verb's, hung on its object)
    for c in tok.children:
        if c.dep_ != "acl" or c.pos_ != "VERB" or doc[last + 1].head.i != c.i \
                or doc[last + 1].dep_ != "mark":
            continue
        between = doc[last + 2:c.i]
        if not all(t.head.i == c.i and (t.dep_.startswith("aux") or t.dep_ == "expl:comp")
                   for t in between) \
                or not ("Inf" in c.morph.get("VerbForm") or any(
                    t.dep_.startswith("aux") for t in between)):
            return None  # (« de » + the infinitive, its reflexive clitic — « le vœu de
            # s'attaquer » —, or « d'être » + the participle)
        return last + 1, _with_short_object(c, whole=True)
    return None


def _requested_purpose(tok, last: int) -> tuple[int, int] | None:
    """Token span of the « pour » + infinitive purpose right after *tok*'s phrase (ending
    at token *last*), when *tok* is what a verb of asking asks for and the parser hung the
    purpose on the verb (« demander au ministre des fonds | pour sauver le port »): what
    the thing asked for is for, with the infinitive's short direct object; or None.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["Vexor", "demande", "des", "fonds", "pour", "sauver", "le", "port"]
    >>> doc = Doc(spacy.blank("fr").vocab, words=words, heads=[1, 1, 3, 1, 5, 1, 7, 5],
    ...           deps=["nsubj", "ROOT", "det", "obj", "mark", "advcl", "det", "obj"],
    ...           pos=["PROPN", "VERB", "DET", "NOUN", "ADP", "VERB", "DET", "NOUN"],
    ...           lemmas=["Vexor", "demander", "un", "fonds", "pour", "sauver", "le", "port"],
    ...           morphs=["", "", "", "", "", "VerbForm=Inf", "", ""])
    >>> span = _requested_purpose(doc[3], 3)
    >>> doc[span[0]:span[1]].text
    'pour sauver le port'
    """
    doc = tok.doc
    verb = tok.head if tok.dep_ == "obj" else tok.head.head if object_hung_on_recipient(tok) \
        else None
    lemma = verb.lemma_.lower() if verb is not None else ""
    if not {lemma, lemma + "r"} & REQUEST_VERBS or last + 2 >= len(doc) \
            or doc[last + 1].lower_ != "pour" or doc[last + 1].dep_ != "mark":
        return None
    inf = doc[last + 1].head
    if inf.head.i != verb.i or inf.dep_ not in {"advcl", "xcomp"} \
            or "Inf" not in inf.morph.get("VerbForm") \
            or not all(t.head.i == inf.i and t.dep_.startswith("aux") for t in doc[last + 2:inf.i]):
        return None
    return last + 1, _with_short_object(inf, whole=False)


def _with_short_object(verb, whole: bool) -> int:
    """Index after infinitive *verb* and its direct object, when that is a noun at most two
    words after it (« fermer | ses ateliers »); with *whole*, only an object with no
    complement of its own, else up to its noun."""
    end = verb.i + 1
    obj = next((g for g in verb.children if g.dep_ == "obj" and g.pos_ == "NOUN"), None)
    if obj is not None and obj.left_edge.i == end and obj.i - end <= 2 \
            and (not whole or obj.right_edge.i == obj.i):
        end = obj.i + 1
    return end


def plural_of_people(word: str) -> bool:
    """Whether plural common noun *word* (as written) names people: by the table, or by a
    French agent or membership ending (« -eurs », « -ants », « -istes », « -és »…).

    >>> plural_of_people("manifestants"), plural_of_people("citoyens"), plural_of_people("secteurs")
    (True, True, False)
    """
    return word in PEOPLE_PLURALS or word not in NOT_PEOPLE_PLURALS \
        and word.endswith(PEOPLE_SUFFIXES)


def people_noun(tok) -> bool:
    """Whether common noun *tok* names people (« élus », « employés », « autorités »)."""
    lemma = tok.lemma_.lower()
    return lemma in PERSON_NOUNS or lemma in ROLE_NOUNS or lemma in GROUP_NOUNS \
        or tok.lower_ in PEOPLE_PLURALS \
        or "Plur" in tok.morph.get("Number") and plural_of_people(tok.lower_)


def object_hung_on_recipient(tok) -> bool:
    """Is noun *tok* a verb's direct object that the parser hung, as a « des » or « du »
    complement, on the verb's « à » argument (« livrer à Valbrune des chars », « promettre
    aux salariés des primes »)? Only when the verb has no direct object, and the « à »
    argument is a proper name or the verb takes a thing and a recipient (`DATIVE_VERBS`,
    `REQUEST_VERBS`): « les familles des victimes » stays a complement elsewhere.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["Vexor", "livre", "à", "Valbrune", "des", "chars"]
    >>> doc = Doc(spacy.blank("fr").vocab, words=words, heads=[1, 1, 3, 1, 5, 3],
    ...           deps=["nsubj", "ROOT", "case", "obl:arg", "case", "nmod"],
    ...           pos=["PROPN", "VERB", "ADP", "PROPN", "ADP", "NOUN"],
    ...           lemmas=["Vexor", "livrer", "à", "Valbrune", "de", "char"])
    >>> object_hung_on_recipient(doc[5])
    True
    """
    if tok.dep_ != "nmod" or tok.pos_ != "NOUN" or not tok.is_lower \
            or tok.lemma_.lower() in GENERIC_NOUNS:
        return False  # (« au siège du Cercle X », « aux frontières du pays »: whose)
    case = [c for c in tok.children if c.dep_ == "case" and c.i < tok.i]
    holder = tok.head
    verb = holder.head
    if not case or case[0].lower_ not in {"des", "du"} or holder.i >= tok.i \
            or holder.dep_ not in {"obl:arg", "obl:mod", "obl", "iobj"} \
            or verb.pos_ != "VERB" and not (verb.pos_ == "NOUN" and any(
                d.dep_ == "nsubj" for d in verb.children)):  # (a verb tagged a noun)
        return False
    if not any(d.dep_ == "case" and d.lower_ in {"à", "au", "aux"} for d in holder.children) \
            or any(d.dep_ == "obj" for d in verb.children):
        return False
    lemma = verb.lemma_.lower()  # (the lemmatizer leaves some present forms: « demande »)
    return holder.pos_ == "PROPN" or bool({lemma, lemma + "r"} & (DATIVE_VERBS | REQUEST_VERBS))


def _amount_complement(tok, last: int):
    """The unit noun of a counted « de » complement right after *tok*'s phrase (ending at
    token *last*): « une hausse | de 3 % », « un contrat | de 2 milliards », « une somme
    voisine | de 12 000 euros » (the adjective's), or None."""
    doc = tok.doc
    if last + 3 >= len(doc) or doc[last + 1].lower_ not in {"de", "d'", "d’"} \
            or not doc[last + 2].like_num:
        return None
    adjectives = [a for a in doc[tok.i + 1:last + 1] if a.head.i == tok.i and a.dep_ == "amod"]
    for c in [*tok.children, *(g for a in adjectives for g in a.children)]:
        if c.dep_ in {"nmod", "obl:arg", "obl:mod"} and c.i in {last + 3, last + 4} and all(
                t.like_num for t in doc[last + 2:c.i]) and (c.pos_ == "NOUN" or c.text == "%"):
            return c
    return None


def _named_de_complement(tok, last: int) -> tuple[int, int] | None:
    """Token span of a short proper name in a "de" complement right after *tok*'s phrase
    (« les efforts | du Conseil de sécurité »), or None."""
    doc = tok.doc
    for c in tok.children:
        if c.dep_ != "nmod" or c.i <= last or c.i > last + 3 or not c.text[:1].isupper() \
                or c.pos_ not in {"PROPN", "NOUN"} or not c.ent_type_:
            continue
        between = doc[last + 1:c.i]
        if not between or between[0].lower_ not in {"de", "du", "des", "d'", "d’"} \
                or not all(t.pos_ in {"ADP", "DET"} for t in between):
            continue
        end = c.i + 1
        while end < len(doc) and doc[end].ent_iob_ == "I" and end - c.i < 6:
            end += 1
        return c.i, end
    return None


@per_token
def is_concept_noun(tok) -> bool:
    """Can common noun *tok* be a concept node? Not a light noun (« dans une certaine
    mesure »), unless it is one only in a locution: in the plural (« les mesures de
    sécurité ») or as a subject or object with its article (« publier un rapport »)."""
    lemma = tok.lemma_.lower()
    light = lemma in LIGHT_NOUNS and not (lemma in SINGULAR_LIGHT_NOUNS and (
        "Plur" in tok.morph.get("Number")
        or tok.dep_ in {"obj", "nsubj", "nsubj:pass"}
        and any(c.dep_ == "det" for c in tok.children)
        or tok.dep_ == "nmod" and tok.head.lemma_.lower() in DEVERBAL_NOUNS and any(
            c.dep_ == "det" or c.dep_ == "case" and c.lower_ in {"du", "des"}
            for c in tok.children)))  # (« la publication du rapport »)
    if light and lemma in TIME_NOUNS and tok.dep_ in {"obj", "nsubj", "nsubj:pass"}:
        light = not any(c.dep_ == "nmod" and c.pos_ == "NOUN" and c.i > tok.i
                        and not is_time_noun(c) and any(
                            k.dep_ == "case" and k.lower_ in {"de", "d'", "d’"}
                            for k in c.children) for c in tok.children)  # (« décréter
        # deux semaines de trêve », « risquer dix ans de prison »: what the time is of)
    return tok.pos_ == "NOUN" and tok.text.replace("-", "").isalpha() and not light \
        and len(tok.text) > 2  # (« un court-circuit », « le cessez-le-feu »: words too)


@per_token
def is_time_noun(tok) -> bool:
    """Is *tok* a noun of time (`TIME_NOUNS`: « jour », « mardi », « semaine »)?"""
    return tok.lemma_.lower() in TIME_NOUNS or tok.lower_ in TIME_NOUNS


def is_quantity(tok) -> bool:
    return tok.lemma_.lower() in QUANTITY_NOUNS


def is_group(tok) -> bool:
    return tok.lemma_.lower() in GROUP_NOUNS or tok.lower_ in GROUP_NOUNS


# --------------------------------------------------------------------------- resolution


def _article_names(mentions: list[RawMention], counts: Counter, types) -> Counter:
    """The ``name:`` keys of an article's mentions, counted; a body named with a parent
    the corpus never names alone is the whole name (« Ordre de X des Marins »)."""
    out: Counter = Counter()
    for m in mentions:
        if m.key.startswith("name:"):
            out[m.key] += 1
        elif m.key.startswith("part:"):
            parent, whole = m.key[5:].split("|", 1)
            if f"name:{parent}" not in counts or _place_parent(m.key, types):
                out[f"name:{whole}"] += 1
    return out


def _place_parent(part_key: str, types) -> bool:
    """Is the « parent » of a ``part:`` key a place the body is only based in (« Association
    des potiers de Valbrune », « Parti X de Rivemont »: a kind noun opens the name, the
    parent is a place), not a body it belongs to (« Comité … de l'Unesco »)?"""
    parent, whole = part_key[5:].split("|", 1)
    counted = types.get(f"name:{parent}")
    return bool(counted) and counted.most_common(1)[0][0] == "LOC" \
        and KIND_NOUNS.get(whole.split()[0]) == "ORG"


def _tokens(key: str) -> list[str]:
    return key.split(":", 1)[1].split()


@functools.lru_cache(maxsize=1 << 16)  # the same pairs at every rebuild of a live server
def _syllabic(word: str, full: str) -> bool:
    """Is *word* (folded) made of the starts of the successive words of name key *full*,
    its first word's first — a name coined from syllables of the body's full name? At least
    two starts of two letters or more, words of the full name may be passed over; with two
    starts only, the first has four letters at least (« fed|ex » of « Fédération des
    experts » is no such name).

    Examples
    --------
    >>> _syllabic("fevalas", "name:federation valbrunoise des assureurs")
    True
    >>> _syllabic("frontex", "name:frontieres exterieures")
    True
    >>> _syllabic("fedex", "name:federation des experts"), _syllabic("belge", "name:belge sa")
    (False, False)
    """
    words = [w for w in _tokens(full) if w not in _NAME_PARTICLES]
    return len(words) >= 2 and _starts_from(word, words, 0, 0, 0, False, {})


def _starts_from(word: str, words: list[str], i: int, j: int, starts: int, long_first: bool,
                 seen: dict[tuple[int, int, int, bool], bool]) -> bool:
    """`_syllabic` from position *i* of *word* and word *j* of *words* on, with *starts*
    starts so far (3: three or more) and whether the first was *long_first*; each state
    decided once (*seen*). A function of the module, not a closure that calls itself: such
    a closure is a reference cycle, left for the garbage collector at every call."""
    state = (i, j, starts, long_first)
    if state in seen:
        return seen[state]
    found = False
    if i == len(word):
        found = starts >= 3 or starts == 2 and long_first
    else:
        for k in range(j, len(words) if starts else 1):
            for n in range(min(len(words[k]), len(word) - i), 1, -1):
                if word.startswith(words[k][:n], i) and _starts_from(
                        word, words, i + n, k + 1, min(starts + 1, 3),
                        long_first or n >= 4 and not starts, seen):
                    found = True
                    break
            if found:
                break
    seen[state] = found
    return found


def resolve(mentions: list[RawMention]) -> tuple[dict[str, Entity], dict[int, str]]:
    """Group mentions into entities.

    Returns the entities by id and, for each mention (by ``id()``), its entity id.
    Pronoun mentions are not resolved here (see `graph.relations`).
    """
    by_article: dict[str, list[RawMention]] = defaultdict(list)
    for m in mentions:
        by_article[m.article_id].append(m)

    counts = Counter(m.key for m in mentions if m.kind in {"name", "state"})
    name_keys = [k for k in counts if k.startswith("name:")]
    # a body whose "parent" the corpus never names on its own is a name of its own
    # ("Brigades de libération du Nord"): its initials may stand for it too
    types: dict[str, Counter] = defaultdict(Counter)
    for m in mentions:
        types[m.key][m.type] += 1
    name_keys += [f"name:{k.split('|', 1)[1]}" for k in counts if k.startswith("part:")
                  and (f"name:{k[5:].split('|', 1)[0]}" not in counts
                       or _place_parent(k, types))]
    people = {k for k in name_keys if types[k]["PER"]}

    # 1. short names → the full name they abbreviate (article first, then corpus)
    local_names: dict[str, Counter] = {}  # each article's names, counted once
    expanded: dict[tuple[str, str, bool], str] = {}  # one answer per name and article

    def expand(key: str, article: str, local_only: bool = False) -> str:
        if (key, article, local_only) not in expanded:
            expanded[(key, article, local_only)] = _expand(key, article, local_only)
        return expanded[(key, article, local_only)]

    # the people holding each word: a name's candidates hold its first word (linear in the
    # corpus, where scanning every person for each name was quadratic)
    people_with: dict[str, list[str]] = defaultdict(list)
    for k in people:
        for w in set(_tokens(k)):
            people_with[w].append(k)
    in_corpus: dict[str, str | None] = {}  # the corpus-wide answer, the same in every article

    def _expand(key: str, article: str, local_only: bool = False) -> str:
        toks = _tokens(key)
        if article not in local_names:  # not once per mention: quadratic in the article
            local_names[article] = _article_names(by_article[article], counts, types)
        tied: list[str] = []
        found = _abbreviated(key, toks, local_names[article], local_names[article], tied)
        if (found is None or tied) and not local_only:
            if key not in in_corpus:
                in_corpus[key] = _abbreviated(
                    key, toks, counts, people_with.get(toks[0], ()) if toks else people)
            corpus = in_corpus[key]
            if found is None:
                found = corpus
            elif corpus and any(_same_person(t, corpus) for t in tied):
                found = corpus  # two people of the article share the name: the corpus's
        return key if found is None else found

    def _abbreviated(key: str, toks: list[str], pool: Counter, among,
                     tied: list[str] | None = None) -> str | None:
        """The person key among *among* (counted in *pool*) that *key* abbreviates; *key*
        itself when two share it equally (named in *tied*), None when none does."""
        cands = [k for k in among if k in people and k != key and pool.get(k)
                 and len(_tokens(k)) > len(toks)
                 and (_tokens(k)[-len(toks):] == toks or _tokens(k)[: len(toks)] == toks
                      or len(toks) == 1 and len(toks[0]) > 3 and toks[0] in _tokens(k))]
        # a partial name that is itself part of a longer candidate is that candidate
        cands = [k for k in cands if not any(
            o != k and (_tokens(o)[: len(_tokens(k))] == _tokens(k)) for o in cands)]
        if cands:
            best = sorted(cands, key=lambda k: (-pool[k], -counts[k], k))
            if len(best) == 1 or pool[best[0]] > pool[best[1]]:
                return best[0]
            if tied is not None:
                tied.extend(k for k in best if pool[k] == pool[best[0]])
            return key  # two people share the name equally: leave it alone
        return None

    bodies: dict[tuple[str, str], str] = {}

    def body_of(key: str, article: str) -> str:
        """The one longer name of a body in the article that starts with *key* (« Régie »
        → « Régie des eaux », « Salon mondial » → « Salon mondial du livre »), else *key*."""
        if (key, article) in bodies:  # once per name and article, not once per mention
            return bodies[(key, article)]
        if article not in local_names:
            local_names[article] = _article_names(by_article[article], counts, types)
        toks, n = _tokens(key), len(_tokens(key))
        kind = "ORG" if n == 1 else (types[key].most_common(1) or [("", 0)])[0][0]
        longer = [k for k in local_names[article] if k not in people
                  and len(_tokens(k)) > n and _tokens(k)[:n] == toks
                  and (n == 1 or _tokens(k)[n] in _NAME_PARTICLES)  # « X de Y » for « X »
                  and (types[k].most_common(1) or [("ORG", 0)])[0][0] == kind]
        # (not a product « Véloce V8 »; a body named with its parent is an organisation)
        if len({_variant_form(k) for k in longer}) == 1:  # one name written two ways
            longer = [max(longer, key=lambda k: (local_names[article][k], k))]
        bodies[(key, article)] = longer[0] if len(longer) == 1 else key
        return bodies[(key, article)]

    # 2. acronyms → the multi-word name whose initials they are
    def initials(key: str) -> str:
        return "".join(w[0] for w in _tokens(key) if len(w) > 3 or w in {"for", "of"})

    spelled: dict[str, str] = {}  # initials → the last multi-word name having them
    for full in name_keys:
        if len(_tokens(full)) >= 2 and full not in people:
            # (a person's initials are no acronym: « PS » is not « Paul Sorel »)
            spelled[initials(full)] = full
    acronyms = {}
    for k in name_keys:
        word = _tokens(k)
        if len(word) == 1 and 2 <= len(word[0]) <= 6 and word[0] in spelled:
            acronyms[k] = spelled[word[0]]
    # … or, in an article naming both, whose words' starts they join (« Fevalas »; in
    # that article only, as a name in brackets after a body's name)
    coined: dict[tuple[str, str], str] = {}
    for article, ms in by_article.items():
        keys = {m.key for m in ms if m.kind == "name"}
        long_names = [f for f in keys if len(_tokens(f)) >= 2 and f not in people]
        for k in keys:
            word = _tokens(k)
            if k in acronyms or len(word) != 1 or not 5 <= len(word[0]) <= 12:
                continue
            found = {f for f in long_names if _syllabic(word[0], f)}
            if len(found) == 1:
                coined[article, k] = found.pop()

    # 3. titles → the person introduced with that title in the article, else in the corpus
    bindings: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for m in mentions:
        if m.kind == "name" and m.role:
            bindings[(m.article_id, m.role)][m.key] += 1
            bindings[("", m.role)][m.key] += 1
    roles_in: dict[str, list[str]] = defaultdict(list)  # each article's roles bound to names
    for art, role in bindings:
        roles_in[art].append(role)

    final: dict[int, str] = {}
    no_alias: set[int] = set()
    for m in mentions:
        if m.kind == "pronoun":
            continue
        key = m.key
        if m.kind == "title":
            b = bindings.get((m.article_id, key)) or bindings.get(("", key))
            if key.endswith("|"):  # no holder named: the article's one holder of the role
                held = Counter()
                for role in roles_in.get(m.article_id, ()):
                    if role.startswith(key):
                        held.update(bindings[(m.article_id, role)])
                b = held if len(held) == 1 else None
                if b is None:
                    continue
            if b:
                key = b.most_common(1)[0][0]
            else:  # an unnamed office holder speaks for the state or body it serves
                key = key.rsplit("|", 1)[-1]
                no_alias.add(id(m))
                if not key.startswith(("state:", "org:")):
                    continue
        if key.startswith("org:") and m.kind == "name":
            body = geo.organisation_by_name(without_article(m.text))
            if body is not None and f"org:{body.acronym}" in counts:
                key = f"org:{body.acronym}"  # « Conseil … de l'ONU » where it is named alone
        if key.startswith("part:"):  # a body of an entity the corpus names on its own
            parent, whole = key[5:].split("|", 1)  # (a place is no parent body: « l'Association
            key = f"name:{parent}" if f"name:{parent}" in counts \
                and not _place_parent(key, types) else f"name:{whole}"
            # (« l'Association des potiers de Valbrune » is not Valbrune)
        if key.startswith("name:"):
            key = coined.get((m.article_id, key)) or acronyms.get(key, key)
            if KIND_NOUNS.get(m.kind_noun) == "ORG" and m.type != "PER":
                key = body_of(key, m.article_id)  # « la fondation X »: not the person X
            elif m.type == "PER" or key in people:
                key = expand(key, m.article_id)
            elif len(_tokens(key)) == 1:  # a lone surname the NER mistyped ("Mendoza" as LOC)
                key = expand(key, m.article_id, local_only=True)
                if key == m.key and m.type in {"ORG", "MISC"}:
                    key = body_of(key, m.article_id)  # « la Régie » for « Régie des X »
            elif m.type in {"ORG", "MISC"}:
                key = body_of(key, m.article_id)  # « les Jeux » for « les Jeux de Lille »
        if m.kind == "concept" and m.text[:1].isupper() and " " not in m.text \
                and f"name:{fold(m.text)}" in counts:
            key = f"name:{fold(m.text)}"  # a name the tagger read as a common noun once
            key = coined.get((m.article_id, key)) or acronyms.get(key, key)
            if key not in people and types[key].most_common(1)[0][0] in {"ORG", "MISC"}:
                key = body_of(key, m.article_id)  # « l'Ordre » for « Ordre des X »
        final[id(m)] = key

    final = _merge_variants(final, Counter(final.values()), people)
    final = _bracketed_aliases(mentions, final)
    final = _bare_concepts(mentions, final)
    for m in mentions:  # « X a défendu sa décision »: X's decision, a thing of its own
        if m.owner is not None and id(m) in final and id(m.owner) in final:
            final[id(m)] = f"{final[id(m)]}|of:{final[id(m.owner)]}"

    # labels, types, aliases per key
    groups: dict[str, list[RawMention]] = defaultdict(list)
    for m in mentions:
        if id(m) in final:
            groups[final[id(m)]].append(m)
    named: dict[str, tuple[str, str, list[str]]] = {}
    for key in sorted(groups):
        ms = groups[key]
        label, etype = _label_and_type(key, ms)
        aliases = sorted({without_article(m.text) for m in ms if id(m) not in no_alias} - {label},
                         key=lambda a: (fold(a), a))
        named[key] = (label, etype, aliases)
    # a form from the tables (« Oslo » for Norway) is not given to a node when the text has
    # another node of that name: a search for it must find that one
    for key, (label, etype, _) in list(named.items()):
        holder = key.split("|of:", 1)[1] if "|of:" in key else None
        if holder in named:  # « la décision d'Anne Roux », « le retour du Japon »
            named[key] = (f"{label} {_of(named[holder][0], holder)}", etype, [])
    owner = Counter(_bare(f) for label, _, aliases in named.values() for f in {label, *aliases})
    entities: dict[str, Entity] = {}
    key_to_id: dict[str, str] = {}
    for key, (label, etype, aliases) in named.items():
        eid = slug(label)
        if eid in entities:
            eid = f"{eid}-{etype.lower()}"
        n = 2
        while eid in entities:
            eid = f"{slug(label)}-{n}"
            n += 1
        own = {_bare(f) for f in (label, *aliases)}
        aliases += [a for a in _known_aliases(key) if a != label and a not in aliases
                    and (_bare(a) in own or not owner[_bare(a)])]
        parts = sorted({without_article(m.text) for m in groups[key] if _is_part(m, key)}, key=fold)
        entities[eid] = Entity(eid, label, etype, tuple(a for a in aliases if a), tuple(parts))
        key_to_id[key] = eid
    return entities, {mid: key_to_id[k] for mid, k in final.items()}


def _bare_concepts(mentions: list[RawMention], final: dict[int, str]) -> dict[int, str]:
    """A bare common noun behind a definite determiner stands for the one fuller phrase on
    that noun its article used before it, in the same number (« les rebelles de Rivemont
    … Les rebelles ont pillé … », « la réforme des retraites … la réforme a provoqué … »);
    after two such phrases (« la réforme des retraites », « la réforme fiscale »), or none,
    or behind « un », « des », it stays itself. A name its noun introduced (« la chaîne
    Canal 12 … la chaîne a dit ») or a body's name it opens (« l'Agence des forêts … la
    direction de l'agence ») is such a phrase too.

    Examples
    --------
    >>> def m(start, text, key, definite=True, number="p"):
    ...     return RawMention("a", 0, start, start + len(text), text, key, "CONCEPT",
    ...                       "concept", number=number, definite=definite)
    >>> ms = [m(0, "rebelles de Rivemont", "concept:rebelle de rivemont"),
    ...       m(40, "rebelles", "concept:rebelle"),
    ...       m(60, "grèves", "concept:grève", definite=False)]
    >>> final = _bare_concepts(ms, {id(x): x.key for x in ms})
    >>> [final[id(x)] for x in ms]
    ['concept:rebelle de rivemont', 'concept:rebelle de rivemont', 'concept:grève']
    """
    by_article: dict[str, list[RawMention]] = defaultdict(list)
    for m in mentions:
        if m.kind == "concept" and final.get(id(m), "").startswith("concept:") \
                or m.kind != "concept" and id(m) in final:
            by_article[m.article_id].append(m)
    out = dict(final)
    for ms in by_article.values():
        fuller: dict[tuple[str, str], set[str]] = defaultdict(set)  # (noun, number) → keys
        named: dict[str, set[str]] = defaultdict(set)  # noun → names it introduced
        for m in sorted(ms, key=lambda m: m.start):
            key = final[id(m)]
            if m.kind != "concept":
                if m.type == "ORG" and len(m.text.split()) > 1:  # « l'Agence X » → agence
                    named[m.text.split()[0].lower()].add(key)
                if m.kind_noun:  # « la chaîne X » → chaîne
                    named[m.kind_noun].add(key)
                continue
            if "|of:" in key:
                continue  # (« sa décision »: its holder's own)
            words = key[len("concept:"):].split()
            if len(words) > 1 and m.definite and m.number == "s" and _classifies(m.text) \
                    and len(found := named.get(words[0], set())) == 1:
                out[id(m)] = next(iter(found))  # « l'agence Vexor … l'agence de notation »
            elif len(words) > 1:
                fuller[words[0], m.number].add(key)
            elif m.definite and len(found := fuller.get((words[0], m.number), set())
                                    | (named.get(words[0], set()) if m.number == "s" else set())
                                    ) == 1:
                out[id(m)] = next(iter(found))  # (« la chaîne X … la chaîne a dit »)
    return out


def _classifies(text: str) -> bool:
    """Is *text* a noun with only a complement that says what kind it is (« agence de
    notation », « ouragan de catégorie 2 »: « de » or « d' » and words with no determiner
    and no capital), not one that names or owns (« agence de la Valbrunie »)?

    Examples
    --------
    >>> _classifies("agence de notation"), _classifies("ouragan de catégorie 2")
    (True, True)
    >>> _classifies("agence d'évaluation financière"), _classifies("agence de Rivemont")
    (True, False)
    >>> _classifies("agence de la ville"), _classifies("société civile")
    (False, False)
    >>> _classifies("association de défense des marins")  # (a new body, described)
    False
    """
    words = text.replace("\u2019", "'").split()
    if len(words) < 2 or words[1] != "de" and not words[1].startswith("d'"):
        return False
    rest = words[2:] if words[1] == "de" else [words[1][2:], *words[2:]]
    return bool(rest) and all((w[:1].islower() or w.isdigit()) and not w.startswith("l'")
                              and w not in _DETERMINERS for w in rest)


_DETERMINERS = DEFINITE_DETERMINERS | POSSESSIVE_DETERMINERS.keys() | {
    "du", "des", "au", "aux", "un", "une"}


def _of(label: str, key: str) -> str:
    """« de » and *label*, elided or with the state's article.

    Examples
    --------
    >>> _of("Anne Roux", "name:anne roux"), _of("Paul Aubry", "name:paul aubry")
    ("d'Anne Roux", 'de Paul Aubry')
    >>> _of("Japon", "state:JP"), _of("France", "state:FR"), _of("États-Unis", "state:US")
    ('du Japon', 'de la France', 'des États-Unis')
    """
    vowel = fold(label)[:1] in "aeiouyh"
    st = geo.state_by_iso(key[6:]) if key.startswith("state:") else None
    if st is not None and st.gender_number.endswith("p"):
        return f"des {label}"
    if st is not None:
        return f"de l'{label}" if vowel else f"du {label}" if st.gender_number == "m" \
            else f"de la {label}"
    return f"d'{label}" if vowel else f"de {label}"


def _bracketed_aliases(mentions: list[RawMention], final: dict[int, str]) -> dict[int, str]:
    """« le ministère de l'Agriculture (Minagri) »: in that article, every mention of the
    bracketed name is the body before the bracket (see `_mark_bracketed`)."""
    same: dict[tuple[str, str], str] = {}
    for m in mentions:
        if m.alias_of is not None and id(m) in final and id(m.alias_of) in final \
                and final[id(m)] != final[id(m.alias_of)]:
            same.setdefault((m.article_id, final[id(m)]), final[id(m.alias_of)])
    if not same:
        return final
    return {id(m): same.get((m.article_id, final[id(m)]), final[id(m)])
            for m in mentions if id(m) in final}


def _same_person(short: str, full: str) -> bool:
    """Is person key *short* the same name as *full*, or *full* with its first name
    cut to an initial (« J. Dupont » / « Jean Dupont »)?

    Examples
    --------
    >>> _same_person("name:j dupont", "name:jean dupont")
    True
    >>> _same_person("name:marie dupont", "name:jean dupont")
    False
    """
    a, b = _tokens(short), _tokens(full)
    return a == b or (len(a) == len(b) > 1 and a[1:] == b[1:] and len(a[0]) == 1
                      and b[0][:1] == a[0])


_NAME_PARTICLES = frozenset({"de", "du", "des", "d", "la", "le", "les", "l"})


def _variant_form(key: str) -> str:
    """A name key without its articles, prepositions and plural marks: the written
    variants of one name (« Fédération des clubs de la Loire » / « … de Loire »,
    « Grands Moulins ») share it.

    Examples
    --------
    >>> _variant_form("name:forum mondial de la langue francaise")
    'name:forum mondial langue francaise'
    >>> _variant_form("name:flight directors")
    'name:flight director'
    """
    words = [w[:-1] if len(w) > 3 and w.endswith("s") else w
             for w in _tokens(key) if w not in _NAME_PARTICLES]
    return "name:" + " ".join(words)


def _merge_variants(final: dict[int, str], counts: Counter, people: set[str]) -> dict[int, str]:
    """Map written variants of one name to its most frequent key, and a person's name
    with an initial (« J. Dupont ») to the one full name it abbreviates."""
    by_form: dict[str, list[str]] = defaultdict(list)
    for key in counts:
        if key.startswith("name:") and len(_tokens(key)) > 1:
            by_form[_variant_form(key)].append(key)
    rep = {k: max(ks, key=lambda x: (counts[x], x)) for ks in by_form.values() for k in ks}
    by_rest: dict[tuple[str, ...], list[str]] = defaultdict(list)  # people by all but 1st word
    by_head: dict[tuple[str, ...], list[str]] = defaultdict(list)  # … and but the last
    for k in people:
        by_rest[tuple(_tokens(k)[1:])].append(k)
        by_head[tuple(_tokens(k)[:-1])].append(k)
    for key in counts:
        toks = _tokens(key) if key.startswith("name:") else []
        if len(toks) > 1 and len(toks[0]) == 1:
            full = [k for k in by_rest.get(tuple(toks[1:]), ())
                    if len(_tokens(k)) == len(toks) and len(_tokens(k)[0]) > 1
                    and _tokens(k)[1:] == toks[1:] and _tokens(k)[0][0] == toks[0]]
            if len(full) == 1:
                rep[key] = rep.get(full[0], full[0])
        elif len(toks) > 1 and len(toks[-1]) == 1 and key in people:  # « Carla B. »
            full = [k for k in by_head.get(tuple(toks[:-1]), ())
                    if len(_tokens(k)) == len(toks) and len(_tokens(k)[-1]) > 1
                    and _tokens(k)[:-1] == toks[:-1] and _tokens(k)[-1][0] == toks[-1]]
            if len(full) == 1:
                rep[key] = rep.get(full[0], full[0])
    # « le Mouvement azur danois » and « le Mouvement azur »: one body, its nationality
    # said once — unless the corpus names the base with two nationalities
    national: dict[str, list[str]] = defaultdict(list)
    for key in counts:
        toks = _tokens(key) if key.startswith("name:") and key not in people else []
        if len(toks) > 2 and geo.is_demonym(toks[-1]):
            national["name:" + " ".join(toks[:-1])].append(key)
    for base, keys in national.items():
        if len(keys) == 1 and base in counts and base not in people:
            rep[keys[0]] = rep.get(base, base)
    return {mid: rep.get(k, k) for mid, k in final.items()}


def _is_part(m: RawMention, key: str) -> bool:
    """Was this mention a body of the entity, named with it ("Conseil … de l'ONU")?"""
    if m.key.startswith("part:"):  # (unless the "parent" is never named: then it is whole)
        return key != f"name:{m.key.split('|', 1)[1]}"
    if key.startswith("org:") and m.kind == "name":
        org = geo.organisation_by_name(without_article(m.text))
        return org is not None and org.acronym != key[4:]
    return False


# lower-case articles only: a capitalised one inside a name belongs to it ("Le Monde")
_LEADING_DET = re.compile(r"^(?:l['’]\s*|les?\s+|la\s+|des\s+|du\s+|d['’]\s*)")


def without_article(text: str) -> str:
    """A mention's words without its leading article, as nodes and aliases are labelled.

    >>> without_article("les  sommets régionaux"), without_article("l'Union africaine")
    ('sommets régionaux', 'Union africaine')
    """
    return " ".join(_LEADING_DET.sub("", text).split())


def _bare(form: str) -> str:
    """*form* folded, without its article: « La Havane » and « Havane » (of « à la Havane ») are
    one name."""
    return re.sub(r"^(?:le|la|les|l) ", "", fold(form))


def _known_aliases(key: str) -> list[str]:
    if key.startswith("state:"):
        st = geo.state_by_iso(key[6:])
        if st is not None:  # forms naming several states ("Corée", "coréen") are left out
            names = [n for n in (st.name, *st.other_names, *st.capitals[:1])
                     if geo.state_by_name(n) == st or geo.state_by_capital(n) == st]
            return names + [d for d in st.demonyms[:2] if geo.state_by_demonym(d) == st]
    if key.startswith("org:"):
        org = geo.organisation_by_acronym(key[4:])
        if org is not None:
            return [org.acronym, org.name]
    return []


def _label_and_type(key: str, ms: list[RawMention]) -> tuple[str, str]:
    if key.startswith("state:"):
        st = geo.state_by_iso(key[6:])
        return (st.name if st else ms[0].text), "LOC"
    if key.startswith("org:"):
        org = geo.organisation_by_acronym(key[4:])
        names = [m.text for m in ms if m.kind == "name"]
        return (org.name if org else max(names, key=len)), "ORG"
    if key.startswith("concept:"):
        forms = Counter(without_article(m.text) for m in ms)
        phrase = " " in key  # (a bare noun standing for the phrase: not its label)
        return sorted(forms, key=lambda f: (phrase and " " not in f, -forms[f], len(f), f))[0], \
            "CONCEPT"
    names = [without_article(m.text) for m in ms if m.kind == "name" and not _is_part(m, key)] \
        or [without_article(m.text) for m in ms]
    forms = Counter(names)
    # the longest proper name seen, among the most frequent spellings of that length
    label = sorted(forms, key=lambda f: (-len(f.split()), -forms[f], -len(f), f))[0]
    # a name introduced by a kind noun of its own type counts thrice (« le groupe Vexor »
    # outweighs « à Vexor » the NER read as a place)
    types = Counter()
    for m in ms:
        if m.kind == "name":
            types[m.type] += 3 if KIND_NOUNS.get(m.kind_noun) == m.type \
                and not m.home_of_kind else 1
    etype = types.most_common(1)[0][0] if types else "MISC"
    return label, etype
