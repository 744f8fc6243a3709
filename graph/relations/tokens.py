"""Token and lemma helpers every rule shares: the verb's infinitive, the preposition of a
nominal, voice, negation, coordination, the predicate classes of relation labels.
"""

from __future__ import annotations

from graph.entities import is_time_noun as _is_time
from graph.memo import per_token
from graph.nlp import verb_infinitive
from graph.patterns import (
    ACTOR_ONLY_CLASSES,
    AITRE_STEMS,
    ARGUMENT_PREPOSITIONS,
    CLASS_PREPOSITIONS,
    DENIAL_VERBS,
    DIRECT_CLASSES,
    ETRE_VERBS,
    FORM_LEMMA_FIXES,
    HEAD_OF_STATE_ROLES,
    LEMMA_FIXES,
    MANNER_PAR_NOUNS,
    MEMBER_NOUNS,
    NEGATION_WORDS,
    NEGATIVE_DETERMINERS,
    NEGATIVE_PRONOUNS,
    PREDICATE_CLASSES,
    PREPOSITION_FORMS,
    ROLE_NOUNS,
    TIME_NOUNS,
)

# Clitics between a subject and its verb ("X se sont", "X ne l'a pas", "X lui a").
CLITICS = frozenset({"se", "s'", "ne", "n'", "y", "en", "lui", "leur", "le", "la", "les", "l'"})

# Prepositions linking a predicate noun to its target ("soutien à X", "solidarité avec X").
LIGHT_NOUN_PREPOSITIONS = frozenset({"à", "avec", "contre", "envers", "pour", "entre", "vers",
                                     "sur"})


INFINITIVE_ENDINGS = ("er", "ir", "re", "oir")


@per_token
def verb_lemma(tok) -> str:
    """The infinitive of a verb token, mending the lemmatizer's misses.

    Examples
    --------
    A present-tense form the lemmatizer leaves as is ("rencontre") becomes
    "rencontrer"; a verb in « -aître » spelt without its circumflex (« il reconnait ») is
    the same verb.
    """
    lemma = tok.lemma_.lower()
    lemma = LEMMA_FIXES.get(lemma, lemma)
    low = tok.lower_
    lemma = FORM_LEMMA_FIXES.get((low, lemma), lemma)
    if low.endswith("ait") and low[:-3] in AITRE_STEMS:
        return low[:-3] + "aître"  # the 1990 spelling « reconnait » read as « reconner »
    if lemma.endswith(("aitre", "oitre")):
        return lemma[:-4] + "ître"  # « connaitre », « accroitre »: one verb, one lemma
    if tok.pos_ in {"NOUN", "ADJ"} and _mistagged_verb(tok):
        infinitive = verb_infinitive(low)  # « abolit » → « abolir », « contrôlent »
        if infinitive.endswith(INFINITIVE_ENDINGS):
            return infinitive
        for suffix, repl in (("ées", "er"), ("és", "er"), ("ée", "er"), ("é", "er"),
                             ("it", "ir"), ("e", "er")):
            if low.endswith(suffix) and len(low) > len(suffix) + 2:
                return low[: -len(suffix)] + repl  # (« demande » → « demander »)
        return low
    if tok.pos_ == "VERB" and lemma == tok.lower_ and "Fin" in tok.morph.get("VerbForm") \
            and lemma.endswith("e"):
        return lemma + "r"  # "rencontre" left as is → "rencontrer"
    if tok.pos_ in {"VERB", "AUX"} and not lemma.endswith(INFINITIVE_ENDINGS):
        infinitive = verb_infinitive(low)  # (« prennent » is « prendre »)
        if infinitive.endswith(INFINITIVE_ENDINGS):
            return infinitive
        for suffix, repl in (("ent", "er"), ("es", "er"), ("e", "er")):
            if lemma.endswith(suffix) and len(lemma) > len(suffix) + 2:
                return lemma[: -len(suffix)] + repl
    return lemma


