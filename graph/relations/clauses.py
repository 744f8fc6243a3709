"""Clause core and voice: a verb's subjects (active, passive, controlled, relative, repaired)
and its direct objects, light verbs, locutions and reciprocal verbs; participles describing
a noun; adjective and noun predicates (« X est un allié de Y »).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from graph.entities import (
    RawMention,
    concept_key,
    is_concept_noun,
    object_hung_on_recipient,
    people_noun,
    role_of,
    without_article,
)
from graph.patterns import (
    ACCUSATION_VERBS,
    AMOUNT_ADVERBS,
    ARGUMENT_PREPOSITIONS,
    ASIDE_NOUNS,
    CALL_VERBS,
    CAUSATIVE_VERBS,
    CHARGE_VERBS,
    COMMITMENT_VERBS,
    CONCEPT_ARGUMENT_PREPOSITIONS,
    CONTROL_MARKS,
    CONVERSE_VERBS,
    COPULAR_VERBS,
    DATIVE_CLITICS,
    DATIVE_CONTROL_VERBS,
    DE_TARGET_NOUNS,
    DEVERBAL_NOUNS,
    EN_PRONOMINAL_VERBS,
    ENABLING_VERBS,
    FOCUS_ADVERBS,
    GIVING_VERBS,
    HOLDER_NOUNS,
    HONORIFICS,
    IMPERSONAL_VERBS,
    INCISE_VERBS,
    INTENTION_VERBS,
    KIND_NOUNS,
    KNOWING_VERBS,
    LIGHT_NOUNS,
    LIGHT_VERBS,
    NAMING_VERBS,
    OBJECT_CLASSES,
    OBJECT_CONTROL_VERBS,
    OBJECT_IN_RELATION_WORDS,
    OFF_PLACE_NOUNS,
    PERCEPTION_VERBS,
    PERSON_NOUNS,
    PP_LOCUTIONS,
    PREDICATE_NOUNS,
    PREDICATIVE_VERBS,
    PRONOUNS,
    QUALIFYING_VERBS,
    RECIPROCAL_VERBS,
    REPORTING_VERBS,
    REQUEST_VERBS,
    SKIP_VERBS,
    STOP_VERBS,
    SUBJECT_CONTROL_VERBS,
    TIME_NOUNS,
    VICTIM_WORDS,
)
from graph.relations.claims import (
    _postposed,
)
from graph.relations.obliques import _verb_noun_locution
from graph.relations.tokens import (
    CLITICS,
    LIGHT_NOUN_PREPOSITIONS,
    _day_number,
    _dominates,
    _is_agent,
    _is_time,
    _locution_noun,
    case_of,
    clause_verb,
    conjuncts,
    continued_clause,
    hung_on_day,
    is_gerund,
    is_infinitive,
    is_negated,
    is_passive,
    is_passive_participle,
    is_reflexive,
    negation,
    reflexive,
    relation_class,
    verb_lemma,
    with_de,
)


@dataclass(eq=False)
class Clause:
    """What the clause rules gather about one verb before emitting its triples."""

    v: object
    lemma: str
    base: str  # the lemma, with « se » for a pronominal verb
    passive: bool
    objects: list = field(default_factory=list)  # (relation, token, mention, verb tokens)
    light_noun: object = None
    locution: object = None
    has_object: bool = False
    relation: str = ""
    verb_toks: list = field(default_factory=list)
    pp_noun: object = None  # the noun of a locution such as « mettre en cause »
    anchor: object = None  # the token whose clause's status the triples take (the verb)
    joined: list = field(default_factory=list)  # objects of acts joined to the first one

    def __post_init__(self):
        self.anchor = self.anchor if self.anchor is not None else self.v
        self.relation = self.relation or self.base
        self.verb_toks = self.verb_toks or [self.v]


def _with_object(relation: str, base: str, words: str, people: bool = False) -> str:
    """*relation* (verb *base* and a preposition) with the object *words* before the
    preposition, the verb in its class's name (`relation_class`), so that « livrer des
    drones à X » and « vendre des drones à X » make one edge — for a class of
    `OBJECT_CLASSES`, or an object naming *people*.

    >>> _with_object("livrer à", "livrer", "drones")
    'fournir drones à'
    >>> _with_object("perdre face à", "perdre", "match")
    'perdre match face à'
    >>> _with_object("recevoir à", "recevoir", "lettres")
    'recevoir lettres à'
    >>> _with_object("recevoir à", "recevoir", "presse", people=True)
    'accueillir presse à'
    """
    prep = relation[len(base) + 1:]
    label = relation_class(relation)
    verb = label[:-len(prep) - 1] if label.endswith(" " + prep) else base
    if verb not in OBJECT_CLASSES and not people:
        verb = base  # (« recevoir des lettres à X » is no *accueillir lettres à*; « recevoir
        # la presse à X » is *accueillir*: people, *people*)
    return f"{verb} {words} {prep}"


def _participle(v) -> str:
    """The masculine singular of past participle *v* (« imposées » → « imposé », « prise »
    → « pris »), as the label of what the participle says of its noun.

    Examples
    --------
    >>> import spacy
    >>> [_participle(t) for t in spacy.blank("fr")("imposées prise construits basé née")]
    ['imposé', 'pris', 'construit', 'basé', 'né']
    """
    word = v.lower_
    if word.endswith("s") and len(word) > 3:
        word = word[:-1]
    if word.endswith("ée") or word.endswith("e") and len(word) > 3 and word[-2] in "éiust":
        word = word[:-1]
    return word


def _speech(v, lemma: str) -> tuple[bool, bool]:
    """(inserted, speech) for verb *v*: a speech clause inserted after a claim only names
    a source (« « … », a-t-il dit aux médias »); a verb of speech with a clause reports it,
    and its subject is a source, not an actor on it."""
    inserted = lemma in REPORTING_VERBS and (v.dep_ == "parataxis" or any(
        c.dep_ == "nsubj" and c.lower_.startswith("-") for c in v.children) or (
        v.dep_ in {"conj", "advcl", "advmod", "ROOT"} and _postposed(v)
        and not any(c.dep_ in {"nsubj", "ccomp"} for c in v.children)))
    speech = inserted or lemma in REPORTING_VERBS and lemma not in ACCUSATION_VERBS and any(
        c.dep_ in {"ccomp", "xcomp"} or c.dep_ == "parataxis"
        and verb_lemma(c) not in REPORTING_VERBS | INCISE_VERBS for c in v.children)
    # (« « Moscou soutient X », a affirmé Y »: the incise after it is no clause it reports)
    return inserted, speech


def _causative(v):
    """The causative « faire » right before infinitive *v* (« a fait fermer », « veut faire
    gagner »), which the parser hangs on the infinitive, or None.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("fr").vocab, words=["Vexor", "fait", "fermer", "l'", "usine"],
    ...           heads=[2, 2, 2, 4, 2], deps=["nsubj", "dep", "ROOT", "det", "obj"],
    ...           pos=["PROPN", "VERB", "VERB", "DET", "NOUN"],
    ...           lemmas=["Vexor", "faire", "fermer", "le", "usine"],
    ...           morphs=["", "", "VerbForm=Inf", "", ""])
    >>> _causative(doc[2]).text
    'fait'
    """
    if not is_infinitive(v) or v.i == 0:
        return None
    before = v.doc[v.i - 1]
    if before.lemma_.lower() == "faire" and (
            before.head.i == v.i and before.dep_ in {"dep", "aux:caus", "aux"}
            or v.head.i == before.i and v.dep_ == "xcomp"):  # (« qui ferait | gagner »)
        return before
    return None


def _light_object(noun) -> bool:
    """Is direct object *noun* a noun too light to be a node, with its article (« semer le
    doute sur X », « faire le tour de X »)? The verb takes it into the relation, with what
    it is about (as for « mettre fin à »); a time (« passer la semaine ») is not one."""
    return noun.pos_ == "NOUN" and noun.is_lower and noun.lemma_.lower() in LIGHT_NOUNS \
        and not is_concept_noun(noun) and noun.lemma_.lower() not in TIME_NOUNS \
        and any(g.dep_ == "det" for g in noun.children)


class ClauseRules:
    """The clauses rules of `graph.relations.SentenceExtractor` (a mixin: the
    extractor's ``doc``, ``names`` and ``add`` are its own)."""

    # ---- subjects
    def subjects(self, v, depth: int = 0) -> list[tuple[object, RawMention]]:
        if depth > 4:
            return []
        passive = is_passive(v)
        subj_deps = {"obl:agent"} if passive else {"nsubj", "nsubj:pass"}
        found = []
        # (« X, seul, a dénoncé » parsed with X under the auxiliary: X is still its subject)
        hung = [g for a in v.children if a.dep_.startswith("aux") for g in a.children]
        focus = next((c.i for c in v.children if c.lower_ in {"c'", "c’", "ce"}
                      and any(f.dep_ == "fixed" for f in c.children)), -1)
        for c in [*v.children, *hung]:
            if c.dep_ in subj_deps and c.i < focus:
                continue  # « Le constat, c'est que nous avons relevé … »: a topic set
                # before « c'est que », not the subject of what follows it
            if c.dep_ == "obl:agent" and not _is_agent(c):
                continue  # « condamné par contumace »: a manner, no agent
            if c.dep_ in subj_deps or c.dep_ == "vocative" and c == self._vocative_subject(v) \
                    or passive and v.dep_ == "acl" and _is_agent(c) \
                    or c.dep_ == "expl:subj" and not passive \
                    and c.lower_ in PRONOUNS and verb_lemma(v) not in IMPERSONAL_VERBS:
                # ("Il s'est rendu à …" with "il" read as an expletive)
                if c.lower_ == "il" and verb_lemma(v) in IMPERSONAL_VERBS:
                    continue  # impersonal "il"
                if passive and v.dep_ == "acl" and v.head.pos_ == "NOUN" \
                        and v.i == v.head.i + 1 and case_of(c) in {"de", "d'", "du", "des"} \
                        and self._person_word(c) and not self._person_word(v.head):
                    continue  # « le retrait précipité de son trésorier »: the noun's « de »
                    # (not « des personnes atteintes de la maladie »: what has them)
                if c.dep_ in {"nsubj", "nsubj:pass"} and case_of(c) == "de" \
                        and c.lemma_.lower() in LIGHT_NOUNS:
                    continue  # « X a de son côté critiqué »: a circumstance
                if self._participles_object(c):
                    continue  # « trois jeunes portant un maillot ont été agressés »
                if self._inserted_example(c):
                    continue  # « des groupes, notamment les milices, qui … ont manifesté »
                c = self._subject_after_comma(c, v)
                if c.dep_ in {"nsubj", "nsubj:pass"} and case_of(c) not in {"", "de"}:
                    # « Sur Twitter, X a dénoncé … » with « Twitter » as the subject: a
                    # prepositional phrase is a circumstance; the name set after it acts
                    c = next((a for a in c.children if a.dep_ == "appos" and a.i in self.names
                              and self.names[a.i].type == "PER"), None)
                    if c is None:
                        continue
                # (a vocative's conjuncts are the parser's: « M. X, membre de « Un arbre,
                # un toit » » with « toit » its conjunct)
                for t, m in self.args(c) if c.dep_ != "vocative" else [(c, self.names[c.i])]:
                    t, m = self._split_name_owner(t, m)
                    if all(m is not x for _, x in found):
                        found.append((t, m))
        if not found and not passive and (t := self._fronted_subject(v)) is not None:
            found.append((t, self.names[t.i]))  # « Hier à Valbrune, Mme X a reçu … »
        if not found and not passive:  # « De son côté, X, …, fait savoir … » with X
            for c in v.children:  # hung on « côté » as its apposition: X speaks
                if c.dep_.startswith("obl") and c.i < v.i and c.lemma_.lower() in ASIDE_NOUNS:
                    found += [(t, m) for a in c.children if a.dep_ == "appos" and a.i in self.names
                              for t, m in self.args(a)]
        if any(t.i < v.i and self._second_subject_is_object(v, t) for t, _ in found):
            # "il a rencontré X" parsed with two subjects: X is the object (see verb_rule)
            found = [(t, m) for t, m in found if t.i < v.i]
        if not passive and v.dep_ != "conj":
            # the name right before a finite verb is its subject, whatever the parse says
            # ("…, le Japon a fourni" with "le Japon" hung elsewhere)
            first = min([v.i] + [c.i for c in v.children if c.dep_.startswith("aux")
                                 or c.dep_.startswith("expl")
                                 or c.lower_ in CLITICS and c.dep_ != "mark"])
            # (« s'il souhaite »: « s' » is « si », not a clitic of the verb)
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
        found = [self._apposed_person(t) or self._described_person(t, m)
                 or self._apposed_by_relative(t, m) or (t, m) for t, m in found]
        if found or passive and any(c.dep_ == "nsubj:pass" for c in v.children) and \
                v.dep_ != "conj" or passive and v.dep_ == "xcomp":
            return found  # (« la vidéo peut être consultée »: no agent, no subject)
        if not found and is_reflexive(v) and any(c.lower_ == "où" and c.i < v.i
                                                 for c in v.children):
            # « où s'ouvre le congrès »: the subject set after the verb, read as its object
            return [(t, m) for c in v.children if c.dep_ in {"obj", "nsubj"} and c.i > v.i
                    for t, m in self.args(c)]
        if v.dep_ in {"advcl", "ccomp"} and not passive and "Fin" in v.morph.get("VerbForm") \
                or v.dep_ in {"advcl", "ccomp"} and any(
                    a.dep_.startswith("aux") and "Fin" in a.morph.get("VerbForm")
                    for a in v.children):
            # « après qu'un camion de la mairie ait heurté un mur » with the subject hung on the
            # main verb behind « qu' »: the noun the « que » opens is this verb's subject
            opened = [c for c in v.head.children if c.i < v.i and c.pos_ in {"NOUN", "PROPN"}
                      and any(g.dep_ == "mark" and g.lower_ in {"que", "qu'", "qu’"}
                              for g in c.children)
                      and not any(t.pos_ in {"VERB", "PUNCT"}
                                  for t in self.doc[c.right_edge.i + 1:v.i])]
            if len(opened) == 1:
                return self.args(opened[0])
        if v.dep_ == "conj" and v.head.dep_ == "acl" and v.head.head.pos_ in {"NOUN", "PROPN"} \
                and "Part" in v.morph.get("VerbForm") and "Pres" in v.morph.get("Tense") \
                and is_passive_participle(v.head):
            # « le vol X assuré par Y et reliant A à B »: the flight links them, not Y
            m = self.arg(v.head.head)
            return [(v.head.head, m)] if m is not None else []
        if v.dep_ == "conj":
            head = v.head if v.head.pos_ == "VERB" else clause_verb(v)
            if head is not None and is_infinitive(v) and not is_infinitive(head):
                # « pour saluer les soldats décédés et offrir son aide aux familles »
                # with « apporter » joined to the participle: the infinitive it goes on
                up = head
                while up.head.i != up.i and not (up.pos_ == "VERB" and is_infinitive(up)):
                    up = up.head
                head = up if up.pos_ == "VERB" and is_infinitive(up) else head
            clause = continued_clause(v)
            if clause is not None:
                # « X craignent que cette loi, comme …, interdise … » with « interdise »
                # joined to « craignent » by a comma: it goes on the « que » clause, whose
                # subject is the noun the parser made its head, or unknown
                return self.args(clause) if clause.pos_ == "NOUN" else []
            if head is not None:
                return self.subjects(head, depth + 1)
        if v.dep_ == "acl" and v.head.pos_ == "NOUN" and v.head.head.i != v.head.i \
                and "Pres" in v.morph.get("Tense") and any(
                    c.lower_ == "en" and c.dep_ in {"case", "mark"} and c.i < v.i
                    for c in v.children):
            # « X a été blessé lors d'une chute en quittant la gare » with the gerund hung on
            # the noun: the clause's subject does it, not the noun
            return self.subjects(v.head.head, depth + 1)
        if is_gerund(v) and v.head.pos_ == "VERB":
            # « X a ouvert la séance en demandant … », « …, prônant le bilan »: the
            # clause's subject does it (its patient, when the clause is passive: « X a été
            # arrêté en tentant de fuir »)
            if is_passive(v.head):
                patient = [c for c in v.head.children if c.dep_ == "nsubj:pass"]
                return self.args(patient[0]) if patient else []
            return self.subjects(v.head, depth + 1)
        if v.dep_ in {"advcl", "xcomp"} and is_infinitive(v) \
                and verb_lemma(v.head) in REQUEST_VERBS \
                and any(c.dep_ == "mark" and c.lower_ == "pour" for c in v.children):
            return []  # « X demande au ministre des fonds pour sauver Y »: what is
            # asked for would stop Y, not X
        if v.dep_ == "acl" and is_infinitive(v) and v.head.dep_ == "obj" \
                and v.head.head.pos_ == "VERB" \
                and verb_lemma(v.head.head) in OBJECT_CONTROL_VERBS \
                and any(c.dep_ == "mark" and c.lower_ in {"de", "d'", "d’", "à"}
                        for c in v.children):
            # « convaincre la veuve du maire, Anne Roux, de demander … » with the
            # infinitive hung on the object: the one convinced does it
            named = [c for c in v.head.children if c.dep_ == "appos" and c.i in self.names
                     and c.i < v.i]
            return self.args(named[0]) if named else self.args(v.head)
        if v.dep_ in {"xcomp", "advcl", "obl:arg", "ccomp"} and is_infinitive(v):
            if v.head.pos_ == "VERB" and is_passive(v.head) and v.dep_ != "advcl":
                # "X est accusé de fournir …", "X a été invité à venir": X does it
                passive_subjects = [c for c in v.head.children if c.dep_ == "nsubj:pass"]
                if passive_subjects:
                    return self.args(passive_subjects[0])
            holder = self._holder_before(v)
            if holder:
                return holder  # « réagit à la décision du conseil de classer X »
            h = v.head
            if v.dep_ == "xcomp" and h.dep_ == "acl" and "Part" in h.morph.get("VerbForm") \
                    and "Pres" not in h.morph.get("Tense") and h.head.pos_ in {"NOUN", "PROPN"} \
                    and not any(c.dep_ == "obl:agent" for c in h.children):
                m = self.arg(h.head)  # « la police autorisée à entrer »: the noun the
                return [(h.head, m)] if m is not None else []  # participle is set on
            compound = "Inf" not in v.morph.get("VerbForm")  # "pour avoir défendu": a reason
            causative = verb_lemma(v.head) in CAUSATIVE_VERBS  # "mobilise Y pour soutenir"
            purpose = any(c.dep_ == "mark" and c.lower_ == "pour" for c in v.children)
            # (« les clés qu'ils gardaient pour ouvrir le coffre » with the purpose
            # read as an xcomp: whoever keeps the keys opens the safe, not the keys)
            if v.head.pos_ == "VERB" and (v.dep_ != "advcl" and not purpose or compound
                                          or causative):
                # object control: "accuser Ottawa d'avoir", "aider Marie à construire"
                controllers = [c for c in v.head.children if (
                    c.dep_ in {"obj", "iobj"} or verb_lemma(v.head) in DATIVE_CONTROL_VERBS
                    and c.dep_.startswith("obl") and case_of(c) == "à")
                    and (c.pos_ in {"PROPN", "NOUN", "PRON"} or c.i in self.names
                         or c.i == v.head.i - 1 and c.lower_ in DATIVE_CLITICS)
                    and c.i < v.i
                    and not (c.pos_ == "NOUN" and verb_lemma(v.head) in SUBJECT_CONTROL_VERBS)]
                # (« X a le risque de connaître », « X a pris la décision de partir »: the
                # noun is what X has or takes; X does it. « pour leur permettre de rentrer »
                # with « leur » tagged a determiner: they go back, whoever they are)
                if not controllers and verb_lemma(v.head) in ENABLING_VERBS \
                        and verb_lemma(v) in KNOWING_VERBS:
                    return []  # « ces roches permettront de comprendre X »: someone will
                    # understand X; the rocks make it possible
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
            m = self.apposed_name(v.head) or self.arg(v.head)
            return [(v.head, m)] if m is not None else []
        return []

    def _split_name_owner(self, t, m):
        """A subject the parser found inside a name it split, whose first word it hung on a
        noun as that noun's « de » (« le métro de Port Valbrune » with « Valbrune » the
        subject): the noun's phrase; otherwise (*t*, *m*) as they are."""
        if m.kind != "name" or self.names.get(t.i) is not m:
            return t, m
        first = min(i for i, x in self.names.items() if x is m)
        f = self.doc[first]
        if first == t.i or f.dep_ != "nmod" or case_of(f) not in {"de", "d'"} \
                or f.head.pos_ != "NOUN" or f.head.i > first:
            return t, m
        owner = self.arg(f.head)
        return (f.head, owner) if owner is not None else (t, m)

    def _second_subject_is_object(self, v, before) -> bool:
        """Is a subject the parser put after verb *v*, beside subject *before* ahead of it,
        the object? Yes after a pronoun, a name or a role (« il a rencontré X »), and after
        any noun with nothing between it and the verb or between the verb and the second
        (« La police a arrêté X lundi » with X parsed as a subject); not after a noun in a
        quotation or before a comma (« « Le fournisseur sera X », a déclaré Y »: Y says)."""
        if before.i > v.i:
            return False
        if self._actor_word(before):
            return True
        after = [c for c in v.children if c.dep_ == "nsubj" and c.i > v.i]
        return before.pos_ == "NOUN" and bool(after) \
            and verb_lemma(v) not in REPORTING_VERBS | INCISE_VERBS \
            and not any(t.is_punct for t in self.doc[before.right_edge.i + 1:after[0].i])

    def _actor_word(self, t) -> bool:
        """Is subject word *t* a pronoun, a name or a role (« il », « X », « le président »)?
        Before the verb, it makes a second subject after the verb the object (« Le
        président X a promis la piscine » with « piscine » parsed as a subject)."""
        return t.pos_ == "PRON" or t.i in self.names or bool(role_of(t))

    def _subject_after_comma(self, c, v):
        """The real subject when the parser hung it on the phrase before it: « Vexor
        n'ayant pas ratifié la convention, l'ONG a demandé … » with « ONG » under
        « convention » — a determined noun after a comma, right before the verb, without a
        preposition, is the subject; else *c*."""
        first = min([v.i] + [a.i for a in v.children if a.dep_.startswith("aux")])
        for n in c.children:
            if n.dep_ in {"nmod", "appos"} and n.i > c.i and not case_of(n) \
                    and n.left_edge.i > 0 and self.doc[n.left_edge.i - 1].text == "," \
                    and n.right_edge.i + 1 == first and n.pos_ in {"NOUN", "PROPN"} \
                    and any(d.dep_ == "det" for d in n.children) \
                    and any(g.dep_ == "advcl" and g.i < c.i for g in v.children):
                return n
        return c

    def _object_after_phrase(self, v) -> list[tuple[object, RawMention]]:
        """A person named at the end of a prepositional phrase, with no comma, as the
        object the verb put after it (« qui a élu à la tête du conseil X »,
        « a nommé à la tête du ministère X »: the parser hangs X on the phrase's last noun)."""
        for c in v.children:
            if not c.dep_.startswith("obl") or case_of(c) not in {"à", "au"} or c.i < v.i:
                continue
            end = c.right_edge
            m = self.names.get(end.i)
            if m is None or m.type != "PER" or m.kind != "name":
                continue
            tok = self.doc[m.token]
            if tok.dep_ in {"appos", "nmod"} and not case_of(tok) and tok.i > c.i \
                    and self.doc[min(i for i, x in self.names.items() if x is m) - 1].text \
                    not in {",", "(", "«"}:
                return [(tok, m)]
        return []

    def _person_word(self, tok) -> bool:
        """Does *tok* name or describe a person (a person's name, a role, « homme »)?"""
        m = self.names.get(tok.i)
        return m is not None and m.type == "PER" or bool(role_of(tok)) \
            or tok.lemma_.lower() in PERSON_NOUNS

    def _listed_after_oblique(self, v, c) -> str:
        """The preposition of the oblique that object *c* follows as the next item of a
        list (« revient sur la crise, la pêche et le tourisme »: « sur »), or "": not a
        word set against the oblique (« compter sur X, son frère »), which closes no list,
        nor the object after a recipient (« expliquer aux élus, leur projet »)."""
        start = self._phrase_start(c)
        if start < 1 or self.doc[start - 1].text != "," or not any(
                x.dep_ == "conj" and any(d.dep_ == "cc" for d in x.children)
                for x in c.children):
            return ""
        before = [x for x in v.children if v.i < x.i < c.i and x.dep_ != "punct"]
        last = max(before, key=lambda x: x.i) if before else None
        if last is None or last.dep_ not in {"obl:arg", "obl"} or last.right_edge.i != start - 2:
            return ""
        prep = case_of(last)
        return "" if prep in {"à", "au", "aux"} else prep

    def _phrase_start(self, c) -> int:
        """The first word of *c*'s phrase, past a punctuation mark the parser hung on it
        (« …, la pêche »: the comma before is not the phrase's)."""
        start = c.left_edge.i
        while start < c.i and self.doc[start].is_punct:
            start += 1
        return start

    def _inserted_example(self, c) -> bool:
        """Is subject *c* an example set between commas by a focusing adverb (« des
        pêcheurs en froid avec les armateurs, notamment les Vexor, qui tiennent le
        port, ont défilé », with « Vexor » as the subject): not who acts."""
        start = self._phrase_start(c)
        return start > 0 and self.doc[start - 1].text == "," and any(
            a.dep_ == "advmod" and a.lower_ in FOCUS_ADVERBS and a.i < c.i for a in c.children)

    def _participles_object(self, c) -> bool:
        """Is subject *c* the object of a participle right before it, which the parser
        left without one (« trois jeunes portant un maillot ont été agressés », with
        « maillot » as a second subject)?"""
        before = self.doc[c.left_edge.i - 1] if c.left_edge.i > 0 else None
        return before is not None and before.pos_ == "VERB" and before.dep_ == "acl" \
            and before.head.i < before.i and c.head.i == before.head.head.i \
            and not any(g.dep_ == "obj" for g in before.children)

    def verb_rule(self, v):
        """A verb with its subjects and everything it relates them to: direct objects, the
        noun of a light verb or locution, recipients and prepositional arguments."""
        lemma = verb_lemma(v)
        if self._copular_adjective(v):
            return
        if lemma == "avoir":
            self._event_place(v)
        if lemma in SKIP_VERBS and not (lemma == "avoir" and any(
                c.dep_ == "obj" and (_locution_noun(v, c) and c.lower_ != "lieu"
                                     or c.lemma_.lower() in DE_TARGET_NOUNS)
                for c in v.children)) \
                or any(c.dep_ == "cop" for c in v.children) \
                and "Part" not in v.morph.get("VerbForm"):
            return  # ("l'enfant est élève à …": a noun read as a verb; « avoir recours
            # à », « avoir accès à » are locutions)
        if "Fin" in v.morph.get("VerbForm") and any(
                c.dep_.startswith("aux") and c.lemma_ == "être" for c in v.children):
            return  # a finite verb cannot take « est »: « l'enfant est élève|VERB à … »
        inserted, speech = _speech(v, lemma)
        base = reflexive(lemma) if is_reflexive(v) else lemma
        if is_reflexive(v) and lemma in EN_PRONOMINAL_VERBS and any(
                c.lower_ == "en" and c.i < v.i for c in v.children):
            base = f"s'en {lemma}"  # « s'en prendre à X »: to attack X
        cause = _causative(v)
        if cause is not None:  # « X fait fermer l'usine », « faire gagner Y »: X causes
            base = f"faire {base}" if base == lemma else f"se faire {lemma}"  # it (Y is
            # not acted on by X); « s'est fait soigner »: the pronoun is faire's
        cl = Clause(v, lemma, base, is_passive(v))
        if cause is not None:
            cl.verb_toks = [cause, v]
        for c in v.children:  # « mettre en cause X »: the locution is the relation
            if c.dep_.startswith("obl") and c.pos_ == "NOUN" and not any(
                    d.dep_ == "det" for d in c.children) \
                    and (lemma, case_of(c), c.lower_) in PP_LOCUTIONS:
                cl.base = f"{cl.base} {case_of(c)} {c.lower_}"
                cl.relation, cl.verb_toks, cl.pp_noun = cl.base, [v, c], c
        if v.dep_ == "xcomp" and is_infinitive(v) and v.head.pos_ == "VERB" \
                and (verb_lemma(v.head) in COMMITMENT_VERBS
                     or verb_lemma(v.head) in STOP_VERBS and not is_negated(v.head)):
            # (« n'ont cessé de secouer X »: kept on shaking it)
            # « X a menacé de s'en prendre à la digue »: what X threatened, as stated
            act = f"{negation(v)} {cl.relation}" if is_negated(v) else cl.relation
            cl.base = cl.relation = f"{verb_lemma(v.head)} {with_de(act)}"  # (« de ne plus
            # livrer »: not what is threatened without its negation)
            cl.verb_toks, cl.anchor = [v.head, *cl.verb_toks], v.head
        subjects = self.subjects(v)
        nsubj = [c for c in v.children if c.dep_ == "nsubj"]
        if not speech and any(c.i < v.i and self._second_subject_is_object(v, c) for c in nsubj) \
                and not any(c.i > v.i and c.text.startswith("-") for c in nsubj):
            # (« « … », essaie-t-il de nuancer »: the clitic after the verb is its subject)
            # "il a rencontré Paul" parsed with two subjects: the one after the verb is the object
            cl.objects += [(cl.base, t, m, [v]) for c in nsubj if c.i > v.i
                           for t, m in self.args(c)]
        if not subjects:
            if cl.passive and v.dep_ not in {"acl", "xcomp"}:
                for c in v.children:
                    if c.dep_ == "nsubj:pass" and not self._participles_object(c):
                        for t, m in self.args(c):
                            self._described_by_participle(v, t, m, named_only=True)
                            self._charged_with(cl, t, m)
            return
        if speech and not inserted:
            self._characterisations(cl, subjects)
        self._direct_objects(cl)
        self._light_and_locution_objects(cl)
        self._oblique_objects(cl)
        if cl.light_noun is not None and not cl.objects:  # "la Chine a promis une aide"
            head = self.arg(cl.light_noun)
            if head is not None:
                cl.objects.append((cl.base, cl.light_noun, head, [v]))
        if self._reciprocal(cl, subjects):
            return
        self._places_and_owners(cl)
        self._object_in_obliques(cl, subjects)
        self._controlled_act(cl)
        self._epithet(cl)
        self._emit(cl, subjects, speech, inserted)
        self._call_to_act(cl, subjects)
        if subjects and not cl.passive and cl.lemma in CHARGE_VERBS:
            # « Le tribunal a condamné X pour fraude »: X –condamné pour→ fraude, as in the
            # passive
            for r, t, m, _ in cl.objects:
                if r == cl.base:
                    self._charged_with(cl, t, m)
        if cl.passive and any(_is_agent(c) for c in v.children) and v.dep_ not in {"acl", "xcomp"}:
            # « X a été interpellé à Valbrune par la police »: the agent's edge goes to X,
            # and X –interpellé à→ Valbrune says where it befell X
            for c in v.children:
                if c.dep_ == "nsubj:pass" and not self._participles_object(c):
                    for t, m in self.args(c):
                        self._described_by_participle(v, t, m, named_only=True,
                                                      places_only=True)

    def _controlled_act(self, cl: Clause) -> None:
        """The act a verb of control asks of its direct object, in that object's relation
        (« X a exhorté Y à signer l'accord » → X –exhorter à signer accord→ Y; « X accuse
        Y de mentir » → X –accuser de mentir→ Y), or a verb of perception sees it do (« X a
        vu des détenus mourir » → X –voir mourir→ détenus): « exhorter Y » alone says too
        little. The act's own edges (Y –signer→ accord, hypothetical) stay."""
        if cl.lemma not in OBJECT_CONTROL_VERBS | PERCEPTION_VERBS | QUALIFYING_VERBS \
                or cl.light_noun is not None or cl.locution is not None:
            return
        direct = [(t, m) for r, t, m, _ in cl.objects if r == cl.base]
        if len(direct) != 1:
            return
        t, m = direct[0]
        if cl.lemma == "traiter" and m.type != "PER" and not people_noun(t):
            return  # (« traiter la question des retraites »: dealt with, not called)
        if cl.lemma in PERCEPTION_VERBS:  # the bare infinitive after the object
            seen = next((c for c in [*cl.v.children, *t.children]
                         if c.i > t.i and is_infinitive(c) and c.dep_ in {"xcomp", "acl", "ccomp"}
                         and not any(d.dep_ == "mark" for d in c.children)), None)
            act = "" if seen is None else reflexive(verb_lemma(seen)) if is_reflexive(seen) \
                else verb_lemma(seen)
        else:  # (an infinitive hung on a thing is its own: « rappeler l'obligation de
            thing = m.kind == "concept" and not people_noun(t)  # porter … »)
            acts = self._asked_acts(cl.v, t, CONTROL_MARKS, on_recipient=not thing) \
                or [self._charge_or_call(cl, t, m)]
            if acts[0]:  # (each act joined to the first its own edge)
                cl.joined += [(f"{cl.base} {act}", ot, om, vt) for r, ot, om, vt in cl.objects
                             if r == cl.base for act in acts[1:]]
            act = acts[0]
        if act:
            cl.objects[:] = [(f"{cl.base} {act}" if r == cl.base else r, ot, om, vt)
                             for r, ot, om, vt in cl.objects]

    def _charge_or_call(self, cl: Clause, tok, mention) -> str:
        """What a verb of accusing charges its object with (or of threatening threatens it
        with), or a verb of calling calls it to, when that is a noun (« X accuse Y
        d'ingérence » → « d'ingérence », « X menace Y de sanctions », « X a appelé Y à la
        retenue » → « à la retenue »), as the text words it; or "". The noun is
        hung on the verb, or on a named object (« Y d'ingérence », not « le ministre de
        l'Intérieur »)."""
        marks = {"de", "d'", "du", "des"} if cl.lemma in ACCUSATION_VERBS | {"menacer"} \
            | QUALIFYING_VERBS else {"à", "au", "aux"} if cl.lemma in CALL_VERBS else set()
        on_object = mention.kind in {"name", "state"} and tok.pos_ == "PROPN" \
            or cl.lemma in CALL_VERBS | QUALIFYING_VERBS  # (« appelle les deux parties au
        # dialogue », « qualifie la décision de X de trahison »)
        for c in [*cl.v.children, *(tok.children if on_object else ())]:
            case = next((d for d in c.children if d.dep_ == "case" and d.i < c.i), None)
            if c.i < tok.i or case is None or case.lower_.replace("’", "'") not in marks \
                    or c.dep_ not in {"obl:arg", "obl:mod", "obl", "nmod"} or c.pos_ != "NOUN" \
                    or not c.is_lower or not is_concept_noun(c) or c.i in self.names:
                continue
            _, _, end = concept_key(c)
            words = "".join(t.text_with_ws for t in self.doc[case.i:end]
                            if not t.is_punct).split()
            return " ".join(words) if len(words) <= OBJECT_IN_RELATION_WORDS + 2 else ""
        return ""

    def _epithet(self, cl: Clause) -> None:
        """« X a appelé Y « la reine du château » »: a verb of naming with a person and a
        quoted noun phrase as its two objects names the person that: X –appeler « la reine
        du château »→ Y (« appeler Y » alone reads as a call), and the epithet is no thing
        of its own."""
        if cl.lemma not in NAMING_VERBS:
            return
        people = [(t, m) for r, t, m, _ in cl.objects if r == cl.base and m.type == "PER"
                  and m.kind in {"name", "title"} and not self._quoted(t)]
        said = [c for c in cl.v.children if c.dep_ in {"obj", "xcomp", "obl:mod"}
                and c.pos_ == "NOUN" and self._quoted(c)]
        if len(people) != 1 or len(said) != 1 or said[0].i < people[0][0].i:
            return
        lo, hi = said[0].left_edge.i, said[0].right_edge.i + 1
        while lo < hi and self.doc[lo].is_punct:
            lo += 1
        while hi > lo and self.doc[hi - 1].is_punct:
            hi -= 1  # (the quotation marks, hung on the phrase)
        words = self.doc[lo:hi].text
        if not words or len(words.split()) > 8:
            return
        person = people[0][1]
        cl.objects[:] = [(f"{cl.base} « {words} »" if om is person and r == cl.base else r,
                          ot, om, vt) for r, ot, om, vt in cl.objects if ot.i != said[0].i]

    def _call_to_act(self, cl: Clause, subjects) -> None:
        """« Le syndicat appelle à boycotter la société X » → syndicat –appeler à
        boycotter→ X: a call to act that names nobody to act relates the caller to what
        the act is about."""
        v = cl.v
        if cl.lemma not in CALL_VERBS or any(c.dep_ in {"obj", "iobj"} for c in v.children):
            return
        for inf in v.children:
            if inf.dep_ not in {"xcomp", "obl:arg", "ccomp"} or not is_infinitive(inf) \
                    or not any(m.dep_ == "mark" and m.lower_ == "à" for m in inf.children):
                continue
            relation = f"{cl.base} à {verb_lemma(inf)}"
            for o in inf.children:
                prep = case_of(o) if o.dep_.startswith("obl") else ""
                if o.dep_ != "obj" and prep not in {"pour", "contre"}:
                    continue  # (« appelle à voter pour X »)
                for t, m in self.args(o):
                    if m.kind == "pronoun":
                        continue
                    for st, sm in subjects:
                        if sm.kind != "concept" or m.kind != "concept":
                            self.add(sm, st, f"{relation} {prep}".strip(), m, t, [v, inf], v)

    def _event_place(self, v) -> None:
        """« X a eu un malaise à Tours » → X –avoir malaise à→ Tours: what befell a subject
        and the named place it happened in (« avoir » relates nothing else)."""
        objects = [c for c in v.children if c.dep_ == "obj" and c.pos_ == "NOUN"
                   and c.is_lower and not _is_time(c)]
        if not objects:
            return
        noun = objects[0]
        places = [(g, m) for g in noun.children if g.dep_ == "nmod"
                  and case_of(g) in {"à", "en", "dans"}
                  and (m := self.arg(g, roles=False)) is not None
                  and m.type == "LOC" and m.kind in {"name", "state"}]
        if not places:
            return
        for st, sm in self.subjects(v):
            if sm.kind != "concept":
                for g, m in places:
                    self.add(sm, st, f"avoir {noun.lemma_.lower()} {case_of(g)}", m, g,
                             [v, noun], v)

    def _characterisations(self, cl: Clause, subjects) -> None:
        """"X a assuré que l'accord est « défensif »": saying what a thing is relates the
        speaker to that thing."""
        for c in cl.v.children:
            said = self._characterised(c) if c.dep_ == "ccomp" else None
            if said is not None:
                for st, sm in subjects:
                    if sm.kind != "concept":
                        self.add(sm, st, cl.base, said[1], said[0], [cl.v], cl.v)

    def _holder_before(self, v) -> list[tuple[object, RawMention]]:
        """The named holder of a « décision », « volonté »… right before an infinitive
        the parser hung on the clause's verb (« la décision de la Ligue de classer X »: the
        league classes X), as its subject; else nothing."""
        mark = next((c for c in v.children if c.dep_ == "mark" and c.i == v.i - 1
                     and c.lower_ in {"de", "d'"}), None)
        if mark is None or mark.i == 0:
            return []
        j = mark.i - 1
        if self.doc[j].text == ",":  # « la décision de X, le 3 mars, de classer »
            j = next((i for i in range(j - 1, max(j - 8, 0), -1)
                      if self.doc[i].text == ","), 0) - 1
            if j < 0:
                return []
        n = self.doc[j]  # up from the word before « de » to the noun it completes,
        while n.lemma_.lower() not in HOLDER_NOUNS and n.head.i != n.i \
                and n.head.i < mark.i and n.head.pos_ in {"NOUN", "PROPN", "NUM"}:
            n = n.head  # wherever the parser hung the infinitive
        if n.lemma_.lower() not in HOLDER_NOUNS:
            return []
        named = self._named_complement(n)
        return [(n, named)] if named is not None and named.kind != "pronoun" else []

    def _direct_objects(self, cl: Clause) -> None:
        """The verb's direct objects (or passive subjects), and the noun of a light verb
        (« apporter son soutien ») or of a locution (« mettre fin », « rendre hommage »)."""
        v, base, lemma = cl.v, cl.base, cl.lemma
        obj_deps = {"nsubj:pass"} if cl.passive else {"obj"}
        if cl.passive and not is_reflexive(v) and any(c.lower_ == "été" for c in v.children):
            obj_deps.add("nsubj")  # (« X aurait été empoisonné par Y », X labelled nsubj)
        patients = list(v.children)
        if cl.passive and v.dep_ == "xcomp" and not any(
                c.dep_ in obj_deps for c in v.children):
            # « X doit être validé par Y », « X pourrait être jugé par Y »: the modal's
            # subject undergoes the passive
            patients += [c for c in v.head.children if c.dep_ in {"nsubj", "nsubj:pass"}]
            obj_deps = obj_deps | {"nsubj"}
        for c in patients:
            if c.dep_ not in obj_deps or c.dep_ == "nsubj:pass" and self._participles_object(c):
                continue
            if c.dep_ == "obj" and any(o.dep_ == "obj" and o.i < c.i and not _is_time(o)
                                       and not _day_number(o) for o in v.children):
                continue  # a second, uncoordinated direct object is a parse slip (a
                # day parsed as the first one does not count: "a reçu lundi X")
            noun = c
            if c.lower_ in {"que", "qu'"} and v.dep_ == "acl:relcl":
                noun = v.head  # "le soutien que le Japon apporte"
            if c.pos_ == "ADV" and c.lower_ in AMOUNT_ADVERBS:  # « endurer davantage de
                noun = next((g for g in c.children if case_of(g) in {"de", "d'"}  # coupures »
                             and g.pos_ == "NOUN"), c)
                if noun is not c:
                    cl.objects += [(base, t, m, [v]) for t, m in self.args(noun)]
                    continue
            if (lemma in LIGHT_VERBS
                    or lemma == "avoir" and noun.lemma_.lower() in DE_TARGET_NOUNS) \
                    and noun.lemma_.lower() in PREDICATE_NOUNS and noun.i not in self.names:
                # (« X a le contrôle de Y », as « X a pris le contrôle de Y »)
                cl.light_noun = noun
                continue
            if lemma in CONVERSE_VERBS and self._agent_of_action(noun):
                continue  # "a reçu le soutien de Y": the nominal rule's
            if c.dep_ == "obj" and (_locution_noun(v, c) or _light_object(c)) \
                    and c.i not in self.names:
                cl.locution = c  # "mettre fin à", "faire preuve de", "porter plainte contre",
                continue  # « semer le doute sur »
            prep = case_of(c) if c.dep_ == "obj" else ""
            listed = self._listed_after_oblique(v, c) if c.dep_ == "obj" and not prep else ""
            if listed:  # « revient sur la crise, la pêche, … » with the second
                cl.objects += [(f"{base} {listed}", t, m, [v]) for t, m in self.args(c)]
                continue  # item parsed as an object: it goes with the first's « sur »
            if prep and _verb_noun_locution(v, c):  # « font suite à X », « faire face à X »
                cl.objects += [(f"{base} {prep}", t, m, [v, self.doc[v.i + 1]])
                               for t, m in self.args(c)]
                continue
            if prep in CONCEPT_ARGUMENT_PREPOSITIONS or prep == "face à":
                # an oblique the parser labelled an object (« perdre face à X »)
                cl.objects += [(f"{base} {prep}", t, m, [v]) for t, m in self.args(c)]
                continue
            cl.objects += [(base, t, m, [v]) for t, m in self.args(c)]
            if lemma in GIVING_VERBS and c.dep_ == "obj":  # (partitives in the obliques)
                # "livrer des armes à Moscou" with "à Moscou" hung on the thing given
                cl.objects += [(base + " à", t, m, [v]) for t, m in self._recipients(c)]
        if not cl.passive and not any(c.dep_ == "obj" for c in v.children):
            # a name right after the verb hung as an adverb is its object ("a invité Xi à …")
            cl.objects += [(base, c, self.names[c.i], [v]) for c in v.children
                           if c.dep_ == "advmod" and c.i > v.i and c.i in self.names]
            # a noun with its determiner or a name parsed as an open complement, as if « le
            # pouvoir » were the infinitive (« exiger que l'armée quitte le pouvoir », « reliant
            # Rivemont à Valbrune »), is the object
            for c in v.children:
                if c.dep_ == "xcomp" and c.i > v.i and lemma not in PREDICATIVE_VERBS and (
                        c.pos_ == "NOUN" and any(g.dep_ == "det" for g in c.children)
                        or c.pos_ == "PROPN" and c.i in self.names) \
                        and not any(g.dep_ in {"case", "mark"} for g in c.children):
                    cl.objects += [(base, t, m, [v]) for t, m in self.args(c)]
                elif c.dep_ == "xcomp" and c.pos_ in {"NOUN", "PROPN"} and c.i > v.i \
                        and case_of(c) == "comme" and is_reflexive(v):
                    # « X se présentait comme « le sauveur … » »: what X claims to be
                    cl.objects += [(f"{base} comme", t, m, [v]) for t, m in self.args(c)]
                elif c.dep_ == "ccomp" and c.pos_ == "NOUN" and c.i > v.i \
                        and any(g.dep_ == "mark" and g.lower_ in {"que", "qu'", "qu’"}
                                for g in c.children) \
                        and any(g.lower_ in {"ne", "n'", "n’"} for g in v.children):
                    # « ne prévoit qu'une amende »: « ne … que » restricts the
                    # object, it negates nothing
                    cl.objects += [(base, t, m, [v]) for t, m in self.args(c)]
            cl.objects += [(base, t, m, [v]) for t, m in self._object_after_phrase(v)]
            cl.objects += [(base, g, m, [v]) for c in v.children for g in c.children
                           if object_hung_on_recipient(g) and g.head.head.i == v.i
                           for _, m in self.args(g)]  # « livrer à X des chars »
        if is_passive_participle(v):  # the noun the participle modifies is its object
            head = self.arg(v.head)
            if head is not None:
                cl.objects.append((base, v.head, head, [v]))
        cl.has_object = any(c.dep_ in obj_deps and c.pos_ in {"NOUN", "PROPN"}
                            for c in v.children)

    def _light_and_locution_objects(self, cl: Clause) -> None:
        """The relation a light verb or locution makes with its noun (« apporter soutien »,
        « mettre fin »), and the targets hung on that noun (« soutien à X », « don de Y »)."""
        v, light_noun, locution = cl.v, cl.light_noun, cl.locution
        if locution is not None and light_noun is None:
            cl.relation = f"{cl.base} {locution.lower_}"
            cl.verb_toks = [v, locution]
            for c in locution.children:  # "faire don de 19 avions" hung on "don"
                prep = case_of(c)
                cl.objects += [(cl.relation if prep == "de" else f"{cl.relation} {prep}", t, m,
                                cl.verb_toks) for t, m in self.args(c)]
        if light_noun is None:
            return
        cl.relation = f"{cl.base} {light_noun.lemma_.lower()}"
        cl.verb_toks = [v, light_noun]
        for n in conjuncts(light_noun):
            for c in n.children:
                if c.dep_ == "nmod" and (case_of(c) in LIGHT_NOUN_PREPOSITIONS or case_of(
                        c) == "de" and light_noun.lemma_.lower() in DE_TARGET_NOUNS):
                    noun = cl.relation if n is light_noun else \
                        f"{cl.base} {n.lemma_.lower()}"  # (« un soutien et une solidarité
                    cl.objects += [(f"{noun} {case_of(c)}", t, m, cl.verb_toks)  # avec X »)
                                   for t, m in self.args(c)
                                   if m.kind != "concept" or case_of(c) == "à"
                                   and "Plur" in t.morph.get("Number")]
                    # (« apporter son aide aux sinistrés »: those it goes to; « apporter
                    # soutien à X », « prendre le contrôle de X »: the preposition says how)
        if cl.lemma in GIVING_VERBS:  # "promettre une aide de 50 millions d'euros à X"
            cl.objects += [(f"{cl.relation} à", t, m, cl.verb_toks)
                           for t, m in self._recipients(light_noun)
                           if all(m is not x for _, _, x, _ in cl.objects)]

    def _reciprocal(self, cl: Clause, subjects) -> bool:
        """Reciprocal verbs join their coordinated arguments to each other (« X et Y se sont
        rencontrés », « X et Y ont été liés par … »); True when that is all the clause says."""
        v, lemma = cl.v, cl.lemma
        if is_reflexive(v) and len(subjects) > 1 and not any(r == cl.base
                                                             for r, *_ in cl.objects):
            for i, (st, sm) in enumerate(subjects):
                for ot, om in subjects[i + 1:]:
                    if sm.kind != "concept" and om.kind != "concept":
                        self.add(sm, st, lemma, om, ot, [v], v)
        joined = [(t, m) for r, t, m, _ in cl.objects if r == cl.base and m.kind != "concept"]
        if cl.passive and lemma in RECIPROCAL_VERBS and len(joined) > 1:
            for i, (st, sm) in enumerate(joined):
                for ot, om in joined[i + 1:]:
                    self.add(sm, st, lemma, om, ot, [v], v)
            return True
        return False

    def _places_and_owners(self, cl: Clause) -> None:
        """The place of the event a common-noun object names (« a eu un accident à
        Turin »). (The named actor the object belongs to is in its label: « les efforts
        du Conseil de sécurité »; an edge to the actor itself read « partager les idées du
        parti X » as « partager X ».) Not for a verb of saying: the place of what is
        announced is not where it was said (« X a annoncé la suppression de 500 emplois en
        France »)."""
        if cl.lemma in REPORTING_VERBS:
            return
        direct = [(t, m, vt) for r, t, m, vt in cl.objects if m.kind == "concept"
                  and r == cl.base]
        cl.objects += [(f"{cl.base} {case_of(g)}", g, place, vt) for t, m, vt in direct
                       for g in t.children
                       if g.dep_ == "nmod" and case_of(g) in {"à", "en", "dans"}
                       and (place := self.arg(g, roles=False)) is not None
                       and place.type == "LOC" and place.kind in {"name", "state"}]

    def _object_in_obliques(self, cl: Clause, subjects) -> None:
        """A verb's one common-noun object named in the relation of its other arguments
        (« X a cédé son siège à Y » → X –céder siège à→ Y; « X a tourné un film avec Y »
        → X –tourner film avec→ Y): « céder à Y », « tourner avec Y » lose what was given
        up or made, and « reprendre à Valbrune » reads as a capture. The object's own edge
        stays."""
        if cl.light_noun is not None or cl.locution is not None or cl.pp_noun is not None:
            return
        direct = [(t, m) for r, t, m, _ in cl.objects if r == cl.base]
        if len(direct) != 1 or direct[0][1].kind != "concept" \
                or any(sm.key == direct[0][1].key for _, sm in subjects):
            return  # (« où s'ouvre la convention »: an inverted subject read as the object)
        t, m = direct[0]
        words = without_article(m.text)
        if len(words.split()) > OBJECT_IN_RELATION_WORDS:
            if not t.is_lower or not t.is_alpha \
                    or any(w.text == "," for w in self.doc[cl.v.i + 1:t.i]):
                return  # (« arrivé à Valbrune, une ville … »: an apposition, no object)
            words = t.text  # (« demander des crédits pour sauver X à Y », « construire
            # à Y une usine géante de batteries »: what, by its noun; the rest is in the
            # object's own edge)
        prefix = cl.base + " "
        cl.objects[:] = [(_with_object(r, cl.base, words, people_noun(t)), ot, om, [*vt, t])
                         if r.startswith(prefix) and om is not m else (r, ot, om, vt)
                         for r, ot, om, vt in cl.objects]

    def _emit(self, cl: Clause, subjects, speech: bool, inserted: bool) -> None:
        """One triple per subject and object mention, minus what speech only attributes."""
        v, lemma = cl.v, cl.lemma
        seen: set[int] = set()  # one edge per mention: "accusent la Nouvelle-Zélande", with
        objects = []  # "du Nord" hung as an oblique, is one object
        for o in cl.objects:
            if id(o[2]) not in seen:
                seen.add(id(o[2]))
                objects.append(o)
        objects += cl.joined  # (« appelle Y à libérer … et à garantir … »: two calls)
        first = v.head if v.dep_ == "conj" else v  # (« … modifiant X et éliminant Y »)
        top = v
        while top.dep_ == "xcomp" and top.head.i != top.i:  # « X se verra prier de
            top = top.head  # retirer Y »: the subject of the chain's first verb
        direct_subject = any(c.dep_ in {"nsubj", "obl:agent"} or c.dep_ == "nsubj:pass"
                             and not cl.passive for c in v.children) or (
            v.dep_ == "xcomp" and any(c.dep_ == "nsubj" for c in v.head.children)) or (
            first.dep_ == "acl" and "Part" in first.morph.get("VerbForm")
            and "Pres" in first.morph.get("Tense")) or (  # « le projet modifiant X »: the
            v.dep_ == "xcomp" and v.head.dep_ == "acl"  # noun a present participle is set
            and "Pres" not in v.head.morph.get("Tense")) or (
            is_gerund(v) and any(c.dep_ in {"nsubj", "nsubj:pass"} for c in v.head.children)) \
            or is_reflexive(v) and any(c.lower_ == "où" and c.i < v.i for c in v.children) \
            or v.dep_ in {"advcl", "ccomp"} and any(  # (« après qu'un camion ait … »,
                st.head.i == v.head.i and any(  # the subject hung on the main verb)
                    g.dep_ == "mark" and g.lower_ in {"que", "qu'", "qu’"} for g in st.children)
                for st, _ in subjects)
        # on is its subject; so is it of « la police autorisée à entrer »; a gerund's is
        # its clause's (« les rebelles ont repris X en s'attaquant à Y »)
        # (« les autorités envisagent de déployer … »: the controlling verb's subject)
        reporting = lemma in REPORTING_VERBS and lemma not in ACCUSATION_VERBS
        for rel, ot, om, vt in objects:
            said_of_person = reporting and (
                om.type == "PER" and not (lemma in QUALIFYING_VERBS and rel != cl.base)
                or rel == cl.base and _postposed(v) and (om.type == "ORG" or om.kind == "state"))
            # (« X a qualifié Y de menteur »: said of Y, and the edge)
            # ("« … », a précisé l'ONG X": the speaker after the claim, not an object)
            if any(c.dep_ == "advmod" and c.i < ot.i and c.lower_ in {"pas", "non", "point"}
                   and ("Neg" in c.morph.get("Polarity") or c.lower_ == "non" and c.i > 0
                        and self.doc[c.i - 1].lower_ in {"et", "mais", ","})
                   for c in ot.children):
                continue  # « a choisi le rail, pas la route », « de X, et non de Y »: the
                # end the sentence sets aside (not a name opening with « Non à … »)
            if speech and (rel == cl.base or inserted) or said_of_person \
                    or (reporting or lemma in INCISE_VERBS) and self._in_quotation(ot) \
                    and not self._quoted(v) \
                    and not rel.endswith(" comme"):
                continue  # "X a déclaré que …", "…, a déclaré Cha": attribution, not a
                # relation; what a speaker writes inside quotes is not what they act on
            for st, sm in subjects:
                if sm.kind == "concept" and not direct_subject and not (
                        st.dep_ == "nsubj" and st.head.i == top.i):
                    continue  # a common noun acts only as the verb's own subject, or as
                    # the subject of the chain of infinitives it opens
                if sm.type == "LOC" and sm.kind == "name" and om.type == "LOC" \
                        and rel != cl.base and rel.rsplit(" ", 1)[-1] in {"en", "dans"}:
                    continue  # « Valbrune a organisé la fête en France »: where a town acts is
                    # where it is, no relation of its own
                self.add(sm, st, rel, om, ot, vt, cl.anchor)

    def participle_rule(self, v):
        """A past participle describing a noun, with no agent: the noun and the places or
        partners of the participle (« le régiment basé à Toulon », « une société
        spécialisée dans la chimie », « des ingénieurs formés à Grenoble »)."""
        if "Part" not in v.morph.get("VerbForm") or "Pres" in v.morph.get("Tense") \
                or any(_is_agent(c) for c in v.children):
            return
        if v.dep_ == "advcl":  # « X, née le 2 mai 1980 au Canada, a … » read as a clause
            person = self._apposed_name(v)
            if person is not None:
                before = len(self.triples)
                self._described_by_participle(v, self.doc[person.token], person,
                                              named_only=True)
                self._charged_by_participle(v, self.doc[person.token], person)
                self.triples[before:] = [  # (what the verb's rule already related)
                    t for t in self.triples[before:] if not any(
                        o.subject is t.subject and o.object.key == t.object.key
                        for o in self.triples[:before])]
            return
        if v.dep_ != "acl":
            return
        noun = self._agreeing_noun(v)
        head = self._kind_apposed_to(noun) or self.arg(noun)
        person = self._apposed_name(v)  # (« contre X, jugé pour … » hung on the sentence)
        if person is not None:
            self._charged_by_participle(v, self.doc[person.token], person)
        if head is not None:
            self._described_by_participle(v, noun, head)
            if person is None:
                self._charged_by_participle(v, noun, head)

    def _charged_by_participle(self, v, head_tok, head) -> None:
        """« X, poursuivi pour fraude, a … », « contre X, jugé pour corruption »: a
        participle of a verb of justice (`CHARGE_VERBS`) set on a name charges it, as the
        passive does (`_charged_with`)."""
        lemma = verb_lemma(v)
        if lemma in CHARGE_VERBS:
            self._charged_with(Clause(v, lemma, lemma, True), head_tok, head)

    def _apposed_name(self, v):
        """The person named right before the comma that opens participle *v*'s phrase, with
        no auxiliary (« X, née le 2 mai 1980 au Canada, … »), or None."""
        comma = v.i - 1
        while comma > 0 and self.doc[comma].pos_ == "ADV":
            comma -= 1  # (« X, aujourd'hui installé à Y, »)
        if comma < 1 or self.doc[comma].text != "," or any(
                c.dep_.startswith("aux") for c in v.children):
            return None
        m = self.names.get(comma - 1)
        return m if m is not None and m.type == "PER" and self._name_end(m) == comma else None

    def _kind_apposed_to(self, noun):
        """The name a kind noun is set against between commas (« Valbrune, une ville
        située en Rivemontie, … », « Vexor, une société basée à Lyon »: Valbrune, Vexor),
        or None."""
        kind = KIND_NOUNS.get(noun.lemma_.lower())
        comma = noun.left_edge.i - 1  # (however the parser hung it: often on the verb)
        if kind is None or comma < 1 or self.doc[comma].text != "," \
                or any(c.dep_ == "cc" for c in noun.children):
            return None
        m = self.names.get(comma - 1)
        return m if m is not None and self._name_end(m) == comma \
            and m.type in {kind, "MISC"} else None

    def _agreeing_noun(self, v):
        """The noun participle *v* describes: its head, or when the head's gender or number
        disagrees with it (« le plan de l'entreprise X, spécialisée dans … » hung on
        « plan »), the nearest noun or name before it in the head's phrase that agrees."""
        def features(t):
            return (t.morph.get("Gender") or [""])[0], (t.morph.get("Number") or [""])[0]

        g, n = features(v)
        hg, hn = features(v.head)
        if not g or not hg or (g, n) == (hg, hn) or v.head.i > v.i:
            return v.head
        for t in reversed(self.doc[v.head.i + 1:v.i]):
            if t.pos_ == "NOUN" and features(t) == (g, n) and _dominates(v.head, t):
                m = self.names.get(t.i + 1)  # « l'entreprise X »: the name set against it
                return self.doc[m.token] if m is not None and m.type in {"ORG", "MISC"} \
                    and self.doc[m.token].head.i == t.i else t
        return v.head

    def _described_by_participle(self, v, head_tok, head, named_only: bool = False,
                                 places_only: bool = False) -> None:
        """*head* –participle prep→ each place or partner of participle *v*: the noun a
        participle describes (« le régiment basé à Toulon »), or the subject of a passive
        with no agent (« les fugitifs ont été repris à Lille » → fugitifs –repris à→
        Lille); *named_only*: only named ends (a passive's « à plusieurs reprises » is
        a manner)."""
        if head.kind == "pronoun" and v.dep_ in {"acl", "acl:relcl"}:
            return
        lemma = _participle(v)  # « basé à », « imposé à »: the noun bears the participle
        on_day = hung_on_day(v)
        for c in [*v.children, *on_day]:  # (« attendu mercredi | à Valbrune »)
            prep = case_of(c)
            if not (c.dep_.startswith("obl") or c in on_day) \
                    or prep not in ARGUMENT_PREPOSITIONS \
                    or prep == "face à" \
                    or prep in {"de", "pour"}:
                continue
            found = self.args(c)
            if named_only and prep in {"à", "en", "dans", "sur"} and all(
                    m.kind == "concept" for _, m in found):
                found = self._place_within(c)  # « dans un entrepôt du port à Brest »
            for t, m in found:
                if places_only and (m.type != "LOC" or prep not in {"à", "en", "dans"}):
                    continue  # (« par la police »: the agent, an edge of its own)
                if m.kind == "concept" and (named_only or head.kind == "concept" or prep not in
                                            CONCEPT_ARGUMENT_PREPOSITIONS | {"dans"}):
                    continue
                self.add(head, head_tok, f"{lemma} {prep}", m, t, [v], v)

    def _charged_with(self, cl: Clause, head_tok, head) -> None:
        """« X a été condamné pour fraude », « X et Y sont mis en examen pour fraude » →
        X –condamné pour→ fraude: what a named patient of an agentless passive, or the
        named object of a verb of justice (`CHARGE_VERBS`: « le tribunal a condamné X pour
        fraude »), is charged, sentenced or rewarded for (a noun behind « pour », on the
        verb or on its sentence: « à deux ans de prison pour fraude »; an infinitive there
        is a purpose)."""
        if head.kind not in {"name", "state"}:
            return
        label = " ".join([_participle(cl.v), *(
            [case_of(cl.pp_noun), cl.pp_noun.lower_] if cl.pp_noun is not None else [])])
        penalty = [g for c in cl.v.children if c.dep_.startswith("obl") and case_of(c) in {
            "à", "au", "aux"} for g in c.children if g.dep_ == "nmod"]
        for c in [*cl.v.children, *penalty]:  # (« condamné à deux ans de prison pour
            # fraude » with « pour fraude » hung on the sentence)
            if (c.dep_.startswith("obl") or c.dep_ == "nmod") and case_of(c) == "pour" \
                    and c.pos_ in {"NOUN", "PROPN"}:
                for t, m in self.args(c):
                    if m.kind != "pronoun" and m is not head:
                        self.add(head, head_tok, f"{label} pour", m, t, [cl.v], cl.v)

    def _place_within(self, tok, depth: int = 0) -> list[tuple[object, RawMention]]:
        """The named place a common-noun place is in: « dans un entrepôt du port à Brest »,
        « dans la périphérie de Brest » → Brest (through at most three complements); not
        through a place beside it (« au nord de Brest »)."""
        if tok.lemma_.lower() in OFF_PLACE_NOUNS or tok.lower_ in OFF_PLACE_NOUNS:
            return []
        for c in tok.children:
            if c.dep_ != "nmod" or case_of(c) not in {"à", "en", "dans", "de", "du", "d'"} \
                    or c.pos_ == "NOUN" and (role_of(c) or c.lemma_.lower() in PERSON_NOUNS):
                continue  # (« sur l'élection du maire de X »: the mayor's town, not where)
            m = self.arg(c, roles=False)
            if m is not None and m.type == "LOC" and m.kind in {"name", "state"}:
                return [(c, m)]
            if depth < 2 and (m is None or m.kind == "concept"):
                found = self._place_within(c, depth + 1)
                if found:
                    return found
        return []

    def _copular_adjective(self, v) -> bool:
        """« X restent majoritaires au conseil », « X devient dépendant de Y » → X
        –majoritaire à→ conseil: a copular verb (``COPULAR_VERBS``) with its adjective, read as
        « être » with it (`adjective_rule`) whatever the parser hung the adjective's
        complement on. False when *v* is no such verb."""
        adj = next((c for c in v.children if c.pos_ == "ADJ" and c.i > v.i
                    and c.dep_ in {"xcomp", "advmod", "obj", "amod"}), None)
        if verb_lemma(v) not in COPULAR_VERBS or adj is None:
            return False
        subjects = self.subjects(v)
        for c in [*adj.children, *(c for c in v.children if c.i > adj.i)]:
            if c.dep_ not in {"obl:arg", "obl:mod", "obl", "nmod"}:
                continue
            prep = case_of(c)
            if prep not in ARGUMENT_PREPOSITIONS:
                continue
            for t, m in self.args(c):
                if m.kind in {"concept", "pronoun"}:
                    continue
                for st, sm in subjects:
                    self.add(sm, st, f"{adj.lemma_.lower()} {prep}", m, t, [v, adj], v)
        return True

    def _vocative_subject(self, v):
        """The name or honorific the parser read as a vocative before a predicate that has
        no subject (« Mme X, présidente de Y, a été victime … », « M. X, depuis son
        balcon, a filmé … »): in a narrative, outside a quotation, it is the subject.
        None when there is none."""
        if any(c.dep_ in {"nsubj", "nsubj:pass", "expl:subj"} for c in v.children):
            return None
        return next((c for c in v.children if c.dep_ == "vocative" and c.i < v.i
                     and c.pos_ in {"NOUN", "PROPN"} and c.i in self.names
                     and not self._in_quotation(c)), None)

    def _apposed_by_relative(self, t, m):
        """(token, mention) of the person a relative pronoun *t* stands for through the
        noun of people it refers to, apposed to that person (« X, une avocate qui
        dirigeait … »: X, by « qui »), or None."""
        if m.kind != "concept" or t.pos_ != "PRON" or t.i == m.token \
                or not people_noun(self.doc[m.token]):
            return None
        return self._apposed_person(self.doc[m.token])

    def _fronted_subject(self, v):
        """The name the parser hung on a circumstance set before a predicate that has no
        subject (« Hier à Valbrune, Mme X, présidente de Y, a reçu … », « En Valbrunie,
        le 3 mai, M. X a été victime … », with the name a conjunct or apposition of the
        place or the date): after that circumstance's comma, the name is the subject. A
        person or a body, first in its phrase, outside a quotation; None when there is
        none."""
        if v.dep_ != "ROOT" or any(c.dep_ in {"nsubj", "nsubj:pass", "expl:subj", "vocative"}
                                   for c in v.children):
            return None
        for c in v.children:
            if not (c.dep_.startswith("obl") or c.dep_ == "advmod" and c.lower_ == "lors") \
                    or c.i > v.i or c.right_edge.i >= v.i:
                continue  # (« Lors d'un déplacement à Y, M. X, … a inauguré … »)
            for t in c.subtree:
                m = self.names.get(t.i)
                if m is None and t.lower_.rstrip(".") in HONORIFICS and t.dep_ in {
                        "conj", "appos"} and t.i + 1 < len(self.doc):
                    m = self.names.get(t.i + 1)  # (the form of address carries the name)
                    if m is not None and m.kind == "name" and m.type == "PER" \
                            and self.doc[t.i - 1].text == "," and not self._in_quotation(t):
                        return self.doc[t.i + 1]
                    continue
                if m is not None and t.dep_ in {"conj", "appos"} and t.i > c.i \
                        and self.doc[t.i - 1].text == "," and m.type in {"PER", "ORG"} \
                        and m.kind == "name" and not self._in_quotation(t):
                    return t
        return None

    def victim_rule(self, pred) -> bool:
        """« X a été victime d'une agression de Y » → Y –agresser→ X, « … victime de tirs
        des rebelles » → rebelles –tir contre→ X (the act's verb from ``DEVERBAL_NOUNS``,
        else its noun); with no doer named, X –victime de→ agression. False when *pred*
        is no « victime » / « cible »."""
        if pred.lower_ not in VICTIM_WORDS:
            return False
        victims = [(t, m) for c in pred.children if c.dep_ in {"nsubj", "nsubj:pass"}
                   for t, m in self.args(c) if m.kind not in {"concept", "pronoun"}]
        vocative = self._vocative_subject(pred) or self._fronted_subject(pred)
        if vocative is not None and not victims:
            victims = [(vocative, self.names[vocative.i])]
        for c in pred.children if victims else ():
            if not c.dep_.startswith(("obl", "nmod")) or case_of(c) not in {"de", "d'"} \
                    or c.pos_ != "NOUN" or c.i < pred.i:
                continue  # (« L'une des invitées, Mme X, a été victime … »: no act)
            doers = [(t, m) for g in c.children if g.dep_ == "nmod"
                     and case_of(g) in {"de", "d'", "par"} for t, m in self.args(g)
                     if m.kind != "pronoun" and m.type != "LOC"
                     and (m.kind != "concept" or m.number == "p")]
            # (people or groups: « des rebelles »; not « un accident de voiture »)
            act = c.lemma_.lower()
            verb = DEVERBAL_NOUNS.get(act) or f"{act} contre"
            for dt, dm in doers:
                for vt, vm in victims:
                    self.add(dm, dt, verb, vm, vt, [pred, c], pred)
            what = self.arg(c) if not doers else None
            if what is not None and what.kind == "concept":
                for vt, vm in victims:
                    self.add(vm, vt, "victime de", what, c, [pred], pred)
            self._victim_where(pred, c, victims)
        return True

    def _victim_where(self, pred, act, victims) -> None:
        """« X a été victime d'un accident hier à Valbrune » → X –victime d'accident à→
        Valbrune: the named place of the act a victim undergoes, hung on the act or on
        « victime »."""
        noun = act.lemma_.lower()
        label = ("victime d'" if noun[:1] in "aeiouyhéèêâîôû" else "victime de ") + noun
        for c in [*act.children, *pred.children]:
            prep = case_of(c)
            if not c.dep_.startswith(("obl", "nmod")) or prep not in {"à", "en", "dans"}:
                continue
            m = self.arg(c, roles=False)
            if m is not None and m.type == "LOC" and m.kind in {"name", "state"}:
                for vt, vm in victims:
                    if vm is not m:
                        self.add(vm, vt, f"{label} {prep}", m, c, [pred, act], pred)

    def adjective_rule(self, adj):
        """"X est dépendant de Y" → X –dépendant de→ Y."""
        if self.victim_rule(adj):
            return
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
        """"X est un allié de Y", "X est le principal fournisseur du réseau ferroviaire
        de Y" → X –allié de→ Y, X –fournisseur de→ Y. *adjective*: the adjective before
        the noun that the parser gave the copula and subject ("X est un proche allié")."""
        if self.victim_rule(noun):
            return
        holders = [noun] if adjective is None else [noun, adjective]
        if noun.dep_ == "xcomp" and noun.head.pos_ == "VERB" \
                and verb_lemma(noun.head) in INTENTION_VERBS | COPULAR_VERBS:
            holders.append(noun.head)  # « X pourrait être une aubaine pour Y »: the modal's
        subjects = [(t, m) for h in holders for c in h.children if c.dep_ == "nsubj"
                    for t, m in self.args(c) if m.kind != "concept" or " " in m.key[8:]
                    or m.definite]  # (a thing known, « le verdict », may be one too)
        if not any(c.dep_ == "nsubj" for h in holders for c in h.children):
            opening = self._opening_name(noun)  # "X, au pouvoir depuis 1994, est un allié …"
            name = self.names.get(noun.head.i)
            if opening is None and name is not None and noun.head.dep_ == "ROOT" \
                    and noun.head.i < noun.i and noun.dep_ in {"nmod", "appos"} \
                    and not case_of(noun) and any(c.dep_ == "cop" and c.i < noun.i
                                                  for h in holders for c in h.children):
                opening = self.doc[name.token], name  # (the same, with the predicate hung
                # on the name: « X, au pouvoir depuis 2018, | est un proche allié de Y »)
            subjects = [opening] if opening is not None else []
        if not subjects:
            return
        lemma = noun.lemma_.lower() if noun.pos_ == "NOUN" else noun.lower_
        links = [c for c in noun.children if c.dep_ == "nmod" and case_of(c)]
        j = noun.right_edge.i + 1  # "le fournisseur | du réseau …" cut off by the parser
        if not links and j + 1 < len(self.doc) and self.doc[j].dep_ == "case" \
                and self.doc[j].head.i > j and not _dominates(noun, self.doc[j].head):
            links = [self.doc[j].head]
        for c in links:
            prep = case_of(c)
            if prep not in ARGUMENT_PREPOSITIONS:
                continue
            found = [(t, m) for t, m in self.args(c) if m.kind not in {"concept", "pronoun"}]
            if not found:  # "du réseau ferroviaire de X": X
                found = [(t, m) for g in c.children if g.dep_ == "nmod"
                         and case_of(g) == "de" for t, m in self.args(g)
                         if m.kind not in {"concept", "pronoun"}]
            for ot, om in found:
                for st, sm in subjects:
                    if sm.kind == "concept" and (prep in {"à", "en", "dans", "sur"}
                                                 or st.lemma_.lower() == lemma):
                        continue  # (« la grève de 1995 est la première grève … en X »: a
                        # thing placed, not related)
                    self.add(sm, st, f"{lemma} {prep}", om, ot, [noun], noun)

    def _characterised(self, pred):
        """(token, mention) of the subject of a bare characterisation ("l'accord est
        « défensif »", "le pacte était de nature commerciale"), or None."""
        if pred.pos_ not in {"ADJ", "NOUN", "ADV"} or not any(
                c.dep_ == "cop" for c in pred.children):
            return None
        if any(c.dep_ in {"xcomp", "ccomp", "obl:arg", "advcl", "acl", "acl:relcl"}
               or c.dep_ == "nmod" and (m := self.arg(c)) is not None
               and m.kind != "concept" for c in pred.children):
            return None  # more than a quality ("X est prêt à …", "X est allié de Y")
        found = [(t, m) for c in pred.children if c.dep_ == "nsubj" for t, m in self.args(c)]
        return found[0] if found and found[0][1].kind not in {"pronoun"} else None
