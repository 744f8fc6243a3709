"""What an argument token stands for: a name, a state, a title, a pronoun, a description
(« le pays », « l'entreprise »), a group, or a common-noun concept with the words that make
it informative. Also the sentence and quotation bounds the other rules consult.
"""

from __future__ import annotations

from graph.entities import (
    QUOTE_OPENERS,
    RawMention,
    clause_role,
    concept_key,
    demonym_state,
    epithet,
    in_subordinate_clause,
    is_concept_noun,
    is_group,
    is_quantity,
    name_key,
    people_noun,
    role_of,
)
from graph.patterns import (
    CLAIM_NOUNS,
    COPULAR_VERBS,
    COUNTING_NOUNS,
    DEFINITE_DETERMINERS,
    DEMONSTRATIVE_PRONOUNS,
    EPONYM_NOUNS,
    GENERIC_NOUNS,
    HOLDER_NOUNS,
    HONORIFICS,
    KIND_FAMILIES,
    KIND_NOUNS,
    KINSHIP_NOUNS,
    MEASURE_NOUNS,
    MEMBER_NOUNS,
    OBJECT_CLITICS,
    OTHER_ADJECTIVES,
    OWNED_NOUNS,
    PARTY_FAMILY_ADJECTIVES,
    PERSON_NOUNS,
    PERSON_OBJECT_SPEECH_VERBS,
    PLACE_PREPOSITIONS,
    POSSESSIVE_DETERMINERS,
    PRONOUNS,
    REPORTING_VERBS,
    ROLE_NOUNS,
    SMALL_NUMBERS,
    STAFF_NOUNS,
    STATE_DESCRIPTION_NOUNS,
    STATE_POWER_NOUNS,
)
from graph.relations.tokens import (
    _dominates,
    case_of,
    conjuncts,
    is_reflexive,
    verb_lemma,
)

# An argument reader's answer: the token is its kind of argument and stands for nothing.
STOP = object()


def _undergoes(tok) -> bool:
    """Does noun *tok* (or the first of its conjuncts) undergo its verb's act: its
    object, or the subject of a passive?"""
    while tok.dep_ == "conj":
        tok = tok.head
    return tok.dep_ in {"obj", "nsubj:pass", "iobj"}