@per_token
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
    """A token and the tokens coordinated with it ("le Japon et le Pérou"; a hyphenated
    name the tagger read as a verb, « à Rivemont et Saint-Paul-du-Lac », is a name)."""
    out = [tok]
    for c in tok.children:
        nominal = {"NOUN", "PROPN", "PRON"}
        if c.dep_ == "conj" and _apposed_role(c):
            continue  # (« M. X, membre de Y, a été … »: X's role, not a second one)
        if c.dep_ == "conj" and (c.pos_ == tok.pos_ or tok.pos_ in nominal and (
                c.pos_ in nominal or c.ent_type_ and c.text[:1].isupper())) \
                and not any(d.dep_ in {"cc", "advmod"} and d.lower_ == "soit" for d in c.children):
            out.extend(conjuncts(c))  # (« …, soit 27 000 salariés »: the same, restated)
        elif tok.pos_ == "NOUN" and c.pos_ == "PROPN" and c.i == tok.i + 1 \
                and c.dep_ in {"nmod", "appos", "flat:name", "amod"}:
            # « la compagnie Vexor et le constructeur Fevalas »: the second kind noun hung
            # on the first one's name
            out.extend(d for d in c.children if d.dep_ == "conj" and d.pos_ == "NOUN"
                       and any(g.dep_ == "cc" for g in d.children))
    return out


def _apposed_role(c) -> bool:
    """Is conjunct *c* a person's role set after a comma behind their name, with no « et »
    (« M. X, membre de Y, a été renversé … » parsed with « membre » a conjunct of « M. »):
    an apposition saying who the person is, not someone else?"""
    lemma = c.lemma_.lower()
    head = c.head
    return c.pos_ == "NOUN" and c.is_lower and c.i > 0 and c.doc[c.i - 1].text == "," \
        and "Plur" not in c.morph.get("Number") \
        and (lemma in ROLE_NOUNS or lemma in HEAD_OF_STATE_ROLES or lemma in MEMBER_NOUNS) \
        and not any(d.dep_ == "cc" for d in c.children) \
        and (head.pos_ == "PROPN" or any(d.dep_ == "flat:name" for d in head.children))


@per_token
def is_reflexive(tok) -> bool:
    return any(c.dep_ in {"expl:comp", "expl:pv", "expl", "expl:pass"}
               and c.lower_ in {"se", "s'", "s’"} for c in tok.children)


@per_token
def is_negated(tok) -> bool:
    """« n'a pas signé », « n'ayant pas ratifié »: « ne » and « pas » (or « jamais », …) on
    the verb, or either on its auxiliary, where the parser may hang them."""
    heads = [tok, *(c for c in tok.children if c.dep_ in {"aux", "aux:tense", "aux:pass"})]
    kids = {c.lower_ for h in heads for c in h.children if c.dep_ in {"advmod", "neg"}}
    if not kids & {"ne", "n'", "n’"}:
        return False
    return bool(kids & NEGATION_WORDS) or any(_negative_argument(c) for c in tok.children)


def negation(tok) -> str:
    """The words of the negation on verb *tok* as a relation says them: « ne plus », « ne
    jamais », else « ne pas » (« de ne plus livrer », « à ne pas former »)."""
    heads = [tok, *(c for c in tok.children if c.dep_ in {"aux", "aux:tense", "aux:pass"})]
    word = next((c.lower_ for h in heads for c in h.children
                 if c.dep_ in {"advmod", "neg"} and c.lower_ in {"plus", "jamais"}), "pas")
    return f"ne {word}"


def _negative_argument(arg) -> bool:
    """Is *arg*, an argument of a verb with « ne », what negates it: « aucun match »,
    « personne », « rien »?

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["L'", "équipe", "n'", "a", "remporté", "aucun", "match"]
    >>> doc = Doc(spacy.blank("fr").vocab, words=words, heads=[1, 4, 4, 4, 4, 6, 4],
    ...           deps=["det", "nsubj", "advmod", "aux:tense", "ROOT", "det", "obj"],
    ...           pos=["DET", "NOUN", "ADV", "AUX", "VERB", "DET", "NOUN"])
    >>> is_negated(doc[4]), _negative_argument(doc[6])
    (True, True)
    """
    if arg.dep_ not in {"obj", "nsubj", "nsubj:pass", "obl", "obl:arg", "obl:mod", "iobj"}:
        return False
    if arg.pos_ == "PRON" and arg.lower_ in NEGATIVE_PRONOUNS:
        return True
    return any(d.dep_ == "det" and d.lower_ in NEGATIVE_DETERMINERS for d in arg.children)


@per_token
def is_conditional(tok) -> bool:
    """Is *tok*, its auxiliary or its copula tagged a conditional (« aurait tué », « serait
    victime »)?"""
    if "Cnd" in tok.morph.get("Mood"):
        return True
    return any((c.dep_.startswith("aux") or c.dep_ == "cop") and "Cnd" in c.morph.get("Mood")
               for c in tok.children)


