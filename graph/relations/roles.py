"""Roles and appositions: a person and the position a noun set against their name gives them
(« X, président de Y », « le secrétaire général de Z, X », « la correspondante de la chaîne Y,
X »), in every order, with demonyms as the holder state.
"""

from __future__ import annotations

from graph import geo
from graph.entities import (
    QUOTE_CLOSERS,
    concept_key,
    demonym_state,
    is_group,
    role_of,
    role_phrase,
)
from graph.patterns import (
    ASSOCIATE_NOUNS,
    DOCUMENT_NOUNS,
    HONORIFICS,
    KIND_NOUNS,
    KINSHIP_NOUNS,
    LIGHT_NOUNS,
    LOCAL_BODY_NOUNS,
    PERSON_NOUNS,
    PERSONAL_ROLE_NOUNS,
    POSSESSIVE_DETERMINERS,
)
from graph.relations.tokens import (
    _dominates,
    _role_gender,
    case_of,
    is_passive,
)

#: Nouns a role's « à » complement names its body with (« juge au tribunal de X »).
_WORKPLACE_NOUNS = LOCAL_BODY_NOUNS | KIND_NOUNS.keys()


def _may_describe(noun) -> bool:
    """Can common noun *noun*, set against a person's name, describe that person? Not a
    light noun or a document (« d'après un reportage de la chaîne Y, X a … »: X is not
    the report), not the noun inside another's phrase (« la correspondante de la radio X,
    Anne Y »: not the radio), not a circumstance (« après l'arrestation de X par la police,
    Y a … »); « selon la correspondante de X, Y, … » does describe Y."""
    return noun.is_lower and noun.lemma_.lower() not in LIGHT_NOUNS | DOCUMENT_NOUNS \
        and not (noun.dep_ == "nmod" and case_of(noun) in {"de", "d'"}) \
        and case_of(noun) in {"", "selon", "d'après"}


def _in_role_phrase(role_tok, c) -> bool:
    """Is *c* the determiner-less complement `role_phrase` takes into the role (« chef de
    gouvernement », « chef d'état-major »): part of the role's name, not where it is held?"""
    doc = role_tok.doc
    return c.dep_ == "nmod" and c.i == role_tok.i + 2 and c.pos_ == "NOUN" \
        and doc[role_tok.i + 1].lower_ in {"de", "d'"} and c.lower_.rstrip(".") not in HONORIFICS \
        and not any(g.dep_ == "det" for g in c.children)


def _role_class(tok) -> str:
    """`role_of` *tok*, or its whole phrase when a complement names the role (« chef de
    gouvernement » is not a head of state; « chef d'État » is)."""
    role = role_of(tok)
    if role and any(_in_role_phrase(tok, c) for c in tok.children):
        phrase = role_phrase(tok)
        return role if phrase == "chef d'état" else phrase
    return role


