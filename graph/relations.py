"""Relations from the dependency parse: who does what to whom, with claim status.

Rules are written against the UD labels the French model emits (``nsubj``,
``nsubj:pass``, ``obj``, ``iobj``, ``obl:arg``, ``obl:agent``, ``appos``, ``acl:relcl``,
``conj``, ``xcomp``, ``ccomp``); the word classes they consult live in
`graph.patterns`. Each rule yields `RawTriple` s whose arguments are `RawMention` s;
`graph.build` turns them into entity-level triples once entities are resolved.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from graph.entities import (
    QUOTE_OPENERS,
    RawMention,
    clause_role,
    concept_key,
    demonym_state,
    is_concept_noun,
    is_group,
    is_quantity,
    name_key,
    role_of,
    role_phrase,
)
from graph.patterns import (
    ACCUSATION_VERBS,
    ARGUMENT_PREPOSITIONS,
    CAUSATIVE_VERBS,
    CLAIM_NOUNS,
    CONCEPT_ARGUMENT_PREPOSITIONS,
    CONVERSE_VERBS,
    DATIVE_CONTROL_VERBS,
    DATIVE_VERBS,
    DE_TARGET_NOUNS,
    DEFINITE_DETERMINERS,
    DENIAL_VERBS,
    EPONYM_NOUNS,
    ETRE_VERBS,
    GENERIC_NOUNS,
    GIVING_VERBS,
    HEDGES,
    HOLDER_NOUNS,
    HONORIFICS,
    HYPOTHETICAL_NOUNS,
    HYPOTHETICAL_VERBS,
    IMPERSONAL_VERBS,
    KIND_NOUNS,
    LIGHT_NOUNS,
    LIGHT_VERBS,
    LOCATED_PREPOSITIONS,
    NEGATION_WORDS,
    NOMINAL_TARGET_PREPOSITIONS,
    NOMINALIZATIONS,
    NON_ARGUMENT_PREPOSITIONS,
    OTHER_ADJECTIVES,
    PREDICATE_CLASSES,
    PREDICATE_NOUNS,
    PREPOSITION_FORMS,
    PRONOUNS,
    RECIPROCAL_VERBS,
    REPORTING_VERBS,
    ROLE_NOUNS,
    SKIP_VERBS,
    SMALL_NUMBERS,
    SOURCE_MARKERS,
    STATE_DESCRIPTION_NOUNS,
    TIME_NOUNS,
)

# Clitics between a subject and its verb ("X se sont", "X ne l'a pas", "X lui a").
CLITICS = frozenset({"se", "s'", "ne", "n'", "y", "en", "lui", "leur", "le", "la", "les", "l'"})

# Prepositions linking a predicate noun to its target ("soutien à X", "solidarité avec X").
LIGHT_NOUN_PREPOSITIONS = frozenset({"à", "avec", "contre", "envers", "pour", "entre", "vers"})


@dataclass(eq=False)
class RawTriple:
    subject: RawMention
    relation: str
    object: RawMention
    sentence: int
    modality: str = "asserted"
    source: RawMention | None = None
    highlights: list[tuple[int, int]] = field(default_factory=list)
    verb: str = ""


# ------------------------------------------------------------------ lemma and token helpers


def verb_lemma(tok) -> str:
    """The infinitive of a verb token, mending the lemmatizer's misses.

    Examples
    --------
    A present-tense form the lemmatizer leaves as is ("rencontre") becomes
    "rencontrer".
    """
    lemma = tok.lemma_.lower()
    if tok.pos_ in {"NOUN", "ADJ"} and _mistagged_verb(tok):
        for suffix, repl in (("ées", "er"), ("és", "er"), ("ée", "er"), ("é", "er"),
                             ("it", "ir"), ("e", "er")):
            if tok.lower_.endswith(suffix) and len(tok.lower_) > len(suffix) + 2:
                return tok.lower_[: -len(suffix)] + repl  # « abolit » → « abolir »
        return tok.lower_
    if tok.pos_ == "VERB" and lemma == tok.lower_ and "Fin" in tok.morph.get("VerbForm") \
            and lemma.endswith("e"):
        return lemma + "r"  # "rencontre" left as is → "rencontrer"
    if tok.pos_ in {"VERB", "AUX"} and not lemma.endswith(("er", "ir", "re", "oir")):
        for suffix, repl in (("ent", "er"), ("es", "er"), ("e", "er")):
            if lemma.endswith(suffix) and len(lemma) > len(suffix) + 2:
                return lemma[: -len(suffix)] + repl
    return lemma


def case_of(tok) -> str:
    """The preposition introducing a nominal (``""`` if none), as a plain form."""
    words = [c for c in tok.children if c.dep_ in {"case", "fixed"} and c.i < tok.i]
    words += [f for c in words for f in c.children if f.dep_ == "fixed"]  # "d'" + "après"
    if not words:
        return ""
    words.sort(key=lambda t: t.i)
    text = " ".join(w.lower_ for w in words).replace("' ", "'")
    text = text.replace("’", "'")
    return PREPOSITION_FORMS.get(text, text)


def conjuncts(tok) -> list:
    """A token and the tokens coordinated with it ("le Japon et le Pérou")."""
    out = [tok]
    for c in tok.children:
        nominal = {"NOUN", "PROPN", "PRON"}
        if c.dep_ == "conj" and (c.pos_ == tok.pos_ or c.pos_ in nominal and tok.pos_ in nominal):
            out.extend(conjuncts(c))
    return out


def is_reflexive(tok) -> bool:
    return any(c.dep_ in {"expl:comp", "expl:pv", "expl", "expl:pass"}
               and c.lower_ in {"se", "s'", "s’"} for c in tok.children)


def is_negated(tok) -> bool:
    kids = {c.lower_ for c in tok.children if c.dep_ in {"advmod", "neg"}}
    return bool(kids & {"ne", "n'", "n’"}) and bool(kids & NEGATION_WORDS)


def is_conditional(tok) -> bool:
    if "Cnd" in tok.morph.get("Mood"):
        return True
    return any(c.dep_.startswith("aux") and "Cnd" in c.morph.get("Mood") for c in tok.children)


def is_denial_word(tok) -> bool:
    """A form of a denial verb, even when the tagger took it for another part of speech
    ("ce que Paris dément" with "dément" tagged as an adverb)."""
    if verb_lemma(tok) in DENIAL_VERBS:
        return True
    low = tok.lower_
    return tok.pos_ in {"VERB", "ADV", "ADJ", "NOUN"} and any(
        low.startswith(v[:-2]) and len(low) <= len(v) + 2 for v in DENIAL_VERBS if len(v) > 5)


def is_infinitive(tok) -> bool:
    """An infinitive, simple ("livrer") or compound ("avoir livré")."""
    return "Inf" in tok.morph.get("VerbForm") or any(
        c.dep_.startswith("aux") and "Inf" in c.morph.get("VerbForm") for c in tok.children)


def is_passive(tok) -> bool:
    """A passive clause: a passive auxiliary, passive voice or an agent. A compound past
    without "été" or an agent is active whatever the labels say: "avoir" clauses
    ("L'Allemagne aurait proposé") and verbs conjugated with "être" ("elle est arrivée")."""
    auxes = [c for c in tok.children if c.dep_.startswith("aux")]
    if is_reflexive(tok) and not any(c.dep_ == "obl:agent" or c.lower_ == "été"
                                     for c in tok.children):
        return False  # "des milliers de personnes se sont rassemblées": pronominal, active
    if not any(c.dep_ == "obl:agent" for c in tok.children) and not any(
            c.lower_ == "été" for c in auxes) and (
            verb_lemma(tok) in ETRE_VERBS or any(c.lemma_ == "avoir" for c in auxes)):
        # "elle est arrivée au Danemark", "elles ont condamné X": compound pasts, whatever
        # the tagger's voice says
        return False
    if any(c.dep_ in {"aux:pass", "obl:agent"} for c in tok.children) or \
            "Pass" in tok.morph.get("Voice") or is_passive_participle(tok):
        return True
    return any(c.dep_ == "nsubj:pass" for c in tok.children) and not any(
        c.dep_.startswith("aux") and c.lemma_ == "avoir" for c in tok.children)


def is_passive_participle(tok) -> bool:
    """A past participle modifying a noun, with its agent: "les sanctions imposées par X"."""
    return tok.dep_ == "acl" and "Part" in tok.morph.get("VerbForm") and \
        "Pres" not in tok.morph.get("Tense") and any(_is_agent(c) for c in tok.children)


def _is_agent(tok) -> bool:
    """An agent: "obl:agent", or a "par X" oblique the parser left as a modifier."""
    return tok.dep_ == "obl:agent" or tok.dep_ in {"obl:mod", "obl"} and case_of(tok) == "par"


def clause_verb(tok):
    """The nearest verb at or above *tok* (a conjunct verb may hang off a noun)."""
    t = tok.head
    while t.pos_ not in {"VERB"} and t.head.i != t.i:
        t = t.head
    return t if t.pos_ == "VERB" else None


# ------------------------------------------------------------------ the extractor


class SentenceExtractor:
    """Runs every rule over one parsed body line.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The parsed line.
    offset : int
        Article offset of the doc's first character.
    article_id : str
    names : dict
        Name mentions by token index (from `graph.entities.name_mentions`).
    sent_of : callable
        Token index → article-wide sentence index.
    """

    def __init__(self, doc, offset: int, article_id: str, names: dict, sent_of):
        self.doc = doc
        self.offset = offset
        self.article_id = article_id
        self.names = dict(names)
        self.sent_of = sent_of
        self.made: dict[tuple[int, str], RawMention] = {}
        self.triples: list[RawTriple] = []

    # ---- mentions made on demand
    def _mention(self, start: int, end: int, key: str, etype: str, kind: str, head: int,
                 gender: str = "", number: str = "s") -> RawMention:
        cache = (start, key)
        if cache not in self.made:
            doc = self.doc
            cs, ce = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
            self.made[cache] = RawMention(
                self.article_id, self.sent_of(head), self.offset + cs, self.offset + ce,
                doc.text[cs:ce], key, etype, kind, token=head, gender=gender, number=number,
                dep=clause_role(doc[head]))
        return self.made[cache]

    def mentions(self) -> list[RawMention]:
        seen, out = set(), []
        for m in [*self.names.values(), *self.made.values()]:
            if id(m) not in seen:
                seen.add(id(m))
                m.quoted = self._quoted(self.doc[m.token])
                out.append(m)
        return out

    def role_name(self, tok):
        """The person a role noun is attached to ("le dirigeant turc Ali Demir")."""
        for c in tok.children:
            apposed = c.dep_ in {"appos", "flat:name"} or c.dep_ == "nmod" and not case_of(c) \
                or c.dep_ == "conj" and self.doc[c.i - 1].text == ","  # "le chef, X, a dit"
            if apposed and c.i in self.names and self.names[c.i].type == "PER" and c.i > tok.i:
                return self.names[c.i]
            if c.dep_ == "appos" and c.lower_.rstrip(".") in HONORIFICS and c.i > tok.i \
                    and self.names.get(c.i + 1) is not None \
                    and self.names[c.i + 1].type == "PER":  # "…, Monsieur X," as the head
                return self.names[c.i + 1]
            if c.dep_ in {"appos", "conj"} and c.i > tok.i and c.pos_ == "NOUN" and role_of(c) \
                    and "," in {self.doc[c.left_edge.i].text, self.doc[c.left_edge.i - 1].text}:
                person = self.role_name(c)  # "Le chef de l'armée, le général X, a dit"
                if person is not None:
                    return person
        # a name right after the role and its adjectives, parsed as a sibling
        last = max([tok.i] + [c.i for c in tok.children if c.dep_ == "amod" and c.i > tok.i])
        nxt = last + 1
        if nxt < len(self.doc) and nxt in self.names and self.names[nxt].type == "PER":
            return self.names[nxt]
        # "Le président du club, Jean Dupont, a dit", "leur chef, le colonel X": the name
        # between commas after the role, maybe behind a rank
        after = tok.right_edge.i + 1
        if after < len(self.doc) and self.doc[after].text == "," and not (
                tok.dep_ == "nmod" and case_of(tok) == "de" and tok.head.pos_ == "NOUN"):
            # (« la veuve de l'ancien président de X, Y »: Y is the widow, not the role)
            j = after + 1
            while j < len(self.doc) and j not in self.names and j - after <= 3 and (
                    self.doc[j].pos_ == "DET" or role_of(self.doc[j])
                    or self.doc[j].lower_.rstrip(".") in HONORIFICS):
                j += 1
            if j in self.names and self.names[j].type == "PER":
                return self.names[j]
        return None

    def role_holder(self, tok) -> str:
        """The key of what a role noun is a role *of*: a state (demonym) or an entity."""
        for c in tok.children:
            st = demonym_state(c) if c.dep_ == "amod" else None
            if st is not None:
                return f"state:{st.iso2}"
        for c in tok.children:
            if c.dep_ == "nmod" and case_of(c) in {"de", "d'"}:
                m = self.arg(c, roles=False)
                if m is not None and m.kind != "concept":
                    return m.key
        return ""

    def arg(self, tok, roles: bool = True) -> RawMention | None:
        """The mention an argument token stands for, or None."""
        doc = self.doc
        if tok.i in self.names:
            return self.names[tok.i]
        low = tok.lower_.removeprefix("-")  # "a-t-il déclaré"
        if low in {"qui", "que", "qu'"} and tok.pos_ == "PRON":
            v = tok.head
            if v.dep_ != "acl:relcl" or v.head.i == tok.i:
                return None
            # "les éloges de Kim, qui …": the name right before the pronoun is its antecedent
            j = tok.i - 1
            while j >= 0 and doc[j].is_punct:
                j -= 1
            if j > v.head.i and j in self.names:
                return self.names[j]
            return self.arg(v.head, roles)
        if low in {"dernier", "dernière", "derniers", "dernières"} and any(
                c.dep_ == "det" and c.lower_ in {"ce", "cette", "ces"} for c in tok.children) \
                and not self._quoted(tok):
            # "ce dernier", "cette dernière": the last person named before
            start = min(c.i for c in tok.children if c.dep_ == "det")
            return self._mention(start, tok.i + 1, "latest", "", "pronoun",
                                 tok.i, "f" if low.startswith("derniè") else "m",
                                 "p" if low.endswith("s") else "s")
        if tok.pos_ == "PRON":
            if low in PRONOUNS and not self._quoted(tok) and not self._rival_noun(tok):
                g, n = PRONOUNS[low]  # (inside a quote "il" is the speaker's business)
                return self._mention(tok.i, tok.i + 1, f"pronoun:{low}", "", "pronoun", tok.i,
                                     g, n)
            return None
        if tok.pos_ == "PROPN" and not tok.is_lower:  # "parti" tagged PROPN is a noun
            end = tok.i + 1
            while end < len(doc) and doc[end].dep_ == "flat:name" and doc[end].head.i == tok.i:
                end += 1
            key, etype = name_key(tok, doc[tok.i:end].text)
            return self._mention(tok.i, end, key, etype, "state" if key[:6] == "state:" else "name",
                                 tok.i)
        if tok.lemma_.lower() in KIND_NOUNS or tok.lower_ in KIND_NOUNS:
            j = tok.i + 1 + (tok.i + 1 < len(doc) and doc[tok.i + 1].text in QUOTE_OPENERS)
            if j in self.names and self.names[j].type in {"ORG", "MISC"}:
                return self.names[j]  # « l'ONG Human Rights Watch » (ONG tagged X)
        if tok.pos_ not in {"NOUN", "ADJ", "PROPN"}:
            return None
        if tok.text[:1].isupper() and not tok.is_sent_start:  # a name tagged as a noun
            end = tok.i + 1
            while end < len(doc) and doc[end].dep_ == "flat:name" and doc[end].head.i == tok.i:
                end += 1
            key, etype = name_key(tok, doc[tok.i:end].text)
            if key.startswith(("state:", "org:")):
                return self._mention(tok.i, end, key, etype, "state" if key[:6] == "state:"
                                     else "name", tok.i)
        for c in tok.children:
            if c.dep_ in {"appos", "nmod", "flat:name"} and c.i > tok.i and c.i in self.names \
                    and (not case_of(c) or case_of(c) == "de" and tok.i not in self.names
                         and KIND_NOUNS.get(tok.lemma_.lower()) in {"LOC", "ORG"}
                         and self.names[c.i].type in {
                             KIND_NOUNS.get(tok.lemma_.lower()), "MISC"}):
                return self.names[c.i]  # "l'agence de presse Xinhua", "la ville de Lyon",
                # "le parti des Frères musulmans" (not "le parti de <a person>")
        if tok.pos_ == "NOUN" and tok.i not in self.names and not role_of(tok) and any(
                c.dep_ == "det" for c in tok.children) \
                and tok.lemma_.lower() not in EPONYM_NOUNS:  # (« l'affaire X » is not X)
            # "le géant russe Gazprom", "la compagnie chinoise X": the name right after the
            # noun and its adjectives is what the noun describes
            last = max([tok.i] + [c.i for c in tok.children if c.dep_ == "amod" and c.i > tok.i])
            if last + 1 < len(doc) and doc[last + 1].text in QUOTE_OPENERS:
                last += 1  # « l'association « X » »
            if last + 1 < len(doc) and last + 1 in self.names \
                    and self.names[last + 1].type in {"ORG", "MISC", "PER"}:
                return self.names[last + 1]
        if is_quantity(tok):
            for c in tok.children:
                if c.dep_ == "nmod" and case_of(c) in {"de", "d'"}:
                    return self.arg(c, roles)
        st = demonym_state(tok)
        if st is not None and tok.pos_ == "NOUN" and not any(
                c.dep_ == "nummod" for c in tok.children):  # "les Américains" (not "deux
            # Russes": people counted are persons, not their state)
            return self._mention(tok.i, tok.i + 1, f"state:{st.iso2}", "LOC", "state", tok.i)
        if self.pair_of_people(tok):
            return self._mention(tok.i, tok.i + 1, "people:2", "PER", "description", tok.i,
                                 "", "p")
        role = role_of(tok)
        if role and roles:
            person = self.role_name(tok)
            if person is not None:
                holder = self.role_holder(tok)
                person.role = f"{role}|{holder}" if holder else person.role
                return person
            holder = self.role_holder(tok)
            definite = any(c.dep_ == "det" and c.lower_ in {"le", "la", "l'", "l’"}
                           or c.dep_ == "case" and c.lower_ in {"au", "du"}
                           for c in tok.children)  # "au président" is "à le président"
            if holder or definite and "Sing" in tok.morph.get("Number"):
                # "la nouvelle présidente": the one person the article gave that role, if any
                g, n = (tok.morph.get("Gender") or [""])[0][:1].lower(), "s"
                end = max([tok.i] + [c.i for c in tok.children if c.dep_ == "amod"
                                     and c.i <= tok.i + 2 and demonym_state(c)]) + 1
                return self._mention(self._np_start(tok), end, f"{role}|{holder}", "PER",
                                     "title", tok.i, g, n)
        if tok.lemma_.lower() in STATE_DESCRIPTION_NOUNS and tok.pos_ == "NOUN" and any(
                c.dep_ == "det" and c.lower_ in {"son", "sa", "leur", "notre"}
                for c in tok.children) and not any(c.dep_ == "nmod" for c in tok.children):
            # "le président X a confirmé que son pays …": the state X heads
            lo, _ = self._sentence_bounds(tok)
            for j in range(tok.i - 1, lo - 1, -1):
                m = self.names.get(j)
                holder = m.role.split("|", 1)[-1] if m is not None and m.type == "PER" else ""
                if holder.startswith("state:"):
                    start = min([tok.i] + [c.i for c in tok.children if c.dep_ == "det"])
                    return self._mention(start, tok.i + 1, holder, "LOC", "state", tok.i)
            return None
        description = self.state_description(tok)
        if description:
            return self._mention(tok.i, tok.i + 1, f"description:{description}", "LOC",
                                 "description", tok.i, "", "p" if description > 1 else "s")
        etype = self.kind_description(tok)
        if etype:
            g = (tok.morph.get("Gender") or [""])[0][:1].lower()
            return self._mention(tok.i, tok.i + 1, f"kind:{etype}:{tok.lemma_.lower()}", etype,
                                 "description", tok.i, g, "s")
        if is_group(tok):
            for c in tok.children:
                st = demonym_state(c) if c.dep_ == "amod" else None
                if st is not None:
                    return self._mention(self._np_start(tok), max(tok.i, c.i) + 1,
                                         f"state:{st.iso2}", "LOC", "group", tok.i)
        if tok.pos_ == "NOUN" and is_concept_noun(tok):
            key, s, e = concept_key(tok)
            if tok.lemma_.lower() in GENERIC_NOUNS:
                named = self._named_complement(tok) \
                    if tok.lemma_.lower() in HOLDER_NOUNS else None
                if named is not None:
                    return named  # "la position de Washington", "les membres de X": X
                if " " not in key:
                    return None  # "le retour", "l'absence": nothing on their own
            return self._mention(s, e, key, "CONCEPT", "concept", tok.i)
        return None

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
                or low in STATE_DESCRIPTION_NOUNS or tok.text[:1].isupper() \
                or "Sing" not in tok.morph.get("Number"):
            return ""
        dets = [c for c in tok.children if c.dep_ == "det" or c.dep_ == "case"
                and c.lower_ in {"au", "aux", "du", "des"}]  # "au royaume": "à le"
        if not dets or dets[0].lower_.replace("’", "'") not in DEFINITE_DETERMINERS | {
                "au", "aux", "du", "des"}:
            return ""
        if any(c.dep_ in {"nmod", "appos", "acl", "acl:relcl", "flat:name", "nummod"}
               or c.dep_ == "amod" and c.lemma_.lower() in OTHER_ADJECTIVES
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
            m = self.arg(t)
            if m is not None:
                out.append((t, m))
        return out

    # ---- subjects
    def subjects(self, v, depth: int = 0) -> list[tuple[object, RawMention]]:
        if depth > 4:
            return []
        passive = is_passive(v)
        subj_deps = {"obl:agent"} if passive else {"nsubj", "nsubj:pass"}
        found = []
        for c in v.children:
            if c.dep_ in subj_deps or passive and v.dep_ == "acl" and _is_agent(c) \
                    or c.dep_ == "expl:subj" and not passive \
                    and c.lower_ in PRONOUNS and verb_lemma(v) not in IMPERSONAL_VERBS:
                # ("Il s'est rendu à …" with "il" read as an expletive)
                if c.lower_ == "il" and verb_lemma(v) in IMPERSONAL_VERBS:
                    continue  # impersonal "il"
                for t, m in self.args(c):
                    if all(m is not x for _, x in found):
                        found.append((t, m))
        if any(t.i < v.i and t.pos_ == "PRON" for t, _ in found):
            # "il a rencontré X" parsed with two subjects: X is the object (see verb_rule)
            found = [(t, m) for t, m in found if t.i < v.i]
        if not passive and v.dep_ != "conj":
            # the name right before a finite verb is its subject, whatever the parse says
            # ("…, le Japon a fourni" with "le Japon" hung elsewhere)
            first = min([v.i] + [c.i for c in v.children if c.dep_.startswith("aux")
                                 or c.dep_.startswith("expl") or c.lower_ in CLITICS])
            j = first - 1
            while j > 0 and self.doc[j].dep_ == "flat:name" and self.doc[j].head.i < j \
                    and self.names.get(self.doc[j].head.i) is self.names.get(j):
                j = self.doc[j].head.i  # "… Olaf Scholz a reçu": the name's first word
            if first < v.i and j >= 0 and j in self.names and not case_of(self.doc[j]) \
                    and self.doc[j].dep_ not in {"flat:name", "nmod"} \
                    and self.doc[j].head.i != v.i and all(m is not self.names[j] for _, m in found):
                head = self.doc[j]
                while head.dep_ == "conj" and head.head.i < head.i and head.head.i in self.names:
                    head = head.head  # "Costa et Ribeiro se sont …": every conjunct
                return self.args(head)
            if not found and first < v.i and j > 0 and self.doc[j].text == ",":
                # "Victor Dam, vice-président de …, a déclaré" with the apposition parsed
                # as a clause of its own: the person opening the sentence before the comma
                opening = self._opening_name(v)
                if opening is not None and opening[1].type == "PER":
                    return [opening]
        found = [self._apposed_person(t) or (t, m) for t, m in found]
        if found or passive and any(c.dep_ == "nsubj:pass" for c in v.children) and \
                v.dep_ != "conj":
            return found
        if v.dep_ == "conj":
            head = v.head if v.head.pos_ == "VERB" else clause_verb(v)
            if head is not None:
                return self.subjects(head, depth + 1)
        if v.dep_ in {"xcomp", "advcl", "obl:arg", "ccomp"} and is_infinitive(v):
            if v.head.pos_ == "VERB" and is_passive(v.head) and v.dep_ != "advcl":
                # "X est accusé de fournir …", "X a été invité à venir": X does it
                passive_subjects = [c for c in v.head.children if c.dep_ == "nsubj:pass"]
                if passive_subjects:
                    return self.args(passive_subjects[0])
            compound = "Inf" not in v.morph.get("VerbForm")  # "pour avoir défendu": a reason
            causative = verb_lemma(v.head) in CAUSATIVE_VERBS  # "mobilise Y pour soutenir"
            if v.head.pos_ == "VERB" and (v.dep_ != "advcl" or compound or causative):
                # object control: "accuser Ottawa d'avoir", "aider Marie à construire"
                controllers = [c for c in v.head.children if (
                    c.dep_ in {"obj", "iobj"} or verb_lemma(v.head) in DATIVE_CONTROL_VERBS
                    and c.dep_.startswith("obl") and case_of(c) == "à")
                    and c.pos_ in {"PROPN", "NOUN", "PRON"} and c.i < v.i]
                if not controllers and causative and not is_reflexive(v.head):
                    # "X a invité Y à venir" with Y hung elsewhere: Y is still the one who
                    # comes; with no Y at all, nobody known does
                    controllers = [c for c in v.head.children if v.head.i < c.i < v.i
                                   and c.i in self.names]
                    if not controllers:
                        return []
                if controllers:
                    return self.args(controllers[0])
            if v.head.pos_ in {"VERB", "ADJ", "NOUN"}:
                found = self.subjects(v.head, depth + 1)
                if v.dep_ == "advcl" and all(m.kind == "concept" for _, m in found):
                    # "…, après l'arrivée de X à Lima pour signer …": a purpose clause the
                    # parser hung on a clause about a thing belongs to the action noun
                    # right before it, whose "de X" does it
                    found = self._doer_before(v) or found
                return found
        if v.dep_ == "acl" and is_infinitive(v) and v.head.pos_ == "NOUN":
            return self._doer_of(v.head)  # "l'arrivée de X à Oslo pour signer …"
        if v.dep_ == "acl" and v.head.pos_ in {"NOUN", "PROPN"} and \
                "Part" in v.morph.get("VerbForm") and "Pres" in v.morph.get("Tense"):
            m = self.arg(v.head)
            return [(v.head, m)] if m is not None else []
        return []

    # ---- the rules
    def run(self) -> list[RawTriple]:
        for tok in self.doc:
            if tok.pos_ == "VERB" and tok.i not in self.names:  # ("Narendra" read as a verb)
                self.verb_rule(tok)
                self.participle_rule(tok)
            elif tok.pos_ in {"NOUN", "ADJ"} and tok.i not in self.names and _mistagged_verb(tok):
                self.verb_rule(tok)
            elif tok.pos_ == "ADJ" and any(c.dep_ == "cop" for c in tok.children):
                head = tok.head
                if tok.dep_ == "amod" and head.i > tok.i and not role_of(head) and (
                        head.pos_ == "NOUN" or head.pos_ == "VERB"
                        and any(c.dep_ == "det" for c in [*head.children, *tok.children])):
                    self.noun_predicate_rule(head, tok)  # "est un proche allié de Y" with
                else:  # the copula hung on the adjective before the noun
                    self.adjective_rule(tok)
            elif tok.pos_ == "NOUN" and any(c.dep_ == "cop" for c in tok.children) \
                    and not role_of(tok):
                self.noun_predicate_rule(tok)
            if tok.pos_ in {"NOUN", "PROPN"} or tok.pos_ == "VERB" and tok.dep_ == "appos":
                self.role_rule(tok)  # ("X, fondatrice de Y" with the noun tagged a verb)
                self.located_rule(tok)
            if tok.pos_ == "NOUN" and tok.lemma_.lower() in NOMINALIZATIONS:
                self.nominal_rule(tok)
        return self.triples

    def add(self, subj, subj_tok, relation, obj, obj_tok, verb_toks, anchor, verb=""):
        if subj is None or obj is None or subj is obj or subj.key == obj.key or any(
                t.subject is subj and t.object is obj and t.relation == relation
                for t in self.triples):
            return  # (two rules may read the same apposition)
        modality, source = self.claim_status(anchor)
        hl = [(subj.start, subj.end), (obj.start, obj.end)]
        for t in verb_toks:
            hl.append((self.offset + t.idx, self.offset + t.idx + len(t)))
        self.triples.append(RawTriple(subj, relation, obj, self.sent_of(anchor.i), modality,
                                      source, sorted(set(hl)), verb or relation))

    def verb_rule(self, v):
        lemma = verb_lemma(v)
        if lemma in SKIP_VERBS or any(c.dep_ == "cop" for c in v.children) \
                and "Part" not in v.morph.get("VerbForm"):
            return  # ("la victime est élève à …": a noun read as a verb)
        # a verb of speech reports a clause: its subject is a source, not an actor on it
        # "« … », a-t-il dit aux médias": an inserted speech clause only names a source
        inserted = lemma in REPORTING_VERBS and (v.dep_ == "parataxis" or any(
            c.dep_ == "nsubj" and c.lower_.startswith("-") for c in v.children) or (
            v.dep_ in {"conj", "advcl", "advmod", "ROOT"} and _postposed(v)
            and not any(c.dep_ in {"nsubj", "ccomp"} for c in v.children)))
        speech = inserted or lemma in REPORTING_VERBS and lemma not in ACCUSATION_VERBS and any(
            c.dep_ in {"ccomp", "parataxis", "xcomp"} for c in v.children)
        base = ("se " + lemma) if is_reflexive(v) else lemma
        subjects = self.subjects(v)
        passive = is_passive(v)
        objects: list[tuple[str, object, RawMention, list]] = []
        nsubj = [c for c in v.children if c.dep_ == "nsubj"]
        if not speech and any(c.i < v.i and c.pos_ == "PRON" for c in nsubj):
            # "il a rencontré Kim" parsed with two subjects: the one after the verb is the object
            objects += [(base, t, m, [v]) for c in nsubj if c.i > v.i for t, m in self.args(c)]
        if not subjects:
            return
        if speech and not inserted:
            # "X a assuré que l'accord est « défensif »": saying what a thing is relates
            # the speaker to that thing
            for c in v.children:
                said = self._characterised(c) if c.dep_ == "ccomp" else None
                if said is not None:
                    for st, sm in subjects:
                        if sm.kind != "concept":
                            self.add(sm, st, base, said[1], said[0], [v], v)
        light_noun = locution = None
        obj_deps = {"nsubj:pass"} if passive else {"obj"}
        for c in v.children:
            if c.dep_ in obj_deps:
                if c.dep_ == "obj" and any(o.dep_ == "obj" and o.i < c.i and not _is_time(o)
                                           for o in v.children):
                    continue  # a second, uncoordinated direct object is a parse slip (a
                    # day parsed as the first one does not count: "a reçu lundi X")
                noun = c
                if c.lower_ in {"que", "qu'"} and v.dep_ == "acl:relcl":
                    noun = v.head  # "le soutien que le Japon apporte"
                if lemma in LIGHT_VERBS and noun.lemma_.lower() in PREDICATE_NOUNS \
                        and noun.i not in self.names:
                    light_noun = noun
                    continue
                if lemma in CONVERSE_VERBS and self._agent_of_action(noun):
                    continue  # "a reçu le soutien de Y": the nominal rule's
                if c.dep_ == "obj" and _locution_noun(v, c) and c.i not in self.names:
                    locution = c  # "mettre fin à", "faire preuve de", "porter plainte contre"
                    continue
                for t, m in self.args(c):
                    objects.append((base, t, m, [v]))
                if lemma in GIVING_VERBS and c.dep_ == "obj":  # (partitives below)
                    # "livrer des armes à Moscou" with "à Moscou" hung on the thing given
                    objects += [(base + " à", t, m, [v]) for t, m in self._recipients(c)]
        if not passive and not any(c.dep_ == "obj" for c in v.children):
            # a name right after the verb hung as an adverb is its object ("a invité Xi à …")
            objects += [(base, c, self.names[c.i], [v]) for c in v.children
                        if c.dep_ == "advmod" and c.i > v.i and c.i in self.names]
        if is_passive_participle(v):  # the noun the participle modifies is its object
            head = self.arg(v.head)
            if head is not None:
                objects.append((base, v.head, head, [v]))
        relation = base
        verb_toks = [v]
        has_object = any(c.dep_ in obj_deps and c.pos_ in {"NOUN", "PROPN"} for c in v.children)
        if locution is not None and light_noun is None:
            relation = f"{base} {locution.lower_}"
            verb_toks = [v, locution]
            for c in locution.children:  # "faire don de 19 avions" hung on "don"
                prep = case_of(c)
                objects += [(relation if prep == "de" else f"{relation} {prep}", t, m,
                             verb_toks) for t, m in self.args(c)]
        if light_noun is not None:
            relation = f"{base} {light_noun.lemma_.lower()}"
            verb_toks = [v, light_noun]
            for n in conjuncts(light_noun):
                for c in n.children:
                    if c.dep_ == "nmod" and (case_of(c) in LIGHT_NOUN_PREPOSITIONS or case_of(
                            c) == "de" and light_noun.lemma_.lower() in DE_TARGET_NOUNS):
                        for t, m in self.args(c):
                            if m.kind != "concept":
                                objects.append((relation, t, m, verb_toks))
            if lemma in GIVING_VERBS:  # "promettre une aide de 50 millions d'euros à X"
                objects += [(relation, t, m, verb_toks) for t, m in self._recipients(light_noun)
                            if all(m is not x for _, _, x, _ in objects)]
        # "s'est rendu vendredi à Moscou" with "à Moscou" hung on the day: the verb's
        hung_on_day = [g for c in v.children if _is_time(c) and c.pos_ == "NOUN"
                       for g in c.children if g.dep_ == "nmod" and case_of(g)]
        for c in [*v.children, *hung_on_day]:
            if c.dep_ == "iobj":
                for t, m in self.args(c):
                    objects.append((relation + " à" if light_noun is None else relation, t, m,
                                    verb_toks))
            elif c.dep_ in {"obl:arg", "obl:mod", "obl"} or c in hung_on_day:
                prep = case_of(c)
                if lemma in CONVERSE_VERBS and self._agent_of_action(c):
                    continue  # "bénéficie de l'aide de Y": the nominal rule's
                if prep == "comme":  # "a reconnu comme États indépendants les Républiques…"
                    for n in c.children:
                        if n.dep_ == "nmod" and not case_of(n):
                            objects += [(relation, t, m, verb_toks) for t, m in self.args(n)]
                    continue
                if self._pour_source(c):
                    continue  # "Pour l'analyste X, …" says who holds the view
                if not prep or prep in NON_ARGUMENT_PREPOSITIONS or \
                        prep not in ARGUMENT_PREPOSITIONS:
                    if not prep and not passive and (c.pos_ == "PROPN" or c.pos_ == "NOUN" and any(
                            d.dep_ == "det" for d in c.children) and not _is_time(c)
                            and c.lemma_.lower() not in CLAIM_NOUNS and not any(
                                d.dep_ in {"acl:relcl", "dep"} for d in c.children)):
                        for t, m in self.args(c):  # a mis-attached direct object
                            objects.append((relation, t, m, verb_toks))
                        if lemma in GIVING_VERBS:
                            objects += [(base + " à", t, m, [v]) for t, m in self._recipients(c)]
                    continue
                if lemma in GIVING_VERBS and prep == "de" and light_noun is None:
                    # "fournir du pétrole au Pérou" with "au Pérou" hung on the partitive
                    objects += [(base + " à", t, m, [v]) for t, m in self._recipients(c)]
                for t, m in self.args(c):
                    if locution is not None and light_noun is None:
                        objects.append((relation if prep == "de" else f"{relation} {prep}", t,
                                        m, verb_toks))
                    elif m.kind == "concept" and prep in {"de", "d'"} and light_noun is None:
                        if any(d.dep_ == "det" or d.dep_ == "case" and d.lower_ in {
                                "du", "des"} for d in t.children):
                            objects.append((relation, t, m, verb_toks))  # partitive theme
                        # (a bare « de concert », « de force » is a manner, not a thing)
                    elif m.kind == "concept" and not (
                            prep in CONCEPT_ARGUMENT_PREPOSITIONS
                            and (prep != "à" or not has_object or lemma in DATIVE_VERBS)):
                        continue  # a circumstance ("pour sa guerre", "entre les pays")
                    elif light_noun is not None and m.type == "LOC" and m.kind == "name" \
                            and prep not in {"avec", "contre", "envers", "vers", "pour"}:
                        continue  # "ont signé à Lima un accord": where, not with whom
                    elif light_noun is not None:
                        objects.append((relation, t, m, verb_toks))
                    elif prep == "à" and has_object and lemma not in DATIVE_VERBS:
                        continue  # "maintenir sa position à l'ONU": where, not to whom
                    else:
                        objects.append((f"{relation} {prep}", t, m, verb_toks))
        if light_noun is not None and not objects:  # "la Chine a promis une aide": no target
            head = self.arg(light_noun)
            if head is not None:
                objects.append((base, light_noun, head, [v]))
        if is_reflexive(v) and len(subjects) > 1 and not any(r == base for r, *_ in objects):
            # "X et Y se sont rencontrés": a reciprocal verb joins its coordinated subjects
            for i, (st, sm) in enumerate(subjects):
                for ot, om in subjects[i + 1:]:
                    if sm.kind != "concept" and om.kind != "concept":
                        self.add(sm, st, lemma, om, ot, [v], v)
        joined = [(t, m) for r, t, m, _ in objects if r == base and m.kind != "concept"]
        if passive and lemma in RECIPROCAL_VERBS and len(joined) > 1:
            # "X et Y ont été liés par les sanctions": X and Y are joined to each other
            for i, (st, sm) in enumerate(joined):
                for ot, om in joined[i + 1:]:
                    self.add(sm, st, lemma, om, ot, [v], v)
            return
        # "a eu un accident à Londres", "a organisé une séance en Grèce": the place of the
        # event named by the object is where the subject acted
        objects += [(f"{r} {case_of(g)}", g, place, vt) for r, t, m, vt in list(objects)
                    if m.kind == "concept" and r == base for g in t.children
                    if g.dep_ == "nmod" and case_of(g) in {"à", "en", "dans"}
                    and (place := self.arg(g, roles=False)) is not None
                    and place.type == "LOC" and place.kind in {"name", "state"}]
        # "bloquer les efforts du Conseil", "partager les bêtises du groupe X": the thing
        # acted on belongs to a named actor, who is acted on too
        objects += [(r, t, owner, vt) for r, t, m, vt in list(objects) if m.kind == "concept"
                    and r == base and (owner := self._named_complement(t)) is not None]
        seen: set[int] = set()  # one edge per mention: "accusent la Corée du Nord", with
        deduped = []  # "du Nord" hung as an oblique, is one object
        for o in objects:
            if id(o[2]) not in seen:
                seen.add(id(o[2]))
                deduped.append(o)
        objects = deduped
        direct_subject = any(c.dep_ in {"nsubj", "obl:agent"} for c in v.children) or (
            v.dep_ == "xcomp" and any(c.dep_ == "nsubj" for c in v.head.children))
        # (« les autorités envisagent de déployer … »: the controlling verb's subject)
        for rel, ot, om, vt in objects:
            reporting = lemma in REPORTING_VERBS and lemma not in ACCUSATION_VERBS
            said_of_person = reporting and (om.type == "PER" or rel == base and _postposed(v)
                                            and (om.type == "ORG" or om.kind == "state"))
            # ("« … », a précisé l'ONG X": the speaker after the claim, not an object)
            if speech and (rel == base or inserted) or said_of_person \
                    or reporting and self._in_quotation(ot):
                continue  # "X a déclaré que …", "…, a déclaré Cha": attribution, not a
                # relation; what a speaker writes inside quotes is not what they act on
            for st, sm in subjects:
                if sm.kind == "concept" and not direct_subject:
                    continue  # a common noun acts only as the verb's own subject
                self.add(sm, st, rel, om, ot, vt, v)

    def participle_rule(self, v):
        """A past participle describing a noun, with no agent: the noun and the places or
        partners of the participle (« le régiment basé à Cayenne », « une entreprise
        spécialisée dans l'informatique », « deux Britanniques convertis à l'islam »)."""
        if v.dep_ != "acl" or "Part" not in v.morph.get("VerbForm") \
                or "Pres" in v.morph.get("Tense") or any(_is_agent(c) for c in v.children):
            return
        head = self.arg(v.head)
        if head is None or head.kind == "pronoun":
            return
        lemma = verb_lemma(v)
        for c in v.children:
            prep = case_of(c)
            if not c.dep_.startswith("obl") or prep not in ARGUMENT_PREPOSITIONS \
                    or prep in {"de", "pour"}:
                continue
            for t, m in self.args(c):
                if m.kind == "concept" and (head.kind == "concept" or prep not in
                                            CONCEPT_ARGUMENT_PREPOSITIONS | {"dans"}):
                    continue
                self.add(head, v.head, f"{lemma} {prep}", m, t, [v], v)

    def nominal_rule(self, noun):
        """Action nouns: "l'offensive turque en Syrie", "les livraisons d'armes françaises
        à l'Ukraine", "la visite du ministre en Chine"."""
        verb, frame = NOMINALIZATIONS[noun.lemma_.lower()]
        light_object = noun.dep_ == "obj" and noun.head.pos_ == "VERB"
        if light_object and verb_lemma(noun.head) in LIGHT_VERBS:
            return  # "apporter son soutien à X" is the verb rule's
        agents, themes, targets = [], [], []
        for c in noun.children:
            st = demonym_state(c) if c.dep_ == "amod" else None
            if st is not None:
                agents.append((c, self._mention(c.i, c.i + 1, f"state:{st.iso2}", "LOC",
                                                "state", c.i)))
                continue
            prep = case_of(c)
            if c.dep_ != "nmod" or not prep:
                continue
            if prep in {"de", "d'"}:
                for t, m in self.args(c):
                    if frame == "transfer" and m.kind == "concept":
                        themes.append((t, m))
                        for g in [*t.children, *(x for y in t.children for x in y.children)]:
                            st = demonym_state(g) if g.dep_ == "amod" else None
                            if st is not None:  # "d'armes françaises", "de fabrication turque"
                                agents.append((g, self._mention(
                                    g.i, g.i + 1, f"state:{st.iso2}", "LOC", "state", g.i)))
                    elif m.kind not in {"concept", "pronoun"}:
                        agents.append((t, m))
            elif prep in NOMINAL_TARGET_PREPOSITIONS:
                targets += [(t, m) for t, m in self.args(c) if m.kind not in {"concept", "pronoun"}]
        if agents and not targets and frame == "act" and self._converse_object(noun):
            # "X a reçu le soutien de Y", "X a subi une attaque de Y": the verb's subject
            # is the target of what Y does
            targets = [(t, m) for t, m in self.subjects(noun.head)
                       if m.kind != "concept" and m.key != agents[0][1].key]
        if not agents and targets and noun.dep_ == "obj" and noun.head.pos_ == "VERB" \
                and frame == "act":
            # "X n'exclut pas la coopération avec Y", "X envisage une attaque contre Y":
            # the verb's subject does what the noun names
            agents = [(t, m) for t, m in self.subjects(noun.head) if m.kind != "concept"]
        if not agents:
            return
        st, sm = agents[0]
        for ot, om in themes:
            self.add(sm, st, verb, om, ot, [noun], noun)
        for ot, om in targets:
            rel = f"{verb} à" if frame == "transfer" else verb
            self.add(sm, st, rel, om, ot, [noun], noun)

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

    def _doer_before(self, v) -> list[tuple[object, RawMention]]:
        """The "de X" doer of the nearest action noun before infinitive *v* (within a
        few words), when *v* is a purpose clause ("pour …")."""
        if not any(c.lower_ == "pour" and c.dep_ == "mark" for c in v.children):
            return []
        for t in reversed(self.doc[max(0, v.i - 8):v.i]):
            if t.pos_ == "NOUN" and t.lemma_.lower() in NOMINALIZATIONS and \
                    NOMINALIZATIONS[t.lemma_.lower()][1] == "act":
                return self._doer_of(t)
        return []

    def _doer_of(self, noun) -> list[tuple[object, RawMention]]:
        """The named "de X" of an action noun ("l'arrivée de X"), as a subject."""
        if NOMINALIZATIONS.get(noun.lemma_.lower(), ("", ""))[1] != "act":
            return []
        return [(c, m) for c in noun.children if c.dep_ == "nmod" and case_of(c) == "de"
                for _, m in self.args(c) if m.kind not in {"concept", "pronoun"}][:1]

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

    def _characterised(self, pred):
        """(token, mention) of the subject of a bare characterisation ("l'accord est
        « défensif »", "le traité était de nature défensive"), or None."""
        if pred.pos_ not in {"ADJ", "NOUN", "ADV"} or not any(
                c.dep_ == "cop" for c in pred.children):
            return None
        if any(c.dep_ in {"xcomp", "ccomp", "obl:arg", "advcl", "acl", "acl:relcl"}
               or c.dep_ == "nmod" and (m := self.arg(c)) is not None
               and m.kind != "concept" for c in pred.children):
            return None  # more than a quality ("X est prêt à …", "X est allié de Y")
        found = [(t, m) for c in pred.children if c.dep_ == "nsubj" for t, m in self.args(c)]
        return found[0] if found and found[0][1].kind not in {"pronoun"} else None

    def _apposed_person(self, tok, subject_too: bool = False):
        """(token, mention) of the person a subject noun is apposed to when the parser hung
        the person elsewhere (« Jean Dupont, le candidat du parti X, a dit … » with
        « candidat » as the subject), or None."""
        if tok.pos_ not in {"NOUN", "VERB"} or tok.i in self.names or not tok.is_lower:
            return None
        j = min([tok.i] + [c.left_edge.i for c in tok.children
                           if c.i < tok.i and not c.is_punct]) - 1
        if j < 1 or self.doc[j].text != ",":
            return None
        m = self.names.get(j - 1)
        if m is None or m.type != "PER" or not subject_too and self.doc[m.token].dep_ in {
                "nsubj", "nsubj:pass"} \
                or any(self.doc[i].text == "," for i in range(self._sentence_bounds(tok)[0],
                                                              m.token)):
            return None  # (only the person opening the clause, not one named in passing)
        return self.doc[m.token], m

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

    def _name_end(self, m) -> int:
        """Index of the token right after name mention *m*."""
        return max(i for i in range(m.token, len(self.doc)) if self.names.get(i) is m) + 1

    def _converse_object(self, noun) -> bool:
        """Is *noun* what a converse support verb receives ("a reçu le soutien", "bénéficie
        de l'aide", "a subi une attaque")?"""
        v = noun.head
        return v.pos_ == "VERB" and verb_lemma(v) in CONVERSE_VERBS and (
            noun.dep_ == "obj" or noun.dep_ in {"obl:arg", "obl:mod", "obl"}
            and case_of(noun) in {"de", "d'"})

    def _agent_of_action(self, noun) -> bool:
        """Does action noun *noun* name its doer with "de X" ("le soutien du Japon")?"""
        return noun.lemma_.lower() in NOMINALIZATIONS and any(
            c.dep_ == "nmod" and case_of(c) in {"de", "d'"} and (m := self.arg(c)) is not None
            and m.kind not in {"concept", "pronoun"} for c in noun.children)

    def adjective_rule(self, adj):
        """"X est dépendant de Y" → X –dépendant de→ Y."""
        subjects = [(t, m) for c in adj.children if c.dep_ == "nsubj" for t, m in self.args(c)]
        for c in adj.children:
            if c.dep_ in {"obl:arg", "obl:mod", "obl", "nmod"}:
                prep = case_of(c)
                if prep in ARGUMENT_PREPOSITIONS:
                    for t, m in self.args(c):
                        if m.kind == "concept":
                            continue
                        for st, sm in subjects:
                            self.add(sm, st, f"{adj.lemma_.lower()} {prep}", m, t, [adj], adj)

    def noun_predicate_rule(self, noun, adjective=None):
        """"X est un allié de Y", "X est le principal contributeur à la base industrielle
        de Y" → X –allié de→ Y, X –contributeur à→ Y. *adjective*: the adjective before
        the noun that the parser gave the copula and subject ("X est un proche allié")."""
        holders = [noun] if adjective is None else [noun, adjective]
        subjects = [(t, m) for h in holders for c in h.children if c.dep_ == "nsubj"
                    for t, m in self.args(c) if m.kind != "concept"]
        if not any(c.dep_ == "nsubj" for h in holders for c in h.children):
            opening = self._opening_name(noun)  # "X, au pouvoir depuis 1994, est un allié …"
            subjects = [opening] if opening is not None else []
        if not subjects:
            return
        lemma = noun.lemma_.lower() if noun.pos_ == "NOUN" else noun.lower_
        links = [c for c in noun.children if c.dep_ == "nmod" and case_of(c)]
        j = noun.right_edge.i + 1  # "le contributeur | à la base …" cut off by the parser
        if not links and j + 1 < len(self.doc) and self.doc[j].dep_ == "case" \
                and self.doc[j].head.i > j and not _dominates(noun, self.doc[j].head):
            links = [self.doc[j].head]
        for c in links:
            prep = case_of(c)
            if prep not in ARGUMENT_PREPOSITIONS:
                continue
            found = [(t, m) for t, m in self.args(c) if m.kind not in {"concept", "pronoun"}]
            if not found:  # "à la base industrielle de défense de X": X
                found = [(t, m) for g in c.children if g.dep_ == "nmod"
                         and case_of(g) == "de" for t, m in self.args(g)
                         if m.kind not in {"concept", "pronoun"}]
            for ot, om in found:
                for st, sm in subjects:
                    self.add(sm, st, f"{lemma} {prep}", om, ot, [noun], noun)

    def role_rule(self, tok):
        """Appositions and role nouns: "X, le père de Y", "le secrétaire général de Z, X"."""
        if tok.i in self.names:  # "X, le père de Y", "la Chine, principal soutien de Y"
            person = self.names[tok.i]
            if person.token != tok.i:
                return
            apposed = [c for c in tok.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
            between = self._between_commas(person)
            if between is not None and all(between.i != c.i for c in apposed):
                apposed.append(between)
            for c in apposed:
                if person.type == "PER":
                    self._role_edges(person, tok, c)
                elif not role_of(c) and c.right_edge.i + 1 < len(self.doc) \
                        and self.doc[c.right_edge.i + 1].text == ",":
                    # a state or body described between commas: only "de X" relates it
                    # ("la Chine, principal soutien de Y, …"; not "…, un cadeau à Y.")
                    self._role_edges(person, tok, c, preps=("de", "d'"))
            return
        if tok.pos_ not in {"NOUN", "VERB"}:
            return
        if not role_of(tok):
            # any noun set right against a person's name describes that person (« la
            # correspondante de la chaîne X, Sonia Y », « l'analyste de Z Paul W »): its
            # "de"/"à"/"chez" complement is where the person holds that position
            if tok.is_lower and tok.lemma_.lower() not in LIGHT_NOUNS:
                apposed = self._apposed_person(tok, subject_too=True)
                person = self.role_name(tok) or (apposed[1] if apposed else None)
                if person is not None and person.type == "PER":
                    self._role_edges(person, self.doc[person.token], tok)
            return
        person = self.role_name(tok)
        if person is None:
            person = self.role_predicate_of(tok)
        apposed = None
        if person is None and (apposed := self._apposed_person(tok, True)) is not None:
            person = apposed[1]
        if person is not None:
            if not person.role:  # "L'ancien président Jorge Salas a été renversé": bound
                person.role = f"{role_of(tok)}|{self.role_holder(tok)}"
            gender = _role_gender(tok) if apposed is None else ""
            if person.type == "PER" and gender:
                # "la présidente X" is a woman, whatever the tagger said of "X"
                person.gender = gender
            self._role_edges(person, self.doc[person.token], tok)

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
        return doc[k] if end < len(doc) and doc[end].text == "," else None

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
        return None

    def _role_edges(self, person, person_tok, role_tok,
                    preps=("de", "d'", "à", "chez", "auprès de")):
        phrase = role_phrase(role_tok)
        role = role_of(role_tok)
        for c in role_tok.children:
            st = demonym_state(c) if c.dep_ == "amod" else None
            if st is not None:
                holder = self._mention(c.i, c.i + 1, f"state:{st.iso2}", "LOC", "state", c.i)
                if role:
                    person.role = f"{role}|{holder.key}"
                self.add(person, person_tok, f"{phrase} de", holder, c, [role_tok], role_tok)
        for c in role_tok.children:
            if c.dep_ in {"nmod", "obl:mod", "obl"} and case_of(c) in preps:
                for t, m in self.args(c):
                    if m.kind == "pronoun" or m.kind == "concept" and not t.is_lower:
                        continue  # (a capitalised body the NER missed is no common noun)
                    if role and m.kind != "concept":
                        person.role = person.role or f"{role}|{m.key}"
                    self.add(person, person_tok, f"{phrase} de", m, t, [role_tok], role_tok)
        # "X, vice-président … au Center for …" with the foreign name parsed as a clause of
        # its own: an organisation right after the role phrase, behind "à"/"chez", is where
        # the role is held
        j = role_tok.right_edge.i + 1
        if "à" in preps and j + 1 < len(self.doc) and self.doc[j].lower_ in {"au", "à", "chez"} \
                and j + 1 in self.names and self.names[j + 1].type in {"ORG", "MISC"} \
                and not _dominates(role_tok, self.doc[j + 1]):
            m = self.names[j + 1]
            self.add(person, person_tok, f"{phrase} de", m, self.doc[m.token], [role_tok],
                     role_tok)

    def _rival_noun(self, tok) -> bool:
        """Does a common noun subject agreeing with pronoun *tok* stand before it in its
        sentence ("Même si X a dit que le traité était …, il …")? Then the pronoun may be
        that thing rather than a named entity: leave it unresolved."""
        g, n = PRONOUNS[tok.lower_.removeprefix("-")]
        lo, _ = self._sentence_bounds(tok)
        for t in self.doc[lo:tok.i]:
            if t.dep_ in {"nsubj", "nsubj:pass"} and t.pos_ == "NOUN" and t.i not in self.names \
                    and not role_of(t) and not is_group(t):
                tg, tn = (t.morph.get("Gender") or [""])[0], (t.morph.get("Number") or [""])[0]
                if (not g or tg[:1].lower() == g) and (tn[:1].lower() or "s") == n:
                    return True
        return False

    def _quoted(self, tok) -> bool:
        """Is *tok* inside quotation marks within its sentence?"""
        lo, _ = self._sentence_bounds(tok)
        depth = 0
        for t in self.doc[lo:tok.i]:
            if t.text in {"«", "“"}:
                depth += 1
            elif t.text in {"»", "”"}:
                depth = max(depth - 1, 0)
            elif t.text == '"':
                depth = 1 - depth
        return depth > 0

    def _in_quotation(self, tok) -> bool:
        """Is *tok* inside a quoted sentence (not a quoted word or phrase: « a affirmé son
        “soutien indéfectible” »)? A quotation holds a verb of its own."""
        if not self._quoted(tok):
            return False
        lo, hi = self._sentence_bounds(tok)
        opening = max(i for i in range(lo, tok.i) if self.doc[i].text in {"«", "“", '"'})
        closing = next((i for i in range(tok.i, hi) if self.doc[i].text in {"»", "”", '"'}), hi)
        return any(t.pos_ in {"VERB", "AUX"} and t.is_alpha for t in self.doc[opening:closing])

    def _sentence_bounds(self, tok) -> tuple[int, int]:
        """Token range of the sentence holding *tok* (by the article's sentence split)."""
        k = self.sent_of(tok.i)
        lo = tok.i
        while lo > 0 and self.sent_of(lo - 1) == k:
            lo -= 1
        hi = tok.i + 1
        while hi < len(self.doc) and self.sent_of(hi) == k:
            hi += 1
        return lo, hi

    # ---- claim status
    def claim_status(self, anchor) -> tuple[str, RawMention | None]:
        """Modality and source of the clause around *anchor* (its verb or noun)."""
        modality, source = "asserted", None
        if is_negated(anchor):
            modality = "denied"
        elif is_conditional(anchor):
            modality = "alleged"
        hedged = list(anchor.children)
        if anchor.dep_ == "acl:relcl":
            hedged += list(anchor.head.children)  # "le soutien potentiel que X apporte"
        if any(c.lemma_.lower() in HEDGES or c.lower_ in HEDGES for c in hedged) \
                and modality == "asserted":
            modality = "hypothetical"
        t = anchor
        steps = 0
        while t.head.i != t.i and steps < 8:
            if modality == "asserted" and _open_question(t):
                modality = "hypothetical"  # "si …", "dans quelle mesure …": not a fact
            parent = t.head
            plemma = verb_lemma(parent)
            if t.dep_ in {"xcomp", "ccomp", "csubj"} or t.dep_.startswith("acl") and \
                    parent.pos_ == "NOUN" or t.dep_ == "obj" and t.pos_ == "NOUN" \
                    and plemma in HYPOTHETICAL_VERBS:  # "envisage une attaque"
                if plemma in DENIAL_VERBS and parent.pos_ == "VERB":
                    # "X a nié que …", "X a démenti avoir …"
                    speakers = self.subjects(parent)
                    if speakers and source is None:
                        source = speakers[0][1]
                    modality = "denied"
                elif plemma in HYPOTHETICAL_VERBS or parent.lemma_.lower() in HYPOTHETICAL_NOUNS:
                    if modality in {"asserted", "alleged"}:
                        modality = "hypothetical"
                elif plemma in REPORTING_VERBS and parent.pos_ == "VERB":
                    speakers = self.subjects(parent)
                    if speakers and source is None:
                        source = speakers[0][1]
                    if modality == "asserted":
                        modality = "alleged" if plemma in ACCUSATION_VERBS else "reported"
                    if is_negated(parent):
                        modality = "denied"
            elif plemma in REPORTING_VERBS and parent.pos_ == "VERB" and parent.i > t.i \
                    and t.dep_ in {"advcl", "parataxis", "conj"} and parent.i > anchor.i:
                # "La France a livré …, a rappelé le ministère" parsed with the claim under
                # the postposed speech verb: the speaker is its subject, often inverted
                speakers = self.subjects(parent) or [
                    (c, m) for c in parent.children if c.dep_ == "obj" and c.i > parent.i
                    for _, m in self.args(c)]
                if speakers and source is None:
                    source = speakers[0][1]
                if modality == "asserted":
                    modality = "alleged" if plemma in ACCUSATION_VERBS else "reported"
            if parent.pos_ == "VERB" and is_conditional(parent) and modality == "asserted" \
                    and t.dep_ in {"xcomp", "ccomp"}:
                modality = "alleged"
            if parent.pos_ == "VERB" and t.dep_.startswith("obl") and t.i != anchor.i \
                    and modality == "asserted" and any(
                        c.dep_ in {"nsubj", "nsubj:pass", "obj"}
                        and c.lemma_.lower() in HYPOTHETICAL_NOUNS for c in parent.children):
                # "des inquiétudes ont été exprimées quant au fait que X fournisse …"
                modality = "hypothetical"
            t = parent
            steps += 1
        if modality == "asserted" and _open_question(t):  # the root clause itself
            modality = "hypothetical"
        lo, hi = self._sentence_bounds(anchor)
        # "selon X", "d'après X", a sentence-opening "Pour X," in the sentence
        for tok in self.doc[lo:hi]:
            if tok.pos_ in {"NOUN", "PROPN", "PRON"} and (
                    case_of(tok) in SOURCE_MARKERS or self._pour_source(tok)) \
                    and not _own_clause(anchor, tok) and not _in_subclause_of(anchor, tok):
                cands = [m for _, m in self.args(tok)]
                if cands:
                    # the most specific of coordinated sources ("médias et experts occidentaux")
                    m = max(cands, key=lambda m: (m.kind != "concept", len(m.text.split())))
                    source = source or m
                    if modality == "asserted":
                        modality = "reported"
        # "« … », a déclaré X" / "…, ont rapporté les médias": an inserted speech verb
        for tok in self.doc[lo:hi]:
            if tok.pos_ == "VERB" and verb_lemma(tok) in REPORTING_VERBS and tok.i != anchor.i \
                    and tok.i > anchor.i and (
                        tok.dep_ == "parataxis"
                        or tok.dep_ in {"advcl", "conj"} and "," in {
                            t.text for t in self.doc[anchor.i:tok.i]} and any(
                            c.dep_ == "nsubj" and c.i > anchor.i or c.dep_ == "obj"
                            and c.i > tok.i and _postposed(tok) for c in tok.children)
                        or tok.dep_ == "advmod" and "Fin" in tok.morph.get("VerbForm")
                        and self.doc[tok.i - 1].text == ","
                        or tok.dep_ in {"ROOT", "conj"} and not _dominates(anchor, tok)
                        and not any(c.dep_ == "ccomp" for c in tok.children)):
                # its subject follows the claim: "…, a déclaré X", "…, a-t-il dit"
                # the subject after the verb; else, for an inverted subject the parser made
                # an object: a name ("…, affirment les États-Unis"), the first name after
                # the verb ("…, a rapporté mardi la chaîne X"), a common noun ("…, a
                # annoncé le ministère")
                inverted = [m for c in tok.children if c.dep_ == "obj" and c.i > tok.i
                            and _postposed(tok) for _, m in self.args(c)]
                speakers = [m for c in tok.children if c.dep_ == "nsubj" and c.i > anchor.i
                            for _, m in self.args(c)] or [
                    m for m in inverted if m.kind != "concept"] or [
                    self.names[j] for j in range(tok.i + 1, hi) if j in self.names
                    and _postposed(tok) and not case_of(self.doc[j])][:1] or inverted
                if speakers:
                    source = source or speakers[0]
                    if modality == "asserted":
                        modality = "reported"
        # "…, ce que X nient": a denial verb hanging off the clause; it denies what was
        # said, not the saying ("X accuse Y de …, ce que Y nie": the accusation stands)
        said = verb_lemma(anchor) in REPORTING_VERBS and anchor.pos_ == "VERB" and any(
            c.dep_ in {"ccomp", "xcomp"} for c in anchor.children)
        for tok in self.doc if not said else ():
            if is_denial_word(tok) and tok.i > anchor.i and _dominates_any(anchor, tok) \
                    and _after_ce_que(tok):
                modality = "denied"
        return modality, source


def _role_gender(tok) -> str:
    """"f" or "m" for a role noun, by its article first ("la ministre"), else by its
    form ("la présidente" → "f"), else ""."""
    for c in tok.children:
        if c.dep_ == "det" and c.lower_ in {"la", "le", "cette", "ce", "une", "un"}:
            return "f" if c.lower_ in {"la", "cette", "une"} else "m"
    return (tok.morph.get("Gender") or [""])[0][:1].lower()


def _mistagged_verb(tok) -> bool:
    """A finite verb the tagger called a noun or adjective (« la Birmanie a aboli|NOUN la
    censure »): it heads a subject and a direct object, and no copula or determiner."""
    kids = list(tok.children)
    return any(c.dep_ == "nsubj" for c in kids) and any(c.dep_ == "obj" for c in kids) \
        and not any(c.dep_ in {"cop", "det", "case"} for c in kids)


def _is_time(tok) -> bool:
    return tok.lemma_.lower() in TIME_NOUNS or tok.lower_ in TIME_NOUNS


def _locution_noun(verb, noun) -> bool:
    """Is *noun* the bare noun of a verbal locution ("mettre fin", "faire preuve", "porter
    plainte", "rendre hommage"): singular, right after the verb, no determiner, alone?"""
    return noun.pos_ == "NOUN" and noun.i == verb.i + 1 and "Sing" in noun.morph.get("Number") \
        and all(c.dep_ == "nmod" and case_of(c) and c.i > noun.i for c in noun.children) \
        and noun.is_lower \
        and not _is_time(noun)


def _in_subclause_of(anchor, marker) -> bool:
    """Does *marker* sit in a clause below *anchor* ("X a dénoncé un accord qui, selon
    lui, menace …": the « selon » speaks for the relative clause, not for « dénoncé »)?"""
    t, crossed = marker, False
    for _ in range(40):
        if t.i == anchor.i:
            return crossed
        if t.dep_ in {"acl:relcl", "acl", "ccomp", "advcl", "csubj"}:
            crossed = True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def _own_clause(anchor, marker) -> bool:
    """Is *anchor* in a clause coordinated after a comma, with a subject of its own, away
    from the clause *marker* ("selon X") hangs on? "Selon X, A a fait …, et B a fait …":
    X speaks for A only."""
    t = anchor
    for _ in range(12):
        if _dominates(t, marker):
            return False
        if t.dep_ == "conj" and t.pos_ in {"VERB", "AUX"} and any(
                c.dep_ in {"nsubj", "nsubj:pass"} for c in t.children) and any(
                c.dep_ == "cc" and c.i > 0 and t.doc[c.i - 1].text == "," for c in t.children):
            return True  # "…, et B a fait …": a new sentence in all but the full stop
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def _postposed(verb) -> bool:
    """Is *verb* a finite speech verb put after its claim behind a comma, its subject
    inverted ("…, affirment les États-Unis", "… », a ajouté X"): no subject before it?"""
    first = min([verb.i] + [c.i for c in verb.children if c.dep_.startswith("aux")
                            or c.dep_ == "advmod" and c.i < verb.i])
    before = verb.doc[first - 1].text if first > 0 else ""
    return before in {",", "»", "”", '"'} and not is_infinitive(verb) and (
        before in {"»", "”"} or not any(  # (a "subject" before the closing quote is
            c.dep_ in {"nsubj", "nsubj:pass"} and c.i < verb.i for c in verb.children))
    # inside the quotation: « « … » a ensuite précisé X »)


def _open_question(tok) -> bool:
    """Is the clause headed by *tok* a condition or an indirect question ("si Kim
    demande…", "savoir dans quelle mesure X sent…", "comment X a pu…")?"""
    for c in tok.children:
        if c.dep_ == "mark" and c.lower_ in {"si", "s'", "s’"} and not any(
                g.lower_ == "même" for g in tok.doc[max(c.i - 1, 0):c.i]):
            return True
        if c.dep_ in {"obl:mod", "obl", "advmod"} and (
                c.lower_ in {"comment", "pourquoi", "combien"}
                or any("Int" in g.morph.get("PronType") for g in c.children if g.dep_ == "det")):
            return True
    return False


def _after_ce_que(tok) -> bool:
    """Is *tok* in a « ce que X … » clause taking up what precedes ("ce que Paris dément",
    "des accusations que Téhéran rejette")?"""
    doc = tok.doc
    for j in range(tok.i - 1, max(tok.i - 6, 0), -1):
        if doc[j].lower_ in {"que", "qu'", "qu’"} and j > 0 and (
                doc[j - 1].lower_ == "ce" or doc[j - 1].lemma_.lower() in CLAIM_NOUNS):
            return True
    return False


def _dominates(a, b) -> bool:
    t = b
    for _ in range(40):
        if t is a or t.i == a.i:
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def _dominates_any(anchor, tok) -> bool:
    """Does *tok* belong to *anchor*'s clause (attached under it or its main verb)?"""
    verb = anchor
    while verb.dep_ in {"xcomp", "conj"} and verb.head.i != verb.i:
        verb = verb.head
    return _dominates(verb, tok) or _dominates(anchor, tok)


def relation_class(relation: str) -> str:
    """The shared label of a relation's class ("livrer à" → "fournir à"), else itself.

    Examples
    --------
    >>> relation_class("livrer à")
    'fournir à'
    >>> relation_class("apporter soutien")
    'soutenir'
    >>> relation_class("reconnaître")
    'reconnaître'
    """
    for label, members in PREDICATE_CLASSES.items():
        if relation in members:
            return label
        for m in members:
            if relation.startswith(m + " ") and " " not in relation[len(m) + 1:]:
                rest = relation[len(m) + 1:]
                if rest in {"à", "de", "en", "avec", "contre", "pour", "vers", "sur", "chez"}:
                    return f"{label} {rest}"
    return relation