#: the endings of the conditional (« gèlerait », « gèleraient », « gèlerais », « gèlerions »,
#: « gèleriez »).
CONDITIONAL_ENDINGS = ("rait", "raient", "rais", "rions", "riez")


def is_past_indicative(tok) -> bool:
    """Is verb *tok* a past tense of the indicative, a thing told as done (« gela »,
    « gelait », « a gelé », « avait gelé »), not a future, conditional or subjunctive
    (« gèlera », « aurait gelé », « ait gelé »)? The tagger reads the conditional's
    « -rait » as an imperfect: a form ending like a conditional is not taken as past (nor
    is the odd imperfect « il déclarait » with it)."""
    if tok.lower_.endswith(CONDITIONAL_ENDINGS) or any(
            c.dep_ == "aux:tense" and c.lower_.endswith(CONDITIONAL_ENDINGS)
            for c in tok.children):
        return False
    if "Ind" in tok.morph.get("Mood") and tok.morph.get("Tense") and \
            set(tok.morph.get("Tense")) <= {"Past", "Imp"}:
        return True
    aux = [c for c in tok.children if c.dep_ in {"aux", "aux:tense", "aux:pass"}]
    return "Part" in tok.morph.get("VerbForm") and "Past" in tok.morph.get("Tense") \
        and any(c.dep_ == "aux:tense" for c in aux) and all(
            "Ind" in c.morph.get("Mood") and set(c.morph.get("Tense")) <= {"Pres", "Imp", "Past"}
            and c.morph.get("Tense") for c in aux if c.dep_ == "aux:tense")


@per_token
def is_denial_word(tok) -> bool:
    """A form of a denial verb, even when the tagger took it for another part of speech
    ("ce que Paris dément" with "dément" tagged as an adverb)."""
    if verb_lemma(tok) in DENIAL_VERBS:
        return True
    low = tok.lower_
    return tok.pos_ in {"VERB", "ADV", "ADJ", "NOUN"} and any(
        low.startswith(stem) and len(low) <= most for stem, most in _DENIAL_STEMS)


#: (stem, longest form) of each denial verb of more than five letters (`is_denial_word`)
_DENIAL_STEMS = tuple((v[:-2], len(v) + 2) for v in DENIAL_VERBS if len(v) > 5)


@per_token
def is_infinitive(tok) -> bool:
    """An infinitive, simple ("livrer") or compound ("avoir livré")."""
    return "Inf" in tok.morph.get("VerbForm") or any(
        c.dep_.startswith("aux") and "Inf" in c.morph.get("VerbForm") for c in tok.children)


def is_gerund(tok) -> bool:
    """A present participle set on a clause: a gerund (« en demandant », « en
    s'attaquant ») or a participial adjunct (« …, prônant le bilan »), whose doer is the
    clause's subject.

    Examples
    --------
    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> words = ["X", "a", "ouvert", "la", "séance", "en", "demandant", "le", "vote"]
    >>> doc = Doc(Vocab(), words=words, heads=[2, 2, 2, 4, 2, 6, 2, 8, 6],
    ...           deps=["nsubj", "aux:tense", "ROOT", "det", "obj", "mark", "advcl", "det",
    ...                 "obj"],
    ...           morphs=["", "", "VerbForm=Part|Tense=Past", "", "", "",
    ...                   "Tense=Pres|VerbForm=Part", "", ""])
    >>> is_gerund(doc[6]), is_gerund(doc[2])
    (True, False)
    """
    return tok.dep_ == "advcl" and "Part" in tok.morph.get("VerbForm") \
        and "Pres" in tok.morph.get("Tense")


@per_token
def is_passive(tok) -> bool:
    """A passive clause: a passive auxiliary, passive voice or an agent. A compound past
    without "été" or an agent is active whatever the labels say: "avoir" clauses
    ("L'Allemagne aurait proposé") and verbs conjugated with "être" ("elle est arrivée")."""
    auxes = [c for c in tok.children if c.dep_.startswith("aux")]
    if any(c.lemma_ == "avoir" for c in auxes) and not any(c.lower_ == "été" for c in auxes):
        return False  # « ils ont fait état de … par X »: « avoir » without « été » is active
    if is_reflexive(tok) and not any(c.dep_ == "obl:agent" or c.lower_ == "été"
                                     for c in tok.children):
        return False  # "des centaines de grévistes se sont réunis": pronominal, active
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