class ArgumentRules:
    """The arguments rules of `graph.relations.SentenceExtractor` (a mixin: the
    extractor's ``doc``, ``names`` and ``add`` are its own)."""

    # ---- mentions made on demand
    def _mention(self, start: int, end: int, key: str, etype: str, kind: str, head: int,
                 gender: str = "", number: str = "s") -> RawMention:
        cache = (start, key)
        if cache not in self.made:
            doc = self.doc
            cs, ce = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
            self.made[cache] = RawMention(
                self.article_id, self.sent_of(head), self.offset + cs, self.offset + ce,
                doc[start:end].text, key, etype, kind, token=head, gender=gender, number=number,
                dep=clause_role(doc[head]), embedded=in_subordinate_clause(doc[head]))
        return self.made[cache]

    def mentions(self) -> list[RawMention]:
        seen, out = set(), []
        for m in [*self.names.values(), *self.made.values()]:
            if id(m) not in seen:
                seen.add(id(m))
                m.quoted = self._quoted(self.doc[m.token])
                out.append(m)
        return out

    def arg(self, tok, roles: bool = True) -> RawMention | None:
        """The mention an argument token stands for, or None.

        The readers below are tried in order; each knows one kind of argument and answers
        a mention, None (not mine), or ``STOP`` (mine, and it stands for nothing).
        *roles*: whether a role noun may stand for the person holding it.
        """
        if tok.i in self.names:
            return self._demonym_person(tok) or self.names[tok.i]
        if tok.text == "A" and tok.pos_ != "PROPN":
            return None  # « A Valbrune, … »: « À » written without its accent, no argument
        readers = [self._relative_arg, self._latest_arg, self._pronoun_arg, self._kind_name_arg,
                   self._proper_arg]
        if tok.pos_ in {"NOUN", "ADJ", "PROPN"}:
            readers += [self._honorific_arg, self._capitalised_arg, self._named_noun_arg,
                        self._quantity_arg, self._demonym_arg, self._pair_arg, self._role_arg,
                        self._own_state_arg,
                        self._description_arg, self._group_arg, self._concept_arg]
        for reader in readers:
            found = reader(tok, roles)
            if found is not None:
                return None if found is STOP else found
        return None

    def _demonym_person(self, tok) -> RawMention | None:
        """« le Belge Marc Aubry a été hospitalisé … »: a demonym the parser made the head of
        the person's name in apposition stands for that person, not for the state."""
        m = self.names[tok.i]
        after = self.names.get(tok.i + 1)
        if m.kind != "state" or after is None or after.type != "PER" \
                or self.doc[tok.i + 1].head.i != tok.i or demonym_state(tok) is None \
                or any(c.dep_ == "nummod" or c.dep_ == "det" and c.lower_ in {"les", "des", "ces"}
                       for c in tok.children):
            return None  # (« les Belges Marc et Léa … »: not one person)
        return after

    def _relative_arg(self, tok, roles):
        """« qui », « que »: the antecedent of the relative clause (the name right before
        the pronoun first: « les propos de Paul, qui … »)."""
        if tok.lower_ not in {"qui", "que", "qu'"} or tok.pos_ != "PRON":
            return None
        v = tok.head
        cleft = v.dep_ in {"dep", "acl", "ccomp"} and tok.lower_ == "qui" and any(
            c.dep_ == "cop" for c in v.head.children) and any(
            c.dep_ in {"nsubj", "expl:subj"} and c.lower_ in {"c'", "c’", "ce"}
            for c in v.head.children)
        if v.dep_ != "acl:relcl" and not cleft or v.head.i == tok.i:
            return STOP  # (« c'est X qui a … » read with the clause as a mere dependent)
        j = tok.i - 1
        while j >= 0 and self.doc[j].is_punct:
            j -= 1
        if j > v.head.i and j in self.names and not (
                self.names[j].type == "LOC" and v.head.pos_ == "NOUN"
                and self.doc[self.names[j].token].head.i == v.head.i):
            return self.names[j]  # (« les pêcheurs de Valbrune, qui … »: the fishermen)
        inner = next((c for c in v.head.children if c.dep_ == "nmod" and c.pos_ == "NOUN"
                      and c.right_edge.i == j and case_of(c) in {"de", "d'", "du", "des"}),
                     None) if v.head.lemma_.lower() in MEASURE_NOUNS else None
        if inner is not None:  # « le bilan du cyclone qui a frappé … »: the cyclone
            return self.arg(inner, roles) or STOP
        return self.apposed_name(v.head) or self._predicated_name(v.head) \
            or self.arg(v.head, roles) or STOP

    def _predicated_name(self, noun) -> RawMention | None:
        """The name a common noun is said of (« X est l'homme qui … », « X reste le maire
        qui … », « X se présente comme la candidate qui … »): what a relative clause on
        the noun is about; None when the noun is predicated of nothing named."""
        if noun.pos_ != "NOUN":
            return None
        subject = None
        if any(c.dep_ == "cop" for c in noun.children):
            subject = next((c for c in noun.children if c.dep_ == "nsubj"), None)
        elif noun.head.pos_ == "VERB" and noun.head.i < noun.i and (
                noun.dep_ in {"xcomp", "obj"} and verb_lemma(noun.head) in COPULAR_VERBS
                or case_of(noun) == "comme" and is_reflexive(noun.head)):
            subject = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        m = self.arg(subject, roles=False) if subject is not None else None
        return m if m is not None and m.kind == "name" else None

    def apposed_name(self, noun) -> RawMention | None:
        """The name a common noun is set against (« X, un candidat qui a … », « les Y, une
        milice faisant partie de … »): what a clause hung on the noun is about."""
        apposed = noun.dep_ in {"appos", "nmod"} and not case_of(noun) \
            and noun.head.i < noun.i and any(t.text == "," for t in self.doc[noun.head.i:noun.i]) \
            and noun.lower_ not in DEMONSTRATIVE_PRONOUNS | {"ce", "c'", "c’", "ça"}
        # (« X, ce qui … »: the clause before, not X)
        if noun.pos_ != "NOUN" and not apposed:
            return None  # (« la Valbrunie, région-clé qui … », « clé » tagged a pronoun)
        m = None
        if noun.dep_ == "appos" and noun.head.i < noun.i or apposed:
            m = self.arg(noun.head, roles=False)  # (« le club X, équipe fondée … »)
            m = m if m is not None and m.kind == "name" else None
        else:  # set between commas right after the name, whatever the parse says
            lo, hi = noun.left_edge.i, noun.right_edge.i + 1
            if lo >= 2 and self.doc[lo - 1].text == "," and hi < len(self.doc) \
                    and self.doc[hi].text == ",":
                m = self.names.get(lo - 2)
        return m if m is not None and m.type in {"PER", "ORG", "MISC", "LOC"} else None

    def _honorific_arg(self, tok, roles):
        """« Monsieur », « M. », « Mme » heading the clause for the name after them (the
        parser's slip): that person, never a node of its own."""
        if tok.lower_.rstrip(".") not in HONORIFICS:
            return None
        for j in range(tok.i + 1, min(tok.i + 4, len(self.doc))):
            if j in self.names and self.names[j].type == "PER":
                return self.names[j]
        return STOP

    def _latest_arg(self, tok, roles):
        """« ce dernier », « cette dernière »: the last person named before."""
        low = tok.lower_
        if low not in {"dernier", "dernière", "derniers", "dernières"} or not any(
                c.dep_ == "det" and c.lower_ in {"ce", "cette", "ces"} for c in tok.children) \
                or self._quoted(tok):
            return None
        start = min(c.i for c in tok.children if c.dep_ == "det")
        return self._mention(start, tok.i + 1, "latest", "", "pronoun", tok.i,
                             "f" if low.startswith("derniè") else "m",
                             "p" if low.endswith("s") else "s")

    def _pronoun_arg(self, tok, roles):
        """Third-person pronouns, resolved later (`graph.coreference`); inside a quote « il »
        is the speaker's business."""
        if tok.pos_ != "PRON":
            return None
        low = tok.lower_.removeprefix("-")  # "a-t-il déclaré"
        if low == "t" and tok.i + 1 < len(self.doc):  # (the parser's « -t » | « -il »)
            low = self.doc[tok.i + 1].lower_.removeprefix("-")
        if low in {"je", "j'", "j’"} and tok.dep_ in {"nsubj", "nsubj:pass"} \
                and self._quoted(tok):
            # « « Je défendrai le port », a déclaré X »: the one who speaks, when the
            # sentence names them
            lo, hi = self._sentence_bounds(tok)
            speaker = self._quote_speaker(tok, lo, hi)
            if speaker is not None and speaker.type == "PER" and speaker.kind == "name" \
                    and self.offset + self.doc[lo].idx <= speaker.start \
                    and speaker.end <= self.offset + self.doc[hi - 1].idx + len(self.doc[hi - 1]):
                return speaker
            return STOP
        if low in OBJECT_CLITICS and tok.dep_ == "obj" and not self._quoted(tok) \
                and verb_lemma(tok.head) not in REPORTING_VERBS - PERSON_OBJECT_SPEECH_VERBS:
            # (« comme l'a précisé X »: « l' » is what X said)
            g, n = OBJECT_CLITICS[low]
            return self._mention(tok.i, tok.i + 1, f"pronoun:{low}", "", "pronoun", tok.i, g, n)
        if low in PRONOUNS and not self._quoted(tok) and not self._rival_noun(tok, low):
            g, n = PRONOUNS[low]
            m = self._mention(tok.i, tok.i + 1, f"pronoun:{low}", "", "pronoun", tok.i, g, n)
            if m.antecedent is None:
                m.antecedent = self._speaker_of_clause(tok, g, n)
            return m
        return STOP

    def _speaker_of_clause(self, tok, gender: str, number: str) -> RawMention | None:
        """« X affirmait qu'il allait fermer une usine »: the subject pronoun of a clause
        a speech verb governs is that verb's named subject when they agree (a body's
        unknown gender agrees with « il » and « elle »), or None."""
        clause = tok.head
        if tok.dep_ != "nsubj" or clause.dep_ != "ccomp" or clause.head.pos_ != "VERB" \
                or verb_lemma(clause.head) not in REPORTING_VERBS:
            return None
        for _, m in self.subjects(clause.head)[:1]:
            if m.kind in {"pronoun", "concept", "description"} or m.type not in {"PER", "ORG"} \
                    and m.kind != "state":
                return None
            if (m.number or "s") != number or m.gender and gender and m.gender != gender:
                return None
            return m
        return None

    def _proper_arg(self, tok, roles):
        """A proper noun the NER missed, typed by the general tables."""
        if tok.pos_ != "PROPN" or tok.is_lower or sum(c.isalpha() for c in tok.text) < 2 \
                or tok.lower_ in DEMONSTRATIVE_PRONOUNS or tok.lower_ in KIND_NOUNS:
            return None  # ("parti" tagged PROPN is a noun; "X." is no one's name; nor is
            # « Celui-ci » opening a sentence, nor « l'ONG »: a kind of body)
        named = next((self.names[c.i] for c in tok.children
                      if c.dep_ == "flat:name" and c.i in self.names), None)
        if named is not None:
            return named  # « l'Américaine Lucie Vexa » hung on the demonym: the name
        end = self._flat_end(tok)
        key, etype = name_key(tok, self.doc[tok.i:end].text)
        return self._mention(tok.i, end, key, etype, "state" if key[:6] == "state:" else "name",
                             tok.i)

    def _kind_name_arg(self, tok, roles):
        """« l'ONG Terre Claire », « l'association « X » », « le constructeur automobile
        X »: a kind word, whatever its tag, and the name right after it or its adjectives
        (`graph.entities.epithet`)."""
        if tok.lemma_.lower() not in KIND_NOUNS and tok.lower_ not in KIND_NOUNS:
            return None
        j = tok.i + 1
        while j < len(self.doc) and j - tok.i <= 2 and epithet(self.doc[j]):
            j += 1
        j += j < len(self.doc) and self.doc[j].text in QUOTE_OPENERS
        return self.names[j] if j in self.names and self.names[j].type in {"ORG", "MISC"} \
            else None

    def _capitalised_arg(self, tok, roles):
        """A state or organisation of the tables written as a capitalised noun."""
        if not tok.text[:1].isupper() or tok.is_sent_start or demonym_state(tok) and any(
                c.dep_ == "nummod" or c.like_num for c in tok.children):
            return None  # (« deux Suédois »: people counted, see `_demonym_arg`)
        end = self._flat_end(tok)
        key, etype = name_key(tok, self.doc[tok.i:end].text)
        if key.startswith(("state:", "org:")):
            return self._mention(tok.i, end, key, etype, "state" if key[:6] == "state:"
                                 else "name", tok.i)
        return None

    def _named_noun_arg(self, tok, roles):
        """A noun that names what it describes: « l'agence de presse Xinhua », « la ville de
        Lyon », « le parti des Verts unis » (not « le parti de <a person> »), « le
        géant russe Gazprom » (not « l'affaire X »)."""
        kind = KIND_NOUNS.get(tok.lemma_.lower())
        if tok.lemma_.lower() in EPONYM_NOUNS:
            return None
        for c in tok.children:
            if c.dep_ in {"appos", "nmod", "flat:name"} and c.i > tok.i and c.i in self.names:
                first = min(i for i in self.names if self.names[i] is self.names[c.i])
                prep = case_of(c) or ("de" if self.doc[first - 1].lower_ in {
                    "de", "d'", "d’", "du"} else "")  # (« le maire de Vila Nova » with « de »
                between = self.doc[tok.i + 1:first]
                if not prep and self.names[c.i].type == "LOC" and any(
                        t.pos_ == "PROPN" and t.i not in self.names for t in between):
                    continue  # (« le président de Vexor Europe du Nord »: a name after
                    # another noun's phrase is not this noun's)
                if not prep and any(t.dep_ == "case" and t.lower_ not in {"de", "du", "des", "d'",
                                                                          "d’"} for t in between):
                    continue  # (« un mandat face au conservateur X »: X is not the mandate)
                if not prep and self.doc[first - 1].text == "," and role_of(tok) \
                        and tok.dep_ == "nmod" and case_of(tok) in {"de", "d'"} \
                        and role_of(tok.head):
                    continue  # (« la sœur de l'ancien maire de X, Y »: Y is the sister)
                if not prep and self.doc[first - 1].text == "," \
                        and self.names[c.i].type == "PER" and not people_noun(tok) \
                        and any(role_of(t) for t in between):
                    continue  # (« la démission du ministre de X, Y »: Y is the minister)
                if prep == "de" and KIND_FAMILIES.get(tok.lemma_.lower()) == "town" and any(
                        d.dep_ == "det" or d.dep_ == "case" and d.lower_ in {"du", "des"}
                        for d in c.children) and case_of(tok) not in PLACE_PREPOSITIONS:
                    continue  # (« s'emparer d'une ville clé du Darfour »: a town in it, not
                    # it; « dans la capitale de X » is in X)
                if not prep or prep == "de" and tok.i not in self.names \
                        and kind in {"LOC", "ORG"} \
                        and self.names[c.i].type in {kind, "MISC"}:  # hung on « Vila »)
                    return self.names[c.i]
            if kind and c.dep_ == "nmod" and c.pos_ == "NOUN" and case_of(c) == "de" \
                    and not any(d.dep_ == "det" for d in c.children):
                for d in c.children:  # « l'agence de presse X »: the name on the noun
                    if d.dep_ in {"appos", "nmod", "flat:name"} and d.i > c.i \
                            and d.i in self.names and not case_of(d):
                        return self.names[d.i]
        if tok.pos_ != "NOUN" or tok.i in self.names or role_of(tok) or not any(
                c.dep_ == "det" for c in tok.children):
            return None
        last = max([tok.i] + [c.i for c in tok.children if c.dep_ == "amod" and c.i > tok.i])
        if last + 1 < len(self.doc) and self.doc[last + 1].text in QUOTE_OPENERS:
            last += 1  # « l'association « X » »
        if last + 1 in self.names and self.names[last + 1].type in {"ORG", "MISC", "PER"}:
            return self.names[last + 1]
        return None

    def _quantity_arg(self, tok, roles):
        """« des dizaines de drones »: the thing counted; a common noun counted in
        figures keeps its amount (« 2,4 milliards d'euros », « des milliers de
        manifestants »)."""
        if not is_quantity(tok):
            return None
        for c in tok.children:
            if c.dep_ == "nmod" and case_of(c) in {"de", "d'"}:
                m = self.arg(c, roles)
                if m is not None and m.kind == "concept" \
                        and tok.lemma_.lower() in COUNTING_NOUNS:
                    key, s, e = concept_key(tok)
                    if e <= c.i:  # (« milliards de dollars »: the noun's phrase may hold it)
                        _, cs, ce = concept_key(c)
                        key, s, e = f"{key} de {m.key.split(':', 1)[1]}", min(s, cs), max(e, ce)
                    return self._mention(s, e, key, "CONCEPT", "concept", tok.i)
                return m or STOP
        return None

    def _demonym_arg(self, tok, roles):
        """« les Américains »: the state (not « deux Suédois »: people counted are persons)."""
        st = demonym_state(tok)
        if st is None or tok.pos_ != "NOUN" or any(c.dep_ == "nummod" or c.like_num
                                                   for c in tok.children):
            return None
        if tok.is_lower and "Plur" not in tok.morph.get("Number") and any(
                c.dep_ == "det" and c.lower_ in {"le", "l'", "du"} for c in tok.children):
            return None  # « le français », « l'anglais »: a language, not a state
        if tok.is_lower and case_of(tok) in {"en", "du", "de"} and not any(
                c.dep_ == "det" for c in tok.children) and "Plur" not in tok.morph.get(
                "Number"):
            return None  # « écrit en russe », « traduit du chinois »
        return self._mention(tok.i, tok.i + 1, f"state:{st.iso2}", "LOC", "state", tok.i)

    def _pair_arg(self, tok, roles):
        """« les deux dirigeants »: the two people just named (`graph.coreference`)."""
        if not self.pair_of_people(tok):
            return None
        return self._mention(tok.i, tok.i + 1, "people:2", "PER", "description", tok.i, "", "p")

    def _role_arg(self, tok, roles):
        """A role noun: the person named with it, else a title resolved to the article's
        holder of that role (« la nouvelle présidente », « le ministre russe »)."""
        role = role_of(tok)
        if not role or not roles:
            return None
        person = self.role_name(tok)
        holder = self.role_holder(tok)
        if person is not None:
            person.role = f"{role}|{holder}" if holder else person.role
            return person
        if not holder and tok.lemma_.lower() in KINSHIP_NOUNS:
            holder = self._kin_possessor(tok)  # « X a critiqué sa fille »: X's daughter,
            if not holder:  # the person the article names as such, or no one known
                return None
        definite = any(c.dep_ == "det" and c.lower_ in {"le", "la", "l'", "l’"}
                       or c.dep_ == "case" and c.lower_ in {"au", "du"}
                       for c in tok.children)  # "au président" is "à le président"
        if not holder and not (definite and "Sing" in tok.morph.get("Number")):
            return None
        g = (tok.morph.get("Gender") or [""])[0][:1].lower()
        end = max([tok.i] + [c.i for c in tok.children if c.dep_ == "amod"
                             and c.i <= tok.i + 2 and demonym_state(c)]) + 1
        return self._mention(self._np_start(tok), end, f"{role}|{holder}", "PER", "title",
                             tok.i, g, "s")

    def _kin_possessor(self, tok) -> str:
        """The key of the person whose kin *tok* is, for a kinship noun with a possessive
        that is an object of a verb (« X a critiqué sa fille »): the verb's subject, if a
        named person; else ""."""
        if tok.dep_ not in {"obj", "iobj", "obl:arg", "obl:mod", "obl"} \
                or tok.head.pos_ != "VERB" or not any(
                    c.dep_ == "det" and c.lower_ in {"son", "sa", "ses"} for c in tok.children):
            return ""
        owners = self.subjects(tok.head)
        if len(owners) == 1 and owners[0][1].type == "PER" and owners[0][1].kind == "name":
            return owners[0][1].key
        return ""

    def _own_state_arg(self, tok, roles):
        """« le président X a confirmé que son pays … »: the state X heads."""
        if tok.lemma_.lower() not in STATE_DESCRIPTION_NOUNS or tok.pos_ != "NOUN" or not any(
                c.dep_ == "det" and c.lower_ in {"son", "sa", "leur", "notre"}
                for c in tok.children) or any(c.dep_ == "nmod" for c in tok.children):
            return None
        lo, _ = self._sentence_bounds(tok)
        for j in range(tok.i - 1, lo - 1, -1):
            m = self.names.get(j)
            holder = m.role.split("|", 1)[-1] if m is not None and m.type == "PER" else ""
            if holder.startswith("state:"):
                start = min([tok.i] + [c.i for c in tok.children if c.dep_ == "det"])
                return self._mention(start, tok.i + 1, holder, "LOC", "state", tok.i)
        return STOP

    def _description_arg(self, tok, roles):
        """« le pays », « les deux pays », « l'entreprise »: resolved later to the entities
        just named (`graph.coreference`)."""
        count = self.state_description(tok)
        if count:
            return self._mention(tok.i, tok.i + 1, f"description:{count}", "LOC",
                                 "description", tok.i, "", "p" if count > 1 else "s")
        etype = self.kind_description(tok)
        if etype:
            g = (tok.morph.get("Gender") or [""])[0][:1].lower()
            return self._mention(tok.i, tok.i + 1, f"kind:{etype}:{tok.lemma_.lower()}", etype,
                                 "description", tok.i, g, "s")
        return None

    def _group_arg(self, tok, roles):
        """« les responsables américains »: people acting for a state are the state."""
        if not is_group(tok):
            return None
        for c in tok.children:
            st = demonym_state(c) if c.dep_ == "amod" else None
            if st is not None:
                return self._mention(self._np_start(tok), max(tok.i, c.i) + 1,
                                     f"state:{st.iso2}", "LOC", "group", tok.i)
        for c in tok.children:  # « le régime de Damas », « l'armée du Mali »: the state
            m = self.names.get(c.i) if c.dep_ == "nmod" and c.i > tok.i \
                and tok.lemma_.lower() in STATE_POWER_NOUNS \
                and case_of(c) in {"de", "d'", "du"} else None
            if m is not None and m.kind == "state" and m.token == c.i:
                return self._mention(self._np_start(tok), self._name_end(m), m.key, "LOC",
                                     "group", tok.i)
        return None

    def _concept_arg(self, tok, roles):
        """A common noun with the words that make it informative (« montée des tensions »);
        a generic noun hands over to its named holder (« la position de Washington ») or is
        nothing on its own (« le retour »)."""
        if tok.pos_ != "NOUN" or not is_concept_noun(tok):
            return None
        if tok.lemma_.lower() in PARTY_FAMILY_ADJECTIVES and "Sing" in tok.morph.get("Number") \
                and any(c.dep_ == "det" and c.lower_.replace("’", "'") in {"le", "la", "l'"}
                        for c in tok.children) \
                and not any(c.dep_ in {"nmod", "amod", "appos"} for c in tok.children):
            return STOP  # « le républicain a poursuivi … »: one party member named before,
            # not the party's members (no node shared with « les républicains »)
        if tok.lemma_.lower() in MEMBER_NOUNS and "Plur" in tok.morph.get("Number") \
                and not _undergoes(tok):
            named = self._named_complement(tok)  # « les militants de X »: X, acting (not
            # when they undergo it: « la police a arrêté des militants de X »)
            if named is not None and named.kind == "name" and named.type != "LOC":
                return named
        key, s, e = concept_key(tok)
        if tok.lemma_.lower() in STAFF_NOUNS and " " not in key \
                and (house := self._house(tok)) is not None:  # « Chez X, la direction »
            m = self._mention(s, e, key, "CONCEPT", "concept", tok.i)
            m.owner = house
            return m
        if tok.lemma_.lower() in GENERIC_NOUNS | OWNED_NOUNS and " " not in key:
            owner = self._owner(tok)  # « X a défendu sa décision »: X's
            if owner is not None:
                m = self._mention(s, e, key, "CONCEPT", "concept", tok.i)
                m.owner = owner
                return m
        if tok.lemma_.lower() in GENERIC_NOUNS:
            named = self._named_complement(tok) if tok.lemma_.lower() in HOLDER_NOUNS else None
            if named is not None:
                return named
            if " " not in key:
                return STOP
        number = "p" if "Plur" in tok.morph.get("Number") else "s"
        gender = (tok.morph.get("Gender") or [""])[0][:1].lower()  # (« ils » may stand for
        m = self._mention(s, e, key, "CONCEPT", "concept", tok.i, gender, number)  # them)
        m.definite = any(c.dep_ == "det" and c.lower_.replace("’", "'") in DEFINITE_DETERMINERS
                         or c.dep_ == "case" and c.pos_ == "ADP"
                         and c.lower_ in {"du", "des", "au", "aux"} for c in tok.children)
        return m

    def _house(self, tok) -> RawMention | None:
        """The body named by a « chez X » set before subject *tok* in its clause (« Chez
        Vexor, la direction a annoncé … »: Vexor's direction), or None."""
        v = tok.head
        if tok.dep_ not in {"nsubj", "nsubj:pass"} or v.pos_ != "VERB":
            return None
        for c in v.children:
            if c.dep_.startswith("obl") and c.i < tok.i and case_of(c) == "chez":
                m = self.arg(c, roles=False)
                if m is not None and m.kind == "name" and m.type in {"ORG", "MISC"}:
                    return m
        return None

    def _owner(self, tok) -> RawMention | None:
        """Whose *tok* is, when a possessive names the subject of its clause (« X a défendu
        sa décision », « X a quitté son poste »), or « dont » the noun a relative clause
        describes (« la société X, dont le siège se trouve à Y »): that subject or noun, if
        named; else None."""
        v = tok.head
        if v.dep_ == "acl:relcl" and tok.dep_ in {"nsubj", "nsubj:pass", "obj"} and any(
                c.lower_ == "dont" for c in [*v.children, *tok.children]):
            m = self.arg(v.head, roles=False)
            return m if m is not None and m.kind in {"name", "state"} else None
        det = next((c for c in tok.children if c.dep_ == "det"
                    and c.lower_ in POSSESSIVE_DETERMINERS), None)
        if det is None or tok.dep_ not in {"obj", "obl:arg", "obl:mod", "obl"} \
                or tok.head.pos_ != "VERB" or tok.head.dep_ == "ccomp" \
                or tok.lemma_.lower() == "fin":
            return None  # (« il dit que X a ruiné sa carrière »: maybe his; « à
            # ses fins »: a locution)
        subjects = [m for _, m in self.subjects(tok.head)]
        if len(subjects) != 1 or subjects[0].kind not in {"name", "state"} \
                or POSSESSIVE_DETERMINERS[det.lower_] != (subjects[0].number or "s"):
            return None
        return subjects[0]

    def _flat_end(self, tok) -> int:
        """Index after *tok* and the ``flat:name`` words hung on it."""
        end = tok.i + 1
        while end < len(self.doc) and self.doc[end].dep_ == "flat:name" \
                and self.doc[end].head.i == tok.i:
            end += 1
        return end

    def _named_complement(self, tok) -> RawMention | None:
        """The named "de X" complement of a noun (« la position de Washington »), or None."""
        for c in tok.children:
            if c.dep_ == "nmod" and case_of(c) in {"de", "d'"}:
                m = self.arg(c, roles=False)
                if m is not None and m.kind not in {"concept", "pronoun", "description"}:
                    return m
        return None

    def state_description(self, tok) -> int:
        """How many states a definite description stands for ("le pays" 1, "les deux pays"
        2), or 0 if *tok* is not one."""
        if tok.lemma_.lower() not in STATE_DESCRIPTION_NOUNS or tok.text[:1].isupper():
            return 0
        dets = [c for c in tok.children if c.dep_ == "det" or c.dep_ == "case"
                and c.lower_ in {"au", "aux", "du", "des"}]  # "au royaume": "à le"
        if not dets or dets[0].lower_.replace("’", "'") not in DEFINITE_DETERMINERS | {
                "au", "aux", "du", "des"}:
            return 0
        if any(c.dep_ in {"nmod", "appos", "acl", "acl:relcl"} or demonym_state(c)
               for c in tok.children):
            return 0  # "le pays de X", "le pays voisin qui…": not a bare reference
        counts = [c for c in tok.children if c.dep_ == "nummod" or c.lower_ in SMALL_NUMBERS]
        if counts:  # "les deux pays", "les trois pays"
            return SMALL_NUMBERS.get(counts[0].lower_, 0)
        return 1 if "Sing" in tok.morph.get("Number") or tok.lower_ in {"pays"} and \
            dets[0].lower_ in {"le", "ce"} else 0

    def kind_description(self, tok) -> str:
        """The entity type a bare definite kind noun refers back to ("l'entreprise",
        "le parti", "la ville" → ``"ORG"`` / ``"LOC"``), or ``""``."""
        low = tok.lemma_.lower()
        if tok.pos_ not in {"NOUN", "PROPN"} or low not in KIND_NOUNS \
                or low in STATE_DESCRIPTION_NOUNS \
                or tok.text[:1].isupper() and not tok.text.isupper() \
                or "Sing" not in tok.morph.get("Number"):
            return ""
        dets = [c for c in tok.children if c.dep_ == "det" or c.dep_ == "case"
                and c.lower_ in {"au", "aux", "du", "des"}]  # "au royaume": "à le"
        if not dets or dets[0].lower_.replace("’", "'") not in DEFINITE_DETERMINERS | {
                "au", "aux", "du", "des"}:
            return ""
        if any(c.dep_ in {"nmod", "appos", "acl", "acl:relcl", "flat:name", "nummod"}
               or c.dep_ == "amod" and c.lemma_.lower() in OTHER_ADJECTIVES
               | PARTY_FAMILY_ADJECTIVES
               for c in tok.children) or tok.i + 1 in self.names:
            return ""  # "le parti de X", "l'autre entreprise", "la société Bati-Rhône"
        if tok.dep_ in {"nsubj", "nsubj:pass"} and any(
                c.dep_ == "cop" for c in tok.head.children):
            return ""  # "l'entreprise est …" says what it is, it is not an actor
        return KIND_NOUNS[low]

    def pair_of_people(self, tok) -> bool:
        """Is *tok* "les deux dirigeants", "les deux hommes": the two people just named?"""
        low = tok.lemma_.lower()
        if tok.pos_ != "NOUN" or "Plur" not in tok.morph.get("Number") or not (
                low in ROLE_NOUNS or low in {"homme", "femme"}):
            return False
        kids = list(tok.children)
        return any(c.dep_ == "det" and c.lower_ in {"les", "ces"} for c in kids) and any(
            c.lower_ in {"deux", "2"} for c in kids) and not any(
            c.dep_ in {"nmod", "appos", "acl:relcl"} or demonym_state(c) for c in kids)

    def _np_start(self, tok) -> int:
        start = tok.i
        for c in tok.children:
            if c.i < start and c.dep_ in {"amod", "nummod"}:
                start = c.i
        return start

    def args(self, tok) -> list[tuple[object, RawMention]]:
        out = []
        for t in conjuncts(tok):
            if t is not tok and t.lemma_.lower() in CLAIM_NOUNS and "," in {
                    self.doc[t.left_edge.i].text, self.doc[t.left_edge.i - 1].text}:
                continue  # "…, des accusations que X rejette" takes up the clause
            if t is not tok and t.dep_ == "conj" and t.head.i == tok.i \
                    and "," in {self.doc[t.left_edge.i].text, self.doc[t.left_edge.i - 1].text} \
                    and not any(c.dep_ == "cc" for c in t.children) \
                    and tok.pos_ == "NOUN" and tok.i not in self.names and not role_of(tok) \
                    and (role_of(t) or t.lemma_.lower() in PERSON_NOUNS):
                break  # « se disputent le titre, le maire de X et son rival »:
                # the people named after a thing are no second thing (they say who)
            m = self.arg(t)
            if m is not None:
                out.append((t, m))
        return out

    def _name_end(self, m) -> int:
        """Index of the token right after name mention *m*."""
        return max(i for i in range(m.token, len(self.doc)) if self.names.get(i) is m) + 1

    def _opening_name(self, tok):
        """(token, mention) of the name opening *tok*'s sentence before a comma, parsed as
        a clause of its own ("X, au pouvoir depuis 1994, est …"), or None."""
        doc = self.doc
        lo, _ = self._sentence_bounds(tok)
        k = lo + (doc[lo].pos_ == "DET")
        m = self.names.get(k)
        if m is None or doc[m.token].dep_ != "ROOT" or _dominates(doc[m.token], tok) \
                or m.token == tok.i:
            return None
        end = self._name_end(m)
        return (doc[m.token], m) if end < len(doc) and doc[end].text == "," else None

    def _sentence_bounds(self, tok) -> tuple[int, int]:
        """Token range of the sentence holding *tok* (by the article's sentence split)."""
        k = self.sent_of(tok.i)
        known = self.__dict__.setdefault("_sentence_ranges", {})  # sentence → its range
        if k not in known:
            lo = tok.i
            while lo > 0 and self.sent_of(lo - 1) == k:
                lo -= 1
            hi = tok.i + 1
            while hi < len(self.doc) and self.sent_of(hi) == k:
                hi += 1
            known[k] = lo, hi
        return known[k]

    def _quoted(self, tok) -> bool:
        """Is *tok* inside quotation marks: opened before it in its sentence, or in an
        earlier sentence of its paragraph and closed after it (« « Nous partons. Le port
        ferme demain. » »)? A stray closing mark alone quotes nothing."""
        if self._open_in_sentence()[tok.i] > 0:
            return True
        before, closing_after = self._quote_marks()
        return before[tok.i] > 0 and closing_after[tok.i]

    def _open_in_sentence(self) -> list[int]:
        """Per token of the paragraph: how many quotations opened in its sentence before it
        are open (computed once per paragraph)."""
        if getattr(self, "_open_marks", None) is None:
            depth, before, sentence = 0, [], None
            for t in self.doc:
                if self.sent_of(t.i) != sentence:  # a sentence starts: nothing open in it
                    depth, sentence = 0, self.sent_of(t.i)
                before.append(depth)
                depth = _quote_step(depth, t.text)
            self._open_marks = before
        return self._open_marks

    def _quote_marks(self) -> tuple[list[int], list[bool]]:
        """Per token of the paragraph: how many quotations are open before it, and whether
        a closing mark follows it (computed once per paragraph)."""
        if getattr(self, "_marks", None) is None:
            depth, before = 0, []
            for t in self.doc:
                before.append(depth)
                depth = _quote_step(depth, t.text)
            after, seen = [False] * len(self.doc), False
            for t in reversed(self.doc):
                seen = seen or t.text in {"»", "”", '"'}
                after[t.i] = seen
            self._marks = (before, after)
        return self._marks

    def _in_quotation(self, tok) -> bool:
        """Is *tok* inside a quoted sentence (not a quoted word or phrase: « a affirmé son
        “soutien indéfectible” »)? A quotation holds a verb of its own."""
        if not self._quoted(tok):
            return False
        lo, hi = self._sentence_bounds(tok)
        opening = max((i for i in range(lo, tok.i) if self.doc[i].text in {"«", "“", '"'}),
                      default=lo)  # (a quotation opened in an earlier sentence)
        closing = next((i for i in range(tok.i, hi) if self.doc[i].text in {"»", "”", '"'}), hi)
        return any(t.pos_ in {"VERB", "AUX"} and t.is_alpha for t in self.doc[opening:closing])

    def _describes_person(self, noun) -> bool:
        """Is *noun* set against a person's name (« l'envoyée spéciale de la radio X,
        Anne Y, »)? Then it is that person, no rival to them."""
        person = self.role_name(noun) or (self._apposed_person(noun, True) or (None, None))[1]
        return person is not None and person.type == "PER"

    def _described_person(self, noun, m):
        """(token, mention) of the person common-noun subject *noun* (its mention *m*)
        describes, with their name set after it: « L'envoyée spéciale de la radio X,
        Anne Y, affirme … » → Anne Y; or None."""
        if m.kind != "concept" or not noun.is_lower or noun.pos_ != "NOUN":
            return None
        person = self.role_name(noun)
        if person is None or person.type != "PER":
            return None
        return self.doc[person.token], person

    def _rival_noun(self, tok, low: str) -> bool:
        """Does a common noun subject agreeing with pronoun *tok* (*low*: « il », « elle » …)
        stand before it in its sentence ("Même si X a dit que l'accord restait …, il …")?
        Then the pronoun may be that thing rather than a named entity: leave it
        unresolved."""
        g, n = PRONOUNS[low]
        lo, _ = self._sentence_bounds(tok)
        for t in self.doc[lo:tok.i]:
            if t.dep_ in {"nsubj", "nsubj:pass"} and t.pos_ == "NOUN" and t.i not in self.names \
                    and not role_of(t) and not is_group(t) and not self._describes_person(t) \
                    and self._quoted(t) == self._quoted(tok):  # (a quotation's own words)
                tg, tn = (t.morph.get("Gender") or [""])[0], (t.morph.get("Number") or [""])[0]
                if (not g or tg[:1].lower() == g) and (tn[:1].lower() or "s") == n:
                    return True
        return False


def _quote_step(depth: int, text: str) -> int:
    """How many quotations are open after a token *text*, *depth* being open before it."""
    if text in {"«", "“"}:
        return depth + 1
    if text in {"»", "”"}:
        return max(depth - 1, 0)
    return 1 - depth if text == '"' else depth