class RoleRules:
    """The roles rules of `graph.relations.SentenceExtractor` (a mixin: the
    extractor's ``doc``, ``names`` and ``add`` are its own)."""

    def role_name(self, tok):
        """The person a role noun is attached to ("le dirigeant turc Ali Demir")."""
        inner = tok.dep_ == "nmod" and case_of(tok) in {"de", "d'"} and role_of(tok.head) \
            and tok.head.i < tok.i  # « la fille de l'ancien maire de X, Y »: Y is
        for c in tok.children:  # the daughter, not the mayor (see `_chain_person`)
            apposed = c.dep_ in {"appos", "flat:name"} or c.dep_ == "nmod" and not case_of(c) \
                and not any(t.dep_ == "case" for t in self.doc[c.left_edge.i:c.i]) \
                and not any(role_of(t) for t in self.doc[tok.i + 1:c.i]) \
                or c.dep_ == "conj" and self.doc[c.i - 1].text == "," \
                or c.dep_ == "amod" and not c.is_lower  # "le chef, X, a dit", « le
            # président Aubry » with the name tagged an adjective (« le projet voulu par la
            # directrice Y » with Y hung on « projet »: the nearer role's name)
            if apposed and c.i in self.names and self.names[c.i].type == "PER" and c.i > tok.i:
                if inner and self.doc[c.i - 1].text == ",":
                    return None
                return self.names[c.i]
            if c.dep_ == "appos" and c.i > tok.i and (
                    c.lower_.rstrip(".") in HONORIFICS or c.is_lower and role_of(tok)
                    and "Plur" not in tok.morph.get("Number")
                    and self.doc[c.left_edge.i - 1].text == ",") \
                    and self.names.get(c.i + 1) is not None \
                    and self.names[c.i + 1].type == "PER":  # "…, Monsieur X," as the head;
                return self.names[c.i + 1]  # « le guide de X, l'ayatollah Y »: a title
            if c.dep_ in {"appos", "conj"} and c.i > tok.i and c.pos_ == "NOUN" and role_of(c) \
                    and "," in {self.doc[c.left_edge.i].text, self.doc[c.left_edge.i - 1].text}:
                person = self.role_name(c)  # "Le chef de l'armée, le général X, a dit"
                if person is not None:
                    return person
        chained = self._chain_person(tok) if role_of(tok) else None
        if chained is not None:
            return chained
        after = tok.right_edge.i + 1  # « l'ancien directeur de l'Agence X Paul Y »: the name
        if role_of(tok) and after < len(self.doc) and after in self.names \
                and self.names[after].type == "PER" and self.names[after].token >= after \
                and after - 1 > tok.i and self.doc[after - 1].text[:1].isalpha() \
                and "Plur" not in tok.morph.get("Number"):  # right after the role's phrase
            return self.names[after]
        # a name right after the role and its adjectives, parsed as a sibling
        last = max([tok.i] + [c.i for c in tok.children if c.dep_ == "amod" and c.i > tok.i])
        nxt = last + 1
        if nxt < len(self.doc) and nxt in self.names and self.names[nxt].type == "PER":
            return self.names[nxt]
        # "Le président du club, Jean Dupont, a dit", "leur chef, le colonel X": the name
        # between commas after the role, maybe behind a rank
        after = tok.right_edge.i + 1
        if after < len(self.doc) and self.doc[after].text == "," \
                and "Plur" not in tok.morph.get("Number") and not (  # (« face aux députés
            # de X, Y est intervenu »: Y is not « les députés »)
                tok.dep_ == "nmod" and case_of(tok) == "de" and tok.head.pos_ == "NOUN"
                and (role_of(tok.head) or tok.head.lemma_.lower() in PERSON_NOUNS
                     or not tok.head.is_lower)):
            # (« le fils de l'ancien président de X, Y »: Y is the son, not the role; « des
            # affiches du guide de X, l'ayatollah Y »: Y is the guide)
            j = after + 1
            while j < len(self.doc) and j not in self.names and j - after <= 3 and (
                    self.doc[j].pos_ == "DET" or role_of(self.doc[j])
                    or self.doc[j].lower_.rstrip(".") in HONORIFICS
                    or self.doc[j].is_lower and self.doc[j].pos_ in {"NOUN", "PROPN"}
                    and self.names.get(j + 1) is not None):  # (a title: « l'ayatollah X »)
                j += 1
            if j in self.names and self.names[j].type == "PER":
                return self.names[j]
        if not case_of(tok) and "Plur" not in tok.morph.get("Number"):
            # « la correspondante de la chaîne X en Y, Anne Z, a dit » with the name hung on
            # the last word of the role's phrase: the name after the phrase's first comma
            comma = next((t.i for t in tok.subtree if t.i > tok.i and t.text == ","), None)
            m = self.names.get(comma + 1) if comma is not None else None
            if m is not None and m.type == "PER" and m.token == comma + 1 \
                    and self.doc[comma + 1].head.i > tok.i and (
                        self.doc[comma + 1].dep_ == "appos"
                        or self.doc[comma + 1].dep_ == "conj"  # (as a conjunct, closed
                        and self._name_end(m) < len(self.doc)  # by its own comma: « le chef
                        and self.doc[self._name_end(m)].text == ","):  # de la Y, X, a dit »)
                return m
        return None

    def _chain_person(self, tok):
        """The person named after a role's « de » complements, which the parser hung on
        the last of them: « le directeur de la caisse des dépôts X », « le journaliste de
        la radio Y X » (no comma), « la fille de l'ancien maire de Z, X » (a comma
        after a role inside the role: the outer one's). A role on the way owns what
        follows it (« le fils du président X »: X is the president)."""
        n = tok
        for _ in range(3):
            nxt = next((c for c in n.children if c.dep_ == "nmod" and c.i > n.i
                        and case_of(c) in {"de", "d'"}), None)
            if nxt is None or nxt.lemma_.lower() in KIND_NOUNS:
                return None  # (« l'association « X » »: X names the association)
            owner = role_of(nxt) and "Plur" not in nxt.morph.get("Number")  # (not the
            for c in nxt.children:  # « dépôts » of « caisse des dépôts »)
                if c.dep_ in {"appos", "flat:name"} or c.dep_ == "nmod" and not case_of(c):
                    m = self.names.get(c.i)
                    if m is None or m.type != "PER" or c.i < nxt.i or m is self.names.get(
                            nxt.i):
                        continue
                    comma = self.doc[c.i - 1].text == ","
                    if owner and (not comma or n is not tok):
                        return None
                    if comma and not owner:
                        return None
                    return m
            if owner:
                return None
            n = nxt
        return None

    def role_holder(self, tok) -> str:
        """The key of what a role noun is a role *of*: a state (demonym) or an entity."""
        for c in tok.children:
            st = demonym_state(c) if c.dep_ == "amod" else None
            if st is not None:
                return f"state:{st.iso2}"
        for c in tok.children:
            if c.dep_ == "nmod" and case_of(c) in {"de", "d'"} and not _in_role_phrase(tok, c):
                m = self.arg(c, roles=False)
                if m is not None and m.kind != "concept":
                    return m.key
        return ""

    def role_rule(self, tok):
        """Appositions and role nouns: "X, le père de Y", "le secrétaire général de Z, X"."""
        if tok.i in self.names:  # "X, le père de Y", "la Chine, principal soutien de Y"
            person = self.names[tok.i]
            if person.token != tok.i:
                return
            apposed = [c for c in tok.children if c.pos_ == "NOUN" and c.i > tok.i
                       and c.i not in self.names and (  # (a word of a quoted name: «
                # l'association « Une mère, un toit » », no one's mother)
                c.dep_ == "appos" or role_of(c) and (
                    c.dep_ == "nmod" and not case_of(c)
                    or c.dep_ == "conj" and "," in {self.doc[c.left_edge.i].text,
                                                    self.doc[c.left_edge.i - 1].text}))]
            # (« X, présidente de Y » parsed as a conjunct; « X, sénateur-maire de Y »)
            between = self._between_commas(person)
            if between is not None and all(between.i != c.i for c in apposed):
                apposed.append(between)
            if person.type == "PER":
                self._affiliation(person, tok)
            else:
                self._nationality(person, tok)
            for c in apposed:
                if person.type == "PER":
                    self._role_edges(person, tok, c)
                elif not role_of(c) and c.right_edge.i + 1 < len(self.doc) \
                        and self.doc[c.right_edge.i + 1].text in {",", ".", ";"}:
                    # a state or body described between commas: only "de X" relates it
                    # ("la Chine, principal soutien de Y, …"; not "…, un cadeau à Y.")
                    self._role_edges(person, tok, c, preps=("de", "d'"), named_only=True)
            return
        if tok.pos_ not in {"NOUN", "VERB"}:
            return
        if not role_of(tok):
            # any noun set right against a person's name describes that person (« la
            # correspondante de la chaîne X, Anne Y », « l'analyste de Z Paul W »): its
            # "de"/"à"/"chez" complement is where the person holds that position
            if _may_describe(tok):
                apposed = self._apposed_person(tok, subject_too=True)
                person = self.role_name(tok) or (apposed[1] if apposed else None)
                if person is not None and person.type == "PER":  # (where: a named body)
                    g = _role_gender(tok) if tok.pos_ == "NOUN" else ""
                    if g and (not person.gender
                              or g == "f" and tok.lower_ != tok.lemma_.lower()):
                        # « la correspondante …, X »: the noun's gender is the person's; its
                        # feminine form names a woman whatever the tagger made of her first
                        # name (not « la victime », feminine whoever it is)
                        person.gender = g
                    self._role_edges(person, self.doc[person.token], tok, named_only=True)
                    self._kin_of_possessor(person, tok)
            return
        person = self.role_name(tok)
        predicated = person is None
        if person is None:
            person = self.role_predicate_of(tok)
        apposed = None
        if person is None and (apposed := self._apposed_person(tok, True)) is not None:
            person = apposed[1]
        if person is not None:
            if not person.role:  # "L'ancien président Jorge Salas a été renversé": bound
                person.role = f"{_role_class(tok)}|{self.role_holder(tok)}"
            gender = _role_gender(tok) if apposed is None else ""
            if person.type == "PER" and gender:
                # "la présidente X" is a woman, whatever the tagger said of "X"
                person.gender = gender
            self._role_edges(person, self.doc[person.token], tok,
                             presupposed=not predicated or apposed is not None)
            self._kin_of_possessor(person, tok)

    def _nationality(self, body, tok) -> None:
        """« le groupe français Vexor », « la chaîne qatarie X » → Vexor –groupe français→
        France: a body introduced by its kind and a demonym is of that state."""
        s = min(i for i, m in self.names.items() if m is body)
        if s < 2 or body.type not in {"ORG", "MISC"}:
            return
        adj, kind = self.doc[s - 1], self.doc[s - 2]
        st = geo.state_by_demonym(adj.text) if adj.pos_ in {"ADJ", "X"} and adj.is_lower \
            else None
        if st is None or kind.pos_ != "NOUN" or KIND_NOUNS.get(kind.lemma_.lower()) != "ORG" \
                and KIND_NOUNS.get(kind.lower_) != "ORG":
            return
        state = self._mention(adj.i, adj.i + 1, f"state:{st.iso2}", "LOC", "state", adj.i)
        self.add(body, tok, f"{kind.lower_} {adj.lower_}", state, adj, [kind, adj], tok,
                 presupposed=True)

    def _kin_of_possessor(self, person, tok) -> None:
        """« X et son fils Y », « X critique sa fille, Y, … », « X et son collègue Y » → Y
        –fils de→ X: a kinship or associate noun with a possessive relates the person it
        names to the possessor, the person it is coordinated with or the subject of its
        clause."""
        lemma = tok.lemma_.lower()
        if lemma not in KINSHIP_NOUNS | ASSOCIATE_NOUNS or person.type != "PER" or not any(
                c.dep_ == "det" and "Yes" in c.morph.get("Poss")
                or c.lower_ in {"son", "sa", "ses", "leur", "leurs"} for c in tok.children):
            return
        owners = []
        if tok.dep_ == "conj" and tok.head.i < tok.i:
            m = self.names.get(tok.head.i)
            owners = [(tok.head, m)] if m is not None else []
        elif tok.dep_ in {"obj", "iobj", "obl:arg", "obl:mod", "obl"} \
                and tok.head.pos_ == "VERB":
            owners = self.subjects(tok.head)
        det = next((c for c in tok.children if c.dep_ == "det" and c.i < tok.i
                    and c.lower_ in POSSESSIVE_DETERMINERS), None)
        if not owners and det is not None:
            # « [X a été condamné.] Son avocat, Y, a dit … »: the person « son » stands
            # for, named before (resolved with the pronouns, `graph.coreference`)
            owners = [(det, self._mention(det.i, det.i + 1, "pronoun:kin", "", "pronoun",
                                          det.i, "", POSSESSIVE_DETERMINERS[det.lower_]))]
        for t, m in owners[:1]:
            if (m.type == "PER" or m.key == "pronoun:kin") and m is not person \
                    and m.key != person.key:
                if m.kind != "pronoun" and (not person.role or person.role.endswith("|")):
                    # (« sa fille » later: her; not of a pronoun not yet resolved)
                    person.role = f"{lemma}|{m.key}"
                self.add(person, self.doc[person.token], f"{lemma} de", m, t, [tok], tok,
                         presupposed=True)

    def _role_of_possessor(self, person, person_tok, role_tok, phrase: str) -> None:
        """« La Fédération … Pour X, son secrétaire général, … » → X –secrétaire général
        de→ what « son » stands for: a body named just before (resolved with the pronouns,
        `graph.coreference`)."""
        det = next((c for c in role_tok.children if c.dep_ == "det" and c.i < role_tok.i
                    and c.lower_ in POSSESSIVE_DETERMINERS), None)
        if det is not None:
            owner = self._mention(det.i, det.i + 1, "pronoun:possessor", "", "pronoun", det.i,
                                  "", POSSESSIVE_DETERMINERS[det.lower_])
            self.add(person, person_tok, f"{phrase} de", owner, det, [role_tok], role_tok,
                     presupposed=True)

    def _affiliation(self, person, tok) -> None:
        """A person and the body named right after their name, between brackets or behind
        « de » between commas: « Jeanne Ribot (PCF) », « Paul Mas, de la CFDT, », « Paul
        Mas, de la société Vexor, » → person –membre de→ body."""
        doc, j = self.doc, self._name_end(person)
        if j + 2 < len(doc) and doc[j].text == "(" and j + 1 in self.names:
            body = self.names[j + 1]
            if body.type in {"ORG", "MISC"} and self._name_end(body) < len(doc) \
                    and doc[self._name_end(body)].text == ")":
                self.add(person, tok, "membre de", body, doc[j + 1], [doc[j + 1]], tok,
                         presupposed=True)
            return
        if j + 3 < len(doc) and doc[j].text == "," and doc[j + 1].lower_ in {"de", "du", "d'"}:
            k = j + 2 + (doc[j + 2].pos_ == "DET")
            body = self.names.get(k) or self._kind_name_arg(doc[k], False)
            end = self._name_end(body) if body is not None else len(doc)
            end += end + 1 < len(doc) and doc[end].text in QUOTE_CLOSERS  # (« l'ONG « X », »)
            if body is not None and body.type == "ORG" and end < len(doc) \
                    and doc[end].text in {",", ")", "."}:
                self.add(person, tok, "membre de", body, doc[k], [doc[j + 1]], tok,
                         presupposed=True)

    def one_of_rule(self, tok):
        """« X, l'un des fondateurs de Y », « Un des avocats de Y, X » → X –fondateur
        de→ Y: a person set against « un des <noun>s » holds that position."""
        nouns = [c for c in tok.children if c.dep_ == "nmod" and c.pos_ == "NOUN"
                 and case_of(c) in {"de", "d'"} and "Sing" not in c.morph.get("Number")]
        if tok.lower_ not in {"un", "une"} or not nouns:
            return
        doc, person = self.doc, None
        start = min([tok.i] + [c.i for c in tok.children if c.dep_ == "det"])
        if start >= 2 and doc[start - 1].text == ",":
            before = self.names.get(start - 2)
            person = before if before is not None and before.type == "PER" else None
        for c in tok.children:
            m = self.names.get(c.i)
            if person is None and m is not None and m.type == "PER" and c.i > tok.i \
                    and doc[c.i - 1].text == "," and c.dep_ in {"nmod", "appos"}:
                person = m
        if person is None:
            return
        noun = nouns[0]
        for c in noun.children:
            if c.dep_ == "nmod" and case_of(c) in {"de", "d'"}:
                for t, m in self.args(c):
                    if m.kind not in {"pronoun"} and m is not person:
                        self.add(person, doc[person.token], f"{noun.lemma_.lower()} de", m, t,
                                 [noun], noun, presupposed=True)

    def _between_commas(self, m):
        """The noun of a phrase set between commas right after name *m*, however the
        parser attached it ("Le Japon, premier partenaire du Chili, a …")."""
        doc = self.doc
        j = self._name_end(m)
        if j + 1 >= len(doc) or doc[j].text != ",":
            return None
        k = j + 1
        while k < len(doc) and doc[k].pos_ in {"DET", "ADJ", "ADV"}:  # "…, autrefois premier
            k += 1  # client de X, …"
        if k >= len(doc) or doc[k].pos_ != "NOUN" or case_of(doc[k]) or k in self.names \
                or doc[k].dep_ not in {"appos", "conj", "obl:mod", "obl", "nmod", "acl",
                                       "acl:relcl"}:
            return None
        end = doc[k].right_edge.i + 1
        return doc[k] if end < len(doc) and doc[end].text in {",", ".", ";"} else None

    def role_predicate_of(self, tok):
        """The person a role noun is said of: "X est présidente du Y", "X a été élue
        présidente du Y", "X a été nommé ministre de Y"."""
        holder_clause = tok if any(c.dep_ == "cop" for c in tok.children) else (
            tok.head if tok.head.pos_ in {"VERB", "AUX"} and (
                tok.dep_ == "xcomp" or tok.dep_ in {"obj", "obl:mod"} and not case_of(tok)
                and is_passive(tok.head)) else None)
        if holder_clause is None:
            return None
        for c in holder_clause.children:
            if c.dep_ in {"nsubj", "nsubj:pass"} and c.i in self.names \
                    and self.names[c.i].type == "PER":
                return self.names[c.i]
            if c.dep_ in {"nsubj", "nsubj:pass"} and c.pos_ == "NOUN" and (
                    role_of(c) or c.lemma_.lower() in PERSON_NOUNS):
                return self.role_name(c)  # « la sénatrice X a été élue présidente de Y »
        return None

    def _role_edges(self, person, person_tok, role_tok,
                    preps=("de", "d'", "à", "chez", "auprès de"), named_only: bool = False,
                    presupposed: bool = True):
        """The edges from *person* to where the role *role_tok* is held. *presupposed*: set
        against the name (an apposition, the writer's, whoever speaks in the sentence),
        not stated by its clause (« X est président de Y », which may be reported)."""
        if person.type == "ORG" and role_tok.lemma_.lower() in PERSONAL_ROLE_NOUNS:
            return  # (« … à l'AFP un délégué de X »: no body is a delegate)
        phrase = role_phrase(role_tok)
        role = role_of(role_tok)
        own = [g for c in role_tok.children if _in_role_phrase(role_tok, c)
               for g in c.children if g.i == c.i + 1]  # « secrétaire d'État | chilien »
        for c in [*role_tok.children, *own] if role else ():  # (« correspondant égyptien »:
            st = demonym_state(c) if c.dep_ == "amod" else None  # of his nationality, not
            if st is not None:  # a position held of Egypt)
                holder = self._mention(c.i, c.i + 1, f"state:{st.iso2}", "LOC", "state", c.i)
                if role:
                    person.role = f"{role}|{holder.key}"
                self.add(person, person_tok, f"{phrase} de", holder, c, [role_tok], role_tok,
                         presupposed=presupposed)
        held_of = any(case_of(c) in {"de", "d'"} for c in role_tok.children
                      if c.dep_ in {"nmod", "obl:mod", "obl"} and not _in_role_phrase(role_tok, c))
        for c in role_tok.children:
            if _in_role_phrase(role_tok, c):
                continue  # (« chef de gouvernement »: the role's own name)
            if any(d.dep_ == "conj" and role_tok.i < d.i < c.i for d in role_tok.children):
                continue  # « directeur de X et expert de la Norvège »: the second's
            if c.dep_ in {"nmod", "obl:mod", "obl"} and case_of(c) in preps and not (
                    held_of and case_of(c) == "à"):  # (« président du groupe X à
                # l'Assemblée »: the « de » is what is led, the « à » only where)
                if self._state_body(person, person_tok, role_tok, phrase, c, presupposed):
                    continue
                for t, m in self.args(c):
                    if m.key == person.key and role and c.pos_ == "NOUN" and c.is_lower \
                            and not role_of(c):
                        # « le directeur de la caisse des dépôts X »: the body, not X
                        key, start, end = concept_key(c)
                        t, m = c, self._mention(start, end, key, "CONCEPT", "concept", c.i)
                    if m.kind == "concept" and role and self._department_of_body(
                            person, person_tok, role_tok, phrase, c, presupposed):
                        continue
                    if m.kind == "pronoun" or m.kind == "concept" and (
                            not t.is_lower and t.lower_ not in KIND_NOUNS or named_only):
                        continue  # (a capitalised body the NER missed is no common noun)
                    if case_of(c) in {"à", "au", "aux"} and m.kind == "concept" \
                            and t.lemma_.lower() not in _WORKPLACE_NOUNS:
                        continue  # « le président X, au pouvoir depuis 2011, »: since when,
                        # no body (« juge au tribunal de X » is one)
                    if case_of(c) == "à" and m.type == "LOC" and m.kind == "name":
                        if person_tok.i < role_tok.i \
                                and self.doc[role_tok.left_edge.i - 1].text == ",":
                            # « X, journaliste à Valbrune, »: where the post is
                            self.add(person, person_tok, f"{phrase} à", m, t, [role_tok],
                                     role_tok, presupposed=presupposed)
                        continue  # « le président X à Valbrune »: where he was, no post
                    if role and m.kind != "concept":
                        person.role = person.role or f"{role}|{m.key}"
                    self.add(person, person_tok, f"{phrase} de", m, t, [role_tok], role_tok,
                             presupposed=presupposed)
        if role or _may_describe(role_tok):
            # « l'envoyée de la radio X en Valbrunie, Anne Y »: where the role is
            # held, hung on the role or on its body
            bodies = [c for c in role_tok.children if c.dep_ == "nmod"
                      and case_of(c) in {"de", "d'"} and not _in_role_phrase(role_tok, c)]
            bodies += [g for c in bodies for g in c.children if g.dep_ == "nmod"
                       and case_of(g) in {"de", "d'"}]  # (« de la chaîne de télévision X »)
            for c in [role_tok, *bodies]:
                for d in c.children:
                    if d.dep_ == "nmod" and case_of(d) == "en" and d.i > role_tok.i:
                        m = self.arg(d, roles=False)
                        if m is not None and m.type == "LOC" and m.kind in {"name", "state"} \
                                and m is not person:
                            self.add(person, person_tok, f"{phrase} en", m, d, [role_tok],
                                     role_tok, presupposed=presupposed)
        if role and not held_of and "de" in preps and not self._quoted(role_tok) \
                and role_tok.lemma_.lower() not in KINSHIP_NOUNS:  # (« sa fille »: a person's)
            self._role_of_possessor(person, person_tok, role_tok, phrase)
        j = max([role_tok.i] + [c.i for c in role_tok.children if c.dep_ == "amod"
                                 and c.i > role_tok.i]) + 1
        if j in self.names and self.names[j].type == "ORG" and self.names[j] is not person \
                and _dominates(role_tok, self.doc[j]):  # « ex-sénatrice MoDem »
            self.add(person, person_tok, f"{phrase} de", self.names[j], self.doc[j],
                     [role_tok], role_tok, presupposed=presupposed)
        # "X, vice-président … au Center for …" with the foreign name parsed as a clause of
        # its own: an organisation right after the role phrase, behind "à"/"chez", is where
        # the role is held
        j = role_tok.right_edge.i + 1
        if "à" in preps and j + 1 < len(self.doc) and self.doc[j].lower_ in {"au", "à", "chez"} \
                and j + 1 in self.names and self.names[j + 1].type in {"ORG", "MISC"} \
                and not _dominates(role_tok, self.doc[j + 1]):
            m = self.names[j + 1]
            self.add(person, person_tok, f"{phrase} de", m, self.doc[m.token], [role_tok],
                     role_tok, presupposed=presupposed)

    def _state_body(self, person, person_tok, role_tok, phrase: str, c,
                    presupposed: bool) -> bool:
        """« le chef de la diplomatie chilienne, X », « le porte-parole du gouvernement
        chilien, X » → X –chef de la diplomatie de→ Chili: a role over a state's body
        (*c*, a group noun with a demonym, `patterns.GROUP_NOUNS`) is held of that state,
        and the body stays in the relation (head of its army, not of the state). True
        when made."""
        if case_of(c) not in {"de", "d'"} or not is_group(c) or not c.is_lower \
                or any(g.dep_ in {"nmod", "appos"} and g.i in self.names
                       and self.names[g.i] is not person for g in c.children):
            return False
        adj = next((g for g in c.children if g.dep_ == "amod" and g.i > c.i
                    and demonym_state(g) is not None), None)
        if adj is None:
            return False
        st = demonym_state(adj)
        state = self._mention(adj.i, adj.i + 1, f"state:{st.iso2}", "LOC", "state", adj.i)
        words = [g for g in c.children if g.dep_ in {"case", "det"} and g.i < c.i] + [c]
        body = " ".join(w.lower_ for w in sorted(words, key=lambda w: w.i)).replace("' ", "'")
        self.add(person, person_tok, f"{phrase} {body} de", state, adj, [role_tok, c],
                 role_tok, presupposed=presupposed)
        return True

    def _department_of_body(self, person, person_tok, role_tok, phrase: str, c,
                            presupposed: bool) -> bool:
        """« X, directeur des ventes de la société Y », « responsable de la communication
        du groupe Y » → X –directeur de vente de→ Y: a role over a part of a named body
        (*c*, the role's common-noun complement) is held at that body. True when made."""
        if not c.is_lower or role_of(c) or c.lemma_.lower() in KIND_NOUNS:
            return False
        for d in c.children:
            if d.dep_ == "nmod" and d.i > c.i and case_of(d) in {"de", "d'"}:
                body = self.arg(d, roles=False)
                if body is not None and body.type == "ORG" and body.kind == "name" \
                        and body is not person:
                    self.add(person, person_tok, f"{phrase} de {c.lemma_.lower()} de", body,
                             self.doc[body.token], [role_tok], role_tok,
                             presupposed=presupposed)
                    return True
        return False

    def _apposed_person(self, tok, subject_too: bool = False):
        """(token, mention) of the person a subject noun is apposed to when the parser hung
        the person elsewhere (« Jean Dupont, le candidat du parti X, a dit … » with
        « candidat » as the subject), or None."""
        if tok.pos_ not in {"NOUN", "VERB"} or tok.i in self.names or not tok.is_lower \
                or any(c.dep_ == "cc" and c.i < tok.i for c in tok.children):
            return None  # (« …, à X, et le comité du parti … »: coordinated, not apposed)
        j = min([tok.i] + [c.left_edge.i for c in tok.children
                           if c.i < tok.i and not c.is_punct]) - 1
        if j < 1 or self.doc[j].text != ",":
            return None
        m = self.names.get(j - 1)
        if m is None or m.type != "PER" or not subject_too and self.doc[m.token].dep_ in {
                "nsubj", "nsubj:pass"}:
            return None
        name = self.doc[m.token]
        if not subject_too and (case_of(name) or name.dep_ in {"amod", "nmod"}
                                and case_of(name.head)):
            return None  # not a person named inside a prepositional phrase (« … du
            # président X, le candidat poursuit … »)
        return name, m