@per_token
def is_passive_participle(tok) -> bool:
    """A past participle modifying a noun, with its agent: "les sanctions imposées par X"."""
    return tok.dep_ == "acl" and "Part" in tok.morph.get("VerbForm") and \
        "Pres" not in tok.morph.get("Tense") and any(_is_agent(c) for c in tok.children)


@per_token
def _is_agent(tok) -> bool:
    """An agent: "obl:agent", or a "par X" oblique the parser left as a modifier; not a
    locution of manner (« condamné par contumace », « par erreur »: `MANNER_PAR_NOUNS`)."""
    if tok.lower_ in MANNER_PAR_NOUNS and not any(c.dep_ == "det" for c in tok.children):
        return False
    return tok.dep_ == "obl:agent" or tok.dep_ in {"obl:mod", "obl"} and case_of(tok) == "par"


def clause_verb(tok):
    """The nearest verb at or above *tok* (a conjunct verb may hang off a noun)."""
    t = tok.head
    while t.pos_ not in {"VERB"} and t.head.i != t.i:
        t = t.head
    return t if t.pos_ == "VERB" else None


@per_token
def _mistagged_verb(tok) -> bool:
    """A finite verb the tagger called a noun or adjective (« l'Islande abolit|NOUN la
    taxe »): it heads a subject and a direct object, and no copula or determiner."""
    kids = list(tok.children)
    if tok.pos_ == "ADJ" and any(c.dep_ == "aux:pass" for c in kids) and any(
            c.dep_ == "obl:agent" and c.i > tok.i for c in kids):
        return True  # « X a été touchée|ADJ par Y »: a passive with its agent
    return any(c.dep_ == "nsubj" and c.i < tok.i for c in kids) and any(
        c.dep_ == "obj" or c.dep_ == "obl:arg" and c.i > tok.i and tok.pos_ == "NOUN"
        for c in kids) \
        and not any(c.dep_ in {"cop", "det", "case"} for c in kids)  # (« … demande|NOUN
    # aux pilotes de … »: an argument behind a preposition counts too)


def _locution_noun(verb, noun) -> bool:
    """Is *noun* the bare noun of a verbal locution ("mettre fin", "faire preuve", "porter
    plainte", "rendre hommage"): singular, right after the verb, no determiner, alone?"""
    return noun.pos_ == "NOUN" and noun.i == verb.i + 1 and "Sing" in noun.morph.get("Number") \
        and all(c.dep_ == "nmod" and case_of(c) and c.i > noun.i for c in noun.children) \
        and noun.is_lower \
        and not _is_time(noun)


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


@per_token
def _role_gender(tok) -> str:
    """"f" or "m" for a role noun, by its article first ("la ministre"), else by its
    form ("la présidente" → "f"), else ""."""
    for c in tok.children:
        if c.dep_ == "det" and c.lower_ in {"la", "le", "cette", "ce", "une", "un"}:
            return "f" if c.lower_ in {"la", "cette", "une"} else "m"
    return (tok.morph.get("Gender") or [""])[0][:1].lower()


def class_label(relation: str, object_type: str) -> str:
    """The label of a relation's class, its preposition kept (`relation_class`), except
    that the classes in ``ACTOR_ONLY_CLASSES`` hold only between actors (« recevoir des
    avions » is no welcome, « rencontrer des difficultés » no meeting).

    Examples
    --------
    >>> class_label("recevoir", "PER"), class_label("recevoir", "CONCEPT")
    ('accueillir', 'recevoir')
    >>> class_label("livrer à", "LOC")
    'fournir à'
    """
    label = relation_class(relation)
    if label.split()[0] in ACTOR_ONLY_CLASSES and object_type in {"MISC", "CONCEPT"}:
        return relation
    return label


def relation_family(relation: str, object_type: str | None = None) -> str | None:
    """The predicate class a relation belongs to, or None: the family the view draws as
    one edge between two nodes.

    A relation belongs to a class when it is one of its verbs, or one of them followed by a
    preposition (« fournir à », « se rendre à »: the class groups them). With the type of
    its object, the classes of ``ACTOR_ONLY_CLASSES`` hold only between actors
    (« recevoir des avions » is no welcome).

    Examples
    --------
    >>> relation_family("se rendre à"), relation_family("livrer"), relation_family("dirigeant de")
    ('se rendre', 'fournir', None)
    >>> relation_family("recevoir", "PER"), relation_family("recevoir", "CONCEPT")
    ('accueillir', None)
    """
    family = _CLASS_OF.get(relation)
    if family is None:
        head, _, last = relation.rpartition(" ")
        if head and last in ARGUMENT_PREPOSITIONS:
            family = _CLASS_OF.get(head)
    if family in ACTOR_ONLY_CLASSES and object_type in {"MISC", "CONCEPT"}:
        return None
    return family


#: every verb of a class, the class's own name included → the class.
_CLASS_OF: dict[str, str] = {
    verb: name for name, members in reversed(list(PREDICATE_CLASSES.items()))
    for verb in (name, *sorted(members))
}


def relation_class(relation: str) -> str:
    """The shared label of a relation's class ("livrer à" → "fournir à"), else itself.

    Examples
    --------
    >>> relation_class("livrer à")
    'fournir à'
    >>> relation_class("apporter soutien")
    'soutenir'
    >>> relation_class("apporter soutien à"), relation_class("rendre visite à")
    ('soutenir', 'se rendre à')
    >>> relation_class("reconnaître"), relation_class("transférer vers")
    ('reconnaître', 'transférer vers')
    """
    for label, members in PREDICATE_CLASSES.items():
        if relation in members:
            return label
        for m in members:
            if relation.startswith(m + " ") and " " not in relation[len(m) + 1:]:
                rest = relation[len(m) + 1:]
                if rest in {"à", "de", "en", "avec", "contre", "pour", "vers", "sur", "chez"} \
                        and rest in CLASS_PREPOSITIONS.get(label, {rest}):
                    return label if " " in m and label in DIRECT_CLASSES else f"{label} {rest}"
    return relation


@per_token
def continued_clause(v):
    """The « que » clause a comma-joined conjunct verb *v* goes on, or None: « X craignent
    que cette loi, comme …, interdise … » with « interdise » parsed as a conjunct of
    « craignent » (no « et »), after the clause the parser hung on « craignent »."""
    if v.dep_ != "conj" or v.head.pos_ != "VERB" or any(c.dep_ == "cc" for c in v.children):
        return None
    return next((c for c in v.head.children if c.dep_ == "ccomp" and v.head.i < c.i < v.i),
                None)


def reflexive(lemma: str) -> str:
    """The reflexive infinitive, elided before a vowel (not before an h, mute or not).

    >>> reflexive("rendre"), reflexive("adresser"), reflexive("heurter")
    ('se rendre', "s'adresser", 'se heurter')
    """
    return ("s'" if lemma[:1] in _VOWELS else "se ") + lemma


def with_de(phrase: str) -> str:
    """*phrase* after « de », elided before a vowel (as `reflexive`).

    >>> with_de("adopter"), with_de("ne pas sortir"), with_de("s'abstenir")
    ("d'adopter", 'de ne pas sortir', "de s'abstenir")
    """
    return ("d'" if phrase[:1] in _VOWELS else "de ") + phrase


_VOWELS = "aeiouyâàéèêëîïôûù"


def hung_on_day(v) -> list:
    """The prepositional phrases the parser hung on a day named by verb *v* (« s'est rendu
    vendredi | à Moscou », « attendu mercredi | à X », « Ce matin | à X, … a été
    organisé »): the verb's own. Not a day's own « de » (« le jour de son élection, il a
    nommé X »: when), nor what « une fois » opens (« une fois en mer »: a condition)."""
    return [g for c in v.children if (_is_time(c) and c.pos_ == "NOUN" or _is_date(c))
            and c.lower_ not in {"fois", "reprises"}
            for g in c.children if g.dep_ == "nmod" and case_of(g)
            and case_of(g) not in {"de", "d'"}]


def _day_number(tok) -> bool:
    """« organisera les 3 et 4 mars un congrès »: a bare number the parser made an
    object, its month a few words on — a date, not what the verb acts on."""
    return tok.pos_ == "NUM" and not any(c.pos_ == "NOUN" for c in tok.children) and any(
        t.lower_ in TIME_NOUNS for t in tok.doc[tok.i + 1:tok.i + 5])


def _is_date(tok) -> bool:
    """« le 3 | mai 1975 »: a day's number with its month (« née le 3 mai 1975 | en
    Valbrunie » hung on the day)."""
    return tok.pos_ == "NUM" and any(c.lower_ in TIME_NOUNS for c in tok.children)
